"""Set-up validation: every problem is reported, each naming its field."""

from __future__ import annotations

import dataclasses

import pytest
from pk_helpers import make_group, make_setup

from desktop.core.pk.setup import (
    PkSetupError,
    ScoringRules,
    default_key,
    setup_from_json,
    setup_to_json,
    validate_setup,
)


def with_group(setup, position, **changes):
    groups = list(setup.groups)
    groups[position] = dataclasses.replace(groups[position], **changes)
    return dataclasses.replace(setup, groups=tuple(groups))


def test_a_course_setup_is_valid():
    assert validate_setup(make_setup(3, 5)) == []
    assert validate_setup(make_setup(10, 1)) == []


def test_the_default_keys_are_the_number_row():
    assert [default_key(i) for i in range(10)] == list("1234567890")
    assert default_key(10) == ""


def test_the_course_rules_are_one_point_each():
    assert ScoringRules() == ScoringRules(first_points=1, better_points=1, tie_window_ms=30.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: with_group(s, 2, key="2"), "groups[2].key: key '2' is already used by groups[1] (蓝队)"),
        (lambda s: with_group(s, 1, key="A"), None),  # a letter is fine…
        (
            lambda s: with_group(with_group(s, 1, key="A"), 2, key="a"),
            "groups[2].key: key 'a' is already used by groups[1]",
        ),
        (lambda s: with_group(s, 0, key=""), "groups[0].key: must be exactly one character, got ''"),
        (lambda s: with_group(s, 0, key="12"), "groups[0].key: must be exactly one character, got '12'"),
        (lambda s: with_group(s, 0, key=" "), "groups[0].key: must be a visible character"),
        (lambda s: with_group(s, 1, id="a"), "groups[1].id: id 'a' is already used by groups[0]"),
        (lambda s: with_group(s, 1, id=""), "groups[1].id: must not be empty"),
        (lambda s: with_group(s, 1, id=" b"), "groups[1].id: must not start or end with a space"),
        (lambda s: with_group(s, 2, name="红队"), "groups[2].name: name '红队' is already used by groups[0]"),
        (lambda s: with_group(s, 2, name=" "), "groups[2].name: must not be empty"),
        (lambda s: with_group(s, 2, leader=None), "groups[2].leader: must be text, got NoneType"),
        (
            lambda s: dataclasses.replace(s, groups=s.groups[:1]),
            "groups: a session needs 2 to 12 groups, got 1",
        ),
        (lambda s: dataclasses.replace(s, groups=[*s.groups]), "groups: must be a tuple of groups, got list"),
        (
            lambda s: dataclasses.replace(s, question_ids=()),
            "question_ids: a session needs at least 1 question",
        ),
        (lambda s: dataclasses.replace(s, question_ids=("q1", "")), "question_ids[1]: must not be empty"),
        (
            lambda s: dataclasses.replace(s, rules=ScoringRules(first_points=-1)),
            "rules.first_points: must be 0 or more, got -1",
        ),
        (
            lambda s: dataclasses.replace(s, rules=ScoringRules(better_points=1.5)),
            "rules.better_points: must be a whole number",
        ),
        (
            lambda s: dataclasses.replace(s, rules=ScoringRules(tie_window_ms=1500)),
            "rules.tie_window_ms: must be between 0 and 1000 ms, got 1500",
        ),
        (
            lambda s: dataclasses.replace(s, rules=ScoringRules(tie_window_ms=float("nan"))),
            "rules.tie_window_ms: must be a number",
        ),
    ],
)
def test_each_problem_names_its_field(change, message):
    problems = validate_setup(change(make_setup()))
    if message is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(message), problems


def test_every_problem_is_reported_at_once():
    setup = make_setup(3, 0, ScoringRules(first_points=-1))
    setup = with_group(with_group(setup, 1, key="1"), 2, name="")
    problems = validate_setup(setup)
    assert [p.split(":")[0] for p in problems] == [
        "groups[1].key",
        "groups[2].name",
        "question_ids",
        "rules.first_points",
    ]


def test_twelve_groups_at_most_and_the_last_two_choose_their_keys():
    twelve = make_setup(12)
    assert validate_setup(twelve) == [
        "groups[10].key: must be exactly one character, got '' (only groups 1–10 have a default key)",
        "groups[11].key: must be exactly one character, got '' (only groups 1–10 have a default key)",
    ]
    twelve = with_group(with_group(twelve, 10, key="-"), 11, key="=")
    assert validate_setup(twelve) == []
    thirteen = dataclasses.replace(twelve, groups=(*twelve.groups, make_group(0, "m")))
    assert "groups: a session needs 2 to 12 groups, got 13" in validate_setup(thirteen)


def test_keys_are_found_without_case():
    setup = with_group(make_setup(), 0, key="q")
    assert setup.group_for_key("Q") == setup.groups[0]
    assert setup.group_for_key("2") == setup.groups[1]
    assert setup.group_for_key("x") is None and setup.group_for_key("") is None


def test_setup_round_trips_through_json_and_a_damaged_one_is_refused():
    setup = make_setup(4, 3, ScoringRules(2, 1, 25.0))
    assert setup_from_json(setup_to_json(setup)) == setup
    stored = setup_to_json(setup)
    stored["countdown_seconds"] = 60  # the console keeps its own settings next to the set-up
    assert setup_from_json(stored) == setup
    del stored["rules"]
    with pytest.raises(PkSetupError, match="stored set-up: missing or malformed field 'rules'"):
        setup_from_json(stored)
    stored = setup_to_json(setup)
    stored["groups"][1]["key"] = "1"
    with pytest.raises(PkSetupError, match=r"groups\[1\].key: key '1' is already used"):
        setup_from_json(stored)

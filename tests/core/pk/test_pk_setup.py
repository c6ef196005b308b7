"""Set-up validation: every problem is reported, each naming its field."""

from __future__ import annotations

import dataclasses

import pytest
from pk_helpers import make_group, make_setup

from desktop.core.pk.setup import (
    COMMAND_KEYS,
    MAX_GROUPS,
    RESERVED_ACTIONS,
    PkSetupError,
    ScoringRules,
    default_key,
    reserved_key,
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
    assert [default_key(i) for i in range(12)] == list("1234567890-=")
    assert default_key(12) == ""


def test_no_default_key_is_a_command_key():
    assert all(reserved_key(default_key(i)) is None for i in range(MAX_GROUPS))
    assert validate_setup(make_setup(MAX_GROUPS)) == []


@pytest.mark.parametrize(
    ("key", "name", "action"),
    [
        ("B", "B", "better"),
        ("b", "B", "better"),
        ("F", "F", "first"),
        ("m", "M", "manual"),
        ("W", "W", "withdraw"),
        ("R", "R", "reveal"),
        ("T", "T", "countdown"),
        ("N", "N", "next"),
        ("P", "P", "previous"),
        (" ", "Space", "buzzers"),
        ("space", "Space", "buzzers"),
        ("\r", "Enter", "confirm"),
        ("Return", "Enter", "confirm"),
        ("Esc", "Esc", "cancel"),
        ("\t", "Tab", "focus"),
        ("F5", "F5", "stage"),
        ("Right", "→", "next"),
        ("←", "←", "previous"),
        ("Ctrl+Z", "Ctrl+Z", "undo"),
    ],
)
def test_command_keys_are_refused_as_group_keys_naming_the_clash(key, name, action):
    clash = reserved_key(key)
    assert clash is not None and (clash.name, clash.action) == (name, action)
    problems = validate_setup(with_group(make_setup(), 1, key=key))
    assert len(problems) == 1
    assert problems[0].startswith(f"groups[1].key: key {key!r} is the console's command key {name} (")
    assert RESERVED_ACTIONS[action] in problems[0]


def test_letters_the_console_does_not_use_are_group_keys():
    for key in "ACDEGHIJKLOQSUVXYZ":
        assert reserved_key(key) is None, key
    assert COMMAND_KEYS >= set("FBRTWMNP ")


def test_a_stored_session_with_a_command_key_still_resumes():
    setup = with_group(make_setup(), 1, key="B")
    assert validate_setup(setup) != []
    assert setup_from_json(setup_to_json(setup)) == setup


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
        (lambda s: with_group(s, 0, key="\x07"), "groups[0].key: must be a visible character"),
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


def test_twelve_groups_at_most():
    twelve = make_setup(12)
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

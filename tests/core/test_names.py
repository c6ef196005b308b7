"""The name rules: variants that look the same are one name; garbage is refused with a reason."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.core.names import (
    MAX_NAME_LENGTH,
    AmbiguousTrainee,
    KnownTrainee,
    NameProblem,
    NameRejected,
    find_trainee,
    name_key,
    normalise_name,
)

SPACES = [" ", "\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u205f", "\u1680", "\t", "\n"]
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202e",
              "\u202c", "\u2066", "\u2069", "\u034f", "\ufe0f", "\u180e", "\U000e0041"]  # fmt: skip

any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
name_like = st.lists(
    st.sampled_from([*"Li WeiJosé张三王五", "e\u0301", *SPACES, *INVISIBLES, "Ｌ", "①"]), max_size=30
).map("".join)


def accepted(text: str) -> str | None:
    try:
        return normalise_name(text)
    except NameRejected:
        return None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Li  Wei", "Li Wei"),
        ("Li\u3000Wei", "Li Wei"),
        ("  Li \t Wei\n", "Li Wei"),
        ("Jose\u0301", "Jos\u00e9"),
        ("張\u200b三", "張三"),
        ("\u202e王\u202c五", "王五"),
        ("Ｌｉ Ｗｅｉ", "Li Wei"),  # full-width letters from a Chinese input method
        ("Li\u00adWei", "LiWei"),
        ("Li\u00a0Wei\ufeff", "Li Wei"),
    ],
)
def test_variants_that_look_the_same_are_stored_as_one_name(typed, stored):
    assert normalise_name(typed) == stored
    assert name_key(typed) == stored


@pytest.mark.parametrize(
    ("typed", "problem", "message"),
    [
        ("", NameProblem.EMPTY, "trainee name: must not be empty"),
        (" \u3000\t", NameProblem.EMPTY, "trainee name: must not be empty"),
        ("\u200b\u200d\u202e", NameProblem.INVISIBLE_ONLY, "trainee name: has only invisible characters"),
        ("\u200b \u00ad ", NameProblem.INVISIBLE_ONLY, "trainee name: has only invisible characters"),
        ("Li\x07Wei", NameProblem.CONTROL_CHARACTER, "trainee name: contains a control character (U+0007)"),
        ("Li\x00", NameProblem.CONTROL_CHARACTER, "(U+0000)"),
        ("Li\x9bWei", NameProblem.CONTROL_CHARACTER, "(U+009B)"),
        ("Li\udcffWei", NameProblem.CONTROL_CHARACTER, "(U+DCFF)"),  # a lone surrogate (bad bytes on a CLI)
    ],
)
def test_unusable_names_are_refused_with_the_reason(typed, problem, message):
    with pytest.raises(NameRejected, match=re.escape(message)) as caught:
        normalise_name(typed, "trainee name")
    assert caught.value.problem is problem


def test_a_long_name_is_refused_with_the_limit_named_never_cut():
    with pytest.raises(NameRejected) as caught:
        normalise_name("长" * 10_000, "trainee name")
    assert str(caught.value) == f"trainee name: at most {MAX_NAME_LENGTH} characters (this one has 10000)"
    assert caught.value.length == 10_000
    assert normalise_name("长" * MAX_NAME_LENGTH) == "长" * MAX_NAME_LENGTH
    # Spaces and invisible characters do not count against the limit.
    assert normalise_name("长" * MAX_NAME_LENGTH + "\u200b" * 50 + "   ") == "长" * MAX_NAME_LENGTH


@given(any_text)
def test_a_stored_name_is_stable_visible_and_single_spaced(text):
    name = accepted(text)
    assume(name is not None)
    assert normalise_name(name) == name
    assert name_key(name) == name == name_key(text)
    assert unicodedata.normalize("NFKC", name) == name
    assert name == name.strip() and "  " not in name
    assert not any(unicodedata.category(c) in ("Cf", "Cc", "Cs", "Zl", "Zp") for c in name)
    assert all(c == " " or unicodedata.category(c) != "Zs" for c in name)


@given(name_like, st.lists(st.tuples(st.integers(0, 30), st.sampled_from(INVISIBLES)), max_size=4))
def test_invisible_characters_anywhere_do_not_make_another_name(text, insertions):
    changed = text
    for position, character in insertions:
        changed = changed[:position] + character + changed[position:]
    assert name_key(changed) == name_key(text)


@given(name_like, st.sampled_from(SPACES), st.integers(1, 3))
def test_any_space_or_run_of_spaces_is_one_space(text, space, count):
    words = text.split(" ")
    assert name_key((space * count).join(words)) == name_key(" ".join(words))


@given(name_like)
def test_decomposed_and_composed_forms_are_one_name(text):
    assert name_key(unicodedata.normalize("NFD", text)) == name_key(unicodedata.normalize("NFC", text))


@given(any_text)
def test_the_key_never_refuses_and_is_stable(text):
    key = name_key(text)
    assert name_key(key) == key


# -- finding the trainee a typed name means ---------------------------------------------------
PEOPLE = [
    KnownTrainee(1, "Li Wei", "一班"),
    KnownTrainee(2, "José", "一班"),
    KnownTrainee(3, "Li Wei", "二班"),
    KnownTrainee(4, "Jose\u0301", "一班"),  # an old duplicate stored before the rules
    KnownTrainee(5, "王五", None),
]


@pytest.mark.parametrize(
    ("name", "cohort", "expected"),
    [
        ("Li  Wei", "一班", 1),
        ("Li\u3000Wei", "一\u200b班", 1),
        ("Li Wei", "二班 ", 3),
        ("Jose\u0301", "一班", 2),  # the oldest of the old duplicates
        ("José", None, 2),
        ("王\u200b五", None, 5),
        ("王五", "一班", None),  # another class: a new trainee there
        ("Li Wei", "三班", None),
        ("Zhang San", None, None),
    ],
)
def test_a_typed_name_finds_the_trainee_of_that_class(name, cohort, expected):
    assert find_trainee(PEOPLE, name, cohort) == expected


def test_a_name_held_in_two_classes_needs_the_class():
    with pytest.raises(AmbiguousTrainee) as caught:
        find_trainee(PEOPLE, "Li\u3000 Wei", None)
    assert caught.value.name == "Li Wei"
    assert sorted(caught.value.cohort_names) == ["一班", "二班"]


def test_a_rater_who_rated_twice_counts_once_however_the_name_was_stored():
    from datetime import UTC, datetime, timedelta

    from desktop.core.comparison import RaterRole, RatingSheet, rounds

    day = datetime(2026, 3, 2, 9, tzinfo=UTC)
    sheets = [
        RatingSheet(RaterRole.SELF, {}, day),
        # The first form was stored by an older version: decomposed accent and a zero-width space.
        RatingSheet(RaterRole.SUPERVISOR, {"a": 2}, day + timedelta(minutes=5), "Jose\u0301\u200b Li"),
        RatingSheet(RaterRole.SUPERVISOR, {"a": 4}, day + timedelta(minutes=9), "José Li"),
    ]
    (only,) = rounds(sheets)
    assert [s.answers for s in only.others] == [{"a": 4}]

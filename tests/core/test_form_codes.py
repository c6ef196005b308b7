"""Form codes: printed on paper forms, typed back in quick entry to pick the form."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.comparison import RaterRole
from desktop.core.form_codes import ALPHABET, CodeError, CodeProblem, FormCode, decode, encode

IDS = ("soothing", "eq", "communication", "listening", "negotiation", "service_standards")


@given(
    instrument=st.sampled_from(IDS),
    role=st.sampled_from(list(RaterRole)),
    person=st.one_of(st.none(), st.integers(1, 10**7)),
    round_number=st.one_of(st.none(), st.integers(1, 63)),
)
def test_every_code_reads_back_as_printed(instrument, role, person, round_number):
    code = FormCode(instrument, role, person, round_number)
    assert decode(encode(code), IDS) == code


def test_a_class_codes_are_short():
    # A department of 2,000 trainees: the code stays at 7 characters plus one dash.
    printed = encode(FormCode("communication", RaterRole.COLLEAGUE, 2000, 2))
    assert len(printed.replace("-", "")) <= 7
    assert printed[4] == "-"


def test_typed_loosely_lowercase_spaces_and_look_alikes():
    code = FormCode("soothing", RaterRole.SUPERVISOR, 12, 1)
    printed = encode(code)
    typed = " ".join(printed.lower())
    assert decode(typed, IDS) == code
    if "0" in printed:
        assert decode(printed.replace("0", "O"), IDS) == code
    if "1" in printed:
        assert decode(printed.replace("1", "l"), IDS) == code


@given(person=st.integers(1, 5000), position=st.integers(0, 6), shift=st.integers(1, 31))
def test_one_mistyped_character_is_caught(person, position, shift):
    printed = encode(FormCode("eq", RaterRole.SELF, person, 1)).replace("-", "")
    position %= len(printed)
    wrong = ALPHABET[(ALPHABET.index(printed[position]) + shift) % 32]
    typed = printed[:position] + wrong + printed[position + 1 :]
    with pytest.raises(CodeError) as caught:
        decode(typed, IDS)
    assert caught.value.problem in (CodeProblem.CHECK_FAILED, CodeProblem.UNKNOWN_INSTRUMENT)


def test_bad_character_is_named_with_its_position():
    with pytest.raises(CodeError) as caught:
        decode("K7M2-Q#4", IDS)
    assert (caught.value.problem, caught.value.position, caught.value.character) == (
        CodeProblem.BAD_CHARACTER,
        7,
        "#",
    )


def test_empty_short_and_unknown_form():
    for text, problem in (("", CodeProblem.EMPTY), (" - ", CodeProblem.EMPTY), ("K7", CodeProblem.TOO_SHORT)):
        with pytest.raises(CodeError) as caught:
            decode(text, IDS)
        assert caught.value.problem is problem
    printed = encode(FormCode("soothing", RaterRole.SELF, 3))
    with pytest.raises(CodeError) as caught:
        decode(printed, ("eq",))
    assert caught.value.problem is CodeProblem.UNKNOWN_INSTRUMENT

"""Short codes printed on paper forms, read back by quick entry to pick the form to fill in.

A code names the instrument, the trainee (none on a blank form), the rater's role and the round
(its place in the class's rounds, none when not chosen), in a few characters a trainer can type:
``K7M2-QX4`` (Crockford's base 32: no I, L, O or U; read case-blind, O as 0, I and L as 1;
spaces and dashes ignored). The last character is a check: a mistyped or swapped character is
found before any form is opened, with the position named.

The instrument is stored as a 10-bit tag of its id, matched against the loaded instruments, so a
code stays short whatever the id; two instruments with the same tag make a code ambiguous, said so.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.rater_roles import RaterRole

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_VALUES.update({"O": 0, "I": 1, "L": 1})
IGNORED = " -_\t"
GROUP = 4  # characters between dashes, as printed

TAG_BITS = 10
ROLE_ORDER = (RaterRole.SELF, RaterRole.SUPERVISOR, RaterRole.COLLEAGUE, RaterRole.OBSERVER)
MAX_ROUND = 63  # a class's 63rd round is the last a code can name
MIN_LENGTH = 3  # two payload characters and the check


@dataclass(frozen=True)
class FormCode:
    """What a code says. ``person_id`` None: a blank form; ``round_number`` None: no round chosen."""

    instrument_id: str
    role: RaterRole
    person_id: int | None = None
    round_number: int | None = None


class CodeProblem(StrEnum):
    EMPTY = "empty"
    BAD_CHARACTER = "bad_character"  # position and character given
    TOO_SHORT = "too_short"
    CHECK_FAILED = "check_failed"  # a character mistyped or two swapped
    UNKNOWN_INSTRUMENT = "unknown_instrument"  # no loaded form has the code's tag
    AMBIGUOUS_INSTRUMENT = "ambiguous_instrument"  # several loaded forms have it


class CodeError(ValueError):
    def __init__(self, problem: CodeProblem, position: int = 0, character: str = ""):
        super().__init__(f"{problem.value} at {position} {character!r}".strip())
        self.problem = problem
        self.position = position  # 1-based among the typed characters, 0 when not about one
        self.character = character


def instrument_tag(instrument_id: str) -> int:
    return zlib.crc32(instrument_id.encode("utf-8")) & ((1 << TAG_BITS) - 1)


def _check_symbol(values: Iterable[int]) -> int:
    # Odd weights are prime to 32: every single wrong character changes the sum. Neighbouring
    # weights differ by 2, so a swap of two neighbours is caught unless they differ by 16.
    return sum((2 * index + 1) * value for index, value in enumerate(values)) % len(ALPHABET)


def encode(code: FormCode) -> str:
    """The code as printed, in groups of four: ``K7M2-QX4``."""
    if code.round_number is not None and not 1 <= code.round_number <= MAX_ROUND:
        raise ValueError(f"round number {code.round_number} outside 1–{MAX_ROUND}")
    if code.person_id is not None and code.person_id < 1:
        raise ValueError(f"person id {code.person_id} is not positive")
    number = code.person_id or 0
    number = number * (MAX_ROUND + 1) + (code.round_number or 0)
    number = number * len(ROLE_ORDER) + ROLE_ORDER.index(code.role)
    number = (number << TAG_BITS) | instrument_tag(code.instrument_id)
    digits: list[int] = []
    while number or len(digits) < MIN_LENGTH - 1:
        number, digit = divmod(number, len(ALPHABET))
        digits.append(digit)
    digits.reverse()
    digits.append(_check_symbol(digits))
    text = "".join(ALPHABET[d] for d in digits)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def decode(text: str, instrument_ids: Iterable[str]) -> FormCode:
    """Read a typed code; ``instrument_ids`` are the loaded forms. Raises CodeError saying what is wrong."""
    values: list[int] = []
    for position, char in enumerate(text, start=1):
        if char in IGNORED:
            continue
        value = _VALUES.get(char.upper()) if char.isascii() else None
        if value is None:
            raise CodeError(CodeProblem.BAD_CHARACTER, position, char)
        values.append(value)
    if not values:
        raise CodeError(CodeProblem.EMPTY)
    if len(values) < MIN_LENGTH:
        raise CodeError(CodeProblem.TOO_SHORT)
    *payload, check = values
    if _check_symbol(payload) != check:
        raise CodeError(CodeProblem.CHECK_FAILED)
    number = 0
    for value in payload:
        number = number * len(ALPHABET) + value
    tag = number & ((1 << TAG_BITS) - 1)
    number >>= TAG_BITS
    number, role_index = divmod(number, len(ROLE_ORDER))
    person, round_number = divmod(number, MAX_ROUND + 1)
    matches = sorted({i for i in instrument_ids if instrument_tag(i) == tag})
    if not matches:
        raise CodeError(CodeProblem.UNKNOWN_INSTRUMENT)
    if len(matches) > 1:
        raise CodeError(CodeProblem.AMBIGUOUS_INSTRUMENT)
    return FormCode(matches[0], ROLE_ORDER[role_index], person or None, round_number or None)

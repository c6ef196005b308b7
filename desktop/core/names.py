"""What counts as the same name: the rules every name typed into the app goes through.

Trainee, class and rater names are typed on shared laptops, pasted from spreadsheets and chat
apps, and typed with Chinese input methods; the same name then arrives with two spaces, a
full-width space (U+3000), a zero-width space, a right-to-left mark or decomposed accents
("José" as e + U+0301). Such variants look identical on screen, so they must be one name:

1. invisible characters are removed: every format character (Unicode category Cf: zero-width
   spaces and joiners, bidi marks and overrides, soft hyphen, BOM, word joiner …) and the other
   characters that draw nothing (variation selectors, combining grapheme joiner, Hangul fillers);
2. NFKC: full-width letters and digits become ordinary ones, composed accents are one character;
3. every run of white space (any Unicode space, tab, line break) becomes one ASCII space, and the
   ends are trimmed;
4. other control characters (U+0000–U+001F but tab and line breaks, U+007F–U+009F) and lone
   surrogates are refused;
5. a name that is empty, or has only invisible characters, is refused; so is one longer than
   ``MAX_NAME_LENGTH`` characters (never cut silently).

Matching (``name_key``) applies the same steps but never refuses, so records stored before these
rules are still found under the name they look like.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.messages import Message

MAX_NAME_LENGTH = 500
"""Longest name, in characters after normalising; the store and the forms enforce it."""

# Control characters that are white space: a name pasted from a spreadsheet cell may end with a
# line break or carry a tab; they are spaces, not garbage.
_SPACE_CONTROLS = frozenset("\t\n\x0b\x0c\r\x85")
_SPACE_SEPARATORS = frozenset("\u2028\u2029")
# Characters that draw nothing but are not in category Cf.
_INVISIBLE_EXTRA = frozenset(
    "\u034f"  # combining grapheme joiner
    "\u115f\u1160\u3164\uffa0"  # Hangul fillers
    "\u17b4\u17b5"  # Khmer inherent vowels (Unicode advises against their use)
    "\u2800"  # braille pattern blank
) | frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)))  # variation selectors


class NameProblem(enum.Enum):
    EMPTY = "empty"
    INVISIBLE_ONLY = "invisible_only"
    CONTROL_CHARACTER = "control_character"
    TOO_LONG = "too_long"


class NameRejected(ValueError):
    """A typed name cannot be used; ``str()`` is ``"<field>: <what is wrong>"`` in English."""

    def __init__(self, field: str, problem: NameProblem, length: int = 0, character: str = ""):
        self.field = field
        self.problem = problem
        self.length = length  # TOO_LONG: the length after normalising
        self.character = character  # CONTROL_CHARACTER: the first one found
        super().__init__(f"{field}: {self.reason()}")

    def reason(self) -> str:
        if self.problem is NameProblem.EMPTY:
            return "must not be empty"
        if self.problem is NameProblem.INVISIBLE_ONLY:
            return "has only invisible characters or spaces"
        if self.problem is NameProblem.CONTROL_CHARACTER:
            return f"contains a control character ({code_point(self.character)})"
        return f"at most {MAX_NAME_LENGTH} characters (this one has {self.length})"


def rejection_message(exc: NameRejected, field: Message) -> Message:
    """``exc`` as a message naming ``field`` (a ``what.*`` message): Chinese in the Chinese interface."""
    if exc.problem is NameProblem.EMPTY:
        return Message("name.empty", field=field)
    if exc.problem is NameProblem.INVISIBLE_ONLY:
        return Message("name.invisible", field=field)
    if exc.problem is NameProblem.CONTROL_CHARACTER:
        return Message("name.control", field=field, character=code_point(exc.character))
    return Message("name.too_long", field=field, most=MAX_NAME_LENGTH, length=exc.length)


def code_point(character: str) -> str:
    return f"U+{ord(character):04X}"


def is_invisible(character: str) -> bool:
    return unicodedata.category(character) == "Cf" or character in _INVISIBLE_EXTRA


def is_space(character: str) -> bool:
    return (
        unicodedata.category(character) == "Zs"
        or character in _SPACE_CONTROLS
        or character in _SPACE_SEPARATORS
    )


def is_refused_control(character: str) -> bool:
    return unicodedata.category(character) in ("Cc", "Cs") and character not in _SPACE_CONTROLS


def _fold(text: str) -> str:
    """Steps 1–3 (removing, NFKC, spaces), repeated until nothing changes.

    Removing an invisible character can bring an accent next to its letter, and NFKC can turn a
    character into a space, so one pass is not always the end; two almost always are.
    """
    if text.isprintable() and _INVISIBLE_EXTRA.isdisjoint(text):
        # The usual case, a few times faster (a class list of 2,000 is matched on every key): no
        # format, control or separator character but the ASCII space (str.isprintable), so only
        # NFKC and the ASCII spaces are left to do, and they give what the loop below would.
        composed = unicodedata.normalize("NFKC", text)
        if composed.isprintable() and _INVISIBLE_EXTRA.isdisjoint(composed):
            return " ".join(word for word in composed.split(" ") if word)
    for _ in range(8):  # a bound, never reached in practice; the tests check the result is stable
        visible = "".join(c for c in text if not is_invisible(c))
        composed = unicodedata.normalize("NFKC", visible)
        words: list[str] = []
        word: list[str] = []
        for character in composed:
            if is_space(character):
                if word:
                    words.append("".join(word))
                    word = []
            else:
                word.append(character)
        if word:
            words.append("".join(word))
        folded = " ".join(words)
        if folded == text:
            break
        text = folded
    return text


def normalise_name(text: str, field: str = "name") -> str:
    """The name as it is stored and shown, or ``NameRejected`` naming ``field`` and the problem."""
    refused = None if text.isprintable() else next((c for c in text if is_refused_control(c)), None)
    if refused is not None:
        raise NameRejected(field, NameProblem.CONTROL_CHARACTER, character=refused)
    name = _fold(text)
    if not name:
        empty = all(is_space(c) for c in text)
        raise NameRejected(field, NameProblem.EMPTY if empty else NameProblem.INVISIBLE_ONLY)
    if len(name) > MAX_NAME_LENGTH:
        raise NameRejected(field, NameProblem.TOO_LONG, length=len(name))
    return name


def name_key(text: str | None) -> str:
    """What two names must share to be the same name; never refuses (old records may break the rules)."""
    if not text:
        return ""
    if not text.isprintable():
        text = "".join(c for c in text if not is_refused_control(c))
    return _fold(text)


# -- finding a trainee by a typed name ------------------------------------------------------------
@dataclass(frozen=True)
class KnownTrainee:
    id: int
    name: str
    cohort_name: str | None


class AmbiguousTrainee(LookupError):
    """Trainees of several classes carry the typed name and no class was given to tell them apart."""

    def __init__(self, name: str, cohort_names: tuple[str | None, ...]):
        self.name = name
        self.cohort_names = cohort_names
        classes = ", ".join(c or "no class" for c in cohort_names)
        super().__init__(
            f"trainee name: several trainees are called '{name}' (classes: {classes}); give the class"
        )


def find_trainee(trainees: Iterable[KnownTrainee], name: str, cohort_name: str | None) -> int | None:
    """The id of the existing trainee a typed name (and optional class) means, or None for a new one.

    Names and classes are compared by ``name_key``. With a class, only that class's trainees
    count. Without one, a name held in a single class (or only by trainees without a class) is
    that trainee; held in several classes it is ``AmbiguousTrainee``. Old duplicates within one
    class (made before these rules) resolve to the oldest record, so new forms join it.
    """
    key = name_key(name)
    cohort_key = name_key(cohort_name) if cohort_name else None
    matches = [t for t in trainees if name_key(t.name) == key]
    if cohort_key is not None:
        matches = [t for t in matches if t.cohort_name is not None and name_key(t.cohort_name) == cohort_key]
    if not matches:
        return None
    by_class: dict[str, list[KnownTrainee]] = {}
    for trainee in matches:
        by_class.setdefault(name_key(trainee.cohort_name), []).append(trainee)
    if len(by_class) > 1:
        names = tuple(group[0].cohort_name for group in by_class.values())
        raise AmbiguousTrainee(name_key(name), names)
    return min(t.id for t in matches)

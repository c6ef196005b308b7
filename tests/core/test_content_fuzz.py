"""Fuzzing the content reader: whatever a file holds, the only outcome is content or content errors.

Every scalar YAML can write (dates valid or not, numbers of any length, inf/nan, binary, sets,
unknown tags, escapes for control characters), random YAML-like text and random bytes go through the
reader, the bank and instrument checks and ``check-content``; each must end in a loaded file or in
``file:line: field: message`` lines, never in an exception. The CI profile is derandomised.
"""

from __future__ import annotations

import io
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.cli.check_content import check_content
from desktop.core.banks import parse_bank
from desktop.core.instrument_files import parse_instrument
from desktop.core.yamldoc import ContentError, ContentLoadError, parse_yaml

VALID_BANK = """\
bank:
  id: fuzz
  version: 1
  title: {zh_CN: "模糊测试"}
questions:
  - id: q-001
    kind: single
    text: {zh_CN: "哪一项正确？", en: "Which one is right?"}
    options:
      - {zh_CN: "甲"}
      - {zh_CN: "乙"}
    answer: B
    tags: [测试]
    difficulty: 1
"""
#: The lines whose value is replaced, as (prefix up to the value, suffix after it).
SLOTS = [
    ("  id: ", ""),
    ("  version: ", ""),
    ("  title: {zh_CN: ", "}"),
    ("  - id: ", ""),
    ("    kind: ", ""),
    ("    text: {zh_CN: ", ', en: "x"}'),
    ("      - {zh_CN: ", "}"),
    ("    answer: ", ""),
    ("    tags: [", "]"),
    ("    tags: ", ""),
    ("    difficulty: ", ""),
]
TEMPLATE_LINES = VALID_BANK.splitlines()

HOSTILE_SCALARS = [
    "2026-13-45",
    "2026-02-30",
    "2026-99-99",
    "2026-01-05",
    "2026-01-05 10:30:00",
    "2026-1-5T25:61:61Z",
    "!!timestamp 2026-99-99",
    "!!timestamp nonsense",
    "!!timestamp ''",
    "9" * 5000,
    "-" + "9" * 5000,
    "0x" + "f" * 5000,
    "0b" + "1" * 5000,
    "0" + "7" * 5000,
    "9" * 4301,
    "1:" * 2000 + "1",
    "9" * 5000 + ".5",
    "1e999999",
    ".inf",
    "-.inf",
    ".NaN",
    "!!float ''",
    "!!float x",
    "!!int ''",
    "!!int 1e3",
    "!!int 0x",
    "0x_",
    "0b_",
    "0_",
    "+",
    "-",
    "!!bool maybe",
    "!!bool ''",
    "!!null x",
    "!!binary aGk=",
    "!!binary '@@@'",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!!str [1]",
    "!!map 1",
    "!!seq {a: 1}",
    "!foo bar",
    "!foo {a: 1}",
    "!!python/object/apply:os.system [ls]",
    "!!python/name:os.system ''",
    "=",
    "<<",
    "!!merge x",
    "!!value x",
    "~",
    "null",
    "yes",
    "off",
    '"\\x07"',
    '"\\0"',
    '"\\r"',
    '"\\x9b"',
    '"\\u200b"',
    '"\\u2060\\ufeff"',
    '"\\ud800"',
    '"\\U0010FFFF"',
    '"\\uFFFE"',
    "\u3164",
    "\x85",
    "\x7f",
    "\x1b[31m",
    "\u200b",
    "\u3000",
    "'\u00ad'",
    "[]",
    "{}",
    "[[[[]]]]",
    "&a 1",
    "*a",
    "? x",
    "|\n  x",
]
YAML_TOKENS = [
    "\n",
    "  ",
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    ", ",
    "!!",
    "!",
    "&a ",
    "*a",
    "? ",
    "|",
    ">",
    "'",
    '"',
    "#",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\\",
    "x",
    "id",
    "1",
    "0x",
    "_",
    ":",
    ".",
    "e",
    "2026-13-45",
    ".inf",
    ".nan",
    "!!timestamp ",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "!!int ",
    "!!float ",
    "!!bool ",
    "!!str ",
    "!!python/object ",
    "~",
    "yes",
    "<<",
    "=",
    "\t",
    "\r\n",
    "\x07",
    "\x00",
    "\u200b",
    "\x85",
    "\u2028",
    "中",
    "\ufeff",
    "\\x07",
    "\\u",
    "9" * 50,
]

hostile_scalar = st.one_of(
    st.sampled_from(HOSTILE_SCALARS),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.dates().map(str),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?Z?)?\Z"),
    st.text(max_size=20).map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)
yaml_like = st.lists(st.sampled_from(YAML_TOKENS), max_size=60).map("".join)


def assert_only_content_errors(raw: bytes | str) -> list[ContentError]:
    """Read ``raw`` as a bank and as an instrument; return the errors, failing on any exception."""
    try:
        doc = parse_yaml(raw, "fuzz.yaml")
    except ContentLoadError as exc:
        errors = exc.errors
    else:
        bank, errors = parse_bank(doc)
        assert (bank is None) == bool(errors)
        instrument, instrument_errors = parse_instrument(doc)
        assert (instrument is None) == bool(instrument_errors)
        errors = errors + instrument_errors
    for error in errors:
        assert isinstance(error, ContentError)
        assert error.file == "fuzz.yaml" and error.line >= 1 and error.field
        shown = str(error)
        # A message never carries a control character or a lone surrogate: it must print anywhere.
        assert not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in shown), repr(shown)
        shown.encode("utf-8")
    return errors


def with_value(slot: int, value: str) -> str:
    prefix, suffix = SLOTS[slot]
    lines = list(TEMPLATE_LINES)
    index = next(i for i, line in enumerate(lines) if line.startswith(prefix))
    lines[index] = prefix + value + suffix
    return "\n".join(lines) + "\n"


def test_the_template_is_a_valid_bank():
    bank, errors = parse_bank(parse_yaml(VALID_BANK, "fuzz.yaml"))
    assert errors == [] and bank is not None


@given(slot=st.integers(0, len(SLOTS) - 1), value=hostile_scalar)
def test_any_scalar_in_any_field_is_content_or_a_positioned_error(slot, value):
    assert_only_content_errors(with_value(slot, value))


@given(yaml_like)
def test_yaml_like_text_gives_only_content_errors(text):
    assert_only_content_errors(text)
    assert_only_content_errors(VALID_BANK + text)


@given(st.text())
def test_any_text_gives_only_content_errors(text):
    assert_only_content_errors(text)


@given(st.binary(max_size=200))
def test_any_bytes_give_only_content_errors(raw):
    assert_only_content_errors(raw)
    assert_only_content_errors(VALID_BANK.encode() + raw)


@given(
    st.text(
        alphabet=st.sampled_from(
            [
                "\u200b",
                "\u200c",
                "\u200d",
                "\u2060",
                "\ufeff",
                "\u00ad",
                "\u200e",
                "\u3164",
                "\ufe0f",
                "\u034f",
                " ",
                "\u3000",
            ]
        ),
        min_size=1,
    )
)
def test_text_of_only_invisible_characters_is_refused_where_it_stands(invisible):
    quoted = '"' + "".join(f"\\u{ord(ch):04x}" for ch in invisible) + '"'
    errors = assert_only_content_errors(with_value(5, quoted))
    assert any(e.field == "questions[0].text.zh_CN" and "must not be empty" in e.message for e in errors)


@given(
    st.sampled_from(range(0x00, 0xA0)).filter(
        lambda c: unicodedata.category(chr(c)) == "Cc" and c not in (9, 10)
    )
)
def test_every_control_character_is_refused_in_its_field_typed_or_escaped(code):
    typed = [] if code == 13 else [f'"a{chr(code)}b"']  # a typed CR is a line end, folded into a space
    for value in (f'"a\\x{code:02x}b"', *typed):
        errors = assert_only_content_errors(with_value(5, value))
        assert any(
            e.field == "questions[0].text.zh_CN" and f"control character U+{code:04X}" in e.message
            for e in errors
        ), (value, errors)


@given(st.one_of(yaml_like, st.sampled_from(HOSTILE_SCALARS).map(lambda v: with_value(10, v))))
def test_check_content_prints_positioned_errors_and_never_a_traceback(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        out = io.StringIO()
        code = check_content([path], out)
    lines = out.getvalue().splitlines()
    errors = [line for line in lines if line.startswith(f"{path}:")]
    assert lines[-1].endswith(f", {len(errors)} errors")
    assert code == (1 if errors else 0)
    assert len(lines) - len(errors) in (1, 2)  # the summary, and "N instruments" for an instrument

"""Default export names are valid file names on Windows too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.filenames import safe_file_name

WINDOWS_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_a_session_title_with_a_time_becomes_a_readable_name():
    assert safe_file_name("PK 赛 2026-12-01 22:24", ".pdf") == "PK 赛 2026-12-01 22-24.pdf"


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("CON", "_CON.pdf"),
        ("nul", "_nul.pdf"),
        ("com1", "_com1.pdf"),
        ("LPT9.txt", "_LPT9.txt.pdf"),
        ("Console", "Console.pdf"),
        ("end.", "end.pdf"),
        ("end . ", "end.pdf"),
        ("   ", "export.pdf"),
        ("a/b\\c|d", "a-b-c-d.pdf"),
        ('say "hi"?*', "say 'hi'.pdf"),
        ("tab\there\nnew", "tab here new.pdf"),
    ],
)
def test_names_windows_refuses_are_made_valid(stem, expected):
    assert safe_file_name(stem, ".pdf") == expected


@given(st.text(max_size=300))
def test_any_title_gives_a_valid_windows_name(stem):
    name = safe_file_name(stem, ".csv")
    base = name[: -len(".csv")]
    assert base and not WINDOWS_INVALID.search(base)
    assert not base.endswith((".", " ")) and len(base) <= 120
    assert not re.fullmatch(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", base, re.IGNORECASE)

"""The expectation each broken content file carries on its first line: ``# expect: LINE: FIELD: MESSAGE``.

The line is in the file's own encoding: UTF-8 for most, UTF-16 or UTF-32 (with or without a byte
order mark) for the files that test those encodings; a GBK file keeps a UTF-8 first line.
"""

from __future__ import annotations

import re
from pathlib import Path

EXPECT = re.compile(r"# expect: (\d+): (\S+): (.+)")
_ENCODINGS = ("utf-32", "utf-16", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def first_line(raw: bytes) -> str:
    candidates = [raw.split(b"\n", 1)[0].decode("utf-8-sig", "replace")]
    for encoding in _ENCODINGS:
        try:
            candidates.append(raw.decode(encoding).split("\n", 1)[0])
        except UnicodeDecodeError:
            continue
    return next((line for line in candidates if line.startswith("# expect:")), candidates[0])


def expectation(path: Path) -> tuple[int, str, str]:
    """(line, field, message part) that checking ``path`` must report."""
    match = EXPECT.match(first_line(path.read_bytes()))
    assert match, f"{path.name}: first line must be '# expect: <line>: <field>: <message part>'"
    return int(match[1]), match[2], match[3]

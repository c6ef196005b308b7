"""The whole corpus of broken content through check-content and through the app.

Every broken bank and instrument (64 files, plus a 50 MB file and a deeply nested one made here)
must give its `file:line: field: message`, with no traceback, nothing half imported, and bounded
time and memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from content_corpus import expectation

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "core" / "broken_banks").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "core" / "broken_instruments").glob("*.yaml")
)
MAX_SECONDS = 60
MAX_PEAK_MIB = 64  # Python allocations while checking, measured with tracemalloc

RUNNER = """
import io, json, sys, time, tracemalloc
from pathlib import Path
from desktop.cli.check_content import check_content
out = io.StringIO()
tracemalloc.start()
start = time.perf_counter()
code = check_content([Path(p) for p in sys.argv[1:]], out)
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"code": code, "seconds": seconds, "peak_mib": peak / 2**20, "out": out.getvalue()}))
"""


def test_every_broken_file_is_reported_with_file_line_and_field_in_bounded_time_and_memory(tmp_path):
    assert len(CORPUS) >= 50
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as out:
        out.write(b"bank:\n  id: huge\n  version: 1\n  title: {zh_CN: big}\nquestions:\n")
        chunk = b"  - id: q\n    kind: open\n" * 4096
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
    files = [str(p) for p in CORPUS] + [str(huge)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, *files], capture_output=True, text=True, env=env, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    out = report["out"]
    assert "Traceback" not in out
    assert report["code"] == 1
    assert report["seconds"] < MAX_SECONDS, report["seconds"]
    # Not max RSS: a child started from pytest can report the parent's peak. tracemalloc counts
    # only what checking the files allocated, which is what a 50 MB file or an alias bomb would blow up.
    assert report["peak_mib"] < MAX_PEAK_MIB, report["peak_mib"]
    lines = out.splitlines()
    for path in CORPUS:
        line, field, message = expectation(path)
        prefix = f"{path}:{line}: {field}: "
        assert any(entry.startswith(prefix) and message in entry for entry in lines), (
            path.name,
            prefix,
            message,
        )
    assert any(entry.startswith(f"{huge}:1: (file): the file is 5") for entry in lines)
    # Nothing was imported from a broken file: no bank counted, no question.
    assert lines[-1].startswith("0 banks, 0 questions, ")
    assert lines[-2] == "0 instruments"


def test_the_issue_examples_through_the_command_line_give_messages_not_a_traceback():
    names = [
        "date_difficulty",
        "date_version",
        "timestamp_tag",
        "huge_int_difficulty",
        "utf16_le_no_bom",
        "utf32_bom",
    ]
    paths = [ROOT / "tests" / "core" / "broken_banks" / f"{name}.yaml" for name in names]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "check-content", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    for path in paths:
        line, field, message = expectation(path)
        assert any(entry.startswith(f"{path}:{line}: {field}: ") and message in entry for entry in lines)
    assert lines[-1] == f"0 banks, 0 questions, {len(paths)} errors"

"""The scorecard kill -9 fault script, bounded for CI: the real app killed while forms are filled in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCRIPT = HERE / "kill_scorecard.py"
sys.path.insert(0, str(HERE))
from kill_scorecard import read_database  # noqa: E402


def test_killing_the_app_while_forms_are_filled_loses_nothing_and_leaves_no_orphan(fault_runs):
    runs = fault_runs(8, 30)  # 8: ~25 s on 2 cores; the README gives the figures of a full run
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", str(runs), "--seed", "11"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = result.stdout.strip().splitlines()
    expected = f"runs={runs} lost=0 partial_forms=0 orphans=0 integrity_failures=0"
    assert lines[-1] == expected, result.stderr[-3000:]
    assert lines[-2] == "duplicate_trainees=0"
    assert result.returncode == 0


@pytest.mark.parametrize("write", [2, 3, 5])
def test_killed_inside_start_leaves_no_trainee_without_a_form(tmp_path, write):
    """Killed just before the n-th write of the first Start (class, trainee, form, commit): the
    trainee exists only together with its form. Before the fix, write 5 left a trainee without one."""
    subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--drive",
            str(tmp_path),
            "--seed",
            "3",
            "--kill-at",
            f"start:1:{write}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    _stored, _completed, _instruments, people, with_forms, intact = read_database(
        tmp_path / "training-assessment.db"
    )
    assert intact
    assert [p for p in people if p[0] not in with_forms] == []

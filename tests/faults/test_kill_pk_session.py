"""The kill -9 fault script, bounded for CI (``--full-fault-runs``: 100): a real app process killed mid-session,
resumed each time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("kill_pk_session.py")


def test_killing_the_app_loses_no_acknowledged_event_and_resumes(fault_runs):
    runs = fault_runs(25, 100)  # each run is a fresh app start: 100 of them took 3 of CI's 6 minutes
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", str(runs), "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert last == f"runs={runs} lost=0 resumed={runs} integrity_failures=0", result.stderr[-2000:]
    assert result.returncode == 0

"""The kill -9 fault script, bounded for CI: a real app process killed mid-session, resumed each time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("kill_pk_session.py")


def test_killing_the_app_loses_no_acknowledged_event_and_resumes():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "100", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert last == "runs=100 lost=0 resumed=100 integrity_failures=0", result.stderr[-2000:]
    assert result.returncode == 0

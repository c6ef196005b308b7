"""The kill -9 fault script with phones connected, bounded for CI (``--runs 20`` on demand)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("kill_phones.py")


def test_phones_come_back_by_themselves_and_no_buzz_they_were_shown_is_lost():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "3", "--phones", "8", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    last = result.stdout.strip().splitlines()[-1]
    expected = "runs=3 phones=8 lost=0 reconnected=16/16 resumed=3/3 seats_ok=3 integrity_failures=0 pin_asked=0 wrong_seat=0"
    assert last == expected, result.stderr[-2000:]
    assert result.returncode == 0

"""The kill -9 fault script with phones connected, bounded for CI (``--full-fault-runs``: 20 runs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("kill_phones.py")


def test_phones_come_back_by_themselves_and_no_buzz_they_were_shown_is_lost(fault_runs):
    runs, phones = fault_runs(3, 20), 8
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", str(runs), "--phones", str(phones), "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    last = result.stdout.strip().splitlines()[-1]
    back = phones * (runs - 1)  # every phone comes back after every kill but the last
    expected = (
        f"runs={runs} phones={phones} lost=0 reconnected={back}/{back} resumed={runs}/{runs} seats_ok={runs} "
        "integrity_failures=0 pin_asked=0 wrong_seat=0"
    )
    assert last == expected, result.stderr[-2000:]
    assert result.returncode == 0

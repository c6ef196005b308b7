"""Every step of a migration interrupted by SIGKILL leaves the old version (or the finished new one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("interrupt_migration.py")


def test_an_interrupted_migration_leaves_the_old_version_and_its_backup():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=600)
    last = result.stdout.strip().splitlines()[-1]
    figures = dict(part.split("=") for part in last.split())
    assert (
        figures["missing_backups"] == "0" and figures["integrity_failures"] == "0" and figures["lost"] == "0"
    ), last
    assert int(figures["interrupted"]) >= 5  # every statement of the step was a kill point
    assert int(figures["old_version"]) >= 4
    assert result.returncode == 0, result.stderr[-2000:]

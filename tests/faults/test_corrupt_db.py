"""The corruption fault script, bounded for CI: every damaged file is found and kept, or harmless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("corrupt_db.py")


def test_damage_before_start_is_detected_kept_and_restored_or_harmless(fault_runs):
    runs = fault_runs(20, 100)
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", str(runs), "--seed", "11"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr[-2000:]
    figures = dict(item.split("=") for item in lines[-1].split())
    figures = {k: int(v) for k, v in figures.items()}
    assert figures["runs"] == runs
    assert figures["undetected_damage"] == 0, result.stdout
    # Every file set aside is kept byte for byte, and the newest backup brought every row back.
    assert figures["kept"] == figures["detected"], result.stdout
    assert figures["restored"] == figures["detected"], result.stdout
    # Damage the check cannot see is only in unused pages; most of the damage must be found.
    assert figures["detected"] >= runs * 3 // 4, result.stdout
    # Every kind of damage was tried; a broken header or a text file is always found.
    kinds = {line.split(":")[0]: line for line in lines[:-1]}
    assert sorted(kinds) == ["header", "pages", "text", "truncate", "zero"]
    for kind in ("header", "text"):
        assert kinds[kind] == f"{kind}: detected={runs // 5} harmless=0"
    assert result.returncode == 0

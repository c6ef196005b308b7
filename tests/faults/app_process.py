"""The killed app as a child process: started in a fault script's --drive mode, killed like a power cut."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path


def start_driven_app(script: str, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    """Run ``script --drive …`` (the app driven by the script itself), its output read line by line."""
    return subprocess.Popen(
        [sys.executable, script, "--drive", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )


def kill_and_read_stderr(proc: subprocess.Popen[str]) -> str:
    """SIGKILL the app wherever it is, wait for it, and return what it wrote to stderr."""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if proc.stdout:
        proc.stdout.close()
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    return stderr

"""--version, and a start on Linux with no display or without Qt's xcb libraries: said plainly, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from desktop import __version__
from desktop.display_check import XCB_LIBRARIES, display_problem

ROOT = Path(__file__).resolve().parent.parent


def _run(args, env):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_prints_the_one_version_constant():
    result = _run(["--version"], dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0
    assert result.stdout.strip() == f"课堂测评 Training Assessment {__version__}"
    # pyproject takes its version from the same constant.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project["dynamic"] and "version" not in project


def test_a_start_without_any_display_says_so_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    result = _run(["--data-dir", str(tmp_path)], env)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "no graphical display found" in result.stderr
        assert "libxcb-cursor0" not in result.stderr + result.stdout  # not Qt's misleading message
        assert "Traceback" not in result.stderr


def test_no_display_is_named_before_any_library():
    assert display_problem({}, "linux", lambda _name: False).startswith("no graphical display found")
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", lambda _n: True).startswith(
        "no graphical display found"
    )


def test_missing_xcb_libraries_name_the_debian_packages():
    present = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    message = display_problem({"DISPLAY": ":0"}, "linux", lambda name: name not in {"libxcb-cursor.so.0"})
    assert "libxcb-cursor.so.0" in message and "sudo apt install libxcb-cursor0" in message
    message = display_problem({"DISPLAY": ":0"}, "linux", lambda name: name in present)
    packages = message.split("sudo apt install ")[1].split()
    assert packages == [p for n, p in XCB_LIBRARIES if n not in present]


def test_nothing_to_say_when_the_window_can_open():
    everything = lambda _name: True  # noqa: E731
    assert display_problem({"DISPLAY": ":0"}, "linux", everything) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda _n: False) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _n: False) is None
    assert display_problem({}, "win32", lambda _n: False) is None
    assert display_problem({}, "darwin", lambda _n: False) is None

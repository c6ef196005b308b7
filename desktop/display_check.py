"""Before Qt opens a window on Linux: is there a display, and are the libraries of Qt's xcb plugin there?

Without this, Qt's own message on a machine with no display is "xcb-cursor0 or libxcb-cursor0 is
needed" followed by an abort (a core dump), which sends a trainer hunting for a library when the
real cause is that no display is running. Here the cause is said plainly and the app exits with 1.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt's xcb platform plugin loads that a minimal Debian/Ubuntu desktop may lack, with the
# Debian package of each (Qt's own list: doc.qt.io/qt-6/linux-requirements.html).
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
)

NO_DISPLAY = (
    "no graphical display found: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open.\n"
    "Start the app from a desktop session (or over ssh with -X). The commands that need no window still "
    "work, e.g. `python -m desktop check-content`; to run the window without a screen (tests), set "
    "QT_QPA_PLATFORM=offscreen."
)


def _loads(name: str) -> bool:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and any((Path(bundle) / sub / name).exists() for sub in ("", "PySide6/Qt/lib")):
        return True  # shipped inside the bundle
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """What stops the window from opening, in plain words, or None when nothing does (as far as we know)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen and chosen != "xcb":
        return None  # offscreen, wayland, vnc…: Qt's own choice, its own messages
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt picks its Wayland plugin
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    missing = [(name, package) for name, package in XCB_LIBRARIES if not loads(name)]
    if not missing:
        return None
    names = ", ".join(name for name, _ in missing)
    packages = " ".join(package for _, package in missing)
    return (
        f"Qt's X11 window system plugin (xcb) needs libraries this machine lacks: {names}.\n"
        f"On Debian or Ubuntu install them with:\n    sudo apt install {packages}"
    )

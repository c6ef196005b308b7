"""A real X server for the real-window tests: Xvfb with openbox, and the X tools that act as a user.

Keys go through ``xdotool key`` without ``--window``: to whichever window has the focus, as a
user's keyboard would. Windows are found, raised and stacked by the window manager, as on a
desktop; screenshots come from the screen itself (``import -window root``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TOOLS = ("Xvfb", "openbox", "xdotool", "import", "xprop", "xwininfo", "xrandr")
SCREEN = (1024, 768)  # one monitor: the laptop, or the projector it mirrors


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def poll(check: Callable[[], T], timeout: float, what: str, interval: float = 0.05) -> T:
    """Wait for ``check()`` to return something true, up to ``timeout`` seconds; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for: {what}")
        time.sleep(interval)


def _window_id(xwininfo: str, label: str) -> int | None:
    """The window id xwininfo prints after ``label`` ("Parent window id: 0x200261 (has no name)")."""
    for line in xwininfo.splitlines():
        if label in line:
            return int(line.split(label, 1)[1].split()[0], 16)
    return None


class XSession:
    """Xvfb (1024×768, the projector size the issue asks for) plus openbox, on one display."""

    def __init__(self, workdir: Path, display: int | None = None, monitors: int = 1):
        """``display`` None: Xvfb picks a free display number itself (no race with other runs).
        ``monitors`` 2: a laptop and a projector side by side, each 1024×768, as RandR monitors
        (Qt sees two screens; the window manager one wide desktop)."""
        self.display = display
        self.monitors = monitors
        self.size = (SCREEN[0] * monitors, SCREEN[1])
        self.workdir = workdir
        self._processes: list[subprocess.Popen] = []
        self._logs: list = []
        self._root: int | None = None

    @property
    def name(self) -> str:
        return f":{self.display}"

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.name}

    def start(self) -> XSession:
        # -noreset: otherwise the server resets when its last client leaves and the next launch fails.
        argv = ["Xvfb", "-screen", "0", f"{self.size[0]}x{self.size[1]}x24", "-noreset", "-nolisten", "tcp"]
        chosen = [self.name] if self.display is not None else []
        # -displayfd: once it listens, the server writes its display number to the pipe (without a
        # display given, it takes the first free one). On a display already taken it exits writing
        # nothing. (Asking that display whether it answers could not tell: another run's server
        # answered, and the tests ran among that run's windows.)
        read_end, write_end = os.pipe()
        self._spawn([argv[0], *chosen, *argv[1:], "-displayfd", str(write_end)], "xvfb.log", (write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.stop()
            taken = f" ({self.name} is taken: another X server uses it)" if self.display is not None else ""
            raise RuntimeError(
                f"Xvfb did not start{taken}: {(self.workdir / 'xvfb.log').read_text()[-2000:]}"
            )
        self.display = int(number)
        poll(lambda: self.run(["xprop", "-root", "-len", "1"], check=False).returncode == 0, 20, "Xvfb")
        if self.monitors == 2:
            w, h = SCREEN
            self.run(["xrandr", "--setmonitor", "laptop", f"{w}/270x{h}/200+0+0", "screen"])
            self.run(["xrandr", "--setmonitor", "projector", f"{w}/270x{h}/200+{w}+0", "none"])
        self._spawn(["openbox", "--sm-disable"], "openbox.log")
        poll(lambda: "window id" in self.xprop_root("_NET_SUPPORTING_WM_CHECK"), 20, "openbox")
        return self

    def _spawn(self, argv: list[str], log_name: str, pass_fds: tuple[int, ...] = ()) -> None:
        log = open(self.workdir / log_name, "wb")  # closed in stop()
        self._logs.append(log)
        env = self.env if self.display is not None else dict(os.environ)
        process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, pass_fds=pass_fds)
        self._processes.append(process)

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self._processes.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def run(self, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(argv, env=self.env, capture_output=True, text=True, check=check, timeout=30)

    def xprop_root(self, prop: str) -> str:
        return self.run(["xprop", "-root", prop], check=False).stdout

    # -- acting as the user ------------------------------------------------------------------------
    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: Right, space, ctrl+e, 2…) on whatever window has the focus."""
        self.run(["xdotool", "key", *keys])

    def keys_together(self, *keys: str) -> None:
        """Several keys in one burst, as when groups press at the same moment."""
        self.run(["xdotool", "key", "--delay", "0", *keys])

    def type_text(self, text: str) -> None:
        self.run(["xdotool", "type", "--delay", "20", text])

    def click(self, x: int, y: int, double: bool = False, window: int | None = None) -> None:
        """Click at (x, y); with ``window``, only once the X server shows that window there.

        The app's probe says a window is visible as soon as Qt shows it, before the window manager
        has framed and mapped it, and a closing dialog can still cover the spot for a moment: a
        click sent then lands on the bare desktop or the dialog and is lost (the first click after
        a launch was lost this way under load). A user clicks what is on the screen, so the pointer
        is moved there first and the click waits until that window is the one under it.
        """
        x = max(0, min(self.size[0] - 1, x))
        y = max(0, min(self.size[1] - 1, y))
        if window is not None:
            poll(
                lambda: self.shows(window, x, y), 20, f"window {window:#x} to be on the screen at ({x}, {y})"
            )
        clicks = ["click", "--repeat", "2", "1"] if double else ["click", "1"]
        # No --sync: it waits for the pointer to move, which takes seconds when it is already there;
        # the X server handles the move before the click anyway (requests run in order).
        self.run(["xdotool", "mousemove", str(x), str(y), *clicks])

    def window_under(self, x: int, y: int) -> int | None:
        """Move the pointer to (x, y): the top-level X window under it (a window manager's frame or
        an unmanaged popup), or None over the bare desktop."""
        shell = self.run(["xdotool", "mousemove", str(x), str(y), "getmouselocation", "--shell"]).stdout
        found = dict(line.split("=", 1) for line in shell.split() if "=" in line).get("WINDOW")
        return int(found) if found and int(found) != self.root() else None

    def shows(self, window: int, x: int, y: int) -> bool:
        """The X server shows ``window`` at (x, y): nothing covers it there (the pointer is moved there)."""
        # The frame is asked for each time: the window manager frames a window after it is mapped.
        return self.window_under(x, y) in (window, self.frame_of(window))

    def frame_of(self, window: int) -> int:
        """The top-level X window holding ``window``: the frame the window manager put it in (itself
        while unframed)."""
        while True:
            tree = self.run(["xwininfo", "-tree", "-id", str(window)], check=False).stdout
            parent = _window_id(tree, "Parent window id:")
            if parent is None or parent == _window_id(tree, "Root window id:"):
                return window
            window = parent

    def root(self) -> int | None:
        if self._root is None:
            self._root = _window_id(self.run(["xwininfo", "-root"]).stdout, "Window id:")
        return self._root

    # -- looking ---------------------------------------------------------------------------------
    def stacking(self) -> list[int]:
        """Client windows bottom to top, as the window manager stacks them."""
        text = self.xprop_root("_NET_CLIENT_LIST_STACKING")
        if "#" not in text:
            return []
        return [int(part.strip(), 16) for part in text.split("#", 1)[1].split(",") if part.strip()]

    def active_window(self) -> int | None:
        text = self.xprop_root("_NET_ACTIVE_WINDOW")
        if "#" not in text:
            return None
        value = int(text.split("#", 1)[1].split(",")[0].strip(), 16)
        return value or None

    def search(self, name: str) -> list[int]:
        found = self.run(["xdotool", "search", "--onlyvisible", "--name", name], check=False).stdout
        return [int(line) for line in found.split()]

    def screenshot(self, path: Path) -> bytes:
        self.run(["import", "-window", "root", "-depth", "8", f"rgb:{path}"])
        return path.read_bytes()

    def stable_screenshot(self, path: Path, timeout: float = 20.0) -> bytes:
        """The screen once two shots in a row are identical: nothing is still painting."""
        previous = [b""]

        def settled() -> bytes | None:
            shot = self.screenshot(path)
            same = shot == previous[0]
            previous[0] = shot
            return shot if same else None

        return poll(settled, timeout, "the screen to stop changing", interval=0.1)

"""The buzz sound, played without QtMultimedia (an Addons module the Essentials wheel lacks).

Each platform's own player is started in the background so the key press returns at once;
where none exists the system beep is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from desktop.paths import assets_dir

BUZZ = assets_dir() / "sounds" / "buzz.wav"


def _player() -> list[str] | None:
    if sys.platform == "darwin":
        return ["afplay"]
    for name, args in (("paplay", []), ("aplay", ["-q"]), ("pw-play", [])):
        if shutil.which(name):
            return [name, *args]
    return None


def _player_env() -> dict[str, str]:
    """The environment for the system's player: a frozen bundle's library path must not leak into it."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


class BuzzSound:
    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._command = None if sys.platform == "win32" else _player()
        self._playing: list[subprocess.Popen[bytes]] = []

    def play(self) -> None:
        if not self.enabled:
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(BUZZ), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self._command:
            # Reap players that have finished so none is left as a zombie.
            self._playing = [p for p in self._playing if p.poll() is None]
            self._playing.append(
                subprocess.Popen(
                    [*self._command, str(BUZZ)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env=_player_env(),
                )
            )
        else:
            QApplication.beep()

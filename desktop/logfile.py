"""The app's log file in the data folder: what went wrong, with its traceback, for whoever supports a trainer.

It rotates (a few MB, a few files), so a laptop used for years never fills up with logs. A data folder
that cannot be written (full disk, read-only) means no log file: the app runs regardless.
"""

from __future__ import annotations

import logging
import os
import platform
from pathlib import Path
from typing import TextIO

from desktop import __version__

LOG_NAME = "training-assessment.log"
CRASH_LOG_NAME = "training-assessment-crash.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3  # training-assessment.log.1 … .3: at most 8 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_NAME


class _AppLogHandler(logging.FileHandler):
    """Appends to the log file and rolls it over before it passes ``max_bytes``, keeping
    ``backup_count`` older files (``.1`` the newest). Its own class also marks the handler this
    module added, so starting again (tests, a language switch) replaces it.

    The standard library's RotatingFileHandler does the same, but ``logging.handlers`` imports
    sockets, pickle and queues: ~10 ms of every start, before the window shows.
    """

    def __init__(self, path: Path, max_bytes: int, backup_count: int):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_the_limit(record):
                self._roll_over()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_the_limit(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.seek(0, os.SEEK_END)
        return size > 0 and size + len(f"{self.format(record)}\n".encode()) > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backup_count > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.truncate(self.baseFilename, 0)
        self.stream = self._open()


def start_logging(data_dir: Path) -> Path | None:
    """Send the app's log records (INFO and above) to the rotating log file; its path, or None if the
    folder cannot be written."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        root.removeHandler(handler)
        handler.close()
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _AppLogHandler(path, MAX_BYTES, BACKUP_COUNT)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # The system as uname says it: platform.platform() reads the Python executable to find the C
    # library's version (~20 ms of every start).
    system = platform.uname()
    logging.getLogger("desktop").info(
        "started: version %s, Python %s, %s %s %s",
        __version__,
        platform.python_version(),
        system.system,
        system.release,
        system.machine,
    )
    return path


#: the crash file, open for the app's life: faulthandler writes to its descriptor as the process dies
_crash_file: TextIO | None = None


def record_crashes(data_dir: Path) -> Path | None:
    """Should the app die in C code (Qt, a driver, a segfault), append the Python stack of every
    thread to a file in the data folder: the log cannot say anything then, and a trainer's "it just
    closed" would otherwise leave nothing to go on. Its path, or None if it cannot be written.

    Where the system has SIGUSR1 (Linux, macOS), ``kill -USR1 <pid>`` appends the same stacks and
    the app runs on: where a window that stopped answering is waiting (the real-window tests ask
    for it when one fails)."""
    global _crash_file
    import faulthandler
    import signal

    path = Path(data_dir) / CRASH_LOG_NAME
    try:
        stream = open(path, "a", encoding="utf-8")  # open as long as the app runs
    except OSError:
        return None
    faulthandler.enable(file=stream, all_threads=True)
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, file=stream, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = stream
    return path


def current_log_path() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _AppLogHandler):
            return Path(handler.baseFilename)
    return None

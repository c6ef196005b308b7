"""The app's log file in the data folder: what went wrong, with its traceback, for whoever supports a trainer.

It rotates (a few MB, a few files), so a laptop used for years never fills up with logs. A data folder
that cannot be written (full disk, read-only) means no log file: the app runs regardless.
"""

from __future__ import annotations

import logging
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import __version__

LOG_NAME = "training-assessment.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3  # training-assessment.log.1 … .3: at most 8 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_NAME


class _AppLogHandler(RotatingFileHandler):
    """Marks the handler this module added, so starting again (tests, a language switch) replaces it."""


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
        handler = _AppLogHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.getLogger("desktop").info(
        "started: version %s, Python %s, %s", __version__, platform.python_version(), platform.platform()
    )
    return path


def current_log_path() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _AppLogHandler):
            return Path(handler.baseFilename)
    return None

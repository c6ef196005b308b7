"""Writing exports atomically: to a temporary file beside the target, renamed over it when complete.

A failed or interrupted export (full disk, read-only folder, a crash) leaves any older file of the
same name untouched and no half-written file behind.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _temp_beside(path: Path) -> Path:
    return path.parent / f".{path.name}.{secrets.token_hex(4)}.part"


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path for writers that want a file name; it replaces ``path`` if the block succeeds."""
    path = Path(path)
    temp = _temp_beside(path)
    try:
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise OSError(f"nothing was written for {path}")
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file to write; flushed to disk and renamed over ``path`` if the block succeeds."""
    path = Path(path)
    with atomic_path(path) as temp:
        # Not mkstemp: its files are private (0600), while an export is made to be handed round;
        # 0o666 lets the user's umask decide, as for any file they save.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(temp, flags, 0o666), "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    with atomic_output(path) as out:
        out.write(data)

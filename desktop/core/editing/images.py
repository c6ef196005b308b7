"""Putting a picked image where its bank can find it: the bank's folder, under ``images/``. Pure Python.

A file already inside the bank's folder is named as it is; any other file is copied into
``images/`` (never over a different file of the same name: ``queue-2.png``), so the bank and its
images move together. Whether the image is acceptable (format, size) is said by the same check
``check-content`` runs.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

IMAGES_FOLDER = "images"


def place_image(picked: Path, bank_folder: Path) -> str:
    """The ``image:`` value for ``picked``, copying it into the bank's ``images/`` folder when needed.

    Raises OSError when the copy cannot be written.
    """
    picked, bank_folder = picked.resolve(), bank_folder.resolve()
    if picked.is_relative_to(bank_folder):
        return picked.relative_to(bank_folder).as_posix()
    target_folder = bank_folder / IMAGES_FOLDER
    target = target_folder / picked.name
    number = 1
    while target.exists() and not filecmp.cmp(target, picked, shallow=False):
        number += 1
        target = target_folder / f"{picked.stem}-{number}{picked.suffix}"
    if not target.exists():
        target_folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(picked, target)
    return target.relative_to(bank_folder).as_posix()

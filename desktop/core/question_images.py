"""Images in questions: a file beside the bank, named in the question's ``image:`` field. Pure Python.

A bank file writes ``image: images/queue.png``: a path relative to the folder the bank file is
in, with forward slashes, never leaving that folder. Nothing is fetched from the internet, so a
web address is refused with that reason. The file must exist, be a PNG, JPEG or SVG (judged by
its first bytes, not its name alone) and stay under ``MAX_IMAGE_BYTES`` so a projector shows it
at once.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from desktop.core.messages import Message, os_reason

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
#: 5 MB: a photo from a phone fits once saved for the web; a 20 MB camera original does not.
MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: How much of a file is read to tell its format (an SVG's ``<svg`` comes after its XML header).
SNIFF_BYTES = 4096

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def image_format(head: bytes) -> str | None:
    """``png``, ``jpeg`` or ``svg`` from a file's first bytes; None for anything else."""
    if head.startswith(_PNG):
        return "png"
    if head.startswith(_JPEG):
        return "jpeg"
    try:
        text = head.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError:
        # The sniffed block may end inside a multi-byte character: judge what came before it.
        text = head[: SNIFF_BYTES - 4].decode("utf-8-sig", errors="ignore")
    stripped = text.lstrip()
    if stripped.startswith(("<?xml", "<svg", "<!--", "<!DOCTYPE svg")) and "<svg" in text:
        return "svg"
    return None


def image_name_problem(name: str) -> str | None:
    """What is wrong with an ``image:`` value as a name (before the file is looked at); None when fine."""
    if _URL.match(name) or name.startswith("//"):
        return Message("image.web_address")
    if "\\" in name:
        return Message("image.backslashes", path=name.replace(chr(92), "/"))
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        return Message("image.full_path")
    if ".." in path.parts:
        return Message("image.outside")
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return Message("image.suffix", name=path.name, suffixes=", ".join(IMAGE_SUFFIXES))
    return None


def image_file_problem(folder: Path, name: str) -> str | None:
    """What is wrong with the image file ``name`` of a bank in ``folder``; None when it can be shown."""
    path = folder / name
    if not path.exists():
        return Message("image.missing", name=name, folder=str(folder))
    if not path.is_file():
        return Message("image.folder", name=name)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return Message(
                "image.too_big",
                name=name,
                size=f"{size / 1024 / 1024:.1f}",
                most=MAX_IMAGE_BYTES // 1024 // 1024,
            )
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError as exc:
        return Message("image.unreadable", name=name, reason=os_reason(exc))
    found = image_format(head)
    if found is None:
        return Message("image.not_image", name=name)
    wanted = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}[Path(name).suffix.lower()]
    if found != wanted:
        return Message(
            "image.wrong_suffix", name=name, found=found.upper(), suffix=found.replace("jpeg", "jpg")
        )
    return None


def image_path(folder: str | Path, name: str | None) -> Path | None:
    """The full path of a question's image, from its bank's folder; None when it has none."""
    if not name or not folder:
        return None
    return Path(folder) / name

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

#: The field of a question (in the bank file and in ``Question.image``) naming its image.
IMAGE_FIELD = "image"
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
        return "images are files in the bank's folder; nothing is fetched from the internet: save it there"
    if "\\" in name:
        return f"write the path with forward slashes: '{name.replace(chr(92), '/')}'"
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        return "give the path from the bank's folder, e.g. images/queue.png, not a full path"
    if ".." in path.parts:
        return "the image must be in the bank's folder or a folder inside it (no '..')"
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"'{path.name}' is not an image this app shows; use a {', '.join(IMAGE_SUFFIXES)} file"
    return None


def image_file_problem(folder: Path, name: str) -> str | None:
    """What is wrong with the image file ``name`` of a bank in ``folder``; None when it can be shown."""
    path = folder / name
    if not path.exists():
        return f"image file '{name}' not found in {folder}"
    if not path.is_file():
        return f"'{name}' is a folder, not an image file"
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return (
                f"image '{name}' is {size / 1024 / 1024:.1f} MB; keep images under "
                f"{MAX_IMAGE_BYTES // 1024 // 1024} MB (save it smaller for the projector)"
            )
        with path.open("rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError as exc:
        return f"image '{name}' cannot be read: {exc.strerror or exc}"
    found = image_format(head)
    if found is None:
        return f"'{name}' is not a readable PNG, JPEG or SVG image"
    wanted = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}[Path(name).suffix.lower()]
    if found != wanted:
        return (
            f"'{name}' holds a {found.upper()} image; name it with the .{found.replace('jpeg', 'jpg')} ending"
        )
    return None


def image_path(folder: str | Path, name: str | None) -> Path | None:
    """The full path of a question's image, from its bank's folder; None when it has none."""
    if not name or not folder:
        return None
    return Path(folder) / name

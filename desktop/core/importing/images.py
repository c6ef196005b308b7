"""Images that come with imported questions: Image Link files found on this computer, and pictures
placed on the rows of an xlsx sheet. Pure Python; nothing is fetched from the internet.

Each image is checked as ``check-content`` checks a bank's images (a PNG, JPEG or SVG by its first
bytes, under the size cap) and named by its content, ``images/<hash>.<ext>``: the same picture
imported twice is one file, and two pictures never share a name. The files are written beside the
bank when the trainer confirms the import.
"""

from __future__ import annotations

import hashlib
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse
from xml.etree.ElementTree import ParseError, fromstring

from desktop.core.messages import Message, os_reason
from desktop.core.question_images import MAX_IMAGE_BYTES, image_format

IMAGE_FOLDER = "images"
_EXTENSIONS = {"png": ".png", "jpeg": ".jpg", "svg": ".svg"}
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: An xlsx part read for its pictures is never larger than this (the container was checked already).
MAX_PART_BYTES = 5 * 1024 * 1024


def image_name(data: bytes) -> tuple[str | None, Message | None]:
    """The name an image gets beside the bank (``images/<hash>.png``), or why it cannot be used."""
    if len(data) > MAX_IMAGE_BYTES:
        size = f"{len(data) / 1024 / 1024:.1f}"
        return None, Message("import.image_too_big", size=size, most=MAX_IMAGE_BYTES // 1024 // 1024)
    found = image_format(data[:4096])
    if found is None:
        return None, Message("import.image_not_image")
    return f"{IMAGE_FOLDER}/{hashlib.sha1(data).hexdigest()[:16]}{_EXTENSIONS[found]}", None


def image_from_link(link: str, folder: Path) -> tuple[str | None, bytes, Message | None]:
    """An Image Link cell: a file on this computer (a full path, a path from the spreadsheet's folder,
    or a ``file://`` address) gives ``(name, data, None)``; anything else ``(None, b"", why)``."""
    link = link.strip()
    parsed = urlparse(link)
    if parsed.scheme.lower() == "file":
        path = Path(unquote(parsed.path))
    elif parsed.scheme and len(parsed.scheme) > 1:  # one letter is a Windows drive, C:\…
        return None, b"", Message("import.image_web", link=link[:80])
    else:
        path = Path(link)
        if not path.is_absolute():
            path = folder / path
    try:
        if not path.is_file():
            return None, b"", Message("import.image_missing", path=str(path))
        if path.stat().st_size > MAX_IMAGE_BYTES:
            size = f"{path.stat().st_size / 1024 / 1024:.1f}"
            return None, b"", Message("import.image_too_big", size=size, most=MAX_IMAGE_BYTES // 1024 // 1024)
        data = path.read_bytes()
    except OSError as exc:
        return None, b"", Message("import.image_unreadable", path=str(path), reason=os_reason(exc))
    name, problem = image_name(data)
    return name, data, problem


def embedded_images(path: Path) -> dict[int, bytes]:
    """Pictures placed on the first sheet of an xlsx, by the row (1-based) their top-left corner is on.

    A damaged or unusual drawing gives no pictures rather than an error: the questions still import.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            return _pictures(archive)
    except (zipfile.BadZipFile, OSError, KeyError, ParseError, ValueError):
        return {}


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ValueError(f"{name} is too large")
    return archive.read(info)


def _targets(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """The relationships of ``part``: id → the full name of the part it points at."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if rels not in archive.namelist():
        return {}
    out = {}
    for rel in fromstring(_read(archive, rels)).iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        full = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        out[rel.get("Id", "")] = full
    return out


def _pictures(archive: zipfile.ZipFile) -> dict[int, bytes]:
    workbook = "xl/workbook.xml"
    first = next(fromstring(_read(archive, workbook)).iter(f"{_MAIN}sheet"), None)
    if first is None:
        return {}
    sheet = _targets(archive, workbook).get(first.get(f"{_REL}id", ""))
    if not sheet:
        return {}
    drawing_ids = [d.get(f"{_REL}id", "") for d in fromstring(_read(archive, sheet)).iter(f"{_MAIN}drawing")]
    sheet_targets = _targets(archive, sheet)
    found: dict[int, bytes] = {}
    for drawing_id in drawing_ids:
        drawing = sheet_targets.get(drawing_id)
        if not drawing:
            continue
        media = _targets(archive, drawing)
        for anchor in fromstring(_read(archive, drawing)):
            row = anchor.find(f"{_DRAWING}from/{_DRAWING}row")
            blip = next(anchor.iter(f"{_A}blip"), None)
            if row is None or row.text is None or blip is None:
                continue
            target = media.get(blip.get(f"{_REL}embed", ""))
            if target and target in archive.namelist():
                found.setdefault(int(row.text) + 1, _read(archive, target))
    return found

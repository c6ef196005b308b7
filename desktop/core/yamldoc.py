"""Load a YAML content file into plain Python data while remembering where every value came from.

Content files (instruments, question banks) are edited by hand, so every problem must name the
file, the line and the field. PyYAML only reports lines for syntax errors; composing the node
graph ourselves keeps a line for every mapping key and value. Aliases are refused outright: they
are never needed in hand-written content and they are how a "billion laughs" file explodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster where libyaml is available
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Content files are small; a bigger file is a mistake (or an attack), not a question bank.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 40

PathKey = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in a content file, printed like a compiler message."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


@dataclass
class YamlDocument:
    """Parsed data plus the line (1-based) of each path in it."""

    file: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, path: PathKey) -> int:
        """Line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def error(self, path: PathKey, message: str) -> ContentError:
        return ContentError(self.file, self.line(path), field_name(path), message)


def field_name(path: PathKey) -> str:
    """``("items", 3, "text")`` → ``items[3].text`` (the form trainers see in messages)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(file)"


class ContentLoadError(Exception):
    """The file could not be read as YAML at all; ``errors`` says where and why."""

    def __init__(self, errors: list[ContentError]):
        super().__init__("\n".join(map(str, errors)))
        self.errors = errors


def decode_text(raw: bytes, file: str) -> str:
    """Decode UTF-8 with or without BOM; name the line and the fix for GBK or UTF-16 files."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentLoadError(
            [ContentError(file, 1, "(file)", "the file is UTF-16; save it as UTF-8 and load it again")]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        guess = ""
        try:
            raw.decode("gb18030")
            guess = " (it looks like GBK/GB 18030, as Windows Notepad or Excel save Chinese text)"
        except UnicodeDecodeError:
            pass
        msg = f"not valid UTF-8{guess}; save the file as UTF-8 and load it again"
        raise ContentLoadError([ContentError(file, line, "(file)", msg)]) from None


def load_yaml(path: Path | str, display_name: str | None = None) -> YamlDocument:
    """Read and parse ``path``. Raises :class:`ContentLoadError` with positioned messages."""
    path = Path(path)
    name = display_name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentLoadError(
                [
                    ContentError(
                        name,
                        1,
                        "(file)",
                        f"the file is {size / 1e6:.1f} MB; content files must be under {MAX_FILE_BYTES // (1024 * 1024)} MB",
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentLoadError(
            [ContentError(name, 1, "(file)", f"cannot read the file: {exc.strerror or exc}")]
        ) from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes | str, name: str) -> YamlDocument:
    text = decode_text(raw, name) if isinstance(raw, bytes) else raw
    bad = next((i for i, ch in enumerate(text) if ch in _FORBIDDEN_CONTROL), None)
    if bad is not None:
        line = text.count("\n", 0, bad) + 1
        raise ContentLoadError(
            [
                ContentError(
                    name,
                    line,
                    "(file)",
                    f"control character U+{ord(text[bad]):04X} is not allowed in a content file",
                )
            ]
        )
    if not text.strip():
        raise ContentLoadError([ContentError(name, 1, "(file)", "the file is empty")])
    try:
        root = _compose_checked(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise ContentLoadError(
            [ContentError(name, line, "(syntax)", f"YAML syntax error: {problem}")]
        ) from None
    except _RefusedYaml as exc:
        raise ContentLoadError([ContentError(name, exc.line, "(file)", exc.message)]) from None
    except yaml.YAMLError as exc:
        raise ContentLoadError([ContentError(name, 1, "(syntax)", f"YAML syntax error: {exc}")]) from None
    doc = YamlDocument(name, None)
    if root is None:
        raise ContentLoadError([ContentError(name, 1, "(file)", "the file is empty")])
    errors: list[ContentError] = []
    doc.data = _to_python(root, (), doc, errors, 0)
    if errors:
        raise ContentLoadError(errors)
    return doc


_FORBIDDEN_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r") | {"\x7f"}


class _RefusedYaml(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _line_of(event: yaml.Event | None) -> int:
    mark = event.start_mark if event is not None else None
    return mark.line + 1 if mark is not None else 1


def _compose_checked(text: str) -> yaml.Node | None:
    """Compose one document, refusing aliases, multiple documents and runaway size."""
    loader = _Loader(text)
    try:
        count = 0
        # Walk events first: aliases are refused before any node graph is built from them.
        while loader.check_event():
            event = loader.get_event()
            count += 1
            if isinstance(event, yaml.AliasEvent):
                raise _RefusedYaml(
                    _line_of(event),
                    "YAML aliases (*name) are not allowed in content files; write the value out",
                )
            if count > MAX_NODES * 2:
                raise _RefusedYaml(_line_of(event), "the file has too many values for a content file")
    finally:
        loader.dispose()
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as exc:
        if "expected a single document" in str(exc):
            line = exc.problem_mark.line + 1 if exc.problem_mark else 1
            raise _RefusedYaml(line, "the file holds more than one YAML document (---); keep one") from None
        raise
    finally:
        loader.dispose()
    return node


def _to_python(
    node: yaml.Node, path: PathKey, doc: YamlDocument, errors: list[ContentError], depth: int
) -> Any:
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if depth > MAX_DEPTH:
        # The path of a runaway structure says nothing useful; the line does.
        errors.append(
            ContentError(
                doc.file, node.start_mark.line + 1, "(file)", f"nested more than {MAX_DEPTH} levels deep"
            )
        )
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                errors.append(
                    ContentError(
                        doc.file, key_node.start_mark.line + 1, field_name(path), "a key must be a plain name"
                    )
                )
                continue
            key = key_node.value
            if key == "<<":
                errors.append(
                    ContentError(
                        doc.file,
                        key_node.start_mark.line + 1,
                        field_name(path),
                        "merge keys (<<) are not allowed",
                    )
                )
                continue
            child = (*path, key)
            if key in out:
                errors.append(
                    ContentError(
                        doc.file, key_node.start_mark.line + 1, field_name(child), "this key appears twice"
                    )
                )
                continue
            doc.lines[child] = key_node.start_mark.line + 1
            out[key] = _to_python(value_node, child, doc, errors, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(v, (*path, i), doc, errors, depth + 1) for i, v in enumerate(node.value)]
    constructor = yaml.SafeLoader("")
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        errors.append(doc.error(path, f"cannot read this value: {exc.problem}"))
        return None
    finally:
        constructor.dispose()

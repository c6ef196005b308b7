"""Load a YAML content file into plain Python data while remembering where every value came from.

Content files (instruments, question banks) are edited by hand, so every problem must name the
file, the line and the field. PyYAML only reports lines for syntax errors; composing the node
graph ourselves keeps a line for every mapping key and value. Aliases are refused outright: they
are never needed in hand-written content and they are how a "billion laughs" file explodes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from desktop.core.messages import Message, localise, os_reason
from desktop.core.textrules import RAW_FORBIDDEN, describe_character, forbidden_in_value
from desktop.core.yaml_problems import yaml_problem
from desktop.core.yaml_values import TAG, ValueProblem, build_scalar, odd_collection

try:  # the C loader is several times faster where libyaml is available
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface, pure Python

#: Content files are small; a bigger file is a mistake (or an attack), not a question bank.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 40
MAX_CONTROL_LINES = 10

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

    def text(self, lang: str) -> str:
        """The line as ``__str__`` gives it, with the message in ``lang`` (``zh_CN`` or English)."""
        return f"{self.file}:{self.line}: {self.field}: {localise(self.message, lang)}"


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
    """Decode UTF-8 with or without BOM; name the line and the fix for GBK, UTF-16 or UTF-32 files."""
    wide = _wide_encoding(raw)
    if wide is not None:
        raise ContentLoadError(
            [ContentError(file, 1, "(file)", Message("yaml.wide_encoding", encoding=wide))]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        code = "yaml.not_utf8"
        try:
            raw.decode("gb18030")
            code = "yaml.looks_gbk"
        except UnicodeDecodeError:
            pass
        msg = Message(code)
        raise ContentLoadError([ContentError(file, line, "(file)", msg)]) from None


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide_encoding(raw: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" for a file saved so, with or without a byte order mark.

    Without a mark such a file is full of zero bytes, which UTF-8 text holds only as control
    characters (and GB 18030 would even "succeed" in reading it). UTF-32 has a zero in every fourth
    byte. UTF-16 of YAML (keys, indentation, line ends) turns into line ends and mostly ASCII when
    read the right way; a UTF-8 file with stray zero bytes, read as UTF-16, gives almost no ASCII.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    sample = raw[:4096]
    if b"\x00" not in sample:
        return None
    for encoding, zero_lane in (("utf-32-le", 3), ("utf-32-be", 0)):
        if len(sample) >= 8 and not any(sample[zero_lane::4]) and _decoded(sample, encoding, 4):
            return "UTF-32"
    try:
        raw.decode("utf-8")
        needed_ascii = 0.5  # valid UTF-8 already: only call it UTF-16 on strong evidence
    except UnicodeDecodeError:
        needed_ascii = 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _decoded(sample, encoding, 2)
        if text and "\n" in text and sum(ch.isascii() for ch in text) >= needed_ascii * len(text):
            return "UTF-16"
    return None


def _decoded(sample: bytes, encoding: str, unit: int) -> str | None:
    """``sample`` (cut to whole code units) decoded, or None when it does not decode or holds NUL."""
    try:
        text = sample[: len(sample) - len(sample) % unit].decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


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
                        Message(
                            "yaml.too_big", size=f"{size / 1e6:.1f}", most=MAX_FILE_BYTES // (1024 * 1024)
                        ),
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentLoadError(
            [ContentError(name, 1, "(file)", Message("yaml.unreadable", reason=os_reason(exc)))]
        ) from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes | str, name: str) -> YamlDocument:
    """Parse content text. Raises only :class:`ContentLoadError`, whatever the input."""
    text = decode_text(raw, name) if isinstance(raw, bytes) else raw
    # Characters YAML itself refuses (controls, lone surrogates) are set aside at their offsets and
    # stand-ins parsed instead (same length, so offsets hold): each is then reported in the field it sits in.
    controls = [match.start() for match in RAW_FORBIDDEN.finditer(text)]
    if controls:
        text_for_yaml = RAW_FORBIDDEN.sub("\ufffd", text)
    else:
        text_for_yaml = text
    if not text.strip():
        raise ContentLoadError([ContentError(name, 1, "(file)", Message("yaml.empty"))])
    doc = YamlDocument(name, None)
    builder = _Builder(doc, text, controls)
    try:
        root = _compose_checked(text_for_yaml)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = yaml_problem(exc.problem or exc.context or "invalid YAML")
        builder.errors.append(ContentError(name, line, "(syntax)", Message("yaml.syntax", problem=problem)))
        raise ContentLoadError(builder.unclaimed_controls() + builder.errors) from None
    except _RefusedYaml as exc:
        raise ContentLoadError([ContentError(name, exc.line, "(file)", exc.message)]) from None
    except yaml.YAMLError as exc:
        builder.errors.append(ContentError(name, 1, "(syntax)", Message("yaml.syntax", problem=str(exc))))
        raise ContentLoadError(builder.unclaimed_controls() + builder.errors) from None
    if root is None:
        raise ContentLoadError([ContentError(name, 1, "(file)", Message("yaml.empty"))])
    doc.data = builder.build(root, (), 0)
    errors = builder.errors + builder.unclaimed_controls()
    if errors:
        raise ContentLoadError(errors)
    return doc


class _RefusedYaml(Exception):
    def __init__(self, line: int, message: Message):
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
                raise _RefusedYaml(_line_of(event), Message("yaml.alias"))
            if count > MAX_NODES * 2:
                raise _RefusedYaml(_line_of(event), Message("yaml.too_many_values"))
    finally:
        loader.dispose()
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as exc:
        if "expected a single document" in str(exc):
            line = exc.problem_mark.line + 1 if exc.problem_mark else 1
            raise _RefusedYaml(line, Message("yaml.documents")) from None
        raise
    finally:
        loader.dispose()
    return node


class _Builder:
    """Builds plain data from the node graph, recording lines and collecting every problem."""

    def __init__(self, doc: YamlDocument, text: str, controls: list[int]):
        self.doc, self.text = doc, text
        self.controls = controls  # offsets of raw control characters, in order
        self.claimed: set[int] = set()
        self.errors: list[ContentError] = []

    def fail(self, line: int, path: PathKey, message: Message) -> None:
        self.errors.append(ContentError(self.doc.file, line, field_name(path), message))

    def build(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        line = node.start_mark.line + 1
        self.doc.lines.setdefault(path, line)
        if depth > MAX_DEPTH:
            # The path of a runaway structure says nothing useful; the line does.
            self.errors.append(
                ContentError(self.doc.file, line, "(file)", Message("yaml.too_deep", most=MAX_DEPTH))
            )
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        try:
            odd = odd_collection(node)
        except ValueProblem as exc:
            self.fail(line, path, exc.message)
            return None
        if odd is not None:
            return odd
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        return [self.build(v, (*path, i), depth + 1) for i, v in enumerate(node.value)]

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_line, path, Message("yaml.key_not_plain"))
                continue
            key = key_node.value
            if key == "<<" and key_node.tag == TAG + "merge":
                self.fail(key_line, path, Message("yaml.merge_key"))
                continue
            if self._bad_text(key_node, key, key_line, path, "yaml.control_in_key"):
                continue
            child = (*path, key)
            if key in out:
                self.fail(key_line, child, Message("yaml.key_twice"))
                continue
            self.doc.lines[child] = key_line
            out[key] = self.build(value_node, child, depth + 1)
        return out

    def _scalar(self, node: yaml.ScalarNode, path: PathKey) -> Any:
        line = node.start_mark.line + 1
        if self._bad_text(node, node.value, line, path, "yaml.control_in_text"):
            return None
        try:
            return build_scalar(node)
        except ValueProblem as exc:
            self.fail(line, path, exc.message)
            return None

    def _bad_text(self, node: yaml.ScalarNode, value: str, line: int, path: PathKey, code: str) -> bool:
        """Report a control character in this scalar, typed in the file or written as an escape."""
        start, end = node.start_mark.index, node.end_mark.index
        first = bisect.bisect_left(self.controls, start)
        typed = self.controls[first : bisect.bisect_left(self.controls, end, first)]
        self.claimed.update(typed)
        bad = self.text[typed[0]] if typed else forbidden_in_value(value)
        if bad is None:
            return False
        if typed:  # the line of the character itself, for a scalar over several lines
            line = self.text.count("\n", 0, typed[0]) + 1
        self.fail(line, path, Message(code, character=describe_character(bad)))
        return True

    def unclaimed_controls(self) -> list[ContentError]:
        """Control characters outside any value (a comment, indentation…): one error per line, at most 10."""
        lines: list[tuple[int, int]] = []  # (line, offset of its first control character)
        line, counted_to = 1, 0
        for i in self.controls:
            if i in self.claimed:
                continue
            line += self.text.count("\n", counted_to, i)
            counted_to = i
            if not lines or lines[-1][0] != line:
                lines.append((line, i))
        out = [
            ContentError(
                self.doc.file,
                line,
                "(file)",
                Message("yaml.control_in_file", character=describe_character(self.text[i])),
            )
            for line, i in lines[:MAX_CONTROL_LINES]
        ]
        if len(lines) > MAX_CONTROL_LINES:
            out.append(
                ContentError(
                    self.doc.file,
                    lines[MAX_CONTROL_LINES][0],
                    "(file)",
                    Message("yaml.control_more_lines", count=len(lines) - MAX_CONTROL_LINES),
                )
            )
        return out

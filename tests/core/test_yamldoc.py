"""The positioned YAML reader: lines for values, and refusals that name the line and the fix."""

from __future__ import annotations

import pytest

from desktop.core.yamldoc import ContentLoadError, load_yaml, parse_yaml


def errors_of(raw: bytes) -> list[str]:
    with pytest.raises(ContentLoadError) as caught:
        parse_yaml(raw, "f.yaml")
    return [str(e) for e in caught.value.errors]


def test_every_value_keeps_its_line():
    doc = parse_yaml(b"a: 1\nitems:\n  - id: x\n    text: hello\n", "f.yaml")
    assert doc.data == {"a": 1, "items": [{"id": "x", "text": "hello"}]}
    assert doc.line(("items", 0, "text")) == 4
    assert doc.line(("items", 0, "missing")) == 3  # falls back to the parent


def test_gbk_file_is_named_with_its_line_and_the_fix():
    raw = "a: 1\nb: 中文\n".encode("gbk")
    (message,) = errors_of(raw)
    assert message.startswith("f.yaml:2: (file): not valid UTF-8")
    assert "GBK" in message and "save the file as UTF-8" in message


def test_utf16_file_is_refused_with_the_fix():
    (message,) = errors_of("a: 1\n".encode("utf-16"))
    assert "UTF-16" in message and "UTF-8" in message


def test_bom_is_accepted():
    assert parse_yaml(b"\xef\xbb\xbfa: 1\n", "f.yaml").data == {"a": 1}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a: &x [1]\nb: *x\n", "f.yaml:2: (file): YAML aliases"),
        (b"a: 1\na: 2\n", "f.yaml:2: a: this key appears twice"),
        (b"a: [1\n", "f.yaml:2: (syntax): YAML syntax error"),
        (b"", "f.yaml:1: (file): the file is empty"),
        (b"a: 1\n---\nb: 2\n", "f.yaml:2: (file): the file holds more than one YAML document"),
        (b"a: 1\nb: \x07\n", "f.yaml:2: (file): control character U+0007"),
        (b"a: !!python/object:os.system 1\n", "f.yaml:1: a: cannot read this value"),
    ],
)
def test_refusals(raw, expected):
    assert any(message.startswith(expected) for message in errors_of(raw))


def test_alias_bomb_is_refused_before_expansion():
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [
        f"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]" for i in range(1, 12)
    ]
    messages = errors_of("\n".join(lines).encode())
    assert any("aliases" in m for m in messages)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# padding\n" * 400_000)
    with pytest.raises(ContentLoadError, match="content files must be under"):
        load_yaml(path)


def test_deep_nesting_is_refused():
    raw = ("a: " + "[" * 60 + "]" * 60 + "\n").encode()
    assert any("nested more than" in m for m in errors_of(raw))

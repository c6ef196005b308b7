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
        (b"a: 1\nb: \x07\n", "f.yaml:2: b: control character U+0007"),
        (b"a: 1\n# \x07\n", "f.yaml:2: (file): control character U+0007"),
        (
            b"a: !!python/object:os.system 1\n",
            "f.yaml:1: a: the YAML tag !!python/object:os.system is not allowed",
        ),
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


CJK_YAML = "description:\n  zh_CN: " + "本测评了解处理顾客不满时的常用做法，包括收集信息" * 40 + "\n"


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-16", "UTF-16"),
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-32", "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_named_with_or_without_a_byte_order_mark(encoding, name):
    for text in ("a: 1\nb: [x, y]\n", CJK_YAML):
        (message,) = errors_of(text.encode(encoding))
        assert message == f"f.yaml:1: (file): the file is {name}; save it as UTF-8 and load it again"


def test_utf8_with_a_stray_zero_byte_is_a_control_character_not_utf16():
    messages = errors_of("a: 中文\nb: x\x00y\n".encode())
    assert messages == ["f.yaml:2: b: control character U+0000 is not allowed in text"]


def test_control_characters_are_reported_in_their_field_typed_escaped_or_in_a_key():
    messages = errors_of(b'a: "x\\ty\\x1b"\nb: |\n  line\n  \x7f\n"k\\x01": 1\n')
    assert messages == [
        "f.yaml:1: a: control character U+001B is not allowed in text",
        "f.yaml:4: b: control character U+007F is not allowed in text",  # its own line in a block
        "f.yaml:5: (file): control character U+0001 is not allowed in a key",
    ]


def test_a_file_full_of_control_characters_gives_a_bounded_list():
    messages = errors_of(b"a: 1\n" + b"# \x01\n" * 500)
    assert len(messages) == 11
    assert messages[-1] == "f.yaml:12: (file): control characters on 490 more lines"

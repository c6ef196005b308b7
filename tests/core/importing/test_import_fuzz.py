"""Any text gives rows or problems from every reader, never an exception (no catch-all relied on)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.aiken import parse_aiken
from desktop.core.importing.build import build_rows
from desktop.core.importing.gift import parse_gift
from desktop.core.importing.pasted import parse_pasted
from desktop.core.importing.tables import find_header, find_kahoot_header, table_drafts
from desktop.core.importing.textfile import TextFileError, decode, split_csv

# The characters the formats give meaning to, among ordinary and Chinese text
SPECIAL = st.sampled_from(list("{}=~#%:\\\n\r\t,;|.、：（）()[]【】->ABCDEFT1234 ") + ["答案：", "解析：",
                          "ANSWER: ", "[单选题]", "$CATEGORY: ", "::", "####", "选项A", "题目", "答案", "题型"])  # fmt: skip
TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=5)), max_size=60).map("".join)


@given(TEXT)
def test_text_readers_never_raise(text):
    for parse in (parse_gift, parse_aiken, parse_pasted):
        build_rows(parse(text, "f.txt"), "f.txt", "line", "tag")


@given(TEXT)
def test_tables_never_raise(text):
    try:
        sheet, _delimiter, _cut = split_csv(text)
    except TextFileError:
        return
    find_kahoot_header(sheet)
    mapping = find_header(sheet)
    if mapping is not None:
        drafts, _empty = table_drafts(sheet, mapping, "f.csv")
        build_rows(drafts, "f.csv", "row", "tag")


@given(st.binary(max_size=200), st.sampled_from([None, "utf-8", "gbk", "utf-16", "latin-1", "nonsense"]))
def test_decoding_any_bytes_gives_text_or_a_message(raw, encoding):
    try:
        text, name = decode(raw, encoding)
    except TextFileError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and name

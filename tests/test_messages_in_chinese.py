"""Every message producer run in Chinese says it in Chinese: content errors (every broken file of the
corpus, YAML syntax), every catalog template, import problems of every format and the broken-import
corpus, PK rule refusals, and the command lines' own lines with ``--lang zh_CN``. A Latin word left is
allowed only when it is a name (file, field, YAML key or value, format, encoding, code): see
``tests/chinese_text.py``. The English command line stays English."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from chinese_text import english_left

from desktop.cli.check_content import check_content
from desktop.core.message_catalog import CATALOG

ROOT = Path(__file__).resolve().parents[1]
BROKEN = [
    *sorted((ROOT / "tests" / "core" / "broken_banks").iterdir()),
    *sorted((ROOT / "tests" / "core" / "broken_instruments").iterdir()),
]
#: the mistakes a hand-edited YAML file meets, each giving the parser's syntax problem
SYNTAX = {
    "unclosed_list.yaml": "bank:\n  id: x\n  title: [a, b\n",
    "unclosed_mapping.yaml": "bank: {id: x\n",
    "tab_indent.yaml": "bank:\n\tid: x\n",
    "over_indented.yaml": "bank:\n  id: x\n   title: y\n",
    "unclosed_quote.yaml": 'bank:\n  id: "x\n',
    "colon_in_value.yaml": "bank:\n  id: x:y: z\n",
    "list_under_key.yaml": "bank:\n  id: x\n - a\n",
    "bad_escape.yaml": 'a: "\\q"\n',
    "unknown_handle.yaml": "a: !x!y z\n",
}
_PREFIX = re.compile(r"^\S.*?:\d+: \S+: ")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _message_part(line: str, files: list[Path]) -> str:
    """The message of a ``file:line: field: message`` line (file names may hold spaces or Chinese)."""
    for file in sorted(files, key=lambda f: -len(str(f))):
        if line.startswith(str(file)):
            return _PREFIX.sub("", "x" + line[len(str(file)) :])
    return line


def _english_lines(output: str, files: list[Path]) -> list[str]:
    return [
        f"{line}  ← {english_left(_message_part(line, files))}"
        for line in output.splitlines()
        if english_left(_message_part(line, files))
    ]


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_every_template_in_the_catalog_is_chinese_apart_from_names(code):
    chinese = CATALOG[code][1]
    bare = string.Formatter().vformat(chinese, (), _Blank())
    assert english_left(bare) == [], f"{code}: {chinese}"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return " "


def _content_files(tmp_path: Path) -> list[Path]:
    files = list(BROKEN)
    for name, text in SYNTAX.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    (tmp_path / "empty_folder").mkdir()
    return [*files, tmp_path / "empty_folder", tmp_path / "no_such.yaml"]


def test_every_content_problem_of_the_corpus_is_said_in_chinese(tmp_path):
    files = _content_files(tmp_path)
    out = io.StringIO()
    assert check_content(files, out=out, lang="zh_CN") == 1
    printed = out.getvalue()
    english = _english_lines(printed, files)
    assert not english, "\n".join(english)
    assert len(printed.splitlines()) > len(files)  # every file said something, and the counts
    assert re.search(r"^\d+ 个题库，\d+ 道题，\d+ 个错误$", printed, re.M), printed[-300:]
    assert "YAML 语法错误：缺少“,”或“]”" in printed and "其中没有 .yaml 文件" in printed


def test_the_english_command_line_stays_english(tmp_path):
    files = _content_files(tmp_path)
    out = io.StringIO()
    assert check_content(files, out=out) == 1
    printed = out.getvalue()
    leaked = [line for line in printed.splitlines() if re.search(r"[“”；（）]|个|道题", line)]
    assert leaked == []
    assert re.search(r"^\d+ banks, \d+ questions, \d+ errors$", printed, re.M)
    assert "YAML syntax error: did not find expected ',' or ']'" in printed
    assert "holds no .yaml files" in printed


def test_every_yaml_parser_problem_given_in_chinese_is_chinese():
    from desktop.core.yaml_problems import _CHINESE

    english = {problem: chinese for problem, chinese in _CHINESE.items() if english_left(chinese)}
    assert english == {}

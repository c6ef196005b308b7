"""A YAML parser's syntax problem in the interface's language.

libyaml (the C loader) and PyYAML (the fallback) say what is wrong in a closed set of English
phrases; each the hand-edited content files can meet is given here with its Chinese. A phrase that is
not here (a new parser version) stays as the parser wrote it. Pure Python.
"""

from __future__ import annotations

import re

from desktop.core.messages import Phrase

# libyaml's wording first, then PyYAML's where it says the same thing differently.
_CHINESE: dict[str, str] = {
    "did not find expected ',' or ']'": "缺少“,”或“]”（方括号列表没有闭合？）",
    "did not find expected ',' or '}'": "缺少“,”或“}”（花括号映射没有闭合？）",
    "expected ',' or ']'": "缺少“,”或“]”（方括号列表没有闭合？）",
    "expected ',' or '}'": "缺少“,”或“}”（花括号映射没有闭合？）",
    "found character that cannot start any token": "这里的字符不能开始一个值（用 Tab 缩进了？请用空格）",
    "found character": "这里的字符不能开始一个值（用 Tab 缩进了？请用空格）",
    "found a tab character that violates indentation": "Tab 字符破坏了缩进；请用空格缩进",
    "found a tab character where an indentation space is expected": "此处应为缩进空格，实际是 Tab；请用空格缩进",
    "mapping values are not allowed in this context": "此处不能有“键: 值”（冒号后少了空格，或缩进不对？）",
    "mapping values are not allowed here": "此处不能有“键: 值”（冒号后少了空格，或缩进不对？）",
    "mapping keys are not allowed in this context": "此处不能有键",
    "mapping keys are not allowed here": "此处不能有键",
    "block sequence entries are not allowed in this context": "此处不能有“- ”列表项（缩进不对？）",
    "sequence entries are not allowed here": "此处不能有“- ”列表项（缩进不对？）",
    "could not find expected ':'": "缺少“:”（键后面要有冒号和空格）",
    "did not find expected key": "缺少键（缩进不对？）",
    "did not find expected '-' indicator": "缺少“- ”（列表项的缩进不对？）",
    "did not find expected node content": "缺少值",
    "expected the node content": "缺少值",
    "did not find expected comment or line break": "此处应为注释或换行",
    "expected a comment or a line break": "此处应为注释或换行",
    "did not find expected whitespace": "缺少空格",
    "did not find expected whitespace or line break": "缺少空格或换行",
    "did not find expected <document start>": "缺少文档开始标记（---）",
    "expected '<document start>'": "缺少文档开始标记（---）",
    "expected <block end>": "缩进不对：这一行的缩进与上面的块不一致",
    "found unexpected end of stream": "文件意外结束（引号或括号没有闭合？）",
    "found unexpected ':'": "这里的“:”出乎意料（值中的冒号请加引号）",
    "found unexpected document indicator": "这里的文档标记（--- 或 ...）出乎意料",
    "found unexpected document separator": "这里的文档标记（--- 或 ...）出乎意料",
    "found unknown escape character": "未知的转义字符（反斜杠后面的字符）",
    "found undefined tag handle": "未定义的标签前缀（!）",
    "found undefined alias": "未定义的别名（*）",
    "found duplicate key": "键重复",
    "found invalid Unicode character escape code": "无效的 Unicode 转义码",
    "did not find expected hexdecimal number": "缺少十六进制数字（\\x、\\u 转义）",
    "expected escape sequence of": "转义序列的十六进制数字不够",
    "did not find expected alphabetic or numeric character": "缺少字母或数字（锚点或别名名称）",
    "expected alphabetic or numeric character": "缺少字母或数字（锚点或别名名称）",
    "did not find expected tag URI": "缺少标签 URI",
    "did not find expected '!'": "缺少“!”",
    "found an indentation indicator equal to 0": "缩进指示符不能为 0",
    "expected indentation indicator in the range 1-9": "缩进指示符应为 1–9",
    "did not find expected digit or '.' character": "缺少数字或“.”",
    "control characters are not allowed": "不允许控制字符",
    "invalid indentation or unclosed '[' or '{'": "缩进不对，或“[”“{”没有闭合",
    "invalid YAML": "无法解析的 YAML",
}
# PyYAML appends what it found (", but found '<scalar>'"); the phrase is what comes before it.
_FOUND = re.compile(r",\s*but (?:found|got) .*$", re.S)


def yaml_problem(problem: str) -> str:
    """``problem`` as a :class:`Phrase` with its Chinese when it is a known one; else as it is."""
    key = _FOUND.sub("", problem.strip())
    if key.startswith("found character ") and key.endswith("that cannot start any token"):
        key = "found character"  # PyYAML names the character in the middle
    if key.startswith("expected escape sequence of"):
        key = "expected escape sequence of"
    chinese = _CHINESE.get(key)
    return Phrase(problem, chinese) if chinese is not None else problem

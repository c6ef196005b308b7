"""Messages as codes: every code has an English and a Chinese template naming the same values."""

from __future__ import annotations

import copy
import pickle
import re
import string
from pathlib import Path

import pytest

from desktop.core.message_catalog import CATALOG
from desktop.core.messages import Message, localise

ROOT = Path(__file__).resolve().parents[2]


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_both_templates_name_the_same_values_and_the_chinese_is_chinese(code):
    english, chinese = CATALOG[code]
    assert fields(english) == fields(chinese), code
    assert re.search(r"[\u4e00-\u9fff]", chinese), f"{code}: no Chinese in {chinese!r}"


def test_every_code_the_app_uses_is_in_the_catalog_and_every_catalog_code_is_used():
    used: set[str] = set()
    quoted: set[str] = set()
    prefixes: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        if path.name.startswith("message_catalog"):
            continue
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'Message\(\s*"([a-z0-9_.]+)"', text))
        quoted |= set(re.findall(r'"([a-z_]+\.[a-z0-9_.]+)"', text))
        prefixes |= set(re.findall(r'Message\(\s*f"([a-z_.]+)\{', text))
    assert used - set(CATALOG) == set()
    unused = {c for c in CATALOG if c not in quoted and not any(c.startswith(p) for p in prefixes)}
    assert unused == set()


def test_a_message_is_its_english_text_and_localises_its_values_too():
    message = Message("pk.award_negative", rule=Message("pk.rule.better"))
    assert message == "a 'better' award cannot be negative"
    assert f"{message}" == str(message) == "a 'better' award cannot be negative"
    assert message.localise("zh_CN") == "优答分不能为负数"
    assert localise(message, "en") == message and localise("plain", "zh_CN") == "plain"
    for again in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again.code == "pk.award_negative" and again.localise("zh_CN") == "优答分不能为负数"


def test_no_code_is_in_two_parts_of_the_catalog():
    """A code written twice would silently take the later template."""
    import ast

    from desktop.core import (
        message_catalog,
        message_catalog_app,
        message_catalog_commands,
        message_catalog_import,
        message_catalog_store,
    )

    tree = ast.parse(Path(message_catalog.__file__).read_text(encoding="utf-8"))
    own = [
        key.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant)
    ]
    parts = (
        message_catalog_app.APP_MESSAGES,
        message_catalog_commands.COMMAND_MESSAGES,
        message_catalog_import.IMPORT_MESSAGES,
        message_catalog_store.STORE_MESSAGES,
    )
    codes = own + [code for part in parts for code in part]
    assert len(codes) == len(set(codes)) == len(CATALOG)

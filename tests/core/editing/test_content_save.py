"""Saving an edited bank or form file off the UI thread: the text libyaml writes is the text the pure
Python writer wrote; the version on disk is read without loading the file, as the loader reads it;
a save is refused (nothing written) for problems, a file saved elsewhere meanwhile, or a folder that
cannot be written."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.content_save import SaveRequest, save_content_file
from desktop.core.banks import load_bank
from desktop.core.editing import bank_check
from desktop.core.editing.bank_check import dump_document, save_text
from desktop.core.editing.bank_draft import BankDraft
from desktop.core.editing.file_version import BANK_VERSION, INSTRUMENT_VERSION, version_on_disk
from desktop.core.instrument_files import load_instrument
from desktop.paths import instruments_dir, quizzes_dir


class _PythonDumper(yaml.SafeDumper):
    """The writer saves used before: PyYAML's pure Python emitter with the same text style."""


_PythonDumper.add_representer(str, bank_check._text_representer)


def _python_dump(document: object) -> str:
    return yaml.dump(document, Dumper=_PythonDumper, allow_unicode=True, sort_keys=False, width=100)


texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from(["\n", "\t", " ", "：", "#", "'", '"', "-", "中", "顾", "\u3000", "\u2028"]),
    max_size=60,
)
documents = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | texts,
    # Keys as content files have them (the loader refuses any other).
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "text", "zh_CN", "en", "options", "answer", "tags"]), inner, max_size=4
        )
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_the_fast_writer_writes_the_same_text_as_before(document):
    text = dump_document({"bank": document})
    assert text == _python_dump({"bank": document})
    assert yaml.safe_load(text) == {"bank": document}


def test_an_emoji_stays_an_emoji_in_the_file_a_trainer_reads():
    text = dump_document({"text": {"zh_CN": "顾客说😀\n第二行", "en": "C:\\Users 😀"}})
    assert "😀\n" in text and "Users 😀" in text and "\\U0" not in text


@pytest.mark.parametrize("path", sorted(quizzes_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_bank_is_written_as_before(path):
    bank, errors = load_bank(path)
    assert bank is not None and errors == []
    document = BankDraft.from_bank(bank).to_document()
    assert dump_document(document) == _python_dump(document)


def _draft(tmp_path: Path) -> BankDraft:
    bank, _errors = load_bank(next(quizzes_dir().glob("complaints*.yaml")))
    assert bank is not None
    return dataclasses.replace(BankDraft.from_bank(bank), file=str(tmp_path / "mine.yaml"), built_in=False)


def test_the_version_on_disk_is_the_one_the_loaders_read(tmp_path):
    for path in sorted(quizzes_dir().glob("*.yaml")):
        bank, _errors = load_bank(path)
        assert bank is not None and version_on_disk(path, BANK_VERSION) == bank.version
    for path in sorted(instruments_dir().glob("*.yaml")):
        instrument, _errors = load_instrument(path)
        assert instrument is not None and version_on_disk(path, INSTRUMENT_VERSION) == instrument.version
    odd = tmp_path / "odd.yaml"
    for text in ("bank: {version: '3'}", "bank: [1]", "[", "a: *x", "bank: {id: x}", ""):
        odd.write_text(text, encoding="utf-8")
        assert version_on_disk(odd, BANK_VERSION) is None, text
    # The questions first, a version among them, the bank's mapping last: still the bank's own.
    odd.write_text("questions: [{id: a, version: 9}]\n? [x]\n: 1\nbank: {title: {zh_CN: x}, version: 5}\n")
    assert version_on_disk(odd, BANK_VERSION) == 5
    odd.write_bytes("bank: {version: 4}".encode("utf-16"))
    assert version_on_disk(odd, BANK_VERSION) is None
    assert version_on_disk(tmp_path / "missing.yaml", BANK_VERSION) is None


def test_a_save_writes_the_checked_text_and_refuses_what_would_not_load(tmp_path):
    draft = _draft(tmp_path)
    path = Path(draft.file)
    outcome = save_content_file(SaveRequest(path, lambda: save_text(draft), 0, BANK_VERSION))
    assert outcome.written
    bank, errors = load_bank(path)
    assert errors == [] and bank is not None and bank.version == draft.version + 1
    before = path.read_bytes()
    broken = dataclasses.replace(draft, questions=())
    outcome = save_content_file(SaveRequest(path, lambda: save_text(broken), bank.version, BANK_VERSION))
    assert not outcome.written and outcome.errors and path.read_bytes() == before


def test_a_file_saved_elsewhere_meanwhile_is_never_overwritten(tmp_path):
    draft = _draft(tmp_path)
    path = Path(draft.file)
    save_content_file(SaveRequest(path, lambda: save_text(draft), 0, BANK_VERSION))
    opened = version_on_disk(path, BANK_VERSION)
    assert opened is not None
    # Someone else saved it (version raised) after this editor opened it.
    newer = dataclasses.replace(draft, version=opened)
    save_content_file(SaveRequest(path, lambda: save_text(newer), opened, BANK_VERSION))
    before = path.read_bytes()
    mine = dataclasses.replace(draft, version=opened, title=("我的", ""))
    outcome = save_content_file(SaveRequest(path, lambda: save_text(mine), opened, BANK_VERSION))
    assert not outcome.written and outcome.moved_on == opened + 1 and outcome.opened_version == opened
    assert path.read_bytes() == before


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root writes into a read-only folder (tests/ui/test_write_failures)"
)
def test_a_folder_that_cannot_be_written_is_said_in_the_systems_words(tmp_path):
    draft = _draft(tmp_path)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    path = folder / "mine.yaml"
    outcome = save_content_file(SaveRequest(path, lambda: save_text(draft), 0))
    assert not outcome.written and outcome.os_error and not path.exists()


def test_a_path_that_is_a_folder_is_refused_with_nothing_written(tmp_path):
    draft = _draft(tmp_path)
    path = tmp_path / "taken.yaml"
    path.mkdir()
    outcome = save_content_file(SaveRequest(path, lambda: save_text(draft), 0))
    assert not outcome.written and outcome.os_error and path.is_dir()

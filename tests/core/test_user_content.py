"""The trainer's own content: banks and instruments in the data folder load beside the built-in ones."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from desktop.cli.check_content import check_content
from desktop.core.banks import load_bank_folders
from desktop.core.content import load_instruments
from desktop.paths import instruments_dir, quizzes_dir, user_instruments_dir, user_quizzes_dir

OWN_BANK = """bank:
  id: my_bank
  version: 1
  title: {zh_CN: 我的题库}
questions:
  - id: q-1
    kind: truefalse
    text: {zh_CN: 微笑能安抚客户吗？}
    answer: true
    tags: [安抚]
    difficulty: 1
"""


def _user_folder(tmp_path: Path) -> Path:
    folder = user_quizzes_dir(tmp_path)
    folder.mkdir(parents=True)
    return folder


def test_a_trainers_bank_loads_beside_the_built_in_ones_which_are_marked_built_in(tmp_path):
    (_user_folder(tmp_path) / "mine.yaml").write_text(OWN_BANK, encoding="utf-8")
    banks, errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(tmp_path))
    assert errors == []
    by_id = {b.id: b for b in banks}
    assert not by_id["my_bank"].built_in
    assert by_id["complaints"].built_in
    assert len(banks) == len(list(quizzes_dir().glob("*.yaml"))) + 1


def test_a_bank_id_clash_names_both_files_and_a_broken_file_leaves_the_rest_loaded(tmp_path):
    folder = _user_folder(tmp_path)
    (folder / "clash.yaml").write_text(OWN_BANK.replace("my_bank", "complaints"), encoding="utf-8")
    (folder / "broken.yaml").write_text("bank: [\n", encoding="utf-8")
    (folder / "good.yaml").write_text(OWN_BANK, encoding="utf-8")
    banks, errors = load_bank_folders(quizzes_dir(), folder)
    shown = [str(e) for e in errors]
    assert any(
        s.startswith(f"{folder / 'clash.yaml'}:2: bank.id: bank id 'complaints' is already used by ")
        and "complaints.yaml (built-in)" in s
        for s in shown
    ), shown
    assert any(s.startswith(f"{folder / 'broken.yaml'}:") for s in shown), shown
    assert "my_bank" in {b.id for b in banks}
    assert (
        sum(b.id == "complaints" for b in banks) == 1
        and next(b for b in banks if b.id == "complaints").built_in
    )


def test_a_trainers_instrument_loads_and_an_id_clash_names_the_built_in_file(tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    text = (instruments_dir() / "eq.yaml").read_text(encoding="utf-8")
    (folder / "copy.yaml").write_text(text, encoding="utf-8")
    (folder / "own_eq.yaml").write_text(text.replace("id: eq\n", "id: own_eq\n", 1), encoding="utf-8")
    found, errors = load_instruments(instruments_dir(), folder)
    assert [str(e) for e in errors] == [
        f"{folder / 'copy.yaml'}:1: id: instrument id 'eq' is also used by eq.yaml (built-in)"
    ]
    assert found["eq"].built_in and not found["own_eq"].built_in


def test_check_content_takes_folders(tmp_path):
    out = io.StringIO()
    assert check_content([quizzes_dir(), instruments_dir()], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[-2] == f"{len(list(instruments_dir().glob('*.yaml')))} instruments"
    assert lines[-1].startswith(f"{len(list(quizzes_dir().glob('*.yaml')))} banks, ")
    out = io.StringIO()
    assert check_content([tmp_path / "nothing"], out) == 1
    assert f"{tmp_path / 'nothing'}:1: (file): no such file or folder" in out.getvalue()


def test_check_content_without_files_checks_the_trainers_content_too(tmp_path):
    folder = _user_folder(tmp_path)
    (folder / "mine.yaml").write_text(OWN_BANK, encoding="utf-8")
    shutil.copy(folder / "mine.yaml", folder / "again.yaml")
    out = io.StringIO()
    assert check_content([], out, data_dir=tmp_path) == 1
    text = out.getvalue()
    assert (
        f"{folder / 'mine.yaml'}:2: bank.id: bank id 'my_bank' is already used by {folder / 'again.yaml'}"
        in text
    )
    built_in = len(list(quizzes_dir().glob("*.yaml")))
    assert text.splitlines()[-1].startswith(f"{built_in + 1} banks, ")

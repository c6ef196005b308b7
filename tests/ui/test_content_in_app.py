"""Broken question banks in the app: listed with the same messages as check-content; the rest load."""

from __future__ import annotations

from pathlib import Path

from content_corpus import expectation

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_lists_broken_banks_with_the_same_messages_and_loads_the_rest(
    make_shell, tmp_path, monkeypatch
):
    import shutil

    from desktop.ui.shell import context

    folder = tmp_path / "quizzes"
    folder.mkdir()
    shutil.copy(ROOT / "quizzes" / "eq.yaml", folder)
    for name in ("gbk.yaml", "alias_bomb.yaml", "duplicate_id.yaml", "utf16.yaml"):
        shutil.copy(ROOT / "tests" / "core" / "broken_banks" / name, folder)
    monkeypatch.setattr(context, "quizzes_dir", lambda: folder)
    # In English, as check-content prints them by default (the Chinese interface says them in Chinese).
    shell = make_shell("en", data_dir=tmp_path / "data")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    assert page.questions.banks.count() == 1  # only the valid bank, whole
    shown = page.questions.bank_errors.text()
    for name in ("gbk.yaml", "alias_bomb.yaml", "duplicate_id.yaml", "utf16.yaml"):
        line, field, message = expectation(ROOT / "tests" / "core" / "broken_banks" / name)
        assert f"{name}:{line}: {field}: " in shown and message in shown, (name, shown)


def test_the_app_offers_the_trainers_own_bank_beside_the_built_in_ones(make_shell, tmp_path):
    from desktop.paths import quizzes_dir, user_quizzes_dir

    folder = user_quizzes_dir(tmp_path / "data")
    folder.mkdir(parents=True)
    text = (ROOT / "quizzes" / "eq.yaml").read_text(encoding="utf-8")
    (folder / "own.yaml").write_text(text.replace("id: eq\n", "id: own_eq\n", 1), encoding="utf-8")
    shell = make_shell(data_dir=tmp_path / "data")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    assert page.questions.banks.count() == len(list(quizzes_dir().glob("*.yaml"))) + 1
    assert page.questions.bank_errors.text() == ""
    labels = [page.questions.banks.item(i).text() for i in range(page.questions.banks.count())]
    own = [label for label in labels if "内置" not in label]
    assert len(own) == 1 and own[0].startswith("情商"), labels  # the trainer's bank, not marked
    assert any(label.endswith("题，内置）") for label in labels)  # the shipped ones are

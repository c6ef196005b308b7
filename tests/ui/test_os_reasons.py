"""Why the system refused a file (permission denied, no such folder, disk full) is said in the
interface's language, as every other message is."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core.banks import load_bank_folders
from desktop.paths import quizzes_dir
from desktop.ui.content.export_bank import export_bank_interactively
from desktop.ui.shell.i18n import Translations, os_reason_text


def test_the_reason_follows_the_installed_language(qapp):
    denied = PermissionError(errno.EACCES, "Permission denied")
    translations = Translations()
    try:
        translations.install("zh_CN")
        assert os_reason_text(denied) == "没有权限"
        assert os_reason_text(OSError(errno.ENOSPC, "No space left on device")) == "磁盘已满"
        assert os_reason_text(OSError(999, "Something rare")) == "Something rare"  # the system's own words
    finally:
        translations.install("en")
    assert os_reason_text(denied) == "Permission denied"


def test_a_bank_exported_into_a_missing_folder_says_why_in_chinese(qapp, tmp_path, monkeypatch):
    banks, _errors = load_bank_folders(quizzes_dir(), None)
    bank = next(b for b in banks if b.id == "complaints")
    target = tmp_path / "没有这个文件夹" / "c.xlsx"
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda parent, title, label, items, *a: (items[0], True))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    translations = Translations()
    try:
        translations.install("zh_CN")
        report = export_bank_interactively(None, bank, "投诉", "zh_CN")
    finally:
        translations.install("en")
    assert shown == [report] and report.endswith("：没有这个文件或文件夹"), report

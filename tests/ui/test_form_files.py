"""An assessment form's file to another computer and back, from the content screen: Export writes the
form's YAML as it is; Import adds a new form, or replaces the trainer's own of the same id with a newer
version after asking (forms already answered keep theirs), and says in Chinese why a file is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core.comparison import RaterRole
from desktop.core.instrument_files import load_instrument
from desktop.paths import instruments_dir, user_instruments_dir


def _forms(shell, qtbot):
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    shell.window.show_content()
    page = shell.window.content
    page.tabs.setCurrentWidget(page.form_list)
    return page.form_list


def _listed(forms) -> dict[str, str]:
    table = forms.table
    return {
        table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 2).text()
        for r in range(table.rowCount())
    }


def test_a_form_is_exported_imported_and_replaced_by_a_newer_version(
    make_shell, qtbot, tmp_path, monkeypatch
):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    forms = _forms(shell, qtbot)
    informed, refused, asked = [], [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    monkeypatch.setattr("desktop.ui.content.form_files.show_error", lambda _p, _t, text: refused.append(text))
    monkeypatch.setattr(
        "desktop.ui.content.form_files.ask_yes_no", lambda _p, _t, text: asked.append(text) or True
    )
    exported = tmp_path / "soothing.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    forms.refresh("soothing")
    forms.export_button.click()
    assert exported.read_bytes() == (instruments_dir() / "soothing.yaml").read_bytes()
    assert str(exported) in informed[0]

    # Back in as it is: a built-in form is never replaced, said in Chinese with the line.
    picked = [str(exported)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked[0], ""))
    forms.import_button.click()
    assert "soothing.yaml:1: id: 内置测评表已使用编号“soothing”" in refused[0]
    # With its own id it is a new form of the trainer's.
    mine = tmp_path / "mine.yaml"
    mine.write_bytes(exported.read_bytes().replace(b"id: soothing", b"id: my_soothing", 1))
    picked[0] = str(mine)
    forms.import_button.click()
    own = user_instruments_dir(tmp_path / "data") / "my_soothing.yaml"
    assert own.read_bytes() == mine.read_bytes() and _listed(forms)["my_soothing"] == "1"
    assert forms.selected_id() == "my_soothing"

    # A form answered with version 1, then the same file imported again (a colleague's newer edit of it).
    context = shell.context
    person = context.store.add_person("王芳", None)
    answered = context.store.start_assessment(
        person.id, context.instruments["my_soothing"], RaterRole.SELF, None
    )
    mine.write_bytes(mine.read_bytes().replace("有时".encode(), "偶尔".encode(), 1))
    forms.import_button.click()
    assert "my_soothing" in asked[0] and "1" in asked[0] and "2" in asked[0]
    instrument, errors = load_instrument(own)
    assert errors == [] and instrument is not None and instrument.version == 2
    assert _listed(forms)["my_soothing"] == "2"
    old = context.instrument_for("my_soothing", answered.instrument_version)
    assert old is not None and old.version == 1 and "有时" in [label.zh_CN for label in old.scale.labels]

    # A file that does not load: every problem named with its line, nothing written.
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: other\nversion: 1\nscale: [\n", encoding="utf-8")
    picked[0] = str(broken)
    forms.import_button.click()
    assert "broken.yaml:" in refused[-1] and "other" not in _listed(forms)

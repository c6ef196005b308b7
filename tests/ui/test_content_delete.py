"""Deleting the trainer's own bank or form from the content screen: asked first (No by default), the
file set aside in the data folder's deleted/ (moved back, it is listed again), built-ins never; a PK
session already played still resumes and exports the questions it copied; a form that has answered
forms stays, so their results keep showing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.comparison import RaterRole
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, setup_to_json
from desktop.paths import user_deleted_dir, user_instruments_dir, user_quizzes_dir
from desktop.ui.pk.export import csv_bytes
from tests.ui.test_instrument_versions import VERSION_1
from tests.ui.test_pk_question_copies import OWN_BANK


def _content(shell, qtbot):
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    shell.window.show_content()
    return shell.window.content


def _answers(monkeypatch, answer: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.content.content_file.ask_yes_no", lambda _p, _t, text: asked.append(text) or answer
    )
    return asked


def _refusals(monkeypatch, module: str) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(f"desktop.ui.content.{module}.show_error", lambda _p, _t, text: shown.append(text))
    return shown


def _listed(table) -> list[str]:
    return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]


def test_a_deleted_bank_is_set_aside_and_its_played_session_still_resumes(
    make_shell, qtbot, tmp_path, monkeypatch
):
    folder = user_quizzes_dir(tmp_path)
    folder.mkdir(parents=True)
    bank_file = folder / "mine.yaml"
    bank_file.write_text(OWN_BANK.format(text="客户生气时先做什么？", answer="A", why="先处理心情"), "utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    window = shell.window
    window.pk.sound.enabled = False
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2))
    opened = window.pk.start_new(
        "期末 PK", SessionSetup(groups, ("my_bank/q-1", "my_bank/q-2"), ScoringRules())
    )
    session_id = opened.controller.session_id
    opened.controller.run(opened.controller.session.next_question)
    opened.console.close()

    bank_list = _content(shell, qtbot).bank_list
    bank_list.refresh("complaints")
    assert not bank_list.delete_button.isEnabled() and bank_list.delete_button.toolTip()  # built-in
    bank_list.refresh("my_bank")
    assert bank_list.delete_button.isEnabled()
    asked = _answers(monkeypatch, False)
    qtbot.keyClick(bank_list.table, Qt.Key.Key_Delete)
    assert (
        "我的题库 (my_bank)" in asked[0]
        and "2 道题" in asked[0]
        and str(user_deleted_dir(tmp_path)) in asked[0]
    )
    assert bank_file.exists() and "my_bank" in _listed(bank_list.table)  # No: nothing changed
    _answers(monkeypatch, True)
    bank_list.delete_button.click()
    assert not bank_file.exists() and (user_deleted_dir(tmp_path) / "mine.yaml").exists()
    assert "my_bank" not in _listed(bank_list.table)
    assert all(b.id != "my_bank" for b in shell.context.banks()[0])

    resumed = window.pk.open(session_id)
    qtbot.addWidget(resumed.console)
    qtbot.addWidget(resumed.stage)
    assert resumed.stage.question.text() == "客户生气时先做什么？"
    resumed.controller.run(resumed.controller.session.next_question)
    assert resumed.stage.question.text() == "微笑能安抚客户吗？"
    assert "客户生气时先做什么？" in csv_bytes(resumed.controller, "zh_CN").decode("utf-8-sig")

    # A second bank of the same file name deleted later is set aside beside the first, never over it.
    bank_file.write_text(OWN_BANK.format(text="又一题", answer="A", why="因为"), "utf-8")
    bank_list.refresh("my_bank")
    bank_list.delete_selected()
    assert len(list(user_deleted_dir(tmp_path).glob("mine*.yaml"))) == 2


def test_a_bank_a_session_from_before_copies_plays_from_stays(make_shell, qtbot, tmp_path, monkeypatch):
    folder = user_quizzes_dir(tmp_path)
    folder.mkdir(parents=True)
    bank_file = folder / "mine.yaml"
    bank_file.write_text(OWN_BANK.format(text="客户生气时先做什么？", answer="A", why="先处理心情"), "utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2))
    # Stored as sessions were before they copied their questions: only the references.
    shell.context.store.create_pk_session(
        "旧的 PK", setup_to_json(SessionSetup(groups, ("my_bank/q-1",), ScoringRules()))
    )
    bank_list = _content(shell, qtbot).bank_list
    bank_list.refresh("my_bank")
    asked, refused = _answers(monkeypatch, True), _refusals(monkeypatch, "bank_delete")
    bank_list.delete_selected()
    assert asked == [] and "1 场" in refused[0] and bank_file.exists()


def test_a_form_is_deleted_only_while_no_form_was_answered_with_it(make_shell, qtbot, tmp_path, monkeypatch):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    used, unused = folder / "phone_manner.yaml", folder / "spare.yaml"
    used.write_text(VERSION_1, encoding="utf-8")
    unused.write_text(VERSION_1.replace("id: phone_manner", "id: spare"), encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context = shell.context
    person = context.store.add_person("王芳", None)
    context.store.start_assessment(person.id, context.instruments["phone_manner"], RaterRole.SELF, None)
    page = _content(shell, qtbot)
    page.tabs.setCurrentWidget(page.form_list)
    forms = page.form_list
    forms.refresh("soothing")
    assert not forms.delete_button.isEnabled()  # built-in
    asked, refused = _answers(monkeypatch, True), _refusals(monkeypatch, "form_list")
    forms.refresh("phone_manner")
    forms.delete_button.click()
    assert asked == [] and "1 份" in refused[0] and used.exists()
    forms.refresh("spare")
    qtbot.keyClick(forms.table, Qt.Key.Key_Delete)
    assert (
        "spare" in asked[0] and not unused.exists() and (user_deleted_dir(tmp_path) / "spare.yaml").exists()
    )
    assert "spare" not in _listed(forms.table) and "spare" not in context.instruments


PICTURED_BANK = """bank:
  id: {bank_id}
  version: 1
  title: {{zh_CN: {title}}}
questions:
{questions}"""
PICTURED_QUESTION = """  - id: {id}
    kind: truefalse
    text: {{zh_CN: {text}}}
    answer: true
    tags: [看图]
    difficulty: 1
    image: {image}
"""


def _pictured_bank(bank_id: str, title: str, images: dict[str, str]) -> str:
    questions = "".join(
        PICTURED_QUESTION.format(id=qid, text=f"看图回答：{qid}", image=image)
        for qid, image in images.items()
    )
    return PICTURED_BANK.format(bank_id=bank_id, title=title, questions=questions)


def test_a_deleted_bank_takes_along_only_the_pictures_nothing_else_shows(
    make_shell, qtbot, tmp_path, monkeypatch
):
    from tests.core.importing.test_import_images import png_bytes

    folder = user_quizzes_dir(tmp_path)
    (folder / "images").mkdir(parents=True)
    for name, colour in (("only_mine", "red"), ("shared", "green"), ("played", "blue"), ("broken", "white")):
        (folder / "images" / f"{name}.png").write_bytes(png_bytes(colour))
    (folder / "mine.yaml").write_text(
        _pictured_bank(
            "my_bank",
            "我的题库",
            {"q-1": "images/only_mine.png", "q-2": "images/played.png", "q-3": "images/shared.png",
             "q-4": "images/broken.png"},
        ),
        "utf-8",
    )  # fmt: skip
    (folder / "other.yaml").write_text(
        _pictured_bank("other", "另一题库", {"o-1": "images/shared.png"}), "utf-8"
    )
    # A bank file that does not load today (mended later, it shows the picture again).
    (folder / "half_written.yaml").write_text(
        "bank: {id: draft\nquestions:\n  - image: images/broken.png\n", "utf-8"
    )
    shell = make_shell("zh_CN", data_dir=tmp_path)
    window = shell.window
    window.pk.sound.enabled = False
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2))
    opened = window.pk.start_new("看图 PK", SessionSetup(groups, ("my_bank/q-2",), ScoringRules()))
    session_id = opened.controller.session_id
    opened.console.close()

    bank_list = _content(shell, qtbot).bank_list
    bank_list.refresh("my_bank")
    asked = _answers(monkeypatch, True)
    bank_list.delete_selected()
    shell.context.operations.wait()
    assert "1 张图片" in asked[0]
    deleted = user_deleted_dir(tmp_path)
    assert (deleted / "mine.yaml").exists() and (deleted / "images" / "only_mine.png").exists()
    assert not (folder / "images" / "only_mine.png").exists()
    # Shown by another bank, by a past session's copied question, named by a file that does not load: kept.
    assert all((folder / "images" / f"{name}.png").exists() for name in ("shared", "played", "broken"))
    resumed = window.pk.open(session_id)
    qtbot.addWidget(resumed.console)
    qtbot.addWidget(resumed.stage)
    resumed.controller.run(resumed.controller.session.next_question)
    assert resumed.stage.question.text() == "看图回答：q-2"
    # Moved back together, the bank finds its pictures again.
    (deleted / "mine.yaml").rename(folder / "mine.yaml")
    (deleted / "images" / "only_mine.png").rename(folder / "images" / "only_mine.png")
    shell.context.reload_banks()
    banks, errors = shell.context.banks()
    assert "my_bank" in [b.id for b in banks] and not [e for e in errors if "mine.yaml" in str(e)]


def test_a_picture_that_cannot_be_moved_is_named_and_stays(make_shell, qtbot, tmp_path, monkeypatch):
    import errno

    from desktop.ui.content import bank_delete
    from tests.core.importing.test_import_images import png_bytes

    folder = user_quizzes_dir(tmp_path)
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "only_mine.png").write_bytes(png_bytes("red"))
    (folder / "mine.yaml").write_text(
        _pictured_bank("my_bank", "我的题库", {"q-1": "images/only_mine.png"}), "utf-8"
    )
    shell = make_shell("zh_CN", data_dir=tmp_path)
    bank_list = _content(shell, qtbot).bank_list
    bank_list.refresh("my_bank")
    _answers(monkeypatch, True)
    refused = _refusals(monkeypatch, "bank_delete")
    moved = bank_delete.set_aside

    def busy_picture(path, target, now):
        if path.suffix == ".png":
            raise OSError(errno.EBUSY, "Device or resource busy")
        return moved(path, target, now)

    monkeypatch.setattr(bank_delete, "set_aside", busy_picture)
    bank_list.delete_selected()
    shell.context.operations.wait()
    assert (user_deleted_dir(tmp_path) / "mine.yaml").exists() and "my_bank" not in _listed(bank_list.table)
    assert (folder / "images" / "only_mine.png").exists()
    (said,) = refused
    assert said.startswith("题库已删除，但下列图片无法移走") and "only_mine.png: 文件正被占用" in said

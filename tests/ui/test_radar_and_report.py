"""Radar screens and the trainee report, driven against a real database."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.core.comparison import RaterRole
from desktop.ui.scorecard.report_saving import save_report

from .test_scorecard_flow import start_form


def fill_by_quick_entry(qtbot, window, name, role, digits, rater=""):
    window.show_start(role)
    window.start.instrument.setCurrentIndex(window.start.instrument.findData(current_instrument["id"]))
    start_form(qtbot, window, name, role, rater=rater, quick=True)
    qtbot.keyClicks(window.quick.digits, digits)
    qtbot.keyClick(window.quick.digits, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.handover


current_instrument = {"id": "eq"}


def test_both_questionnaires_rated_show_on_the_radar_with_overlays(make_shell, qtbot, tmp_path, monkeypatch):
    shell = make_shell()
    window, store, instruments = shell.window, shell.context.store, shell.context.instruments
    for instrument_id, self_digit, boss_digit in (("eq", "4", "3"), ("communication", "5", "2")):
        current_instrument["id"] = instrument_id
        n = len(instruments[instrument_id].items)
        fill_by_quick_entry(qtbot, window, "赵敏", RaterRole.SELF, self_digit * n)
        fill_by_quick_entry(qtbot, window, "赵敏", RaterRole.SUPERVISOR, boss_digit * n, rater="孙经理")
    person = store.people()[0]
    assert {a.instrument_id for a in store.assessments(person.id)} == {"eq", "communication"}

    window.show_home()
    qtbot.keyClick(window.home, "5")
    radar = window.radar
    assert window.stack.currentWidget() is radar
    radar.instrument.setCurrentIndex(radar.instrument.findData("eq"))
    figure = radar.figure
    axes = figure.axes[0]
    # One axis per EQ ability, Chinese labels, the scale fixed to 1–5.
    labels = [t.get_text().replace("\n", "") for t in axes.get_xticklabels()]
    assert labels == [d.name.zh_CN for d in instruments["eq"].dimensions]
    assert axes.get_ylim() == (1, 5)
    # Self answered 4 everywhere (reverse items score 2); the table shows the same numbers.
    eq = instruments["eq"]
    table = radar.table.table_model
    assert table.headers == ["维度", "自评", "主管", "他评（全部）"]
    reversed_per_dim = {d.id: sum(i.reverse for i in eq.items_of(d.id)) for d in eq.dimensions}
    for row, dimension in zip(table.rows, eq.dimensions, strict=True):
        n = len(eq.items_of(dimension.id))
        expected_self = (4 * (n - reversed_per_dim[dimension.id]) + 2 * reversed_per_dim[dimension.id]) / n
        assert float(row[1]) == round(expected_self, 2)
    lines = {line.get_gid(): line for line in axes.get_lines() if line.get_gid()}
    assert {"self", "supervisor", "others"} <= set(lines)
    assert list(lines["self"].get_ydata())[:-1] == [
        (4 * (len(eq.items_of(d.id)) - reversed_per_dim[d.id]) + 2 * reversed_per_dim[d.id])
        / len(eq.items_of(d.id))
        for d in eq.dimensions
    ]
    # Trainee vs class overlay.
    radar.overlay.setCurrentIndex(2)
    assert [s.key for s in radar.current_data()[0].series] == ["trainee", "class_mean"]
    # Before vs after needs two rounds: say so instead of drawing.
    radar.overlay.setCurrentIndex(1)
    assert radar.figure is None and "两轮" in radar.note.text()
    # Save the chart in the three formats.
    radar.overlay.setCurrentIndex(0)
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        path = tmp_path / f"radar{suffix}"
        radar.save_to(path)
        assert path.read_bytes().startswith(magic)
    # The report button asks where to save the trainee's report, named after them; Class view… opens it.
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **_k: (asked.append(a[2]), ("", ""))[1])
    radar.report_button.click()
    assert [Path(default).name for default in asked] == ["赵敏.pdf"]
    radar.class_button.click()
    assert window.stack.currentWidget() is window.class_view

    # The class view shows the class-mean radar, the spread and the band table.
    window.show_class()
    view = window.class_view
    assert view.spread.table_model.rows[0][-1] == "1"
    assert view.band_table.isHidden()  # the bands shown are the chosen form's: EQ has none
    view.instrument.setCurrentIndex(view.instrument.findData("soothing"))
    assert len(view.band_table.table_model.rows) == 5


def test_trainee_report_pdf_has_the_expected_pages(tmp_path):
    import subprocess
    import sys

    from desktop.store.store import Store

    data = tmp_path / "data"
    assert (
        subprocess.run(
            [sys.executable, "-m", "desktop", "demo", "--data-dir", str(data)], capture_output=True
        ).returncode
        == 0
    )
    out = tmp_path / "王晓燕.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "report",
            "--person",
            "王晓燕",
            "--out",
            str(out),
            "--data-dir",
            str(data),
            "--lang",
            "zh_CN",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    # The scorecard's summary and trend, EQ's and communication's radars (self and others, before and
    # after), the role-play observation sheet's summary and radars (its observers' 培训前 and 培训后 rounds
    # are two named rounds, so it has a before-and-after page too).
    assert "（9 页）" in result.stdout  # the command's own line in Chinese, as --lang zh_CN asks
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 9
    assert b"/FontFile2" in pdf  # the CJK font is embedded, so Chinese prints anywhere
    # A name two trainees share is refused with the ids to choose from.
    store = Store(data)
    cohort = store.cohorts()[0]
    store.add_person("王晓燕", None)
    store.close()
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "report",
            "--person",
            "王晓燕",
            "--out",
            str(out),
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 1
    assert "2 trainees are called '王晓燕'; give the id instead" in again.stderr
    assert cohort.name in again.stderr


def test_the_report_of_a_trainee_whose_record_went_meanwhile_asks_for_no_file(make_shell, monkeypatch):
    shell = make_shell()
    store = shell.context.store
    person = store.add_person("周丽")
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **_k: (asked.append(a), ("", ""))[1])
    # Merged into another record (on the shared server, by a colleague) after the radar listed it.
    monkeypatch.setattr(type(store), "person", lambda _store, _person_id: None)
    save_report(shell.window, shell.context, person.id)
    assert asked == []

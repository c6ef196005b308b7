"""The test probe (TRAINING_ASSESSMENT_PROBE) writes what each visible window shows, and only then."""

from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.operations import Operations
from desktop.ui.shell.probe import ENV_VAR, install_from_environment, snapshot


def _window(qtbot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Probe test")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("参考答案：B"))
    hidden = QLabel("never seen")
    hidden.hide()
    layout.addWidget(hidden)
    button = QPushButton("开始")
    button.setEnabled(False)
    layout.addWidget(button)
    table = QTableWidget(1, 2)
    table.setItem(0, 0, QTableWidgetItem("第1组"))
    table.setItem(0, 1, QTableWidgetItem("3"))
    layout.addWidget(table)
    rows = QListWidget()
    rows.addItem("#1 出示第 1 题")
    layout.addWidget(rows)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_snapshot_lists_visible_texts_with_their_place_on_screen(qapp, qtbot) -> None:
    window = _window(qtbot)
    shown = next(w for w in snapshot(qapp)["windows"] if w["title"] == "Probe test")
    assert shown["winid"] == int(window.winId()) and shown["class"] == "QWidget"
    texts = {(t["kind"], t["text"]) for t in shown["texts"]}
    assert {("label", "参考答案：B"), ("button", "开始"), ("cell", "第1组"), ("cell", "3")} <= texts
    assert ("cell", "#1 出示第 1 题") in texts
    assert not any(t["text"] == "never seen" for t in shown["texts"])
    button = next(t for t in shown["texts"] if t["text"] == "开始")
    assert button["enabled"] is False
    x, y, w, h = button["rect"]
    origin = window.mapToGlobal(window.findChild(QPushButton).pos())
    assert (x, y) == (origin.x(), origin.y()) and w > 0 and h > 0
    score = next(t for t in shown["texts"] if t["text"] == "3")
    assert (score["row"], score["column"]) == (0, 1)


def test_the_probe_is_off_without_its_variable_and_writes_each_change_once(
    qapp, qtbot, tmp_path, monkeypatch
):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert install_from_environment(qapp) is None
    target = tmp_path / "probe.json"
    monkeypatch.setenv(ENV_VAR, str(target))
    probe = install_from_environment(qapp)
    assert probe is not None
    try:
        window = _window(qtbot)
        qtbot.waitUntil(target.exists)
        assert any(
            w["title"] == "Probe test" for w in json.loads(target.read_text(encoding="utf-8"))["windows"]
        )
        probe.write()  # whatever changed since the timer's last write
        written = target.stat().st_mtime_ns
        probe.write()  # nothing changed since: the file is left alone
        assert target.stat().st_mtime_ns == written
        window.findChild(QLabel).setText("参考答案：C")
        probe.write()
        assert "参考答案：C" in target.read_text(encoding="utf-8")
    finally:
        probe.timer.stop()
        probe.deleteLater()


def test_the_probe_counts_the_work_the_busy_line_is_shown_for(qapp, qtbot, tmp_path) -> None:
    """Real-window tests click once none is running: the busy line floats over the screen's bottom
    buttons meanwhile. Quiet work (the charts loading ahead) shows no line and is not counted."""
    operations = Operations()
    assert snapshot(qapp, operations)["operations"] == 0
    gate = threading.Event()
    operations.run(lambda _p: gate.wait(10), quiet=True)
    operations.run(lambda _p: gate.wait(10))
    assert snapshot(qapp, operations)["operations"] == 1
    gate.set()
    assert operations.wait(10)
    assert snapshot(qapp, operations)["operations"] == 0
    operations.shutdown()


def test_the_probe_writes_where_a_button_is_once_a_line_under_it_went_away(
    qapp, qtbot, tmp_path, monkeypatch
) -> None:
    """A widget under a button going away moves the button down only when Qt handles the layout
    request it posted; a probe written before that gave the old place, and a click aimed there
    landed beside the button (the busy line did this while it took a line of the layout)."""
    window = QWidget()
    window.setWindowTitle("Probe layout")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("题库"), 1)
    button = QPushButton("开始 PK 赛")
    layout.addWidget(button)
    busy = QLabel("正在加载图表…")
    layout.addWidget(busy)
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "probe.json"
    monkeypatch.setenv(ENV_VAR, str(target))
    probe = install_from_environment(qapp)
    assert probe is not None
    try:
        busy.hide()  # the button moves down once the layout request is handled
        probe.write()
        shown = next(
            w
            for w in json.loads(target.read_text(encoding="utf-8"))["windows"]
            if w["title"] == "Probe layout"
        )
        written = next(t["rect"] for t in shown["texts"] if t["text"] == "开始 PK 赛")
        qapp.processEvents()
        origin = button.mapToGlobal(button.rect().topLeft())
        assert written[:2] == [origin.x(), origin.y()], (
            "the probe wrote where the button was, not where it is"
        )
    finally:
        probe.timer.stop()
        probe.deleteLater()

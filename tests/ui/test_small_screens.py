"""Every screen of the main window fits a 1024×768 projector and a 1280×720 laptop at 150 % scaling.

At 150 % a 1280×720 screen is 853×480 logical pixels; a taskbar, a title bar and borders take
some of that (``DECORATIONS``). On each screen, with the demo class loaded: the window can be that
small, and then every control is inside the window, either directly (bottom buttons, choices) or
inside a scroll area that is itself inside the window and never needs a sideways scroll.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from desktop.core.comparison import RaterRole

# What a window may ask for: 1024×768 and 1280×720 at 150 % (853×480), less a taskbar (40), a title
# bar (32) and borders (8 a side).
SMALL_SCREENS = (QSize(1024, 768), QSize(853, 480))
DECORATIONS = QSize(16, 80)
SIZES = [screen - DECORATIONS for screen in SMALL_SCREENS]
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory, instruments):
    from desktop.demo import fill_demo
    from desktop.store.store import Store

    folder = tmp_path_factory.mktemp("demo")
    store = Store(folder)
    fill_demo(store, instruments)
    store.close()
    return folder / "training-assessment.db"


def enclosing_scroll_area(widget: QWidget, page: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def problems_at(window, size) -> list[str]:
    """What a user at ``size`` could not reach on the current screen."""
    found = []
    minimum = window.minimumSizeHint()
    if minimum.width() > size.width() or minimum.height() > size.height():
        found.append(f"needs at least {minimum.width()}×{minimum.height()}")
    window.resize(size)
    QApplication.processEvents()
    QApplication.processEvents()  # reflowed grids and stacked boxes settle on the second pass
    frame = window.rect()
    page = window.stack.currentWidget()
    for control in page.findChildren(QWidget):
        if not isinstance(control, (*CONTROLS, QScrollArea)) or not control.isVisibleTo(window):
            continue
        area = enclosing_scroll_area(control, page)
        if area is not None and not isinstance(control, QScrollArea):
            continue  # reachable by scrolling; the area itself is checked
        if not frame.contains(rect_in(control, window)):
            found.append(f"{type(control).__name__} {control.objectName() or _text(control)!r} off screen")
        if isinstance(control, QScrollArea) and control.horizontalScrollBar().maximum() > 0:
            found.append(f"a scroll area scrolls sideways by {control.horizontalScrollBar().maximum()} px")
    return found


def _text(control: QWidget) -> str:
    for attribute in ("text", "currentText", "accessibleName"):
        value = getattr(control, attribute, None)
        if callable(value) and value():
            return value()[:30]
    return ""


def screens(window, store, context):
    """Show each screen of the main window in turn; yields its name once it is on show."""
    people = {p.name: p for p in store.people()}
    soothing = context.instruments["soothing"]
    window.show_home()
    yield "home"
    window.show_start(RaterRole.SELF)
    yield "start (self)"
    window.show_start(RaterRole.COLLEAGUE, people["刘洋"].id, "soothing")
    yield "start (next rater)"
    record = store.start_assessment(people["刘洋"].id, soothing, RaterRole.COLLEAGUE, "同事甲")
    window.begin(record, "one")
    yield "take (the rater's instructions)"
    window.take.begin()
    yield "take"
    for _item in soothing.items:
        window.take.answer(4)
    yield "take (review)"
    window.take.submit()
    yield "hand-over"
    record = store.start_assessment(people["刘洋"].id, soothing, RaterRole.SUPERVISOR, "孙经理")
    window.begin(record, "quick")
    window.quick.digits.setText("43534 34453 23458 12345 9")
    yield "quick entry (with an error)"
    window.show_home()
    yield "home (unfinished forms)"
    window.show_result(people["黄志强"].id, "soothing")
    yield "result"
    window.show_result(people["赵敏"].id, "eq")
    yield "result (EQ)"
    window.show_history(people["王晓燕"].id)
    yield "history"
    window.show_radar(people["王晓燕"].id)
    yield "radar"
    window.radar.overlay.setCurrentIndex(1)
    yield "radar (before vs after)"
    window.show_class()
    yield "class view"
    window.show_content()
    yield "question banks"
    window.content.bank_list.duplicate_selected()
    yield "bank editor"
    window.content.editor.add("open")
    yield "bank editor (a new open question)"
    window.content.show_list()
    window.content.tabs.setCurrentWidget(window.content.form_list)
    window.content.form_list.duplicate_selected()
    yield "form editor"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_screen_fits_a_small_screen(make_shell, demo_database, tmp_path, lang):
    shutil.copy(demo_database, tmp_path / demo_database.name)
    shell = make_shell(lang, tmp_path)
    window, store = shell.window, shell.context.store
    failures = []
    for name in screens(window, store, shell.context):
        for size in SIZES:
            failures += [f"{name} at {size.width()}×{size.height()}: {p}" for p in problems_at(window, size)]
        window.resize(1280, 800)
    assert failures == []


def test_the_restore_dialog_fits_a_small_screen(make_shell, qtbot):
    from desktop.store.backup import take_backup
    from desktop.ui.data.restore_dialog import RestoreDialog

    shell = make_shell()
    take_backup(shell.context.store.path, shell.context.store.data_dir, "daily")
    dialog = RestoreDialog(shell.context, shell.window)
    qtbot.addWidget(dialog)
    for size in SIZES:
        assert dialog.minimumSizeHint().width() <= size.width()
        assert dialog.minimumSizeHint().height() <= size.height()


def test_the_radar_legend_stays_inside_the_chart_at_every_window_size(make_shell, demo_database, tmp_path):
    from PySide6.QtCore import QSize

    shutil.copy(demo_database, tmp_path / demo_database.name)
    shell = make_shell("zh_CN", tmp_path)
    window = shell.window
    person = next(p for p in shell.context.store.people() if p.name == "王晓燕")
    window.show_radar(person.id)
    for size in (QSize(1280, 800), QSize(1920, 1080), *SIZES):  # the default window size first
        window.resize(size)
        QApplication.processEvents()
        QApplication.processEvents()
        canvas, figure = window.radar._canvas, window.radar.figure
        canvas.draw()
        legend = figure.legends[0].get_window_extent(canvas.get_renderer())
        page = figure.bbox.padded(1)  # a pixel of rounding
        assert page.x0 <= legend.x0 and legend.x1 <= page.x1, (size, legend, page)
        assert page.y0 <= legend.y0 and legend.y1 <= page.y1, (size, legend, page)


def test_an_empty_table_is_a_header_line_not_a_blank_box(make_shell):
    shell = make_shell()
    person = shell.context.store.add_person("新学员")
    shell.window.show_radar(person.id)
    table = shell.window.radar.table
    assert table.rowCount() == 0
    assert table.height() <= table.horizontalHeader().height() + 12

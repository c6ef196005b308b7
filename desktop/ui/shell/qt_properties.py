"""Settings of the widgets built before the first paint, made through Qt's properties with numbers.

PySide builds the Python enums of the whole ``Qt`` namespace (about a hundred of them, ~12 ms) the
first time any one is touched, and the bare window a start is measured against never touches them.
So what the home screen needs before it shows is set here, each number the Qt value named beside it
(Qt's own, fixed by its ABI; ``tests/ui/test_first_paint.py`` compares them and checks that the
namespace is still unbuilt when the window first paints). Later screens use ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus: TabFocus | ClickFocus | 0x8
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
WIDGET_WITH_CHILDREN_SHORTCUT = 3  # Qt.ShortcutContext.WidgetWithChildrenShortcut


def show_plain_text(label: QObject) -> None:
    """The label never reads its text as HTML (a name typed as ``<b>x</b>`` shows as typed)."""
    label.setProperty("textFormat", PLAIN_TEXT)


def take_no_focus(widget: QObject) -> None:
    widget.setProperty("focusPolicy", NO_FOCUS)


def take_strong_focus(widget: QObject) -> None:
    widget.setProperty("focusPolicy", STRONG_FOCUS)


def selectable_by_mouse(label: QObject) -> None:
    label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)


def within_widget_and_children(shortcut: QObject) -> None:
    shortcut.setProperty("context", WIDGET_WITH_CHILDREN_SHORTCUT)

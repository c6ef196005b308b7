"""The podium of the final scoreboard on the stage: the top three places, tied groups sharing a step.

Places follow standard competition ranking (``desktop.core.pk.announce.podium``): two groups tied for
first both stand on step 1 and the next group is 3rd, so step 2 stays empty then. The steps stand
2 · 1 · 3 from left to right, the winner's highest, as on a sports podium.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.pk.announce import PodiumStep
from desktop.ui.shell.formatting import elide

#: Left to right: silver, gold, bronze.
COLUMN_PLACES = (2, 1, 3)
#: Step heights in pixels at 1080 p, and their colours (dark text reads on all three).
STEP_HEIGHTS = {1: 240, 2: 180, 3: 130}
NUMBER_SIZE = 80  # the place number on each step, pixels at 1080 p
STEP_COLOURS = {1: "#f2c14e", 2: "#c9d1d9", 3: "#d08c4f"}
STEP_TEXT = "#10243e"

#: Makes a stage label: (pixel size at 1080 p, bold, word wrap, extra style) → a label the stage scales.
LabelFactory = Callable[[int, bool, bool, str], QLabel]


class PodiumColumn:
    def __init__(self, place: int, label: LabelFactory):
        self.place = place
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addStretch(1)
        self.names = label(52 if place == 1 else 42, True, True, "")
        self.names.setObjectName(f"podium_names_{place}")
        self.names.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.score = label(38, False, False, "")
        self.score.setObjectName(f"podium_score_{place}")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step = QFrame()
        self.step.setObjectName(f"podium_step_{place}")
        self.step.setStyleSheet(
            f"QFrame#podium_step_{place} {{ background: {STEP_COLOURS[place]}; "
            "border-top-left-radius: 12px; border-top-right-radius: 12px; }"
        )
        step_layout = QVBoxLayout(self.step)
        step_layout.setContentsMargins(0, 2, 0, 0)
        self.number = label(NUMBER_SIZE, True, False, f"color: {STEP_TEXT};")
        self.number.setText(str(place))
        self.number.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        step_layout.addWidget(self.number)
        for widget in (self.names, self.score, self.step):
            layout.addWidget(widget)
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # an empty step (after a tie) keeps the others in place
            widget.setSizePolicy(policy)

    def show(self, step: PodiumStep | None, group_name: Callable[[str], str]) -> None:
        if step is None:
            self.names.clear()
            self.score.clear()
        else:
            self.names.setText("\n".join(elide(group_name(g), 16) for g in step.groups))
            self.score.setText(
                QCoreApplication.translate("Podium", "%1 points").replace("%1", str(step.score))
            )
        for widget in (self.names, self.score, self.step):
            widget.setVisible(step is not None)


class PodiumView(QWidget):
    def __init__(self, label: LabelFactory, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("podium")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.columns = {place: PodiumColumn(place, label) for place in COLUMN_PLACES}
        for place in COLUMN_PLACES:
            layout.addWidget(self.columns[place].widget, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_steps(self, steps: Sequence[PodiumStep], group_name: Callable[[str], str]) -> None:
        by_place = {step.place: step for step in steps}
        for place, column in self.columns.items():
            column.show(by_place.get(place), group_name)

    def set_scale(self, scale: float) -> None:
        """Step heights follow the stage's text size, so the podium shrinks with it on small screens."""
        number_line = int(max(10, NUMBER_SIZE * scale) * 1.45) + 4  # the lowest step still shows its number
        for place, column in self.columns.items():
            column.step.setFixedHeight(max(number_line, int(STEP_HEIGHTS[place] * scale)))

    def content(self) -> tuple[str, ...]:
        """What the podium says now (the stage refits its text when this changes)."""
        if self.isHidden():
            return ()
        return tuple(c.names.text() + c.score.text() for c in self.columns.values())

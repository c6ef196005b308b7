"""The projector stage: only what the room should see, large enough for the back row at 1920×1080."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.colours import text_colour_on
from desktop.core.pk.announce import HeadlineKind
from desktop.ui.formatting import elide, fill
from desktop.ui.pk_controller import PkController
from desktop.ui.pk_text import answer_text, fmt_ms, options_text, session_headline
from desktop.ui.widgets import plain_label

DESIGN_HEIGHT = 1080  # sizes below are pixels at this height and scale with the window
TEXT = "#f5f7fa"
#: Behind the headline; a group that buzzed first gets its own colour.
BANNER_COLOURS = {HeadlineKind.OPEN: "#2a9d8f", HeadlineKind.TIE: "#b5651d"}


class StageWindow(QWidget):
    def __init__(self, controller: PkController, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.setWindowTitle(fill(self.tr("Stage — %1"), controller.title))
        # Only the window itself: a rule for its labels would also reach the dialogs opened over it.
        self.setStyleSheet("StageWindow { background: #10243e; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # label → (pixel size at 1080 p, bold, extra style); the app's style sheet would override setFont.
        self._looks: dict[QLabel, list] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        top = QHBoxLayout()
        self.progress = self._label(34)
        self.countdown = self._label(64, bold=True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.progress, 1)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        self.question = self._label(56, bold=True, wrap=True)
        self.options = self._label(42, wrap=True)
        layout.addSpacing(12)
        layout.addWidget(self.question)
        layout.addWidget(self.options)
        self.banner = self._label(64, bold=True)
        self.banner.setObjectName("headline")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setAutoFillBackground(True)
        layout.addWidget(self.banner)
        self.order = self._label(34, wrap=True)
        self.order.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.order)
        self.answer = self._label(44, bold=True, wrap=True)
        self._style(self.answer, "color: #8ee3a5;")
        layout.addWidget(self.answer)
        layout.addStretch(1)
        self.scoreboard = QHBoxLayout()
        self.scoreboard.setSpacing(16)
        layout.addLayout(self.scoreboard)
        self.tiles: dict[str, tuple[QFrame, QLabel, QLabel]] = {}
        for group in controller.setup.groups:
            tile = QFrame()
            tile.setStyleSheet(f"QFrame {{ background: {group.colour}; border-radius: 12px; }}")
            tile_layout = QVBoxLayout(tile)
            name = self._label(30, bold=True)
            name.setText(elide(group.name, 12))
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            score = self._label(60, bold=True)
            score.setAlignment(Qt.AlignmentFlag.AlignCenter)
            for label in (name, score):  # black or white, whichever reads on the group's colour
                self._style(label, f"color: {text_colour_on(group.colour)};")
            tile_layout.addWidget(name)
            tile_layout.addWidget(score)
            self.scoreboard.addWidget(tile, 1)
            self.tiles[group.id] = (tile, name, score)
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self._tick)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _label(self, size: int, bold: bool = False, wrap: bool = False) -> QLabel:
        label = plain_label("", wrap=wrap)
        self._looks[label] = [size, bold, ""]
        self._apply_look(label)
        return label

    def _style(self, label: QLabel, extra: str) -> None:
        if self._looks[label][2] != extra:  # re-polishing a style sheet is the costly part of a refresh
            self._looks[label][2] = extra
            self._apply_look(label)

    def _apply_look(self, label: QLabel) -> None:
        size, bold, extra = self._looks[label]
        scale = max(0.35, self.height() / DESIGN_HEIGHT) if self.height() > 0 else 1.0
        weight = "font-weight: bold;" if bold else ""
        label.setStyleSheet(f"font-size: {max(10, int(size * scale))}px; {weight} color: {TEXT}; {extra}")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for label in self._looks:
            self._apply_look(label)

    def refresh(self) -> None:
        state = self.controller.state
        total = len(self.controller.setup.question_ids)
        ref = self.controller.question()
        if state.ended:
            self._show_final()
            return
        if ref is None:
            self.progress.setText(elide(self.controller.title, 30))
            self.question.setText(self.tr("Get ready: the first question is coming"))
            self.options.clear()
        else:
            self.progress.setText(fill(self.tr("Question %1 of %2"), state.question_index + 1, total))
            self.question.setText(ref.question.text.get(self.lang))
            self.options.setText(options_text(ref.question, self.lang))
        self.options.setVisible(bool(self.options.text()))
        self._show_buzzes()
        if state.revealed and ref is not None:
            self.answer.setText(fill(self.tr("Answer: %1"), answer_text(ref.question, self.lang)))
        else:
            self.answer.clear()
        self.answer.setVisible(bool(self.answer.text()))
        for group_id, (_tile, _name, score) in self.tiles.items():
            score.setText(str(state.scores.get(group_id, 0)))
        self._tick()
        if state.countdown is not None and not self.ticker.isActive():
            self.ticker.start()
        elif state.countdown is None:
            self.ticker.stop()

    def _show_buzzes(self) -> None:
        state = self.controller.state
        announced, text = session_headline(self.controller)
        self.banner.setText(text)
        if announced.kind is HeadlineKind.FIRST:
            background = self.controller.group(announced.groups[0]).colour
        else:
            background = BANNER_COLOURS.get(announced.kind, "")
        self._style(
            self.banner,
            f"background: {background}; color: {text_colour_on(background)};"
            " border-radius: 16px; padding: 12px;"
            if background
            else "",
        )
        self.banner.setVisible(bool(self.banner.text()))
        parts = []
        for position, buzz in enumerate(state.buzzes, start=1):
            name = self.controller.group(buzz.group).name
            parts.append(
                f"{position}. {name}" if buzz.delay_ms == 0 else f"{position}. {name} {fmt_ms(buzz.delay_ms)}"
            )
        self.order.setText("   ".join(parts))
        self.order.setVisible(bool(parts))

    def _tick(self) -> None:
        countdown = self.controller.state.countdown
        if countdown is None:
            self.countdown.clear()
            return
        remaining = int(countdown.remaining_ms(self.controller.clock()) / 1000.0 + 0.999)
        self.countdown.setText(f"{remaining // 60}:{remaining % 60:02d}")
        self._style(self.countdown, "color: #ff6b6b;" if remaining <= 10 else "")

    def _show_final(self) -> None:
        state = self.controller.state
        names = [elide(self.controller.group(g).name, 24) for g in state.winners]
        self.progress.setText(elide(self.controller.title, 30))
        if len(names) == 1:
            self.question.setText(fill(self.tr("The winner: %1"), names[0]))
        else:
            self.question.setText(fill(self.tr("A tie for first place: %1"), "、".join(names)))
        ranking = [
            f"{s.place}. {elide(self.controller.group(s.group).name, 30)}  {s.score}" for s in state.ranking
        ]
        self.options.setText("\n".join(ranking))
        self.options.setVisible(True)
        self.banner.setVisible(False)
        self.order.setVisible(False)
        self.answer.setVisible(False)
        self.countdown.clear()
        for group_id, (_tile, _name, score) in self.tiles.items():
            score.setText(str(state.scores.get(group_id, 0)))

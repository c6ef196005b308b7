"""The projector stage: only what the room should see, large enough for the back row at 1920×1080."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.core.colours import text_colour_on
from desktop.core.pk.announce import HeadlineKind, podium
from desktop.ui.pk.controller import PkController
from desktop.ui.pk.podium import PodiumView
from desktop.ui.pk.question_image import QuestionImage
from desktop.ui.pk.text import answer_text, fmt_ms, options_text, session_headline, source_text
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.widgets import plain_label

DESIGN_HEIGHT = 1080  # sizes below are pixels at this height and scale with the window
TEXT = "#f5f7fa"
MIN_FONT_PX = 10
#: Text shrinks in these steps (labels wrap at every size) until the question and up to six
#: options fit the window: a 1024×768 projector, or 1280×720 at 150 % scaling.
FIT_FACTORS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.42, 0.35)
#: Behind the headline; a group that buzzed first gets its own colour.
BANNER_COLOURS = {
    HeadlineKind.OPEN: "#2a9d8f",
    HeadlineKind.TIE: "#b5651d",
    HeadlineKind.WINNER: "#f2c14e",
    HeadlineKind.SHARED_WIN: "#f2c14e",
}
BANNER_SHAPE = "border-radius: 16px; padding: 12px;"
#: A window at least this much wider than tall (16:9 is 1.78) shows a question's image beside its text;
#: a 4:3 projector (1.33) shows it under the text, where the full width is free.
IMAGE_BESIDE_ASPECT = 1.5


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
        self._looks: dict[QLabel, tuple[int, bool, str]] = {}
        self._factor = 1.0
        #: what the text was last fitted to: the labels' texts, the podium's, the image's path
        self._fitted_content: tuple[str, str, str, str, str, tuple[str, ...], Path | None] | None = None
        layout = self._column = QVBoxLayout(self)
        # The window is as big as its screen whatever its text needs: _fit makes the text fit it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
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
        self.question.setObjectName("question")
        self.options = self._label(42, wrap=True)
        self.options.setObjectName("options")
        layout.addSpacing(12)
        # The question's image sits beside the text on a wide screen and under it on a 4:3 one.
        self.image = QuestionImage()
        self.image.setObjectName("question_image")
        text_column = QVBoxLayout()
        text_column.setSpacing(12)
        text_column.addWidget(self.question)
        text_column.addWidget(self.options)
        self.question_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.question_row.setSpacing(24)
        self.question_row.addLayout(text_column, 1)
        self.question_row.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.question_row)
        self.banner = self._label(64, bold=True, wrap=True)
        self.banner.setObjectName("headline")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setAutoFillBackground(True)
        layout.addWidget(self.banner)
        self.order = self._label(34, wrap=True)
        self.order.setObjectName("buzz_order")
        self.order.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.order)
        self.answer = self._label(44, bold=True, wrap=True)
        self.answer.setObjectName("answer")
        self._style(self.answer, "color: #8ee3a5;")
        layout.addWidget(self.answer)
        self.source = self._label(28, wrap=True)  # the question's deck and slide, with the answer
        self.source.setObjectName("source")
        self._style(self.source, "color: #c8d3e0;")
        layout.addWidget(self.source)
        self.podium = PodiumView(self._label)
        self.podium.hide()
        layout.addWidget(self.podium)
        self.rest = self._label(34, wrap=True)  # the final places below the podium
        self.rest.setObjectName("final_rest")
        self.rest.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rest.hide()
        layout.addWidget(self.rest)
        self._boxes = [w for w in self.podium.findChildren(QWidget) if w.layout() is not None]
        self._boxes.append(self.podium)
        layout.addStretch(1)
        self.scoreboard = QHBoxLayout()
        self.scoreboard.setSpacing(16)
        layout.addLayout(self.scoreboard)
        self.tiles: dict[str, tuple[QFrame, QLabel, QLabel]] = {}
        for group in controller.setup.groups:
            tile = QFrame()
            tile.setStyleSheet(f"QFrame {{ background: {group.colour}; border-radius: 12px; }}")
            tile_layout = QVBoxLayout(tile)
            on_tile = f"color: {text_colour_on(group.colour)};"  # black or white, whichever reads best
            name = self._label(30, bold=True, extra=on_tile)
            name.setText(elide(group.name, 12))
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            score = self._label(60, bold=True, extra=on_tile)
            score.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile_layout.addWidget(name)
            tile_layout.addWidget(score)
            self.scoreboard.addWidget(tile, 1)
            self.tiles[group.id] = (tile, name, score)
            self._boxes.append(tile)
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self._tick)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _label(self, size: int, bold: bool = False, wrap: bool = False, extra: str = "") -> QLabel:
        label = plain_label("", wrap=wrap)
        self._looks[label] = (size, bold, extra)
        self._apply_look(label)
        return label

    def _style(self, label: QLabel, extra: str) -> None:
        size, bold, shown = self._looks[label]
        if shown != extra:  # re-polishing a style sheet is the costly part of a refresh
            self._looks[label] = (size, bold, extra)
            self._apply_look(label)

    def _scale(self) -> float:
        """Sizes at 1080 p → pixels now: the window's height, times the factor that makes it all fit."""
        return (max(0.35, self.height() / DESIGN_HEIGHT) if self.height() > 0 else 1.0) * self._factor

    def _apply_look(self, label: QLabel) -> None:
        size, bold, extra = self._looks[label]
        pixels = max(MIN_FONT_PX, int(size * self._scale()))
        weight = "font-weight: bold;" if bold else ""
        label.setStyleSheet(f"font-size: {pixels}px; {weight} color: {TEXT}; {extra}")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit(resized=True)

    def _fit(self, resized: bool = False) -> None:
        """Shrink the text until all the stage shows fits its height: long questions, six options."""
        content = (
            self.question.text(),
            self.options.text(),
            self.answer.text(),
            self.source.text(),
            self.rest.text(),
            self.podium.content(),
            self.image.path,
        )
        steps: tuple[float, ...]
        if resized or content != self._fitted_content:
            steps = FIT_FACTORS  # new content or a new size: try the largest text first
        else:
            # Only the headline or the buzz order changed (a buzz): never grow the text mid-question,
            # and keep the common case to one measurement without restyling anything.
            steps = FIT_FACTORS[FIT_FACTORS.index(self._factor) :]
        self._fitted_content = content
        for factor in steps:
            self._set_factor(factor, restyle=resized)
            self._place_image()  # a new question's image is drawn even when the text size stays
            resized = False
            if self.needed_height() <= self.height():
                return

    def _set_factor(self, factor: float, restyle: bool = False) -> None:
        if factor != self._factor or restyle:
            self._factor = factor
            for label in self._looks:  # re-polishing style sheets: only when the size really changes
                self._apply_look(label)
            self.podium.set_scale(self._scale())
            # Margins and gaps shrink with the screen too (not with the text: they are cheap room).
            room = max(0.4, min(1.0, self.height() / DESIGN_HEIGHT))
            self._column.setContentsMargins(int(48 * room), int(32 * room), int(48 * room), int(32 * room))
            self._column.setSpacing(int(18 * room))
            # A box of labels (a tile, the podium) caches its size until the next event loop pass;
            # the measurement that follows must see the new text size now.
            for box in self._boxes:
                box.updateGeometry()
            self._column.invalidate()

    def _place_image(self) -> None:
        """Beside or under the text by the window's shape; as large as the shrinking text allows."""
        width, height = max(1, self.width()), max(1, self.height())
        beside = width / height >= IMAGE_BESIDE_ASPECT
        self.question_row.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        if beside:
            box = QSize(int(width * 0.38), int(height * 0.5 * self._factor))
        else:
            box = QSize(int(width * 0.9), int(height * 0.34 * self._factor))
        self.image.fit_into(box)

    def needed_height(self) -> int:
        """The height the stage's content needs at its width, text wrapped, with the sizes now set."""
        layout = self._column
        layout.activate()  # re-measures every nested row (Qt would only do it at the next event loop pass)
        return layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0

    def refresh(self) -> None:
        state = self.controller.state
        total = len(self.controller.setup.question_ids)
        ref = self.controller.question()
        if state.ended:
            self._show_final()
            self._fit()
            self._paint_now()
            return
        if ref is None or state.question_index is None:  # before the first question (both at once)
            self.progress.setText(elide(self.controller.title, 30))
            self.question.setText(self.tr("Get ready: the first question is coming"))
            self.options.clear()
            self.image.show_file(None)
        else:
            self.progress.setText(fill(self.tr("Question %1 of %2"), state.question_index + 1, total))
            self.question.setText(ref.question.text.get(self.lang))
            self.options.setText(options_text(ref.question, self.lang))
            self.image.show_file(ref.bank.image_path(ref.question))
        self.options.setVisible(bool(self.options.text()))
        self._show_buzzes()
        if state.revealed and ref is not None:
            self.answer.setText(fill(self.tr("Answer: %1"), answer_text(ref.question, self.lang)))
            self.source.setText(source_text(ref.question.source))
        else:
            self.answer.clear()
            self.source.clear()
        self.answer.setVisible(bool(self.answer.text()))
        self.source.setVisible(bool(self.source.text()))
        for group_id, (_tile, _name, score) in self.tiles.items():
            score.setText(str(state.scores.get(group_id, 0)))
        self._tick()
        if state.countdown is not None and not self.ticker.isActive():
            self.ticker.start()
        elif state.countdown is None:
            self.ticker.stop()
        self._fit()
        self._paint_now()

    def _paint_now(self) -> None:
        """Paint what this refresh changed before anything else runs: the console's refresh and the
        phones' board come after, so a buzz is on the projector first. Qt would paint at its next
        pass through the event loop, behind whatever is queued there. Only the changed labels are
        painted (their update request), not the whole window; painting releases the interpreter lock,
        so the phone server's thread keeps timing buzzes meanwhile."""
        if self.isVisible():
            # A label shown just now (the buzz order's first line) asks for its paint by an event of
            # its own (UpdateLater), and may wait for a layout request to be placed.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
            QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(self, QEvent.Type.UpdateRequest)

    def _show_buzzes(self) -> None:
        state = self.controller.state
        announced, text = session_headline(self.controller)
        self.banner.setText(text)
        if announced.kind is HeadlineKind.FIRST:
            background = self.controller.group(announced.groups[0]).colour
        else:
            background = BANNER_COLOURS.get(announced.kind, "")
        if background:
            look = f"background: {background}; color: {text_colour_on(background)}; {BANNER_SHAPE}"
        else:
            look = ""
        self._style(self.banner, look)
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
        """The final scoreboard: the winner as the headline, the podium, then places 4 and below."""
        state = self.controller.state
        self.progress.setText(elide(self.controller.title, 30))
        self.countdown.clear()
        self.ticker.stop()
        for label in (self.question, self.options, self.answer, self.source):
            label.clear()
            label.hide()
        self.image.show_file(None)
        self._show_buzzes()
        group_name = self._group_name
        self.podium.show_steps(podium(state.ranking), group_name)
        self.podium.show()
        rest = [
            f"{s.place}. {elide(group_name(s.group), 16)}  {s.score}" for s in state.ranking if s.place > 3
        ]
        self.order.hide()
        self.rest.setText("   ".join(rest))
        self.rest.setVisible(bool(rest))
        for group_id, (_tile, _name, score) in self.tiles.items():
            score.setText(str(state.scores.get(group_id, 0)))

    def _group_name(self, group_id: str) -> str:
        return self.controller.group(group_id).name

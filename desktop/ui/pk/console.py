"""The facilitator's console: the stage's content plus reference answer, buzz gaps, controls and the log."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.messages import localise
from desktop.ui.pk.controller import PENDING_BETTER, PENDING_FIRST, PENDING_MANUAL, PkController
from desktop.ui.pk.log import describe_event
from desktop.ui.pk.text import (
    answer_text,
    fmt_ms,
    kind_name,
    options_text,
    points_text,
    session_headline,
    source_text,
)
from desktop.ui.shell.flow_layout import FlowLayout
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import ask_yes_no, plain_label, show_error

if TYPE_CHECKING:
    from desktop.core.pk.snapshot import LogEntry
    from desktop.store.errors import StorageError


def scrolling_pane(splitter: QSplitter) -> tuple[QScrollArea, QVBoxLayout]:
    """A pane of the console that scrolls when the window is small (keys stay the session's)."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(4, 4, 4, 4)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    splitter.addWidget(area)
    return area, layout


class ConsoleWindow(QMainWindow):
    export_requested = Signal()
    phones_requested = Signal()
    closed = Signal()

    def __init__(self, controller: PkController, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        #: Where the session's dialogs open; the manager points it at the stage when the room sees this screen.
        self.dialog_parent: Callable[[], QWidget] = lambda: self
        self.setWindowTitle(fill(self.tr("Console — %1"), controller.title))
        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)
        self.header = plain_label("", "subtitle", wrap=True)
        outer.addWidget(self.header)
        # Both halves scroll: at 1024×768, or 1280×720 at 150 %, no control may end up off screen.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left, left_layout = scrolling_pane(splitter)
        self.question = plain_label("", "console_question", wrap=True)
        self.options = plain_label("", wrap=True)
        self.reference = plain_label("", "advice", wrap=True)
        self.reference.setStyleSheet("background: #eef7ee; padding: 8px; border-radius: 6px;")
        left_layout.addWidget(self.question)
        left_layout.addWidget(self.options)
        left_layout.addWidget(self.reference)
        self.keys_help = plain_label(
            self.tr(
                "→/N next · ←/P previous · Space open/close buzzers · group keys buzz · F first-answer point · "
                "B + group key better-answer point · M + group key manual point · W withdraw · R reveal · "
                "T countdown · Ctrl+Z undo · F5 stage full screen · Ctrl+E end"
            ),
            "hint",
            wrap=True,
        )
        left_layout.addWidget(self.keys_help)
        left_layout.addStretch(1)

        right, right_layout = scrolling_pane(splitter)
        # Word for word what the stage tells the room (who buzzed first, a tie, the winner).
        self.headline = plain_label("", "console_headline", wrap=True)
        self.headline.setObjectName("headline")
        self.prompt = plain_label("", "console_prompt", wrap=True)
        self.message = plain_label("", "error", wrap=True)
        self.message.hide()
        self.buzz_status = plain_label("", "subtitle", wrap=True)
        self.buzz_table = ReadOnlyTable(
            [self.tr("Order"), self.tr("Group"), self.tr("Gap"), self.tr("Note")], stretch_column=1
        )
        self.scores = ReadOnlyTable(
            [self.tr("Group"), self.tr("Leader"), self.tr("Key"), self.tr("Score")], stretch_column=0
        )
        self.log = QListWidget()
        self.log.setMinimumHeight(140)
        for widget in (self.buzz_table, self.scores, self.log):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys are the session's (see pk_windows)
        self.buzz_table.fit_height()  # no buzz yet: the header alone, not Qt's default height
        for shown in (self.headline, self.prompt, self.message, self.buzz_status, self.buzz_table):
            right_layout.addWidget(shown)
        #: Where the phones' panel goes (QR, PIN, seats) when phones are on; see pk_phones_view.
        self.phones_slot = QVBoxLayout()
        right_layout.addLayout(self.phones_slot)
        right_layout.addWidget(plain_label(self.tr("Scoreboard"), "subtitle", wrap=True))
        right_layout.addWidget(self.scores)
        right_layout.addWidget(
            plain_label(self.tr("Log (every event; undone ones are marked)"), "subtitle", wrap=True)
        )
        right_layout.addWidget(self.log, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        buttons = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, label, action in (
            (
                "previous",
                self.tr("← Previous"),
                lambda: self.controller.run(self.controller.session.previous_question),
            ),
            ("next", self.tr("Next →"), lambda: self.controller.run(self.controller.session.next_question)),
            ("buzzers", self.tr("Open buzzers (Space)"), self.controller.toggle_buzzers),
            ("first", self.tr("First-answer point (F)"), lambda: self.controller.award_first()),
            (
                "reveal",
                self.tr("Reveal answer (R)"),
                lambda: self.controller.run(self.controller.session.reveal_answer),
            ),
            ("countdown", self.tr("Countdown (T)"), self.controller.toggle_countdown),
            ("undo", self.tr("Undo (Ctrl+Z)"), self.controller.undo),
            ("stage", self.tr("Stage (F5)"), self.controller.stage_toggle_requested.emit),
            ("phones", self.tr("Phones…"), self.phones_requested.emit),
            ("export", self.tr("Export…"), self.export_requested.emit),
            ("end", self.tr("End (Ctrl+E)"), self.confirm_end),
        ):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys always reach the console
            button.clicked.connect(action)
            buttons.addWidget(button)
            self.buttons[name] = button
        outer.addLayout(buttons)

        self._log_shown: list[tuple[int, bool]] = []
        controller.changed.connect(self.refresh)
        controller.message.connect(self._show_message)
        controller.storage_failed.connect(self._storage_failed)
        controller.end_requested.connect(self.confirm_end)
        controller.reason_requested.connect(self._ask_reason)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh()

    # -- view ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        state = c.state
        ref = c.question()
        total = len(c.setup.question_ids)
        if ref is None or state.question_index is None:  # before the first question (both at once)
            self.header.setText(
                fill(self.tr("%1 · %2 questions · press → for the first"), elide(c.title, 60), total)
            )
            self.question.clear()
            self.options.clear()
            self.reference.clear()
        else:
            q = ref.question
            self.header.setText(
                fill(
                    self.tr("Question %1 of %2 · %3 · %4 · difficulty %5"),
                    state.question_index + 1,
                    total,
                    ref.bank.title.get(self.lang),
                    kind_name(q.kind),
                    q.difficulty,
                )
            )
            self.question.setText(q.text.get(self.lang))
            self.options.setText(options_text(q, self.lang))
            reference = fill(self.tr("Reference answer: %1"), answer_text(q, self.lang))
            if q.points:
                reference += "\n" + points_text(q, self.lang)
            if q.explanation:
                reference += "\n" + q.explanation.get(self.lang)
            if state.revealed and q.source is not None:
                reference += "\n" + source_text(q.source)  # as the stage shows it with the answer
            reference += "\n" + (
                self.tr("(revealed on the stage)") if state.revealed else self.tr("(not yet revealed)")
            )
            self.reference.setText(reference)
        self.options.setVisible(bool(self.options.text()))
        self.reference.setVisible(bool(self.reference.text()))
        self.headline.setText(session_headline(c)[1])
        self.headline.setVisible(bool(self.headline.text()))
        if state.ended:
            self.buzz_status.setText(self.tr("The session has ended."))
        elif state.buzzers_open:
            waiting = [elide(g.name, 16) for g in c.setup.groups if g.id in state.eligible]
            self.buzz_status.setText(fill(self.tr("Buzzers OPEN · may buzz: %1"), "、".join(waiting) or "—"))
        else:
            self.buzz_status.setText(self.tr("Buzzers closed"))
        rows, colours = [], []
        for position, buzz in enumerate(state.buzzes, start=1):
            note = ""
            if buzz.group == state.locked_by:
                note = self.tr("first")
            elif buzz.group in state.tie_with:
                note = self.tr("TIE — decide")
            gap = fmt_ms(buzz.delay_ms)
            if buzz.source == "phone":
                # Judged by receive time less the phone's delay; the raw gap is by arrival alone.
                gap = fill(self.tr("%1 (phone; raw %2)"), gap, fmt_ms(buzz.raw_delay_ms).replace("+-", "-"))
            rows.append([str(position), c.group(buzz.group).name, gap, note])
            colours.append("#fff3cd" if buzz.group in state.tie_with else None)
        self.buzz_table.set_rows(rows, colours)
        self.prompt.setText(self._prompt_text())
        self.prompt.setVisible(bool(self.prompt.text()))
        self.scores.set_rows(
            [[g.name, g.leader, g.key, str(state.scores.get(g.id, 0))] for g in c.setup.groups]
        )
        self._fill_log()
        self.buttons["buzzers"].setText(
            self.tr("Close buzzers (Space)") if state.buzzers_open else self.tr("Open buzzers (Space)")
        )
        for name, button in self.buttons.items():
            button.setEnabled(not state.ended or name in ("export", "stage"))
        false_starts = [c.group(f.group).name for f in state.false_starts]
        if false_starts and not state.ended:
            self.buzz_status.setText(
                self.buzz_status.text() + " · " + fill(self.tr("false starts: %1"), "、".join(false_starts))
            )

    def _show_message(self, text: str) -> None:
        self.message.setText(localise(text, self.lang))  # a rule's refusal in the console's language
        self.message.setVisible(bool(text))

    def _prompt_text(self) -> str:
        pending = self.controller.pending
        if pending == PENDING_BETTER:
            return self.tr("Better answer: press the key of the group (Esc cancels)")
        if pending == PENDING_FIRST:
            return self.tr("Tie: press the key of the group that gets the first-answer point (Esc cancels)")
        if pending == PENDING_MANUAL:
            return self.tr("Manual point: press the key of the group (Esc cancels)")
        return ""

    def _fill_log(self) -> None:
        log = self.controller.state.log
        shown = [(e.seq, e.undone) for e in log[: len(self._log_shown)]]
        if shown == self._log_shown:
            # Usually one new event: add it on top instead of rebuilding hundreds of lines.
            for entry in log[len(self._log_shown) :]:
                self.log.insertItem(0, self._log_item(entry))
        else:
            self.log.clear()
            for entry in reversed(log):
                self.log.addItem(self._log_item(entry))
        self._log_shown = [(e.seq, e.undone) for e in log]

    def _log_item(self, entry: LogEntry) -> QListWidgetItem:
        item = QListWidgetItem(describe_event(entry, self.controller, entry.undone))
        item.setData(Qt.ItemDataRole.UserRole, entry.seq)
        if entry.undone:
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        return item

    # -- intents -------------------------------------------------------------------------------
    def _storage_failed(self, error: StorageError) -> None:
        from desktop.ui.shell.error_guard import explain

        show_error(
            self.dialog_parent(),
            self.tr("Not saved"),
            explain(error)
            + "\n"
            + self.tr("The scores on screen are the saved ones; try again once fixed.")
            + "\n\n"
            + error.detail,
        )

    def confirm_end(self) -> None:
        if self.controller.state.ended:
            return
        if ask_yes_no(
            self.dialog_parent(),
            self.tr("End the session"),
            self.tr("End the session and show the final scoreboard?"),
        ):
            self.controller.end()

    def _ask_reason(self, kind: str, group_id: str) -> None:
        c = self.controller
        if kind == PENDING_MANUAL:
            group = c.group(group_id)
            points, ok = QInputDialog.getInt(
                self.dialog_parent(),
                self.tr("Manual point"),
                fill(self.tr("Points for %1:"), group.name),
                1,
                1,
                10,
            )
            if not ok:
                return
            reason, ok = QInputDialog.getText(
                self.dialog_parent(), self.tr("Manual point"), self.tr("Reason (one line, shown in the log):")
            )
            if ok:
                c.award_manual(group_id, points, " ".join(reason.split()))
            return
        awards = [a for a in c.state.awards if not a.withdrawn]
        if not awards:
            self._show_message(self.tr("There is no point to withdraw."))
            return
        selected = self.log.currentItem()
        seq = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        award = next((a for a in awards if a.seq == seq), awards[-1])
        reason, ok = QInputDialog.getText(
            self.dialog_parent(),
            self.tr("Withdraw a point"),
            fill(
                self.tr("Withdraw %1 point(s) of %2. Reason (one line):"),
                award.points,
                c.group(award.group).name,
            ),
        )
        if ok:
            c.withdraw(award.seq, " ".join(reason.split()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Nothing to save: every event is already committed. The session stays resumable.
        self.closed.emit()
        super().closeEvent(event)

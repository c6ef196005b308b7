"""Take a form one statement at a time: large type, keys 1–5 (0 = can't judge), back and forward.

A new form opens on the rater's instructions (the instrument's, and how to rate in their role:
recent real behaviour, not the ideal); Enter begins. Each answer is committed to the database the moment it is given, so a closed window or a crash
resumes at the first unanswered statement.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.comparison import RaterRole
from desktop.core.instruments import Instrument
from desktop.core.records import AssessmentRecord
from desktop.ui.scorecard.roles import form_caption
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.layouts import scroll_area
from desktop.ui.shell.widgets import big_button, plain_label, try_write

CANT_JUDGE_KEY = 0
QUESTION_PANEL, REVIEW_PANEL, INTRO_PANEL = 0, 1, 2


class TakePage(QWidget):
    submitted = Signal(object)  # the completed AssessmentRecord
    paused = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.record: AssessmentRecord | None = None
        self.instrument: Instrument | None = None
        self.answers: dict[str, int | None] = {}
        self.position = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.caption = plain_label("", "subtitle", wrap=True)
        self.progress_text = plain_label("", "progress")
        header.addWidget(self.caption, 1)
        header.addWidget(self.progress_text)
        layout.addLayout(header)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        # Question panel
        question = QWidget()
        q_layout = QVBoxLayout(question)
        q_layout.setContentsMargins(0, 0, 0, 0)
        self.dimension = plain_label("", "hint")
        self.statement = plain_label("", "statement", wrap=True)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The statement scrolls on a small screen (a long one at 150 %); the answers stay in view.
        statement_box = QVBoxLayout()
        statement_box.setContentsMargins(0, 0, 0, 0)
        statement_box.addWidget(self.dimension)
        statement_box.addWidget(self.statement, 1)
        q_layout.addWidget(scroll_area(statement_box), 1)
        self.answer_row = QHBoxLayout()
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(True)
        self.answer_buttons: dict[int, QPushButton] = {}
        q_layout.addLayout(self.answer_row)
        self.hint = plain_label(
            self.tr("Keys: 1–5 answer · 0 can't judge · ← previous · → next · Esc pause (answers are kept)"),
            "hint",
            wrap=True,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        q_layout.addWidget(self.hint)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Previous"))
        self.next_button = QPushButton(self.tr("Next →"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_forward)
        self.pause_button.clicked.connect(self.paused.emit)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.pause_button)
        nav.addWidget(self.next_button)
        q_layout.addLayout(nav)
        self.pages.addWidget(question)

        # Review panel: shown after the last statement
        review = QWidget()
        r_layout = QVBoxLayout(review)
        r_layout.setContentsMargins(0, 0, 0, 0)
        self.review_text = plain_label("", "statement", wrap=True)
        self.review_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.submit_button = big_button(self.tr("Submit (Enter)"))
        self.review_back = QPushButton(self.tr("← Back to the statements"))
        self.submit_button.clicked.connect(self.submit)
        self.review_back.clicked.connect(self.go_back)
        r_layout.addStretch(1)
        r_layout.addWidget(scroll_area(self.review_text), 3)
        row = QHBoxLayout()
        row.addWidget(self.review_back)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        r_layout.addLayout(row)
        r_layout.addStretch(1)
        self.pages.addWidget(review)

        # Intro panel: the rater's instructions, before the first statement of a new form
        intro = QWidget()
        i_layout = QVBoxLayout(intro)
        i_layout.setContentsMargins(0, 0, 0, 0)
        self.intro_title = plain_label(self.tr("Before you start"), "title")
        self.intro_instrument = plain_label("", "advice", wrap=True)
        self.intro_role = plain_label("", "advice", wrap=True)
        self.intro_keys = plain_label(
            self.tr("Keys 1–5 answer, 0 can't judge. Press Enter to begin."), "hint", wrap=True
        )
        self.begin_button = big_button(self.tr("Begin (Enter)"))
        self.begin_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter goes to the page
        self.begin_button.clicked.connect(self.begin)
        self.intro_pause = QPushButton(self.tr("Pause"))
        self.intro_pause.clicked.connect(self.paused.emit)
        # The instructions scroll on a small screen; Begin and Pause stay in view below them.
        texts = QVBoxLayout()
        texts.setSpacing(14)
        texts.addStretch(1)
        for label in (self.intro_title, self.intro_instrument, self.intro_role, self.intro_keys):
            texts.addWidget(label)
        texts.addStretch(1)
        i_layout.addWidget(scroll_area(texts), 1)
        row = QHBoxLayout()
        row.addWidget(self.intro_pause)
        row.addStretch(1)
        row.addWidget(self.begin_button)
        i_layout.addLayout(row)
        self.pages.addWidget(intro)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- state ---------------------------------------------------------------------------------
    def load(self, record: AssessmentRecord) -> None:
        """Show ``record``, resuming at its first unanswered statement."""
        self.record = record
        self.instrument = self.context.instrument_for(record.instrument_id, record.instrument_version)
        self.answers = dict(record.answers)
        self.caption.setText(form_caption(self.context, record))
        self._build_answer_buttons()
        unanswered = [i for i, item in enumerate(self._instrument().items) if item.id not in self.answers]
        self.position = unanswered[0] if unanswered else len(self._instrument().items)
        if self.answers:
            self._show()  # resuming: this rater has read the instructions already
        else:
            self._show_intro(record)
        self.setFocus()

    def _show_intro(self, record: AssessmentRecord) -> None:
        description = self._instrument().description
        self.intro_instrument.setText(self.context.text(description) if description else "")
        self.intro_instrument.setVisible(description is not None)
        self.intro_role.setText(self._role_instructions(record))
        self.progress.setMaximum(len(self._instrument().items))
        self.progress.setValue(0)
        self.progress_text.setText(fill(self.tr("%1 statements"), len(self._instrument().items)))
        self.pages.setCurrentIndex(INTRO_PANEL)

    def _role_instructions(self, record: AssessmentRecord) -> str:
        if record.role is RaterRole.SELF:
            return self.tr(
                "Answer for yourself: choose how often you really did each of these things recently, "
                "not how you think they should be done. Only an honest picture shows you what to practise."
            )
        store = self.context.store
        person = store.person(record.person_id) if store else None
        name = elide(person.name, 40) if person else ""
        if record.role is RaterRole.OBSERVER:
            text = self.tr(
                "You are observing %1 in a role play: for each point, choose how consistently you saw it "
                "done during the role play, not what you expect of them. If the role play did not show a "
                "point, press 0 (can't judge)."
            )
        elif record.role is RaterRole.SUPERVISOR:
            text = self.tr(
                "You are rating %1 as their supervisor: choose how often you have really seen each of "
                "these behaviours recently, not how it ideally should be done. If you have not seen a "
                "behaviour, press 0 (can't judge)."
            )
        else:
            text = self.tr(
                "You are rating %1 as a colleague: choose how often you have really seen each of these "
                "behaviours recently, not how it ideally should be done. If you have not seen a behaviour, "
                "press 0 (can't judge). Colleagues' answers are only ever shown as a mean of at least 3."
            )
        return fill(text, name)

    def _instrument(self) -> Instrument:
        """The loaded form's instrument: what the page shows and every intent works on once a form is
        loaded (``load``), and only then."""
        if self.instrument is None:
            raise RuntimeError("no form is loaded, or its instrument is unknown")
        return self.instrument

    @property
    def showing_intro(self) -> bool:
        return self.pages.currentIndex() == INTRO_PANEL

    def begin(self) -> None:
        """From the instructions to the first statement."""
        if self.record is not None and self.showing_intro:
            self._show()

    def _build_answer_buttons(self) -> None:
        for button in self.answer_buttons.values():
            self.answer_group.removeButton(button)
            button.deleteLater()
        self.answer_buttons = {}
        while self.answer_row.count():
            self.answer_row.takeAt(0)
        scale = self._instrument().scale
        for value in scale.points:
            button = big_button(f"{value}\n{self.context.text(scale.label(value))}", "answer")
            self.answer_buttons[value] = button
        self.answer_buttons[CANT_JUDGE_KEY] = big_button(self.tr("0\nCan't judge"), "answer")
        for value, button in self.answer_buttons.items():
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page, not a button
            self.answer_group.addButton(button)
            button.clicked.connect(lambda _checked=False, v=value: self.answer(v))
            if value == CANT_JUDGE_KEY:
                self.answer_row.addSpacing(24)
            self.answer_row.addWidget(button)

    def _show(self) -> None:
        items = self._instrument().items
        answered = sum(1 for item in items if item.id in self.answers)
        self.progress.setMaximum(len(items))
        self.progress.setValue(answered)
        if self.position >= len(items):
            skipped = sum(1 for v in self.answers.values() if v is None)
            self.progress_text.setText(fill(self.tr("%1 of %2 answered"), answered, len(items)))
            text = fill(self.tr("All %1 statements answered."), len(items))
            if skipped:
                text += "\n" + fill(self.tr("%1 marked “can't judge”."), skipped)
            self.review_text.setText(
                text + "\n" + self.tr("Press Enter to submit, or ← to change an answer.")
            )
            self.pages.setCurrentIndex(REVIEW_PANEL)
            self.submit_button.setFocus()
            return
        self.pages.setCurrentIndex(QUESTION_PANEL)
        item = items[self.position]
        dimension = next(d for d in self._instrument().dimensions if d.id == item.dimension)
        self.progress_text.setText(fill(self.tr("Statement %1 of %2"), self.position + 1, len(items)))
        self.dimension.setText(self.context.text(dimension.name))
        self.statement.setText(self.context.text(item.text))
        current = self.answers.get(item.id, -1) if item.id in self.answers else -1
        chosen = CANT_JUDGE_KEY if current is None else current
        self.answer_group.setExclusive(False)
        for value, button in self.answer_buttons.items():
            button.setChecked(value == chosen)
        self.answer_group.setExclusive(True)
        self.back_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(item.id in self.answers)
        self.setFocus()

    # -- intents -------------------------------------------------------------------------------
    def answer(self, value: int) -> None:
        record, store = self.record, self.context.store
        if record is None or store is None or self.position >= len(self._instrument().items):
            return
        item = self._instrument().items[self.position]
        stored = None if value == CANT_JUDGE_KEY else value
        saved, _ = try_write(self, lambda: store.record_answer(record.id, item.id, stored))
        if not saved:
            return  # not acknowledged: the statement stays on screen to be answered again
        self.answers[item.id] = stored
        self.position += 1
        self._show()

    def go_back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show()

    def go_forward(self) -> None:
        items = self._instrument().items
        if self.position < len(items) and items[self.position].id in self.answers:
            self.position += 1
            self._show()

    def submit(self) -> None:
        loaded, store = self.record, self.context.store
        if (
            loaded is None
            or store is None
            or any(item.id not in self.answers for item in self._instrument().items)
        ):
            return
        saved, record = try_write(self, lambda: store.complete_assessment(loaded.id))
        if not saved:
            return
        self.record = None
        self.submitted.emit(record)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.record is None:
            return super().keyPressEvent(event)
        if event.isAutoRepeat():
            return None  # a held key answers once, not twenty statements
        key = event.key()
        if self.showing_intro:
            # Digits do nothing yet: no statement is on screen to answer.
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.begin()
            elif key == Qt.Key.Key_Escape:
                self.paused.emit()
            return None
        on_review = self.position >= len(self._instrument().items)
        digit = key - Qt.Key.Key_0
        if 0 <= digit <= 9 and not on_review and digit in self.answer_buttons:
            self.answer(digit)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.go_back()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.go_forward()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and on_review:
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.paused.emit()
        else:
            return super().keyPressEvent(event)
        return None

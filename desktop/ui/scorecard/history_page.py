"""Trainees and their results over time: one row per round and the trend of the total."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answered_versions import ScoredRound, scored_rounds
from desktop.core.comparison import Round, rounds
from desktop.store.changes import Changes
from desktop.ui.radar.trend_points import (
    trend_chart,
    trend_texts,
)  # Qt code: imported here, not on the worker
from desktop.ui.scorecard.history_fixes import HistoryFixes
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import elide, fill, fmt_day, fmt_score
from desktop.ui.shell.layouts import scroll_area
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import big_button, name_combo, plain_label, title_bar

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.core.instruments import Instrument
    from desktop.core.records import CohortRecord, PersonRecord
    from desktop.store.store import Store
    from desktop.ui.shell.operations import Progress

ALL_CLASSES = -1


class TraineeRounds(NamedTuple):
    """What the right side shows of one trainee and form, read on the worker."""

    person: PersonRecord | None  # None: the record is gone (merged into another meanwhile)
    scored: list[ScoredRound]
    chart: Figure | None  # the trend of the totals; None without rounds


class HistoryPage(QWidget):
    back = Signal()
    open_result = Signal(int, str, int)  # person id, instrument id, round index
    rate_person = Signal(int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.rounds: list[Round] = []
        self._canvas: QWidget | None = None
        self._asked: tuple[int, str] | None = None  # the trainee and form whose rounds were asked for last
        self._answered_forms: dict[str, Instrument] | None = None  # the forms listed, read with the classes

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 12)
        outer.addLayout(title_bar(self.tr("Trainees and results"), self.back.emit))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.cohort_filter = name_combo()
        self.cohort_filter.setAccessibleName(self.tr("Class"))
        self.cohort_filter.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.people = QListWidget()
        # One line each: a department's 2,000 names are laid out without measuring every one (~20 ms).
        self.people.setUniformItemSizes(True)
        self.people.currentItemChanged.connect(self._person_changed)
        left_layout.addWidget(self.cohort_filter)
        left_layout.addWidget(self.people, 1)
        self.fixes = HistoryFixes(self)
        left_layout.addWidget(self.fixes.merge_button)
        left_layout.addWidget(self.fixes.undo_merge_button)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        header = QHBoxLayout()
        self.person_name = plain_label("", "subtitle", wrap=True)
        self.instrument_choice = QComboBox()
        self._fill_instruments()
        self.instrument_choice.currentIndexChanged.connect(lambda _i: self._show_person())
        header.addWidget(self.person_name, 1)
        header.addWidget(self.instrument_choice)
        right_layout.addLayout(header)
        self.table = ReadOnlyTable(
            [
                self.tr("Round"),
                self.tr("Self total"),
                self.tr("Band"),
                self.tr("Supervisor"),
                self.tr("Colleagues (mean)"),
                self.tr("All others"),
            ],
            stretch_column=2,
        )
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        # Rounds and trend scroll on a small screen; the buttons below them stay in view.
        rounds = QVBoxLayout()
        rounds.setContentsMargins(0, 0, 0, 0)
        rounds.addWidget(self.table)
        self.chart_holder = QVBoxLayout()
        rounds.addLayout(self.chart_holder, 1)
        self.empty_note = plain_label("", "hint", wrap=True)
        rounds.addWidget(self.empty_note)
        right_layout.addWidget(scroll_area(rounds), 1)
        buttons = QHBoxLayout()
        self.open_button = big_button(self.tr("Open result"))
        self.rate_button = QPushButton(self.tr("Rate this trainee"))
        self.open_button.clicked.connect(
            lambda: self._open(
                self.table.currentRow() if self.table.currentRow() >= 0 else len(self.rounds) - 1
            )
        )
        self.rate_button.clicked.connect(self._rate)
        # The rounds' own buttons, on a row of their own so the page still fits 1280×720 at 150 %.
        round_buttons = QHBoxLayout()
        round_buttons.addWidget(self.fixes.move_button)
        round_buttons.addWidget(self.fixes.rename_button)
        round_buttons.addStretch(1)
        right_layout.addLayout(round_buttons)
        buttons.addWidget(self.rate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        context.changed.connect(self._data_changed)

    @property
    def instrument(self) -> Instrument | None:
        return self._forms().get(self.instrument_choice.currentData())

    def _forms(self) -> dict[str, Instrument]:
        # Today's files until the store has said which forms were answered (files gone included).
        return self._answered_forms if self._answered_forms is not None else self.context.instruments

    def _fill_instruments(self) -> None:
        # The page may open before the content has loaded (a key pressed at launch).
        forms = self._forms()
        listed = [self.instrument_choice.itemData(i) for i in range(self.instrument_choice.count())]
        if listed == list(forms):
            return
        chosen = self.instrument_choice.currentData()
        self.instrument_choice.blockSignals(True)
        self.instrument_choice.clear()
        for instrument in forms.values():
            self.instrument_choice.addItem(self.context.text(instrument.title), instrument.id)
        self.instrument_choice.setCurrentIndex(max(0, self.instrument_choice.findData(chosen)))
        self.instrument_choice.blockSignals(False)

    def refresh(self, person_id: int | None = None) -> None:
        """List the classes and trainees (read on the worker), keeping or selecting ``person_id``."""
        self._fill_instruments()
        select = person_id if person_id is not None else self.person_id

        def listed(found: tuple[list[CohortRecord], dict[str, Instrument]]) -> None:
            cohorts, self._answered_forms = found
            self._fill_instruments()
            self.cohort_filter.blockSignals(True)
            self.cohort_filter.clear()
            self.cohort_filter.addItem(self.tr("All classes"), ALL_CLASSES)
            for cohort in cohorts:
                self.cohort_filter.addItem(cohort.name, cohort.id)
            self.cohort_filter.blockSignals(False)
            self._fill_people(select)

        self.context.run(
            lambda store, _p: (store.cohorts(), self.context.forms_with_history(store)), listed, owner=self
        )

    def _fill_people(self, select: int | None = None) -> None:
        cohort: int | None = self.cohort_filter.currentData()  # a class's id, or ALL_CLASSES
        cohort_id = None if cohort in (None, ALL_CLASSES) else cohort
        self.context.run(
            lambda store, _p: (store.assessment_counts(), store.people(cohort_id)),
            lambda found: self._show_people(*found, select),
            owner=self,
        )

    def _show_people(self, counts: dict[int, int], people: list[PersonRecord], select: int | None) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for person in people:
            label = person.name if not person.cohort_name else f"{person.name} · {person.cohort_name}"
            item = QListWidgetItem(fill(self.tr("%1 (%2 forms)"), label, counts.get(person.id, 0)))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == select:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        else:
            self._person_changed(self.people.currentItem())

    def _person_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._show_person()

    def _data_changed(self, changes: Changes) -> None:
        # Trainees, classes and their forms; hidden, it refreshes when shown (show_history).
        if changes.touches("people", "assessments") and self.isVisible():
            self.refresh()

    def _show_person(self) -> None:
        instrument = self.instrument
        person_id = self.person_id
        if self.context.store is None or instrument is None or person_id is None:
            self._show_no_trainee()
            return
        self._asked = (person_id, instrument.id)

        texts = trend_texts()  # here: the worker calls no Qt

        def read(store: Store, _progress: Progress) -> TraineeRounds:
            person = store.person(person_id)
            person_rounds = self.context.as_answered(
                instrument, rounds(store.sheets(person_id, instrument.id))
            )
            # Each round scored with the version its forms were answered with, in the table and the chart.
            instrument_of = self.context.answered_with(instrument)
            scored = scored_rounds(person_rounds, instrument_of)
            chart = trend_chart(instrument, person_rounds, texts, instrument_of) if person_rounds else None
            return TraineeRounds(person, scored, chart)

        def shown(found: TraineeRounds) -> None:
            if self._asked == (person_id, instrument.id):  # not overtaken by a newer choice
                self._show_rounds(instrument, found)

        self.context.run(read, shown, owner=self)

    def _show_no_trainee(self) -> None:
        self.person_name.setText(self.tr("No trainees yet. Start a form from the home screen."))
        self.person_name.setToolTip("")
        self.rounds = []
        self.table.set_rows([])
        self._set_chart(None)
        self.open_button.setEnabled(False)
        self.rate_button.setEnabled(False)
        self.fixes.show_for(None)

    def _show_rounds(self, instrument: Instrument, found: TraineeRounds) -> None:
        person, scored, chart = found
        if person is None:
            self._show_no_trainee()
            return
        full = person.name if not person.cohort_name else f"{person.name} · {person.cohort_name}"
        self.person_name.setToolTip(full)
        self.person_name.setText(
            elide(person.name, 30)
            if not person.cohort_name
            else f"{elide(person.name, 30)} · {elide(person.cohort_name, 24)}"
        )
        self.rounds = [r for r, _comparison, _card in scored]
        rows = []
        for r, comparison, card in scored:
            colleagues = fmt_score(comparison.total.colleagues)
            if comparison.total.colleagues_hidden or (
                comparison.colleagues_rated and comparison.total.colleagues is None
            ):
                colleagues = fill(self.tr("%1 rated, not shown"), comparison.colleagues_rated)
            day = fmt_day(r.when)
            rows.append(
                [
                    f"{elide(r.class_round.name, 24)} · {day}" if r.class_round else day,
                    fmt_score(card.total) if card else "—",
                    self.context.text(card.band.label) if card and card.band else "",
                    fmt_score(comparison.total.supervisor),
                    colleagues,
                    fmt_score(comparison.total.others),
                ]
            )
        self.table.set_rows(rows)
        if rows:
            self.table.selectRow(len(rows) - 1)
        self.empty_note.setText("" if rows else self.tr("No completed forms of this kind yet."))
        self.open_button.setEnabled(bool(rows))
        # New forms only with a file of today (a form whose file is gone keeps its history only).
        self.rate_button.setEnabled(instrument.id in self.context.instruments)
        self.fixes.show_for(self.rounds)
        self._set_chart(chart)

    def _set_chart(self, figure: Figure | None) -> None:
        if self._canvas is not None:
            self.chart_holder.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None
        if figure is None:
            return
        from desktop.ui.radar.chart_canvas import trend_canvas

        self._canvas = trend_canvas(self.context, figure, self)
        self.chart_holder.addWidget(self._canvas)

    def _open(self, row: int) -> None:
        instrument = self.instrument
        if self.person_id is not None and instrument is not None and 0 <= row < len(self.rounds):
            self.open_result.emit(self.person_id, instrument.id, row)

    def selected_round(self) -> Round | None:
        row = self.table.currentRow() if self.table.currentRow() >= 0 else len(self.rounds) - 1
        return self.rounds[row] if 0 <= row < len(self.rounds) else None

    def _rate(self) -> None:
        instrument = self.instrument
        if self.person_id is not None and instrument is not None:
            self.rate_person.emit(self.person_id, instrument.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_button.click()
            return
        super().keyPressEvent(event)

"""Result of a form: total, band and advice, and the trainee set against supervisor and colleagues."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bands import band_tone
from desktop.core.comparison import (
    MIN_COLLEAGUES,
    Comparison,
    Figures,
    GapFlag,
    RaterRole,
    Round,
    compare,
    observed_total,
    rounds,
)
from desktop.core.instruments import Instrument
from desktop.core.scoring import score
from desktop.ui.scorecard.roles import flag_name
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import elide, fill, fmt_date, fmt_gap, fmt_score
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import plain_label

FLAG_COLOURS: dict[GapFlag | None, str] = {GapFlag.BLIND_SPOT: "#fde2dc", GapFlag.HIDDEN_STRENGTH: "#dff3e4"}


class ResultPage(QWidget):
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.instrument: Instrument | None = None
        self.rounds: list[Round] = []
        self.comparison: Comparison | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 12)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.clicked.connect(self.back.emit)
        self.heading = plain_label("", "title", wrap=True)
        self.round_choice = QComboBox()
        self.round_choice.setAccessibleName(self.tr("Round"))
        self.round_choice.currentIndexChanged.connect(self._round_changed)
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(plain_label(self.tr("Round")))
        top.addWidget(self.round_choice)
        outer.addLayout(top)

        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        summary = QHBoxLayout()
        self.total = plain_label("", "total")
        self.band = plain_label("", "band", wrap=True)
        summary.addWidget(self.total)
        summary.addSpacing(24)
        summary.addWidget(self.band, 1)
        layout.addLayout(summary)
        self.total_note = plain_label("", "hint", wrap=True)
        self.advice = plain_label("", "advice", wrap=True)
        self.raters = plain_label("", "subtitle", wrap=True)
        layout.addWidget(self.total_note)
        layout.addWidget(self.advice)
        layout.addWidget(self.raters)
        self.dimension_title = plain_label(self.tr("By dimension"), "subtitle")
        self.dimension_table = ReadOnlyTable(self._headers(self.tr("Dimension")), stretch_column=0)
        layout.addWidget(self.dimension_title)
        layout.addWidget(self.dimension_table)
        self.items_title = plain_label("", "subtitle")
        self.items_table = ReadOnlyTable(
            [self.tr("No."), *self._headers(self.tr("Statement"))], stretch_column=1
        )
        layout.addWidget(self.items_title)
        layout.addWidget(self.items_table)
        self.legend = plain_label(
            fill(
                self.tr(
                    "Gap = self minus all others. A blind spot: you rate yourself more than a third of the scale above others. "
                    "A hidden strength: others rate you that much higher than you do. Colleagues appear only as a mean of at least %1."
                ),
                MIN_COLLEAGUES,
            ),
            "hint",
            wrap=True,
        )
        layout.addWidget(self.legend)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _headers(self, first: str) -> list[str]:
        return [
            first,
            self.tr("Self"),
            self.tr("Supervisor"),
            self.tr("Colleagues (mean)"),
            self.tr("All others"),
            self.tr("Gap"),
            self.tr("Note"),
        ]

    # -- state ---------------------------------------------------------------------------------
    def show_person(self, person_id: int, instrument_id: str, round_index: int | None = None) -> None:
        store = self.context.store
        if store is None:  # (results are offered once the store is open)
            return
        self.person_id = person_id
        sheets = store.sheets(person_id, instrument_id)
        # A form whose file is gone shows with the newest version its forms were answered with.
        instrument = self.context.instruments.get(instrument_id) or self.context.instrument_for_sheets(
            instrument_id, sheets
        )
        if instrument is None:  # neither its file nor a kept version: nothing to read the forms with
            raise LookupError(f"the form {instrument_id!r} is unknown")
        self.instrument = instrument
        person = store.person(person_id)
        name = elide(person.name, 24) if person else "?"
        self.heading.setText(f"{name} — {self.context.text(instrument.title)}")
        self.rounds = rounds(sheets)
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for r in self.rounds:
            label = (
                fmt_date(r.when)
                if r.self_sheet or RaterRole.SELF.value not in instrument.rater_roles
                else fill(self.tr("%1 (no self-assessment)"), fmt_date(r.when))
            )
            self.round_choice.addItem(label)
        last = len(self.rounds) - 1
        self.round_choice.setCurrentIndex(last if round_index is None else round_index)
        self.round_choice.blockSignals(False)
        self._round_changed(self.round_choice.currentIndex())

    def _round_changed(self, index: int) -> None:
        if (chosen := self.instrument) is None:
            return
        # Every result opens at its top (total, band, advice), wherever the previous one was scrolled.
        self.scroll_area.verticalScrollBar().setValue(0)
        if index < 0 or index >= len(self.rounds):
            self._show_empty()
            return
        self._show_round(self.rounds[index], chosen)

    def _show_empty(self) -> None:
        self.total.setText("—")
        self.band.setText("")
        self._set_band_tone("")
        self.advice.setText(self.tr("No completed forms yet."))
        self.total_note.clear()
        self.raters.clear()
        self.dimension_table.set_rows([])
        self.items_table.set_rows([])

    def _show_round(self, selected: Round, chosen: Instrument) -> None:
        # The round's forms score with the version they were answered with, not today's file.
        (selected,) = self.context.as_answered(chosen, [selected])
        instrument = self.context.instrument_for_sheets(chosen.id, selected.sheets) or chosen
        comparison = compare(instrument, selected.sheets)
        self.comparison = comparison
        low, high = instrument.total_range
        if selected.self_sheet is not None:
            card = score(instrument, selected.self_sheet.answers)
            self.total.setText(
                f"{fmt_score(card.total)} / {high}" if instrument.total == "sum" else fmt_score(card.total)
            )
            self.band.setText(self.context.text(card.band.label) if card.band else "")
            self._set_band_tone(band_tone(instrument, card.band) if card.band else "")
            self.advice.setText(self.context.text(card.band.advice) if card.band else "")
            note = ""
            if card.total is None:
                note = fill(
                    self.tr("Too few statements answered for a total (%1 of %2)."),
                    card.answered,
                    card.item_count,
                )
            elif card.estimated:
                note = fill(self.tr("Estimated from %1 of %2 statements."), card.answered, card.item_count)
            self.total_note.setText(note)
        elif (observed := observed_total(instrument, selected.sheets)) is not None:
            # An observation sheet: the trainee does not rate themself; the observers' mean is the result.
            self.total.setText(
                f"{fmt_score(observed.total)} / {high}"
                if instrument.total == "sum"
                else fmt_score(observed.total)
            )
            self.band.setText(self.context.text(observed.band.label) if observed.band else "")
            self._set_band_tone(band_tone(instrument, observed.band) if observed.band else "")
            self.advice.setText(self.context.text(observed.band.advice) if observed.band else "")
            self.total_note.setText(fill(self.tr("Mean of %1 observers' ratings."), observed.observers))
        else:
            self.total.setText("—")
            self.band.setText(self.tr("No self-assessment in this round"))
            self._set_band_tone("")
            self.advice.setText("")
            self.total_note.clear()
        self.raters.setText(self._raters_text(comparison))

        dim_rows, dim_colours = [], []
        dim_rows.append(self._row(self.tr("Total"), comparison.total))
        dim_colours.append(FLAG_COLOURS.get(comparison.total.flag))
        for dimension in instrument.dimensions:
            figures = comparison.dimensions[dimension.id]
            dim_rows.append(self._row(self.context.text(dimension.name), figures))
            dim_colours.append(FLAG_COLOURS.get(figures.flag))
        self.dimension_table.set_rows(dim_rows, dim_colours)

        has_others = comparison.supervisors_rated or comparison.colleagues_rated
        ordered = comparison.items_by_gap if has_others else list(instrument.items)
        self.items_title.setText(
            self.tr("Statements, biggest gaps first") if has_others else self.tr("Statements")
        )
        numbers = {item.id: i + 1 for i, item in enumerate(instrument.items)}
        item_rows, item_colours = [], []
        for item in ordered:
            figures = comparison.items[item.id]
            item_rows.append([str(numbers[item.id]), *self._row(self.context.text(item.text), figures)])
            item_colours.append(FLAG_COLOURS.get(figures.flag))
        self.items_table.set_rows(item_rows, item_colours)

    def _set_band_tone(self, tone: str) -> None:
        # Good bands in green or blue, weak ones in orange or red (style.qss), never a warning
        # colour for a good result.
        self.band.setProperty("tone", tone)
        self.band.style().unpolish(self.band)
        self.band.style().polish(self.band)

    def _row(self, label: str, figures: Figures) -> list[str]:
        colleagues = fmt_score(figures.colleagues)
        hidden = figures.hidden_colleague_count
        if hidden is not None:
            colleagues = fill(self.tr("hidden (%1 < %2)"), hidden, MIN_COLLEAGUES)
        return [
            label,
            fmt_score(figures.self),
            fmt_score(figures.supervisor),
            colleagues,
            fmt_score(figures.others),
            fmt_gap(figures.gap),
            flag_name(figures.flag),
        ]

    def _raters_text(self, comparison: Comparison) -> str:
        if RaterRole.SELF.value not in comparison.instrument.rater_roles:
            return fill(self.tr("observer ratings: %1"), comparison.observers_rated)
        parts = [
            self.tr("Self-assessment: yes") if comparison.has_self else self.tr("Self-assessment: none"),
            fill(self.tr("supervisor ratings: %1"), comparison.supervisors_rated),
        ]
        if comparison.colleagues_rated >= MIN_COLLEAGUES:
            parts.append(
                fill(self.tr("colleague ratings: %1 (shown only as a mean)"), comparison.colleagues_rated)
            )
        else:
            parts.append(
                fill(
                    self.tr("colleague ratings: %1 — %2 more needed before their mean is shown"),
                    comparison.colleagues_rated,
                    comparison.colleagues_needed,
                )
            )
        return " · ".join(parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back.emit()
            return
        super().keyPressEvent(event)

"""Class view for the facilitator: the class-mean radar, the spread per competency, and the bands."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.ui.radar.controls import add_choices, basis_combo, fill_form_combo
from desktop.ui.radar.texts import radar_texts, series_labels, versions_note
from desktop.ui.scorecard.class_exports import ClassExports
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill, fmt_score
from desktop.ui.shell.layouts import SideBySide, scroll_area
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import name_combo, plain_label, title_bar

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.core.instruments import Band, Instrument
    from desktop.core.radar import ClassProfile
    from desktop.core.records import CohortRecord
    from desktop.store.store import Store
    from desktop.ui.shell.operations import Progress

ALL_CLASSES = -1


class ClassFigures(NamedTuple):
    """What the class view shows of one form, class and basis, read and drawn on the worker."""

    instrument: Instrument  # the newest version the class answered: the layout of every figure
    profile: ClassProfile
    note: str  # what the radar leaves out when versions differ ("" when nothing)
    distribution: list[tuple[Band, int]] | None  # None: the form has no bands
    radar: Figure | None  # None: nothing to draw
    bands: Figure | None


class ClassPage(QWidget):
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.radar: Figure | None = None
        self.bands: Figure | None = None
        self._canvases: list[QWidget] = []
        # The form, class and basis whose figures were asked for last.
        self._asked: tuple[str, int | None, str] | None = None
        # The forms listed (files gone included), read with the classes.
        self._forms: dict[str, Instrument] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.addLayout(title_bar(self.tr("Class view"), self.back.emit))
        controls = QHBoxLayout()
        self.cohort = name_combo()
        self.instrument = QComboBox()
        self.basis = basis_combo()
        choices = (
            (self.tr("Class"), self.cohort),
            (self.tr("Form"), self.instrument),
            (self.tr("Based on"), self.basis),
        )
        add_choices(controls, choices, self.cohort, self.refresh)
        outer.addLayout(controls)
        self.exports = ClassExports(
            context, self, self._chosen_cohort, self.instrument.currentData, self.cohort.currentText
        )
        outer.addLayout(self.exports)
        charts = QWidget()
        self.charts = QVBoxLayout(charts)
        self.charts.setContentsMargins(0, 0, 0, 0)
        side_widget = QWidget()
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        self.summary = plain_label("", "subtitle", wrap=True)
        side.addWidget(self.summary)
        self.spread = ReadOnlyTable(
            [
                self.tr("Dimension"),
                self.tr("Mean"),
                self.tr("Lowest"),
                self.tr("Highest"),
                self.tr("Spread (SD)"),
                self.tr("Trainees"),
            ],
            stretch_column=0,
        )
        side.addWidget(self.spread)
        self.bands_title = plain_label("", "subtitle", wrap=True)
        side.addWidget(self.bands_title)
        self.band_table = ReadOnlyTable(
            [self.tr("Band"), self.tr("Range"), self.tr("Trainees")], stretch_column=0
        )
        side.addWidget(self.band_table)
        side.addStretch(1)
        # Charts beside the tables, or above them on a narrow window; two charts and two tables
        # do not fit a small screen: they scroll, under the choices.
        self.body = SideBySide(charts, side_widget, (3, 2))
        outer.addWidget(scroll_area(self.body), 1)

    def prepare(self, cohort_id: int | None = None) -> None:
        """List the classes (read on the worker), then show ``cohort_id`` (all trainees when None)."""
        self.context.run(
            lambda store, _p: (store.cohorts(), self.context.forms_with_history(store)),
            lambda found: self._list(*found, cohort_id),
            owner=self,
        )

    def _list(self, cohorts: list[CohortRecord], forms: dict[str, Instrument], cohort_id: int | None) -> None:
        self._forms = forms
        for combo in (self.cohort, self.instrument):
            combo.blockSignals(True)
        self.cohort.clear()
        self.cohort.addItem(self.tr("All trainees"), ALL_CLASSES)
        for cohort in cohorts:
            self.cohort.addItem(cohort.name, cohort.id)
        self.cohort.setCurrentIndex(
            max(0, self.cohort.findData(cohort_id if cohort_id is not None else ALL_CLASSES))
        )
        fill_form_combo(self.instrument, self.context, radar_only=False, listed=forms)
        for combo in (self.cohort, self.instrument):
            combo.blockSignals(False)
        self.refresh()

    def _chosen_cohort(self) -> int | None:
        """The class chosen, or None for "all trainees"."""
        cohort: int | None = self.cohort.currentData()  # a class's id, or ALL_CLASSES
        return None if cohort in (None, ALL_CLASSES) else cohort

    def refresh(self) -> None:
        """Read the class's figures on the worker (a few queries however many trainees), then show them."""
        self.exports.update_enabled()
        instrument = (self._forms or self.context.instruments).get(self.instrument.currentData())
        if self.context.store is None or instrument is None:
            self._clear_charts()
            return
        # An observation sheet has no self-ratings: its class figures are the observers'.
        basis = self.basis.currentData() if "self" in instrument.rater_roles else "others"
        self.basis.setEnabled("self" in instrument.rater_roles)
        cohort_id = self._chosen_cohort()
        asked = self._asked = (instrument.id, cohort_id, basis)

        lang = self.context.lang
        # The charts are titled with the form as the class answered it (the newest version), not today's file.
        class_mean, bands_titled = self.tr("Class mean"), self.tr("%1: self-assessment bands")
        trainees, texts = self.tr("Trainees"), radar_texts()  # translated here: the worker calls no Qt

        instrument_of, as_answered = self.context.answered_with(instrument), self.context.as_answered

        def read(store: Store, _progress: Progress) -> ClassFigures:
            from desktop.charts.radar import band_distribution_figure, radar_figure
            from desktop.core.answered_versions import newest_answered
            from desktop.core.class_rounds import latest_rounds
            from desktop.core.radar import band_distribution, class_mean_of, class_profile

            class_rounds = as_answered(
                instrument, latest_rounds(store.sheets_by_person(instrument.id, cohort_id, None))
            )
            # Each trainee's round scored and banded with its own version; laid out with the newest answered.
            version = newest_answered(instrument, class_rounds, instrument_of)
            radar_title = class_mean + " — " + version.title.get(lang)
            bands_title = fill(bands_titled, version.title.get(lang))
            profile = class_profile(version, class_rounds, basis, instrument_of)
            note = versions_note(class_mean_of(version, profile), lang, texts)
            mean = class_mean_of(version, profile) if class_rounds and version.has_radar else None
            radar = (
                radar_figure(mean, series_labels(mean, texts), lang, radar_title)
                if mean and mean.series
                else None
            )
            distribution = band_distribution(version, class_rounds, instrument_of) if version.bands else None
            bands = (
                band_distribution_figure(distribution, lang, bands_title, trainees, size=(9.6, 3.6))
                if distribution and any(n for _, n in distribution)
                else None
            )
            return ClassFigures(version, profile, note, distribution, radar, bands)

        def shown(found: ClassFigures) -> None:
            if self._asked is asked:  # not overtaken by a newer choice
                self._show(found)

        self.context.run(read, shown, owner=self)

    def _clear_charts(self) -> None:
        for canvas in self._canvases:
            self.charts.removeWidget(canvas)
            canvas.deleteLater()
        self._canvases = []

    def _show(self, figures: ClassFigures) -> None:
        from desktop.ui.radar.chart_canvas import figure_canvas

        instrument, profile, note, distribution, radar, bands = figures

        self._clear_charts()
        summary = fill(self.tr("%1 trainees with this form (each one's latest round)"), profile.trainees)
        self.summary.setText(f"{summary} {note}" if note else summary)
        rows = []
        for dimension, spread in zip(instrument.dimensions, profile.dimensions, strict=True):
            rows.append(
                [
                    self.context.text(dimension.name),
                    fmt_score(spread.mean),
                    fmt_score(spread.minimum),
                    fmt_score(spread.maximum),
                    fmt_score(spread.sd),
                    str(spread.n),
                ]
            )
        self.spread.set_rows(rows)
        self.spread.setMinimumWidth(self.spread.content_width())  # every column readable, or stacked
        self.radar, self.bands = radar, bands
        if radar is not None:
            self._add_canvas(figure_canvas(radar, self, self.context.operations))
        # The chosen form's own bands, when its file has any (the course gives bands to the scorecard).
        self.bands_title.setVisible(bool(instrument.bands))
        self.band_table.setVisible(bool(instrument.bands))
        if distribution is not None:
            self.bands_title.setText(
                fill(self.tr("%1: self-assessment bands"), self.context.text(instrument.title))
            )
            self.band_table.set_rows(
                [[self.context.text(b.label), f"{b.min}–{b.max}", str(n)] for b, n in distribution]
            )
        if bands is not None:
            self._add_canvas(figure_canvas(bands, self, self.context.operations))

    def _add_canvas(self, canvas: QWidget) -> None:
        canvas.setMinimumSize(360, 220)  # two charts stacked must still fit a 768-pixel-high screen
        self.charts.addWidget(canvas, 1)
        self._canvases.append(canvas)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

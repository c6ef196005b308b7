"""Competency radar: one trainee, with overlays (self vs others, before vs after, trainee vs class)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.radar.chart_view import MIN_DRAWN
from desktop.ui.radar.controls import add_choices, basis_combo, fill_form_combo
from desktop.ui.radar.texts import RadarTexts, radar_texts, scales_differ_note, series_labels, versions_note
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill, fmt_score
from desktop.ui.shell.layouts import SideBySide, scroll_area
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import name_combo, plain_label, show_error, title_bar

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.core.instruments import Instrument
    from desktop.core.radar import RadarData
    from desktop.core.records import PersonRecord
    from desktop.store.store import Store
    from desktop.ui.shell.operations import Progress

OVERLAY_SELF_OTHERS, OVERLAY_BEFORE_AFTER, OVERLAY_CLASS = range(3)
RADAR_DPI = 100


class RadarChoice(NamedTuple):
    """What the drop-downs ask for: a trainee, a form, an overlay (``OVERLAY_*``) and a basis."""

    person_id: int | None  # None: no trainees yet
    instrument: Instrument | None  # None: no forms with a radar
    overlay: int
    basis: str  # "self" or "others"


class RadarShown(NamedTuple):
    """What the page shows for a choice, read and drawn on the worker."""

    data: RadarData | None  # None: nothing to draw, ``note`` says why
    note: str
    figure: Figure | None


class RadarWords(NamedTuple):
    """What the page's work says, translated on the window's thread (the worker calls no Qt)."""

    radar: RadarTexts
    no_trainees: str
    no_form: str
    needs_two_rounds: str


class RadarPage(QWidget):
    back = Signal()
    class_view_requested = Signal(object)  # cohort id or None
    report_requested = Signal(int)  # person id

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.figure: Figure | None = None
        self._canvas: QWidget | None = None
        self._asked: RadarChoice | None = None  # the choices whose radar was asked for last
        # The forms listed (files gone included), read with the trainees.
        self._forms: dict[str, Instrument] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.addLayout(title_bar(self.tr("Competency radar"), self.back.emit))

        controls = QHBoxLayout()
        self.person = name_combo()
        self.person.setAccessibleName(self.tr("Trainee"))
        self.instrument = QComboBox()
        self.overlay = QComboBox()
        for label in (
            self.tr("Self vs supervisor vs colleagues"),
            self.tr("Before vs after training"),
            self.tr("Trainee vs class"),
        ):
            self.overlay.addItem(label)
        self.basis = basis_combo()
        choices = (
            (self.tr("Trainee"), self.person),
            (self.tr("Form"), self.instrument),
            (self.tr("Overlay"), self.overlay),
            (self.tr("Based on"), self.basis),
        )
        add_choices(controls, choices, self.person, self.refresh_chart)
        outer.addLayout(controls)

        chart = QWidget()
        self.chart_holder = QVBoxLayout(chart)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable([self.tr("Dimension")], stretch_column=0)
        side_layout.addWidget(self.table)
        self.note = plain_label("", "hint", wrap=True)
        side_layout.addWidget(self.note)
        side_layout.addStretch(1)
        # Chart and table side by side; on a narrow window the table goes below the chart, and
        # both scroll under the choices while the buttons stay in view.
        self.body = SideBySide(chart, side, (3, 2))
        outer.addWidget(scroll_area(self.body), 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.report_button = QPushButton(self.tr("Trainee report (PDF)…"))
        self.class_button = QPushButton(self.tr("Class view…"))
        self.save_button.clicked.connect(self.save_chart)
        self.report_button.clicked.connect(self._report)
        self.class_button.clicked.connect(self._class_view)
        for button in (self.save_button, self.report_button, self.class_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def prepare(self, person_id: int | None = None) -> None:
        """List the trainees (read on the worker), then show the radar of ``person_id`` or the current one."""
        current = person_id if person_id is not None else self.person.currentData()
        self.context.run(
            lambda store, _p: (store.people(), self.context.forms_with_history(store)),
            lambda found: self._list(*found, current),
            owner=self,
        )

    def _list(self, people: list[PersonRecord], forms: dict[str, Instrument], current: int | None) -> None:
        self._forms = forms
        for combo in (self.person, self.instrument):
            combo.blockSignals(True)
        self.person.clear()
        for person in people:
            label = person.name if not person.cohort_name else f"{person.name} · {person.cohort_name}"
            self.person.addItem(label, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        fill_form_combo(self.instrument, self.context, listed=forms)
        for combo in (self.person, self.instrument):
            combo.blockSignals(False)
        self.refresh_chart()

    # -- data ----------------------------------------------------------------------------------
    def current_data(self) -> tuple[RadarData | None, str]:
        """What the chosen trainee, form, overlay and basis show, read here and now."""
        return self._read(self.context.store, self._choices())

    def _choices(self) -> RadarChoice:
        overlay = self.overlay.currentIndex()
        self.basis.setEnabled(overlay != OVERLAY_SELF_OTHERS)
        instrument = (self._forms or self.context.instruments).get(self.instrument.currentData())
        return RadarChoice(self.person.currentData(), instrument, overlay, self.basis.currentData())

    def _read(self, store: Store | None, choice: RadarChoice) -> tuple[RadarData | None, str]:
        """The radar's data, read here: a few queries however many trainees."""
        data, note, _shown = self._read_shown(store, choice, self._words())
        return data, note

    def _words(self) -> RadarWords:
        return RadarWords(
            radar_texts(),
            self.tr("No trainees yet."),
            self.tr("This trainee has no completed form of this kind yet."),
            self.tr("Before vs after needs two rounds of this form."),
        )

    def _read_shown(
        self, store: Store | None, choice: RadarChoice, words: RadarWords
    ) -> tuple[RadarData | None, str, Instrument | None]:
        """The radar's data, why there is none, and the version of the form its rounds were answered with
        (the newest where two rounds are shown): its title is the chart's, never today's file's."""
        from desktop.core.answered_versions import newest_answered
        from desktop.core.comparison import rounds
        from desktop.core.radar import ScalesDiffer, before_after, self_vs_others, trainee_vs_class

        person_id, instrument, overlay, basis = choice
        if store is None or person_id is None or instrument is None:
            return None, words.no_trainees, None
        own = self.context.as_answered(instrument, rounds(store.sheets(person_id, instrument.id)))
        if not own:
            return None, words.no_form, None
        # Each round with the version its forms were answered with: its dimensions and items as answered.
        instrument_of = self.context.answered_with(instrument)
        latest = instrument_of(own[-1])
        if overlay == OVERLAY_SELF_OTHERS:
            return self_vs_others(latest, own[-1]), "", latest
        if overlay == OVERLAY_BEFORE_AFTER:
            if len(own) < 2:
                return None, words.needs_two_rounds, None
            shown = newest_answered(instrument, (own[0], own[-1]), instrument_of)
            try:
                data = before_after(latest, own[0], own[-1], basis, instrument_of(own[0]))
            except ScalesDiffer as exc:
                return None, scales_differ_note(*exc.scales, words.radar), shown
            return data, versions_note(data, self.context.lang, words.radar), shown
        from desktop.core.class_rounds import latest_rounds
        from desktop.core.comparison import RaterRole

        person = store.person(person_id)
        cohort_id = person.cohort_id if person is not None else None
        # The trainee's class, or every trainee when they have none: a few queries however many.
        # On self-ratings a round's value is its self-assessment's, so the self forms alone give it.
        role = RaterRole.SELF if basis == "self" else None
        class_rounds = self.context.as_answered(
            instrument, latest_rounds(store.sheets_by_person(instrument.id, cohort_id or None, role))
        )
        data = trainee_vs_class(latest, own[-1], class_rounds, basis, instrument_of)
        return data, versions_note(data, self.context.lang, words.radar), latest

    def refresh_chart(self) -> None:
        """Read the chosen radar's data and build its figure on the worker, then show it here."""
        choices = self._choices()
        self._asked = choices
        lang = self.context.lang
        titled = self.tr("%1 — %2")  # the trainee, and the title of the form as it was answered
        person_name = self.person.currentText().split(" · ")[0]
        words = self._words()  # translated here: the worker calls no Qt

        # Laid out at once for the size the chart is shown at (the one it replaces): laid out for
        # another size, it would be laid out again when first drawn (~20 ms more on the worker).
        inches = self._chart_inches()

        def read(store: Store, _progress: Progress) -> RadarShown:
            data, note, shown_version = self._read_shown(store, choices, words)
            if data is None or not data.series or shown_version is None:
                return RadarShown(data, note, None)
            title = fill(titled, person_name, shown_version.title.get(lang))
            from desktop.charts.radar import radar_figure

            labels = series_labels(data, words.radar)
            if inches is None:  # not shown yet: the chart's own size
                return RadarShown(data, note, radar_figure(data, labels, lang, title, dpi=RADAR_DPI))
            return RadarShown(data, note, radar_figure(data, labels, lang, title, inches, RADAR_DPI))

        def shown(found: RadarShown) -> None:
            if self._asked is choices:  # not overtaken by a newer choice
                self._show(found)

        self.context.run(read, shown, owner=self)

    def _chart_inches(self) -> tuple[float, float] | None:
        """The shown chart's size in inches at the radar's 100 dpi, as the chart view draws it."""
        canvas = self._canvas
        if canvas is None or canvas.width() < MIN_DRAWN or canvas.height() < MIN_DRAWN:
            return None
        ratio = canvas.devicePixelRatioF()
        return canvas.width() * ratio / RADAR_DPI, canvas.height() * ratio / RADAR_DPI

    def _show(self, shown: RadarShown) -> None:
        from desktop.ui.radar.chart_canvas import figure_canvas

        data, note, figure = shown
        self.note.setText(note)
        if self._canvas is not None:
            self.chart_holder.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None
        self.figure = figure
        if figure is None or data is None:
            self.table.set_rows([])
            self.save_button.setEnabled(False)
            return
        labels = series_labels(data)
        self._canvas = figure_canvas(figure, self, self.context.operations)
        self.chart_holder.addWidget(self._canvas)
        headers = [self.tr("Dimension"), *(labels[s.key] for s in data.series)]
        if headers != self.table.table_model.headers:
            self.table.set_headers(headers)
        rows = []
        for index, axis_label in enumerate(data.axis_labels):
            rows.append(
                [axis_label.get(self.context.lang), *(fmt_score(s.values[index]) for s in data.series)]
            )
        self.table.set_rows(rows)
        self.table.setMinimumWidth(self.table.content_width())  # every column readable, or stacked
        self.save_button.setEnabled(True)

    # -- intents -------------------------------------------------------------------------------
    def save_chart(self) -> None:
        if self.figure is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            str(Path.home() / "radar.png"),
            "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)",
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the chart on the store worker: the one thread that draws the figure (a resize draws it
        there again), and a PDF's fonts take a moment to embed."""
        from desktop.charts.radar import save_figure

        figure = self.figure
        if figure is None:  # nothing drawn: Save chart… is disabled
            return

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError | ValueError):
                raise error
            show_error(self, self.tr("Saving failed"), f"{path}: {error}")

        self.context.operations.run(
            lambda _progress: save_figure(figure, path),
            label=fill(self.tr("Saving %1…"), path.name),
            failed=failed,
            owner=self,
        )

    def _report(self) -> None:
        person_id: int | None = self.person.currentData()
        if person_id:
            self.report_requested.emit(person_id)

    def _class_view(self) -> None:
        store = self.context.store
        person_id = self.person.currentData()
        person = store.person(person_id) if store and person_id is not None else None
        self.class_view_requested.emit(person.cohort_id if person else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

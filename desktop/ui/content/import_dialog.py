"""The Import dialog: a file (xlsx, CSV, GIFT, Aiken, text) or pasted 问卷星-style text, previewed
question by question; nothing is written until the trainer presses Import.

The reading, checking, duplicate finding and bank text come from ``desktop.core.importing``; this
module only shows them and writes the planned bank file atomically on confirmation; the row that
chooses the bank (a new one or one of the trainer's own) is ``import_destination``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.bank_writer import write_bank_plan
from desktop.core.importing import ColumnMapping, ImportResult, read_file, read_text
from desktop.core.importing.bank_file import plan_bank
from desktop.core.importing.destination import Destination, mark_known
from desktop.core.messages import localise
from desktop.ui.content.import_destination import DestinationRow
from desktop.ui.content.import_preview import MappingTable, PreviewTable
from desktop.ui.shell.busy_bar import BusyBar
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.layouts import size_by_shown_page
from desktop.ui.shell.widgets import big_button, plain_label

#: the encodings a trainer may force; "" = detected
ENCODINGS = ("", "utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16")
FILE_FILTER = "*.xlsx *.xlsm *.csv *.tsv *.txt *.gift"


class ImportDialog(QDialog):
    """Emits ``imported(bank_id)`` after the bank file is written."""

    imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import questions"))
        self.source: Path | None = None
        self.pasted: str | None = None
        self.mapping: ColumnMapping | None = None
        # Named so as not to hide QDialog.result() (the code exec() returned).
        self.read_result: ImportResult | None = None
        self.destination: Destination | None = None
        self._build()
        self._fit_screen()
        self._show_nothing()
        self.choose_button.setFocus()  # the first thing to do: Space opens the file chooser

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = self.top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        file_tab = QWidget()
        file_row = QHBoxLayout(file_tab)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setAutoDefault(False)  # Enter stays Import's, even with this button focused
        self.file_label = plain_label(
            self.tr(
                "Kahoot or Wayground xlsx, a CSV or xlsx with 题目/答案 columns, GIFT, Aiken or a text list"
            ),
            wrap=True,
        )
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        self.tabs.addTab(file_tab, self.tr("From a file"))
        paste_tab = QWidget()
        paste_layout = QVBoxLayout(paste_tab)
        self.paste_box = QPlainTextEdit()
        self.paste_box.setPlaceholderText(
            self.tr("Paste questions here, e.g.\n1. 客户投诉时首先应该？[单选题]\nA. 道歉\nB. 解释\n答案：A")
        )
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.setMinimumHeight(60)
        self.paste_box.setMaximumHeight(100)
        self.read_paste_button = QPushButton(self.tr("Preview the pasted text"))
        self.read_paste_button.clicked.connect(self.read_pasted)
        paste_layout.addWidget(self.paste_box, 1)
        paste_layout.addWidget(self.read_paste_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(paste_tab, self.tr("Pasted text"))
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.tabs.currentChanged.connect(self._fit_tab)
        self._fit_tab(0)
        top_layout.addWidget(self.tabs)

        info = QHBoxLayout()
        self.format_label = plain_label("")
        info.addWidget(self.format_label, 1)
        info.addWidget(plain_label(self.tr("Encoding:")))
        self.encoding = QComboBox()
        # grows when "Detected" becomes "Detected (GB18030 (GBK))"; it kept its first width otherwise
        self.encoding.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in ENCODINGS:
            self.encoding.addItem(name or self.tr("Detected"), name)
        self.encoding.currentIndexChanged.connect(lambda _i: self.refresh())
        info.addWidget(self.encoding)
        top_layout.addLayout(info)

        self.mapping_title = plain_label(
            self.tr("Columns (change what a column is read as; the preview follows):")
        )
        self.mapping_table = MappingTable()
        self.mapping_table.mapping_changed.connect(self._mapping_changed)
        top_layout.addWidget(self.mapping_title)
        top_layout.addWidget(self.mapping_table)
        self.notes = plain_label("", wrap=True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_layout.addWidget(self.notes)
        self.file_problems = plain_label("", "error", wrap=True)
        self.file_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_layout.addWidget(self.file_problems)
        top_layout.addStretch(1)

        # On 1024×768 or 1280×720 at 150 % the upper part scrolls and the preview keeps its share.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it took the first focus: Space did nothing
        scroll.setWidget(top)
        self.preview = PreviewTable()
        self.preview.setMinimumHeight(120)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        self.destination_row = DestinationRow(self.context)
        self.destination_row.changed.connect(self.refresh)
        outer.addWidget(self.destination_row)

        # A big file is read on the worker: this line says so while it takes longer than 300 ms.
        self.busy = BusyBar(self.context.operations, self)
        bottom = QHBoxLayout()
        self.summary = plain_label("", wrap=True)
        self.summary.setProperty("role", "subtitle")
        bottom.addWidget(self.summary, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = big_button(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        outer.addLayout(bottom)

    def _fit_tab(self, _current: int) -> None:
        """The tabs as tall as the page shown (the file row is short, the paste box is not), so a small
        screen keeps room for the mapping and the preview."""
        size_by_shown_page(self.tabs)
        self.tabs.updateGeometry()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 700
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.96)), min(height, int(screen.height() * 0.92))
        self.resize(width, height)
        self.setMinimumSize(min(width, 760), min(height, 440))

    # -- sources -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import questions"),
            str(self.source.parent if self.source is not None else Path.home()),  # not the app's folder
            self.tr("Question files") + f" ({FILE_FILTER});;* (*)",
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.source, self.pasted, self.mapping = path, None, None
        self.tabs.setCurrentIndex(0)
        self.file_label.setText(str(path))
        self._set_encoding("")
        self.destination_row.bank_name.setText(path.stem.strip())
        self.refresh()

    def read_pasted(self) -> None:
        text = self.paste_box.toPlainText()
        if not text.strip():
            return
        self.source, self.pasted, self.mapping = None, text, None
        self._set_encoding("")
        if not self.destination_row.bank_name.text().strip() or self.read_result is None:
            self.destination_row.bank_name.setText(self.tr("Pasted questions"))
        self.refresh()

    def _set_encoding(self, name: str) -> None:
        self.encoding.blockSignals(True)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(name)))
        self.encoding.blockSignals(False)

    def _mapping_changed(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.refresh(keep_mapping_view=True)

    # -- preview -----------------------------------------------------------------------------------
    def refresh(self, keep_mapping_view: bool = False, then: Callable[[], None] | None = None) -> None:
        """Read the file or the pasted text again on the worker (a 10,000-row CSV takes seconds; the
        dialog keeps answering and shows that it is reading), then show it and call ``then``."""
        if self.source is None and self.pasted is None:
            self._show_nothing()
            return
        source, pasted, mapping = self.source, self.pasted, self.mapping
        encoding, pasted_name = self.encoding.currentData() or None, self.tr("pasted text")
        self.destination, problem = self.destination_row.destination()
        destination = self.destination
        self.import_button.setEnabled(False)  # until the preview shows what would be written

        def read(_progress: object) -> ImportResult:
            if source is not None:
                result = read_file(source, encoding=encoding, mapping=mapping)
            else:
                result = read_text(pasted or "", pasted_name)
            if destination is not None:
                mark_known(result, destination)
            return result

        def shown(result: ImportResult) -> None:
            self.read_result = result
            self._show(result, problem, keep_mapping_view)
            if then is not None:
                then()

        label = fill(self.tr("Reading %1…"), source.name if source is not None else pasted_name)
        self.context.operations.run(read, shown, label=label, owner=self)

    def _show_nothing(self) -> None:
        self.read_result = None
        self.format_label.setText(self.tr("Choose a file or paste questions to see them here."))
        self.encoding.setEnabled(False)
        self.mapping_title.setVisible(False)
        self.mapping_table.setVisible(False)
        self.notes.setVisible(False)
        self.file_problems.setVisible(False)
        self.preview.show_result(None)
        self.summary.setText("")
        self.import_button.setEnabled(False)
        self._share_height()

    def _show(self, result: ImportResult, destination_problem: str, keep_mapping_view: bool) -> None:
        self.format_label.setText(fill(self.tr("Format: %1"), self._format_name(result.format)))
        text_file = self.source is not None and result.encoding is not None
        self.encoding.setEnabled(text_file or bool(self.encoding.currentData()))
        self.encoding.setItemText(
            0,
            fill(self.tr("Detected (%1)"), localise(result.encoding, self.context.lang))
            if text_file and not self.encoding.currentData()
            else self.tr("Detected"),
        )
        has_mapping = result.mapping is not None and bool(result.mapping.headers)
        self.mapping_title.setVisible(has_mapping)
        self.mapping_table.setVisible(has_mapping)
        if has_mapping and not keep_mapping_view:
            self.mapping_table.show_mapping(result.mapping)
        lang = self.context.lang
        # one line for the short notes (encoding · delimiter · empty rows): the upper part stays short
        self.notes.setText("  ·  ".join(localise(note, lang) for note in result.notes))
        self.notes.setVisible(bool(result.notes))
        self.file_problems.setText("\n".join(p.text(lang) for p in result.problems))
        self.file_problems.setVisible(bool(result.problems))
        self.preview.show_result(result, self.context.lang)
        valid = len(result.questions)
        skipped = len(result.rows) - valid
        text = fill(self.tr("Import %1 valid questions, skip %2"), valid, skipped)
        if destination_problem:
            text += "\n" + destination_problem
        self.summary.setText(text)
        self.import_button.setEnabled(valid > 0 and self.destination is not None)
        if not keep_mapping_view:
            self._share_height()

    def _share_height(self) -> None:
        """The upper part as tall as what it shows (at most half), the preview the rest: a fixed third
        left an empty band above a Kahoot file's preview, which showed two questions at 1024×768."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        self.top.adjustSize()
        wanted = min(self.top.sizeHint().height(), total // 2)
        self.splitter.setSizes([wanted, total - wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.busy.follow_window()  # it floats over the dialog's bottom, outside its layout

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._share_height()

    def _format_name(self, fmt: str) -> str:
        return {
            "kahoot": self.tr("Kahoot template (xlsx)"),
            "wayground": self.tr("Wayground / Quizizz (xlsx)"),
            "table": self.tr("Question table (CSV or xlsx)"),
            "gift": self.tr("Moodle GIFT"),
            "aiken": self.tr("Aiken"),
            "pasted": self.tr("问卷星-style list"),
        }.get(fmt, self.tr("not recognised"))

    # -- writing -----------------------------------------------------------------------------------
    def confirm(self) -> None:
        # What is written is what the preview shows: read once more, then write.
        self.refresh(keep_mapping_view=True, then=self._write)

    def _write(self) -> None:
        result, destination = self.read_result, self.destination
        if result is None or destination is None or not result.questions:
            return
        source = self.source.name if self.source is not None else self.tr("pasted text")
        title = self.destination_row.bank_name.text().strip()
        plan = plan_bank(
            result,
            destination.bank_id,
            destination.existing,
            title,
            f"imported from {source}",
            str(destination.path),
        )
        if plan.errors:
            self.summary.setText(
                self.tr("Nothing written:") + "\n" + "\n".join(e.text(self.context.lang) for e in plan.errors)
            )
            return
        try:
            write_bank_plan(destination.path, plan)
        except OSError as exc:
            self.summary.setText(
                fill(
                    self.tr("Cannot write %1: %2. Nothing was written."),
                    str(destination.path),
                    os_reason_text(exc),
                )
            )
            return
        self.context.reload_banks()
        self.imported.emit(destination.bank_id)
        self.accept()

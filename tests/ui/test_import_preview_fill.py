"""The import preview fills a big file's rows measuring each cell a bounded number of times, not every
cell again after each cell is set (Import's second reading of a 2,000-row file froze the dialog for
two minutes that way)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from desktop.core.importing.model import ImportResult, PreviewRow
from desktop.ui.content.import_preview import COLUMNS, PreviewTable


class CountingDelegate(QStyledItemDelegate):
    """Counts how often the table asks a cell for its size (what sizing a column to its contents does)."""

    def __init__(self) -> None:
        super().__init__()
        self.measured = 0

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        self.measured += 1
        return super().sizeHint(option, index)


def result_of(rows: int) -> ImportResult:
    row = PreviewRow(
        line=0,
        unit="row",
        text="客户投诉时先做什么？",
        kind="single",
        options=("道歉", "争辩"),
        answer="A",
        explanation="",
        tags=(),
        status="ok",
        problems=[],
    )
    return ImportResult(
        "两千题.csv", "csv", rows=[PreviewRow(**{**row.__dict__, "line": n + 2}) for n in range(rows)]
    )


def test_filling_the_preview_measures_each_cell_a_bounded_number_of_times(qtbot):
    table = PreviewTable()
    qtbot.addWidget(table)
    table.resize(1000, 600)
    table.show()
    delegate = CountingDelegate()
    table.setItemDelegate(delegate)
    rows = 300
    table.show_result(result_of(rows))
    QApplication.processEvents()  # shown and laid out, as the dialog is when Import reads again
    delegate.measured = 0
    table.show_result(result_of(rows))  # read again (Import reads the file once more before writing)
    last_source = table.model().index(rows - 1, COLUMNS.index("Source")).data()  # as the trainer sees it
    assert table.row_count() == rows and last_source.endswith(str(rows + 1))
    cells = rows * len(COLUMNS)
    assert delegate.measured <= 4 * cells, f"{delegate.measured} size measurements for {cells} cells"

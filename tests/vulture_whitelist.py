"""What the dead-code check (tests/test_dead_code.py, vulture) cannot see being used, each with why.

vulture reads this file with the app's code: naming ``Class.attribute`` here counts as a use of
``attribute`` (by name, wherever it is defined). The check fails when an entry is no longer needed
(vulture would not report it without this file), and importing this module fails when a class or
attribute named here is gone (an instance attribute, which is no class attribute, is read in a
lambda: the first check still covers it). Keep it short: code nothing uses is removed, not listed here. An entry
marked "test seam" is used by the tests only, on purpose: it lets a test see what the screen or the
file shows.
"""

from __future__ import annotations

from desktop.core.colours import AA_NORMAL_TEXT
from desktop.core.phones.protocol import phone_view
from desktop.store.models import Answer, GroupLineup, InstrumentVersionRow, PkEventRow, PkSessionRow
from desktop.ui.content.bank_editor import _DraftStep
from desktop.ui.content.edit_table import ChoiceDelegate
from desktop.ui.content.import_preview import PreviewModel
from desktop.ui.content.undo_keys import UndoKeys
from desktop.ui.pk.phones_view import _ResizeFollower
from desktop.ui.pk.windows import SessionWindows
from desktop.ui.radar.page import OVERLAY_CLASS, RadarPage
from desktop.ui.scorecard.report_builder import report_figures
from desktop.ui.shell.flow_layout import FlowLayout
from desktop.ui.shell.job_button import JobButton
from desktop.ui.shell.tables import RowsModel

_USED_WHERE_VULTURE_CANNOT_SEE = [
    # -- Qt calls these overrides of its virtual methods itself --
    RowsModel.headerData,  # the table's header asks its model for the column titles
    PreviewModel.headerData,  # the import preview's header asks its model for the column titles
    ChoiceDelegate.createEditor,  # the view asks the delegate for the editor of a cell
    ChoiceDelegate.setEditorData,  # ...then fills it with the cell's value
    ChoiceDelegate.setModelData,  # ...and writes the edited value back
    _DraftStep.mergeWith,  # QUndoStack merges a run of typing into one undo step
    UndoKeys.eventFilter,  # installed on the editors: Qt passes their key events through it
    SessionWindows.eventFilter,  # installed on the PK windows (bench_phones' local filter: same name)
    _ResizeFollower.eventFilter,  # installed on the phones view's parent to follow its resizes
    FlowLayout.itemAt,  # QLayout walks its items with it
    FlowLayout.expandingDirections,  # QLayout asks it when sharing space
    FlowLayout.heightForWidth,  # the layout's height follows the width it is given
    JobButton.heightForWidth,  # the wrapped label's height follows the button's width
    # -- other libraries read these attributes of their objects --
    lambda cell: cell._loc,  # matplotlib's table Cell: the text alignment it draws with (no public setter)
    lambda cell: cell.alignment,  # openpyxl's Cell: the alignment (wrapped text) it writes into the xlsx file
    # -- the schema (models.py, which the migrations are checked against): written and read by SQL --
    Answer.answered_at,  # when an answer was last changed (store.record_answer sets it)
    PkSessionRow.setup_json,  # the session's set-up, read by SQL in pk_store
    PkEventRow.data_json,  # an event's data, read by SQL in pk_store
    PkEventRow.recorded_at,  # when the event row was written (pk_store and bulk.py insert it)
    GroupLineup,  # saved group line-ups: the table read and written by SQL in store/pk_store.py
    GroupLineup.groups_json,  # ...its groups
    InstrumentVersionRow,  # instrument files as answered: read and written by SQL in store/instrument_versions.py
    InstrumentVersionRow.kept_at,  # ...when a version was kept
    # -- names that document a choice the code reaches by position or by default --
    OVERLAY_CLASS,  # the radar's third overlay choice (trainee vs class): the case left after the other two
    # -- test seams: what lets a test see what a screen or a file shows --
    AA_NORMAL_TEXT,  # the WCAG AA ratio the colour tests hold every text on its background to
    phone_view,  # one phone's board, plainly: the reference BoardText's single encoding is tested against
    report_figures,  # a trainee report's pages drawn at once, for the tests that read their texts
    RadarPage.current_data,  # the radar's data as chosen (the drawn figure cannot be read back)
    lambda result: result.safety_backup,  # RestoreResult: the tests check the data before a restore was kept
]

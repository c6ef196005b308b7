"""Store work as operations on one worker thread, run one at a time in the order they were asked for.

As Anki's CollectionOp/QueryOp: a screen hands over ``work`` (store reads, a backup, a report) and a
``done`` callback; ``work`` runs on the worker, ``done`` on the UI thread with its result. Only one
operation runs at a time, so two never race on the data, and the window keeps painting and taking
keys meanwhile. No UI code runs on the worker: ``work`` gets data and numbers only, and the widgets
are built in ``done``. An operation still running after ``BUSY_AFTER_MS`` is shown (see
``busy_changed``), with counts when it reports them; a quiet one (a warm-up nobody asked for) only
while something asked for after it waits behind it.

The PK buzz path does not come here: its commit stays synchronous (the point is acknowledged only
once it is on disk, within one frame).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from queue import SimpleQueue

log = logging.getLogger(__name__)

#: an operation still running after this long shows a busy indicator (or its counts)
BUSY_AFTER_MS = 300


T = TypeVar("T")  # what an operation's work returns and its done is given


class Progress:
    """Handed to the work of an operation: ``progress(done, total)`` from the worker shows counts."""

    def __init__(self, operations: Operations, label: str):
        self._operations = operations
        self._label = label
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        # At most ~30 updates a second reach the UI thread, and always the last one.
        if done >= total or now - self._last >= 0.03:
            self._last = now
            self._operations.report_progress(self._label, done, total)


class _Operation:
    """One piece of work asked for, and what came of it. A plain class: ``dataclasses`` (~2 ms)
    is not imported before the first paint."""

    __slots__ = ("work", "done", "failed", "label", "owner", "quiet", "result", "error")

    def __init__(
        self,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
        label: str,
        owner: QObject | None,
        quiet: bool = False,
    ):
        self.work = work
        self.done = done
        self.failed = failed
        self.label = label
        self.owner = owner
        self.quiet = quiet
        self.result: Any = None
        self.error: BaseException | None = None


class Operations(QObject):
    """One worker thread and its queue of operations."""

    #: (shown, label): an operation someone waits for has run longer than ``BUSY_AFTER_MS`` / none is
    #: left (the label is the running operation's: the one the wait is for)
    busy_changed = Signal(bool, str)
    #: (label, done, total) reported by the running operation
    progressed = Signal(str, int, int)
    #: the queue is empty: everything asked for has run and its ``done`` has been called
    idle = Signal()
    _finished = Signal(object)  # from the worker: an _Operation with its result or error
    _progress = Signal(str, int, int)  # from the worker

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: SimpleQueue[_Operation | None] | None = None  # made with the worker
        self._pending = 0
        self._awaited = 0  # pending operations that are not quiet
        #: the labels of the operations asked for, oldest (the one running) first
        self._labels: deque[str] = deque()
        self._busy_shown = False
        self._finished.connect(self._deliver)
        self._progress.connect(self._on_progress)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)
        self._thread: threading.Thread | None = None  # started on the first operation
        #: run each operation at once on the calling thread (tests and command-line tools that
        #: drive screens step by step and read them straight after)
        self.inline = False

    # -- asking ---------------------------------------------------------------------------------
    def run(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], None] | None = None,
        *,
        label: str = "",
        failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        quiet: bool = False,
    ) -> None:
        """Queue ``work`` (called on the worker with a ``Progress``); ``done(result)`` or
        ``failed(error)`` is then called on the UI thread, unless ``owner`` was deleted meanwhile.
        Without ``failed`` an error goes to the app's error guard (plain words, details in the log).

        ``quiet``: work nobody waits for (loading the charts ahead of the first chart screen). It
        shows no busy line of its own: the line would come over the bottom of whatever screen the
        user is on, for work they did not ask for."""
        operation = _Operation(work, done, failed, label, owner, quiet)
        if self.inline:
            self._run_inline(operation)
            return
        if self._queue is None:
            from queue import SimpleQueue  # with the worker, after the first paint: ~1 ms of every start

            self._queue = SimpleQueue()
            self._thread = threading.Thread(
                target=self._serve, args=(self._queue,), name="store-operations", daemon=True
            )
            self._thread.start()
        self._count(operation)
        if self._awaited == 1 and not quiet:
            self._busy_timer.start(BUSY_AFTER_MS)
        self._queue.put(operation)

    def worker_ident(self) -> int | None:
        """The worker thread's id, once started (benchmarks read its CPU time)."""
        return self._thread.ident if self._thread is not None else None

    @property
    def pending(self) -> int:
        """Operations asked for whose ``done`` has not been called yet."""
        return self._pending

    @property
    def awaited(self) -> int:
        """The pending operations that are not quiet: what the busy line is shown for."""
        return self._awaited

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Let the event loop run until every operation asked for is done (tests, benchmarks, tools);
        False on timeout. The window keeps painting meanwhile."""
        if self._pending == 0:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return self._pending == 0

    def shutdown(self) -> None:
        """Finish what was asked, then stop the worker (at exit)."""
        if self._thread is not None and self._queue is not None:
            self._queue.put(None)
            self._thread.join(timeout=30)
            self._thread = None
            self._queue = None

    def report_progress(self, label: str, done: int, total: int) -> None:
        """From the worker: the running operation's counts (see ``Progress``)."""
        self._progress.emit(label, done, total)

    # -- on the worker --------------------------------------------------------------------------
    def _serve(self, operations: SimpleQueue[_Operation | None]) -> None:
        while True:
            operation = operations.get()
            if operation is None:
                return
            try:
                operation.result = operation.work(Progress(self, operation.label))
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
                operation.error = exc
            try:
                self._finished.emit(operation)
            except RuntimeError:  # the app is closing and this object is gone
                return

    # -- on the UI thread -----------------------------------------------------------------------
    def _run_inline(self, operation: _Operation) -> None:
        try:
            operation.result = operation.work(Progress(self, operation.label))
        except Exception as exc:  # noqa: BLE001 - the same path as from the worker
            operation.error = exc
        self._count(operation)
        self._deliver(operation)

    def _count(self, operation: _Operation) -> None:
        self._pending += 1
        if not operation.quiet:
            self._awaited += 1
        self._labels.append(operation.label)

    def _deliver(self, operation: _Operation) -> None:
        self._pending -= 1
        if not operation.quiet:
            self._awaited -= 1
        self._labels.popleft()
        owner_gone = operation.owner is not None and not isValid(operation.owner)
        try:
            if owner_gone:
                pass  # its screen closed meanwhile: nothing to show the result on
            elif operation.error is not None:
                self._failed(operation)
            elif operation.done is not None:
                operation.done(operation.result)
        finally:
            if self._awaited == 0:
                self._busy_timer.stop()
                if self._busy_shown:
                    self._busy_shown = False
                    self.busy_changed.emit(False, "")
            elif self._busy_shown:
                self.busy_changed.emit(True, self._labels[0])
            if self._pending == 0:
                self.idle.emit()

    def _failed(self, operation: _Operation) -> None:
        error = operation.error
        assert error is not None
        if operation.failed is not None:
            operation.failed(error)
            return
        log.error("Operation %r failed", operation.label, exc_info=error)
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_busy(self) -> None:
        if self._awaited:
            self._busy_shown = True
            self.busy_changed.emit(True, self._labels[0])

    def _on_progress(self, label: str, done: int, total: int) -> None:
        self.progressed.emit(label, done, total)

"""One running app per data folder: a second launch brings the first window forward and exits.

QLockFile says whether another process holds the folder (it notices a crashed holder's stale
lock); QLocalServer lets the second launch ask the first to come forward. The second launch
writes nothing: it never opens the database.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

LOCK_NAME = "app.lock"
ACTIVATE = b"activate"


def server_name(data_dir: Path) -> str:
    import hashlib

    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"training-assessment-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # another launch asked this one to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, listen: bool = True) -> bool:
        """True when this process is the only one for the folder; it then listens for later launches,
        at once or, with ``listen`` False, once ``listen()`` is called."""
        if not self.data_dir.is_dir():
            return True  # nothing to guard yet; the store reports an unusable folder itself
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # held as long as the process lives, however long the class lasts
        if not lock.tryLock(200):
            if lock.error() == QLockFile.LockError.LockFailedError:
                self._ask_first_to_come_forward()
                return False
            return True  # a read-only folder cannot hold a lock; the store will say what is wrong
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later launches for the folder (call once the window is up: QtNetwork and the name's
        hash cost ~10 ms, not needed for the first paint). Only with the lock held; once."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # left behind by a crashed run
        server = QLocalServer(self)
        server.newConnection.connect(self._on_connection)
        server.listen(self.name)
        self._server = server

    def _ask_first_to_come_forward(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        # The first may have just started and not listen yet: ask for a second, then give up.
        socket = QLocalSocket()
        for _attempt in range(10):
            socket.connectToServer(self.name)
            if socket.waitForConnected(100):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return
            socket.abort()
            QThread.msleep(100)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # The message is a few bytes sent at once: read it here rather than keep a handler
            # around that could outlive the socket.
            if connection.bytesAvailable() or connection.waitForReadyRead(1000):
                wanted = ACTIVATE in bytes(connection.readAll().data())
            else:
                wanted = False
            connection.abort()
            connection.deleteLater()
            if wanted:
                self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def bring_forward(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()

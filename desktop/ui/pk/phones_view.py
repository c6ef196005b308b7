"""What the facilitator and the room see of the phones: the QR code, the address and PIN, the seats.

The console gets a panel (QR, address, PIN, each seat connected or dropped with its measured delay);
the stage gets a corner badge with the QR code, the address and the PIN, which the room may see.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.phones.addresses import is_public
from desktop.ui.pk.phones import PhoneLink
from desktop.ui.pk.stage import StageWindow
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.tables import ReadOnlyTable
from desktop.ui.shell.widgets import plain_label


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def local_addresses() -> list[tuple[str, str]]:
    """``(interface name, IPv4 address)`` of every interface that is up, loopback last."""
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((interface.humanReadableName(), address.toString()))
    found.sort(key=lambda pair: pair[1].startswith("127."))
    return found or [("lo", "127.0.0.1")]


class InterfaceDialog(QDialog):
    """Which network the phones join: the classroom's Wi-Fi, listed by interface and address."""

    def __init__(self, addresses: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phones as buzzers"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Phones join over this computer's network, with no internet. Pick the network the "
                    "phones are on (the classroom's Wi-Fi); the stage then shows a QR code and a PIN."
                ),
                wrap=True,
            )
        )
        self.list = QListWidget()
        for name, address in addresses:
            label = f"{name} — {address}"
            if address.startswith("127."):
                label += "  " + self.tr("(this computer only)")
            elif is_public(address):
                label += "  " + self.tr("(public address: asks first)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def address(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""


class PhonesPanel(QFrame):
    """The console's view of the phones."""

    def __init__(self, link: PhoneLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.title = plain_label("", "subtitle", wrap=True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.address = plain_label("", wrap=True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seats = ReadOnlyTable(
            [self.tr("Seat"), self.tr("Group"), self.tr("Name"), self.tr("Phone"), self.tr("Delay")],
            stretch_column=2,
        )
        self.seats.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (self.title, self.qr, self.address, self.seats):
            layout.addWidget(widget)
        # Seats and connections change through the link; a buzz (controller.changed) leaves them alone,
        # so the buzz path does not rebuild this table.
        link.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        link = self.link
        self.setVisible(link.on or bool(link.controller.state.seats))
        if link.on:
            self.title.setText(self.tr("Phones: on"))
            if self.qr.property("url") != link.url:
                self.qr.setPixmap(qr_pixmap(link.url, 4))
                self.qr.setProperty("url", link.url)
            self.address.setText(fill(self.tr("%1 · PIN %2"), link.url, link.pin))
        else:
            self.title.setText(self.tr("Phones: off"))
            self.qr.clear()
            self.qr.setProperty("url", "")
            self.address.clear()
        self.qr.setVisible(link.on)
        rows, colours = [], []
        state = link.controller.state
        for seat in state.seats.values():
            connected = link.connected.get(seat.seat, False)
            rows.append(
                [
                    seat.seat,
                    link.controller.group(seat.group).name,
                    seat.name,
                    self.tr("connected") if connected else self.tr("dropped"),
                    f"{link.delay_ms(seat.seat):.0f} ms" if connected else "—",
                ]
            )
            colours.append(None if connected else "#f8d7da")
        self.seats.set_rows(rows, colours)
        self.seats.fit_height()


class StageBadge(QFrame):
    """The stage's corner: QR code, address and PIN, so the room can join (it holds no secret of the quiz)."""

    def __init__(self, link: PhoneLink, stage: StageWindow):
        super().__init__(stage)
        self.link = link
        self.stage = stage
        self.setStyleSheet("StageBadge { background: white; border-radius: 10px; } QLabel { color: black; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = plain_label("", wrap=False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout.addWidget(self.qr)
        layout.addWidget(self.text)
        self._follower = _ResizeFollower(self)
        stage.installEventFilter(self._follower)
        link.changed.connect(self.refresh)  # phones off (also at the session's end) hides it
        self.refresh()

    def refresh(self) -> None:
        link = self.link
        visible = link.on and not link.controller.state.ended
        if visible and self.qr.property("url") != link.url:
            self.qr.setPixmap(qr_pixmap(link.url, 5))
            self.qr.setProperty("url", link.url)
        self.text.setText(fill(self.tr("%1\nPIN %2"), link.url, link.pin) if visible else "")
        self.setVisible(visible)
        self.place()

    def place(self) -> None:
        self.adjustSize()
        margin = 16
        self.move(self.stage.width() - self.width() - margin, self.stage.height() - self.height() - margin)
        self.raise_()
        # The badge sits in the bottom-right corner: the scoreboard makes room for it, or the last
        # group's tile (name and score) would be hidden under the QR code.
        room = self.width() + margin if self.isVisibleTo(self.stage) else 0
        if self.stage.scoreboard.contentsMargins().right() != room:
            self.stage.scoreboard.setContentsMargins(0, 0, room, 0)


class _ResizeFollower(QObject):
    def __init__(self, badge: StageBadge):
        super().__init__(badge)
        self.badge = badge

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.badge.place()
        return False

"""Phones in a real PK session: turned on from the console, seats listed, buzzes mixed with keys, resume."""

from __future__ import annotations

import asyncio
import threading

import aiohttp
from PySide6.QtWidgets import QLabel

from desktop.ui.pk.phones_view import PhonesPanel, StageBadge
from tests.phones.phone_clients import Phone
from tests.ui.test_pk_session import start_session


class PhoneDriver:
    """Phones (aiohttp clients) on an asyncio loop of their own, so the Qt loop keeps running."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.http = self.run(self._session()).result(5)

    async def _session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession()

    def run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def phone(self, url: str) -> Phone:
        async def make() -> Phone:
            phone = Phone(self.http, url)
            await phone.connect()
            return phone

        return self.run(make()).result(5)

    def close(self, phones) -> None:
        async def close_all() -> None:
            await asyncio.gather(*(p.close() for p in phones))
            await self.http.close()

        self.run(close_all()).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def wait(qtbot, future, timeout=5000):
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


def test_phones_join_buzz_and_come_back_after_the_session_is_reopened(make_shell, qtbot):
    shell = make_shell()
    opened = start_session(shell, groups=3)
    # Not registered with qtbot: the test closes both sessions itself (closing deletes the windows).
    console, stage, controller, link = opened.console, opened.stage, opened.controller, opened.phones
    link.start("127.0.0.1")
    assert link.pin.isdigit() and len(link.pin) == 6
    badge = stage.findChild(StageBadge)
    assert badge.isVisible() and link.url in badge.text.text() and link.pin in badge.text.text()
    assert not badge.qr.pixmap().isNull()
    panel = console.findChild(PhonesPanel)
    driver = PhoneDriver()
    phones = []
    try:
        lead = driver.phone(link.url)
        phones.append(lead)
        first_group, _, third_group = (g.id for g in controller.setup.groups)
        joined = wait(qtbot, driver.run(lead.join(first_group, "小王", pin=link.pin)))
        assert joined["t"] == "joined"
        qtbot.waitUntil(lambda: panel.seats.rowCount() == 1 and _row(panel, 0)[3] in ("connected", "已连接"))
        assert _row(panel, 0)[2] == "小王"

        opened.fake_clock.now += 1000
        controller.run(controller.session.next_question)
        controller.toggle_buzzers()
        opened.fake_clock.now += 100
        wait(qtbot, driver.run(lead.send({"t": "buzz"})))
        qtbot.waitUntil(lambda: controller.state.locked_by == first_group)
        opened.fake_clock.now += 100
        qtbot.keyClick(console, "3")  # a keyboard group, 100 ms later
        buzzes = controller.state.buzzes
        assert [(b.group, b.source) for b in buzzes] == [(first_group, "phone"), (third_group, "key")]
        gap = console.buzz_table.model().index(0, 2).data()
        assert gap.startswith("+0 ms") and ("raw" in gap or "原始" in gap)
        state = wait(qtbot, driver.run(lead.wait_for(lambda m: m["t"] == "state" and len(m["order"]) == 2)))
        assert state["mine"] == {"place": 1, "gap_ms": 0}

        # The session is closed (as after a crash) and opened again: same PIN, same address, same seat.
        pin, url, session_id = link.pin, link.url, controller.session_id
        console.close()
        qtbot.waitUntil(lambda: session_id not in shell.window.pk.open_sessions)
        reopened = shell.window.pk.open(session_id)
        assert reopened.phones.on and reopened.phones.pin == pin and reopened.phones.url == url
        back = driver.phone(url)
        phones.append(back)
        back.token = lead.token
        wait(qtbot, driver.run(back.send({"t": "hello", "token": lead.token})))
        again = wait(qtbot, driver.run(back.wait_for(lambda m: m["t"] == "joined")))
        assert again["seat"] == lead.seat
        assert len(reopened.controller.state.seats) == 1
        reopened.console.close()
        assert not reopened.phones.on
    finally:
        driver.close(phones)
        link.stop()


def _row(panel: PhonesPanel, row: int) -> list[str]:
    return list(panel.seats.table_model.rows[row])


def test_stage_shows_no_phone_badge_until_phones_are_on(make_shell, qtbot):
    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    badge = opened.stage.findChild(StageBadge)
    assert not badge.isVisible()
    assert not any("PIN" in label.text() for label in opened.stage.findChildren(QLabel) if label.isVisible())


def test_phones_chosen_on_the_set_up_page_start_with_the_session(make_shell, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.ui.pk.phones_view import InterfaceDialog

    picked = []

    def pick_loopback(dialog):
        rows = [dialog.list.item(i).data(0x0100) for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(rows.index("127.0.0.1"))
        picked.append(rows)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InterfaceDialog, "exec", pick_loopback)
    monkeypatch.setattr("desktop.ui.pk.phones_view.local_addresses", lambda: [("lo", "127.0.0.1")])
    shell = make_shell()
    shell.window.pk_setup.phones.setChecked(True)
    opened = start_session(shell)
    try:
        assert picked == [["127.0.0.1"]]
        assert opened.phones.on and opened.phones.url.startswith("http://127.0.0.1:")
        assert opened.controller.state.phones_address[0] == "127.0.0.1"
    finally:
        opened.console.close()
    assert not opened.phones.on


def test_a_phone_buzz_is_painted_on_the_stage_before_the_phones_are_told(make_shell, qtbot):
    """The projector comes first: the buzz is painted during its own handling, not at Qt's next pass
    through the event loop behind the broadcast to every phone and whatever else is queued."""
    from PySide6.QtCore import QEvent, QObject

    from desktop.core.phones.seats import SeatHolder

    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    controller, stage, link = opened.controller, opened.stage, opened.phones
    stage.show()
    happened: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and stage.order.text():
                happened.append("stage painted")
            return False

    class Phones:  # the server's side the link talks to
        url = "http://127.0.0.1:1/"

        def publish(self, board):
            happened.append("phones told")

        def stop(self):
            pass

    watch = Painted(stage)
    stage.order.installEventFilter(watch)
    controller.run(controller.session.next_question)
    controller.toggle_buzzers()
    qtbot.waitExposed(stage)
    qtbot.wait(50)  # the stage has painted the open question
    link.server = Phones()
    groups = [g.id for g in controller.setup.groups]
    clock = opened.fake_clock
    for n, group in enumerate(groups[:2]):
        clock.now += 40
        link.bridge.phone_buzz(SeatHolder(f"s{n}", group, f"p{n}", "h"), clock.now, 0.0)
    # Nothing of Qt's loop has run since: the two buzzes were taken, committed and painted at once.
    assert [b.group for b in controller.state.buzzes] == groups[:2]
    assert happened[:2] == ["stage painted", "phones told"]
    link.server = None


def test_the_stage_qr_code_never_hides_a_groups_score(make_shell, qtbot):
    from PySide6.QtCore import QRect

    shell = make_shell()
    opened = start_session(shell, groups=4)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    stage, link = opened.stage, opened.phones
    badge = stage.findChild(StageBadge)
    stage.show()
    link.start("127.0.0.1")
    try:
        for size in ((1920, 1080), (1024, 768)):
            stage.resize(*size)
            qtbot.wait(50)
            assert badge.isVisible()
            for tile, name, score in stage.tiles.values():
                where = QRect(tile.mapTo(stage, tile.rect().topLeft()), tile.size())
                assert not where.intersects(badge.geometry()), (size, name.text())
                assert score.isVisible()
    finally:
        link.stop()
    qtbot.wait(50)
    assert not badge.isVisible()
    last_tile = list(stage.tiles.values())[-1][0]
    assert (
        last_tile.mapTo(stage, last_tile.rect().topRight()).x() > stage.width() - 100
    )  # the room is given back


def test_a_key_buzz_reaches_the_projector_before_the_console_refreshes(make_shell, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QObject

    from desktop.ui.pk.console import ConsoleWindow

    happened: list[str] = []
    refresh = ConsoleWindow.refresh

    def console_refresh(self):
        happened.append("console refreshed")
        refresh(self)

    monkeypatch.setattr(ConsoleWindow, "refresh", console_refresh)
    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    controller, stage = opened.controller, opened.stage
    stage.show()
    qtbot.waitExposed(stage)

    class Painted(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and stage.order.text():
                happened.append("stage painted")
            return False

    watch = Painted(stage)
    stage.order.installEventFilter(watch)
    controller.run(controller.session.next_question)
    controller.toggle_buzzers()
    qtbot.wait(50)
    happened.clear()
    controller.buzz_key(controller.setup.groups[1].key)
    assert happened[:2] == ["stage painted", "console refreshed"]

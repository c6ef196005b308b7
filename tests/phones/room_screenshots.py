"""The README's pictures of a class buzzing from phones: the console and the stage with the QR code and
PIN, phones joined and two of them buzzed, at 1920×1080 and 1024×768.

    python -m tests.phones.room_screenshots OUTDIR [ADDRESS]

The real app offscreen, a session of the demo groups with phones on ADDRESS (this computer's first
network that is not loopback, else 127.0.0.1), and phones as websocket clients (the phone page itself
is pictured in a real browser by ``test_phone_page_browser``). Writes ``OUTDIR/<size>/pk_console_phones.png``
and ``OUTDIR/<size>/pk_stage_phones.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PHONES = (("g1", "小王"), ("g1", "小李"), ("g2", "Lee"), ("g3", "阿强"), ("g4", "婷婷"), ("g2", "小陈"))
SIZES = ((1920, 1080), (1024, 768))


def take(out: Path, address: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.app import Shell, create_application
    from desktop.core.pk.setup import ScoringRules, SessionSetup
    from desktop.demo_pk import DEMO_GROUPS
    from desktop.ui.pk.phones_view import local_addresses
    from tests.ui.test_pk_phones import PhoneDriver

    _app = create_application()  # the windows need it alive

    def settle(done, timeout_ms: int = 5000) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: done() and loop.quit())
        poll.start(10)
        QTimer.singleShot(timeout_ms, loop.quit)
        if not done():
            loop.exec()
        poll.stop()

    host = address or next((a for _, a in local_addresses() if a != "127.0.0.1"), "127.0.0.1")
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ta-room-shots-") as tmp:
        shell = Shell(Path(tmp), "zh_CN")
        shell.context.open_store_now()
        shell.window.pk.sound.enabled = False
        banks, _ = shell.context.banks()
        refs = tuple(f"{b.id}/{q.id}" for b in banks for q in b.questions if str(q.kind).endswith("single"))[
            :12
        ]
        opened = shell.window.pk.start_new("客服技巧 PK 赛", SessionSetup(DEMO_GROUPS, refs, ScoringRules()))
        controller, link = opened.controller, opened.phones
        link.start(host, allow_public=True)  # a documentation address (192.0.2.x) counts as public
        driver = PhoneDriver()
        phones = []
        try:
            for group, name in PHONES:
                phone = driver.phone(link.url)
                driver.run(phone.join(group, name, pin=link.pin)).result(10)
                phones.append(phone)
            settle(lambda: sum(link.connected.values()) == len(PHONES))
            controller.run(controller.session.next_question)
            controller.toggle_buzzers()
            settle(lambda: all((p.last_state() or {}).get("phase") == "open" for p in phones))
            for index in (2, 0, 4):  # 火箭队 first, then 雄鹰队 and 阳光队
                driver.run(phones[index].send({"t": "buzz"})).result(5)
                settle(lambda n=index: any(b.seat == phones[n].seat for b in controller.state.buzzes))
            for width, height in SIZES:
                folder = out / f"{width}x{height}"
                folder.mkdir(parents=True, exist_ok=True)
                for window, name in (
                    (opened.console, "pk_console_phones"),
                    (opened.stage, "pk_stage_phones"),
                ):
                    window.resize(width, height)
                    window.show()
                    settle(lambda: False, 300)  # reflowed layouts settle
                    path = folder / f"{name}.png"
                    window.grab().save(str(path))
                    saved.append(path)
        finally:
            driver.close(phones)
            opened.console.close()
            shell.window.close()
            shell.context.close()
    return saved


if __name__ == "__main__":
    for written in take(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None):
        print(written)

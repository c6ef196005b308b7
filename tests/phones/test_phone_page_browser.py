"""The phone page in a real browser: Debian's chromium driven by Playwright (never a downloaded browser).

Opens the page the app serves, joins with the PIN, picks a group, buzzes, and reads the lock and the
gap as a phone's user would. Skipped (saying why) where chromium is not installed; CI sets
TA_REQUIRE_BROWSER=1, which turns a missing chromium into a failure.
Run as ``python -m tests.phones.test_phone_page_browser OUTDIR`` to take the README's screenshots.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.phones.phone_clients import PIN, Clock, DirectPort, session_setup

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where chromium's sandbox refuses to start
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PHONE = {
    "viewport": {"width": 390, "height": 780},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


def chromium_or_skip() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("TA_REQUIRE_BROWSER"):
        pytest.fail("TA_REQUIRE_BROWSER is set but chromium is not installed (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI runs this test")


def join(page, url: str, group_name: str, name: str) -> None:
    page.goto(url)
    page.locator("#pin").fill(PIN)
    page.locator("#pin-go").click()
    page.locator("#name").fill(name)
    page.get_by_role("button", name=group_name).click()
    page.locator("#buzz").wait_for(state="visible")
    assert not page.locator("#pin-screen").is_visible() and not page.locator("#group-screen").is_visible()


def play(browser, url: str, port: DirectPort, shots: Path | None = None) -> dict[str, str]:
    """Two phones (Chinese and English) join; the Chinese one buzzes first, the English one second."""
    seen: dict[str, str] = {}
    zh = browser.new_context(locale="zh-CN", **PHONE).new_page()
    en = browser.new_context(locale="en-US", **PHONE).new_page()
    zh.goto(url)
    zh.locator("#pin").wait_for(state="visible")
    seen["pin_prompt"] = zh.locator("label[for=pin]").inner_text()
    if shots:
        zh.locator("#pin").fill(PIN)
        zh.screenshot(path=str(shots / "phone_pin.png"))
        zh.locator("#pin-go").click()
        zh.locator("#groups button").first.wait_for()
        zh.screenshot(path=str(shots / "phone_groups.png"))
    join(zh, url, "第1组", "小王")
    join(en, url, "第2组", "Lee")
    en.wait_for_function("document.getElementById('status').textContent !== ''")
    seen["waiting"] = en.locator("#status").inner_text()
    port.command("next_question")
    port.command("open_buzzers")
    en.locator("#buzz.open").wait_for()
    seen["open"] = en.locator("#status").inner_text()
    if shots:
        zh.locator("#buzz.open").wait_for()
        zh.screenshot(path=str(shots / "phone_open.png"))
    zh.locator("#buzz").click()
    zh.locator("#buzz.first").wait_for()
    seen["zh_after_buzz"] = zh.locator("#status").inner_text()
    en.get_by_text("was first").wait_for()  # the other phone hears of the lock too
    seen["en_locked"] = en.locator("#status").inner_text()
    en.locator("#buzz").click()
    en.get_by_text("ms behind").wait_for()
    seen["en_after_buzz"] = en.locator("#status").inner_text()
    seen["en_score"] = en.locator("#score").inner_text()
    if shots:
        zh.screenshot(path=str(shots / "phone_first.png"))
        en.screenshot(path=str(shots / "phone_behind.png"))
    return seen


def launch(playwright, executable: str):
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def test_a_phone_joins_buzzes_and_sees_the_lock_and_the_gap():
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    port = DirectPort(session_setup(), Clock())
    server = port.start()
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright, executable)
            try:
                seen = play(browser, server.url, port)
            finally:
                browser.close()
    finally:
        server.stop()
    assert seen["pin_prompt"] == "输入大屏幕上的 PIN"  # the page speaks the phone's language
    assert seen["waiting"] == "Waiting for the buzzers to open"
    assert seen["open"] == "Buzz now!"
    assert seen["zh_after_buzz"] == "你们第一个！"
    assert seen["en_locked"] == "Locked: 第1组 was first"
    assert seen["en_after_buzz"].startswith("+") and seen["en_after_buzz"].endswith("ms behind (2)")
    assert seen["en_score"] == "第2组 score: 0"
    buzzes = port.session.state.buzzes
    assert [(b.group, b.source) for b in buzzes] == [("g0", "phone"), ("g1", "phone")]
    gap = int(seen["en_after_buzz"].split()[0].lstrip("+"))
    assert gap == round(buzzes[1].delay_ms)


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    port = DirectPort(session_setup(), Clock())
    server = port.start()
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright, shutil.which("chromium") or "chromium")
            play(browser, server.url, port, shots=out)
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""A PK class on a real X server, with real keys sent to whichever window has the focus (issue 8).

Each test launches the real app on its own data folder on the 1024×768 screen (one screen: the
projector mirrors the laptop, as in many training rooms), sets up the session with the mouse and
plays it with the keyboard, then checks the event log in the database and what each window shows.
Whether every window fits that screen is one test of its own (issue 8 #5).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from .realapp import RealApp, Window
from .xsession import SCREEN, poll

GROUPS = {"1": "g1", "2": "g2", "3": "g3", "4": "g4"}  # default buzz keys → group ids


# -- steps --------------------------------------------------------------------------------------
def open_setup(app: RealApp) -> Window:
    app.click_text("MainWindow", "&4")  # the home screen's "4  小组 PK 赛" job
    return app.wait_text("MainWindow", "抢答器检测")


def start_session(app: RealApp) -> None:
    app.click_text("MainWindow", "开始 PK 赛")
    app.wait_managed("ConsoleWindow")
    app.wait_managed("StageWindow")


def kinds(app: RealApp) -> list[str]:
    return [kind for kind, _data in app.pk_events()]


def scores(app: RealApp) -> dict[str, int]:
    """Each group's score from the stored log: awards minus withdrawn ones, undone events skipped."""
    rows = app.query("SELECT seq, kind, data_json FROM pk_event ORDER BY seq")
    events = {seq: (kind, json.loads(data)) for seq, kind, data in rows}
    undone = {data["target"] for kind, data in events.values() if kind == "undo"}
    live = {seq: ev for seq, ev in events.items() if seq not in undone}
    withdrawn = {data["award"] for kind, data in live.values() if kind == "point_withdrawn"}
    totals = dict.fromkeys(GROUPS.values(), 0)
    for seq, (kind, data) in live.items():
        if kind == "point_awarded" and seq not in withdrawn:
            totals[data["group"]] += data["points"]
    return totals


class RoomView:
    """What the room sees on the one screen, judged by window stacking and by pixels.

    Made when the stage has just gone full screen: the stage's main colour and how much of the
    screen it fills then are the reference. Later, outside any prompt over the stage, the screen
    must still be mostly the stage: the console (light, with the answer) coming over it would
    leave hardly any of that colour.
    """

    def __init__(self, app: RealApp):
        self.app = app
        pixels = self.shot()
        colours, counts = np.unique(pixels.reshape(-1, 3), axis=0, return_counts=True)
        self.colour = colours[counts.argmax()]
        self.share = counts.max() / counts.sum()
        stage_above_console(app, "stage full screen")

    def shot(self) -> np.ndarray:
        raw = self.app.x.stable_screenshot(self.app.data_dir / "screen.rgb")
        return np.frombuffer(raw, dtype=np.uint8).reshape(SCREEN[1], SCREEN[0], 3)

    def check(self, when: str) -> None:
        pixels = self.shot()
        windows = {w.winid: w for w in self.app.windows()}
        stage = next(w for w in windows.values() if w.kind == "StageWindow")
        stacking = self.app.x.stacking()
        visible = np.ones(pixels.shape[:2], dtype=bool)
        for wid in stacking[stacking.index(stage.winid) + 1 :]:
            if wid in windows:  # a window over the stage: judged by stacking and its texts below
                x, y, w, h = windows[wid].geometry
                visible[max(y, 0) : max(y + h, 0), max(x, 0) : max(x + w, 0)] = False
        share = (pixels[visible] == self.colour).all(axis=1).mean() if visible.any() else 0.0
        stage_above_console(self.app, when)
        assert share >= self.share / 2, (
            f"issue 8 #3: {when}: the stage's colour fills {share:.0%} of the screen outside the prompts, "
            f"{self.share:.0%} before: something covers the stage"
        )


def stage_above_console(app: RealApp, when: str) -> None:
    """Issue 8 #3: on one screen nothing the room must not see comes over the full-screen stage.

    By window stacking: the console and the main window stay below the stage; any window above
    it (a prompt) shows no reference answer.
    """
    windows = {w.winid: w for w in app.windows()}
    stage = next(w for w in windows.values() if w.kind == "StageWindow")
    assert stage.fullscreen, f"{when}: the stage left full screen"
    stacking = app.x.stacking()
    above = [windows[wid] for wid in stacking[stacking.index(stage.winid) + 1 :] if wid in windows]
    leaked = [w.kind for w in above if w.kind in ("ConsoleWindow", "MainWindow")]
    assert not leaked, f"issue 8 #3: {when}: {leaked} raised over the full-screen stage (stacking {stacking})"
    for window in above:
        assert "参考答案" not in window.text(), (
            f"issue 8 #3: {when}: {window.kind} shows the answer over the stage"
        )


def console_score(app: RealApp, group_name: str) -> str | None:
    """The score the console's scoreboard shows for the group (the row's last cell)."""
    console = app.window("ConsoleWindow")
    cells = [t for t in (console.texts if console is not None else []) if t["kind"] == "cell"]
    rows: dict[tuple[int, int], list[str]] = {}
    for cell in cells:
        rows.setdefault((cell["view"], cell["row"]), []).append(cell["text"])
    # The scoreboard's row starts with the group's name and ends with its score (the buzz list's
    # rows start with the buzz order).
    found = [texts[-1] for texts in rows.values() if texts[0] == group_name and texts[-1].isdigit()]
    return found[0] if len(found) == 1 else None


def type_into_prompt(app: RealApp, text: str) -> None:
    """Replace what the focused prompt holds with ``text`` and press Enter."""
    app.x.key("ctrl+a")
    app.x.type_text(text)
    app.x.key("Return")


def answer_prompts(app: RealApp, *answers: str) -> None:
    """Answer the prompts that open one after another, each once it has the focus."""
    previous = None
    for text in answers:
        prompt = app.wait_active("QInputDialog", other_than=previous)
        type_into_prompt(app, text)
        previous = prompt.winid


def reference_answer(app: RealApp) -> str:
    found = app.wait_text("ConsoleWindow", "参考答案").find("参考答案")
    assert found is not None
    return found["text"].split("\n")[0].split("：", 1)[1]


# -- the tests ----------------------------------------------------------------------------------
def test_setup_refuses_a_command_key_as_group_key(launch) -> None:
    """Issue 8 #2: group 2's key set to B (the better-answer key) is refused at set-up."""
    app = launch()
    open_setup(app)
    app.click_on("MainWindow", lambda w: w.cell(1, 2), double=True)  # group 2's buzz key
    app.x.key("ctrl+a")
    app.x.type_text("B")
    app.x.key("Return")
    app.wait_text("MainWindow", "B")
    app.click_text("MainWindow", "开始 PK 赛")

    def message_naming_b(window: Window | None) -> list[str]:
        labels = window.texts if window is not None else []
        return [t["text"] for t in labels if t["kind"] == "label" and "B" in t["text"]]

    # Either outcome shows within seconds: the session's windows, or a message on the page.
    poll(
        lambda: app.window("ConsoleWindow") or message_naming_b(app.window("MainWindow")),
        15,
        "the session to start or the set-up page to answer",
    )
    sessions = app.query("SELECT count(*) FROM pk_session")[0][0]
    assert app.window("ConsoleWindow") is None and sessions == 0, (
        "issue 8 #2: a session started with group 2's buzz key B, the better-answer command key"
    )
    assert message_naming_b(app.window("MainWindow")), "issue 8 #2: no message names the clash of key B"


def test_buzzer_check_then_keys_reach_the_session_from_the_console(launch) -> None:
    """Issue 8 #1: with the console focused (title bar clicked), →, Space, a group key and F work."""
    app = launch()
    open_setup(app)
    app.click_text("MainWindow", "抢答器检测")
    app.wait_active("BuzzerCheckDialog")
    for key in GROUPS:
        app.x.key(key)
    app.wait_text("BuzzerCheckDialog", "4/4")
    app.x.keys_together(*GROUPS)  # all at once: the dialog says how many arrived together
    app.wait_text("BuzzerCheckDialog", "半秒内收到了 4/4")
    app.x.key("Escape")
    app.wait_gone("BuzzerCheckDialog")
    start_session(app)

    app.focus_window("ConsoleWindow")
    app.x.key("Right")
    app.wait_event("question_shown", 1)
    app.x.key("space")
    app.x.key("2")
    app.x.key("f")
    try:
        app.wait_event("point_awarded", 1, timeout=10)
    except AssertionError as exc:
        raise AssertionError(
            f"issue 8 #1: keys typed on the focused console did not reach the session: {exc}"
        ) from None
    assert kinds(app) == ["question_shown", "buzzers_opened", "buzz", "point_awarded"]
    assert scores(app)["g2"] == 1
    poll(lambda: console_score(app, "第2组") == "1", 20, "the console's scoreboard to show 1 for group 2")


def test_a_tie_reads_the_same_on_stage_and_console(launch) -> None:
    """Issue 8 #4: two groups inside the tie window: the stage shows the tie, as the console does."""
    app = launch()
    open_setup(app)
    start_session(app)
    app.focus_window("StageWindow")
    app.x.key("Right")
    app.x.key("space")
    app.wait_event("buzzers_opened", 1)
    app.x.keys_together("2", "3")
    app.wait_event("buzz", 2)
    at = [row[0] for row in app.query("SELECT at_ms FROM pk_event WHERE kind = 'buzz' ORDER BY seq")]
    assert at[1] - at[0] < 30, f"the two buzzes were {at[1] - at[0]:.1f} ms apart: not a tie"
    app.wait_text("ConsoleWindow", "并列")
    stage = app.wait_window("StageWindow")
    claimed = [t["text"] for t in stage.texts if "抢答成功" in t["text"]]
    assert not claimed, f"issue 8 #4: on a tie the stage tells the room {claimed}; the console says 并列"
    tie = app.wait_text("StageWindow", "并列", timeout=10).find("并列")
    assert tie is not None and "第2组" in tie["text"] and "第3组" in tie["text"]


def test_a_class_played_from_the_stage_then_ended_and_exported(launch, tmp_path: Path) -> None:
    """F, B, M, W, undo and reveal by keys on the focused stage; Ctrl+E; Export… to CSV."""
    app = launch()
    open_setup(app)
    start_session(app)
    app.focus_window("StageWindow")
    app.x.key("Right")
    app.x.key("space")
    app.wait_event("buzzers_opened", 1)
    app.x.key("2")  # alone: group 2 is first
    app.wait_event("buzz", 1)
    app.wait_text("StageWindow", "第2组")
    app.x.key("f")  # first-answer point to group 2
    app.wait_event("point_awarded", 1)
    app.x.key("b", "3")  # better answer: group 3
    app.wait_event("point_awarded", 2)
    app.x.key("m", "1")  # manual point to group 1: points, then a reason
    answer_prompts(app, "2", "good")
    app.wait_event("point_awarded", 3)
    assert scores(app) == {"g1": 2, "g2": 1, "g3": 1, "g4": 0}

    app.focus_window("StageWindow")
    app.x.key("w")  # withdraw the newest point (group 1's), with a reason
    answer_prompts(app, "oops")
    app.wait_event("point_withdrawn", 1)
    assert scores(app) == {"g1": 0, "g2": 1, "g3": 1, "g4": 0}
    app.focus_window("StageWindow")
    app.x.key("ctrl+z")  # undo the withdrawal
    app.wait_event("undo", 1)
    assert scores(app) == {"g1": 2, "g2": 1, "g3": 1, "g4": 0}
    answer = reference_answer(app)
    app.x.key("r")
    app.wait_event("answer_revealed", 1)
    app.wait_text("StageWindow", answer)
    stage = app.wait_text("StageWindow", "2")
    tiles = [t["text"] for t in stage.texts if t["kind"] == "label" and t["text"].isdigit()]
    assert sorted(tiles) == ["0", "1", "1", "2"], f"the stage's scoreboard shows {tiles}"

    app.x.key("ctrl+e")
    app.wait_active("QMessageBox")
    app.x.key("y")
    app.wait_event("session_ended", 1)
    app.wait_text("StageWindow", "第1组")

    app.focus_window("ConsoleWindow")
    app.click_text("ConsoleWindow", "导出")
    app.wait_active("QFileDialog")
    target = tmp_path / "results.csv"
    app.x.key("ctrl+a")
    app.x.type_text(str(target))
    app.x.key("Return")
    app.wait_gone("QFileDialog")
    poll(target.exists, 10, f"the export {target}")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    standings = {row[1]: row[3] for row in rows[2:6]}
    assert standings == {"第1组": "2", "第2组": "1", "第3组": "1", "第4组": "0"}, rows[:6]


def test_on_one_screen_prompts_and_the_end_keep_the_answer_off_the_stage(launch) -> None:
    """Issue 8 #3: stage full screen (F5) on the only screen, question not revealed: the M and W
    prompts and Ctrl+E's confirmation never bring the console (with the answer) over the stage."""
    app = launch()
    open_setup(app)
    start_session(app)
    app.focus_window("StageWindow")
    app.x.key("Right")
    app.wait_event("question_shown", 1)
    reference_answer(app)
    app.x.key("F5")
    app.wait_active("StageWindow")
    poll(lambda: app.window("StageWindow").fullscreen, 20, "the stage to go full screen")
    room = RoomView(app)

    before = app.windows()
    app.x.key("m")  # manual point: a group key, then prompts for points and a reason
    before = app.wait_change(before, "the console to ask for the group")
    app.x.key("1")
    points = app.wait_active("QInputDialog")
    room.check("M: the prompt for the points")
    type_into_prompt(app, "1")
    app.wait_active("QInputDialog", other_than=points.winid)
    room.check("M: the prompt for the reason")
    type_into_prompt(app, "ok")
    app.wait_event("point_awarded", 1)
    room.check("after the manual point")

    app.wait_active("StageWindow")  # the prompt gave the focus back to the stage
    app.x.key("w")  # withdraw it, with a reason
    app.wait_active("QInputDialog")
    room.check("W: the prompt for the reason")
    type_into_prompt(app, "mistake")
    app.wait_event("point_withdrawn", 1)
    room.check("after the withdrawal")

    app.wait_active("StageWindow")
    app.x.key("ctrl+e")
    app.wait_active("QMessageBox")
    room.check("Ctrl+E: the confirmation")
    app.x.key("y")
    app.wait_event("session_ended", 1)
    room.check("after the session ended")


def test_every_window_of_a_class_fits_the_screen(launch, tmp_path: Path) -> None:
    """Issue 8 #5: at 1024×768 the home screen, set-up, buzzer check, console, stage, prompts and
    the export dialog each lie wholly on the screen."""
    app = launch()
    app.wait_window("MainWindow")
    app.check_fits()
    app.click_text("MainWindow", "&4", drag=False)
    app.wait_text("MainWindow", "抢答器检测")
    app.check_fits()
    app.click_text("MainWindow", "抢答器检测", drag=False)
    app.wait_active("BuzzerCheckDialog")
    app.check_fits()
    app.x.key("Escape")
    app.wait_gone("BuzzerCheckDialog")
    app.click_text("MainWindow", "开始 PK 赛", drag=False)
    app.wait_managed("ConsoleWindow")
    app.wait_managed("StageWindow")
    app.check_fits()
    app.focus_window("StageWindow")
    app.x.key("Right")
    app.wait_event("question_shown", 1)
    app.x.key("ctrl+e")
    app.wait_active("QMessageBox")
    app.check_fits()
    app.x.key("y")
    app.wait_event("session_ended", 1)
    app.focus_window("ConsoleWindow")
    app.click_text("ConsoleWindow", "导出", drag=False)
    app.wait_active("QFileDialog")
    app.check_fits()
    app.x.key("Escape")
    app.wait_gone("QFileDialog")

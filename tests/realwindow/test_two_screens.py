"""A PK class in a two-screen room, on a real X server: laptop on the left, projector on the right.

The stage opens full screen on the projector; the facilitator clicks the console's title bar on
the laptop and runs the session from there (issue 8 #1: the console is the focused window), and
every prompt opens on the laptop, never over the stage (#3).
"""

from __future__ import annotations

from .realapp import RealApp, Window
from .test_pk_class import answer_prompts, console_score, open_setup, reference_answer
from .xsession import SCREEN, poll


def on_laptop(window: Window) -> bool:
    x, y, w, h = window.geometry
    return x >= 0 and y >= 0 and x + w <= SCREEN[0] and y + h <= SCREEN[1]


def stage_on_projector(app: RealApp, when: str) -> None:
    """The stage fills the projector and shows no answer (not revealed in this class)."""
    stage = app.window("StageWindow")
    assert stage is not None and stage.fullscreen, f"{when}: the stage left full screen"
    assert tuple(stage.geometry) == (SCREEN[0], 0, *SCREEN), f"{when}: the stage is at {stage.geometry}"
    shown = [t["text"] for t in stage.texts if "答案" in t["text"]]  # 答案：… / 参考答案：…
    assert not shown, f"{when}: the stage shows {shown}"


def test_the_console_runs_the_session_on_the_laptop_while_the_stage_fills_the_projector(
    launch_two_screens,
) -> None:
    app = launch_two_screens()
    open_setup(app)
    app.click_text("MainWindow", "开始 PK 赛")
    app.wait_managed("ConsoleWindow")
    app.wait_managed("StageWindow")
    poll(lambda: (s := app.window("StageWindow")) and s.fullscreen, 20, "the stage full screen")
    console = app.window("ConsoleWindow")
    assert on_laptop(console), (
        f"issue 8 #5: the console at {console.geometry} does not fit the laptop's screen"
    )

    app.focus_window("ConsoleWindow")  # its title bar, on the laptop
    app.x.key("Right")
    app.wait_event("question_shown", 1)
    reference_answer(app)  # the console shows it
    stage_on_projector(app, "question shown")
    app.x.key("space")
    app.x.key("2")
    app.wait_event("buzz", 1)
    app.x.key("f")
    app.wait_event("point_awarded", 1)
    poll(lambda: console_score(app, "第2组") == "1", 20, "the console's scoreboard to show 1 for group 2")

    app.x.key("m")
    app.wait_text("ConsoleWindow", "手动加分")
    app.x.key("3")
    prompt = app.wait_active("QInputDialog")
    assert on_laptop(prompt), (
        f"issue 8 #3: the manual-point prompt opened at {prompt.geometry}, not on the laptop"
    )
    stage_on_projector(app, "manual-point prompt")
    answer_prompts(app, "2", "clear answer")
    app.wait_event("point_awarded", 2)

    app.focus_window("ConsoleWindow")
    app.x.key("ctrl+e")
    confirm = app.wait_active("QMessageBox")
    assert on_laptop(confirm), f"issue 8 #3: Ctrl+E's confirmation opened at {confirm.geometry}"
    stage_on_projector(app, "Ctrl+E's confirmation")
    app.x.key("y")
    app.wait_event("session_ended", 1)
    poll(lambda: console_score(app, "第3组") == "2", 20, "the console's scoreboard to show 2 for group 3")
    stage_on_projector(app, "the end")

"""The scorecard by keyboard alone from a fresh launch, on a real X server (issue 8 #6).

Nothing is clicked: the trainee presses 1 on the home screen as soon as it is ready, types a
name, reads the instructions, answers the 20 statements with the digit keys and submits with Enter.
"""

from __future__ import annotations

from .xsession import poll

ANSWERS = "43454345434543454345"  # one key per statement, 1–5


def test_home_key_1_right_after_launch_then_the_scorecard_by_keys(launch) -> None:
    app = launch()
    # Ready = the job buttons are enabled (the database opens in the background after the first paint).
    app.press_home_job("1")
    try:  # the start page's title (on the home screen it is only part of a button)
        poll(
            lambda: app.window("MainWindow").find("自我测评", kind="label", exact=True), 10, "the start page"
        )
    except AssertionError as exc:
        raise AssertionError(f"issue 8 #6: home key 1 did nothing right after launch: {exc}") from None
    app.x.type_text("Wang Xiaoming")  # xdotool types CJK through a scratch keycode, which drops characters
    app.x.key("Return")
    app.wait_text("MainWindow", "开始之前")  # the rater's instructions come first (issue 8 #12); Enter begins
    app.x.key("Return")
    app.wait_text("MainWindow", "1/20")
    app.check_fits()  # issue 8 #5 for the form too
    for key in ANSWERS:
        app.x.key(key)
    app.wait_text("MainWindow", "20/20")
    app.x.key("Return")
    poll(
        lambda: app.query("SELECT count(*) FROM assessment WHERE completed_at IS NOT NULL")[0][0] == 1,
        10,
        "the form to be submitted",
    )
    rows = app.query(
        "SELECT p.name, a.rater_role, count(x.id), sum(x.value) FROM assessment a "
        "JOIN person p ON p.id = a.person_id JOIN answer x ON x.assessment_id = a.id GROUP BY a.id"
    )
    assert rows == [("Wang Xiaoming", "self", 20, sum(int(k) for k in ANSWERS))]

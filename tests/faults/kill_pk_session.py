"""Kill -9 the real app in the middle of a scripted PK session, again and again.

    python tests/faults/kill_pk_session.py --runs 100 [--seed S]

Each run starts the app (offscreen) on the same data folder. The app resumes the unfinished
session through the home screen's code path and reports the question and scores it resumed at,
then presses keys on the console as a facilitator would, printing one ACK line after each key
has been handled (that is when the console would show it). The parent kills the process with
SIGKILL at a random moment and checks, from the database alone:
- every acknowledged event is stored (lost = acknowledged events missing);
- the next run resumed at the question and scores the stored log gives (resumed);
- PRAGMA integrity_check is ok.
The last line reads ``runs=N lost=L resumed=R integrity_failures=F``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.faults.app_process import kill_and_read_stderr, start_driven_app  # noqa: E402

GROUP_KEYS = "1234"
COMMAND_KEYS = ["RIGHT", "SPACE", "1", "2", "3", "4", "1", "2", "F", "B", "R", "T", "CTRL+Z", "LEFT"]


# -- the app side (runs inside the killed process) -------------------------------------------------
def drive(data_dir: Path, seed: int, presses: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.app import Shell, create_application
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup

    app = create_application()
    shell = Shell(data_dir, "zh_CN")
    shell.context.open_store_now()
    window = shell.window
    window.pk.sound.enabled = False
    store = shell.context.store
    unfinished = store.pk_sessions(unfinished_only=True)
    if unfinished:
        opened = window.pk.open(unfinished[0].id, show=False)
    else:
        banks, _ = shell.context.banks()
        refs = tuple(f"{b.id}/{q.id}" for b in banks for q in b.questions)[:40]
        groups = tuple(Group(f"g{i + 1}", f"第{i + 1}组", "", "#1d70b8", k) for i, k in enumerate(GROUP_KEYS))
        opened = window.pk.start_new("kill test", SessionSetup(groups, refs, ScoringRules()))
    controller, console = opened.controller, opened.console
    state = controller.state
    print(
        "RESUMED "
        + json.dumps(
            {
                "events": len(controller.session.events),
                "question": state.question_index,
                "scores": dict(state.scores),
            }
        ),
        flush=True,
    )
    rng = random.Random(seed)
    for _ in range(presses):
        key = rng.choice(COMMAND_KEYS)
        if key == "RIGHT":
            QTest.keyClick(console, Qt.Key.Key_Right)
        elif key == "LEFT":
            QTest.keyClick(console, Qt.Key.Key_Left)
        elif key == "SPACE":
            QTest.keyClick(console, Qt.Key.Key_Space)
        elif key == "CTRL+Z":
            QTest.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(console, key)
        app.processEvents()
        state = controller.state
        ack = {
            "events": len(controller.session.events),
            "question": state.question_index,
            "scores": dict(state.scores),
        }
        print("ACK " + json.dumps(ack), flush=True)
    print("DONE", flush=True)


# -- the checking side ----------------------------------------------------------------------------
def stored_state(data_dir: Path, upto: int | None = None):
    from desktop.core.pk.events import event_from_json
    from desktop.core.pk.setup import setup_from_json
    from desktop.core.pk.state import fold

    db = data_dir / "training-assessment.db"
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT id, setup_json FROM pk_session ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return 0, None
        rows = conn.execute(
            "SELECT seq, kind, at_ms, data_json FROM pk_event WHERE session_id = ? ORDER BY seq", (row[0],)
        ).fetchall()
    conn.close()
    events = [
        event_from_json({"seq": s, "kind": k, "at_ms": a, "data": json.loads(d)}) for s, k, a, d in rows
    ]
    if upto is not None:
        events = events[:upto]
    state = fold(setup_from_json(json.loads(row[1])), events)
    return len(rows), {"question": state.question_index, "scores": dict(state.scores)}


def integrity_ok(data_dir: Path) -> bool:
    db = data_dir / "training-assessment.db"
    if not db.exists():
        return True
    with sqlite3.connect(db) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return result


def run_all(runs: int, seed: int, verbose: bool) -> dict[str, int]:
    rng = random.Random(seed)
    lost = resumed = integrity_failures = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="ta-kill-") as tmp:
        data_dir = Path(tmp)
        expected_resume = None
        for run in range(runs):
            proc = start_driven_app(
                __file__, [str(data_dir), "--seed", str(rng.randrange(10**9)), "--presses", "400"], env, ROOT
            )
            kill_after = rng.uniform(0.05, 1.2)  # seconds of key presses before the kill
            acked: dict | None = None
            resumed_line: dict | None = None
            started = None
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("RESUMED "):
                    resumed_line = json.loads(line[8:])
                    started = time.monotonic()
                elif line.startswith("ACK "):
                    acked = json.loads(line[4:])
                    if time.monotonic() - (started or 0) >= kill_after:
                        break
                elif line.startswith("DONE"):
                    break
            stderr = kill_and_read_stderr(proc)
            if resumed_line is None:
                raise SystemExit(f"run {run}: the app did not start:\n{stderr}")
            # The app resumed where the stored log said the previous run stopped.
            if expected_resume is None or (
                resumed_line["events"] == expected_resume[0]
                and resumed_line["question"] == expected_resume[1]["question"]
                and resumed_line["scores"] == expected_resume[1]["scores"]
            ):
                resumed += 1
            elif verbose:
                print(f"run {run}: resumed at {resumed_line}, expected {expected_resume}", file=sys.stderr)
            if not integrity_ok(data_dir):
                integrity_failures += 1
            count, state = stored_state(data_dir)
            if acked is not None:
                if count < acked["events"]:
                    lost += acked["events"] - count
                else:
                    _, at_ack = stored_state(data_dir, acked["events"])
                    if at_ack != {"question": acked["question"], "scores": acked["scores"]}:
                        lost += 1  # the stored log no longer gives what the console showed
            expected_resume = (count, state)
            if verbose:
                print(f"run {run}: acknowledged {acked and acked['events']} stored {count}", file=sys.stderr)
    return {"runs": runs, "lost": lost, "resumed": resumed, "integrity_failures": integrity_failures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--drive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--presses", type=int, default=400, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        drive(args.drive, args.seed, args.presses)
        return 0
    result = run_all(args.runs, args.seed, args.verbose)
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    return (
        0
        if result["lost"] == 0 and result["resumed"] == result["runs"] and result["integrity_failures"] == 0
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())

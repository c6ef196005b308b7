"""Kill -9 the real app while trainers fill in and submit scorecard forms, again and again.

    python tests/faults/kill_scorecard.py --runs 30 [--seed S]

Each run starts the app (offscreen) on the same data folder and works as a class does: it starts
forms on the start page by typing names (spelt with stray spaces, full-width spaces, zero-width
characters or decomposed accents, so one trainee must be found however the name is typed),
continues unfinished forms from the home screen, answers with the keys 1–5 and 0, goes back to
change answers, pauses, and submits; some forms are typed as a paper form (quick entry). After
every key it prints one ACK line with what the screen then shows as saved, and a TRY line before
a key that may change an answer. The process is killed with SIGKILL: in one run of four by the
parent after a random time, in the others by itself just before a random write statement or
commit, counted from launch or (in two runs of four) from a random press of Start, so kills
land inside Start's transaction too. From the database alone the parent then checks:
- lost: acknowledged answers missing or different (unless a later, unacknowledged key changed
  them), acknowledged forms missing, submitted forms not completed;
- partial_forms: completed forms without an answer to every statement;
- orphans: trainees without any form (a Start that saved the trainee but not the form);
- PRAGMA integrity_check.
Trainees that share a name and class once normalised are also counted (``duplicate_trainees``,
printed on the line before). The last line reads
``runs=N lost=L partial_forms=P orphans=O integrity_failures=F``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.faults.app_process import kill_and_read_stderr, start_driven_app  # noqa: E402

NAMES = ("Li Wei", "José", "王五", "张三")
CLASSES = ("一班", "二班")
RATERS = ("王老师", "Anna Lee")


def spelt(rng: random.Random, name: str) -> str:
    """The same name as a hurried trainer, a Chinese input method or a pasted cell may give it."""
    variants = (
        lambda n: n,
        lambda n: n.replace(" ", "  "),
        lambda n: n.replace(" ", "\u3000"),
        lambda n: unicodedata.normalize("NFD", n),
        lambda n: n[:1] + "\u200b" + n[1:],
        lambda n: f" {n}\u00a0",
    )
    return rng.choice(variants)(name)


# -- the app side (runs inside the killed process) -------------------------------------------------
def drive(data_dir: Path, seed: int, actions: int, kill_at: str) -> None:
    """``kill_at``: "" (the parent kills), "write:K" (die before the K-th write statement or commit)
    or "start:S:K" (die before the K-th write counted from the S-th press of Start)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import event

    from desktop.app import Shell, create_application
    from desktop.core.comparison import RaterRole

    app = create_application()
    QMessageBox.exec = lambda box: print("MESSAGE " + json.dumps(box.text()), flush=True) or 0  # type: ignore[method-assign]
    shell = Shell(data_dir, "zh_CN")
    shell.context.open_store_now()
    window = shell.window
    store = shell.context.store
    mode, *numbers = kill_at.split(":") if kill_at else ("",)
    # counting writes starts at once ("write") or at the S-th Start ("start")
    counter = {"writes": 0, "starts": 0, "counting": mode == "write"}

    def maybe_die(*_args: object) -> None:
        if counter["counting"]:
            counter["writes"] += 1
            if counter["writes"] >= int(numbers[-1]):
                os.kill(os.getpid(), signal.SIGKILL)

    def before_statement(_conn, _cursor, statement: str, *_args: object) -> None:
        if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            maybe_die()

    def pressing_start() -> None:
        counter["starts"] += 1
        if mode == "start" and counter["starts"] == int(numbers[0]):
            counter["counting"] = True

    if mode:
        event.listen(store.engine, "before_cursor_execute", before_statement)
        event.listen(store.engine, "commit", maybe_die)
    rng = random.Random(seed)
    print("READY", flush=True)

    def ack(form_id: int, answers: dict, completed: bool = False) -> None:
        print("ACK " + json.dumps({"form": form_id, "answers": answers, "completed": completed}), flush=True)

    def fill_one_by_one() -> None:
        take = window.take
        form_id = take.record.id
        ack(form_id, dict(take.answers))
        quit_after = rng.choice((None, None, rng.randint(1, 25)))
        for step in range(60):
            if take.record is None or window.stack.currentWidget() is not take:
                return
            items = take.instrument.items
            if take.position >= len(items):
                QTest.keyClick(take, Qt.Key.Key_Return)
                app.processEvents()
                if take.record is None:
                    ack(form_id, {}, completed=True)
                return
            if quit_after is not None and step >= quit_after:
                QTest.keyClick(take, Qt.Key.Key_Escape)  # pause: the form waits on the home screen
                return
            if take.position > 0 and rng.random() < 0.08:
                QTest.keyClick(take, Qt.Key.Key_Left)  # back, to change an answer
                continue
            value = rng.choice((1, 2, 3, 4, 5, 5, 4, 0))
            item = items[take.position]
            print("TRY " + json.dumps({"form": form_id, "item": item.id, "value": value or None}), flush=True)
            QTest.keyClick(take, Qt.Key(Qt.Key.Key_0 + value))
            app.processEvents()
            ack(form_id, dict(take.answers))

    def fill_quick() -> None:
        quick = window.quick
        form_id = quick.record.id
        items = quick.instrument.items
        typed = len(quick._saved)  # resumed digits are already there
        ack(form_id, dict(quick._saved))
        for index in range(typed, len(items)):
            value = rng.choice((1, 2, 3, 4, 5, 0))
            print(
                "TRY " + json.dumps({"form": form_id, "item": items[index].id, "value": value or None}),
                flush=True,
            )
            QTest.keyClicks(quick.digits, str(value))
            app.processEvents()
            ack(form_id, dict(quick._saved))
        quick.submit()
        app.processEvents()
        if quick.record is None:
            ack(form_id, {}, completed=True)

    for _ in range(actions):
        window.show_home()
        app.processEvents()
        home = window.home
        if home.unfinished.count() and rng.random() < 0.35:
            home.unfinished.setCurrentRow(rng.randrange(home.unfinished.count()))
            home.resume_button.click()
            app.processEvents()
            if window.stack.currentWidget() is window.take:
                fill_one_by_one()
            continue
        role = rng.choice((RaterRole.SELF, RaterRole.SELF, RaterRole.SUPERVISOR, RaterRole.COLLEAGUE))
        window.show_start(role)
        start = window.start
        start.person.setEditText(spelt(rng, rng.choice(NAMES)))
        start.cohort.setEditText(spelt(rng, rng.choice(CLASSES)))
        start.rater_name.setText(spelt(rng, rng.choice(RATERS)) if role is not RaterRole.SELF else "")
        # Each form in a round of its own: a second form by the same rater in a round would replace
        # the first once confirmed (a question this script does not answer), which is not a loss.
        start.round.setEditText(f"R{rng.randrange(10**9)}")
        start.instrument.setCurrentIndex(rng.randrange(start.instrument.count()))
        (start.mode_quick if rng.random() < 0.2 else start.mode_one).setChecked(True)
        pressing_start()
        QTest.keyClick(start.person.lineEdit(), Qt.Key.Key_Return)
        app.processEvents()
        if window.stack.currentWidget() is window.take:
            fill_one_by_one()
        elif window.stack.currentWidget() is window.quick:
            fill_quick()
    print("DONE", flush=True)


# -- the checking side ----------------------------------------------------------------------------
class Acknowledged:
    """What the screens said was saved, across runs: the latest answers per form, and submissions."""

    def __init__(self) -> None:
        self.answers: dict[int, dict[str, int | None]] = {}
        self.completed: set[int] = set()
        # values keyed after the last acknowledgement: the database may hold them instead
        self.tried: dict[tuple[int, str], set[int | None]] = {}

    def take(self, line: str) -> None:
        if line.startswith("TRY "):
            data = json.loads(line[4:])
            self.tried.setdefault((data["form"], data["item"]), set()).add(data["value"])
        elif line.startswith("ACK "):
            data = json.loads(line[4:])
            form = data["form"]
            if data["completed"]:
                self.completed.add(form)
                return
            known = self.answers.setdefault(form, {})
            for item, value in data["answers"].items():
                if known.get(item, "unset") != value:
                    self.tried.pop((form, item), None)
                known[item] = value

    def lost_in(self, stored: dict[int, dict[str, int | None]], completed: set[int]) -> list[str]:
        missing = []
        for form, answers in self.answers.items():
            if form not in stored:
                missing.append(f"form {form} is gone")
                continue
            for item, value in answers.items():
                have = stored[form].get(item, "missing")
                if have != value and have not in self.tried.get((form, item), set()):
                    missing.append(f"form {form} {item}: acknowledged {value}, stored {have}")
        missing += [f"form {form} was submitted but is not completed" for form in self.completed - completed]
        return missing


def read_database(db: Path):
    with sqlite3.connect(db) as conn:
        forms = conn.execute("SELECT id, instrument_id, completed_at FROM assessment").fetchall()
        answers = conn.execute("SELECT assessment_id, item_id, value FROM answer").fetchall()
        people = conn.execute(
            "SELECT person.id, person.name, cohort.name FROM person LEFT JOIN cohort ON cohort.id = person.cohort_id"
        ).fetchall()
        with_forms = {row[0] for row in conn.execute("SELECT DISTINCT person_id FROM assessment")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    stored: dict[int, dict[str, int | None]] = {form_id: {} for form_id, _, _ in forms}
    for form_id, item, value in answers:
        stored[form_id][item] = value
    completed = {form_id for form_id, _, done in forms if done is not None}
    instruments = {form_id: instrument for form_id, instrument, _ in forms}
    return stored, completed, instruments, people, with_forms, integrity == "ok"


def run_all(runs: int, seed: int, verbose: bool) -> dict[str, int]:
    from desktop.core.content import load_instruments
    from desktop.core.names import name_key
    from desktop.paths import instruments_dir

    items = {i.id: len(i.items) for i in load_instruments(instruments_dir())[0].values()}
    rng = random.Random(seed)
    acknowledged = Acknowledged()
    # Each defect counts once, however many later runs still see it.
    lost: set[str] = set()
    partial: set[int] = set()
    orphans: set[int] = set()
    duplicates: set[tuple[str, str]] = set()
    integrity_failures = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="ta-kill-card-") as tmp:
        data_dir = Path(tmp)
        db = data_dir / "training-assessment.db"
        for run in range(runs):
            # One run in four is killed from outside after a random time; the others kill
            # themselves before a random write, counted from launch (one in four) or from a press
            # of Start (two in four: Start writes trainee, class and form, the moment to test).
            kill_at = [
                "",
                f"start:{rng.randint(1, 3)}:{rng.randint(1, 6)}",
                f"write:{rng.randint(1, 120)}",
                f"start:{rng.randint(1, 3)}:{rng.randint(1, 6)}",
            ][run % 4]
            kill_after = rng.uniform(0.05, 2.0) if not kill_at else 10.0  # seconds after the app is ready
            proc = start_driven_app(
                __file__,
                [str(data_dir), "--seed", str(rng.randrange(10**9)), "--kill-at", kill_at],
                env,
                ROOT,
            )
            assert proc.stdout is not None
            ready = None
            acks = 0
            for line in proc.stdout:
                if line.startswith("READY"):
                    ready = time.monotonic()
                elif line.startswith("MESSAGE "):
                    print(f"run {run}: the app said {json.loads(line[8:])!r}", file=sys.stderr)
                acknowledged.take(line)
                acks += line.startswith("ACK ")
                if line.startswith("DONE") or (ready is not None and time.monotonic() - ready >= kill_after):
                    break
            stderr = kill_and_read_stderr(proc)
            if ready is None:
                raise SystemExit(f"run {run}: the app did not start:\n{stderr}")
            stored, completed, instruments, people, with_forms, intact = read_database(db)
            integrity_failures += not intact
            missing = acknowledged.lost_in(stored, completed)
            lost.update(missing)
            short = [f for f in completed if len(stored[f]) < items[instruments[f]]]
            partial.update(short)
            lonely = [p for p in people if p[0] not in with_forms]
            orphans.update(p[0] for p in lonely)
            same = Counter((name_key(name), name_key(cohort)) for _, name, cohort in people)
            duplicates.update(key for key, n in same.items() if n > 1)
            if verbose or missing or short or lonely:
                how = f"at {kill_at}" if kill_at else f"after {kill_after:.2f} s"
                print(
                    f"run {run}: killed {how}, {acks} acks; forms {len(stored)} (completed {len(completed)}), "
                    f"trainees {len(people)}; lost {missing[:3]} partial {short} orphans {lonely}",
                    file=sys.stderr,
                )
    print(f"duplicate_trainees={len(duplicates)}")
    return {
        "runs": runs,
        "lost": len(lost),
        "partial_forms": len(partial),
        "orphans": len(orphans),
        "integrity_failures": integrity_failures,
        "duplicates": len(duplicates),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--drive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--actions", type=int, default=200, help=argparse.SUPPRESS)
    parser.add_argument("--kill-at", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        drive(args.drive, args.seed, args.actions, args.kill_at)
        return 0
    result = run_all(args.runs, args.seed, args.verbose)
    duplicates = result.pop("duplicates")
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    clean = duplicates == 0 and all(
        result[k] == 0 for k in ("lost", "partial_forms", "orphans", "integrity_failures")
    )
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())

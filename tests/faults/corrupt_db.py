"""Damage the database file before start, again and again, and open it the way the app does.

    python tests/faults/corrupt_db.py --runs 100 [--seed S] [--verbose]

A realistic database is made once (the demo class and its PK sessions, plus forms started and
discarded, which leaves free pages) and backed up. Each run copies it, damages the file in one of
these ways (taken in turn, with random places and sizes):
- header: the 100-byte header overwritten with random bytes;
- pages: 1–3 random pages overwritten with random bytes;
- truncate: the file cut in the middle of a page;
- zero: a range of 1–8 pages zeroed;
- text: the file replaced by a text file;
then opens it through the app's context (as the app does after its first paint) and checks:
- detected: the start-up check set the file aside and told the home screen (a startup notice);
- kept: the file set aside is byte for byte the damaged file;
- restored: the class goes on on the new, empty database for ``--sessions`` PK sessions (each one
  ending with its backup, as in the app: by default one more than the backups retention keeps),
  then restoring the backup the home screen offers gives back every row;
- undetected_damage: the check passed, yet the data read back differs or cannot be read (damage
  the check cannot see in unused pages is fine: the data read back is intact).
Then one line per kind of damage (``harmless``: not detected, data intact), and the last line
reads ``runs=N detected=D restored=R undetected_damage=U kept=K``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The class day on a fixed clock: the backup with the real data at 08:00, the damage found at 12:05,
# then a PK session every 20 minutes.
MORNING = datetime(2026, 11, 25, 8, 0)
DAMAGE_FOUND = datetime(2026, 11, 25, 12, 5)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FAULTS = ("header", "pages", "truncate", "zero", "text")
TEXT = "学员名单\n王晓燕, 李建国, 张丽\nThis is a text file, not a database.\n"


def make_template(folder: Path) -> dict[str, list[tuple]]:
    """The realistic database and its backup; returns every row, to compare with later."""
    from desktop.core.banks import bank_paths, load_banks
    from desktop.core.comparison import RaterRole
    from desktop.core.content import load_instruments
    from desktop.demo import fill_demo
    from desktop.demo_pk import fill_pk_demo
    from desktop.paths import instruments_dir, quizzes_dir
    from desktop.store import backup
    from desktop.store.store import Store

    instruments, _ = load_instruments(instruments_dir())
    banks, _ = load_banks(bank_paths(quizzes_dir()))
    store = Store(folder)
    try:
        fill_demo(store, instruments)
        fill_pk_demo(store, banks)
        # Forms started and thrown away, as in class: their pages go to the free list, so some
        # damage lands where no data lives.
        soothing = instruments["soothing"]
        drafts = []
        for person in store.people():
            for _ in range(8):
                record = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "试填")
                store.record_answers(record.id, {i.id: 3 for i in soothing.items})
                drafts.append(record.id)
        for record_id in drafts:
            store.discard_assessment(record_id)
    finally:
        store.close()
    db = folder / "training-assessment.db"
    backup.take_backup(db, folder, backup.DAILY, now=MORNING)
    return dump(db)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order; raises sqlite3.Error when the file cannot be read."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith("sqlite_")
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def damage(db: Path, kind: str, rng: random.Random) -> str:
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    if kind == "header":
        data[:100] = rng.randbytes(100)
        what = "header"
    elif kind == "pages":
        chosen = sorted(rng.sample(range(pages), rng.randint(1, 3)))
        for p in chosen:
            data[p * page : (p + 1) * page] = rng.randbytes(page)
        what = f"pages {[p + 1 for p in chosen]}"
    elif kind == "truncate":
        cut = rng.randrange(1, pages) * page + rng.randrange(1, page)
        cut = min(cut, len(data) - 1)
        data = data[:cut]
        what = f"cut at {cut} of {pages * page}"
    elif kind == "zero":
        start = rng.randrange(pages)
        end = min(pages, start + rng.randint(1, 8))
        data[start * page : end * page] = bytes((end - start) * page)
        what = f"pages {start + 1}-{end} zeroed"
    else:
        data = bytearray(TEXT.encode("utf-8"))
        what = "text file"
    db.write_bytes(bytes(data))
    return what


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_like_the_app(data_dir: Path):
    from desktop.ui.shell.context import AppContext

    context = AppContext(data_dir, "en")
    context.open_store_now()
    return context


def read_through_the_store(context) -> None:
    """What the home and results screens read first; raises if the data cannot be read."""
    store = context.store
    people = store.people()
    store.assessments(completed=None)
    store.pk_sessions()
    for person in people[:3]:
        store.sheets(person.id, "soothing")


def play_sessions(context, count: int) -> None:
    """PK sessions on the new database, each ending with its backup as the app's session end does."""
    from desktop.core.pk.events import Event, EventKind
    from desktop.store import backup

    for i in range(count):
        backup.clock = lambda i=i: DAMAGE_FOUND + timedelta(minutes=25 + 20 * i)
        session = context.store.create_pk_session(f"第{i + 1}场", {"groups": []})
        context.store.append_pk_event(session, Event(1, EventKind.SESSION_ENDED, 10.0, {}))
        context.automatic_backup(backup.PK_SESSION_END)
    backup.clock = lambda: DAMAGE_FOUND + timedelta(minutes=25 + 20 * count)


def run_all(runs: int, seed: int, verbose: bool, sessions: int) -> dict[str, int]:
    from desktop.store import backup

    rng = random.Random(seed)
    totals = Counter()
    by_kind: dict[str, Counter] = {k: Counter() for k in FAULTS}
    with tempfile.TemporaryDirectory(prefix="ta-corrupt-") as tmp:
        template = Path(tmp) / "template"
        reference = make_template(template)
        for run in range(runs):
            kind = FAULTS[run % len(FAULTS)]
            data_dir = Path(tmp) / f"run-{run}"
            shutil.copytree(template, data_dir)
            db = data_dir / "training-assessment.db"
            what = damage(db, kind, rng)
            damaged_digest = digest(db)
            backup.clock = lambda: DAMAGE_FOUND
            context = open_like_the_app(data_dir)
            outcome = ""
            try:
                notice = context.startup_notice
                if notice is not None:
                    totals["detected"] += 1
                    by_kind[kind]["detected"] += 1
                    kept = notice.kept_as
                    if kept.exists() and digest(kept) == damaged_digest:
                        totals["kept"] += 1
                    if notice.newest_backup is not None and context.store is not None:
                        play_sessions(context, sessions)
                        try:
                            context.restore_backup(notice.newest_backup)
                        except backup.BackupError as exc:
                            outcome = f"NOT RESTORED: {exc}; "
                        else:
                            if dump(db) == reference:
                                totals["restored"] += 1
                    outcome += f"detected ({notice.problems[0][:70]!r}), kept as {kept.name}"
                elif context.store is not None:
                    try:
                        read_through_the_store(context)
                        intact = dump(db) == reference
                    except Exception as exc:  # noqa: BLE001 - any failure to read is undetected damage
                        intact, outcome = False, f"read failed: {exc}"
                    if intact:
                        by_kind[kind]["harmless"] += 1
                        outcome = "not detected; the data read back is intact (unused pages)"
                    else:
                        totals["undetected_damage"] += 1
                        outcome = outcome or "NOT DETECTED and the data differs"
                else:
                    totals["undetected_damage"] += 1
                    outcome = f"NOT SET ASIDE; the app could not open it: {context.store_error}"
            finally:
                context.close()
            if verbose:
                print(f"run {run}: {kind}: {what}: {outcome}", file=sys.stderr)
            shutil.rmtree(data_dir, ignore_errors=True)
    for kind, counts in by_kind.items():
        print(f"{kind}: detected={counts['detected']} harmless={counts['harmless']}")
    return {
        "runs": runs,
        "detected": totals["detected"],
        "restored": totals["restored"],
        "undetected_damage": totals["undetected_damage"],
        "kept": totals["kept"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--sessions", type=int, default=None, help="PK sessions before the restore (default: KEEP_LAST + 1)"
    )
    args = parser.parse_args()
    from desktop.store.backup import KEEP_LAST

    sessions = KEEP_LAST + 1 if args.sessions is None else args.sessions
    result = run_all(args.runs, args.seed, args.verbose, sessions)
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    ok = (
        result["undetected_damage"] == 0
        and result["kept"] == result["detected"]
        and result["restored"] == result["detected"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

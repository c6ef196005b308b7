"""Interrupt a schema migration at every step with SIGKILL; the database must keep its old version.

    python tests/faults/interrupt_migration.py

For each k = 1, 2, … a child process copies the oldest stored sample database, starts the app's
migration, and kills itself right after the k-th statement of the migration proper (counted from
its first BEGIN: each CREATE, the version bump, COMMIT, the next step's BEGIN …) until a run
completes unharmed. After each
kill the parent checks the file: its version is the old or the new one (never between), a
half-done step left nothing behind, integrity_check passes, the data is all there, and the
backup taken before migrating exists once the migration got that far. Then the app opens it
normally and must finish the migration. Last line:
``steps=N interrupted=I old_version=O new_version=V missing_backups=B integrity_failures=F lost=L``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "tests" / "store" / "samples"
DB_NAME = "training-assessment.db"


def oldest_sample() -> Path:
    return min(SAMPLES.glob("schema-v*.db"), key=lambda p: int(p.stem.removeprefix("schema-v")))


def child(db: Path, kill_after: int) -> None:
    """Migrate ``db``, dying by SIGKILL after ``kill_after`` statements (0: never)."""
    from desktop.store import database

    real_connect = sqlite3.connect
    count = 0

    class Dying(sqlite3.Connection):
        def execute(self, sql, *args, **kwargs):
            nonlocal count
            result = super().execute(sql, *args, **kwargs)
            # Reads and checks before the first step (version, quick_check, backup) are not counted.
            if count or sql.strip().upper().startswith("BEGIN"):
                count += 1
                if count == kill_after:
                    os.kill(os.getpid(), signal.SIGKILL)
            return result

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", Dying)
        return real_connect(*args, **kwargs)

    database.sqlite3.connect = connect  # type: ignore[assignment]
    database.migrate(db)
    print("COMPLETED", count, flush=True)


def facts(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        out = {
            "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "tables": tables,
            "answers": conn.execute("SELECT COUNT(*) FROM answer").fetchone()[0],
            "people": conn.execute("SELECT COUNT(*) FROM person").fetchone()[0],
        }
    conn.close()
    return out


def run_all(verbose: bool = False) -> dict[str, int]:
    from desktop.store.migrations import LATEST_VERSION, MIGRATIONS
    from desktop.store.store import Store

    sample = oldest_sample()
    original = facts(sample)
    old_version = original["version"]
    old_tables = original["tables"]
    result = {
        "steps": 0,
        "interrupted": 0,
        "old_version": 0,
        "new_version": 0,
        "missing_backups": 0,
        "integrity_failures": 0,
        "lost": 0,
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill_after in range(1, 500):
        with tempfile.TemporaryDirectory(prefix="ta-migrate-") as tmp:
            data_dir = Path(tmp)
            db = data_dir / DB_NAME
            shutil.copy(sample, db)
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(db), str(kill_after)],
                capture_output=True,
                text=True,
                env=env,
            )
            result["steps"] += 1
            killed = proc.returncode == -signal.SIGKILL
            if not killed and not proc.stdout.startswith("COMPLETED"):
                raise SystemExit(f"step {kill_after}: the migration failed:\n{proc.stderr}")
            state = facts(db)
            if state["integrity"] != "ok":
                result["integrity_failures"] += 1
            if state["answers"] != original["answers"] or state["people"] != original["people"]:
                result["lost"] += 1
            if state["version"] == old_version:
                result["old_version"] += 1
                if state["tables"] != old_tables:  # a step half applied would leave its tables
                    result["lost"] += 1
            elif state["version"] == LATEST_VERSION:
                result["new_version"] += 1
            else:
                # Steps commit one by one, so an intermediate version is a whole step: allowed only
                # when it is a real version whose own tables are all present.
                if state["version"] not in MIGRATIONS:
                    result["lost"] += 1
            if killed:
                result["interrupted"] += 1
                # Every kill came after the first BEGIN, so the backup taken before it must be there and whole.
                backups = list((data_dir / "backups").glob("*.db")) if (data_dir / "backups").exists() else []
                if not backups:
                    result["missing_backups"] += 1
                for backup in backups:
                    if facts(backup)["integrity"] != "ok" or facts(backup)["answers"] != original["answers"]:
                        result["integrity_failures"] += 1
            # And the app itself opens it, finishing what was interrupted.
            store = Store(data_dir)
            after = facts(db)
            store.close()
            if after["version"] != LATEST_VERSION or after["answers"] != original["answers"]:
                result["lost"] += 1
            if verbose:
                print(f"kill after {kill_after}: version {state['version']} killed={killed}", file=sys.stderr)
            if not killed:
                break
    return result


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    result = run_all(verbose="--verbose" in sys.argv)
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    ok = (
        not (result["integrity_failures"] or result["lost"] or result["missing_backups"])
        and result["new_version"] >= 1
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

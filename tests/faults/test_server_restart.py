"""The PostgreSQL server stops (as if it crashed) and starts again in the middle of a PK session.

Buzzes keep coming while it is down: each one either is acknowledged (committed on the server) or
refused with the plain reason "the database server cannot be reached", never both; the store
reconnects by itself when the server is back, and every acknowledged event is there exactly once.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

from desktop.core.pk.events import Event, EventKind
from desktop.store.errors import SERVER_UNREACHABLE, StorageError
from desktop.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 120


def _cluster_tool():
    spec = importlib.util.spec_from_file_location(
        "throwaway_postgres", ROOT / "tools" / "throwaway_postgres.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def own_server():
    """A cluster of this test's own (it is stopped and started): durable, as a real server is."""
    tool = _cluster_tool()
    if not any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) and shutil.which("initdb") is None:
        if os.environ.get("TA_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL's server binaries are not installed (apt-get install postgresql-15)")
        pytest.skip("PostgreSQL's server binaries are not installed")
    folder = Path(tempfile.mkdtemp(prefix="ta-pg-restart-"))  # under /tmp: the server's user must reach it
    port = int(os.environ["TA_FAULT_POSTGRES_PORT"]) if os.environ.get("TA_FAULT_POSTGRES_PORT") else None
    url = tool.start(folder, port, durable=True)
    try:
        yield tool, folder, url
    finally:
        tool.stop(folder)


def test_a_server_restarted_mid_session_loses_no_acknowledged_event(tmp_path, own_server):
    tool, folder, url = own_server
    store = Store(tmp_path, url)
    session_id = store.create_pk_session("断网演练", {"groups": ["一组", "二组"]})
    acknowledged: list[int] = []
    refusals: list[str] = []

    def buzzes() -> None:
        for seq in range(1, EVENTS + 1):
            deadline = time.monotonic() + 60
            while True:
                try:
                    store.append_pk_event(
                        session_id, Event(seq, EventKind.BUZZ, seq * 10.0, {"group": f"g{seq % 2}"})
                    )
                    acknowledged.append(seq)
                    break
                except StorageError as exc:
                    refusals.append(exc.reason)  # not acknowledged: the facilitator presses again
                    if time.monotonic() > deadline:
                        return
                    time.sleep(0.05)
            time.sleep(0.01)

    writer = threading.Thread(target=buzzes)
    writer.start()
    while len(acknowledged) < 30:
        time.sleep(0.01)
    tool.halt(folder, "immediate")  # a crash: no goodbye to the clients
    time.sleep(1.0)
    tool.resume(folder)
    writer.join(120)
    assert not writer.is_alive()

    assert refusals, "the server was down for a second: some buzz must have been refused"
    assert set(refusals) == {SERVER_UNREACHABLE}
    assert acknowledged == list(range(1, EVENTS + 1))  # the store reconnected by itself
    stored = store.pk_events(session_id)
    assert [e.seq for e in stored] == acknowledged  # each once: nothing lost, nothing doubled
    store.close()

"""One app instance writing to a shared PostgreSQL server (run twice at once by test_server_concurrency).

    python tests/store/server_writer.py URL NAME SESSION_ID WRITES

Waits for "go" on stdin (so both start writing together), then makes WRITES writes: half as forms
(a trainee typed into the shared class 一班, joined explicitly: the form started, then its answers), half as PK events
appended to the shared session, each at the next free seq (a seq the other instance took first is
refused by the database and taken again). Prints one JSON line: what was acknowledged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy.exc import IntegrityError

from desktop.core.comparison import RaterRole
from desktop.core.content import load_instruments
from desktop.core.pk.events import Event, EventKind
from desktop.paths import instruments_dir
from desktop.store.store import Store


def main(url: str, name: str, session_id: int, writes: int) -> None:
    soothing = load_instruments(instruments_dir())[0]["soothing"]
    with TemporaryDirectory() as data_dir:
        store = Store(Path(data_dir), url)
        print("ready", flush=True)
        sys.stdin.readline()
        forms: list[int] = []
        events: list[int] = []
        retries = 0
        for i in range(writes // 2):
            if i % 2 == 0:
                record = store.start_form(
                    soothing, RaterRole.SELF, person_name=f"{name}-{i}", cohort_name="一班", join_class=True
                )
                forms.append(record.id)
            else:
                store.record_answers(forms[-1], {item.id: 4 for item in soothing.items})
            while True:
                seq = store.pk_session(session_id).event_count + 1  # the seqs are 1, 2, 3… without gaps
                award = {"group": name, "rule": "manual", "points": 1, "reason": str(i)}
                try:
                    store.append_pk_event(session_id, Event(seq, EventKind.POINT_AWARDED, float(i), award))
                    events.append(i)
                    break
                except IntegrityError:
                    retries += 1  # the other instance took this seq first: nothing was overwritten
        store.close()
    print(json.dumps({"name": name, "forms": forms, "events": events, "retries": retries}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))

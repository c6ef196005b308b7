"""Schema 4's data step: every existing form is put in a named round of its class.

Rounds used to be guessed from timestamps (``rounds_by_time``): each self-assessment starts a
round and every other rating joins the nearest one. This step applies that rule once, for each
trainee and form, and names a class's k-th round "第k轮" (the user renames them). A form not yet
completed joins its class's latest round. The step runs inside the migration's transaction.

Only plain SELECT / INSERT / UPDATE with literal values (ids are integers, names are made here),
so the same step runs on SQLite and PostgreSQL whatever the driver's parameter style.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from desktop.core.comparison import RaterRole, RatingSheet, nearest_self
from desktop.store.moments import stored_moment


def default_round_name(position: int) -> str:
    return f"第{position}轮"


def round_positions(forms: list[tuple[int, str, Any]]) -> dict[int, int]:
    """Form id → round position (1 = first) for one trainee's completed forms of one instrument,
    given as (id, role, completed_at), by the timestamp rule."""
    # Keyed by the form id as given (a sheet's own id is optional: sheets need not come from a database).
    sheets = [
        (form_id, RatingSheet(RaterRole(role), {}, stored_moment(done), None, form_id))
        for form_id, role, done in forms
    ]
    selfs = sorted(
        ((form_id, s) for form_id, s in sheets if s.role is RaterRole.SELF),
        key=lambda pair: (pair[1].completed_at, pair[0]),
    )
    if not selfs:
        return {form_id: 1 for form_id, _ in sheets}
    self_sheets = [s for _, s in selfs]
    positions = {form_id: k + 1 for k, (form_id, _) in enumerate(selfs)}
    for form_id, sheet in sheets:
        if sheet.role is not RaterRole.SELF:
            positions[form_id] = nearest_self(self_sheets, sheet) + 1
    return positions


def assign_rounds(query: Callable[[str], list[Any]], dialect: str) -> None:
    """Create each class's rounds and set every form's ``round_id`` (see the module's docstring).
    ``query(sql)`` runs a statement in the migration's transaction and returns its rows."""
    rows = query(
        "SELECT a.id, a.person_id, p.cohort_id, a.instrument_id, a.rater_role, a.completed_at "
        "FROM assessment a JOIN person p ON p.id = a.person_id ORDER BY a.id"
    )
    completed: dict[tuple[int, str], list[tuple[int, str, Any]]] = defaultdict(list)
    cohort_of: dict[int, int | None] = {}
    unfinished: list[int] = []
    for form_id, person_id, cohort_id, instrument_id, role, done in rows:
        cohort_of[form_id] = cohort_id
        if done is None:
            unfinished.append(form_id)
        else:
            completed[(person_id, instrument_id)].append((form_id, role, done))
    position_of: dict[int, int] = {}
    first_seen: dict[tuple[int | None, int], datetime] = {}
    for forms in completed.values():
        for form_id, position in round_positions(forms).items():
            position_of[form_id] = position
            done = stored_moment(next(d for f, _r, d in forms if f == form_id))
            key = (cohort_of[form_id], position)
            first_seen[key] = min(first_seen.get(key, done), done)
    latest: dict[int | None, int] = defaultdict(lambda: 1)
    for cohort_id, position in first_seen:
        latest[cohort_id] = max(latest[cohort_id], position)
    for form_id in unfinished:
        position_of[form_id] = latest[cohort_of[form_id]]
        first_seen.setdefault((cohort_of[form_id], position_of[form_id]), datetime.now(UTC))
    round_ids: dict[tuple[int | None, int], int] = {}
    for (cohort_id, position), created in sorted(
        first_seen.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])
    ):
        cohort_sql = "NULL" if cohort_id is None else str(int(cohort_id))
        stamp = created.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        if dialect != "sqlite":
            stamp += "+00"  # a TIMESTAMP WITH TIME ZONE literal in UTC (SQLite keeps UTC as plain text)
        query(
            "INSERT INTO class_round (cohort_id, name, position, created_at) "
            f"VALUES ({cohort_sql}, '{default_round_name(position)}', {int(position)}, '{stamp}')"
        )
        where = "cohort_id IS NULL" if cohort_id is None else f"cohort_id = {cohort_sql}"
        round_ids[(cohort_id, position)] = query(
            f"SELECT id FROM class_round WHERE {where} AND position = {int(position)}"
        )[0][0]
    by_round: dict[int, list[int]] = defaultdict(list)
    for form_id, position in position_of.items():
        by_round[round_ids[(cohort_of[form_id], position)]].append(form_id)
    for round_id, form_ids in by_round.items():
        for start in range(0, len(form_ids), 500):  # keeps each statement well under SQLite's limits
            chunk = ", ".join(str(int(f)) for f in form_ids[start : start + 500])
            query(f"UPDATE assessment SET round_id = {int(round_id)} WHERE id IN ({chunk})")

"""Which backups to keep: the calendar rules, counted apart for the backups between two set-asides.

Pure: works on backup names (when, why) and the moments a damaged database was set aside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.backup import BackupName

KEEP_LAST = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12


def _month(day: datetime) -> int:
    return day.year * 12 + day.month - 1


def _week(day: datetime) -> int:
    # Days since an arbitrary Monday, in whole weeks: weeks start on Monday, as in the calendar here.
    return (day.date().toordinal() - 1) // 7


def _calendar_policy(prunable: list[BackupName], now: datetime) -> set[BackupName]:
    """The newest ``KEEP_LAST`` of ``prunable`` (newest first), and the newest of each recent day, week
    and month."""
    keep = set(prunable[:KEEP_LAST])
    periods: list[tuple[Callable[[datetime], int], int]] = [
        (lambda d: d.date().toordinal(), KEEP_DAYS),
        (_week, KEEP_WEEKS),
        (_month, KEEP_MONTHS),
    ]
    for period, count in periods:
        current = period(now)
        seen: set[int] = set()
        for backup in prunable:  # newest first: the first one met in a period is its newest
            key = period(backup.taken_at)
            if current - key < count and key not in seen:
                seen.add(key)
                keep.add(backup)
    return keep


def backups_to_keep(
    backups: Iterable[BackupName], now: datetime, set_asides: Iterable[datetime] = ()
) -> set[BackupName]:
    """Which backups to keep; the others may be deleted.

    Kept: every before-migration backup; the newest ``KEEP_LAST``; the newest of each of the last
    ``KEEP_DAYS`` days, ``KEEP_WEEKS`` weeks and ``KEEP_MONTHS`` months (calendar periods, counting
    the current one); and any dated after ``now`` (the clock was put back: never guess at those).

    ``set_asides`` are the moments a damaged database was set aside. The app then starts on a new,
    empty database, and its backups must not push out the ones holding the data from before: the
    rules above apply to the backups between two set-asides on their own, so the newest backups
    from before each set-aside are always kept.
    """
    backups = list(backups)
    keep = {b for b in backups if not b.prunable or b.taken_at > now}
    prunable = sorted((b for b in backups if b.prunable and b.taken_at <= now), reverse=True)
    boundaries = sorted(set(set_asides))
    eras: dict[int, list[BackupName]] = {}
    for backup in prunable:
        # A backup in the same second as a set-aside was taken before it (the new database is empty).
        era = sum(1 for moment in boundaries if moment < backup.taken_at)
        eras.setdefault(era, []).append(backup)
    for era_backups in eras.values():
        keep |= _calendar_policy(era_backups, now)
    return keep

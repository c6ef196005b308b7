"""A class as the screens see it: each trainee's latest round.

Pure aggregation over sheets already read in one go (``Store.sheets_by_person``), so the class view
and "trainee vs class" cost the same few queries for a class of 10 or of 2,000.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.comparison import RatingSheet, Round, rounds


def latest_rounds(sheets_by_person: Mapping[int, Sequence[RatingSheet]]) -> list[Round]:
    """Each trainee's latest round, in the mapping's order; trainees without a round are left out."""
    latest = []
    for sheets in sheets_by_person.values():
        found = rounds(sheets)
        if found:
            latest.append(found[-1])
    return latest

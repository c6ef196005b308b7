"""Plain domain records handed out by the store (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.core.comparison import ClassRound, RaterRole, RatingSheet


@dataclass(frozen=True)
class CohortRecord:
    id: int
    name: str


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    cohort_id: int | None
    cohort_name: str | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    person_id: int
    instrument_id: str
    instrument_version: int
    role: RaterRole
    rater_name: str | None
    started_at: datetime
    completed_at: datetime | None
    # item id → value; None means the rater chose "can't judge" for that item
    answers: dict[str, int | None] = field(default_factory=dict)
    round: ClassRound | None = None

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    def sheet(self) -> RatingSheet:
        if self.completed_at is None:
            raise ValueError("an unfinished assessment has no rating sheet")
        answers = {k: v for k, v in self.answers.items() if v is not None}
        return RatingSheet(
            self.role,
            answers,
            self.completed_at,
            self.rater_name,
            self.id,
            instrument_version=self.instrument_version,
            round=self.round,
        )

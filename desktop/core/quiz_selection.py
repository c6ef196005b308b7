"""Choosing the questions of a PK session from the loaded banks: all, by tag, random N, or by hand.

A question is referred to as ``bank_id/question_id`` so a session keeps pointing at the same
question even when banks are loaded in another order next time. Questions that ask the same fact
(the same ``same_fact:`` in their files, often in different banks) are asked once per session by
every selection the app makes itself; questions picked by hand are the facilitator's choice.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.banks import Bank, Question


@dataclass(frozen=True)
class QuestionRef:
    bank: Bank
    question: Question

    @property
    def ref(self) -> str:
        return f"{self.bank.id}/{self.question.id}"


class QuestionCatalog:
    """Every question of the loaded banks, addressable by ``bank_id/question_id``."""

    def __init__(self, banks: Iterable[Bank]):
        self.banks = tuple(banks)
        self._by_ref = {f"{b.id}/{q.id}": QuestionRef(b, q) for b in self.banks for q in b.questions}

    def __len__(self) -> int:
        return len(self._by_ref)

    def get(self, ref: str) -> QuestionRef | None:
        return self._by_ref.get(ref)

    def in_banks(self, bank_ids: Iterable[str]) -> list[QuestionRef]:
        wanted = set(bank_ids)
        return [r for r in self._by_ref.values() if r.bank.id in wanted]

    def tags(self, bank_ids: Iterable[str]) -> list[str]:
        """Tags of the chosen banks, most used first."""
        counts: dict[str, int] = {}
        for r in self.in_banks(bank_ids):
            for tag in r.question.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))


def one_per_fact(refs: Iterable[QuestionRef]) -> list[QuestionRef]:
    """``refs`` in order, leaving out each question whose fact an earlier one already asks."""
    asked: set[str] = set()
    kept: list[QuestionRef] = []
    for r in refs:
        fact = r.question.same_fact
        if fact is not None:
            if fact in asked:
                continue
            asked.add(fact)
        kept.append(r)
    return kept


def select_all(pool: Sequence[QuestionRef]) -> list[str]:
    return [r.ref for r in one_per_fact(pool)]


def select_by_tag(pool: Sequence[QuestionRef], tags: Iterable[str]) -> list[str]:
    wanted = set(tags)
    return [r.ref for r in one_per_fact(r for r in pool if wanted & set(r.question.tags))]


def select_random(pool: Sequence[QuestionRef], count: int, seed: int | None = None) -> list[str]:
    """``count`` distinct questions in random order (all of them when the pool is smaller), no fact twice."""
    shuffled = random.Random(seed).sample(list(pool), len(pool))
    return [r.ref for r in one_per_fact(shuffled)][:count]


def select_by_hand(pool: Sequence[QuestionRef], refs: Iterable[str]) -> list[str]:
    """The picked refs that are in the pool, in the order they were picked."""
    known = {r.ref for r in pool}
    return [ref for ref in refs if ref in known]

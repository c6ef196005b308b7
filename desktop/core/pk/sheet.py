"""What the end-of-session sheet (CSV and PDF) lists: the questions the session played. Pure Python."""

from __future__ import annotations

from desktop.core.pk.snapshot import QuestionResult, SessionState


def played_results(state: SessionState) -> tuple[QuestionResult, ...]:
    """The questions shown, buzzed or scored, in set-up order; not the rest of the bank.

    A session set up with all 216 questions of a bank and stopped after 12 lists those 12.
    Withdrawn points still count as scored: the sheet shows what was taken back and why.
    """
    return tuple(
        result
        for _index, result in sorted(state.results.items())
        if result.shown or result.buzzes or result.awards
    )

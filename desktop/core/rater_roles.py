"""Who rated a form, and which way self and the others disagree.

Apart from ``comparison`` (which re-exports them) so that the start page and the form codes,
opened by the first key after launch, do not load the whole comparison model.
"""

from __future__ import annotations

from enum import StrEnum


class RaterRole(StrEnum):
    SELF = "self"
    SUPERVISOR = "supervisor"
    COLLEAGUE = "colleague"
    OBSERVER = "observer"  # rates a trainee during a role play, on an observation sheet


class GapFlag(StrEnum):
    BLIND_SPOT = "blind_spot"  # self rates higher than others do
    HIDDEN_STRENGTH = "hidden_strength"  # others rate higher than self does

"""Shared fixtures. Qt runs offscreen: an unset or empty QT_QPA_PLATFORM would fall back to xcb and abort."""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# CI machines are shared and slow at times: no timing-based failures, and the same examples on
# every run so a red CI is a real defect, not a draw (run with HYPOTHESIS_PROFILE=explore for new ones).
settings.register_profile("ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=1000
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def instruments():
    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir

    found, errors = load_instruments(instruments_dir())
    assert errors == []
    return found


@pytest.fixture(scope="session")
def soothing(instruments):
    return instruments["soothing"]

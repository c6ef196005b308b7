"""Shared fixtures. Qt runs offscreen: an unset or empty QT_QPA_PLATFORM would fall back to xcb and abort."""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

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

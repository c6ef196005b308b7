"""What the app is built from, for the About dialog: the bundled font and the libraries, with licences.

Kept as data beside pyproject.toml: a test checks that every dependency pyproject lists is named here,
so a new library is never shipped without its licence in the About dialog.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import NamedTuple


class Component(NamedTuple):
    name: str  # as a user would name it
    distribution: str  # the PyPI distribution (for its version); "" when not one
    licence: str


FONT = Component(
    "Training Assessment Sans SC (a subset of Noto Sans CJK SC 2.004, Adobe/Google)",
    "",
    "SIL Open Font License 1.1 (assets/fonts/OFL.txt)",
)

LIBRARIES = (
    Component(
        "PySide6 (Qt for Python) and Qt",
        "PySide6-Essentials",
        "LGPL-3.0 (Qt's libraries are separate, replaceable files)",
    ),
    Component("matplotlib", "matplotlib", "Matplotlib License (PSF-based)"),
    Component("NumPy", "numpy", "BSD-3-Clause"),
    Component("SQLModel", "sqlmodel", "MIT"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Pydantic", "pydantic", "MIT"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("PyYAML", "PyYAML", "MIT"),
    Component("openpyxl", "openpyxl", "MIT"),
    Component("aiohttp", "aiohttp", "Apache-2.0"),
    Component("segno", "segno", "BSD-3-Clause"),
    Component(
        "psycopg (the PostgreSQL driver) with libpq", "psycopg", "LGPL-3.0 (libpq: PostgreSQL License)"
    ),
    Component("Python", "", "PSF License 2.0"),
)


def installed_version(distribution: str) -> str:
    """The distribution's version, or "" when its metadata is not there (a bundle built without it)."""
    if not distribution:
        return ""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""

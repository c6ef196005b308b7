"""Every library pyproject ships is named with its licence in the About dialog."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop.core.licences import LIBRARIES

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_has_its_licence_in_the_about_dialog():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = {library.distribution.lower() for library in LIBRARIES}
    missing = [_name(dep) for dep in project["dependencies"] if _name(dep) not in named]
    assert missing == []

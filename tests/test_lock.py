"""The lock file pins every dependency pyproject names, and neither admits the known-bad PySide6 6.12.0."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
BAD_PYSIDE = "6.12.0"  # aborts in garbage collection ("bool_dealloc") after the result screen


def _project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirements() -> list[Requirement]:
    project = _project()
    names = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        names += extra
    return [Requirement(text) for text in names]


def _locked() -> dict[str, list[str]]:
    """name -> the versions the lock pins (one per environment marker)."""
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if match:
            pins.setdefault(canonicalize_name(match[1]), []).append(match[2])
    return pins


def test_every_dependency_of_pyproject_is_pinned_in_the_lock_within_its_range():
    locked = _locked()
    missing = [str(r) for r in _requirements() if canonicalize_name(r.name) not in locked]
    assert missing == [], "pyproject.toml changed: run `make lock` and commit requirements/lock.txt"
    outside = [
        f"{r.name}=={version}"
        for r in _requirements()
        for version in locked[canonicalize_name(r.name)]
        if not r.specifier.contains(version, prereleases=True)
    ]
    assert outside == [], "the lock is older than pyproject.toml: run `make lock`"


def test_the_lock_pins_hashes():
    text = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    assert text.count("--hash=sha256:") >= len(_locked())


def test_pyside6_6_12_0_is_excluded_from_pyproject_and_the_lock():
    (pyside,) = [r for r in _requirements() if canonicalize_name(r.name) == "pyside6-essentials"]
    assert not pyside.specifier.contains(BAD_PYSIDE)
    assert BAD_PYSIDE not in _locked()["pyside6-essentials"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "bool_dealloc" in pyproject  # the reason stays beside the exclusion


def test_the_licence_is_an_spdx_expression_so_setuptools_does_not_warn():
    # A table (license = { text = … }) is deprecated: setuptools warns at every build of the package.
    assert isinstance(_project()["license"], str)
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
    assert build["requires"] == ["setuptools>=77"]  # the first to read an SPDX expression

"""The typing ratchet: mypy checks every module of the app strictly, and no override relaxes one."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What an override may say: which modules, and that a third-party one has no type information.
HARMLESS_OVERRIDE_KEYS = {"module", "ignore_missing_imports"}

INLINE_CONFIG = re.compile(r"\s*#\s*mypy:")
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def mypy_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def test_every_module_is_checked_strictly():
    config = mypy_config()
    assert config["strict"] is True and config["files"] == ["desktop"]
    assert "ignore_errors" not in config and "exclude" not in config


def test_no_override_relaxes_a_module():
    # The last relaxed modules were typed; a new module is strict from its first commit.
    overrides = mypy_config().get("overrides", [])
    relaxing = [o for o in overrides if set(o) - HARMLESS_OVERRIDE_KEYS]
    assert relaxing == [], "type the module instead of relaxing mypy for it"


def test_no_module_turns_checks_off_for_itself():
    # ``# mypy: ignore-errors`` (or any inline setting) at the top of a file would relax it unseen.
    inline = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if INLINE_CONFIG.match(line)
    ]
    assert inline == []


def silenced_errors() -> tuple[list[str], list[str]]:
    """``file:line`` of every ``type: ignore`` without an error code, and of those without a reason."""
    without_code, without_reason = [], []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = IGNORE.search(line)
            if found is None:
                continue
            where = f"{path.relative_to(ROOT)}:{number}"
            if not found["codes"]:
                without_code.append(where)
            elif not found["rest"].strip().lstrip("#").strip():
                without_reason.append(where)
    return without_code, without_reason


def test_every_silenced_error_names_its_code_and_says_why():
    without_code, without_reason = silenced_errors()
    assert without_code == [], "name the error code a type: ignore silences"
    # A silenced error says which (``# type: ignore[code]``) and why (a comment after it).
    assert without_reason == [], (
        "say why after the ignore (# type: ignore[code]  # reason), or type the code instead: "
        + ", ".join(without_reason)
    )

"""Small modules, one purpose each: no module of the app or its tools passes MAX_LINES.

A module that grows past it is split along a seam (a controller, a dialog, a group of helpers with
one purpose), as the large screens, the store and the PK rules were.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400


def modules_over(limit: int, folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > limit:
                found.append(f"{path.relative_to(ROOT)}: {lines} lines")
    return found


def test_no_module_passes_the_size_limit():
    assert modules_over(MAX_LINES, [ROOT / "desktop", ROOT / "tools"]) == []


def test_a_module_over_the_limit_is_named_with_its_length():
    main_window = ROOT / "desktop" / "ui" / "shell" / "main_window.py"
    lines = len(main_window.read_text(encoding="utf-8").splitlines())
    over = modules_over(lines - 1, [main_window.parent])
    assert f"desktop/ui/shell/main_window.py: {lines} lines" in over

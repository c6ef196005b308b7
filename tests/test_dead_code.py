"""Dead code: nothing in the app is left that nothing uses (vulture, configured in pyproject's [tool.vulture]).

The app's code counts as used only when the app uses it: a function only a test calls is dead, unless it
is a test seam listed, with its reason, in tests/vulture_whitelist.py (beside what vulture cannot see:
Qt's virtual overrides, columns written by SQL, attributes other libraries read). The tests' own helpers
are checked too, against the app and the tests together.
"""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from functools import cache
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
WHITELIST = ROOT / "tests" / "vulture_whitelist.py"
HOW_TO_MEND = (
    "remove it (and any test that tests only it); if something vulture cannot see uses it (Qt, SQL, "
    "getattr, a test seam), add it to tests/vulture_whitelist.py with the reason"
)


def _config() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["vulture"]


@cache
def unused_code(*paths: Path) -> list[str]:
    """``file:line: unused <kind> 'name'`` for each definition in ``paths`` that nothing in them uses."""
    config = _config()
    finder = Vulture(ignore_names=config["ignore_names"], ignore_decorators=config["ignore_decorators"])
    finder.scavenge([str(p) for p in paths])
    found = finder.get_unused_code(min_confidence=config["min_confidence"])
    return [f"{_shown(Path(item.filename))}:{item.first_lineno}: {item.message}" for item in found]


def _shown(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def test_nothing_in_the_app_is_left_unused():
    paths = [ROOT / p for p in _config()["paths"]]
    assert paths == [ROOT / "desktop", WHITELIST]
    dead = unused_code(*paths)
    assert dead == [], "\n".join([*dead, HOW_TO_MEND])


def test_no_test_helper_is_left_unused():
    dead = [line for line in unused_code(ROOT / "desktop", ROOT / "tests") if line.startswith("tests/")]
    assert dead == [], "\n".join([*dead, HOW_TO_MEND])


def _whitelisted() -> list[tuple[str, int]]:
    """The name each whitelist entry marks as used (the attribute, or the bare name), and its line."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    (listing,) = [node.value for node in tree.body if isinstance(node, ast.Assign)]
    assert isinstance(listing, ast.List)
    names = []
    for entry in listing.elts:
        node = entry.body if isinstance(entry, ast.Lambda) else entry
        assert isinstance(node, ast.Attribute | ast.Name), ast.unparse(entry)
        names.append((node.attr if isinstance(node, ast.Attribute) else node.id, entry.lineno))
    return names


def test_every_whitelist_entry_exists_is_still_needed_and_says_why():
    spec = importlib.util.spec_from_file_location("vulture_whitelist", WHITELIST)
    assert spec is not None and spec.loader is not None
    spec.loader.exec_module(importlib.util.module_from_spec(spec))  # a class or attribute gone: fails here
    # The whitelist serves the app's check: each name in it must be one vulture reports in the app without it.
    reported = {line.rsplit("'", 2)[-2] for line in unused_code(ROOT / "desktop")}
    lines = WHITELIST.read_text(encoding="utf-8").splitlines()
    stale = [f"tests/vulture_whitelist.py:{n}: {name}" for name, n in _whitelisted() if name not in reported]
    assert stale == [], "used where vulture sees it now: remove from the whitelist\n" + "\n".join(stale)
    unexplained = [n for _name, n in _whitelisted() if "#" not in lines[n - 1]]
    assert unexplained == [], f"whitelist lines without a reason: {unexplained}"


def _signal_uses(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The names of the signals ``tree`` emits (``x.done.emit``, called or handed on as a slot) and connects."""
    emitted: set[str] = set()
    connected: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("emit", "connect"):
            # (self.a if kind else self.b).emit(...) uses both
            owners = (
                [node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp) else [node.value]
            )
            names = {owner.attr for owner in owners if isinstance(owner, ast.Attribute)}
            (emitted if node.attr == "emit" else connected).update(names)
    return emitted, connected


def test_every_signal_the_app_declares_is_emitted_and_listened_to():
    """vulture counts ``self.done.emit()`` as a use of ``done``: a signal nobody connects (or nobody
    emits) slips through it, so signals are checked here, in the app's code alone."""
    declared: list[tuple[str, str]] = []
    emitted: set[str] = set()
    connected: set[str] = set()
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                declared += [
                    (f"{_shown(path)}:{statement.lineno}", target.id)
                    for statement in node.body
                    if isinstance(statement, ast.Assign)
                    and isinstance(statement.value, ast.Call)
                    and isinstance(statement.value.func, ast.Name)
                    and statement.value.func.id == "Signal"
                    for target in statement.targets
                    if isinstance(target, ast.Name)
                ]
        more_emitted, more_connected = _signal_uses(tree)
        emitted |= more_emitted
        connected |= more_connected
    assert len(declared) > 50  # the walk found the app's signals
    dead = [f"{where}: signal '{name}' is never emitted" for where, name in declared if name not in emitted]
    dead += [
        f"{where}: signal '{name}' is never connected" for where, name in declared if name not in connected
    ]
    assert dead == [], "\n".join([*dead, "remove it, or emit / connect it where it belongs"])


def test_the_check_names_the_file_the_line_and_the_name(tmp_path: Path):
    module = tmp_path / "screens.py"
    module.write_text("def shown():\n    return 1\n\n\ndef forgotten():\n    return 2\n\n\nshown()\n")
    assert [line.split(": ", 1)[1] for line in unused_code(module)] == ["unused function 'forgotten'"]
    assert unused_code(module)[0].endswith("screens.py:5: unused function 'forgotten'")

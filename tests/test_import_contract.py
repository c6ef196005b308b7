"""The layers' import contract, read from the source (every import, inside functions too):

- ``desktop.core`` imports no Qt, no SQL (SQLAlchemy, SQLModel, sqlite3), no charts and no other layer;
- ``desktop.ui`` reaches the data only through the store's public API: ``Store``
  (``desktop.store.store``), its records (``desktop.store.records``) and its error types
  (``desktop.store.errors``); never SQL itself;
- ``desktop.charts`` imports no store, no screen and no Qt (charts are drawn on the worker, where
  PySide's making of its types at their first use is not safe while the window's thread makes others);
- no two modules import each other, directly or round a circle (``TYPE_CHECKING`` imports aside).

A broken rule fails with the file, the line and the import that breaks it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import desktop

ROOT = Path(desktop.__file__).parent
SQL = ("sqlalchemy", "sqlmodel", "sqlite3")
QT = ("PySide6", "shiboken6")
STORE_PUBLIC_API = (
    "desktop.store.store",
    "desktop.store.records",
    "desktop.store.errors",
    "desktop.store.changes",  # what a write changed: the one change signal carries it to every screen
)


@dataclass(frozen=True)
class Import:
    importer: str  # module name
    path: Path
    line: int
    target: str  # the module imported (``from package import module`` names the module)
    type_checking: bool

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT.parent)}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (ROOT.parent / relative).with_suffix(".py").is_file() or (
        ROOT.parent / relative / "__init__.py"
    ).is_file()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(path: Path) -> list[Import]:
    importer = module_name(path)
    found: list[Import] = []

    def visit(node: ast.AST, type_checking: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_checking)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(importer, path, node.lineno, alias.name, type_checking))
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node, importer, path.name == "__init__.py")
            targets = []
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                target = sub if module.startswith("desktop") and is_module(sub) else module
                if target not in targets:  # ``from m import a, b``: one import of m
                    targets.append(target)
            found.extend(Import(importer, path, node.lineno, target, type_checking) for target in targets)
        for child in ast.iter_child_nodes(node):
            visit(child, type_checking)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
    return found


def all_imports() -> list[Import]:
    return [found for path in sorted(ROOT.rglob("*.py")) for found in imports_of(path)]


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def contract_breaches(imports: list[Import]) -> list[str]:
    breaches = []
    for imp in imports:
        if _under(imp.importer, "desktop.core"):
            if _under(imp.target, *QT, *SQL, "matplotlib"):
                breaches.append(f"{imp}: the core imports no Qt, no SQL and no charting library")
            elif _under(imp.target, "desktop") and not _under(imp.target, "desktop.core"):
                breaches.append(f"{imp}: the core imports nothing of the other layers")
        elif _under(imp.importer, "desktop.ui"):
            if _under(imp.target, *SQL):
                breaches.append(f"{imp}: screens never use SQL; they ask the Store")
            elif _under(imp.target, "desktop.store") and not _under(imp.target, *STORE_PUBLIC_API):
                breaches.append(
                    f"{imp}: screens use only the store's public API ({', '.join(STORE_PUBLIC_API)})"
                )
        elif _under(imp.importer, "desktop.charts"):
            if _under(imp.target, "desktop.store", "desktop.ui", *SQL):
                breaches.append(f"{imp}: charts draw what they are given; they import no store or screen")
            elif _under(imp.target, *QT):
                breaches.append(f"{imp}: charts are drawn off the window's thread; they import no Qt")
    return breaches


def import_circles(imports: list[Import]) -> list[list[str]]:
    """Every group of modules that import each other round a circle (Tarjan's strongly connected
    components), with ``TYPE_CHECKING`` imports left out: they never run."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        if not imp.type_checking and _under(imp.target, "desktop") and imp.target != imp.importer:
            # Importing ``a.b.c`` runs ``a.b``'s __init__ too; only the module itself counts here.
            graph.setdefault(imp.importer, set()).add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return circles


def test_every_layer_keeps_to_its_imports():
    breaches = contract_breaches(all_imports())
    assert not breaches, "\n".join(breaches)


def test_no_modules_import_each_other():
    imports = all_imports()
    circles = import_circles(imports)
    lines = []
    for circle in circles:
        members = set(circle)
        lines.append(" ↔ ".join(circle))
        lines += [f"    {imp}" for imp in imports if imp.importer in members and imp.target in members]
    assert not circles, "import circles:\n" + "\n".join(lines)


# -- the checker itself --------------------------------------------------------------------------------
def test_a_screen_importing_a_store_module_is_named_with_its_line(tmp_path):
    screen = ROOT / "ui" / "shell" / "home_page.py"
    imports = [
        Import("desktop.ui.shell.home_page", screen, 12, "desktop.store.backup", False),
        Import("desktop.ui.shell.home_page", screen, 13, "desktop.store.records", True),
        Import("desktop.core.scoring", ROOT / "core" / "scoring.py", 3, "sqlite3", False),
        Import("desktop.charts.radar", ROOT / "charts" / "radar.py", 9, "desktop.store.store", False),
        Import("desktop.charts.render", ROOT / "charts" / "render.py", 4, "PySide6.QtGui", False),
    ]
    assert contract_breaches(imports) == [
        "desktop/ui/shell/home_page.py:12 imports desktop.store.backup: screens use only the store's public "
        "API (desktop.store.store, desktop.store.records, desktop.store.errors, desktop.store.changes)",
        "desktop/core/scoring.py:3 imports sqlite3: the core imports no Qt, no SQL and no charting library",
        "desktop/charts/radar.py:9 imports desktop.store.store: charts draw what they are given; they import "
        "no store or screen",
        "desktop/charts/render.py:4 imports PySide6.QtGui: charts are drawn off the window's thread; they "
        "import no Qt",
    ]


def test_a_circle_through_a_function_level_import_is_found():
    where = ROOT / "store" / "backup.py"
    imports = [
        Import("desktop.store.backup", where, 5, "desktop.store.database", False),
        Import("desktop.store.database", where, 70, "desktop.store.backup", False),
        Import("desktop.store.records", where, 9, "desktop.store.store", True),
        Import("desktop.store.store", where, 9, "desktop.store.records", False),
    ]
    assert import_circles(imports) == [["desktop.store.backup", "desktop.store.database"]]


def test_the_reader_sees_imports_inside_functions_and_names_the_module_imported():
    found = {(i.target, i.type_checking) for i in imports_of(ROOT / "ui" / "shell" / "context.py")}
    assert ("desktop.store.store", True) in found and ("desktop.store.store", False) in found
    assert ("PySide6.QtCore", False) in found

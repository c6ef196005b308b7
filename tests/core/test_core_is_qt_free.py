"""The core must run without Qt: import every core module with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desktop.core

CORE = Path(desktop.core.__file__).parent


def test_core_modules_import_without_qt():
    names = (p.relative_to(CORE).with_suffix("").parts for p in CORE.rglob("*.py") if p.stem != "__init__")
    modules = sorted(".".join(("desktop.core", *parts)) for parts in names)
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'matplotlib'):\n"
        "            raise ImportError(f'{name} is not allowed in desktop.core')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "print(len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=CORE.parent.parent
    )
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 8

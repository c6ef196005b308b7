"""With a projector attached, the stage opens full screen on it and the console stays on the laptop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, sys, tempfile
    from pathlib import Path
    from desktop.app import Shell, create_application
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
    app = create_application()
    shell = Shell(Path(tempfile.mkdtemp()), "zh_CN")
    shell.context.open_store_now()
    window = shell.window
    window.pk.sound.enabled = False
    banks, _ = shell.context.banks()
    refs = tuple(f"{banks[0].id}/{q.id}" for q in banks[0].questions[:2])
    groups = (Group("g1", "甲", "", "#e63946", "1"), Group("g2", "乙", "", "#1d70b8", "2"))
    opened = window.pk.start_new("two screens", SessionSetup(groups, refs, ScoringRules()))
    app.processEvents()
    stage, console = opened.stage, opened.console
    report = {"stage_screen": stage.screen().name(), "stage_full": stage.isFullScreen(),
              "stage_size": [stage.width(), stage.height()], "console_screen": console.screen().name()}
    # The stage is on the projector: the session's dialogs open over the console, on the laptop.
    report["dialog_parent"] = "console" if opened.windows.dialog_parent() is console else "stage"
    window.pk.toggle_stage(stage)  # F5 on the console: back to a window, and again to full screen
    report["after_toggle"] = stage.isFullScreen()
    print(json.dumps(report))
    opened.console.close()
    shell.context.close()
    """
)


def test_stage_goes_full_screen_on_the_second_screen(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "dpr": 1,
                    },
                    {
                        "name": "projector",
                        "x": 1366,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "dpr": 1,
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["stage_screen"] == "projector" and report["stage_full"]
    assert report["stage_size"] == [1920, 1080]
    assert report["console_screen"] == "laptop"
    assert report["dialog_parent"] == "console"
    assert report["after_toggle"] is False

"""The Windows installer script installs what build.spec builds and never touches the data folder."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = (ROOT / "installer" / "TrainingAssessment.iss").read_text(encoding="ascii")  # ASCII: no BOM needed


def test_it_installs_the_bundle_build_spec_makes():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert spec.count('name="TrainingAssessment"') == 2  # the executable and the folder
    assert 'Source: "..\\dist\\TrainingAssessment\\*"' in SCRIPT
    assert '#define AppExe "TrainingAssessment.exe"' in SCRIPT
    assert f'#define AppVersion "{__version__}"' in SCRIPT
    assert re.search(r"^Name: \"\{group\}\\\{#AppName\}\"; Filename: \"\{app\}\\\{#AppExe\}\"", SCRIPT, re.M)


def test_uninstalling_keeps_the_data_folder():
    assert "[UninstallDelete]" not in SCRIPT
    assert "{localappdata}" not in SCRIPT.lower()
    # The program folder is never the data folder: the data lives in the user data folder (platformdirs).
    assert "DefaultDirName={autopf}\\TrainingAssessment" in SCRIPT

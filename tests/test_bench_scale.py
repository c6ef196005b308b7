"""``bench-scale`` at a quarter of the default size (500 trainees), with the same per-screen targets.

It runs in a process of its own, as the command does. Screens are judged here on the UI thread's
CPU time, which is what their wall time is on an idle machine (a shared machine's wall clock
measures its neighbours too); the command judges wall time. Targets not met yet are expected
failures, each with its reason, so a fix shows up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.cli.bench_scale import Figure

MET = (
    "build the department (bulk)",
    "history",
    "one trainee",
    "radar",
    "trainee vs class (no class: all)",
    "class view, one class",
    "class view, all trainees",
    "report PDF in the app",
)

RUN = """
import dataclasses, json, sys
from pathlib import Path
from desktop.cli.bench_scale import measure
figures, built = measure(Path(sys.argv[1]), 500)
print(json.dumps({"built": built, "figures": [dataclasses.asdict(f) for f in figures]}))
"""


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = str(tmp_path_factory.mktemp("department"))
    result = subprocess.run(
        [sys.executable, "-c", RUN, folder], capture_output=True, text=True, env=env, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["built"].startswith("500 trainees in 10 classes, 39")
    return {f["name"].strip(): Figure(**f) for f in found["figures"]}


def judged(figure: Figure) -> float:
    return figure.cpu_ms if figure.cpu_ms is not None else figure.value


@pytest.mark.parametrize("name", MET)
def test_screen_meets_its_target_at_500_trainees(figures, name):
    figure = figures[name]
    assert figure.target is not None
    assert judged(figure) <= figure.target, (
        f"{name}: {judged(figure):.0f} {figure.unit} > {figure.target:.0f}"
    )


@pytest.mark.xfail(
    strict=False,
    reason="start and the stalls are wall clock: met or not with the load of a shared machine (store work is "
    "on the worker; the UI thread's CPU per screen is asserted above)",
)
def test_start_to_interactive_and_ui_stalls_meet_their_targets(figures):
    assert [f.name for f in figures.values() if f.needs_worker and not f.met] == []


@pytest.mark.xfail(reason="report --person: importing matplotlib and embedding subsets of the CJK font")
def test_report_command_meets_its_time_and_memory_targets(figures):
    assert figures["report --person (PDF)"].met and figures["report --person peak memory"].met

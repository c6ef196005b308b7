"""``bench-scale`` at a quarter of the default size (500 trainees), with the same per-screen targets.

Screens are judged here on the UI thread's CPU time, which is what their wall time is on an idle
machine (a shared machine's wall clock measures its neighbours too); the command judges wall time.
Targets not met yet are expected to fail, each with the reason, so a fix shows up as a pass.
"""

from __future__ import annotations

import pytest

from desktop.cli.bench_scale import measure

MET = (
    "build the department (bulk)",
    "history",
    "one trainee",
    "radar",
    "trainee vs class (no class: all)",
    "class view, all trainees",
    "report PDF in the app",
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    found, built = measure(tmp_path_factory.mktemp("department"), 500)
    assert built.startswith("500 trainees in 10 classes, 39")
    return {f.name.strip(): f for f in found}


def judged(figure) -> float:
    return figure.cpu_ms if figure.cpu_ms is not None else figure.value


@pytest.mark.parametrize("name", MET)
def test_screen_meets_its_target_at_500_trainees(figures, name):
    figure = figures[name]
    assert judged(figure) <= figure.target, (
        f"{name}: {judged(figure):.0f} {figure.unit} > {figure.target:.0f}"
    )


@pytest.mark.xfail(strict=False, reason="two matplotlib charts drawn on the UI thread: ~200 ms of CPU")
def test_class_view_of_one_class_meets_its_target(figures):
    figure = figures["class view, one class"]
    assert judged(figure) <= figure.target


@pytest.mark.xfail(
    reason="the worker piece: the home waits for the whole store; screens build on the UI thread"
)
def test_start_to_interactive_and_ui_stalls_meet_their_targets(figures):
    assert [f.name for f in figures.values() if f.needs_worker and not f.met] == []


@pytest.mark.xfail(reason="report --person: embedding subsets of the CJK font and importing matplotlib")
def test_report_command_meets_its_time_and_memory_targets(figures):
    assert figures["report --person (PDF)"].met and figures["report --person peak memory"].met

"""Every ``bench-*`` command exits non-zero when it misses its stated target (timings faked, none run)."""

from __future__ import annotations

import pytest

from desktop.cli import bench_buzz, bench_editor, bench_radar, bench_start


@pytest.mark.parametrize(("app_ms", "code"), [(140.0, 0), (150.0, 0), (151.0, 1)])
def test_bench_start_exit_code_follows_its_target(monkeypatch, capsys, app_ms, code):
    monkeypatch.setattr(
        bench_start, "run_start_benchmark", lambda rounds: {"bare": 100.0, "app": app_ms, "rounds": rounds}
    )
    assert bench_start.bench_start_command(3) == code
    assert ("NOT met" in capsys.readouterr().out) == bool(code)


@pytest.mark.parametrize(("ours_ms", "code"), [(110.0, 0), (120.0, 0), (125.0, 1)])
def test_bench_radar_exit_code_follows_its_target(monkeypatch, capsys, ours_ms, code):
    monkeypatch.setattr(bench_radar, "run_draw_benchmark", lambda rounds: {"ours": ours_ms, "bare": 100.0})
    monkeypatch.setattr(bench_radar, "_max_rss_kib", lambda *_args: 150 * 1024)
    assert bench_radar.bench_radar_command(3) == code
    assert ("NOT met" in capsys.readouterr().out) == bool(code)


@pytest.mark.parametrize(("p99", "code"), [(9.0, 0), (16.6, 0), (16.7, 1), (40.0, 1)])
def test_bench_buzz_exit_code_follows_its_target(monkeypatch, capsys, p99, code):
    figures = {
        "buzzes": 1000,
        "events": 1500,
        "p50": 8.0,
        "p99": p99,
        "max": p99 + 5,
        "commit_p50": 1.0,
        "commit_p99": 2.0,
        "repaint_p50": 2.0,
        "repaint_p99": 3.0,
    }
    monkeypatch.setattr(bench_buzz, "run_benchmark", lambda buzzes: figures)
    assert bench_buzz.bench_buzz_command(1000) == code
    assert ("NOT met" in capsys.readouterr().out) == bool(code)


@pytest.mark.parametrize(
    ("save_cpu", "ui_cpu", "code"),
    [(400.0, 30.0, 0), (1000.0, 100.0, 0), (1001.0, 30.0, 1), (400.0, 101.0, 1)],
)
def test_bench_editor_exit_code_follows_its_targets(monkeypatch, capsys, save_cpu, ui_cpu, code):
    figures = {
        "questions": 500,
        "open": 170.0,
        "key_median": 1.0,
        "save": save_cpu * 2,
        "save_cpu": save_cpu,
        "save_ui_cpu": ui_cpu,
        "longest_gap": 40.0,
    }
    monkeypatch.setattr(bench_editor, "run_editor_benchmark", lambda count: figures)
    assert bench_editor.bench_editor_command(500) == code
    assert ("NOT met" in capsys.readouterr().out) == bool(code)

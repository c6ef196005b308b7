"""The radar and band charts, drawn offscreen with Agg.

pytest turns warnings into errors, so a "Glyph … missing" warning while drawing fails a test.
"""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from desktop.charts.labels import wrap_label
from desktop.charts.radar import band_distribution_figure, radar_figure, save_figure
from desktop.core.comparison import RaterRole, RatingSheet, Round
from desktop.core.localtext import LocalText
from desktop.core.radar import RadarData, RadarSeries, band_distribution, self_vs_others

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
LABELS = {"self": "自评", "supervisor": "主管", "colleagues": "同事平均", "others": "他评（全部）"}
APP_LABELS = {"self": "自评", "supervisor": "主管", "colleagues": "同事（平均）", "others": "他评（全部）"}


@pytest.fixture(scope="module")
def eq(instruments):
    return instruments["eq"]


@pytest.fixture(scope="module")
def communication(instruments):
    return instruments["communication"]


def sheet(instrument, role, value, name=None):
    return RatingSheet(RaterRole(role), {i.id: value for i in instrument.items}, T0, name)


def full_round(instrument):
    """Self, a supervisor and three colleagues, so every series is there."""
    colleagues = tuple(sheet(instrument, "colleague", v, n) for v, n in ((5, "A"), (3, "B"), (4, "C")))
    return Round(sheet(instrument, "self", 4), (sheet(instrument, "supervisor", 2), *colleagues))


def drawn(figure):
    FigureCanvasAgg(figure).draw()
    return figure


def line(figure, key):
    return next(line for line in figure.axes[0].get_lines() if line.get_gid() == key)


def hand_made(values_by_key, axes=("a", "b", "c", "d", "e")):
    return RadarData(
        "eq",
        axes,
        tuple(LocalText(f"维度{name}") for name in axes),
        (1, 5),
        tuple(RadarSeries(key, values) for key, values in values_by_key.items()),
    )


@pytest.mark.parametrize("name", ["eq", "communication"])
def test_one_axis_per_dimension_labelled_with_its_chinese_name(instruments, name):
    instrument = instruments[name]
    figure = drawn(radar_figure(self_vs_others(instrument, full_round(instrument)), LABELS, "zh_CN"))
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert [label.replace("\n", "") for label in labels] == [d.name.zh_CN for d in instrument.dimensions]
    assert len(figure.axes[0].get_xticks()) == len(instrument.dimensions)


def test_long_chinese_labels_are_broken_into_short_lines(eq):
    figure = drawn(radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN"))
    for label in figure.axes[0].get_xticklabels():
        assert all(len(part) <= 7 for part in label.get_text().split("\n"))


@pytest.mark.parametrize(
    "values",
    [(2.0, 2.5, 3.0, 2.25, 3.0), (5.0, 5.0, 5.0, 5.0, 5.0), (1.0, 1.0, 1.0, 1.0, 1.0)],
)
def test_the_radius_is_always_the_whole_scale(values):
    figure = drawn(radar_figure(hand_made({"self": values}), LABELS, "zh_CN"))
    axes = figure.axes[0]
    assert axes.get_ylim() == (1, 5)  # never auto-scaled to the data
    assert axes.get_rorigin() < 1  # the lowest point is a labelled ring, not the unlabelled centre
    assert list(axes.get_yticks()) == [1, 2, 3, 4, 5]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["1", "2", "3", "4", "5"]


def test_each_series_is_a_closed_polygon_through_its_values(eq):
    data = self_vs_others(eq, full_round(eq))
    figure = drawn(radar_figure(data, LABELS, "zh_CN"))
    assert [s.key for s in data.series] == ["self", "supervisor", "colleagues", "others"]
    for series in data.series:
        plotted = line(figure, series.key)
        assert list(plotted.get_ydata()) == pytest.approx([*series.values, series.values[0]])
        angles = list(plotted.get_xdata())
        assert len(angles) == len(eq.dimensions) + 1 and angles[0] == angles[-1]
    assert data.get("self").values == (3.5,) * 5  # answered 4 throughout; reverse items score 2


def test_the_legend_names_each_series_and_how_many_colleagues(eq):
    figure = drawn(radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN", title="情商 堃"))
    texts = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    assert texts == ["自评", "主管", "同事平均 (n=3)", "他评（全部）"]
    assert figure.get_suptitle() == "情商 堃"


def test_a_missing_value_is_a_gap_and_the_first_series_is_filled_only_when_complete():
    data = hand_made({"self": (3.0, None, 4.0, 2.0, 5.0), "others": (2.0, 2.0, 2.0, 2.0, 2.0)})
    figure = drawn(radar_figure(data, {"self": "自评", "others": "他评"}, "zh_CN"))
    radii = list(line(figure, "self").get_ydata())
    assert math.isnan(radii[1]) and radii[0] == radii[-1] == 3.0
    assert len(figure.axes[0].patches) == 0  # a fill across the gap would claim an area the data lacks
    complete = drawn(radar_figure(hand_made({"self": (3.0,) * 5}), {"self": "自评"}, "zh_CN"))
    assert len(complete.axes[0].patches) == 1


def test_a_gap_at_the_first_axis_also_opens_the_closing_edge():
    figure = drawn(radar_figure(hand_made({"self": (None, 2.0, 3.0, 4.0, 5.0)}), LABELS, "zh_CN"))
    radii = list(line(figure, "self").get_ydata())
    assert math.isnan(radii[0]) and math.isnan(radii[-1])


def test_no_series_draws_an_empty_radar_without_a_legend():
    figure = drawn(radar_figure(hand_made({}), LABELS, "zh_CN"))
    assert figure.legends == [] and figure.axes[0].get_ylim() == (1, 5)


@pytest.mark.parametrize("size", [(19.2, 10.8), (9.6, 7.2), (6.0, 6.0), (7.36, 6.3), (4.6, 3.4)])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("name", ["eq", "communication"])
def test_labels_stay_inside_the_figure_and_clear_of_the_legend(instruments, name, lang, size):
    instrument = instruments[name]
    data = self_vs_others(instrument, full_round(instrument))
    figure = radar_figure(data, LABELS, lang, title="标题", size=size)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    assert_labels_and_legend_inside(figure, canvas)


@pytest.mark.parametrize("size", [(7.36, 6.3), (5.2, 3.9), (12.0, 5.0)])
def test_a_figure_resized_by_its_widget_lays_itself_out_again(eq, size):
    """A Qt canvas resizes the figure to the widget: the legend placed for 9.6 × 7.2 inches ran off
    the right edge of the radar screen at the default window size."""
    from matplotlib.backend_bases import ResizeEvent

    figure = radar_figure(self_vs_others(eq, full_round(eq)), APP_LABELS, "zh_CN", title="标题")
    canvas = FigureCanvasAgg(figure)
    figure.set_size_inches(*size)
    ResizeEvent("resize_event", canvas)._process()
    canvas.draw()
    assert_labels_and_legend_inside(figure, canvas)
    assert [t.get_text() for t in figure.legends[0].get_texts()][2] == "同事（平均） (n=3)"


def assert_labels_and_legend_inside(figure, canvas):
    renderer = canvas.get_renderer()
    page = figure.bbox.padded(1)  # a pixel of rounding
    axes = figure.axes[0]
    legend = figure.legends[0].get_window_extent(renderer)
    for label in axes.get_xticklabels():
        box = label.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, label
        assert not box.overlaps(legend), label.get_text()
    assert not axes.get_window_extent(renderer).overlaps(legend)
    assert page.x0 <= legend.x0 and legend.x1 <= page.x1 and page.y0 <= legend.y0 and legend.y1 <= page.y1


def test_projector_size_gets_large_type(eq):
    figure = radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN", size=(19.2, 10.8))
    assert figure.get_size_inches() == pytest.approx((19.2, 10.8))
    assert figure.axes[0].get_xticklabels()[0].get_fontsize() >= 16
    assert figure.legends[0].get_texts()[0].get_fontsize() >= 16


def test_wrap_label():
    assert wrap_label("妥善管理自己情绪的能力") == "妥善管理自己\n情绪的能力"  # balanced, not 7 + 4
    assert wrap_label("认识自我情绪的能力") == "认识自我情\n绪的能力"
    assert wrap_label("语调") == "语调"
    assert wrap_label("Saying “no” and handling objections") == "Saying “no” and\nhandling\nobjections"
    assert wrap_label("Tone of voice") == "Tone of voice"
    # Closing punctuation never starts a line.
    assert not any(line.startswith("，") for line in wrap_label("一二三四五六七，八九十一二三").split("\n"))


def test_band_distribution_chart(soothing):
    answers = [{i.id: v for i in soothing.items} for v in (1, 3, 3, 5)]
    rounds = [Round(RatingSheet(RaterRole.SELF, a, T0), ()) for a in answers]
    distribution = band_distribution(soothing, rounds)
    figure = drawn(band_distribution_figure(distribution, "zh_CN", "自评总分分布", "人数"))
    axes = figure.axes[0]
    assert [bar.get_height() for bar in axes.patches] == [1, 0, 2, 0, 1]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert labels[0] == "很好\n81–100" and labels[-1].replace("\n", "").startswith("立刻开始学习本课程")
    counts = [t.get_text() for t in axes.texts]
    assert counts == ["1", "0", "2", "0", "1"]
    assert all(float(tick).is_integer() for tick in axes.get_yticks())
    assert axes.get_ylabel() == "人数" and axes.get_title() == "自评总分分布"


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", (b"\x89PNG",)), (".svg", (b"<?xml", b"<svg")), (".PDF", (b"%PDF",))]
)
def test_save_figure_by_suffix(eq, tmp_path, suffix, magic):
    figure = radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN", title="情商")
    path = tmp_path / f"radar{suffix}"
    save_figure(figure, path)
    assert path.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_svg_text_is_drawn_as_paths_so_it_needs_no_font(eq, tmp_path):
    path = tmp_path / "radar.svg"
    save_figure(radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN"), path)
    svg = path.read_text(encoding="utf-8")
    assert "<text" not in svg and "font-family" not in svg


def test_save_figure_refuses_other_formats(eq, tmp_path):
    figure = radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN")
    with pytest.raises(ValueError, match=r"\.jpg"):
        save_figure(figure, tmp_path / "radar.jpg")
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_fails_without_writing(eq, tmp_path):
    figure = radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN")
    with pytest.raises(FileNotFoundError):
        save_figure(figure, tmp_path / "missing" / "radar.png")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_leaves_the_old_file_untouched(eq, tmp_path, monkeypatch):
    path = tmp_path / "radar.png"
    path.write_bytes(b"old chart")
    figure = radar_figure(self_vs_others(eq, full_round(eq)), LABELS, "zh_CN")

    def half_written(out, **_kwargs):
        out.write(b"\x89PNG half")
        raise OSError("disk full")

    monkeypatch.setattr(figure, "savefig", half_written)
    with pytest.raises(OSError, match="disk full"):
        save_figure(figure, path)
    assert path.read_bytes() == b"old chart"
    assert [p.name for p in tmp_path.iterdir()] == ["radar.png"]


def test_importing_the_chart_module_does_not_load_matplotlib():
    script = "import sys, desktop.charts.radar; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"

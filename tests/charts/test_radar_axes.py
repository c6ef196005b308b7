"""The radar draws on polar axes; handed plain ones it says so instead of failing on a missing method."""

import pytest

from desktop.charts.radar import _polar
from desktop.charts.setup import prepare_matplotlib


def test_plain_axes_are_refused_with_a_message_naming_them():
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure()
    with pytest.raises(TypeError, match="polar axes, got Axes"):
        _polar(figure.add_axes((0, 0, 1, 1)))
    polar = figure.add_axes((0, 0, 1, 1), projection="polar")
    assert _polar(polar) is polar

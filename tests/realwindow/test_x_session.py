"""The real-window tests' own X server: a display already taken is refused, never shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xsession import XSession


def test_a_display_another_server_uses_is_refused_naming_it(x_session: XSession, tmp_path: Path) -> None:
    """Two runs given the same display (``REAL_WINDOW_DISPLAY``): the second one's tests ran on the
    first one's server, among its windows, and failed at random with the other run's screen kept."""
    second = XSession(tmp_path, x_session.display)
    with pytest.raises(RuntimeError, match=rf":{x_session.display} is taken"):
        second.start()
    assert second._processes == []  # nothing of it left running

"""Buzz gaps come from when keys went down, not from when each was handled after the previous commit."""

from __future__ import annotations

from desktop.core.pk.clock import PressTimes


def test_queued_presses_keep_their_real_gaps():
    now = {"t": 1000.0}
    times = PressTimes(lambda: now["t"])
    # Two keys pressed 12 ms apart (stamps 50_000 and 50_012) but handled 3 ms and then 9 ms
    # later, the second one waiting for the first one's commit.
    now["t"] = 1003.0
    first = times.at_ms(50_000)
    now["t"] = 1021.0
    second = times.at_ms(50_012)
    assert second - first == 12  # the real gap, not the 18 ms between handlings


def test_no_timestamp_means_the_time_of_handling():
    assert PressTimes(lambda: 5.0).at_ms(0) is None


def test_the_mapping_improves_when_a_press_is_handled_sooner():
    now = {"t": 0.0}
    times = PressTimes(lambda: now["t"])
    now["t"] = 110.0
    assert times.at_ms(100) == 110.0
    now["t"] = 205.0  # handled 5 ms after its press; the first one had waited longer
    assert times.at_ms(200) == 205.0
    assert times.offset == 5.0

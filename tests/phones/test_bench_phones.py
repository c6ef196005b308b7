"""A smaller bench-phones in CI: 20 phones with 10–150 ms delays, every buzz kept, the order judged right.

The timing (buzz → stage repainted) is printed, not asserted, and the order is held to 90 % of rounds
rather than the command's 99 %: CI machines are shared, and one round judged wrongly because another
process held the CPU is not the app's doing. By arrival alone, most rounds come out wrong (printed).
``python -m desktop bench-phones`` holds the full targets.
"""

from __future__ import annotations

import re

from desktop.cli import bench_phones


def test_every_phone_buzz_is_kept_and_the_order_is_judged_by_press_time(capsys):
    code = bench_phones.bench_phones_command(clients=20, rounds=10)
    output = capsys.readouterr().out
    last = output.strip().splitlines()[-1]
    print(output)
    found = re.fullmatch(r"clients=(\d+) buzzes=(\d+) lost=(\d+) order_ok=([\d.]+)% p99_ms=([\d.]+)", last)
    assert found, last
    clients, buzzes, lost, order_ok, _p99 = found.groups()
    assert (int(clients), int(buzzes), int(lost)) == (20, 40, 0)
    assert float(order_ok) >= 90.0
    assert code in (0, 1)  # 1 only when the (printed) timing target was missed on a busy machine


def test_bench_phones_exits_1_when_a_target_is_missed(monkeypatch, capsys):
    good = {
        "clients": 60,
        "groups": 12,
        "rounds": 30,
        "buzzes": 360,
        "lost": 0,
        "order_ok": 100.0,
        "judged_rounds": 30,
        "p50_ms": 12.0,
        "p99_ms": 30.0,
    }
    for change, code in (({}, 0), ({"lost": 1}, 1), ({"order_ok": 98.0}, 1), ({"p99_ms": 51.0}, 1)):
        monkeypatch.setattr(bench_phones, "run_benchmark", lambda c, r, f={**good, **change}: f)
        assert bench_phones.bench_phones_command(60, 30) == code
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("clients=60 buzzes=360 lost=0")

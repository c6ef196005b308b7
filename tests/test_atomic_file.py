"""Exports replace a file only when complete: a failure leaves the old file and no debris."""

from __future__ import annotations

import pytest

from desktop.atomic_file import atomic_output, atomic_path, atomic_write_bytes


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path):
    target = tmp_path / "results.csv"
    target.write_bytes(b"old results")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old results"
    assert list(tmp_path.iterdir()) == [target]


def test_a_writer_that_writes_nothing_does_not_replace_the_file(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(OSError, match="nothing was written"), atomic_path(target):
        pass
    assert target.read_bytes() == b"%PDF old"


def test_a_complete_write_replaces_the_file(tmp_path):
    target = tmp_path / "results.csv"
    target.write_bytes(b"old")
    atomic_write_bytes(target, "新的".encode())
    assert target.read_text(encoding="utf-8") == "新的"
    assert list(tmp_path.iterdir()) == [target]


def test_a_missing_folder_is_an_error_not_a_half_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "missing" / "x.csv", b"x")

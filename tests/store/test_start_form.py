"""Starting a form is one transaction: the trainee, the class and the form are saved together or not at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from desktop.core.comparison import RaterRole
from desktop.core.names import AmbiguousTrainee
from desktop.store.errors import StorageError
from desktop.store.store import InputError, Store


def test_a_typed_name_finds_the_trainee_or_creates_trainee_class_and_form_together(store, soothing):
    first = store.start_form(soothing, RaterRole.SELF, person_name=" Li\u3000Wei ", cohort_name="一班\u200b")
    again = store.start_form(
        soothing, RaterRole.SUPERVISOR, person_name="Li  Wei", cohort_name="一班", rater_name="王\u00a0老师"
    )
    assert first.person_id == again.person_id
    assert [(p.name, p.cohort_name) for p in store.people()] == [("Li Wei", "一班")]
    assert again.rater_name == "王 老师"
    other_class = store.start_form(soothing, RaterRole.SELF, person_name="Li Wei", cohort_name="二班")
    assert other_class.person_id != first.person_id
    with pytest.raises(AmbiguousTrainee):
        store.start_form(soothing, RaterRole.SELF, person_name="Li Wei")
    picked = store.start_form(soothing, RaterRole.SELF, person_id=first.person_id)
    assert picked.person_id == first.person_id
    assert len(store.people()) == 2 and len(store.assessments(completed=None)) == 4


def test_names_are_checked_before_anything_is_written(store, soothing):
    with pytest.raises(InputError, match="trainee name: at most 500 characters \\(this one has 10000\\)"):
        store.start_form(soothing, RaterRole.SELF, person_name="x" * 10_000)
    with pytest.raises(InputError, match="class name: has only invisible characters"):
        store.start_form(soothing, RaterRole.SELF, person_name="王五", cohort_name="\u200b\u2060")
    with pytest.raises(InputError, match="rater name: contains a control character \\(U\\+001B\\)"):
        store.start_form(soothing, RaterRole.COLLEAGUE, person_name="王五", rater_name="\x1b[31m")
    assert store.people() == [] and store.cohorts() == []


@pytest.fixture
def tiny_disk():
    """A real 2 MB file system (tmpfs), which a test can fill to the last few kilobytes."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a 2 MB tmpfs needs root on Linux; the injected full-disk test still runs")
    mount_point = Path(tempfile.mkdtemp(prefix="ta-tinydisk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"this machine does not allow mounting a tmpfs: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)
    mount_point.rmdir()


def fill_up(mount_point: Path, leave_bytes: int) -> Path:
    stat = os.statvfs(mount_point)
    filler = mount_point / "filler"
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave_bytes))
    return filler


def test_on_a_nearly_full_disk_start_saves_all_or_nothing_and_a_retry_makes_one_trainee(tiny_disk, soothing):
    """Old behaviour: with 20–24 KB free the trainee was saved, the form was not, the screen said
    "not saved", and Start after freeing space made a second trainee of the same name."""
    outcomes = set()
    for free_kb in range(0, 88, 8):  # the first form also keeps its instrument file
        data = tiny_disk / f"data-{free_kb}"
        store = Store(data)
        try:
            store.people()  # the app has read the database before the disk fills up
            filler = fill_up(tiny_disk, free_kb * 1024)
            try:
                store.start_form(soothing, RaterRole.SELF, person_name="王五", cohort_name="一班")
                saved = True
            except StorageError as exc:
                assert exc.reason == "the disk is full", (free_kb, exc)
                saved = False
            people, forms = len(store.people()), len(store.assessments(completed=None))
            assert (people, forms) == ((1, 1) if saved else (0, 0)), f"{free_kb} KB free: half saved"
            outcomes.add(saved)
            filler.unlink()  # space freed: the trainer presses Start again
            store.start_form(soothing, RaterRole.SELF, person_name="王五", cohort_name="一班")
            assert [p.name for p in store.people()] == ["王五"], f"{free_kb} KB free"
            assert len(store.assessments(completed=None)) == forms + 1
        finally:
            store.close()
            shutil.rmtree(data)
    assert outcomes == {True, False}  # the sweep crossed the point where the disk runs out

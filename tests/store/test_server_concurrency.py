"""Several facilitators at once: two app instances write to one PostgreSQL server at the same time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.store import Store
from tests.postgres import server_database

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("server_writer.py")
WRITES = 500  # per instance: 250 form writes and 250 PK events


def test_two_instances_writing_500_times_each_lose_nothing_and_never_share_a_seq(tmp_path):
    with server_database("concurrency") as url:
        store = Store(tmp_path, url)
        session_id = store.create_pk_session("两个讲师", {"groups": []})
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        writers = [
            subprocess.Popen(
                [sys.executable, str(WRITER), url, name, str(session_id), str(WRITES)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for name in ("王老师", "李老师")
        ]
        for writer in writers:
            assert writer.stdout.readline().strip() == "ready"
        for writer in writers:
            writer.stdin.write("go\n")
            writer.stdin.flush()
        done = [json.loads(writer.communicate(timeout=300)[0].splitlines()[-1]) for writer in writers]
        assert [writer.returncode for writer in writers] == [0, 0]

        events = store.pk_events(session_id)
        assert [e.seq for e in events] == list(range(1, 2 * (WRITES // 2) + 1))  # no gap, no duplicate
        stored = sorted((e.data["group"], int(e.data["reason"])) for e in events)
        acknowledged = sorted((d["name"], n) for d in done for n in d["events"])
        assert stored == acknowledged  # every acknowledged event once, nothing else

        forms = {a.id: a for a in store.assessments(completed=None)}
        for d in done:
            for form_id in d["forms"]:
                assert len(forms[form_id].answers) > 0, f"{d['name']}'s form {form_id} lost its answers"
        assert len(forms) == sum(len(d["forms"]) for d in done)
        # Both typed the new class 一班 at once: one class, holding both instances' trainees.
        assert [c.name for c in store.cohorts()] == ["一班"]
        assert len(store.people(store.cohorts()[0].id)) == len(forms)
        print(f"retries after a seq taken by the other instance: {[d['retries'] for d in done]}")
        store.close()


def test_a_typed_class_already_on_the_server_is_joined_only_when_chosen(tmp_path, soothing):
    from desktop.core.comparison import RaterRole
    from desktop.store.errors import ClassAlreadyOnServer

    with server_database("join_class") as url:
        wang = Store(tmp_path / "wang", url)
        li = Store(tmp_path / "li", url)
        wang.start_form(soothing, RaterRole.SELF, person_name="张三", cohort_name="一班")
        wang.start_form(
            soothing, RaterRole.SELF, person_name="王五", cohort_name="一班"
        )  # his own: no question
        with pytest.raises(
            ClassAlreadyOnServer, match="'一班' is already a class on the shared server"
        ) as refused:
            li.start_form(soothing, RaterRole.SELF, person_name="张三", cohort_name="一班")
        assert refused.value.trainees == 2
        assert len(li.people()) == 2 and len(li.assessments(completed=None)) == 2  # nothing written
        li.start_form(soothing, RaterRole.SELF, person_name="张三", cohort_name="一班", join_class=True)
        li.start_form(soothing, RaterRole.SELF, person_name="赵六", cohort_name="一班")  # joined: asked once
        assert [c.name for c in li.cohorts()] == ["一班"] and len(li.people()) == 3
        wang.close()
        li.close()


def test_each_instance_sees_the_others_trainees(tmp_path):
    with server_database("two_instances") as url:
        first = Store(tmp_path / "laptop-1", url)
        second = Store(tmp_path / "laptop-2", url)
        first.add_person("张三", first.add_cohort("一班").id)
        second.add_person("李四", second.add_cohort("一班").id)
        assert [p.name for p in first.people()] == [p.name for p in second.people()] == ["张三", "李四"]
        first.close()
        second.close()

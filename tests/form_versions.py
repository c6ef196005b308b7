"""Three versions of one 360 form, for the tests that check every view keeps old forms as answered.

Version 2 rewords and reverses the first statement, drops the "tone" dimension, adds "empathy" and
a fourth closing statement, and moves the bands (the total's range grows from 3–15 to 4–20).
Version 3 changes the scale to 1–7.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.instrument_history import instrument_from_content
from desktop.core.instruments import Instrument

VERSION_1 = """\
id: phone_manner
version: 1
kind: "360"
title: {zh_CN: "电话礼仪", en: "Phone manner"}
scale:
  min: 1
  max: 5
  labels: [{zh_CN: "从不"}, {zh_CN: "很少"}, {zh_CN: "有时"}, {zh_CN: "经常"}, {zh_CN: "总是"}]
total: sum
dimensions:
  - {id: greeting, name: {zh_CN: "问候", en: "Greeting"}}
  - {id: tone, name: {zh_CN: "语调", en: "Tone"}}
  - {id: closing, name: {zh_CN: "结束", en: "Closing"}}
items:
  - {id: p1, dimension: greeting, text: {zh_CN: "铃响三声内接听并问好。"}}
  - {id: p2, dimension: tone, text: {zh_CN: "语速适中、语气亲切。"}}
  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。"}}
bands:
  - {min: 11, max: 15, label: {zh_CN: "很好", en: "Very good"}, advice: {zh_CN: "保持。"}}
  - {min: 3, max: 10, label: {zh_CN: "需要练习", en: "Needs practice"}, advice: {zh_CN: "多练。"}}
"""

VERSION_2 = """\
id: phone_manner
version: 2
kind: "360"
title: {zh_CN: "电话礼仪", en: "Phone manner"}
scale:
  min: 1
  max: 5
  labels: [{zh_CN: "从不"}, {zh_CN: "很少"}, {zh_CN: "有时"}, {zh_CN: "经常"}, {zh_CN: "总是"}]
total: sum
dimensions:
  - {id: greeting, name: {zh_CN: "问候", en: "Greeting"}}
  - {id: closing, name: {zh_CN: "结束", en: "Closing"}}
  - {id: empathy, name: {zh_CN: "共情", en: "Empathy"}}
items:
  - {id: p1, dimension: greeting, text: {zh_CN: "让客户等了很久才接听。"}, reverse: true}
  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。"}}
  - {id: p4, dimension: closing, text: {zh_CN: "结束前复述客户的问题。"}}
  - {id: p5, dimension: empathy, text: {zh_CN: "先回应客户的情绪。"}}
bands:
  - {min: 15, max: 20, label: {zh_CN: "很好", en: "Very good"}, advice: {zh_CN: "保持。"}}
  - {min: 4, max: 14, label: {zh_CN: "需要练习", en: "Needs practice"}, advice: {zh_CN: "多练。"}}
"""

VERSION_3 = (
    VERSION_2.replace("version: 2", "version: 3")
    .replace("max: 5\n", "max: 7\n")
    .replace('{zh_CN: "总是"}]', '{zh_CN: "总是"}, {zh_CN: "几乎总是"}, {zh_CN: "一直"}]')
    .replace("{min: 15, max: 20,", "{min: 20, max: 28,")
    .replace("{min: 4, max: 14,", "{min: 4, max: 19,")
)


def version(text: str) -> Instrument:
    instrument = instrument_from_content(text, "phone_manner.yaml")
    assert instrument is not None
    return instrument


@dataclass
class TwoRoundClass:
    """A class of three whose 培训前 forms were answered with version 1 (see ``before_training``)."""

    cohort_id: int
    people: dict[str, int]  # name → person id
    before: int  # round ids
    after: int


def answer(store, instrument: Instrument, person_id: int, role: str, answers, round_id: int, rater=None):
    """A completed form, answered with ``instrument`` (the version is kept by the store)."""
    from desktop.core.comparison import RaterRole

    started = store.start_assessment(person_id, instrument, RaterRole(role), rater, round_id=round_id)
    store.record_answers(started.id, answers)
    store.complete_assessment(started.id)


def before_training(store) -> TwoRoundClass:
    """一班: 王芳 12 (很好 in version 1, 11–15), 李雷 6 (需要练习, 3–10), 韩梅 9, all with version 1; 王芳 also
    rated by her supervisor. The rounds 培训前 and 培训后 exist; nothing is in 培训后 yet."""
    v1 = version(VERSION_1)
    cohort = store.add_cohort("一班")
    people = {name: store.add_person(name, cohort.id).id for name in ("王芳", "李雷", "韩梅")}
    before = store.add_round(cohort.id, "培训前").id
    after = store.add_round(cohort.id, "培训后").id
    for name, value in (("王芳", 4), ("李雷", 2), ("韩梅", 3)):
        answer(store, v1, people[name], "self", {"p1": value, "p2": value, "p3": value}, before)
    answer(store, v1, people["王芳"], "supervisor", {"p1": 5, "p2": 3, "p3": 4}, before, "李经理")
    return TwoRoundClass(cohort.id, people, before, after)


def after_training(store, group: TwoRoundClass) -> None:
    """王芳 16 (很好 in version 2, 15–20) and 李雷 11 (需要练习, 4–14) answer version 2 in 培训后; 韩梅 does not."""
    v2 = version(VERSION_2)
    answer(store, v2, group.people["王芳"], "self", {"p1": 2, "p3": 4, "p4": 4, "p5": 4}, group.after)
    answer(store, v2, group.people["李雷"], "self", {"p1": 4, "p3": 3, "p4": 3, "p5": 3}, group.after)

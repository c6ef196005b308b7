"""Printable paper forms: blank or for a class, A4, Chinese embedded, each with a code that names the form."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from desktop.__main__ import main
from desktop.core.comparison import RaterRole
from desktop.core.form_codes import decode
from desktop.store.store import Store

CLASS = "客服 一班"
NAMES = ("张三", "李四", "王五")


@pytest.fixture
def class_of_three(tmp_path, soothing):
    """Three trainees, each with a self-assessment in the class's two rounds, 培训前 and 培训后."""
    data = tmp_path / "data"
    store = Store(data)
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    for name in NAMES:
        for week, round_name in ((0, "培训前"), (1, "培训后")):
            record = store.start_form(
                soothing, RaterRole.SELF, person_name=name, cohort_name=CLASS, round_name=round_name
            )
            store.record_answers(record.id, {item.id: 3 for item in soothing.items})
            store.complete_assessment(record.id, start + timedelta(weeks=week))
    store.close()
    return data


def pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_class_pack_has_every_trainee_and_role_with_codes_that_name_them(class_of_three, tmp_path, qapp):
    from desktop.charts.paper_form import paper_form_figures
    from desktop.ui.scorecard.paper_forms_builder import PrintedRound, RoundNotFound, class_pack, find_round
    from desktop.ui.shell.i18n import Translations

    translations = Translations()
    translations.install("zh_CN")
    store = Store(class_of_three)
    try:
        from desktop.core.content import load_instruments
        from desktop.paths import instruments_dir

        soothing = load_instruments(instruments_dir())[0]["soothing"]
        cohort = store.cohorts()[0]
        people = {p.id: p.name for p in store.people(cohort.id)}
        assert find_round(store, cohort.id, "培训后") == PrintedRound(2, "培训后")
        assert find_round(store, cohort.id, " 2 ") == PrintedRound(2, "培训后")
        assert find_round(store, cohort.id, "第1轮") == PrintedRound(1, "培训前")
        with pytest.raises(RoundNotFound, match="its rounds: 培训前, 培训后"):
            find_round(store, cohort.id, "结业")
        # Forms for a round not yet held: printing them adds it as the class's latest round.
        assert find_round(store, cohort.id, "3", create=True) == PrintedRound(3, "第3轮", created=True)
        assert [r.name for r in store.class_rounds(cohort.id)] == ["培训前", "培训后", "第3轮"]
        forms = class_pack(store, soothing, "zh_CN", cohort.id, PrintedRound(2, "培训后"))
    finally:
        store.close()
        translations.install("en")
    # Every trainee × self, supervisor and colleague, trainee by trainee.
    assert len(forms) == 9
    read = [decode(form.code, ["soothing", "eq"]) for form in forms]
    assert [(people[c.person_id], c.role) for c in read] == [
        (name, role)
        for name in people.values()
        for role in (RaterRole.SELF, RaterRole.SUPERVISOR, RaterRole.COLLEAGUE)
    ]
    assert {c.round_number for c in read} == {2}
    first = forms[0]
    assert dict(first.fields)["学员"] == people[read[0].person_id]
    assert dict(first.fields)["班级"] == CLASS
    assert dict(first.fields)["轮次"] == "培训后"
    assert "评分人姓名" not in dict(first.fields)  # the trainee rates themself
    assert "评分人姓名" in dict(forms[1].fields)  # a supervisor writes their name
    assert first.statements == tuple(item.text.get("zh_CN") for item in soothing.items)
    assert first.choices == ("1", "2", "3", "4", "5", "0")
    # The 20 statements fit one A4 page, whose texts carry the code and the trainee's name.
    figures = paper_form_figures(first)
    assert len(figures) == 1
    assert tuple(figures[0].get_size_inches()) == pytest.approx((8.27, 11.69))
    texts = [t.get_text() for t in figures[0].texts]
    assert first.code in texts and people[read[0].person_id] in texts


def test_print_forms_command_blank_and_class_pack(class_of_three, tmp_path, capsys, qapp):
    blank = tmp_path / "blank.pdf"
    assert (
        main(
            [
                "print-forms",
                "--instrument",
                "soothing",
                "--out",
                str(blank),
                "--lang",
                "zh_CN",
                "--data-dir",
                str(class_of_three),
            ]
        )
        == 0
    )
    assert "（3 份表，3 页）" in capsys.readouterr().out  # --lang zh_CN: the command's lines are Chinese too
    pdf = blank.read_bytes()
    assert pdf.startswith(b"%PDF") and pages(blank) == 3
    assert b"/FontFile2" in pdf  # the CJK font is embedded: Chinese prints on a machine without one

    pack = tmp_path / "pack.pdf"
    assert (
        main(
            [
                "print-forms",
                "--instrument",
                "soothing",
                "--class",
                " 客服  一班",
                "--round",
                "第1轮",
                "--out",
                str(pack),
                "--data-dir",
                str(class_of_three),
            ]
        )
        == 0
    )
    assert "9 forms, 9 pages" in capsys.readouterr().out
    assert pages(pack) == 9
    # A round the class has not held yet is added (and said so) when its forms are printed.
    common = ["--out", str(pack), "--data-dir", str(class_of_three)]
    assert (
        main(["print-forms", "--instrument", "soothing", "--class", CLASS, "--round", "结业", *common]) == 0
    )
    assert f"added the round '结业' to {CLASS}" in capsys.readouterr().out
    store = Store(class_of_three)
    assert [r.name for r in store.class_rounds(store.cohorts()[0].id)] == ["培训前", "培训后", "结业"]
    store.close()


def test_print_forms_command_names_what_is_wrong(class_of_three, tmp_path, capsys, qapp):
    out = tmp_path / "x.pdf"
    common = ["--out", str(out), "--data-dir", str(class_of_three)]
    assert main(["print-forms", "--instrument", "nope", *common]) == 1
    assert "--instrument: no form 'nope'; forms: " in capsys.readouterr().err
    assert main(["print-forms", "--instrument", "soothing", "--class", "二班", *common]) == 1
    assert f"--class: no class '二班'; classes: {CLASS}" in capsys.readouterr().err
    assert (
        main(["print-forms", "--instrument", "soothing", "--class", CLASS, "--round", "a\x07b", *common]) == 1
    )
    assert "--round: round name: " in capsys.readouterr().err
    assert not out.exists()


def test_print_forms_and_the_round_rules_speak_chinese_when_asked(class_of_three, tmp_path, capsys, qapp):
    from chinese_text import english_left

    from desktop.core.messages import localise
    from desktop.store.errors import InputError

    out = tmp_path / "x.pdf"
    common = ["--out", str(out), "--data-dir", str(class_of_three), "--lang", "zh_CN"]
    said = []
    assert main(["print-forms", "--instrument", "nope", *common]) == 1
    said.append(capsys.readouterr().err)
    assert main(["print-forms", "--instrument", "soothing", "--class", "二班", *common]) == 1
    said.append(capsys.readouterr().err)
    for bad_round in ("a\x07b", "\u200b", "名" * 501):
        command = ["print-forms", "--instrument", "soothing", "--class", CLASS, "--round", bad_round]
        assert main([*command, *common]) == 1
        said.append(capsys.readouterr().err)
    assert (
        main(["print-forms", "--instrument", "soothing", "--class", CLASS, "--round", "复训", *common]) == 0
    )
    said.append(capsys.readouterr().out)
    store = Store(class_of_three)
    try:
        cohort = next(c for c in store.cohorts() if c.name == CLASS)
        first, second = store.class_rounds(cohort.id)[:2]
        try:
            store.rename_round(second.id, first.name)
        except InputError as exc:
            said.append(localise(exc.args[0], "zh_CN"))
            assert str(exc) == f"round name: the class already has a round named '{first.name}'"
    finally:
        store.close()
    assert len(said) == 7 and "错误：--round：轮次名称：含有控制字符（U+0007）" in said[2]
    assert "轮次名称：本班已有名为“培训前”的轮次" in said[6] and "已写入" in said[5]
    ids = tuple(sorted(said[0].split("：")[-1].strip().split(", "), key=len, reverse=True))  # forms' ids
    english = [
        f"{text}  ← {left}" for text in said if (left := english_left(text.replace(str(out), ""), ids))
    ]
    assert not english, "\n".join(english)

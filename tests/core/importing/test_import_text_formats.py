"""GIFT, Aiken and 问卷星-style text with every construct, read into preview rows."""

from __future__ import annotations

from desktop.core.importing import read_file, read_text

GIFT = r"""// GIFT with every construct; this comment line is dropped
$CATEGORY: $course$/top/客户类型

::Q1:: 客户又哭又闹属于哪种类型？ {
  =情绪不稳型 # 对，情绪激动
  ~茫茫然然型 # 不对
  ~优柔寡断型
  #### 先安抚情绪。
}

::TF::微笑能安抚客户。{TRUE#再想想#对了}

// short answer with alternatives
谁发明了电话？{=贝尔 =Bell =亚历山大·贝尔}

选出所有正确的做法 {
~%50%倾听
~%50%道歉
~%-100%争辩
}

1 + 1 = ? {#2}

圆周率约为？{#3.14:0.01}

范围 {#1..5}

配对 {
=狗 -> 汪
=猫 -> 喵
}

客户的 {=情绪 ~钱包 ~朋友} 要先处理。

写一篇关于服务的短文。{}

这是一段说明，没有答案。

$CATEGORY: 其他

[html]<b>转义</b> \{ 括号 \} 和 \= 等号 \: 冒号 {=a\#b ~c\~d ~e\\f}

坏的 {=甲 ~乙
"""


def test_gift_every_construct(tmp_path):
    path = tmp_path / "course.gift"
    path.write_text(GIFT, encoding="utf-8")
    result = read_file(path)
    assert result.format == "gift" and result.problems == []
    rows = {row.line: row for row in result.rows}
    assert (rows[4].kind, rows[4].options, rows[4].answer) == (
        "single",
        ("情绪不稳型", "茫茫然然型", "优柔寡断型"),
        "A",
    )
    assert rows[4].explanation == "先安抚情绪。\nA: 对，情绪激动\nB: 不对" and rows[4].tags == ("客户类型",)
    assert (rows[11].kind, rows[11].answer, rows[11].explanation) == ("truefalse", "对", "再想想\n对了")
    assert (rows[14].kind, rows[14].answer) == ("fill", "贝尔 | Bell | 亚历山大·贝尔")
    assert (rows[16].kind, rows[16].answer) == ("multiple", "A,B")
    assert (rows[22].kind, rows[22].answer) == ("fill", "2")
    assert rows[24].status == "skipped" and "tolerance or range (3.14:0.01)" in rows[24].reason
    assert rows[26].status == "skipped" and "(1..5)" in rows[26].reason
    assert (
        rows[28].status == "skipped" and rows[28].reason == "matching: the app has no matching question kind"
    )
    assert (rows[33].kind, rows[33].text, rows[33].answer) == ("single", "客户的____要先处理。", "A")
    assert rows[35].status == "skipped" and rows[35].reason.startswith("essay:")
    assert rows[37].status == "skipped" and rows[37].reason.startswith("description:")
    assert rows[41].text == "转义 { 括号 } 和 = 等号 : 冒号" and rows[41].options == ("a#b", "c~d", "e\\f")
    assert rows[41].tags == ("其他",)
    assert [str(p) for p in rows[43].problems] == [f"{path}:43: answer: '{{' is not closed by '}}'"]
    assert result.summary() == "7 questions, 1 errors, 5 skipped"


AIKEN = """客户投诉时首先应该做什么？
A. 解释原因
B. 安抚情绪
C) 转交上级
ANSWER: B

Which type threatens?
A. Bewildered
B. Aggressive
ANSWER: B
Missing answer here
A. one
B. two
"""


def test_aiken(tmp_path):
    path = tmp_path / "quiz.txt"
    path.write_text(AIKEN, encoding="utf-8")
    result = read_file(path)
    assert result.format == "aiken"
    assert [(r.line, r.kind, r.answer, r.status) for r in result.rows] == [
        (1, "single", "B", "ok"),
        (7, "single", "B", "ok"),
        (11, "single", "", "error"),
    ]
    assert result.rows[0].options == ("解释原因", "安抚情绪", "转交上级")
    assert [str(p) for p in result.rows[2].problems] == [
        f"{path}:11: ANSWER: missing: the correct option letter(s), e.g. A or A,C"
    ]


PASTE = """1. 客户投诉时首先应该？[单选题]
A. 解释原因
B. 安抚情绪
答案：B
解析：先处理心情，
再处理事情。

2、哪些做法能安抚客户【多选题】
A、倾听
B、道歉
C、争辩
答案：A、B

(3) 投诉是坏事。（判断题）
A. 对
B. 错
正确答案：B

（4）处理投诉要先处理____。(填空题)
答案：心情

5. 你对本次培训满意吗？【量表题】
A. 1
B. 2
"""


def test_wenjuanxing_paste():
    result = read_text(PASTE)
    assert result.format == "pasted"
    rows = result.rows
    assert [(r.line, r.kind, r.answer, r.status) for r in rows[:4]] == [
        (1, "single", "B", "ok"),
        (8, "multiple", "A,B", "ok"),
        (14, "truefalse", "错", "ok"),
        (19, "fill", "心情", "ok"),
    ]
    assert rows[0].text == "客户投诉时首先应该？" and rows[0].explanation == "先处理心情，\n再处理事情。"
    assert rows[2].options == ("对", "错") and result.questions[2].options == ()
    assert rows[4].status == "skipped" and "rating scale" in rows[4].reason
    assert result.summary() == "4 questions, 0 errors, 1 skipped"


def test_gift_as_moodle_exports_it_alternatives_blanks_and_markdown():
    """Found importing a real Moodle export: alternatives differing only by case or spaces made the
    question an error; a missing word in Chinese got spaces around its ____; [markdown] kept its **."""
    result = read_text(
        "::a::“四心”里第一个是什么心？{=耐心 =%100%耐 心 =nai xin}\n\n"
        "::b::The capital of France is {=Paris =paris}.\n\n"
        "::c::处理投诉要先处理{=心情 ~事情}，再处理事情。\n\n"
        "::d::Moodle costs {~lots of money =nothing ~a small amount} to download.\n\n"
        "::e::[markdown]**加粗**的*题目*？{TRUE}\n",
        fmt="gift",
    )
    assert [row.status for row in result.rows] == ["ok"] * 5, [row.problems for row in result.rows]
    first, second, third, fourth, fifth = result.questions
    assert (first.answer.zh_CN, first.accept) == ("耐心", ("nai xin",))
    assert (second.answer.zh_CN, second.accept) == ("Paris", ())
    assert third.text.zh_CN == "处理投诉要先处理____，再处理事情。"
    assert fourth.text.zh_CN == "Moodle costs ____ to download."
    assert fifth.text.zh_CN == "加粗的题目？"


def test_an_open_questions_reference_answer_gives_its_scoring_points_when_it_lists_them():
    """An exam system's 简答题 has a reference answer and no 评分要点 column: its numbered or 、-separated
    items are the points (each 简答题 of a real export was an error: "has 1 point")."""
    pasted = "".join(
        f"{n}. 请简述处理投诉的步骤。[简答题]\n参考答案：{answer}\n"
        for n, answer in enumerate(
            [
                "1.倾听 2.共情 3.道歉",
                "（1）倾听；（2）共情",
                "①倾听②共情③解决",
                "倾听、共情、道歉、解决",
                "先听客户把话说完",
            ],
            1,
        )
    )
    result = read_text(pasted)
    points = [[p.zh_CN for p in q.points] for q in result.questions]
    assert points == [["倾听", "共情", "道歉"], ["倾听", "共情"], ["倾听", "共情", "解决"],
                      ["倾听", "共情", "道歉", "解决"]]  # fmt: skip
    (last,) = [row for row in result.rows if row.status == "error"]
    assert [p.column for p in last.problems] == ["points"]  # one point: still said

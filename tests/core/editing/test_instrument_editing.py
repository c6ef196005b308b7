"""Editing an instrument's file: every shipped one saves unchanged but for its version; texts, items
and bands are changed with check-content's checks (an added item leaves the top totals without a
band until the bands are moved)."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.content import content_files
from desktop.core.editing.instrument_draft import (
    InstrumentDraft,
    copy_for_editing,
    draft_problems,
    next_id,
    save_text,
)
from desktop.core.instrument_files import load_instrument, parse_instrument
from desktop.core.yamldoc import load_yaml, parse_yaml
from desktop.paths import instruments_dir

FILES = content_files(instruments_dir())


def draft_of(name: str) -> InstrumentDraft:
    path = instruments_dir() / f"{name}.yaml"
    return InstrumentDraft(load_yaml(path).data, str(path), built_in=True)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_shipped_instrument_saves_unchanged_with_its_version_raised(path):
    original, errors = load_instrument(path)
    assert errors == [] and original is not None
    text, errors = save_text(InstrumentDraft(load_yaml(path).data, str(path)))
    assert errors == []
    again, _errors = parse_instrument(parse_yaml(text, str(path)))
    assert again is not None and again.version == original.version + 1
    assert dataclasses.replace(again, version=original.version) == original


def test_texts_are_edited_in_either_language():
    draft = draft_of("soothing")
    edited = draft.with_text(("items", 0, "text"), 0, "先弄清顾客真正想要什么。")
    assert edited.text(("items", 0, "text"), 0) == "先弄清顾客真正想要什么。"
    assert edited.text(("items", 0, "text"), 1) == draft.text(("items", 0, "text"), 1)
    assert draft.text(("items", 0, "text"), 0) != edited.text(("items", 0, "text"), 0)  # the old draft kept
    no_english = edited.with_text(("items", 0, "text"), 1, "")
    assert no_english.get(("items", 0, "text")) == {"zh_CN": "先弄清顾客真正想要什么。"}
    assert draft_problems(no_english) == ()
    emptied = draft.with_text(("title",), 0, "")
    assert ("title.zh_CN", "must not be empty") in draft_problems(emptied)


def test_an_added_item_needs_its_text_and_the_bands_to_reach_the_new_top_total():
    draft = draft_of("soothing")  # 20 items, 1–5, sum: bands cover 20–100
    added = draft.with_item_added(after=2)
    item = added.entries("items")[3]
    assert item["id"] == "s21" and item["dimension"] == draft.entries("items")[2]["dimension"]
    assert dict(draft_problems(added)) == {"items[3].text.zh_CN": "must not be empty"}
    written = added.with_text(("items", 3, "text"), 0, "新的做法。")
    top = next(i for i, b in enumerate(added.entries("bands")) if b["max"] == 100)
    assert draft_problems(written) == ((f"bands[{top}].max", "no band covers totals from 101 to 105"),)
    fixed = written.with_value(("bands", top, "max"), 105)
    assert draft_problems(fixed) == ()
    text, errors = save_text(fixed)
    assert errors == []


def test_bands_added_and_removed_are_checked_like_the_file():
    draft = draft_of("soothing")
    added = draft.with_band_added()
    index = len(added.entries("bands")) - 1
    problems = draft_problems(added)
    assert (f"bands[{index}].label.zh_CN", "must not be empty") in problems
    removed = draft.without("bands", 0)
    assert any("no band covers" in message or "gap" in message for _f, message in draft_problems(removed))


def test_items_move_and_keep_their_ids():
    draft = draft_of("soothing")
    moved = draft.moved("items", 0, 1)
    assert [i["id"] for i in moved.entries("items")[:2]] == ["s02", "s01"]
    assert draft_problems(moved) == ()


def test_a_copy_is_the_trainers_own():
    draft = draft_of("eq")
    copy = copy_for_editing(draft, ["eq", "eq_copy"], "/data/content/instruments")
    assert copy.id == "eq_copy2" and copy.version == 0 and not copy.built_in
    assert copy.file == "/data/content/instruments/eq_copy2.yaml"
    assert draft_problems(copy) == ()
    text, errors = save_text(copy)
    assert errors == [] and "version: 1" in text


def test_next_id_follows_the_pattern():
    assert next_id(["s01", "s02", "s20"], "item") == "s21"
    assert next_id(["com-001", "com-016"], "q") == "com-017"
    assert next_id([], "item") == "item1"


def test_a_dimension_is_added_named_and_needs_a_statement():
    draft = draft_of("soothing")
    added = draft.with_dimension_added(0)
    dimension = added.entries("dimensions")[1]
    assert dimension["id"] == "dimension1" and len(added.entries("dimensions")) == 7
    problems = dict(draft_problems(added))
    assert "dimensions[1].name.zh_CN" in problems
    named = added.with_text(("dimensions", 1, "name"), 0, "同理心")
    assert [f for f, _m in draft_problems(named)] == ["dimensions[1].id"]  # no statement in it yet
    with_item = named.with_item_added(None).with_value(("items", 20, "dimension"), "dimension1")
    with_item = with_item.with_text(("items", 20, "text"), 0, "先认同顾客的感受。")
    # 21 statements: the top band must now reach 105; the rest is clean.
    assert [m for _f, m in draft_problems(with_item)] == ["no band covers totals from 101 to 105"]


def test_a_dimension_is_removed_with_its_statements():
    draft = draft_of("soothing")
    first = draft.entries("dimensions")[0]["id"]
    its = draft.statements_of(0)
    assert its and all(draft.entries("items")[i]["dimension"] == first for i in its)
    removed = draft.without_dimension(0)
    assert first not in [d["id"] for d in removed.entries("dimensions")]
    assert len(removed.entries("items")) == 20 - len(its)
    assert all(item["dimension"] != first for item in removed.entries("items"))
    assert len(draft.entries("items")) == 20  # the draft before is kept for undo
    assert draft_problems(removed) == ()  # the bands (1–100) still cover every total (17–85)


def test_the_scale_range_keeps_each_label_with_its_value():
    draft = draft_of("soothing")
    labels = draft.get(("scale", "labels"))
    narrower = draft.with_scale(2, 5)
    assert narrower.get(("scale", "labels")) == labels[1:]
    wider = draft.with_scale(1, 7)
    assert wider.get(("scale", "labels"))[:5] == labels
    assert [f for f, _m in draft_problems(wider) if f.startswith("scale")] == [
        "scale.labels[5].zh_CN",
        "scale.labels[6].zh_CN",
    ]
    assert [f for f, _m in draft_problems(draft.with_scale(5, 3))] == ["scale.max"]

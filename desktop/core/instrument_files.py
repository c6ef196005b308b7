"""Instrument files (assets/instruments/ and the trainer's own): read, checked and made an ``Instrument``.

Every problem of a file is collected, each naming its line and field, and any problem means no
instrument (never a partial one).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from desktop.core.instruments import (
    DEFAULT_ORDER,
    KINDS,
    MIN_RADAR_AXES,
    REPORT_PAGES,
    TOTAL_METHODS,
    Band,
    Dimension,
    Instrument,
    Item,
    Scale,
)
from desktop.core.messages import Message
from desktop.core.sources import parse_source
from desktop.core.textrules import shown
from desktop.core.validate import IDENTIFIER, Checker, type_name
from desktop.core.yamldoc import ContentError, ContentLoadError, YamlDocument, decode_text, load_yaml


def load_instrument(
    path: Path | str, display_name: str | None = None
) -> tuple[Instrument | None, list[ContentError]]:
    """Load and validate one instrument file. Any error means no instrument (never a partial one)."""
    try:
        doc = load_yaml(path, display_name)
    except ContentLoadError as exc:
        return None, exc.errors
    instrument, errors = parse_instrument(doc)
    if instrument is None:
        return None, errors
    # Read again only once valid (the loader checked size and encoding): the text kept with old forms.
    try:
        content = decode_text(Path(path).read_bytes(), doc.file)
    except (OSError, ContentLoadError):
        content = ""  # changed or removed meanwhile: its forms then keep no copy of this version
    return dataclasses.replace(instrument, content=content), errors


def parse_instrument(doc: YamlDocument) -> tuple[Instrument | None, list[ContentError]]:
    check = Checker(doc)
    top = check.want_mapping(
        (),
        doc.data,
        ["id", "version", "title", "scale", "total", "dimensions", "items"],
        ["description", "bands", "kind", "source", "radar", "report", "order"],
    )
    if top is None:
        return None, check.errors
    ident = check.want_str(("id",), top.get("id"), IDENTIFIER, "what.instrument_id") if "id" in top else None
    version = check.want_int(("version",), top.get("version"), 1) if "version" in top else None
    title = check.want_text(("title",), top["title"]) if "title" in top else None
    description = check.want_text(("description",), top["description"]) if "description" in top else None
    scale = _parse_scale(check, top["scale"]) if "scale" in top else None
    total = top.get("total")
    if "total" in top and not isinstance(total, str):
        check.fail(
            ("total",), Message("form.one_of", choices=", ".join(TOTAL_METHODS), found=type_name(total))
        )
    elif "total" in top and total not in TOTAL_METHODS:
        check.fail(
            ("total",), Message("form.total_method", found=shown(total), choices=", ".join(TOTAL_METHODS))
        )
    kind = _parse_kind(check, top["kind"]) if "kind" in top else "360"
    source = parse_source(check, ("source",), top["source"]) if "source" in top else None
    report = _parse_report(check, top["report"]) if "report" in top else None
    order = check.want_int(("order",), top["order"], 0, 9999) if "order" in top else DEFAULT_ORDER
    radar = check.want_bool(("radar",), top["radar"]) if "radar" in top else None
    dimensions = _parse_dimensions(check, top["dimensions"]) if "dimensions" in top else ()
    if radar is False and report and "radar" in report:
        check.fail(("report",), Message("form.radar_page_without_radar"))
    elif (radar or (report and "radar" in report)) and dimensions and len(dimensions) < MIN_RADAR_AXES:
        check.fail(
            ("radar",) if radar else ("report",),
            Message("form.radar_axes", least=MIN_RADAR_AXES, count=len(dimensions)),
        )
    items = _parse_items(check, top["items"], {d.id for d in dimensions}) if "items" in top else ()
    for index, dimension in enumerate(dimensions if items else ()):
        if not any(item.dimension == dimension.id for item in items):
            check.fail(("dimensions", index, "id"), Message("form.dimension_empty", dimension=dimension.id))
    bands: tuple[Band, ...] = ()
    if "bands" in top and scale is not None and items and total in TOTAL_METHODS:
        n = len(items)
        total_range = (scale.min * n, scale.max * n) if total == "sum" else (scale.min, scale.max)
        bands = _parse_bands(check, top["bands"], total_range)
    # Without errors every required value is there and of its kind (the None and str checks tell mypy).
    if (
        check.errors
        or ident is None
        or version is None
        or title is None
        or scale is None
        or not isinstance(total, str)
    ):
        return None, sorted(set(check.errors), key=lambda e: (e.line, e.field))
    instrument = Instrument(
        ident,
        version,
        title,
        description,
        scale,
        total,
        dimensions,
        items,
        bands,
        doc.file,
        kind=kind or "360",
        source=source,
        radar_declared=radar,
        report_declared=report,
        order=order if order is not None else DEFAULT_ORDER,
    )
    return instrument, []


def _parse_report(check: Checker, value: Any) -> tuple[str, ...] | None:
    """``report: [summary, radar, trend]``: the pages; ``true``: the usual ones; ``false``: none."""
    if value is True:
        return None
    if value is False:
        return ()
    raw = check.want_list(("report",), value)
    pages: list[str] = []
    for index, page in enumerate(raw or []):
        if page not in REPORT_PAGES:
            found = f"'{shown(page)}'" if isinstance(page, str) else type_name(page)
            check.fail(
                ("report", index), Message("form.one_of", choices=", ".join(REPORT_PAGES), found=found)
            )
        elif page in pages:
            check.fail(("report", index), Message("form.page_twice", page=page))
        else:
            pages.append(page)
    return tuple(pages)


def _parse_kind(check: Checker, value: Any) -> str | None:
    if value == 360 and not isinstance(value, bool):
        return "360"  # kind: 360 unquoted is a number; it can only mean the 360 form
    if isinstance(value, str) and value in KINDS:
        return value
    found = f"'{shown(value)}'" if isinstance(value, str) else type_name(value)
    check.fail(("kind",), Message("form.one_of", choices=", ".join(KINDS), found=found))
    return None


def _parse_scale(check: Checker, value: Any) -> Scale | None:
    mapping = check.want_mapping(("scale",), value, ["min", "max", "labels"])
    if mapping is None or not {"min", "max", "labels"} <= mapping.keys():
        return None
    low = check.want_int(("scale", "min"), mapping["min"], 1, 9)  # answers are typed as digits 1–9
    high = check.want_int(("scale", "max"), mapping["max"], 2, 9)
    labels_raw = check.want_list(("scale", "labels"), mapping["labels"])
    if low is None or high is None or labels_raw is None:
        return None
    if high <= low:
        check.fail(("scale", "max"), Message("form.scale_order", high=high, low=low))
        return None
    if len(labels_raw) != high - low + 1:
        check.fail(
            ("scale", "labels"),
            Message("form.scale_labels", count=len(labels_raw), low=low, high=high, needed=high - low + 1),
        )
        return None
    labels = [check.want_text(("scale", "labels", i), raw) for i, raw in enumerate(labels_raw)]
    texts = tuple(label for label in labels if label is not None)
    if len(texts) != len(labels):
        return None
    return Scale(low, high, texts)


def _parse_dimensions(check: Checker, value: Any) -> tuple[Dimension, ...]:
    raw = check.want_list(("dimensions",), value, 1)
    out: list[Dimension] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw or []):
        path = ("dimensions", index)
        mapping = check.want_mapping(path, entry, ["id", "name"], ["description", "source"])
        if mapping is None or "id" not in mapping or "name" not in mapping:
            continue
        ident = check.want_str((*path, "id"), mapping["id"], IDENTIFIER, "what.dimension_id")
        name = check.want_text((*path, "name"), mapping["name"])
        description = (
            check.want_text((*path, "description"), mapping["description"])
            if "description" in mapping
            else None
        )
        source = parse_source(check, (*path, "source"), mapping["source"]) if "source" in mapping else None
        if ident in seen:
            check.fail((*path, "id"), Message("form.dimension_id_used", id=ident, line=seen[ident]))
            continue
        if ident is not None and name is not None:
            seen[ident] = check.doc.line((*path, "id"))
            out.append(Dimension(ident, name, description, source))
    return tuple(out)


def _parse_items(check: Checker, value: Any, dimension_ids: set[str]) -> tuple[Item, ...]:
    raw = check.want_list(("items",), value, 1, 200)
    out: list[Item] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw or []):
        path = ("items", index)
        mapping = check.want_mapping(path, entry, ["id", "dimension", "text"], ["reverse", "source"])
        if mapping is None or not {"id", "dimension", "text"} <= mapping.keys():
            continue
        ident = check.want_str((*path, "id"), mapping["id"], IDENTIFIER, "what.item_id")
        dimension = check.want_str((*path, "dimension"), mapping["dimension"])
        text = check.want_text((*path, "text"), mapping["text"])
        reverse = check.want_bool((*path, "reverse"), mapping["reverse"]) if "reverse" in mapping else False
        source = parse_source(check, (*path, "source"), mapping["source"]) if "source" in mapping else None
        if "source" in mapping and source is None:
            continue
        if dimension is not None and dimension_ids and dimension not in dimension_ids:
            check.fail(
                (*path, "dimension"),
                Message(
                    "form.no_dimension", dimension=shown(dimension), known=", ".join(sorted(dimension_ids))
                ),
            )
            continue
        if ident in seen:
            check.fail((*path, "id"), Message("form.item_id_used", id=ident, line=seen[ident]))
            continue
        if ident is None or dimension is None or text is None or reverse is None:
            continue
        seen[ident] = check.doc.line((*path, "id"))
        out.append(Item(ident, dimension, text, reverse, source))
    return tuple(out)


def _parse_bands(check: Checker, value: Any, total_range: tuple[int, int]) -> tuple[Band, ...]:
    raw = check.want_list(("bands",), value, 1)
    bands: list[tuple[int, Band]] = []
    for index, entry in enumerate(raw or []):
        path = ("bands", index)
        mapping = check.want_mapping(path, entry, ["min", "max", "label", "advice"])
        if mapping is None or not {"min", "max", "label", "advice"} <= mapping.keys():
            continue
        low = check.want_int((*path, "min"), mapping["min"])
        high = check.want_int((*path, "max"), mapping["max"])
        label = check.want_text((*path, "label"), mapping["label"])
        advice = check.want_text((*path, "advice"), mapping["advice"])
        if low is not None and high is not None and low > high:
            check.fail((*path, "min"), Message("form.band_order", low=low, high=high))
            continue
        if low is not None and high is not None and label is not None and advice is not None:
            bands.append((index, Band(low, high, label, advice)))
    if check.errors:
        return tuple(b for _, b in bands)
    # Bands must tile the possible totals exactly: every total falls in one band and only one.
    ordered = sorted(bands, key=lambda pair: pair[1].min)
    for (_, lower), (index, upper) in zip(ordered, ordered[1:], strict=False):
        if upper.min != lower.max + 1:
            code = "form.band_overlap" if upper.min <= lower.max else "form.band_gap"
            check.fail(
                ("bands", index, "min"),
                Message(code, band=f"{upper.min}–{upper.max}", other=f"{lower.min}–{lower.max}"),
            )
    low_total, high_total = total_range
    if ordered and ordered[0][1].min > low_total:
        check.fail(
            ("bands", ordered[0][0], "min"),
            Message("form.band_uncovered", low=low_total, high=ordered[0][1].min - 1),
        )
    if ordered and ordered[-1][1].max < high_total:
        check.fail(
            ("bands", ordered[-1][0], "max"),
            Message("form.band_uncovered", low=ordered[-1][1].max + 1, high=high_total),
        )
    return tuple(sorted((b for _, b in bands), key=lambda band: -band.min))

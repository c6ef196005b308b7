"""Paper forms put together: an instrument's texts translated, the trainee, role and round filled in, the code.

Used by the class view's "print forms" and by ``python -m desktop print-forms``; the layout is
``desktop.charts.paper_form``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.comparison import RaterRole
from desktop.core.form_codes import FormCode, encode
from desktop.core.instruments import Instrument
from desktop.ui.scorecard.roles import role_name
from desktop.ui.shell.formatting import fill

if TYPE_CHECKING:  # matplotlib (the PDF) and the store load when forms are printed, not with the class view
    from desktop.charts.paper_form import PaperForm
    from desktop.store.store import Store


def round_label(number: int, name: str | None, numbered: str | None = None) -> str:
    """A round as forms and reports name it: its own name, else "Round n" (``numbered``: that
    template, translated on the window's thread for work on the worker)."""
    return name or fill(numbered or QCoreApplication.translate("PaperForms", "Round %1"), number)


class RoundNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PrintedRound:
    """The round printed on forms: its place among the class's rounds (what the code carries; None
    on blank forms, which any class may use) and its name."""

    number: int | None
    name: str
    created: bool = False  # the class did not have it: printing its forms added it


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str
    cohort_name: str | None


def find_round(store: Store | None, cohort_id: int | None, name: str, create: bool = False) -> PrintedRound:
    """The class's round called ``name`` (its name, "第n轮", "Round n" or its number).

    The one place paper forms look rounds up. Without a class (blank forms) the name is printed as
    given and the code carries no round. A class without such a round gets it as its new last round
    when ``create`` (forms are printed before the round is held; a number names the next one,
    "第n轮"), else ``RoundNotFound`` lists the class's rounds.
    """
    from desktop.core.names import name_key

    if cohort_id is None or store is None:  # (a class is only ever given with its store)
        return PrintedRound(None, " ".join(name.split()))
    rounds = store.class_rounds(cohort_id)
    wanted = name_key(name).casefold()
    for place, class_round in enumerate(rounds, start=1):
        spellings = {class_round.name, str(place), f"round {place}", f"第{place}轮"}
        if wanted in {name_key(s).casefold() for s in spellings}:
            return PrintedRound(place, class_round.name)
    upcoming = len(rounds) + 1
    if not create:
        known = ", ".join(r.name for r in rounds) or "—"
        raise RoundNotFound(f"no round '{name}' in this class; its rounds: {known}")
    if wanted in {str(upcoming), f"round {upcoming}"}:
        name = f"第{upcoming}轮"  # the name the class's rounds get by default
    created = store.add_round(cohort_id, name)
    return PrintedRound(upcoming, created.name, created=True)


def paper_form_texts() -> dict[str, str]:
    """The forms' words in the interface's language, by key (the roles' by their value). Call on the
    window's thread; hand the result to work on the worker, which calls no Qt."""
    said = {
        "cannot_judge": QCoreApplication.translate("PaperForms", "%1 = can't judge"),
        "trainee": QCoreApplication.translate("PaperForms", "Trainee"),
        "class": QCoreApplication.translate("PaperForms", "Class"),
        "rated_by": QCoreApplication.translate("PaperForms", "Rated by"),
        "round": QCoreApplication.translate("PaperForms", "Round"),
        "rater_name": QCoreApplication.translate("PaperForms", "Rater's name"),
        "date": QCoreApplication.translate("PaperForms", "Date"),
        "code_label": QCoreApplication.translate("PaperForms", "Form code"),
        "statement_header": QCoreApplication.translate("PaperForms", "Statement (tick one box per row)"),
        "entry_hint": QCoreApplication.translate(
            "PaperForms",
            "Typing it in: quick entry of a paper form, the code %1 first, then one digit per row in order "
            "(%2 rows; 0 = can't judge).",
        ),
        "page_template": QCoreApplication.translate("PaperForms", "page %1 of %2"),
        "round_number": QCoreApplication.translate("PaperForms", "Round %1"),
    }
    for role in RaterRole:
        said[f"role:{role.value}"] = role_name(role)
        said[f"instructions:{role.value}"] = _role_instructions(role)
    return said


def paper_form(
    instrument: Instrument,
    lang: str,
    role: RaterRole,
    trainee: Trainee | None = None,
    round_: PrintedRound | None = None,
    said: dict[str, str] | None = None,
) -> PaperForm:
    """One form: blank when ``trainee`` is None (the trainee's name is written in by hand). ``said``:
    ``paper_form_texts()``, made on the window's thread when this runs on the worker."""
    from desktop.charts.paper_form import PaperForm

    said = said or paper_form_texts()
    code = encode(
        FormCode(instrument.id, role, trainee.id if trainee else None, round_.number if round_ else None)
    )
    scale = instrument.scale
    legend = " · ".join(f"{value} = {scale.label(value).get(lang)}" for value in scale.points)
    legend += " · " + fill(said["cannot_judge"], 0)
    fields = [
        (said["trainee"], trainee.name if trainee else ""),
        (said["class"], (trainee.cohort_name or "") if trainee else ""),
        (said["rated_by"], said[f"role:{role.value}"]),
        (said["round"], round_.name if round_ else ""),
    ]
    if role is not RaterRole.SELF:
        fields.append((said["rater_name"], ""))
    fields.append((said["date"], ""))
    instructions = [instrument.description.get(lang)] if instrument.description else []
    instructions.append(said[f"instructions:{role.value}"])
    return PaperForm(
        title=instrument.title.get(lang),
        code=code,
        code_label=said["code_label"],
        fields=tuple(fields),
        instructions="\n".join(instructions),
        scale_legend=legend,
        choices=(*(str(v) for v in scale.points), "0"),
        statement_header=said["statement_header"],
        statements=tuple(item.text.get(lang) for item in instrument.items),
        entry_hint=fill(said["entry_hint"], code, len(instrument.items)),
        page_template=said["page_template"],
    )


def _role_instructions(role: RaterRole) -> str:
    if role is RaterRole.SELF:
        return QCoreApplication.translate(
            "PaperForms",
            "Answer for yourself: tick how often you really did each of these things recently, not how "
            "they should be done.",
        )
    if role is RaterRole.OBSERVER:
        return QCoreApplication.translate(
            "PaperForms",
            "Observer: tick how consistently you saw each point done during the role play; if the role "
            "play did not show it, tick 0.",
        )
    if role is RaterRole.SUPERVISOR:
        return QCoreApplication.translate(
            "PaperForms",
            "Supervisor: tick how often you have really seen each behaviour recently; if you have not seen "
            "it, tick 0.",
        )
    return QCoreApplication.translate(
        "PaperForms",
        "Colleague: tick how often you have really seen each behaviour recently; if you have not seen it, "
        "tick 0. Colleagues' answers are only ever shown as a mean of at least 3.",
    )


def class_pack(
    store: Store,
    instrument: Instrument,
    lang: str,
    cohort_id: int,
    round_: PrintedRound | None = None,
    said: dict[str, str] | None = None,
) -> list[PaperForm]:
    """Every trainee of the class × every rater role the form has, trainee by trainee (``said``: see
    ``paper_form``)."""
    said = said or paper_form_texts()
    trainees = [Trainee(p.id, p.name, p.cohort_name) for p in store.people(cohort_id)]
    roles = [RaterRole(r) for r in instrument.rater_roles]
    return [paper_form(instrument, lang, role, t, round_, said) for t in trainees for role in roles]


def blank_forms(instrument: Instrument, lang: str, round_: PrintedRound | None = None) -> list[PaperForm]:
    """One blank form per rater role the form has (the trainee's name written in by hand)."""
    return [paper_form(instrument, lang, RaterRole(r), None, round_) for r in instrument.rater_roles]


def write_paper_forms(
    forms: list[PaperForm], path: Path, title: str, on_page: Callable[[int, int], None] | None = None
) -> int:
    """All the forms in one PDF (each starting on a new page), drawn page by page; the page count.

    ``on_page(done, total)`` follows the pages written (see ``write_pdf``).
    """
    from desktop.charts.paper_form import page_count, paper_form_figures
    from desktop.charts.report import write_pdf

    total = sum(page_count(form) for form in forms)
    figures = (figure for form in forms for figure in paper_form_figures(form))
    return write_pdf(path, figures, title, (lambda done: on_page(done, total)) if on_page else None)

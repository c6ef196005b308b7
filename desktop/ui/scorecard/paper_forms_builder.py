"""Paper forms put together: an instrument's texts translated, the trainee, role and round filled in, the code.

Used by the class view's "print forms" and by ``python -m desktop print-forms``; the layout is
``desktop.charts.paper_form``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.comparison import RaterRole
from desktop.core.form_codes import FormCode, encode
from desktop.core.instruments import Instrument
from desktop.core.round_numbers import class_round_names
from desktop.ui.scorecard.roles import role_name
from desktop.ui.shell.formatting import fill


def round_label(number: int, name: str | None) -> str:
    """A round as forms and reports name it: its own name, else "Round n"."""
    return name or fill(QCoreApplication.translate("PaperForms", "Round %1"), number)


class RoundNotFound(LookupError):
    pass


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str
    cohort_name: str | None


def find_round(store, instrument: Instrument, cohort_id: int | None, name: str) -> tuple[int, str]:
    """The class's round called ``name`` (its name, "Round n", "第n轮" or the number): (number, label).

    The one place paper forms look rounds up. The next round (one past the last) may be named by
    number, so forms for the round after training can be printed before anyone has filled one in.
    """
    names = class_round_names(store.sheets_by_person(instrument.id, cohort_id))
    wanted = " ".join(name.split()).casefold()
    for number, round_name in names.items():
        spellings = {round_label(number, round_name), str(number), f"round {number}", f"第{number}轮"}
        if wanted in {s.casefold() for s in spellings}:
            return number, round_label(number, round_name)
    next_number = max(names, default=0) + 1
    if wanted in {str(next_number), f"round {next_number}", f"第{next_number}轮"}:
        return next_number, round_label(next_number, None)
    known = ", ".join(round_label(n, r) for n, r in names.items()) or "—"
    raise RoundNotFound(
        f"no round '{name}' in this class; its rounds: {known}; the next one is {next_number}"
    )


def paper_form(
    instrument: Instrument,
    lang: str,
    role: RaterRole,
    trainee: Trainee | None = None,
    round_: tuple[int, str] | None = None,
):  # PaperForm
    """One form: blank when ``trainee`` is None (the trainee's name is written in by hand)."""
    from desktop.charts.paper_form import PaperForm

    code = encode(
        FormCode(instrument.id, role, trainee.id if trainee else None, round_[0] if round_ else None)
    )
    scale = instrument.scale
    legend = " · ".join(f"{value} = {scale.label(value).get(lang)}" for value in scale.points)
    legend += " · " + fill(QCoreApplication.translate("PaperForms", "%1 = can't judge"), 0)
    fields = [
        (QCoreApplication.translate("PaperForms", "Trainee"), trainee.name if trainee else ""),
        (QCoreApplication.translate("PaperForms", "Class"), (trainee.cohort_name or "") if trainee else ""),
        (QCoreApplication.translate("PaperForms", "Rated by"), role_name(role)),
        (QCoreApplication.translate("PaperForms", "Round"), round_[1] if round_ else ""),
    ]
    if role is not RaterRole.SELF:
        fields.append((QCoreApplication.translate("PaperForms", "Rater's name"), ""))
    fields.append((QCoreApplication.translate("PaperForms", "Date"), ""))
    instructions = [instrument.description.get(lang)] if instrument.description else []
    instructions.append(_role_instructions(role))
    return PaperForm(
        title=instrument.title.get(lang),
        code=code,
        code_label=QCoreApplication.translate("PaperForms", "Form code"),
        fields=tuple(fields),
        instructions="\n".join(instructions),
        scale_legend=legend,
        choices=(*(str(v) for v in scale.points), "0"),
        statement_header=QCoreApplication.translate("PaperForms", "Statement (tick one box per row)"),
        statements=tuple(item.text.get(lang) for item in instrument.items),
        entry_hint=fill(
            QCoreApplication.translate(
                "PaperForms",
                "Typing it in: quick entry of a paper form, the code %1 first, then one digit per row in order "
                "(%2 rows; 0 = can't judge).",
            ),
            code,
            len(instrument.items),
        ),
        page_template=QCoreApplication.translate("PaperForms", "page %1 of %2"),
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
    store,  # Store
    instrument: Instrument,
    lang: str,
    cohort_id: int,
    round_: tuple[int, str] | None = None,
) -> list:
    """Every trainee of the class × every rater role the form has, trainee by trainee."""
    trainees = [Trainee(p.id, p.name, p.cohort_name) for p in store.people(cohort_id)]
    roles = [RaterRole(r) for r in instrument.rater_roles]
    return [paper_form(instrument, lang, role, t, round_) for t in trainees for role in roles]


def blank_forms(instrument: Instrument, lang: str, round_: tuple[int, str] | None = None) -> list:
    """One blank form per rater role the form has (the trainee's name written in by hand)."""
    return [paper_form(instrument, lang, RaterRole(r), None, round_) for r in instrument.rater_roles]


def write_paper_forms(
    forms: list, path: Path, title: str, on_page: Callable[[int, int], None] | None = None
) -> int:
    """All the forms in one PDF (each starting on a new page), drawn page by page; the page count.

    ``on_page(done, total)`` follows the pages written (see ``write_pdf``).
    """
    from desktop.charts.paper_form import page_count, paper_form_figures
    from desktop.charts.report import write_pdf

    total = sum(page_count(form) for form in forms)
    figures = (figure for form in forms for figure in paper_form_figures(form))
    return write_pdf(path, figures, title, (lambda done: on_page(done, total)) if on_page else None)

"""What goes on the appointment sheet, gathered once for the PDF, the text version and the print view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from trd.catalog.models import Catalog
from trd.catalog.numbers_words import DIFFERENT_STUDIES
from trd.catalog.question_bank import QuestionBank
from trd.catalog.sources import CitedSource, unique_sources
from trd.logic.checklist import Checklist
from trd.logic.history import describe, suggested_questions
from trd.render.facts import SHEET, clinic_line, facts_of

CRISIS_TEXT = (
    "In crisis or thinking about suicide? In the US, call or text 988 (Suicide & Crisis Lifeline), "
    "or call 911 in an emergency. Elsewhere, call your local emergency number; "
    "findahelpline.com lists free helplines by country."
)
EDUCATION_TEXT = (
    "Made with the TRD options app, for education. It is not medical advice and does not diagnose anything. "
    "Facts come from the app's catalog; check them with your clinician."
)
GENERAL_TITLE = "General questions"


@dataclass(frozen=True)
class SheetOption:
    """An option being considered, with the facts shown in the sheet's table."""

    name: str
    facts: dict[str, str]
    clinic: str | None = None  # from a clinic's own catalog: offered here, wait, cost, contact


@dataclass(frozen=True)
class SheetQuestion:
    """A question to ask, numbered across the sheet, with the answer noted so far."""

    number: int
    text: str
    asked: bool
    note: str


@dataclass(frozen=True)
class SheetSection:
    """The questions about one option, or the general ones."""

    title: str
    questions: tuple[SheetQuestion, ...]


@dataclass(frozen=True)
class AppointmentSheet:
    """Everything the sheet shows, in order."""

    made_on: dt.date
    options: tuple[SheetOption, ...]
    sections: tuple[SheetSection, ...]
    history: tuple[str, ...]
    history_questions: tuple[str, ...]
    sources: tuple[CitedSource, ...]
    # What the person said matters to them (from the values step), as plain lines such as
    # "Very important: fewer side effects"; printed near the top, beside the history.
    what_matters: tuple[str, ...] = ()
    crisis: str = CRISIS_TEXT
    notice: str = EDUCATION_TEXT
    # Printed under the options: their numbers are from different studies, not a head-to-head test.
    options_note: str = DIFFERENT_STUDIES

    def question_count(self) -> int:
        """How many questions the sheet lists (from sections and history)."""
        return sum(len(section.questions) for section in self.sections) + len(self.history_questions)


def build_sheet(
    checklist: Checklist,
    catalog: Catalog,
    bank: QuestionBank | None,
    made_on: dt.date,
    what_matters: Sequence[str] = (),
) -> AppointmentSheet:
    """Gather the sheet: considered options known to the catalog, chosen questions grouped by option, history, sources.

    ``what_matters`` holds the person's own lines about what matters to them; blank lines are dropped.

    Questions-file questions use the file's current wording when the id is still
    there, else the wording saved with the checklist.
    """
    by_id = catalog.by_id()
    wording = bank.questions_by_id() if bank is not None else {}
    considered = [by_id[option_id] for option_id in checklist.option_ids if option_id in by_id]
    chosen = checklist.chosen()

    order: list[str | None] = [None, *(option.id for option in considered)]
    for item in chosen:
        if item.about not in order:
            order.append(item.about)

    sections: list[SheetSection] = []
    number = 0
    for about in order:
        items = [item for item in chosen if item.about == about]
        if not items:
            continue
        questions = []
        for item in items:
            number += 1
            question = wording.get(item.question_id or "")
            text = question.text if question is not None else item.text
            questions.append(SheetQuestion(number, text, item.asked, item.note.strip()))
        if about is None:
            title = GENERAL_TITLE
        else:
            title = f"About {by_id[about].name}" if about in by_id else "About an option no longer in the catalog"
        sections.append(SheetSection(title, tuple(questions)))

    names = {treatment.id: treatment.name for treatment in catalog.treatments}
    return AppointmentSheet(
        made_on=made_on,
        options=tuple(SheetOption(option.name, dict(facts_of(option, SHEET)), clinic_line(option)) for option in considered),
        sections=tuple(sections),
        history=tuple(describe(entry, names) for entry in checklist.history),
        history_questions=tuple(suggested_questions(checklist.history)),
        sources=tuple(unique_sources(considered)),
        what_matters=tuple(line.strip() for line in what_matters if line.strip()),
    )

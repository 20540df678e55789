"""Which questions a list shows first, and which wait one click away, grouped by topic.

A list shows first the questions the questions file marks as most asked for
that kind of list, and, for an option, the questions about something the
catalog flags for it (a ride home, time watched after a dose). The rest stay
in their topics. The grouping never depends on what is ticked, so a tick never
moves a question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trd.catalog.models import Treatment
from trd.catalog.question_bank import CatalogField, MostAskedFor, Question, QuestionBank, Topic

# Catalog facts that matter to plan a visit when they hold for an option: their questions come first for it.
FLAGGED_FOR_OPTION: dict[CatalogField, Callable[[Treatment], bool]] = {
    CatalogField.NEEDS_DRIVER: lambda treatment: treatment.needs_driver,
    CatalogField.OBSERVATION_MINUTES: lambda treatment: treatment.observation_minutes > 0,
}


@dataclass(frozen=True)
class QuestionGroups:
    """The short list (in the file's order) and the other questions by topic (topics left empty are dropped)."""

    first: tuple[Question, ...]
    rest: tuple[tuple[Topic, tuple[Question, ...]], ...]

    def count(self) -> int:
        """How many questions the list holds in all."""
        return len(self.first) + sum(len(questions) for _, questions in self.rest)


def _is_first(question: Question, treatment: Treatment | None) -> bool:
    if treatment is None:
        return question.most_asked_for is MostAskedFor.GENERAL
    flagged = FLAGGED_FOR_OPTION.get(question.catalog_field) if question.catalog_field is not None else None
    return question.most_asked_for is MostAskedFor.OPTIONS or (flagged is not None and flagged(treatment))


def group_questions(bank: QuestionBank, treatment: Treatment | None) -> QuestionGroups:
    """The questions of ``bank`` for the list about ``treatment`` (None: the general list), short list first."""
    first = tuple(question for topic in bank.topics for question in topic.questions if _is_first(question, treatment))
    rest = tuple(
        (topic, others) for topic in bank.topics if (others := tuple(question for question in topic.questions if question not in first))
    )
    return QuestionGroups(first, rest)

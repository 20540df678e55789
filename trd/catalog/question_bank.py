"""Models for the questions a person can ask a provider (data/questions.yaml)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from trd.catalog.models import KebabId, ShortText, StrictModel, repeated_ids


class CatalogField(StrEnum):
    """Catalog fields a question can point at, to show what the catalog already says."""

    SUMMARY = "summary"
    MECHANISM = "mechanism"
    FDA = "fda"
    INVASIVENESS = "invasiveness"
    SETTING = "setting"
    SCHEDULE = "schedule"
    OBSERVATION_MINUTES = "observation_minutes"
    NEEDS_DRIVER = "needs_driver"
    ACCESS = "access"
    ONSET_DAYS = "onset_days"
    SIDE_EFFECTS = "side_effects"
    GOOD_CANDIDATES = "good_candidates"
    CAUTIONS = "cautions"
    EVIDENCE = "evidence"
    SOURCES = "sources"


class MostAskedFor(StrEnum):
    """Which lists show a question in their short list of the most asked questions."""

    OPTIONS = "options"  # the list for each option being considered
    GENERAL = "general"  # the list of general questions


class Question(StrictModel):
    """One question, with a stable id so saved checklists survive edits to the wording."""

    id: KebabId
    text: ShortText
    catalog_field: CatalogField | None = None
    most_asked_for: MostAskedFor | None = None


class Topic(StrictModel):
    """A group of questions on one subject, such as cost or side effects."""

    id: KebabId
    title: ShortText
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]


class QuestionBank(StrictModel):
    """The whole questions file."""

    version: ShortText
    reviewed: dt.date
    topics: Annotated[tuple[Topic, ...], Field(min_length=1)]

    @field_validator("topics")
    @classmethod
    def _question_ids_are_unique(cls, topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
        located = (((t, "questions", q, "id"), question.id) for t, topic in enumerate(topics) for q, question in enumerate(topic.questions))
        duplicates = repeated_ids(located)
        if duplicates:
            path, question_id = duplicates[0]
            raise PydanticCustomError(
                "duplicate_id", "the question id '{id}' is used twice; every question needs its own id", {"id": question_id, "path": path}
            )
        return topics

    @staticmethod
    def id_locations(data: Any) -> list[tuple[tuple[Any, ...], Any]]:
        """Where each topic's and question's ``id`` sits in raw data, for the loader's duplicate check."""
        topics = data.get("topics") if isinstance(data, dict) else None
        located: list[tuple[tuple[Any, ...], Any]] = []
        for t, topic in enumerate(topics if isinstance(topics, list) else []):
            questions = topic.get("questions") if isinstance(topic, dict) else None
            for q, question in enumerate(questions if isinstance(questions, list) else []):
                if isinstance(question, dict):
                    located.append((("topics", t, "questions", q, "id"), question.get("id")))
        return located

    def questions_by_id(self) -> dict[str, Question]:
        """Every question, keyed by its id."""
        return {question.id: question for topic in self.topics for question in topic.questions}

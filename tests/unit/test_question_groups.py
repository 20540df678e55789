"""The chooser's short list and the rest by topic, and the catalog's words shown once per list."""

import pytest

from trd.catalog.loader import load_catalog, load_questions
from trd.catalog.models import Treatment
from trd.logic.question_groups import group_questions
from trd.render.catalog_says import catalog_lines

CATALOG = load_catalog("data/treatments.yaml")
BANK = load_questions("data/questions.yaml")
ALL_IDS = [question.id for topic in BANK.topics for question in topic.questions]


@pytest.mark.parametrize("option_id", [None, "ssri", "esketamine", "rtms", "cbt"])
def test_every_question_shows_once_and_the_short_list_is_short(option_id: str | None) -> None:
    groups = group_questions(BANK, CATALOG.by_id()[option_id] if option_id else None)
    shown = [question.id for question in groups.first] + [question.id for _, questions in groups.rest for question in questions]
    assert sorted(shown) == sorted(ALL_IDS) and groups.count() == len(ALL_IDS)
    assert 4 <= len(groups.first) <= 9


def test_the_short_list_adds_what_the_catalog_flags_for_the_option() -> None:
    first = {option: {q.id for q in group_questions(BANK, CATALOG.by_id()[option]).first} for option in ("esketamine", "ssri")}
    assert {"location-driving", "location-visit-length"} <= first["esketamine"]  # a ride home, two hours watched
    assert not {"location-driving", "location-visit-length"} & first["ssri"]
    assert {"onset-first-change", "cost-insurance"} <= first["ssri"] & first["esketamine"]
    general = {q.id for q in group_questions(BANK, None).first}
    assert "current-dose-adequate" in general and "cost-insurance" not in general


@pytest.mark.parametrize("treatment", CATALOG.treatments, ids=lambda treatment: treatment.id)
def test_no_catalog_text_shows_under_two_questions(treatment: Treatment) -> None:
    groups = group_questions(BANK, treatment)
    shown = [*groups.first, *(question for _, questions in groups.rest for question in questions)]
    lines = list(catalog_lines(shown, treatment).values())
    assert len(lines) == len(set(lines))
    for line in lines:  # nor one inside another, as the schedule was inside the setting's line
        assert not any(line != other and line in other for other in lines)
    assert lines, "the catalog says something for every option"

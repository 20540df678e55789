"""The facts shown for an option: what the catalog says next to a question, and the rows each place shows."""

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.question_bank import CatalogField
from trd.render.catalog_says import catalog_says
from trd.render.facts import CARD, COMPARISON, FACTS, RESULTS_TABLE, SHEET, SLIDE, facts_of

CATALOG = load_catalog("data/treatments.yaml")
BY_ID = CATALOG.by_id()


def test_onset_question_gets_the_options_onset_range() -> None:
    assert catalog_says(BY_ID["rtms"], CatalogField.ONSET_DAYS) == "A first change is usually noticed after 2-6 weeks."


def test_home_question_gets_where_it_takes_place_and_nothing_another_question_shows() -> None:
    assert catalog_says(BY_ID["rtms"], CatalogField.SETTING) == "Takes place at a clinic."
    assert BY_ID["esketamine"].schedule.summary not in catalog_says(BY_ID["esketamine"], CatalogField.OBSERVATION_MINUTES)


@pytest.mark.parametrize("field", list(CatalogField))
def test_every_field_says_something_for_every_option(field: CatalogField) -> None:
    for treatment in CATALOG.treatments:
        assert catalog_says(treatment, field).strip()


def test_long_lists_are_shortened_with_a_count() -> None:
    treatment = max(CATALOG.treatments, key=lambda t: len(t.side_effects))
    if len(treatment.side_effects) > 3:
        assert catalog_says(treatment, CatalogField.SIDE_EFFECTS).endswith(f"; and {len(treatment.side_effects) - 3} more.")
        assert ".;" not in catalog_says(treatment, CatalogField.SIDE_EFFECTS)


def test_key_facts_for_the_sheet_table() -> None:
    facts = dict(facts_of(BY_ID["esketamine"], SHEET))
    assert facts["Where"] == "In a clinic"
    assert facts["FDA status"].startswith("FDA approved (2019)")
    assert list(facts) == [
        "Where",
        "First benefit",
        "How many improve (out of 100)",
        "Cost (first course, no insurance)",
        "Evidence",
        "FDA status",
    ]
    # The sheet leaves the app, so the number carries its study and who was in it.
    assert facts["How many improve (out of 100)"] == "69 in 100 responded vs 52 with a placebo, at 4 weeks (TRANSFORM-2; people with TRD)"
    # The dollars say what they are: the source's figure for a first course.
    assert facts["Cost (first course, no insurance)"] == "High ($5,000 to $20,000); its source gives $5,572 for a first course"


def test_every_place_names_known_facts_and_every_fact_is_shown_somewhere() -> None:
    keys = [fact.key for fact in FACTS]
    assert len(keys) == len(set(keys))
    places = (CARD, COMPARISON, RESULTS_TABLE, SHEET, SLIDE)
    assert {key for place in places for key in place} == set(keys)


def test_one_fact_reads_the_same_in_every_place() -> None:
    treatment = BY_ID["rtms"]
    in_slide = dict(facts_of(treatment, SLIDE))
    in_sheet = dict(facts_of(treatment, SHEET))
    assert in_slide["First benefit"] == in_sheet["First benefit"] == "2-6 weeks"
    assert in_slide["FDA status"] == in_sheet["FDA status"]


def test_an_option_without_numbers_says_so_instead_of_a_blank() -> None:
    older = load_catalog("tests/fixtures/small_catalog.yaml").treatments[0]  # a clinic file written before the new fields
    facts = dict(facts_of(older, ("outcomes", "side_effect_rates", "cost")))
    assert facts == {
        "How many improve (out of 100)": "No numbers given in this catalog.",
        "Side effects, out of 100": "No side-effect rates given.",
        "Cost (first course, no insurance)": "Not given.",
    }
    noted = next(t for t in CATALOG.treatments if t.outcomes == ())
    assert dict(facts_of(noted, ("outcomes",)))["How many improve (out of 100)"] == noted.outcomes_note

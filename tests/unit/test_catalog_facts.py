"""What the catalog says next to a question, in short plain words."""

import pytest

from trd.catalog.loader import load_catalog
from trd.catalog.questions import CatalogField
from trd.logic.facts import catalog_says, key_facts

CATALOG = load_catalog("data/treatments.yaml")
BY_ID = CATALOG.by_id()


def test_onset_question_gets_the_options_onset_range() -> None:
    assert catalog_says(BY_ID["rtms"], CatalogField.ONSET_DAYS) == "A first change is usually noticed after 2-6 weeks."


def test_home_question_gets_setting_and_schedule() -> None:
    says = catalog_says(BY_ID["rtms"], CatalogField.SETTING)
    assert says.startswith("Takes place at a clinic.")
    assert BY_ID["rtms"].schedule.summary in says


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
    facts = key_facts(BY_ID["esketamine"])
    assert facts["Where"] == "at a clinic"
    assert facts["FDA"].startswith("FDA-approved for depression (")
    assert set(facts) == {"Where", "First change", "Evidence", "FDA"}

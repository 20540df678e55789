"""The outcome, side-effect and cost fields: the validator catches numbers that cannot be right, at their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from trd.catalog.loader import parse_model
from trd.catalog.models import Catalog, CostBand, band_for
from trd.catalog.problems import DataFileError

BASE = (Path(__file__).resolve().parents[1] / "fixtures" / "small_catalog.yaml").read_text(encoding="utf-8")
ANCHOR = "    reviewed: 2026-11-01\n"  # the first entry's last line; new fields go just before it

GOOD_OUTCOME = """    outcomes:
      - measure: response
        treated_per_100: 41.5
        comparator: placebo
        comparator_per_100: 20
        weeks: 8
        people: 300
        population: Adults with major depression after one antidepressant
        trd: false
        design: rct
        study: Trial A
        source: https://example.org/pill-a-label
"""


def catalog_with(fields: str) -> bytes:
    assert BASE.count(ANCHOR) >= 1
    return BASE.replace(ANCHOR, fields + ANCHOR, 1).encode("utf-8")


def problems_in(fields: str) -> list[str]:
    with pytest.raises(DataFileError) as raised:
        parse_model(catalog_with(fields), "clinic.yaml", Catalog)
    return [str(problem) for problem in raised.value.problems]


def line_of(fields: str, text: str) -> int:
    """The 1-based line in the built file where ``text`` first appears inside ``fields``."""
    start = catalog_with(fields).decode().index(fields)
    return catalog_with(fields).decode()[: start + fields.index(text)].count("\n") + 1


def test_a_good_outcome_loads() -> None:
    catalog = parse_model(catalog_with(GOOD_OUTCOME), "clinic.yaml", Catalog)
    outcome = catalog.treatments[0].outcomes[0]  # type: ignore[index]
    assert (outcome.treated_per_100, outcome.comparator_per_100, outcome.people) == (41.5, 20, 300)


def test_a_number_above_100_is_refused_at_its_line() -> None:
    fields = GOOD_OUTCOME.replace("treated_per_100: 41.5", "treated_per_100: 141.5")
    found = problems_in(fields)
    assert any(f"clinic.yaml:{line_of(fields, 'treated_per_100: 141.5')}:" in p and "at most 100" in p for p in found), found


def test_more_than_one_decimal_is_refused() -> None:
    found = problems_in(GOOD_OUTCOME.replace("41.5", "41.55"))
    assert any("more than one decimal" in p and "outcomes[0].treated_per_100" in p for p in found), found


def test_a_comparator_without_its_number_is_refused() -> None:
    fields = GOOD_OUTCOME.replace("        comparator_per_100: 20\n", "")
    found = problems_in(fields)
    assert any("needs its number out of 100" in p and "outcomes[0].comparator_per_100" in p for p in found), found


def test_a_number_with_no_comparator_is_refused() -> None:
    fields = GOOD_OUTCOME.replace("comparator: placebo", "comparator: none").replace("design: rct", "design: open-label")
    found = problems_in(fields)
    assert any("comparator other than 'none'" in p for p in found), found


def test_a_randomised_trial_needs_a_comparator() -> None:
    fields = GOOD_OUTCOME.replace("comparator: placebo", "comparator: none").replace("        comparator_per_100: 20\n", "")
    found = problems_in(fields)
    assert any("'rct' compares groups" in p and "outcomes[0].comparator" in p for p in found), found


def test_an_outcome_source_must_be_listed_and_is_pointed_at() -> None:
    fields = GOOD_OUTCOME.replace("source: https://example.org/pill-a-label", "source: https://example.org/elsewhere")
    found = problems_in(fields)
    line = line_of(fields, "source: https://example.org/elsewhere")
    assert any(f"clinic.yaml:{line}:" in p and "one of this entry's sources" in p and "outcomes[0].source" in p for p in found), found


def test_empty_outcomes_need_a_note() -> None:
    found = problems_in("    outcomes: []\n")
    assert any("needs an outcomes_note" in p for p in found), found
    parse_model(catalog_with("    outcomes: []\n    outcomes_note: No trial has measured this.\n"), "clinic.yaml", Catalog)


def test_an_entry_without_outcomes_is_allowed_and_says_so() -> None:
    catalog = parse_model(catalog_with(""), "clinic.yaml", Catalog)
    assert catalog.treatments[0].outcomes is None


def test_dollar_figures_must_fit_their_band_and_need_a_source() -> None:
    cost = """    cost:
      band: low
      usd_first_course: [900, 1500]
      coverage: Most plans
      source: https://example.org/pill-a-label
"""
    assert any("is in the 'moderate' band, not 'low'" in p for p in problems_in(cost))
    assert any(
        "need 'source'" in p
        for p in problems_in(cost.replace("band: low", "band: moderate").replace("      source: https://example.org/pill-a-label\n", ""))
    )
    parse_model(catalog_with(cost.replace("band: low", "band: moderate")), "clinic.yaml", Catalog)


@pytest.mark.parametrize(
    ("usd", "band"),
    [(0, CostBand.LOW), (499, CostBand.LOW), (500, CostBand.MODERATE), (19_999, CostBand.HIGH), (20_000, CostBand.VERY_HIGH)],
)
def test_bands_have_documented_edges(usd: float, band: CostBand) -> None:
    assert band_for(usd) == band


def test_side_effect_rates_are_checked_like_outcomes() -> None:
    rates = """    side_effect_rates:
      - effect: Nausea
        treated_per_100: 101
        source: https://example.org/not-listed
"""
    found = problems_in(rates)
    assert any("side_effect_rates[0].treated_per_100" in p and "at most 100" in p for p in found), found

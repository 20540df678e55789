"""Presentation slides: each picked option, the comparison, outcomes and side effects out of 100, then the charts."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat

from trd.catalog.loader import load_catalog
from trd.catalog.numbers_words import NO_NUMBERS
from trd.render.facts import clinic_facts
from trd.render.presentation import (
    CHART_NOTE,
    GROUP_TITLES,
    PER_SLIDE,
    SIDE_EFFECTS_NOTE,
    ChartName,
    SlideKind,
    build_slides,
    clamp_slide,
    comparison_grid,
    eight_weeks_note,
    option_facts,
    outcome_slide_lines,
    side_effect_slide_lines,
)

CLINIC = Path(__file__).resolve().parents[2] / "data" / "examples" / "clinic_catalog.yaml"


def test_slides_step_through_options_comparison_outcomes_side_effects_then_charts() -> None:
    by_id = load_catalog().by_id()
    picked = [by_id["esketamine"], by_id["rtms"], by_id["cbt"]]
    slides = build_slides(picked)
    assert [slide.kind for slide in slides] == [SlideKind.OPTION] * 3 + [
        SlideKind.COMPARISON,
        SlideKind.OUTCOMES,
        SlideKind.OUTCOMES,
        SlideKind.SIDE_EFFECTS,
        *[SlideKind.CHART] * 3,
    ]
    assert [slide.option_ids for slide in slides[:3]] == [("esketamine",), ("rtms",), ("cbt",)]
    assert [slide.option_ids for slide in slides[4:7]] == [("esketamine", "rtms"), ("cbt",), ("esketamine", "rtms", "cbt")]
    assert [slide.title for slide in slides[4:6]] == ["How many improve, out of 100 (1 of 2)", "How many improve, out of 100 (2 of 2)"]
    assert [slide.chart for slide in slides[7:]] == [ChartName.ONSET, ChartName.EIGHT_WEEKS, ChartName.MAP]


def test_six_picks_are_shared_out_evenly_and_each_appears_once_per_kind() -> None:
    treatments = load_catalog().treatments[:6]
    slides = build_slides(treatments)
    for kind, most in PER_SLIDE.items():
        groups = [slide.option_ids for slide in slides if slide.kind is kind]
        assert [option for group in groups for option in group] == [t.id for t in treatments]
        assert all(0 < len(group) <= most for group in groups)
        assert max(map(len, groups)) - min(map(len, groups)) <= 1
    assert "Side by side: 6 options (2 of 2)" in [slide.title for slide in slides]


def test_outcome_slide_gives_out_of_100_beside_the_comparison_and_who_was_studied() -> None:
    numbers, study = outcome_slide_lines(load_catalog().by_id()["esketamine"])
    assert "69 out of 100 with this option; 52 out of 100 with a placebo" in numbers
    assert study.startswith("TRANSFORM-2") and "People with TRD" in study


def test_an_option_without_numbers_shows_its_note_not_a_blank_or_a_zero() -> None:
    catalog = load_catalog()
    dbs = catalog.by_id()["dbs"]
    assert outcome_slide_lines(dbs) == (dbs.outcomes_note,)
    older = load_catalog("tests/fixtures/small_catalog.yaml").treatments[0]  # written before the outcome fields
    assert outcome_slide_lines(older) == (NO_NUMBERS,)


def test_side_effect_slide_gives_the_three_most_frequent_or_says_there_are_no_rates() -> None:
    by_id = load_catalog().by_id()
    assert side_effect_slide_lines(by_id["esketamine"]) == (
        "Dissociation (feeling detached or unreal): 41 out of 100 (9 out of 100 in the comparison group)",
        "Dizziness: 29 out of 100 (8 out of 100 in the comparison group)",
        "Nausea: 28 out of 100 (9 out of 100 in the comparison group)",
    )
    none_given, listed = side_effect_slide_lines(by_id["rtms"])
    assert none_given == "No side-effect rates given."
    assert listed.startswith("Side effects listed: Headache")


def test_one_pick_has_no_comparison_and_no_pick_shows_the_landscape() -> None:
    ssri = load_catalog().by_id()["ssri"]
    assert SlideKind.COMPARISON not in [slide.kind for slide in build_slides([ssri])]
    empty = build_slides([])
    assert [slide.kind for slide in empty] == [SlideKind.EMPTY, SlideKind.CHART]
    assert empty[1].chart is ChartName.LANDSCAPE


def test_slide_index_stays_in_range() -> None:
    assert clamp_slide(-1, 5) == 0
    assert clamp_slide(9, 5) == 4
    assert clamp_slide(3, 0) == 0


def test_option_facts_are_plain_words() -> None:
    facts = dict(option_facts(load_catalog().by_id()["esketamine"]))
    assert facts["Category"] == "Rapid-acting"
    assert facts["FDA status"].startswith("FDA approved")
    assert "[" not in facts["First benefit"]


def test_comparison_has_one_cell_per_option_and_clinic_row_only_with_clinic_details() -> None:
    by_id = load_catalog().by_id()
    grid = comparison_grid([by_id["ssri"], by_id["ect"]])
    assert all(len(cells) == 2 for _, cells in grid)
    assert "Offered here" not in [label for label, _ in grid]
    clinic = load_catalog(CLINIC).by_id()
    grid = dict(comparison_grid([clinic["rtms"], clinic["ect"]]))
    assert grid["Offered here"] == ("Yes", "No")
    assert dict(clinic_facts(clinic["rtms"]))["Contact"].startswith("https://")
    assert clinic_facts(by_id["ssri"]) == ()


@pytest.mark.parametrize("text", [SIDE_EFFECTS_NOTE, CHART_NOTE, eight_weeks_note(30), *GROUP_TITLES.values()])
def test_slide_words_read_at_grade_8_or_below(text: str) -> None:
    assert textstat.flesch_kincaid_grade(text) <= 8, text

"""Presentation slides: each picked option, then the comparison, then the charts."""

from __future__ import annotations

from pathlib import Path

from trd.catalog.loader import load_catalog
from trd.render.facts import clinic_facts
from trd.render.presentation import ChartName, SlideKind, build_slides, clamp_slide, comparison_grid, option_facts

CLINIC = Path(__file__).resolve().parents[2] / "data" / "examples" / "clinic_catalog.yaml"


def test_slides_step_through_options_then_comparison_then_charts() -> None:
    by_id = load_catalog().by_id()
    picked = [by_id["esketamine"], by_id["rtms"], by_id["cbt"]]
    slides = build_slides(picked)
    assert [slide.kind for slide in slides] == [SlideKind.OPTION] * 3 + [SlideKind.COMPARISON] + [SlideKind.CHART] * 3
    assert [slide.option_id for slide in slides[:3]] == ["esketamine", "rtms", "cbt"]
    assert [slide.chart for slide in slides[4:]] == [ChartName.ONSET, ChartName.EIGHT_WEEKS, ChartName.MAP]


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

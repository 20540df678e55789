"""The slides of presentation mode: one option or one comparison per screen.

A presenter steps through the options picked on Explore, then their
comparison, then the charts. The slides are plain data built from the
picked treatments; the presenter component draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from trd.catalog.models import Treatment
from trd.render.facts import SLIDE, fact_labels, facts_of


class SlideKind(StrEnum):
    """What a slide shows."""

    EMPTY = "empty"  # nothing picked yet
    OPTION = "option"  # one picked option
    COMPARISON = "comparison"  # the picked options side by side
    CHART = "chart"  # one chart


class ChartName(StrEnum):
    """The charts presentation mode can show, one per slide."""

    ONSET = "onset"  # time to a first change, per picked option
    EIGHT_WEEKS = "eight-weeks"  # visits, hours and driver days in the first 8 weeks
    MAP = "map"  # every option by invasiveness and onset, the picked ones ringed
    LANDSCAPE = "landscape"  # the whole catalog by category and FDA status


CHART_TITLES: dict[ChartName, str] = {
    ChartName.ONSET: "When a first change may come",
    ChartName.EIGHT_WEEKS: "The first 8 weeks: visits, hours and days needing a driver",
    ChartName.MAP: "Where these options sit among all options",
    ChartName.LANDSCAPE: "The whole landscape: every option by category and FDA status",
}


@dataclass(frozen=True)
class Slide:
    """One screen of the presentation. ``title`` is catalog text for option slides: show it as text."""

    kind: SlideKind
    title: str
    option_id: str | None = None
    chart: ChartName | None = None


def build_slides(picked: Sequence[Treatment]) -> tuple[Slide, ...]:
    """The slides for the picked options, in order: each option, the comparison, then the charts.

    With nothing picked: a slide saying how to pick, then the landscape of the whole catalog.
    With one pick there is no comparison, and the charts show that option alone.
    """
    if not picked:
        return (
            Slide(SlideKind.EMPTY, "Nothing picked yet"),
            Slide(SlideKind.CHART, CHART_TITLES[ChartName.LANDSCAPE], chart=ChartName.LANDSCAPE),
        )
    slides = [Slide(SlideKind.OPTION, treatment.name, option_id=treatment.id) for treatment in picked]
    if len(picked) >= 2:
        slides.append(Slide(SlideKind.COMPARISON, f"Side by side: {len(picked)} options"))
    slides.extend(
        Slide(SlideKind.CHART, CHART_TITLES[chart], chart=chart) for chart in (ChartName.ONSET, ChartName.EIGHT_WEEKS, ChartName.MAP)
    )
    return tuple(slides)


def clamp_slide(index: int, count: int) -> int:
    """``index`` kept inside ``0 .. count - 1`` (0 when there are no slides)."""
    return max(0, min(index, count - 1)) if count else 0


def option_facts(treatment: Treatment) -> tuple[tuple[str, str], ...]:
    """The few facts an option slide shows, as (label, value) in plain words."""
    return facts_of(treatment, SLIDE)


def comparison_grid(picked: Sequence[Treatment]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The comparison slide's rows: (label, one cell per picked option), short facts only.

    Adds an 'Offered here' row when any picked option has clinic details.
    """
    per_option = [dict(option_facts(treatment)) for treatment in picked]
    rows = [(label, tuple(facts[label] for facts in per_option)) for label in fact_labels(SLIDE)] if picked else []
    if any(treatment.clinic is not None for treatment in picked):
        rows.append(
            (
                "Offered here",
                tuple("Not stated" if t.clinic is None else ("Yes" if t.clinic.offered_here else "No") for t in picked),
            )
        )
    return tuple(rows)

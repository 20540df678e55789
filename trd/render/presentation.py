"""The slides of presentation mode: one option, or a few options side by side, per screen.

A presenter steps through the options picked on Explore, then their
comparison, how many improve and side effects (out of 100), then the charts.
The slides are plain data built from the picked treatments; the presenter
component draws them. Slides that hold several options take only as many as
fit on a 1366x768 screen in large type, and split the rest onto more slides.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from trd.catalog.formats import number
from trd.catalog.models import Treatment
from trd.catalog.numbers_words import headline_outcome, outcome_lines, outcomes_short, rate_text, rates_details, top_rates
from trd.render.facts import FACTS_BY_KEY, SLIDE, fact_labels, facts_of


class SlideKind(StrEnum):
    """What a slide shows."""

    EMPTY = "empty"  # nothing picked yet
    OPTION = "option"  # one picked option
    COMPARISON = "comparison"  # a few picked options side by side
    OUTCOMES = "outcomes"  # how many improve out of 100, beside the comparison group
    SIDE_EFFECTS = "side-effects"  # the most frequent side effects out of 100
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

# How many options one slide holds, so that it fits 1366x768 in type large enough for a room.
PER_SLIDE: dict[SlideKind, int] = {SlideKind.COMPARISON: 3, SlideKind.OUTCOMES: 2, SlideKind.SIDE_EFFECTS: 3}
GROUP_TITLES: dict[SlideKind, str] = {
    SlideKind.COMPARISON: "Side by side",
    SlideKind.OUTCOMES: "How many improve, out of 100",
    SlideKind.SIDE_EFFECTS: "Side effects, out of 100",
}
TOP_SIDE_EFFECTS = 3
SIDE_EFFECTS_NOTE = (
    "Each number is from the option's label or a trial. The number in brackets is for the group "
    "that got a dummy treatment, where it is given. The studies differ, so compare with care."
)
CHART_NOTE = "Numbers are rough ranges from the sources. Your own course may be different."


@dataclass(frozen=True)
class Slide:
    """One screen of the presentation. ``title`` is catalog text for option slides: show it as text.

    ``option_ids`` are the options the slide shows, in the order picked.
    """

    kind: SlideKind
    title: str
    option_ids: tuple[str, ...] = ()
    chart: ChartName | None = None


def _groups(picked: Sequence[Treatment], size: int) -> list[tuple[str, ...]]:
    """The picks in as few groups of at most ``size`` as can be, the groups as even as can be (4 by 3: 2 and 2)."""
    ids = [treatment.id for treatment in picked]
    count = -(-len(ids) // size)
    bounds = [round(number * len(ids) / count) for number in range(count + 1)]
    return [tuple(ids[start:end]) for start, end in itertools.pairwise(bounds)]


def _group_slides(kind: SlideKind, picked: Sequence[Treatment]) -> list[Slide]:
    """One slide per few options; "(1 of 2)" in the title when they take more than one."""
    groups = _groups(picked, PER_SLIDE[kind])
    title = GROUP_TITLES[kind]
    if kind is SlideKind.COMPARISON:
        title = f"{title}: {len(picked)} options"
    return [
        Slide(kind, f"{title} ({number} of {len(groups)})" if len(groups) > 1 else title, option_ids=group)
        for number, group in enumerate(groups, start=1)
    ]


def build_slides(picked: Sequence[Treatment]) -> tuple[Slide, ...]:
    """The slides for the picked options, in order: each option, the comparison, outcomes, side effects, the charts.

    With nothing picked: a slide saying how to pick, then the landscape of the whole catalog.
    With one pick there is no comparison, and the other slides show that option alone.
    """
    if not picked:
        return (
            Slide(SlideKind.EMPTY, "Nothing picked yet"),
            Slide(SlideKind.CHART, CHART_TITLES[ChartName.LANDSCAPE], chart=ChartName.LANDSCAPE),
        )
    slides = [Slide(SlideKind.OPTION, treatment.name, option_ids=(treatment.id,)) for treatment in picked]
    if len(picked) >= 2:
        slides.extend(_group_slides(SlideKind.COMPARISON, picked))
    slides.extend(_group_slides(SlideKind.OUTCOMES, picked))
    slides.extend(_group_slides(SlideKind.SIDE_EFFECTS, picked))
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


def outcome_slide_lines(treatment: Treatment) -> tuple[str, ...]:
    """What the outcome slide says of one option: out of 100 beside the comparison group, then who was studied.

    An option without numbers gets its note on why (never a blank or a zero).
    """
    headline = headline_outcome(treatment)
    if headline is None:
        return (outcomes_short(treatment),)
    return outcome_lines(headline)


def eight_weeks_note(travel_minutes: float) -> str:
    """What the hours on the first-8-weeks slide count, with the travel time set on Compare."""
    return (
        f"Hours count the sessions, the time watched after them, and {number(travel_minutes)} minutes of travel each way "
        "(set on the Compare page). Numbers are ranges from the sources; a person's own course may differ."
    )


def side_effect_slide_lines(treatment: Treatment) -> tuple[str, ...]:
    """The most frequent side effects out of 100 (comparison group beside them), or, without rates, the listed ones in words."""
    if treatment.side_effect_rates:
        return tuple(rate_text(rate) for rate in top_rates(treatment, TOP_SIDE_EFFECTS))
    listed = FACTS_BY_KEY["side_effects"]
    return (*rates_details(treatment), f"{listed.label} listed: {listed.value(treatment)}")

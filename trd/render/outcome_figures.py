"""Compare's number charts: how many in 100 improve, and have each side effect, beside the comparison group.

Both charts are paired bars on one 0-100 scale: the option's bar in its colour, the comparison
group's in grey right under it, each with its number written at its end, and a title line
above each pair (names never turn sideways or get cut, also on a phone). An option without
numbers keeps its row and says why in words, never a blank or a zero bar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from trd.catalog.formats import hover_safe
from trd.catalog.models import OutcomeMeasure, SideEffectRate, Treatment
from trd.catalog.numbers_words import NO_NUMBERS, comparator_words, outcome_for, per_100, top_rates, who_was_studied
from trd.catalog.vocabulary import words
from trd.render.figures import base_layout, plain_figure
from trd.render.palette import GRID, NEUTRAL, OUTLINE, option_color

ROW_HEIGHT = 84  # px per pair of bars with its title line
RATES_PER_OPTION = 3  # the most frequent side effects of each pick, plus those two or more picks share


@dataclass(frozen=True)
class PairedRow:
    """One pair of bars: a title, the option's number, the comparison group's (None: no group), and its colour."""

    title: str
    treated: float | None  # None: no numbers, ``note`` says why
    comparator: float | None
    comparator_name: str
    color: str
    note: str = ""


def _paired_figure(rows: Sequence[PairedRow], *, treated_words: str) -> Any:
    data: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        annotations.append(
            {"text": row.title, "x": 0, "xref": "x domain", "y": index - 0.36, "yref": "y", "yanchor": "bottom",
             "xanchor": "left", "showarrow": False, "font": {"size": 13}, "align": "left"}
        )  # fmt: skip
        if row.treated is None:
            annotations.append(
                {"text": hover_safe(row.note), "x": 0, "xref": "x domain", "y": index + 0.1, "yref": "y",
                 "xanchor": "left", "showarrow": False, "font": {"size": 12, "color": NEUTRAL}, "align": "left"}
            )  # fmt: skip
            continue
        bars = [(row.treated, row.color, f"{per_100(row.treated)} in 100 {treated_words}", -0.08)]
        if row.comparator is not None:
            bars.append((row.comparator, NEUTRAL, f"{per_100(row.comparator)} {row.comparator_name}", 0.22))
        for value, color, text, offset in bars:
            data.append(
                {
                    "type": "bar",
                    "orientation": "h",
                    "x": (value,),
                    "y": (index + offset,),
                    "width": 0.26,
                    "marker": {"color": color, "line": {"width": 0.5, "color": OUTLINE}},
                    "text": (hover_safe(text),),
                    "textposition": "outside",
                    "cliponaxis": False,
                    "textfont": {"size": 12},
                    "hovertemplate": f"{row.title}<br>{hover_safe(text)}<extra></extra>",
                }
            )
    layout = base_layout(height=40 + ROW_HEIGHT * max(1, len(rows)))
    layout.update(
        barmode="overlay",
        annotations=annotations,
        margin={"l": 10, "r": 10, "t": 10, "b": 40},
        xaxis={"range": [0, 102], "tickvals": (0, 25, 50, 75, 100), "title": {"text": "People out of 100"}, "gridcolor": GRID,
               "fixedrange": True, "tickangle": 0},
        yaxis={"range": [len(rows) - 0.5, -0.55], "showticklabels": False, "showgrid": False, "zeroline": False, "fixedrange": True},
    )  # fmt: skip
    return plain_figure(data, layout)


# --- how many improve --------------------------------------------------------------------------


def outcome_pairs(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> list[PairedRow]:
    """One pair per option with ``measure``'s numbers, titled with the study, its weeks and whether it was in TRD."""
    rows = []
    for index, t in enumerate(treatments):
        outcome = outcome_for(t, measure)
        if outcome is None:
            note = NO_NUMBERS if t.outcomes is None else (t.outcomes_note or NO_NUMBERS)
            rows.append(
                PairedRow(f"<b>{hover_safe(t.name)}</b>", None, None, "", option_color(index), f"No {measure.value} numbers. {note}")
            )
            continue
        rows.append(
            PairedRow(
                f"<b>{hover_safe(t.name)}</b>  {hover_safe(who_was_studied(outcome))}",
                outcome.treated_per_100,
                outcome.comparator_per_100,
                comparator_words(outcome),
                option_color(index),
            )
        )
    return rows


def outcome_figure(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> Any:
    """Treated against comparison group, per 100, for every pick (one measure for all)."""
    return _paired_figure(outcome_pairs(treatments, measure), treated_words=words(measure).short)


def outcome_rows(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> list[dict[str, Any]]:
    """The numbers behind the outcome chart, with the study, who was in it and the source."""
    rows = []
    for t in treatments:
        outcome = outcome_for(t, measure)
        if outcome is None:
            rows.append({"Option": t.name, "With it (in 100)": "", "Comparison group (in 100)": "", "Study": "", "Note": NO_NUMBERS
                         if t.outcomes is None else (t.outcomes_note or f"No {measure.value} numbers")})  # fmt: skip
            continue
        rows.append(
            {
                "Option": t.name,
                "With it (in 100)": per_100(outcome.treated_per_100),
                "Comparison group (in 100)": per_100(outcome.comparator_per_100) if outcome.comparator_per_100 is not None else "none",
                "Study": who_was_studied(outcome),
                "Note": outcome.population,
            }
        )
    return rows


# --- side effects --------------------------------------------------------------------------------


def _effect_key(effect: str) -> str:
    return " ".join(effect.lower().split())


def chosen_effects(treatments: Sequence[Treatment]) -> list[tuple[Treatment, SideEffectRate]]:
    """The side effects worth a look: each pick's most frequent few, and any that two or more picks share.

    Grouped by side effect (the most shared first), then in pick order, so a person reads one
    side effect across the options.
    """
    per_option = {t.id: {_effect_key(rate.effect): rate for rate in t.side_effect_rates} for t in treatments}  # one rate per effect
    shared = Counter(key for rates in per_option.values() for key in rates)
    chosen: list[tuple[Treatment, SideEffectRate]] = []
    for t in treatments:
        top = {_effect_key(rate.effect) for rate in top_rates(t, RATES_PER_OPTION)}
        chosen.extend((t, rate) for key, rate in per_option[t.id].items() if key in top or shared[key] > 1)
    order = {t.id: index for index, t in enumerate(treatments)}
    return sorted(chosen, key=lambda pair: (-shared[_effect_key(pair[1].effect)], _effect_key(pair[1].effect), order[pair[0].id]))


def side_effect_pairs(treatments: Sequence[Treatment]) -> list[PairedRow]:
    """One pair per (side effect, option) from ``chosen_effects``."""
    colors = {t.id: option_color(index) for index, t in enumerate(treatments)}
    return [
        PairedRow(
            f"<b>{hover_safe(rate.effect)}</b>  {hover_safe(t.name)}",
            rate.treated_per_100,
            rate.comparator_per_100,
            "in the comparison group",
            colors[t.id],
        )
        for t, rate in chosen_effects(treatments)
    ]


def side_effect_figure(treatments: Sequence[Treatment]) -> Any:
    """How many in 100 had each chosen side effect, with the option and in the comparison group."""
    return _paired_figure(side_effect_pairs(treatments), treated_words="with it")


def side_effect_rows(treatments: Sequence[Treatment]) -> list[dict[str, Any]]:
    """The numbers behind the side-effect chart, plus a row for each pick without rates."""
    rows: list[dict[str, Any]] = [
        {
            "Side effect": rate.effect,
            "Option": t.name,
            "With it (in 100)": per_100(rate.treated_per_100),
            "Comparison group (in 100)": per_100(rate.comparator_per_100) if rate.comparator_per_100 is not None else "not given",
        }
        for t, rate in chosen_effects(treatments)
    ]
    rows.extend(
        {"Side effect": "No rates given", "Option": t.name, "With it (in 100)": "", "Comparison group (in 100)": ""}
        for t in treatments
        if not t.side_effect_rates
    )
    return rows


def options_without_rates(treatments: Sequence[Treatment]) -> list[Treatment]:
    """Picks the side-effect chart cannot show, so the page can name them."""
    return [t for t in treatments if not t.side_effect_rates]

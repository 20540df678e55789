"""Compare's number charts: how many in 100 improve, and have each side effect, beside the comparison group.

Both are paired bars on one 0-100 scale, drawn in HTML rather than with a chart library: a title
above each pair (the option, the study, its weeks, whether it was in TRD), the option's bar in
its colour and the comparison group's in grey under it, each with its number beside it. Text
wraps like any text, so nothing overlaps, turns sideways or is cut on a phone, and the numbers
are real text a screen reader reads. An option without numbers keeps its row and says why in
words, never a blank or a zero bar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from trd.catalog.models import OutcomeMeasure, SideEffectRate, Treatment
from trd.catalog.numbers_words import NO_NUMBERS, comparator_words, outcome_for, per_100, top_rates, who_was_studied
from trd.render.palette import NEUTRAL, option_color

RATES_PER_OPTION = 3  # the most frequent side effects of each pick, plus those two or more picks share

# The bar track leaves room for the number beside even a full bar; colours come from the palette.
STYLE = """<style>
.trd-bars { margin: 0.25rem 0 0.5rem 0; padding: 0; max-width: 56rem; }
.trd-bars li { list-style: none; margin: 0 0 0.75rem 0; padding: 0; }
.trd-bars .trd-bar-title { margin: 0 0 0.15rem 0; font-size: 0.92rem; line-height: 1.3; }
.trd-bars .trd-bar-title span { font-size: 0.85rem; opacity: 0.85; }
.trd-bars .trd-bar { display: flex; align-items: center; gap: 0.4rem; margin: 0.1rem 0; font-size: 0.85rem; line-height: 1.2; }
.trd-bars .trd-bar i { display: block; height: 1rem; flex: none; border-radius: 2px; min-width: 2px; }
.trd-bars .trd-bar-none { margin: 0.1rem 0; font-size: 0.85rem; font-style: italic; }
.trd-scale { display: flex; justify-content: space-between; width: calc(100% - 9rem); font-size: 0.75rem; margin: 0; }
</style>"""


@dataclass(frozen=True)
class PairedRow:
    """One pair of bars: a name, what it is about, the option's number, the comparison group's (None: no group), and a colour."""

    name: str
    detail: str
    treated: float | None  # None: no numbers, ``note`` says why
    comparator: float | None
    comparator_name: str
    color: str
    note: str = ""


def _bar(value: float, color: str, text: str) -> str:
    width = f"calc((100% - 9rem) * {value / 100:.3f})"  # 100 fills the track; 9rem stay for the number
    return f'<div class="trd-bar"><i style="width: {width}; background: {color}"></i>{escape(text)}</div>'


def paired_bars_html(rows: Sequence[PairedRow], *, label: str) -> str:
    """The pairs as a list, one item per row, with a scale under them."""
    items = []
    for row in rows:
        detail = f" <span>{escape(row.detail)}</span>" if row.detail else ""
        body = f'<p class="trd-bar-title"><strong>{escape(row.name)}</strong>{detail}</p>'
        if row.treated is None:
            body += f'<p class="trd-bar-none">{escape(row.note)}</p>'
        else:
            body += _bar(row.treated, row.color, f"{per_100(row.treated)} in 100 with it")
            if row.comparator is not None:
                body += _bar(row.comparator, NEUTRAL, f"{per_100(row.comparator)} in 100 {row.comparator_name}")
            else:
                body += '<p class="trd-bar-none">No comparison group</p>'
        items.append(f"<li>{body}</li>")
    scale = '<p class="trd-scale" aria-hidden="true"><span>0</span><span>50</span><span>100 people</span></p>'
    return STYLE + f'<ul class="trd-bars" aria-label="{escape(label, quote=True)}">{"".join(items)}</ul>{scale}'


# --- how many improve --------------------------------------------------------------------------


def outcome_pairs(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> list[PairedRow]:
    """One pair per option with ``measure``'s numbers, titled with the study, its weeks and whether it was in TRD."""
    rows = []
    for index, t in enumerate(treatments):
        outcome = outcome_for(t, measure)
        if outcome is None:
            note = NO_NUMBERS if t.outcomes is None else (t.outcomes_note or NO_NUMBERS)
            rows.append(PairedRow(t.name, "", None, None, "", option_color(index), f"No {measure.value} numbers. {note}"))
            continue
        rows.append(
            PairedRow(
                t.name,
                who_was_studied(outcome),
                outcome.treated_per_100,
                outcome.comparator_per_100,
                comparator_words(outcome),
                option_color(index),
            )
        )
    return rows


def outcome_bars_html(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> str:
    """Treated against comparison group, per 100, for every pick (one measure for all)."""
    return paired_bars_html(
        outcome_pairs(treatments, measure), label=f"People out of 100 with each option and in its comparison group ({measure.value})"
    )


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
            rate.effect,
            t.name,
            rate.treated_per_100,
            rate.comparator_per_100,
            "in the comparison group",
            colors[t.id],
        )
        for t, rate in chosen_effects(treatments)
    ]


def side_effect_bars_html(treatments: Sequence[Treatment]) -> str:
    """How many in 100 had each chosen side effect, with the option and in the comparison group."""
    return paired_bars_html(
        side_effect_pairs(treatments), label="Side effects: people out of 100 with each option and in its comparison group"
    )


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

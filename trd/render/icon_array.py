"""Icon arrays: 100 people per picked option, showing how many improved and how many would have anyway.

Decision aids (IPDAS, Option Grid) show a chance as 100 figures. Here each picked option gets
its own 100, with one measure for all picks: the people who improved in the comparison group
are the lighter figures, the extra people who improved with the option the darker ones, the
rest are outlines. The sentence under each picture says the same in words (and is the
picture's text alternative). Pure SVG: no chart library, a few kilobytes a picture.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from trd.catalog.models import OutcomeMeasure, Treatment
from trd.catalog.numbers_words import NO_NUMBERS, comparator_words, outcome_for, who_was_studied
from trd.catalog.vocabulary import words

_SVG_NS = "http://www.w3.org/2000/svg"
COLUMNS = 10
ICON = 16  # px per figure, including the gap
MORE_COLOR = "#0072B2"  # improved beyond the comparison group (Okabe-Ito blue)
ANYWAY_COLOR = "#56B4E9"  # improved in the comparison group too (Okabe-Ito sky blue)
NOT_COLOR = "#8a8a8a"  # outlines: did not improve; mid grey shows on light and dark backgrounds
_FILLS = {
    "anyway": f'fill="{ANYWAY_COLOR}"',
    "more": f'fill="{MORE_COLOR}"',
    "not": f'fill="none" stroke="{NOT_COLOR}" stroke-width="1.1"',
}


def _person(x: float, y: float, scale: float = 1.0) -> str:
    """One person (a round head over shoulders) as path commands, in a 16 x 16 cell at (x, y)."""

    def at(value: float) -> str:
        return f"{value * scale:g}"

    return (
        f"M{x + 8 * scale:g} {y + 1.2 * scale:g}a{at(3)} {at(3)} 0 1 1 0 {at(6)}a{at(3)} {at(3)} 0 1 1 0 -{at(6)}z"
        f"M{x + 2.6 * scale:g} {y + 15.2 * scale:g}c0 -{at(5)} {at(2)} -{at(6.8)} {at(5.4)} -{at(6.8)}"
        f"s{at(5.4)} {at(1.8)} {at(5.4)} {at(6.8)}z"
    )


@dataclass(frozen=True)
class IconCounts:
    """How the 100 figures of one option are drawn: darker, lighter, outlined."""

    more: int  # improved with the option, beyond the comparison group's share
    anyway: int  # the comparison group's share, drawn inside the same 100
    improved_total: int  # improved with the option (more + anyway, unless the comparison did better)


def icon_counts(treated_per_100: float, comparator_per_100: float | None) -> IconCounts:
    """Whole figures out of 100; the comparison group's share is drawn first, lighter."""
    treated = round(treated_per_100)
    anyway = min(treated, round(comparator_per_100)) if comparator_per_100 is not None else 0
    return IconCounts(more=treated - anyway, anyway=anyway, improved_total=treated)


def icon_sentence(treatment: Treatment, measure: OutcomeMeasure) -> str:
    """The picture in words: how many in 100 improved, the comparison beside it, who was studied."""
    outcome = outcome_for(treatment, measure)
    if outcome is None:
        other = next((o.measure for o in treatment.outcomes or () if o.measure != measure), None)
        if other is not None:
            return f"There are no {measure.value} numbers for {treatment.name}. It has them for {other.value}: pick that above to see them."
        note = NO_NUMBERS if treatment.outcomes is None else (treatment.outcomes_note or NO_NUMBERS)
        return f"No {measure.value} numbers for {treatment.name}. {note}"
    counts = icon_counts(outcome.treated_per_100, outcome.comparator_per_100)
    text = f"With {treatment.name}, {counts.improved_total} in 100 {words(measure).short}."
    if outcome.comparator_per_100 is None:
        return text + f" No comparison group, so it is not known how many would have anyway. ({who_was_studied(outcome)}.)"
    comparator = round(outcome.comparator_per_100)
    difference = counts.improved_total - comparator
    text += f" {comparator_words(outcome).capitalize()}, {comparator} in 100 did."
    if difference > 0:
        text += f" So about {difference} more in 100 {words(measure).short} with it."
    elif difference < 0:
        text += f" So about {-difference} fewer in 100 {words(measure).short} with it."
    else:
        text += " The same number."
    return text + f" ({who_was_studied(outcome)}.)"


@functools.cache
def _picture(counts: IconCounts) -> str:
    """The 100 figures as an SVG document: one person drawn once and reused, grouped by kind (a few kilobytes).

    Cached by the counts: the same numbers always make the same picture, and Compare redraws on every change.
    """
    size = COLUMNS * ICON
    groups: dict[str, list[str]] = {"anyway": [], "more": [], "not": []}
    for position in range(100):
        row, column = divmod(position, COLUMNS)
        kind = "anyway" if position < counts.anyway else "more" if position < counts.anyway + counts.more else "not"
        groups[kind].append(f'<use href="#p" x="{column * ICON}" y="{row * ICON}"/>')
    person = f'<defs><path id="p" transform="scale({(ICON - 2) / 16:g})" d="{_person(0, 0)}"/></defs>'
    body = "".join(f"<g {_FILLS[kind]}>{''.join(uses)}</g>" for kind, uses in groups.items() if uses)
    return f'<svg xmlns="{_SVG_NS}" viewBox="0 0 {size} {size}" width="{size}" height="{size}">{person}{body}</svg>'


def icon_array_svg(treatment: Treatment, measure: OutcomeMeasure) -> str | None:
    """100 figures for ``treatment`` with ``measure``; None when the catalog has no such numbers."""
    outcome = outcome_for(treatment, measure)
    if outcome is None:
        return None
    return _picture(icon_counts(outcome.treated_per_100, outcome.comparator_per_100))


def _as_image(svg: str, size: int, css_class: str) -> str:
    """An SVG as an image: st.html keeps only HTML (its sanitiser drops inline SVG), and a data-URI image passes.

    Its alt text is empty because the words beside it say the same, so screen readers skip the figures.
    """
    data = base64.b64encode(svg.encode()).decode()
    return f'<img class="{css_class}" src="data:image/svg+xml;base64,{data}" width="{size}" height="{size}" alt="">'


STYLE = """<style>
.trd-icon-row { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; margin: 0.25rem 0 0.5rem 0; }
.trd-icon-item { flex: 1 1 9.5rem; max-width: 14rem; min-width: 0; margin: 0; }
.trd-icon-item h4 { font-size: 0.98rem; font-weight: 700; margin: 0 0 0.3rem 0; padding: 0; }
.trd-icon-item p { font-size: 0.9rem; line-height: 1.35; margin: 0.3rem 0 0 0; }
.trd-icon-item .trd-icons { max-width: 100%; height: auto; display: block; }
.trd-icon-key { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.88rem; margin: 0 0 0.5rem 0; padding: 0; }
.trd-icon-key li { list-style: none; }
.trd-icon-key img { vertical-align: -3px; margin-right: 0.3rem; }
</style>"""


def _key_item(kind: str, text: str) -> str:
    figure = f'<svg xmlns="{_SVG_NS}" width="16" height="16" viewBox="0 0 16 16"><path d="{_person(0, 0)}" {_FILLS[kind]}/></svg>'
    return f"<li>{_as_image(figure, 14, 'trd-icon-key-figure')}{escape(text)}</li>"


def icon_arrays_html(treatments: Sequence[Treatment], measure: OutcomeMeasure) -> str:
    """A key, then one picture of 100 people per option with its sentence; options without numbers say why."""
    key = (
        '<ul class="trd-icon-key" aria-label="Key">'
        + _key_item("anyway", "Improved in the comparison group too (would likely have anyway)")
        + _key_item("more", "Improved beyond the comparison group")
        + _key_item("not", "Did not improve")
        + "</ul>"
    )
    items = []
    for treatment in treatments:
        svg = icon_array_svg(treatment, measure)
        picture = _as_image(svg, COLUMNS * ICON, "trd-icons") if svg else ""
        sentence = f"<p>{escape(icon_sentence(treatment, measure))}</p>"
        items.append(
            f'<figure class="trd-icon-item" data-option="{escape(treatment.id)}"><h4>{escape(treatment.name)}</h4>'
            + picture
            + sentence
            + "</figure>"
        )
    return STYLE + key + '<div class="trd-icon-row">' + "".join(items) + "</div>"

"""The usual treatment pathway for depression that has not improved, as steps linked to catalog options.

The order is the one guidelines and reviews usually describe; it is a map for
teaching, not a rule. Every catalog entry lands in exactly one step: the
first step that names its id, otherwise the first step that lists its
category, so a clinic's own catalog with new entries still fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from trd.catalog.models import Category, Treatment
from trd.render.palette import NEUTRAL, PATHWAY_ALONGSIDE, PATHWAY_STEP

PATHWAY_DISCLAIMER = (
    "Real care is individual. This is the order in which options are often considered, not a rule: "
    "people skip steps, go back, or combine them, depending on their history, health, wishes and what is available."
)


@dataclass(frozen=True)
class PathwayStep:
    """One step of the pathway and the catalog options that belong to it."""

    key: str
    title: str
    short_title: str  # fits in a box of the drawing (a line break where it should wrap)
    explanation: str
    ids: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    alongside: bool = False  # runs next to every other step rather than after one


PATHWAY: tuple[PathwayStep, ...] = (
    PathwayStep(
        key="optimise",
        title="Optimise the dose and give it time",
        short_title="Optimise dose\nand duration",
        explanation=(
            "Before changing course, make sure the current antidepressant has had a fair trial: "
            "a full dose, taken every day, for 6 to 8 weeks."
        ),
        ids=("more-time-current-drug", "dose-increase"),
    ),
    PathwayStep(
        key="switch",
        title="Switch to another antidepressant",
        short_title="Switch",
        explanation=(
            "Stop the current drug and start a different one, from the same family or another. "
            "Many people who did not improve on one drug improve on another."
        ),
        categories=(Category.MEDICATION,),
    ),
    PathwayStep(
        key="augment",
        title="Augment or combine",
        short_title="Augment or\ncombine",
        explanation=(
            "Keep an antidepressant that helped partly and add a second medicine: "
            "another antidepressant, a low-dose antipsychotic, lithium or thyroid hormone."
        ),
        categories=(Category.AUGMENTATION,),
    ),
    PathwayStep(
        key="rapid",
        title="Rapid-acting options",
        short_title="Rapid-acting\noptions",
        explanation=(
            "Esketamine nasal spray or ketamine infusions, given in a clinic with monitoring. "
            "They can work within days, usually together with an antidepressant."
        ),
        categories=(Category.RAPID_ACTING,),
    ),
    PathwayStep(
        key="stimulation",
        title="Brain stimulation",
        short_title="Brain\nstimulation",
        explanation=(
            "Magnetic or electric treatments aimed at mood areas of the brain, "
            "from TMS (awake, in a clinic) to ECT (under anesthesia) and implanted devices."
        ),
        categories=(Category.BRAIN_STIMULATION,),
    ),
    PathwayStep(
        key="trials",
        title="Options still in trials or under review",
        short_title="Options\nin trials",
        explanation="Treatments not yet approved or cleared for depression, mostly available only in clinical trials.",
        ids=("ecot-as",),
        categories=(Category.EMERGING,),
    ),
    PathwayStep(
        key="alongside",
        title="Psychotherapy and everyday supports",
        short_title="Psychotherapy and everyday supports, alongside every step",
        explanation=(
            "Talk therapy, therapy apps and habits such as exercise and sleep can start at any point and continue next to the other steps."
        ),
        categories=(Category.PSYCHOTHERAPY, Category.DIGITAL, Category.LIFESTYLE),
        alongside=True,
    ),
)


def step_for(treatment: Treatment, steps: Iterable[PathwayStep] = PATHWAY) -> PathwayStep:
    """The step an entry belongs to: the first naming its id, else the first listing its category."""
    ordered = tuple(steps)
    for step in ordered:
        if treatment.id in step.ids:
            return step
    for step in ordered:
        if treatment.category in step.categories:
            return step
    raise ValueError(f"no pathway step covers the category '{treatment.category.value}' of '{treatment.id}'")


def options_by_step(treatments: Iterable[Treatment], steps: Iterable[PathwayStep] = PATHWAY) -> dict[str, tuple[Treatment, ...]]:
    """Map each step's key to its entries, in catalog order (steps with no entries map to ``()``)."""
    ordered = tuple(steps)
    grouped: dict[str, list[Treatment]] = {step.key: [] for step in ordered}
    for treatment in treatments:
        grouped[step_for(treatment, ordered).key].append(treatment)
    return {key: tuple(items) for key, items in grouped.items()}


def pathway_alt_text(counts: Mapping[str, int], steps: Iterable[PathwayStep] = PATHWAY) -> str:
    """The drawing in words, for screen readers: each step in order with its number of options."""
    parts = []
    number = 0
    for step in steps:
        count = counts.get(step.key, 0)
        if step.alongside:
            label = "Alongside every step"
        else:
            number += 1
            label = f"Step {number}"
        parts.append(f"{label}: {step.title} ({count} option{'s' if count != 1 else ''})")
    return "The usual treatment pathway. " + "; ".join(parts) + "."


def pathway_html(counts: Mapping[str, int], steps: Iterable[PathwayStep] = PATHWAY) -> str:
    """The pathway as a small HTML drawing: numbered boxes left to right, the 'alongside' step as a band beneath.

    ``counts`` maps step keys to how many catalog options each step has; the numbers appear in the
    boxes. The boxes are not links (they look like labels; the steps below the drawing open). The
    drawing is one image to a screen reader, read as ``pathway_alt_text``. Text is the module's own,
    never catalog text, and it is escaped all the same. No chart library: it costs the browser nothing
    to load, and on a phone the boxes wrap.
    """
    ordered = tuple(steps)
    sequence = [step for step in ordered if not step.alongside]
    alongside = [step for step in ordered if step.alongside]
    alt = pathway_alt_text(counts, ordered)

    def title_lines(step: PathwayStep) -> str:
        return "<br>".join(escape(line) for line in step.short_title.split("\n"))

    def count_words(step: PathwayStep) -> str:
        count = counts.get(step.key, 0)
        return f"{count} option{'s' if count != 1 else ''}"

    boxes = []
    for number, step in enumerate(sequence, start=1):
        if number > 1:
            boxes.append('<div class="trd-pathway-arrow">&#8594;</div>')
        boxes.append(
            f'<div class="trd-pathway-step" data-step="{escape(step.key)}">'
            f"<strong>{number}. {title_lines(step)}</strong><span>{count_words(step)}</span></div>"
        )
    bands = [
        f'<div class="trd-pathway-alongside" data-step="{escape(step.key)}">'
        f"<strong>{title_lines(step)}</strong> · {count_words(step)}</div>"
        for step in alongside
    ]
    return (
        f"<style>{_PATHWAY_CSS}</style>"
        f'<div class="trd-pathway" role="img" aria-label="{escape(alt)}">'
        f'<div class="trd-pathway-steps">{"".join(boxes)}</div>{"".join(bands)}</div>'
    )


# Colours from the palette; white text on both (contrast 4.5:1 or more). No pointer, no underline:
# nothing here looks like a link, because nothing here is one.
_PATHWAY_CSS = f"""
.trd-pathway {{ margin: 0.25rem 0 0.5rem; }}
.trd-pathway-steps {{ display: flex; flex-wrap: wrap; align-items: stretch; gap: 0.4rem; }}
.trd-pathway-step {{
  flex: 1 1 7.5rem; min-height: 5.5rem; padding: 0.6rem 0.5rem; border-radius: 0.5rem;
  background: {PATHWAY_STEP}; color: #ffffff; text-align: center; cursor: default;
  display: flex; flex-direction: column; justify-content: center; gap: 0.3rem; line-height: 1.25;
}}
.trd-pathway-arrow {{ align-self: center; color: {NEUTRAL}; font-size: 1.5rem; line-height: 1; }}
.trd-pathway-alongside {{
  margin-top: 0.4rem; padding: 0.6rem; border-radius: 0.5rem; background: {PATHWAY_ALONGSIDE}; color: #ffffff; text-align: center;
}}
"""

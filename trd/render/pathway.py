"""The usual treatment pathway for depression that has not improved, as steps linked to catalog options.

The order is the one guidelines and reviews usually describe; it is a map for
teaching, not a rule. Every catalog entry lands in exactly one step: the
first step that names its id, otherwise the first step that lists its
category, so a clinic's own catalog with new entries still fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import plotly.graph_objects as go  # type: ignore[import-untyped, unused-ignore]

from trd.catalog.models import Category, Treatment
from trd.render.palette import NEUTRAL, PATHWAY_ALONGSIDE, PATHWAY_STEP, TRANSPARENT

PATHWAY_DISCLAIMER = (
    "Real care is individual. This is the order in which options are often considered, not a rule: "
    "people skip steps, go back, or combine them, depending on their history, health, wishes and what is available."
)


@dataclass(frozen=True)
class PathwayStep:
    """One step of the pathway and the catalog options that belong to it."""

    key: str
    title: str
    short_title: str  # fits in a box of the picture
    explanation: str
    ids: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    alongside: bool = False  # runs next to every other step rather than after one


PATHWAY: tuple[PathwayStep, ...] = (
    PathwayStep(
        key="optimise",
        title="Optimise the dose and give it time",
        short_title="Optimise dose<br>and duration",
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
        short_title="Augment or<br>combine",
        explanation=(
            "Keep an antidepressant that helped partly and add a second medicine: "
            "another antidepressant, a low-dose antipsychotic, lithium or thyroid hormone."
        ),
        categories=(Category.AUGMENTATION,),
    ),
    PathwayStep(
        key="rapid",
        title="Rapid-acting options",
        short_title="Rapid-acting<br>options",
        explanation=(
            "Esketamine nasal spray or ketamine infusions, given in a clinic with monitoring. "
            "They can work within days, usually together with an antidepressant."
        ),
        categories=(Category.RAPID_ACTING,),
    ),
    PathwayStep(
        key="stimulation",
        title="Brain stimulation",
        short_title="Brain<br>stimulation",
        explanation=(
            "Magnetic or electric treatments aimed at mood areas of the brain, "
            "from TMS (awake, in a clinic) to ECT (under anesthesia) and implanted devices."
        ),
        categories=(Category.BRAIN_STIMULATION,),
    ),
    PathwayStep(
        key="trials",
        title="Options still in trials or under review",
        short_title="Options<br>in trials",
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


def pathway_alt_text(grouped: Mapping[str, tuple[Treatment, ...]], steps: Iterable[PathwayStep] = PATHWAY) -> str:
    """The picture in words, for screen readers: each step in order with its number of options."""
    parts = []
    number = 0
    for step in steps:
        count = len(grouped.get(step.key, ()))
        if step.alongside:
            label = "Alongside every step"
        else:
            number += 1
            label = f"Step {number}"
        parts.append(f"{label}: {step.title} ({count} option{'s' if count != 1 else ''})")
    return "The usual treatment pathway. " + "; ".join(parts) + "."


def pathway_figure(counts: Mapping[str, int], steps: Iterable[PathwayStep] = PATHWAY) -> go.Figure:
    """A left-to-right picture of the sequential steps, with the 'alongside' step as a band beneath.

    ``counts`` maps step keys to how many catalog options each step has; the
    numbers appear in the boxes. Text is the module's own, never catalog text.
    """
    ordered = tuple(steps)
    sequence = [step for step in ordered if not step.alongside]
    alongside = [step for step in ordered if step.alongside]
    figure = go.Figure()
    width, gap = 1.0, 0.35
    for index, step in enumerate(sequence):
        left = index * (width + gap)
        figure.add_shape(type="rect", x0=left, x1=left + width, y0=1.0, y1=2.2, fillcolor=PATHWAY_STEP, line={"width": 0}, layer="below")
        count = counts.get(step.key, 0)
        figure.add_annotation(
            x=left + width / 2,
            y=1.6,
            text=f"<b>{index + 1}. {step.short_title}</b><br>{count} option{'s' if count != 1 else ''}",
            showarrow=False,
            font={"color": "white", "size": 15},
        )
        if index < len(sequence) - 1:
            figure.add_annotation(
                x=left + width + gap - 0.03,
                y=1.6,
                ax=left + width + 0.03,
                ay=1.6,
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                showarrow=True,
                arrowhead=3,
                arrowsize=1.3,
                arrowwidth=2.5,
                arrowcolor=NEUTRAL,
                text="",
            )
    right = len(sequence) * (width + gap) - gap
    for index, step in enumerate(alongside):
        top = 0.75 - index * 0.75
        count = counts.get(step.key, 0)
        figure.add_shape(type="rect", x0=0, x1=right, y0=top - 0.6, y1=top, fillcolor=PATHWAY_ALONGSIDE, line={"width": 0}, layer="below")
        figure.add_annotation(
            x=right / 2,
            y=top - 0.3,
            text=f"<b>{step.short_title}</b> · {count} option{'s' if count != 1 else ''}",
            showarrow=False,
            font={"color": "white", "size": 15},
        )
    bottom = 0.75 - len(alongside) * 0.75 + 0.05
    figure.update_xaxes(visible=False, range=[-0.05, right + 0.05], fixedrange=True)
    figure.update_yaxes(visible=False, range=[bottom, 2.3], fixedrange=True)
    figure.update_layout(
        height=300,
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        showlegend=False,
        paper_bgcolor=TRANSPARENT,
        plot_bgcolor=TRANSPARENT,
        dragmode=False,
    )
    return figure

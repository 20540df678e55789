"""The answers people decide on first, one card per picked option, as one HTML element.

The cards sit in a grid that fits six across a laptop screen and one per row on a phone
(no horizontal scrolling, same order of answers in every card). Each card's answers line up
with its neighbours' (CSS subgrid), so a person reads across a row as in a table. Catalog
text is escaped, so it always shows as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from trd.catalog.models import FdaStatus, Treatment
from trd.catalog.vocabulary import words
from trd.logic.filtering import is_trial_only
from trd.render.answers import ANSWERS, AnswerContext, AnswerPart
from trd.render.palette import option_color

TRIAL_ONLY_BADGE = "Only in studies"

# Theme colours are inherited (text, background), so the cards read in light and dark mode.
STYLE = f"""<style>
.trd-ans {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); gap: 0.5rem; margin: 0; padding: 0; }}
@media (max-width: 640px) {{ .trd-ans {{ grid-template-columns: 1fr; }} }}  /* a phone: one option per card, scrolled */
.trd-ans-card {{
  display: grid; grid-row: span {len(ANSWERS) + 1}; grid-template-rows: subgrid; row-gap: 0.3rem; margin: 0; min-width: 0;
  border: 1px solid rgba(128, 128, 128, 0.4); border-top-width: 5px; border-radius: 0.5rem; padding: 0.4rem 0.6rem 0.5rem 0.6rem;
  font-size: 0.82rem; line-height: 1.28; overflow-wrap: break-word;
}}
.trd-ans-card h3 {{ font-size: 0.98rem; font-weight: 700; margin: 0; padding: 0; line-height: 1.2; }}
.trd-ans-card .trd-ans-kind {{ display: block; font-size: 0.76rem; font-weight: normal; margin-top: 0.1rem; }}
.trd-ans-card .trd-ans-badge {{
  display: table; margin-top: 0.15rem; padding: 0 0.3rem; border-radius: 0.3rem; font-size: 0.74rem; font-weight: 700;
  border: 1px solid currentColor;
}}
.trd-ans-card section {{ margin: 0; padding-top: 0.25rem; border-top: 1px solid rgba(128, 128, 128, 0.3); }}
.trd-ans-card h4 {{ font-size: 0.72rem; font-weight: 600; margin: 0 0 0.05rem 0; padding: 0; line-height: 1.2; }}
.trd-ans-card .trd-ans-lead {{ font-weight: 700; font-size: 0.95rem; margin: 0; }}
.trd-ans-card .trd-ans-missing {{ font-weight: 600; font-style: italic; font-size: 0.85rem; }}
.trd-ans-card p {{ margin: 0; font-size: inherit; line-height: inherit; }}
/* Long catalog texts keep to two lines here (the full text is in the page and under All the details). */
.trd-ans-card section[data-answer="cost"] p:not(.trd-ans-lead), .trd-ans-card section[data-answer="side_effects"] p:not(.trd-ans-lead),
.trd-ans-card tbody th {{ display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }}
.trd-ans-card section[data-answer="outcome"] p:not(.trd-ans-lead) {{
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden;
}}
.trd-ans-card table {{ border-collapse: collapse; width: 100%; font-size: 0.8rem; margin: 0; }}
.trd-ans-card th, .trd-ans-card td {{ padding: 0 0.15rem 0 0; border: none; text-align: left; vertical-align: top; font-weight: normal; }}
.trd-ans-card td.trd-n {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 700; width: 1.6rem; }}
.trd-ans-card td.trd-n.trd-cmp {{ font-weight: normal; width: 2.6rem; }}
.trd-ans-card .trd-sr {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
</style>"""


def _versus(comparator: str) -> str:
    return f"vs {escape(comparator)}" if comparator else '<span title="not given in the source">vs –</span>'


def _rates_table(part: AnswerPart) -> str:
    """Side effect, then "41 vs 9": the heading above says which number is which; a hidden header tells screen readers."""
    head = (
        '<thead class="trd-sr"><tr><th scope="col">Side effect</th><th scope="col">With it, in 100</th>'
        '<th scope="col">Comparison group, in 100</th></tr></thead>'
    )
    body = "".join(
        f'<tr><th scope="row">{escape(row.effect)}</th><td class="trd-n">{escape(row.treated)}</td>'
        f'<td class="trd-n trd-cmp">{_versus(row.comparator)}</td></tr>'
        for row in part.rates
    )
    return f"<table>{head}<tbody>{body}</tbody></table>"


def _section(key: str, title: str, part: AnswerPart) -> str:
    lead = ""
    if part.lead:
        lead = f'<p class="trd-ans-lead{" trd-ans-missing" if part.missing else ""}">{escape(part.lead)}</p>'
    table = _rates_table(part) if part.rates else ""
    lines = "".join(f"<p>{escape(line)}</p>" for line in part.lines)
    return f'<section data-answer="{escape(key)}"><h4>{escape(title)}</h4>{lead}{table}{lines}</section>'


def _kind(treatment: Treatment) -> str:
    """Under the name: the FDA status, or a marked "Only in studies" for options a person can only get in a trial."""
    if is_trial_only(treatment):
        review = " · under FDA review" if treatment.fda.status == FdaStatus.UNDER_REVIEW else ""
        return f'<span class="trd-ans-badge">{TRIAL_ONLY_BADGE}{review}</span>'
    status = treatment.fda.status
    kind = "No FDA status" if status == FdaStatus.NOT_APPLICABLE else f"FDA: {words(status).short}"  # one line, even six across
    return f'<span class="trd-ans-kind">{escape(kind)}</span>'


def _card(index: int, treatment: Treatment, context: AnswerContext) -> str:
    head = f"<h3>{escape(treatment.name)}{_kind(treatment)}</h3>"
    sections = "".join(_section(answer.key, answer.label, answer.part(treatment, context)) for answer in ANSWERS)
    return (
        f'<article class="trd-ans-card" data-option="{escape(treatment.id)}" style="border-top-color: {option_color(index)}">'
        f"{head}{sections}</article>"
    )


def answers_html(treatments: Sequence[Treatment], context: AnswerContext) -> str:
    """The answer cards of ``treatments``, in the order given (the person's pick order)."""
    cards = "".join(_card(index, treatment, context) for index, treatment in enumerate(treatments))
    return STYLE + f'<div class="trd-ans" role="list" aria-label="The answers for each picked option">{cards}</div>'

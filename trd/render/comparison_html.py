"""The side-by-side comparison as one HTML table: a column per option, a row per attribute.

One real table instead of a grid of Streamlit columns: screen readers announce each cell with its
row and column headers, it prints as a table, and the page sends one element instead of about 150
(each costs the server time on every rerun). Catalog text is escaped, so it always shows as text;
only https sources become links.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from trd.catalog.models import Treatment
from trd.render.palette import HIGHLIGHT
from trd.render.tables import ComparisonRow

DIFFERS = "\u21c4 Differs"
SAME = "Same for all"

# Colours come from the theme (inherited text colour, translucent grey lines), so the table reads
# in light and dark mode; the amber edge on rows that differ repeats what their label says.
STYLE = f"""<style>
.trd-cmp-scroll {{ overflow-x: auto; }}
.trd-cmp {{ border-collapse: collapse; width: 100%; min-width: 40rem; table-layout: fixed; }}
.trd-cmp th, .trd-cmp td {{
  vertical-align: top; text-align: left; padding: 0.65rem 0.75rem; border-top: 1px solid rgba(128, 128, 128, 0.35); font-weight: normal;
}}
.trd-cmp thead th {{ border-top: none; }}
.trd-cmp thead h4 {{ margin: 0; padding: 0; font-size: 1.15rem; font-weight: 600; }}
.trd-cmp th[scope="row"] {{ width: 15%; }}
.trd-cmp tr.trd-differs th[scope="row"] {{ box-shadow: inset 4px 0 0 {HIGHLIGHT}; }}
.trd-cmp .trd-tag {{ display: block; margin-top: 0.25rem; font-size: 0.85rem; }}
.trd-cmp p {{ margin: 0 0 0.4rem 0; }}
.trd-cmp ul {{ margin: 0; padding-left: 1.1rem; }}
.trd-cmp li {{ margin: 0 0 0.2rem 0; }}
</style>"""


def _link(title: str, url: str) -> str:
    if not url.startswith("https://"):
        return escape(title)
    return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{escape(title)}</a>'


def _source_title(treatment: Treatment, url: str) -> str:
    return next((source.title for source in treatment.sources if source.url == url), "Source")


def _outcomes_cell(treatment: Treatment, lines: tuple[str, ...]) -> str:
    """Each study's numbers in bold, who was in it, and a link to the paper or label that gives them."""
    parts = []
    for index, outcome in enumerate(treatment.outcomes or ()):
        numbers, study = lines[2 * index], lines[2 * index + 1]
        link = _link(_source_title(treatment, outcome.source), outcome.source)
        parts.append(f"<p><strong>{escape(numbers)}</strong><br>{escape(study)} Source: {link}</p>")
    parts.extend(f"<p>{escape(line)}</p>" for line in lines[2 * len(treatment.outcomes or ()) :])
    return "".join(parts)


def _rates_cell(treatment: Treatment, lines: tuple[str, ...]) -> str:
    if not treatment.side_effect_rates:
        return escape(lines[0])
    sources = dict.fromkeys(rate.source for rate in treatment.side_effect_rates)
    links = "; ".join(_link(_source_title(treatment, url), url) for url in sources)
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + f"</ul><p>Source: {links}</p>"


def _cell(row: ComparisonRow, treatment: Treatment, lines: tuple[str, ...]) -> str:
    if row.key == "outcomes":
        return _outcomes_cell(treatment, lines)
    if row.key == "side_effect_rates":
        return _rates_cell(treatment, lines)
    if row.key == "cost" and treatment.cost is not None and treatment.cost.source:
        source = _link(_source_title(treatment, treatment.cost.source), treatment.cost.source)
        return "".join(f"<p>{escape(line)}</p>" for line in lines) + f"<p>Source: {source}</p>"
    if row.key == "sources":
        return "<ul>" + "".join(f"<li>{_link(source.title, source.url)}</li>" for source in treatment.sources) + "</ul>"
    if row.key in ("fda", "evidence", "schedule"):
        head, *rest = lines
        return f"<p><strong>{escape(head)}</strong></p>" + "".join(f"<p>{escape(line)}</p>" for line in rest)
    if len(lines) == 1:
        return escape(lines[0])
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def comparison_table_html(treatments: Sequence[Treatment], rows: Sequence[ComparisonRow]) -> str:
    """The table for ``rows`` (already filtered, for example to rows that differ), one column per treatment."""
    header = "".join(f'<th scope="col"><h4>{escape(t.name)}</h4></th>' for t in treatments)
    body = []
    for row in rows:
        tag = DIFFERS if row.differs else SAME
        label = f'<th scope="row"><strong>{escape(row.label)}</strong><span class="trd-tag">{tag}</span></th>'
        cells = "".join(f"<td>{_cell(row, t, lines)}</td>" for t, lines in zip(treatments, row.cells, strict=True))
        body.append(f'<tr class="{"trd-differs" if row.differs else "trd-same"}" data-row="{escape(row.key)}">{label}{cells}</tr>')
    return (
        STYLE + '<div class="trd-cmp-scroll" role="region" aria-label="Picked options side by side" tabindex="0">'
        '<table class="trd-cmp"><thead><tr><th scope="col">Compared</th>'
        + header
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table></div>"
    )

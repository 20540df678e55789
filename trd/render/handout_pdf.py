"""A printable one-page handout of the treatment landscape (fpdf2): a chart and key facts per category.

For workshops: the whole catalog on one landscape Letter page. The chart
shows how many options each category holds, split by FDA status; the table
gives each category's range of first-change times, settings, invasiveness
and a few examples. Fonts ship with the app (assets/fonts, DejaVu Sans).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

from trd.catalog.formats import format_days_range
from trd.catalog.models import EVIDENCE_ORDER, INVASIVENESS_ORDER, Catalog, Category, FdaStatus, Setting, Treatment
from trd.catalog.vocabulary import label, words
from trd.render.palette import FDA_STATUS_COLORS, PRINT_HEADING_FILL, PRINT_INK, PRINT_MUTED, PRINT_PAPER, rgb
from trd.render.pathway import PATHWAY

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FONT = "DejaVu"
MARGIN = 11.0
INK = rgb(PRINT_INK)
MUTED = rgb(PRINT_MUTED)
EXAMPLES_SHOWN = 3
EXAMPLE_LENGTH = 42


@dataclass(frozen=True)
class CategoryFacts:
    """What the handout says about one category, in plain words."""

    category: Category
    label: str
    count: int
    statuses: tuple[tuple[FdaStatus, int], ...]  # in FdaStatus order, only those present
    first_change: str
    where: str
    invasiveness: str
    strongest_evidence: str
    examples: tuple[str, ...]


def _short(name: str, length: int = EXAMPLE_LENGTH) -> str:
    return name if len(name) <= length else name[: length - 1].rstrip() + "…"


def category_facts(treatments: Sequence[Treatment]) -> tuple[CategoryFacts, ...]:
    """Key facts for every category that has options, in the app's category order."""
    facts = []
    for category in Category:
        members = [t for t in treatments if t.category is category]
        if not members:
            continue
        statuses = Counter(t.fda.status for t in members)
        levels = sorted({t.invasiveness for t in members}, key=INVASIVENESS_ORDER.__getitem__)
        low_level, high_level = words(levels[0]).short, words(levels[-1]).short
        settings = sorted({setting for t in members for setting in t.setting}, key=list(Setting).index)
        strongest = min((t.evidence.strength for t in members), key=EVIDENCE_ORDER.__getitem__)
        facts.append(
            CategoryFacts(
                category=category,
                label=label(category),
                count=len(members),
                statuses=tuple((status, statuses[status]) for status in FdaStatus if statuses[status]),
                first_change=format_days_range(min(t.onset_days[0] for t in members), max(t.onset_days[1] for t in members)),
                where=", ".join(words(setting).short for setting in settings),
                invasiveness=low_level if low_level == high_level else f"{low_level} to {high_level}",
                strongest_evidence=label(strongest),
                examples=tuple(_short(t.name) for t in members[:EXAMPLES_SHOWN]),
            )
        )
    return tuple(facts)


class _HandoutPdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="landscape", unit="mm", format="letter")
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=False)
        self.set_title("Treatment options for depression that has not improved: the landscape")
        self.set_creator("TRD options app")


def handout_pdf(catalog: Catalog) -> bytes:
    """The one-page handout for ``catalog`` as PDF bytes."""
    pdf = _HandoutPdf()
    pdf.add_page()
    facts = category_facts(catalog.treatments)
    _heading(pdf, catalog)
    top = pdf.get_y() + 2
    _chart(pdf, facts, x=MARGIN, y=top, width=118)
    _pathway(pdf, x=MARGIN + 126, y=top, width=pdf.w - 2 * MARGIN - 126)
    pdf.set_y(top + 73)
    _facts_table(pdf, facts)
    _footer(pdf, catalog)
    return bytes(pdf.output())


def _heading(pdf: FPDF, catalog: Catalog) -> None:
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 7, "Treatment options for depression that has not improved: the landscape", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(
        0,
        4,
        f"{len(catalog.treatments)} options in {len(category_facts(catalog.treatments))} categories, from the catalog version "
        f"{catalog.version} (reviewed {catalog.reviewed:%B %d, %Y}). For education: this handout explains and compares; "
        "it does not recommend any option. Real care is individual; talk with a clinician.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _chart(pdf: FPDF, facts: Sequence[CategoryFacts], *, x: float, y: float, width: float) -> None:
    """Horizontal bars, one per category, split by FDA status; the count at the end of each bar."""
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(x, y)
    pdf.cell(width, 5, "Options per category, by FDA status for depression")
    label_width, bar_height, gap = 42.0, 5.0, 1.9
    most = max((fact.count for fact in facts), default=1)
    scale = (width - label_width - 8) / most
    row_y = y + 7
    for fact in facts:
        pdf.set_font(FONT, "", 8)
        pdf.set_text_color(*INK)
        pdf.set_xy(x, row_y)
        pdf.cell(label_width - 1, bar_height, fact.label, align="R")
        left = x + label_width
        for status, count in fact.statuses:
            pdf.set_fill_color(*rgb(FDA_STATUS_COLORS[status]))
            pdf.rect(left, row_y, count * scale, bar_height, style="F")
            left += count * scale
        pdf.set_xy(left + 1, row_y)
        pdf.cell(8, bar_height, str(fact.count))
        row_y += bar_height + gap
    # Legend, two columns.
    row_y += 1
    pdf.set_font(FONT, "", 7.5)
    for index, status in enumerate(FdaStatus):
        column, line = index % 3, index // 3
        left = x + label_width + column * 30
        top = row_y + line * 4.2
        pdf.set_fill_color(*rgb(FDA_STATUS_COLORS[status]))
        pdf.rect(left, top + 0.6, 3, 3, style="F")
        pdf.set_xy(left + 4, top)
        pdf.cell(26, 4.2, words(status).short)


def _pathway(pdf: FPDF, *, x: float, y: float, width: float) -> None:
    """The usual order of steps, as numbered lines (the Learn page shows it as a picture)."""
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 10)
    pdf.set_xy(x, y)
    pdf.cell(width, 5, "The order in which options are often considered (not a rule)")
    pdf.set_xy(x, y + 7)
    number = 0
    for step in PATHWAY:
        if step.alongside:
            label = "Alongside every step"
        else:
            number += 1
            label = f"{number}."
        pdf.set_x(x)
        pdf.set_font(FONT, "B", 8)
        pdf.cell(pdf.get_string_width(label) + 1.5, 4, label)
        pdf.set_font(FONT, "", 8)
        pdf.multi_cell(width - pdf.get_string_width(label) - 1.5, 4.2, step.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.set_x(x)
    pdf.set_font(FONT, "", 7.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(
        width,
        3.6,
        "People skip steps, go back, or combine them, depending on their history, health, wishes and what is available. "
        "The Learn page in the app links each step to its options.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _facts_table(pdf: FPDF, facts: Sequence[CategoryFacts]) -> None:
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 10)
    pdf.cell(0, 5, "Key facts per category", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font(FONT, "", 7.3)
    pdf.set_fill_color(*rgb(PRINT_PAPER))
    headings = ("Category", "Options", "FDA status", "First change", "Where", "Invasiveness", "Strongest evidence", "Examples")
    with pdf.table(
        col_widths=(30, 15, 40, 22, 24, 27, 19, 80),
        line_height=3.4,
        padding=0.7,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=rgb(PRINT_HEADING_FILL)),
        first_row_as_headings=True,
    ) as table:
        heading_row = table.row()
        for heading in headings:
            heading_row.cell(heading)
        for fact in facts:
            row = table.row()
            row.cell(fact.label)
            row.cell(str(fact.count))
            row.cell(", ".join(f"{count} {words(status).short}" for status, count in fact.statuses))
            row.cell(fact.first_change)
            row.cell(fact.where)
            row.cell(fact.invasiveness)
            row.cell(fact.strongest_evidence)
            row.cell("; ".join(fact.examples) + ("; …" if fact.count > len(fact.examples) else ""))


def _footer(pdf: FPDF, catalog: Catalog) -> None:
    pdf.ln(2.5)
    pdf.set_font(FONT, "", 7.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(
        0,
        3.6,
        "In crisis or thinking about suicide? In the US, call or text 988 (Suicide & Crisis Lifeline), or call 911. "
        "Elsewhere, call your local emergency number.  ·  First change: earliest to latest time to a first noticeable benefit "
        "reported for any option in the category. Every fact is sourced in the app (Explore and About pages).",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

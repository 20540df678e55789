"""A printable one-page handout of the treatment landscape (fpdf2): a chart and key facts per category.

For workshops: the whole catalog on one landscape Letter page. The chart
shows how many options each category holds, split by FDA status; the table
gives each category's range of first-change times, settings, invasiveness
and a few examples. Body text is 10 pt or more, and names are never cut:
examples are whole names, as many as fit, then "and N more". Fonts ship with
the app (assets/fonts, DejaVu Sans).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from fpdf import FPDF, FontFace
from fpdf.enums import MethodReturnValue, XPos, YPos

from trd.catalog.formats import format_days_range
from trd.catalog.models import EVIDENCE_ORDER, INVASIVENESS_ORDER, Catalog, Category, FdaStatus, Setting, Treatment
from trd.catalog.vocabulary import label, words
from trd.render.palette import FDA_STATUS_COLORS, PRINT_HEADING_FILL, PRINT_INK, PRINT_MUTED, PRINT_PAPER, rgb
from trd.render.pathway import PATHWAY

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FONT = "DejaVu"
MARGIN = 8.0
INK = rgb(PRINT_INK)
MUTED = rgb(PRINT_MUTED)
# Type sizes in points. Nothing on the handout is smaller than BODY_SIZE: it is read at arm's length in a workshop.
BODY_SIZE = 10.0
HEADING_SIZE = 11.0
TITLE_SIZE = 16.0
LINE = 4.2  # mm per line of body text
EXAMPLES_SHOWN = 3
# Examples are whole names, as many as fit in this many lines of their cell, then "and N more".
EXAMPLE_LINES = 2
TABLE_PADDING = (0.6, 1.2)  # mm above and below, left and right of a cell's text
# The FDA status of each category is in the chart, in words beside its bar, so the table leaves it out.
TABLE_HEADINGS = ("Category", "First change", "Where", "Invasiveness", "Strongest evidence", "Examples")
# Widths in mm, widened where a word would not fit (a word is never split); the examples take what is left.
TABLE_WIDTHS = (36, 32, 27, 32, 22)


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
    examples: tuple[str, ...]  # whole names, in catalog order; never cut


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
                examples=tuple(t.name for t in members[:EXAMPLES_SHOWN]),
            )
        )
    return tuple(facts)


def status_counts(fact: CategoryFacts) -> str:
    """``"9 approved, 3 no FDA status"``: the category's options by FDA status, in the order of the bar's colours."""
    return ", ".join(f"{count} {words(status).short}" for status, count in fact.statuses)


class _HandoutPdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="landscape", unit="mm", format="letter")
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=False)
        self.set_title("Treatment options for depression that has not improved: the landscape")
        self.set_creator("TRD options app")

    def body(self, bold: bool = False, color: tuple[int, int, int] = INK) -> None:
        self.set_font(FONT, "B" if bold else "", BODY_SIZE)
        self.set_text_color(*color)

    def lines_needed(self, text: str, width: float) -> int:
        """How many lines ``text`` takes in a cell ``width`` mm wide, in the current font (words are never split)."""
        lines = self.multi_cell(width, LINE, text, dry_run=True, output=MethodReturnValue.LINES)
        return len(cast(list[str], lines))  # output=LINES returns the lines


def handout_pdf(catalog: Catalog) -> bytes:
    """The one-page handout for ``catalog`` as PDF bytes."""
    pdf = _HandoutPdf()
    pdf.add_page()
    facts = category_facts(catalog.treatments)
    _heading(pdf, catalog, facts)
    _pathway(pdf)
    _chart(pdf, facts)
    _facts_table(pdf, facts)
    _footer(pdf)
    return bytes(pdf.output())


def _section_title(pdf: _HandoutPdf, text: str) -> None:
    pdf.ln(2)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", HEADING_SIZE)
    pdf.cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.5)


def _heading(pdf: _HandoutPdf, catalog: Catalog, facts: Sequence[CategoryFacts]) -> None:
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", TITLE_SIZE)
    pdf.cell(0, 7.5, "Treatment options for depression that has not improved: the landscape", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(color=MUTED)
    pdf.multi_cell(
        0,
        LINE,
        f"{len(catalog.treatments)} options in {len(facts)} categories (catalog {catalog.version}, reviewed "
        f"{catalog.reviewed:%B} {catalog.reviewed.day}, {catalog.reviewed.year}). For education: it does not recommend any option.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _pathway(pdf: _HandoutPdf) -> None:
    """The usual order of steps, as one numbered line across the page (the Learn page shows it as a picture)."""
    _section_title(pdf, "The order in which options are often considered (not a rule)")
    steps = []
    number = 0
    for step in PATHWAY:
        if step.alongside:
            continue
        number += 1
        steps.append(_unbroken(f"**{number}.** {step.title}"))
    alongside = "; ".join(step.title for step in PATHWAY if step.alongside)
    line = "  →  ".join(steps) + (f".  **Alongside every step:** {alongside}." if alongside else ".")
    pdf.body()
    pdf.multi_cell(0, LINE + 0.4, line, markdown=True, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(color=MUTED)
    pdf.multi_cell(
        0,
        LINE,
        "People skip steps, go back or combine them. Real care is individual; talk with a clinician. "
        "The Learn page in the app links each step to its options.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a line wraps between steps, never inside one."""
    return text.replace(" ", "\u00a0")


def _chart(pdf: _HandoutPdf, facts: Sequence[CategoryFacts]) -> None:
    """Horizontal bars, one per category, split by FDA status, with the count and the split in words beside each bar.

    The words repeat the colours, so the chart still reads when printed in black and white.
    """
    _section_title(pdf, "Options per category, by FDA status for depression")
    pdf.body()
    x = pdf.l_margin
    label_width = max(pdf.get_string_width(fact.label) for fact in facts) + 2
    words_width = max(pdf.get_string_width(f"{fact.count}: {status_counts(fact)}") for fact in facts) + 2
    bar_height, gap = 4.1, 0.9
    most = max((fact.count for fact in facts), default=1)
    scale = min(6.0, (pdf.epw - label_width - words_width - 2) / most)
    row_y = pdf.get_y()
    for fact in facts:
        pdf.body()
        pdf.set_xy(x, row_y)
        pdf.cell(label_width - 1.5, bar_height, fact.label, align="R")
        left = x + label_width
        for status, count in fact.statuses:
            pdf.set_fill_color(*rgb(FDA_STATUS_COLORS[status]))
            pdf.rect(left, row_y, count * scale, bar_height, style="F")
            left += count * scale
        pdf.set_xy(left + 1.5, row_y)
        pdf.body(bold=True)
        count_text = f"{fact.count}: "
        pdf.cell(pdf.get_string_width(count_text), bar_height, count_text)
        pdf.body(color=MUTED)
        pdf.cell(words_width, bar_height, status_counts(fact))
        row_y += bar_height + gap
    # Legend, one line under the bars, in the order the colours run.
    pdf.body()
    left = x + label_width
    for status in FdaStatus:
        name = words(status).short
        pdf.set_fill_color(*rgb(FDA_STATUS_COLORS[status]))
        pdf.rect(left, row_y + 0.8, 3, 3, style="F")
        pdf.set_xy(left + 4, row_y)
        pdf.cell(pdf.get_string_width(name) + 1, LINE, name)
        left += pdf.get_string_width(name) + 10
    pdf.set_xy(x, row_y + LINE)


def examples_line(names: Sequence[str], count: int) -> str:
    """``"Regular exercise; Healthy eating pattern; and 3 more"``; ``"4 options, named in the app"`` when no name is given."""
    if not names:
        return f"{count}\u00a0options, named in the app"
    more = count - len(names)
    return "; ".join(names) + (f"; and\u00a0{more}\u00a0more" if more > 0 else "")


def examples_text(pdf: _HandoutPdf, fact: CategoryFacts, width: float) -> str:
    """The category's example names, whole, in catalog order, as many as fit in ``EXAMPLE_LINES`` lines of a ``width`` mm cell.

    A name is never cut: one that does not fit is left out and counted in "and N more".
    """
    pdf.body()
    shown: list[str] = []
    for name in fact.examples:
        if pdf.lines_needed(examples_line([*shown, name], fact.count), width) <= EXAMPLE_LINES:
            shown.append(name)
    return examples_line(shown, fact.count)


def _column_width(pdf: _HandoutPdf, declared: float, heading: str, cells: Sequence[str]) -> float:
    """``declared`` mm, or more when the longest word of the bold heading or of a cell would not fit on a line."""
    pdf.body(bold=True)
    widest = max(pdf.get_string_width(word) for word in heading.split())
    pdf.body()
    widest = max([widest, *(pdf.get_string_width(word) for cell in cells for word in cell.split())])
    return max(declared, widest + 2 * TABLE_PADDING[1] + 0.5)


def _facts_table(pdf: _HandoutPdf, facts: Sequence[CategoryFacts]) -> None:
    _section_title(pdf, "Key facts per category")
    pdf.body()
    pdf.set_fill_color(*rgb(PRINT_PAPER))
    rows = [(fact.label, fact.first_change, fact.where, fact.invasiveness, fact.strongest_evidence) for fact in facts]
    fixed = [
        _column_width(pdf, declared, TABLE_HEADINGS[index], [row[index] for row in rows]) for index, declared in enumerate(TABLE_WIDTHS)
    ]
    widths = (*fixed, pdf.epw - sum(fixed))
    example_width = widths[-1] - 2 * TABLE_PADDING[1]
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        line_height=LINE,
        padding=TABLE_PADDING,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=rgb(PRINT_HEADING_FILL)),
        first_row_as_headings=True,
    ) as table:
        heading_row = table.row()
        for heading in TABLE_HEADINGS:
            heading_row.cell(heading)
        for fact, cells in zip(facts, rows, strict=True):
            row = table.row()
            for text in cells:
                row.cell(text)
            row.cell(examples_text(pdf, fact, example_width))


def _footer(pdf: _HandoutPdf) -> None:
    pdf.ln(1.5)
    pdf.body()
    pdf.multi_cell(
        0,
        LINE,
        "**In crisis or thinking about suicide?** In the US, call or text 988 (Suicide & Crisis Lifeline), or call 911; "
        "elsewhere, your local emergency number.",
        markdown=True,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.body(color=MUTED)
    pdf.multi_cell(
        0,
        LINE,
        "First change: the earliest to latest time to a first noticeable benefit for any option in the category. "
        "Every fact is sourced in the app (Explore and About pages).",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

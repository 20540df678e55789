"""The appointment sheet as a one- or two-page PDF (fpdf2), with room to write answers.

The fonts ship with the app (assets/fonts, DejaVu Sans) because fpdf2's core
fonts cannot print names such as "Zoë" or "½". Very long notes are cut on
the sheet with a clear marker; the full note stays in the person's saved
file. Answer lines shrink as the list grows so a usual list fits on two
pages; a very long list flows onto more pages rather than dropping questions.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from trd.catalog.sources import citation
from trd.render.facts import SHEET, fact_labels
from trd.render.palette import PRINT_CRISIS_FILL, PRINT_INK, PRINT_MUTED, PRINT_RULE, rgb
from trd.render.sheet import AppointmentSheet

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FONT = "DejaVu"
NOTE_LIMIT = 280
CONTINUED = " … (continued in your saved file)"
MARGIN = 14.0
# Type sizes in points: nothing on the sheet is smaller than SMALLEST_SIZE.
SMALLEST_SIZE = 8.0
BODY_SIZE = 9.5
SOURCE_SIZE = SMALLEST_SIZE
INK = rgb(PRINT_INK)
MUTED = rgb(PRINT_MUTED)
RULE = rgb(PRINT_RULE)
TABLE_HEADINGS = ("Option", *fact_labels(SHEET))
# Relative column widths: the option, then each fact of the sheet (wider for longer values).
COLUMN_WEIGHTS = {"setting": 24, "onset": 18, "outcomes_studied": 46, "cost": 26, "evidence": 19, "fda": 37}
TABLE_WIDTHS = (34, *(COLUMN_WEIGHTS.get(key, 24) for key in SHEET))


def short_note(note: str, limit: int = NOTE_LIMIT) -> str:
    """The note as printed: whitespace tidied, cut at a word near ``limit`` with the continued marker."""
    text = " ".join(note.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:.") + CONTINUED


def answer_lines(question_count: int) -> int:
    """Blank lines left under each question: fewer as the list grows, so it stays on two pages."""
    if question_count <= 10:
        return 2
    if question_count <= 22:
        return 1
    return 0


class _SheetPdf(FPDF):
    def __init__(self, made_on: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="letter")
        self.made_on = made_on
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=14)
        self.set_title("Questions for my appointment")
        self.set_creator("TRD options app")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, "", SMALLEST_SIZE)
        self.set_text_color(*MUTED)
        self.cell(0, 4, f"Made {self.made_on} with the TRD options app (education, not medical advice)", align="L")
        self.set_x(MARGIN)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    def heading(self, text: str, size: float = 11, keep_with: float = 0) -> None:
        """A heading, moved to the next page when it and the first ``keep_with`` mm under it would not fit."""
        if self.will_page_break(14 + keep_with):
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", size)
        self.set_text_color(*INK)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def paragraph(
        self,
        text: str,
        size: float = 9,
        bold: bool = False,
        color: tuple[int, int, int] = INK,
        indent: float = 0,
        link: str | None = None,
    ) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*color)
        self.set_x(MARGIN + indent)
        self.multi_cell(0, size * 0.48, text, align="L", link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def writing_line(self, indent: float) -> None:
        self.ln(5.5)
        self.set_draw_color(*RULE)
        self.line(MARGIN + indent, self.get_y(), self.w - MARGIN, self.get_y())


def sheet_pdf(sheet: AppointmentSheet) -> bytes:
    """The sheet as PDF bytes."""
    pdf = _SheetPdf(sheet.made_on.isoformat())
    pdf.add_page()

    pdf.set_font(FONT, "B", 16)
    pdf.set_text_color(*INK)
    pdf.cell(120, 8, "Questions for my appointment")
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 8, f"Date: {sheet.made_on.strftime('%d %B %Y').lstrip('0')}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.paragraph("Appointment with: ______________________________    Time: ____________", size=9, color=MUTED)
    pdf.ln(1)
    pdf.set_fill_color(*rgb(PRINT_CRISIS_FILL))
    pdf.set_font(FONT, "B", 8.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 4.2, sheet.crisis, align="L", border=1, fill=True, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.paragraph(sheet.notice, size=SMALLEST_SIZE, color=MUTED)

    # The clinician reads from the top: what matters to the person and what they have tried come first.
    if sheet.what_matters:
        pdf.heading("What matters to me")
        for line in sheet.what_matters:
            pdf.paragraph(f"• {line}", size=BODY_SIZE, indent=2)
    if sheet.history:
        pdf.heading("What I have tried")
        for entry in sheet.history:
            pdf.paragraph(f"• {entry}", size=BODY_SIZE, indent=2)

    if sheet.options:
        pdf.heading("Options I am considering")
        pdf.set_font(FONT, "", 8)
        pdf.set_draw_color(*RULE)
        with pdf.table(col_widths=TABLE_WIDTHS, text_align="LEFT", line_height=3.8, padding=1, first_row_as_headings=True) as table:
            table.row(TABLE_HEADINGS)
            for option in sheet.options:
                table.row((option.name, *option.facts.values()))
        for option in sheet.options:
            if option.clinic:
                pdf.paragraph(f"At this clinic, {option.name}: {option.clinic}", size=8, indent=2)
        pdf.paragraph(sheet.options_note, size=8, color=MUTED)

    lines = answer_lines(sheet.question_count())
    question_height = 10 + 5.5 * lines
    for section in sheet.sections:
        pdf.heading(section.title, keep_with=question_height)
        for question in section.questions:
            if pdf.will_page_break(question_height):
                pdf.add_page()
            done = "[x]" if question.asked else "[  ]"
            pdf.paragraph(f"{question.number}. {question.text}   {done} asked", size=9.5, bold=True)
            if question.note:
                pdf.paragraph(f"Answer/note: {short_note(question.note)}", size=8.5, indent=5)
            for _ in range(lines if not question.note else max(lines - 1, 0)):
                pdf.writing_line(indent=5)
            pdf.ln(2.5)

    if sheet.history_questions:
        pdf.heading("Questions about what I have tried", keep_with=question_height)
        for suggestion in sheet.history_questions:
            pdf.paragraph(f"• {suggestion}", size=BODY_SIZE, indent=2)
            for _ in range(min(lines, 1)):
                pdf.writing_line(indent=5)
            pdf.ln(1.5)

    if sheet.question_count() == 0:
        pdf.heading("Questions")
        pdf.paragraph("No questions chosen yet. Use the lines below.", size=9, color=MUTED)
        for _ in range(6):
            pdf.writing_line(indent=0)

    if sheet.sources:
        pdf.heading("Sources (from the app's catalog)", size=10)
        for number, cited in enumerate(sheet.sources, start=1):
            # Title and publisher in words; the web address is only the link's target (many are machine queries).
            pdf.paragraph(f"{number}. {citation(cited.source)}", size=SOURCE_SIZE, color=MUTED, link=cited.source.url)
            pdf.ln(0.7)

    return bytes(pdf.output())

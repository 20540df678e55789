"""The appointment sheet as plain text (light Markdown) to paste into a patient portal message.

Portal message boxes rarely render Markdown, so the text reads well as plain
text: headings are short lines, lists use "-" and numbers, nothing else.
"""

from __future__ import annotations

from trd.catalog.formats import label_in_sentence
from trd.render.sheet import AppointmentSheet


def _one_line(text: str) -> str:
    return " ".join(text.split())


def sheet_text(sheet: AppointmentSheet) -> str:
    """The whole sheet as text, notes in full."""
    lines = [f"Questions for my appointment ({sheet.made_on.isoformat()})", ""]
    # As on the PDF: what matters and what was tried first, where the reader starts.
    if sheet.what_matters:
        lines.append("What matters to me:")
        lines.extend(f"- {_one_line(line)}" for line in sheet.what_matters)
        lines.append("")
    if sheet.history:
        lines.append("What I have tried:")
        lines.extend(f"- {_one_line(entry)}" for entry in sheet.history)
        lines.append("")
    if sheet.options:
        lines.append("Options I am considering:")
        for option in sheet.options:
            facts = "; ".join(f"{label_in_sentence(label)}: {value}" for label, value in option.facts.items())
            lines.append(f"- {_one_line(option.name)} ({facts})")
            if option.clinic:
                lines.append(f"  At this clinic: {_one_line(option.clinic)}")
        lines.append(sheet.options_note)
        lines.append("")
    for section in sheet.sections:
        lines.append(f"{_one_line(section.title)}:")
        for question in section.questions:
            mark = " (asked)" if question.asked else ""
            lines.append(f"{question.number}. {_one_line(question.text)}{mark}")
            if question.note:
                lines.append(f"   Answer/note: {_one_line(question.note)}")
        lines.append("")
    if sheet.history_questions:
        lines.append("Questions about what I have tried:")
        lines.extend(f"- {_one_line(question)}" for question in sheet.history_questions)
        lines.append("")
    if sheet.question_count() == 0:
        lines.extend(["(No questions chosen yet.)", ""])
    lines.append(sheet.crisis)
    return "\n".join(lines).rstrip() + "\n"

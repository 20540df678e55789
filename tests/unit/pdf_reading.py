"""Read a PDF back as a person would see it: each piece of text with its page, type size and height on the page."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class PrintedText:
    """One run of text as drawn: its page (from 1), size in points, baseline height from the page's bottom (points)."""

    page: int
    size: float
    baseline: float
    text: str


def printed_text(pdf: bytes) -> list[PrintedText]:
    """Every non-blank run of text in ``pdf``, in drawing order, with its size as printed (font size times scale)."""
    found: list[PrintedText] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float, number: int = number) -> None:
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                found.append(PrintedText(number, round(size * scale, 2), tm[5] * cm[3] + cm[5], text))

        page.extract_text(visitor_text=visit)
    return found


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, whitespace (no-break spaces too) folded to single spaces."""
    return [" ".join((page.extract_text() or "").replace("\u00a0", " ").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def link_targets(pdf: bytes) -> list[str]:
    """The web addresses of the clickable links, page by page."""
    targets = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets

"""The app's colours and marker shapes, defined once for Plotly, the PDFs and the HTML table.

Okabe-Ito colours are told apart with the common kinds of colour blindness;
black is swapped for grey so marks show on a dark background too. Every
colour used for a category or an option goes with a marker shape, so nothing
depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from trd.catalog.models import Category, FdaStatus

# Okabe-Ito, in an order that keeps neighbours far apart; grey stands in for black.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "star", "hexagon", "triangle-down", "pentagon")

CATEGORY_COLORS: Mapping[Category, str] = MappingProxyType(dict(zip(Category, OKABE_ITO, strict=True)))
CATEGORY_SYMBOLS: Mapping[Category, str] = MappingProxyType(dict(zip(Category, SYMBOLS, strict=True)))

# Okabe-Ito as well; the order also tells them apart in greyscale.
FDA_STATUS_COLORS: Mapping[FdaStatus, str] = MappingProxyType(
    {
        FdaStatus.APPROVED: "#0072B2",
        FdaStatus.CLEARED: "#56B4E9",
        FdaStatus.OFF_LABEL: "#E69F00",
        FdaStatus.UNDER_REVIEW: "#CC79A7",
        FdaStatus.INVESTIGATIONAL: "#D55E00",
        FdaStatus.NOT_APPLICABLE: "#A0A0A0",
    }
)

HIGHLIGHT = "#E69F00"  # marks a comparison row whose options differ
OUTLINE = "#777777"  # thin edges of bars, markers and tiles
NEUTRAL = "#888888"  # rings around picked options, arrows
GRID = "rgba(128,128,128,0.25)"
ZERO_LINE = "rgba(128,128,128,0.5)"
TRANSPARENT = "rgba(0,0,0,0)"  # chart backgrounds: the Streamlit theme shows through

# The pathway picture: white text on these meets WCAG AA (4.5:1) at its 15 px size.
PATHWAY_STEP = "#31688E"
PATHWAY_ALONGSIDE = "#35846B"

# Printed pages: near-black text, grey notes, a light fill for table headings.
PRINT_INK = "#141414"
PRINT_MUTED = "#555555"
PRINT_HEADING_FILL = "#E8ECF0"
PRINT_RULE = "#AAAAAA"
PRINT_CRISIS_FILL = "#F5EBEB"  # the crisis box on the appointment sheet
PRINT_PAPER = "#FFFFFF"


def rgb(color: str) -> tuple[int, int, int]:
    """A ``#RRGGBB`` colour as the (red, green, blue) numbers fpdf2 takes."""
    hex_digits = color.lstrip("#")
    return int(hex_digits[0:2], 16), int(hex_digits[2:4], 16), int(hex_digits[4:6], 16)


def option_color(index: int) -> str:
    """The colour of the ``index``-th picked option (0-based), the same in every chart."""
    return OKABE_ITO[index % len(OKABE_ITO)]


def option_symbol(index: int) -> str:
    """The marker shape of the ``index``-th picked option."""
    return SYMBOLS[index % len(SYMBOLS)]

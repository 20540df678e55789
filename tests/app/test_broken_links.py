"""Broken links open the page with a plain note, never an exception.

A link can come from anyone: a typo, an old bookmark, a clinic's email cut in
half, or someone poking at the app. Unknown ids, numbers that are not numbers
(or are NaN, infinite, negative, huge), 10,000-character values and settings
the app does not use must all open the page, apply what can be applied, and
say what was left out in a note of readable length.
"""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.harness import APP_PATH, browser_answers
from trd.catalog.loader import load_catalog
from trd.logic.limits import DEFAULT_TRAVEL_MINUTES, MAX_SEARCH_LENGTH

TOTAL = len(load_catalog().treatments)
COMPARE = "app_pages/compare.py"
LONG = "x" * 10_000
LINK_NOTE = "Part of this link could not be used"
PICK_NOTE = "not in this catalog"


def opened(page: str, query: dict[str, str]) -> AppTest:
    """The app after a first visit straight to ``page`` with the link's ``query`` (as a browser opening the link)."""
    at = browser_answers(AppTest.from_file(APP_PATH, default_timeout=60))
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert "988" in " ".join(block.value for block in at.markdown), "the page did not draw its notice"
    return at


def notes(at: AppTest) -> str:
    """The page's notes as a person reads them (Markdown escapes removed)."""
    return re.sub(r"\\(.)", r"\1", "\n".join(info.value for info in at.info))


def explore_heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if h.value.endswith(" options"))


EXPLORE_LINKS = {
    "unknown ids": ({"pick": "no-such-thing,ssri,also-missing"}, PICK_NOTE),
    "nan onset": ({"onset": "nan"}, "'onset=nan' is not a number"),
    "infinite visits": ({"visits": "inf"}, "'visits=inf' is not a number"),
    "negative onset": ({"onset": "-7"}, "'onset=-7' is not a number"),
    "huge number": ({"onset": "1e309"}, "'onset=1e309' is not a number"),
    "hex number": ({"visits": "0x10"}, "'visits=0x10' is not a number"),
    "words for a flag": ({"trd": "maybe"}, "'trd=maybe' is not on or off"),
    "unknown level": ({"inv": "brain-surgery"}, "'inv=brain-surgery' is not a level"),
    "unknown place": ({"where": "moon"}, "'where=moon' is not a place"),
    "unknown categories": ({"cat": "medication,unicorns,,,"}, "categories this app does not know (unicorns)"),
    "unknown priority": ({"want": "cheap,fast-relief"}, "priorities this app does not know (cheap)"),
    "unknown view": ({"view": "<script>alert(1)</script>"}, "is not a view here"),
    "unknown settings": ({"utm_source": "mail", "fbclid": "abc"}, "settings this app does not use (utm_source, fbclid)"),
    "long search": ({"q": LONG}, f"longer than {MAX_SEARCH_LENGTH} characters"),
    "long number": ({"onset": "9" * 10_000}, "'onset=999"),
    "long category": ({"cat": LONG}, "categories this app does not know"),
    "long pick": ({"pick": LONG}, PICK_NOTE),
    "many picks": ({"pick": ",".join(f"id-{n}" for n in range(2_000))}, PICK_NOTE),
    "long unknown setting": ({LONG[:5_000]: LONG}, "settings this app does not use"),
}


@pytest.mark.parametrize("query,expected", EXPLORE_LINKS.values(), ids=EXPLORE_LINKS.keys())
def test_explore_opens_a_broken_link_with_a_note(query: dict[str, str], expected: str) -> None:
    at = opened("app_pages/explore.py", query)
    shown = notes(at)
    assert expected in shown, shown
    assert len(shown) < 1_000, "a long value from the link was echoed back in full"
    assert explore_heading(at).endswith(f"of {TOTAL} options")
    assert len(at.multiselect(key="explore_pick").value) <= 6


def test_explore_keeps_the_usable_part_of_a_broken_link() -> None:
    at = opened("app_pages/explore.py", {"where": "home", "onset": "soon", "pick": "ssri,nope,rtms", "q": LONG})
    assert at.radio(key="filters_where").value == "home"
    assert at.multiselect(key="explore_pick").value == ["ssri", "rtms"]
    assert at.text_input(key="filters_q").value == "x" * MAX_SEARCH_LENGTH
    assert explore_heading(at).startswith("0 of")  # no option is called 'xxxx...'
    assert LINK_NOTE in notes(at) and PICK_NOTE in notes(at)


def test_the_link_note_can_be_dismissed() -> None:
    at = opened("app_pages/explore.py", {"onset": "soon"})
    assert LINK_NOTE in notes(at)
    at.button(key="explore_link_notes_dismiss").click().run()
    assert not at.exception
    assert LINK_NOTE not in notes(at)


COMPARE_LINKS = {
    "unknown ids": ({"pick": "ssri,rtms,no-such-thing"}, PICK_NOTE, ["ssri", "rtms"]),
    "nan travel": ({"pick": "ssri,rtms", "travel": "NaN"}, "'travel=NaN' is not a number", ["ssri", "rtms"]),
    "negative travel": ({"pick": "ssri,rtms", "travel": "-30"}, "'travel=-30' is not a number", ["ssri", "rtms"]),
    "infinite travel": ({"pick": "ssri,rtms", "travel": "-inf"}, "'travel=-inf' is not a number", ["ssri", "rtms"]),
    "long travel": ({"pick": "ssri,rtms", "travel": "1" * 10_000}, "is not a number from 0 to 300", ["ssri", "rtms"]),
    "script layout": ({"pick": "ssri,rtms", "layout": "<img src=x onerror=alert(1)>"}, "is not a layout here", ["ssri", "rtms"]),
    "long same": ({"pick": "ssri,rtms", "same": LONG}, "is not a choice here", ["ssri", "rtms"]),
    "unknown settings": ({"pick": "ssri,rtms", "page": "2", "debug": "1"}, "settings this app does not use", ["ssri", "rtms"]),
    "repeated and too many ids": ({"pick": "ssri,ssri,rtms,ect,cbt,exercise,bupropion,esketamine,tms"}, None, None),
    "long pick": ({"pick": LONG}, PICK_NOTE, []),
    "only commas": ({"pick": ",,,,", "travel": ""}, "'travel=' is not a number", []),
}


@pytest.mark.parametrize("query,expected,picks", COMPARE_LINKS.values(), ids=COMPARE_LINKS.keys())
def test_compare_opens_a_broken_link_with_a_note(query: dict[str, str], expected: str | None, picks: list[str] | None) -> None:
    at = opened(COMPARE, query)
    shown = notes(at)
    if expected is not None:
        assert expected in shown, shown
    assert len(shown) < 1_000, "a long value from the link was echoed back in full"
    chosen = at.multiselect(key="compare_pick").value
    if picks is not None:
        assert chosen == picks
    assert len(chosen) == len(set(chosen)) <= 6
    if len(chosen) >= 2:
        assert at.number_input(key="compare_travel").value in (DEFAULT_TRAVEL_MINUTES, 0, 300)
    else:
        assert "Pick at least two options" in shown


def test_compare_with_too_many_picks_keeps_the_first_six_without_repeats_and_says_so() -> None:
    at = opened(COMPARE, {"pick": "ssri,ssri,rtms,ect,cbt,exercise,bupropion,esketamine"})
    assert at.multiselect(key="compare_pick").value == ["ssri", "rtms", "ect", "cbt", "exercise", "bupropion"]
    assert "The link picks 7 options and up to 6 can be compared, so these were left out: Esketamine nasal spray." in notes(at)


QUESTIONS = "app_pages/questions.py"


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize(
    "query,kept",
    [
        ({"pick": "esketamine,no-such-thing"}, ["esketamine"]),
        ({"pick": LONG}, []),
        ({"pick": ",".join(["rtms"] * 50 + [f"id-{n}" for n in range(500)])}, ["rtms"]),
        ({"pick": "ssri", "present": "maybe", "zzz": LONG}, ["ssri"]),
    ],
    ids=["unknown id", "long pick", "repeats and many ids", "unknown settings"],
)
def test_questions_opens_a_broken_link(query: dict[str, str], kept: list[str]) -> None:
    at = opened(QUESTIONS, query)
    assert at.multiselect(key="questions_options").value == kept
    assert at.title[0].value == "Questions for your appointment"
    assert len(notes(at)) < 1_000


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize(
    "query,presenting",
    [
        ({"present": "1", "pick": "no-such-thing,also-not"}, True),
        ({"present": "1", "pick": LONG}, True),
        ({"present": "1", "pick": "ssri,rtms", "slide": "-99"}, True),
        ({"present": LONG, "pick": "ssri,rtms"}, False),
        ({"present": "yes"}, False),
        ({"present": "<script>alert(1)</script>"}, False),
    ],
    ids=["unknown ids", "long pick", "unknown slide", "long flag", "word flag", "script flag"],
)
def test_presentation_flag_in_a_broken_link_opens_cleanly(query: dict[str, str], presenting: bool) -> None:
    at = opened("app_pages/explore.py", query)
    shows_presenter = any(button.key == "present_exit" for button in at.button)
    assert shows_presenter is presenting
    if presenting:
        assert any(button.key == "present_next" for button in at.button)
    else:
        assert explore_heading(at).endswith(f"of {TOTAL} options")

"""Every control can be reached and used with the keyboard alone (no mouse, no clicks): Explore, Compare, Questions."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from components.checklist_editor import item_key, question_box_key
from components.comparison_table import comparison_card_key
from components.values_step import TRIALS_KEY, VALUES_KEY, weight_key
from testing_support.locate import locate
from testing_support.waits import open_page, rerun_after
from trd.logic.checklist import bank_item_id
from trd.logic.ranking import WEIGHT_LABELS, Priority, Weight

# The widget key of the focused element (its nearest .st-key-* ancestor) and its tag.
FOCUSED = """() => {
    let element = document.activeElement;
    const tag = element ? element.tagName : '';
    while (element && element !== document.body) {
        const key = [...element.classList].find(name => name.startsWith('st-key-'));
        if (key) return [key.slice(7), tag];
        element = element.parentElement;
    }
    return ['', tag];
}"""
FILTERS_IN_ORDER = [
    "filters_q",
    "filters_cat",
    "filters_trd",
    "filters_fda",
    "filters_inv",
    "filters_anes",
    "filters_where",
    "filters_onset",
    "filters_visits",
]
MAX_TABS = 60
# The first question about esketamine: its tick box, and its row's "asked" box and note on the list.
TICK = question_box_key("qb", "onset-first-change", "esketamine")
ASKED = item_key("ql", "asked", bank_item_id("onset-first-change", "esketamine"))
NOTE = item_key("ql", "note", bank_item_id("onset-first-change", "esketamine"))


def focused(page: Page) -> tuple[str, str]:
    key, tag = page.evaluate(FOCUSED)
    return str(key), str(tag)


def tab_to(page: Page, key: str, tag: str = "INPUT") -> None:
    """Press Tab until the control ``key`` has the focus (fails if it never does)."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused(page) == (key, tag):
            return
    raise AssertionError(f"Tab never reached {key} ({tag}); focus ended on {focused(page)}")


def remaining(page: Page) -> int:
    heading = page.get_by_role("heading", name=re.compile(r"^\d+ of \d+ options$"))
    return int(heading.inner_text().split(" of ")[0])


def test_tab_reaches_every_filter_then_the_priorities_and_the_pick_box_in_order(page: Page, app_url: str) -> None:
    open_page(page, app_url)
    order: list[str] = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        key, _tag = focused(page)
        if key and key not in order:
            order.append(key)
        if key == "explore_show":
            break
    expected = [*FILTERS_IN_ORDER, VALUES_KEY, TRIALS_KEY, "explore_pick", "explore_show"]
    assert [key for key in order if key in expected] == expected


def test_search_checkbox_radio_slider_pills_and_picks_work_from_the_keyboard(page: Page, app_url: str) -> None:
    open_page(page, app_url)
    everything = remaining(page)

    tab_to(page, "filters_q")
    page.keyboard.type("ketamine")
    with rerun_after(page):
        page.keyboard.press("Enter")
    searched = remaining(page)
    assert 0 < searched < everything
    assert "q=ketamine" in page.url

    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    with rerun_after(page):
        page.keyboard.press("Enter")
    assert remaining(page) == everything

    tab_to(page, "filters_trd")
    with rerun_after(page):
        page.keyboard.press("Space")
    expect(locate(page, "filters_trd").locator("input")).to_be_checked()
    only_trd = remaining(page)
    assert 0 < only_trd < everything
    with rerun_after(page):
        page.keyboard.press("Space")
    assert remaining(page) == everything

    tab_to(page, "filters_inv")
    with rerun_after(page):
        page.keyboard.press("Home")  # the slider to its first stop: nothing that acts on the body
    assert "inv=none" in page.url
    assert remaining(page) < everything

    tab_to(page, "filters_where")
    with rerun_after(page):
        page.keyboard.press("ArrowDown")  # from 'Anywhere' to 'At home'
    assert "where=home" in page.url

    tab_to(page, VALUES_KEY, "SUMMARY")
    page.keyboard.press("Enter")  # opens the values step
    tab_to(page, weight_key(Priority.NO_ANESTHESIA), "BUTTON")  # one tab stop per value; arrows move inside it
    for _ in range(2):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("() => document.activeElement.textContent") == WEIGHT_LABELS[Weight.VERY]
    with rerun_after(page):
        page.keyboard.press("Enter")
    assert "want=no-anesthesia" in page.url

    # Typing a name and pressing Enter picks that option only (not every fuzzy match of the letters).
    tab_to(page, "explore_pick")
    for name in ("SSRI antidepressants", "Exercise"):
        page.keyboard.type(name)
        with rerun_after(page):
            page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page.get_by_role("link", name="Compare the 2 picked options")).to_be_visible()
    assert re.search(r"pick=ssri(,|%2C)exercise", page.url)

    # The link to Compare is reachable and opens with Enter.
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if "Compare the 2 picked options" in page.evaluate("() => document.activeElement.textContent || ''"):
            break
    else:
        raise AssertionError("Tab never reached the link to Compare")
    with rerun_after(page):
        page.keyboard.press("Enter")
    assert "/compare" in page.url
    expect(page.locator("[data-testid=stPlotlyChart]")).to_have_count(3)


def test_compare_controls_and_a_chart_s_numbers_work_from_the_keyboard(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/compare?pick=ssri,rtms")
    # The measure first: its buttons follow the answers (remission is shown for these two); arrows move between them.
    tab_to(page, "compare_measure", "BUTTON")
    active = "() => document.activeElement.textContent.trim()"
    for _ in range(3):  # past the control's help button, to its choices
        if page.evaluate(active) in ("Response", "Remission"):
            break
        page.keyboard.press("Tab")
    if page.evaluate(active) == "Remission":
        page.keyboard.press("ArrowLeft")
    assert page.evaluate(active) == "Response"
    with rerun_after(page):
        page.keyboard.press("Enter")
    assert "measure=response" in page.url

    tab_to(page, "compare_travel")
    page.keyboard.press("Control+A")
    page.keyboard.type("60")
    with rerun_after(page):
        page.keyboard.press("Enter")
    expect(page.get_by_text("with 60 minutes of travel each way").first).to_be_visible()

    # The text alternative of a chart opens from the keyboard too.
    tab_to(page, "chart_onset_numbers_open", "SUMMARY")
    with rerun_after(page):
        page.keyboard.press("Enter")
    expect(locate(page, "chart_onset").locator("[data-testid=stDataFrame]")).to_be_visible()

    # The folded details open from the keyboard, and their settings work there.
    tab_to(page, "compare_details_open", "SUMMARY")
    with rerun_after(page):
        page.keyboard.press("Enter")
    expect(page.get_by_text("that are the same for every option are hidden")).to_be_visible()
    tab_to(page, "compare_layout", "BUTTON")
    page.keyboard.press("ArrowRight")  # from 'Columns' to 'One card per option'
    with rerun_after(page):
        page.keyboard.press("Enter")
    expect(locate(page, comparison_card_key("comparison", "rtms"))).to_be_visible()
    tab_to(page, "compare_hide_same")
    with rerun_after(page):
        page.keyboard.press("Space")
    expect(page.get_by_text("that are the same for every option are hidden")).to_have_count(0)


def test_questions_tick_switch_tab_mark_asked_and_note_from_the_keyboard(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/questions?pick=esketamine")
    tab_to(page, TICK)
    with rerun_after(page):
        page.keyboard.press("Space")
    expect(locate(page, TICK).locator("input")).to_be_checked()

    # Back to the tabs, then the arrow key opens the next one.
    for _ in range(MAX_TABS):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("() => document.activeElement.getAttribute('role')") == "tab":
            break
    else:
        raise AssertionError("Shift+Tab never reached the tabs")
    with rerun_after(page):  # the page runs again to draw the tab just opened
        page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="My list")).to_have_attribute("aria-selected", "true")

    tab_to(page, ASKED)
    with rerun_after(page):
        page.keyboard.press("Space")
    expect(locate(page, ASKED).locator("input")).to_be_checked()
    tab_to(page, NOTE, "TEXTAREA")
    page.keyboard.type("Ask who drives me home")
    with rerun_after(page):
        page.keyboard.press("Tab")  # leaving the box saves the note
    open_page(page, page.url)  # a reload: the note and the tick come back from this browser's copy
    with rerun_after(page):
        page.get_by_role("tab", name=re.compile(r"^My list")).click()
    expect(locate(page, NOTE).locator("textarea")).to_have_value("Ask who drives me home")
    expect(locate(page, ASKED).locator("input")).to_be_checked()

"""A presenter steps through a comparison on a 1920x1080 screen: large type, no navigation, one screen each."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from components.safety_notice import SAFETY_NOTICE_KEY
from testing_support.locate import key_selector, locate
from testing_support.waits import open_page, wait_for_app

FULL_HD = {"width": 1920, "height": 1080}


def next_slide(page: Page) -> None:
    locate(page, "present_next").locator("button").click()
    wait_for_app(page)


def fits_on_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).last.bounding_box()
    return box is not None and box["y"] + box["height"] <= FULL_HD["height"]


def test_presenter_steps_through_a_comparison_at_full_hd(page: Page, app_url: str) -> None:
    page.set_viewport_size(FULL_HD)
    open_page(page, f"{app_url}/?present=1&pick=esketamine,rtms,cbt")

    # No navigation or sidebar; the crisis line stays.
    expect(page.locator("[data-testid=stSidebar]")).to_have_count(0)
    expect(locate(page, "present_toggle")).to_have_count(0)
    expect(locate(page, SAFETY_NOTICE_KEY)).to_contain_text("988")

    slide = locate(page, "presenter")
    expect(slide.locator("h1")).to_have_text("Esketamine nasal spray")
    size = locate(page, "presenter_slide_option").locator("p").first.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    assert size >= 24, f"body text is {size}px; too small to read across a room"
    assert fits_on_screen(page, f"{key_selector('presenter_facts')} table")
    page.screenshot(path="artifacts/present-1-option.png")

    next_slide(page)
    next_slide(page)
    next_slide(page)
    expect(slide.locator("h1")).to_have_text("Side by side: 3 options")
    table = locate(page, "presenter_slide_comparison").locator("table")
    expect(table.locator("th")).to_contain_text(
        ["", "Esketamine nasal spray", "Repetitive transcranial magnetic stimulation (rTMS)", "Cognitive behavioural therapy (CBT)"]
    )
    expect(table).to_contain_text("First benefit")
    assert fits_on_screen(page, f"{key_selector('presenter_slide_comparison')} table")
    page.screenshot(path="artifacts/present-2-comparison.png")

    next_slide(page)
    expect(slide.locator("h1")).to_have_text("When a first change may come")
    expect(locate(page, "presenter_slide_chart").locator(".js-plotly-plot")).to_have_count(1)
    assert fits_on_screen(page, f"{key_selector('presenter_slide_chart')} .js-plotly-plot")
    page.screenshot(path="artifacts/present-3-chart.png")

    locate(page, "present_exit").locator("button").click()
    wait_for_app(page)
    expect(locate(page, "present_toggle")).to_have_count(1)
    expect(locate(page, "presenter")).to_have_count(0)

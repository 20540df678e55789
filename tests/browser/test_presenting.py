"""A presenter steps through a comparison on a 1920x1080 screen: large type, no navigation, one screen each."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from testing_support.waits import open_page, wait_for_app

FULL_HD = {"width": 1920, "height": 1080}


def next_slide(page: Page) -> None:
    page.locator(".st-key-present_next button").click()
    wait_for_app(page)


def fits_on_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).last.bounding_box()
    return box is not None and box["y"] + box["height"] <= FULL_HD["height"]


def test_presenter_steps_through_a_comparison_at_full_hd(page: Page, app_url: str) -> None:
    page.set_viewport_size(FULL_HD)
    open_page(page, f"{app_url}/?present=1&pick=esketamine,rtms,cbt")

    # No navigation or sidebar; the crisis line stays.
    expect(page.locator("[data-testid=stSidebar]")).to_have_count(0)
    expect(page.locator(".st-key-present_toggle")).to_have_count(0)
    expect(page.locator(".st-key-safety_notice")).to_contain_text("988")

    slide = page.locator(".st-key-presenter")
    expect(slide.locator("h1")).to_have_text("Esketamine nasal spray")
    size = page.locator(".st-key-presenter_slide_option p").first.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
    assert size >= 24, f"body text is {size}px; too small to read across a room"
    assert fits_on_screen(page, ".st-key-presenter_facts table")
    page.screenshot(path="artifacts/present-1-option.png")

    next_slide(page)
    next_slide(page)
    next_slide(page)
    expect(slide.locator("h1")).to_have_text("Side by side: 3 options")
    table = page.locator(".st-key-presenter_slide_comparison table")
    expect(table.locator("th")).to_contain_text(
        ["", "Esketamine nasal spray", "Repetitive transcranial magnetic stimulation (rTMS)", "Cognitive behavioural therapy (CBT)"]
    )
    expect(table).to_contain_text("First change")
    assert fits_on_screen(page, ".st-key-presenter_slide_comparison table")
    page.screenshot(path="artifacts/present-2-comparison.png")

    next_slide(page)
    expect(slide.locator("h1")).to_have_text("When a first change may come")
    expect(page.locator(".st-key-presenter_slide_chart .js-plotly-plot")).to_have_count(1)
    assert fits_on_screen(page, ".st-key-presenter_slide_chart .js-plotly-plot")
    page.screenshot(path="artifacts/present-3-chart.png")

    page.locator(".st-key-present_exit button").click()
    wait_for_app(page)
    expect(page.locator(".st-key-present_toggle")).to_have_count(1)
    expect(page.locator(".st-key-presenter")).to_have_count(0)

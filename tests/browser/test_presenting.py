"""A presenter steps through a comparison on a screen or projector: large type, no navigation, one screen each.

The slides are walked at 1920x1080 and 1366x768 (a common laptop and projector size): nothing on any
slide needs scrolling, the text is at least 20 px and dark enough (or light enough, in dark mode) to
read across a room, and a presenter's clicker (arrows, Page Up, Page Down, space) moves the slides.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from components.presenter import NEXT_KEY
from components.safety_notice import SAFETY_NOTICE_KEY
from testing_support.locate import key_selector, locate
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.waits import open_page, rerun_after, wait_for_app

FULL_HD: ViewportSize = {"width": 1920, "height": 1080}
LAPTOP: ViewportSize = {"width": 1366, "height": 768}
# Six picks with the longest names, study groups and notes in the catalog: the hardest slides to fit.
LONGEST_PICKS = "maoi,ecot-as,cbasp,lumateperone,exercise,accelerated-tms"
SMALLEST_TEXT_PX = 20
LEAST_CONTRAST = 4.5

# Every piece of text on the slide, HTML and chart alike: its size, its contrast with the page, and
# whether it pokes out of the screen. The slide counter and buttons are controls, not slide text.
_SLIDE_TEXT = """(selector) => {
    const channel = (value) => { value /= 255; return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4; };
    const luminance = (color) => {
        const [r, g, b] = color.match(/[\\d.]+/g).map(Number);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const page = getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor;
    const texts = [];
    for (const node of document.querySelectorAll(selector + ' *')) {
        const own = [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim());
        const box = node.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0) continue;
        const style = getComputedStyle(node);
        const ink = node instanceof SVGElement ? style.fill : style.color;
        texts.push({
            text: node.textContent.trim().slice(0, 40),
            size: parseFloat(style.fontSize),
            contrast: contrast(ink, page),
        });
    }
    return texts;
}"""
_SCROLLS = """() => {
    const main = document.querySelector('[data-testid=stMain]');
    return {down: main.scrollHeight - main.clientHeight, across: main.scrollWidth - main.clientWidth};
}"""


def slide_number(page: Page) -> tuple[int, int]:
    """(this slide, how many), from the counter between the buttons."""
    found = re.search(r"Slide (\d+) of (\d+)", locate(page, "present_bar").inner_text())
    assert found, locate(page, "present_bar").inner_text()
    return int(found[1]), int(found[2])


def next_slide(page: Page) -> None:
    with rerun_after(page):
        locate(page, NEXT_KEY).locator("button").click()


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
    assert size >= SMALLEST_TEXT_PX, f"body text is {size}px; too small to read across a room"
    assert fits_on_screen(page, f"{key_selector('presenter_facts')} table")
    page.screenshot(path="artifacts/present-1-option.png")

    for _ in range(3):
        next_slide(page)
    expect(slide.locator("h1")).to_have_text("Side by side: 3 options")
    table = locate(page, "presenter_slide_comparison").locator("table")
    expect(table.locator("th")).to_contain_text(
        ["", "Esketamine nasal spray", "Repetitive transcranial magnetic stimulation (rTMS)", "Cognitive behavioural therapy (CBT)"]
    )
    expect(table).to_contain_text("First benefit")
    page.screenshot(path="artifacts/present-2-comparison.png")

    next_slide(page)
    expect(slide.locator("h1")).to_have_text("How many improve, out of 100 (1 of 2)")
    outcomes = locate(page, "presenter_slide_outcomes")
    expect(outcomes).to_contain_text("69 out of 100 with this option; 52 out of 100 with a placebo")
    expect(outcomes).to_contain_text("People with TRD")
    expect(outcomes).to_contain_text("not a head-to-head test")
    page.screenshot(path="artifacts/present-3-outcomes.png")

    next_slide(page)
    next_slide(page)
    expect(slide.locator("h1")).to_have_text("Side effects, out of 100")
    expect(locate(page, "presenter_slide_side-effects")).to_contain_text("Nausea: 28 out of 100 (9 out of 100 in the comparison group)")
    expect(locate(page, "presenter_slide_side-effects")).to_contain_text("No side-effect rates given.")  # rTMS
    page.screenshot(path="artifacts/present-4-side-effects.png")

    next_slide(page)
    expect(slide.locator("h1")).to_have_text("When a first change may come")
    expect(locate(page, "presenter_slide_chart").locator(".js-plotly-plot")).to_have_count(1)
    assert fits_on_screen(page, f"{key_selector('presenter_slide_chart')} .js-plotly-plot")
    page.screenshot(path="artifacts/present-5-chart.png")

    locate(page, "present_exit").locator("button").click()
    wait_for_app(page)
    expect(locate(page, "present_toggle")).to_have_count(1)
    expect(locate(page, "presenter")).to_have_count(0)


@pytest.mark.parametrize(
    ("key", "step"),
    [("ArrowRight", 1), ("PageDown", 1), ("Space", 1), ("ArrowLeft", -1), ("PageUp", -1)],
)
def test_a_clicker_key_moves_one_slide(page: Page, app_url: str, key: str, step: int) -> None:
    open_page(page, f"{app_url}/?present=1&pick=esketamine,rtms")
    next_slide(page)
    assert slide_number(page)[0] == 2
    with rerun_after(page):
        page.keyboard.press(key)
    assert slide_number(page)[0] == 2 + step


def test_keys_typed_into_a_field_do_not_move_the_slides(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/?present=1&pick=esketamine,rtms")
    # The presenter has no text field of its own; one is added to stand for any field on the page.
    page.evaluate(
        "() => document.querySelector('.st-key-presenter').prepend(Object.assign(document.createElement('input'), {id: 'typing'}))"
    )
    page.locator("#typing").click()
    for key in ("ArrowRight", "Space", "PageDown", "ArrowRight", "PageUp", "ArrowLeft"):
        page.keyboard.press(key)
    page.keyboard.type("next slide please")
    # The field got every key: the space, and Page Up took the caret back to the start.
    expect(page.locator("#typing")).to_have_value("next slide please ")
    # A click on Next makes a run; a slide change from any key above would have run before it.
    next_slide(page)
    assert slide_number(page)[0] == 2


@pytest.mark.parametrize(("viewport", "scheme"), [(FULL_HD, "dark"), (LAPTOP, "light")], ids=["1920x1080-dark", "1366x768-light"])
def test_every_slide_fits_the_screen_in_type_a_room_can_read(
    browser: Browser, app_url: str, watch: PageWatch, viewport: ViewportSize, scheme: str
) -> None:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    watch.attach(context)
    watch_runs(context)
    size = f"{viewport['width']}x{viewport['height']}"
    try:
        page = context.new_page()
        open_page(page, f"{app_url}/?present=1&pick={LONGEST_PICKS}")
        number, count = slide_number(page)
        assert count == 16  # 6 options, then 2 comparison, 3 outcome, 2 side-effect and 3 chart slides
        kinds = set()
        while True:
            slide = page.locator("[class*='st-key-presenter_slide_']")
            kind = (slide.get_attribute("class") or "").split("st-key-presenter_slide_")[1].split()[0]
            kinds.add(kind)
            if slide.locator("[data-testid=stPlotlyChart]").count():
                expect(slide.locator(".main-svg").first).to_be_visible(timeout=20_000)
            title = slide.locator("h1").inner_text()
            scrolls = page.evaluate(_SCROLLS)
            assert scrolls == {"down": 0, "across": 0}, f"slide {number} ({title}) scrolls at {size}: {scrolls}"
            box = locate(page, "presenter").bounding_box()
            assert box and box["y"] + box["height"] <= viewport["height"] and box["x"] + box["width"] <= viewport["width"], title
            for text in page.evaluate(_SLIDE_TEXT, "[class*='st-key-presenter_slide_']"):
                assert text["size"] >= SMALLEST_TEXT_PX, f"slide {number} ({title}): {text}"
                assert text["contrast"] >= LEAST_CONTRAST, f"slide {number} ({title}): {text}"
            page.screenshot(path=f"artifacts/present-{size}-{scheme}-{number:02d}-{kind}.png")
            if number == count:
                break
            next_slide(page)
            number = slide_number(page)[0]
        assert kinds == {"option", "comparison", "outcomes", "side-effects", "chart"}
    finally:
        context.close()
    assert watch.console_errors == [] and watch.foreign_requests == []

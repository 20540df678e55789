"""The load journey in a real browser: one headless Chromium, one browser context (a person) per session.

Each action is timed in the page: from the browser's input event (the click or key press) to the
first frame drawn after the server's "script finished" message for the rerun it started, that is
until the rerun has ended and its result is on screen. On a two-core machine the browser (ten
pages drawing charts) shares the cores with the server, so these figures include drawing time.
"""

from __future__ import annotations

import sys
from typing import Any

from playwright.async_api import Browser, Page, Playwright, async_playwright

from bench.journey import PICK_NAMES, Pause, Timings
from testing_support.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP
from testing_support.locate import key_selector
from testing_support.paths import ARTIFACTS
from testing_support.run_watch import RUN_END_HOOK
from testing_support.waits import APP_NOT_RUNNING, NOTICE, SKELETON

ACTION_TIMEOUT_MS = 90_000

# Installed before each action: the time of the next input event, and how many runs had ended by then.
ARM = """() => {
    window.__load = {input: null, endsBefore: window.__runEnds.length};
    const onInput = (event) => { if (window.__load.input === null) window.__load.input = event.timeStamp; };
    for (const kind of ['pointerdown', 'keydown']) document.addEventListener(kind, onInput, {capture: true, once: true});
}"""
DONE = "() => window.__load.input !== null && window.__runEnds.length > window.__load.endsBefore"
ELAPSED = "() => window.__runEnds[window.__load.endsBefore] - window.__load.input"


async def timed(page: Page, timings: Timings, action: str, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` (a coroutine function doing one widget action) and record how long its rerun took."""
    await page.evaluate(ARM)
    await act()
    try:
        await page.wait_for_function(DONE, timeout=ACTION_TIMEOUT_MS)
    except Exception:
        await page.screenshot(path=str(ARTIFACTS / "load-stuck.png"))
        print(f"stuck after '{action}': {await page.evaluate('() => window.__load')}", file=sys.stderr)
        raise
    timings.add(action, float(await page.evaluate(ELAPSED)))
    await page.wait_for_selector(APP_NOT_RUNNING, timeout=ACTION_TIMEOUT_MS)
    await page.wait_for_selector(SKELETON, state="detached", timeout=ACTION_TIMEOUT_MS)


async def open_app(browser: Browser, url: str) -> Page:
    context = await browser.new_context(viewport=DESKTOP)
    await context.add_init_script(RUN_END_HOOK)
    page = await context.new_page()
    page.set_default_timeout(ACTION_TIMEOUT_MS)
    await page.goto(url)
    await page.wait_for_selector(NOTICE)
    await page.wait_for_selector(APP_NOT_RUNNING)
    await page.wait_for_selector(f"{key_selector('explore_pick')} input")
    return page


async def journey_round(page: Page, timings: Timings, pause: Pause) -> None:
    """One round of the journey; the page starts and ends on Explore with nothing picked."""
    anesthesia = page.locator(key_selector("filters_anes")).get_by_text("Leave out options that need anesthesia")
    await pause()
    await timed(page, timings, "filter", anesthesia.click)

    pick_box = page.locator(f"{key_selector('explore_pick')} input")
    for name in PICK_NAMES:
        await pause()
        await pick_box.click()
        await pick_box.fill(name)
        await page.get_by_role("option", name=name, exact=True).wait_for()  # the list has caught up with the typing

        async def press_enter() -> None:
            await pick_box.press("Enter")

        await timed(page, timings, "pick", press_enter)
    await page.keyboard.press("Escape")

    to_compare = page.get_by_role("link", name=f"Compare the {len(PICK_NAMES)} picked options")
    await pause()
    await timed(page, timings, "open compare", to_compare.click)
    await page.wait_for_selector(f"{key_selector('compare_travel')} input")

    travel = page.locator(f"{key_selector('compare_travel')} input")
    await pause()
    current = await travel.input_value()
    await travel.fill("60" if current != "60" else "45")  # always a change, so always a rerun

    async def press_travel_enter() -> None:
        await travel.press("Enter")

    await timed(page, timings, "travel time", press_travel_enter)

    to_explore = page.get_by_role("link", name="Explore")
    await pause()
    await timed(page, timings, "back to explore", to_explore.first.click)
    await page.wait_for_selector(f"{key_selector('explore_pick')} input")

    for _ in PICK_NAMES:
        await pause()
        await pick_box.click()

        async def press_backspace() -> None:
            await pick_box.press("Backspace")

        await timed(page, timings, "unpick", press_backspace)
    await page.keyboard.press("Escape")
    await page.get_by_text("0 picked.", exact=False).wait_for()  # back where the round started


class BrowserDriver:
    """One headless Chromium for the whole run; each session is a fresh browser context."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._manager: Any = None

    async def __aenter__(self) -> BrowserDriver:
        self._manager = async_playwright()
        self._playwright = await self._manager.__aenter__()
        self._browser = await self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._browser is not None:
            await self._browser.close()
        await self._manager.__aexit__(None, None, None)

    async def open_session(self, url: str) -> Page:
        assert self._browser is not None, "use the driver in 'async with'"
        return await open_app(self._browser, url)

    async def journey_round(self, session: Page, timings: Timings, pause: Pause) -> None:
        await journey_round(session, timings, pause)

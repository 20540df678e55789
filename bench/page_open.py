"""Benchmark: a click in the navigation to the page at rest, for every page, against a bare Streamlit page.

Usage, from the repository root: python -m bench.page_open [--rounds 5] [--app-port 8521] [--bare-port 8522]

Method, all in one run, in Debian's headless Chromium (what a person's browser does, drawing included):
  - Two servers: the app (``streamlit run app.py``, its own config) and a bare Streamlit app with a
    top navigation of two pages and the kinds of elements the app uses
    (``testing_support/apps/bare_widgets.py``), both started from the repository root.
  - Each round opens a fresh browser context (a new session, empty localStorage, as a first visit)
    on the app's first page (Explore, not timed), then clicks the navigation links in turn:
    Compare (nothing picked), Questions, Learn, About, Explore, and Questions again (its second visit
    in the session, for information). For the bare app, a fresh context clicks "Two", "One", "Two".
  - A click is timed inside the page (``performance.now()``) from the click to the first frame in
    which the page is at rest: the server has reported a run finished since the click, no run is
    going, no skeleton is left, the page's title is drawn, and the page's own sign of being complete
    is there (Questions: "kept in this browser only", after it has read this browser's notes; Learn:
    the pathway drawing). "At rest" must then hold for a second with no new run, else the wait goes
    on and the time is taken again.
  - Rounds alternate between the bare app and the app, so a busy moment of the machine falls on both.

Prints the median and lowest time per page, the runs each click caused, and the ratios to the bare
page and to Compare with nothing picked (the issue's target: Questions and Learn within 3x Compare).
Not part of pytest.
"""

from __future__ import annotations

import argparse
import statistics
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page, sync_playwright

from bench.run_stamp import run_stamp
from testing_support.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP
from testing_support.paths import BARE_WIDGETS_APP
from testing_support.run_watch import watch_runs
from testing_support.server import streamlit_server
from testing_support.waits import APP_CONNECTED, APP_NOT_RUNNING, SKELETON

QUIET_MS = 1000


@dataclass(frozen=True)
class Stop:
    """One click: the navigation link's text and how to know its page is complete."""

    name: str
    link: str
    title: str
    complete: str = ""  # a CSS selector that must be there
    complete_text: str = ""  # ... and hold this text


COMPARE = Stop("Compare, nothing picked", "Compare", "Compare side by side")
QUESTIONS = Stop(
    "Questions", "Questions", "Questions for your appointment", ".st-key-questions_storage_status", "kept in this browser only"
)
APP_STOPS = (
    COMPARE,
    QUESTIONS,
    Stop("Learn", "Learn", "Learn", ".st-key-pathway .trd-pathway, .st-key-pathway .main-svg"),  # the drawing (before: Plotly's)
    Stop("About", "About", "About this app"),
    Stop("Explore", "Explore", "Explore the options"),
    Stop("Questions, again in the session", "Questions", "Questions for your appointment", QUESTIONS.complete, QUESTIONS.complete_text),
)
BARE = Stop("bare Streamlit page", "Two", "Title")
BARE_STOPS = (BARE, Stop(BARE.name, "One", "Title"), BARE)

# Click the link and wait, inside the page, for the first frame at rest that stays at rest for QUIET_MS.
_CLICK_AND_TIME = """async ({link, title, complete, completeText, quietMs}) => {
    const before = window.__runEnds.length;
    const anchor = [...document.querySelectorAll('[data-testid=stTopNavLink]')].find((a) => a.textContent.trim().endsWith(link));
    if (!anchor) throw new Error('no navigation link ' + link);
    const clickedAt = performance.now();
    anchor.click();
    const atRest = () => {
        if (window.__runEnds.length <= before) return false;
        if (document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state') !== 'notRunning') return false;
        if (document.querySelector('[data-testid=stSkeleton]')) return false;
        if (![...document.querySelectorAll('h1')].some((h) => h.textContent.includes(title))) return false;
        if (complete) {
            const found = document.querySelector(complete);
            if (!found || (completeText && !found.textContent.includes(completeText))) return false;
        }
        return true;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const deadline = clickedAt + 60000;
    let restedAt = null, runsAtRest = 0;
    for (;;) {
        const now = await frame();
        if (now > deadline) throw new Error('page ' + link + ' did not come to rest in 60 s');
        if (!atRest()) { restedAt = null; continue; }
        if (restedAt === null || window.__runEnds.length !== runsAtRest) { restedAt = now; runsAtRest = window.__runEnds.length; continue; }
        if (now - restedAt >= quietMs) return {ms: restedAt - clickedAt, runs: runsAtRest - before};
    }
}"""


@dataclass
class Timings:
    ms: list[float] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)


def click_and_time(page: Page, stop: Stop) -> tuple[float, int]:
    """Milliseconds from the click on ``stop``'s link to its page at rest, and how many runs it took."""
    found = page.evaluate(
        _CLICK_AND_TIME,
        {"link": stop.link, "title": stop.title, "complete": stop.complete, "completeText": stop.complete_text, "quietMs": QUIET_MS},
    )
    return float(found["ms"]), int(found["runs"])


def one_round(browser: Browser, url: str, stops: tuple[Stop, ...], results: dict[str, Timings]) -> None:
    """A fresh session on ``url``'s first page, then a timed click to each of ``stops`` in turn."""
    context = browser.new_context(viewport=DESKTOP)
    watch_runs(context)
    try:
        page = context.new_page()
        page.goto(url)
        for selector in (APP_CONNECTED, "h1", APP_NOT_RUNNING):
            page.wait_for_selector(selector, timeout=60_000)
        page.wait_for_selector(SKELETON, state="detached", timeout=60_000)
        page.wait_for_timeout(QUIET_MS)  # a benchmark: let the first page's last run and drawing pass
        for stop in stops:
            ms, runs = click_and_time(page, stop)
            results.setdefault(stop.name, Timings()).ms.append(ms)
            results[stop.name].runs.append(runs)
    finally:
        context.close()


def report(results: dict[str, Timings]) -> None:
    bare = statistics.median(results[BARE.name].ms)
    compare = statistics.median(results[COMPARE.name].ms)
    print(f"{'page':34} {'median':>9} {'lowest':>9} {'runs':>6} {'x bare':>7} {'x Compare':>10}")
    for name, timings in results.items():
        median = statistics.median(timings.ms)
        runs = "/".join(str(count) for count in sorted(set(timings.runs)))
        print(f"{name:34} {median:7.0f}ms {min(timings.ms):7.0f}ms {runs:>6} {median / bare:6.2f}x {median / compare:9.2f}x")
    print("target: Questions and Learn at most 3x Compare with nothing picked")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--app-port", type=int, default=None, help="a free port unless given")
    parser.add_argument("--bare-port", type=int, default=None, help="a free port unless given")
    args = parser.parse_args()
    results: dict[str, Timings] = {}
    with run_stamp():
        with (
            streamlit_server(port=args.app_port) as app_url,
            streamlit_server(app=BARE_WIDGETS_APP, port=args.bare_port) as bare_url,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            one_round(browser, bare_url, BARE_STOPS, {})  # warm-up: the servers' first imports and caches
            one_round(browser, app_url, APP_STOPS, {})
            for _ in range(args.rounds):
                one_round(browser, bare_url, BARE_STOPS, results)
                one_round(browser, app_url, APP_STOPS, results)
            browser.close()
        report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

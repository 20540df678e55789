"""Benchmark: what a tab switch on Questions costs now that the open tab is kept on the server (one rerun).

Usage, from the repository root: python -m bench.tab_switch [--repeat 12]

Before, the Questions tabs switched in the browser alone; to survive the print view the open tab
is now a widget value, so each switch reruns the page. In one run, with one headless Chromium and
two servers started here, this times a switch from the click (the browser's input event) to the
first frame after the server's "script finished" message, as ``bench.load_browser`` does:
  - "bare": a bare Streamlit page with four keyed tabs that rerun on a switch
    (``testing_support/apps/bare_tabs.py``): the least any rerun costs on this machine.
  - "Questions": the Questions page with two options picked and four questions ticked, switching
    between its four tabs; and, for comparison, ticking a question (a rerun the page always had).
Prints the medians and the ratios; there is no target, the figures are for the record.

3 December 2026, commit b9f5a48+changes, busy machine (load average 11 to 16 on 2 cores): bare
175 ms, a Questions tab switch 1,070 ms (6.1x), a tick on Questions 3,547 ms (20.3x).
"""

from __future__ import annotations

import argparse
import statistics

from playwright.sync_api import Page, sync_playwright

from bench.load_browser import ARM, DONE, ELAPSED
from bench.run_stamp import run_stamp
from components.checklist_editor import question_box_key
from testing_support.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP
from testing_support.locate import locate
from testing_support.paths import ROOT
from testing_support.run_watch import RUN_END_HOOK
from testing_support.server import streamlit_server
from testing_support.waits import APP_NOT_RUNNING, wait_for_app, wait_for_settled

BARE_TABS_APP = ROOT / "testing_support" / "apps" / "bare_tabs.py"
TICKED = ("onset-first-change", "risks-common-serious", "cost-insurance", "location-driving")


def switch_times(page: Page, repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` tab switches, round the tabs after the first."""
    tabs = page.get_by_role("tab")
    count = tabs.count()
    times = []
    for index in range(repeat + 2):
        page.evaluate(ARM)
        tabs.nth((index + 1) % count).click()
        page.wait_for_function(DONE)
        if index >= 2:  # two warm-up switches
            times.append(float(page.evaluate(ELAPSED)))
        page.wait_for_selector(APP_NOT_RUNNING)
    return times


def tick_times(page: Page, repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` ticks and unticks of one question on Choose (any rerun of the page, for comparison)."""
    page.get_by_role("tab").first.click()
    page.wait_for_selector(APP_NOT_RUNNING)
    box = locate(page, question_box_key("qb", "duration-course", "esketamine")).locator("label")
    times = []
    for index in range(repeat + 2):
        page.evaluate(ARM)
        box.click()
        page.wait_for_function(DONE)
        if index >= 2:
            times.append(float(page.evaluate(ELAPSED)))
        page.wait_for_selector(APP_NOT_RUNNING)
    return times


def filled_questions(page: Page, url: str) -> None:
    page.goto(f"{url}/questions?pick=esketamine,rtms")
    wait_for_settled(page)
    for question in TICKED:
        page.evaluate(ARM)
        locate(page, question_box_key("qb", question, "esketamine")).locator("label").click()
        page.wait_for_function(DONE)
        wait_for_app(page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=12)
    args = parser.parse_args()
    with run_stamp(), sync_playwright() as playwright, streamlit_server() as app_url, streamlit_server(app=BARE_TABS_APP) as bare_url:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pages = {}
        for name, url in (("bare", bare_url), ("Questions", app_url)):
            context = browser.new_context(viewport=DESKTOP)
            context.add_init_script(RUN_END_HOOK)
            page = context.new_page()
            if name == "bare":
                page.goto(url)
                page.wait_for_selector(APP_NOT_RUNNING)
                page.get_by_role("tab").first.wait_for()
            else:
                filled_questions(page, url)
            pages[name] = page
        times: dict[str, list[float]] = {"bare": [], "Questions": [], "tick": []}
        for _ in range(3):  # alternate, so all see the same machine load
            for name, page in pages.items():
                times[name] += switch_times(page, args.repeat // 3)
            times["tick"] += tick_times(pages["Questions"], args.repeat // 3)
        bare, questions, tick = (statistics.median(times[name]) for name in ("bare", "Questions", "tick"))
        label = f"tab switch, click to drawn (median of {len(times['bare'])})"
        print(f"{label}: bare {bare:.0f} ms, Questions {questions:.0f} ms, ratio {questions / bare:.1f}x")
        print(f"for comparison, a tick on Questions: {tick:.0f} ms, ratio {tick / bare:.1f}x")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

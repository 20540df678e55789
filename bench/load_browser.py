"""Load benchmark: 10 browser sessions at once against one server, against one session alone in the same run.

Usage: python bench/load.py [--sessions 10] [--rounds 3]

Method:
  - One ``streamlit run app.py`` on 127.0.0.1 (the test harness's server), one headless Chromium,
    one browser context (a separate person, own cookies and session) per session.
  - The journey, repeated ``--rounds`` times in one session without reloading: on Explore, flip
    the "Leave out options that need anesthesia" filter; pick three options in the pick box (type
    the name, Enter); open Compare with its link; change the travel time; go back to Explore with
    the navigation; take the three picks out again (Backspace in the pick box). Ten timed actions.
  - Each action is timed in the page: from the browser's input event (the click or key press) to
    the first frame drawn after the server's "script finished" message for the rerun it started,
    that is until the rerun has ended and its result is on screen.
  - First one session runs a warm-up round (caches, first page load) and then its timed rounds
    alone: the single-session baseline. Then nine more sessions open and all ten run their timed
    rounds at the same time.
  - Server memory: VmRSS of the streamlit process (from /proc) with the one session open, and with
    all ten open after their journeys; the difference divided by nine is the memory per extra session.

Prints the median and 95th percentile of both runs, the ratio p95(10) / median(1) (target: under
2x) and the memory per extra session (target: under 5 MB). Bounded: fixed counts, a timeout on every
action and on the whole run; it stops by itself. Not part of pytest.

On a two-core machine the browser (ten pages drawing charts) shares the cores with the server, so
the concurrent figures include the browser's own drawing time.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.async_api import Browser, Page, async_playwright  # noqa: E402

from tests.browser.rerun import RUN_END_HOOK  # noqa: E402
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

TARGET_RATIO = 2.0
TARGET_MB_PER_SESSION = 5.0
ACTION_TIMEOUT_MS = 90_000
WHOLE_RUN_TIMEOUT_S = 900
PICK_NAMES = ("SSRI antidepressants", "Regular exercise", "Esketamine nasal spray")
VIEWPORT = {"width": 1366, "height": 900}

# Installed before each action: the time of the next input event, and how many runs had ended by then.
ARM = """() => {
    window.__load = {input: null, endsBefore: window.__runEnds.length};
    const onInput = (event) => { if (window.__load.input === null) window.__load.input = event.timeStamp; };
    for (const kind of ['pointerdown', 'keydown']) document.addEventListener(kind, onInput, {capture: true, once: true});
}"""
DONE = "() => window.__load.input !== null && window.__runEnds.length > window.__load.endsBefore"
ELAPSED = "() => window.__runEnds[window.__load.endsBefore] - window.__load.input"
READY = "[data-testid=stApp][data-test-script-state=notRunning]"


@dataclass
class Timings:
    """Milliseconds from a widget action to the end of its rerun, by action name."""

    by_action: dict[str, list[float]] = field(default_factory=dict)

    def add(self, action: str, milliseconds: float) -> None:
        self.by_action.setdefault(action, []).append(milliseconds)

    def all(self) -> list[float]:
        return [value for values in self.by_action.values() for value in values]


async def timed(page: Page, timings: Timings, action: str, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` (a coroutine function doing one widget action) and record how long its rerun took."""
    await page.evaluate(ARM)
    await act()
    try:
        await page.wait_for_function(DONE, timeout=ACTION_TIMEOUT_MS)
    except Exception:
        await page.screenshot(path=str(ROOT / "artifacts" / "load-stuck.png"))
        print(f"stuck after '{action}': {await page.evaluate('() => window.__load')}", file=sys.stderr)
        raise
    timings.add(action, float(await page.evaluate(ELAPSED)))
    await page.wait_for_selector(READY, timeout=ACTION_TIMEOUT_MS)
    await page.wait_for_selector("[data-testid=stSkeleton]", state="detached", timeout=ACTION_TIMEOUT_MS)


async def open_app(browser: Browser, url: str) -> Page:
    context = await browser.new_context(viewport=VIEWPORT)
    await context.add_init_script(RUN_END_HOOK)
    page = await context.new_page()
    page.set_default_timeout(ACTION_TIMEOUT_MS)
    await page.goto(url)
    await page.wait_for_selector(".st-key-safety_notice")
    await page.wait_for_selector(READY)
    await page.wait_for_selector(".st-key-explore_pick input")
    return page


async def journey_round(page: Page, timings: Timings) -> None:
    """One round of the journey; the page starts and ends on Explore with nothing picked."""
    anesthesia = page.locator(".st-key-filters_anes").get_by_text("Leave out options that need anesthesia")
    await timed(page, timings, "filter", anesthesia.click)

    pick_box = page.locator(".st-key-explore_pick input")
    for name in PICK_NAMES:
        await pick_box.click()
        await pick_box.fill(name)
        await page.get_by_role("option", name=name, exact=True).wait_for()  # the list has caught up with the typing

        async def press_enter() -> None:
            await pick_box.press("Enter")

        await timed(page, timings, "pick", press_enter)
    await page.keyboard.press("Escape")

    to_compare = page.get_by_role("link", name=f"Compare the {len(PICK_NAMES)} picked options")
    await timed(page, timings, "open compare", to_compare.click)
    await page.wait_for_selector(".st-key-compare_travel input")

    travel = page.locator(".st-key-compare_travel input")
    current = await travel.input_value()
    await travel.fill("60" if current != "60" else "45")  # always a change, so always a rerun

    async def press_travel_enter() -> None:
        await travel.press("Enter")

    await timed(page, timings, "travel time", press_travel_enter)

    to_explore = page.get_by_role("link", name="Explore")
    await timed(page, timings, "back to explore", to_explore.first.click)
    await page.wait_for_selector(".st-key-explore_pick input")

    for _ in PICK_NAMES:
        await pick_box.click()

        async def press_backspace() -> None:
            await pick_box.press("Backspace")

        await timed(page, timings, "unpick", press_backspace)
    await page.keyboard.press("Escape")
    await page.get_by_text("0 picked.", exact=False).wait_for()  # back where the round started


async def run_rounds(page: Page, timings: Timings, rounds: int) -> None:
    for _ in range(rounds):
        await journey_round(page, timings)


def streamlit_pid(port: int) -> int:
    """The process serving ``port`` (started by this script), found by its command line."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"--server.port={port}".encode() in command and any(b"streamlit" in part for part in command):
            return int(entry.name)
    raise RuntimeError(f"no streamlit process serves port {port}")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, all cores."""
    numbers = [int(value) for value in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = numbers[3] + numbers[4]
    ticks = os.sysconf("SC_CLK_TCK")
    return (sum(numbers) - idle) / ticks, sum(numbers) / ticks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


async def settled_rss_mb(pid: int) -> float:
    """RSS once the server has had a moment to finish its work (the lowest of a few readings)."""
    readings = []
    for _ in range(5):
        await asyncio.sleep(1)  # a benchmark script, not a test: let the server settle
        readings.append(rss_mb(pid))
    return min(readings)


def share_busy(before: tuple[float, float]) -> float:
    """The share of the whole machine's CPU that was busy since ``before`` (0 to 1)."""
    busy, total = machine_busy_seconds()
    return (busy - before[0]) / max(total - before[1], 1e-9)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


async def main_async(sessions: int, rounds: int) -> int:
    gc.collect()
    with streamlit_server() as url:
        port = urlparse(url).port
        assert port is not None
        pid = streamlit_pid(port)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                first = await open_app(browser, url)
                await journey_round(first, Timings())  # warm-up: caches, first draws
                alone = Timings()
                started, cpu_before, machine_before = time.monotonic(), cpu_seconds(pid), machine_busy_seconds()
                await run_rounds(first, alone, rounds)
                alone_seconds = time.monotonic() - started
                alone_cpu, alone_machine = cpu_seconds(pid) - cpu_before, share_busy(machine_before)
                rss_one = await settled_rss_mb(pid)

                others = [await open_app(browser, url) for _ in range(sessions - 1)]
                together = [Timings() for _ in range(sessions)]
                started, cpu_before, machine_before = time.monotonic(), cpu_seconds(pid), machine_busy_seconds()
                await asyncio.gather(*(run_rounds(page, timings, rounds) for page, timings in zip([first, *others], together, strict=True)))
                together_seconds = time.monotonic() - started
                together_cpu, together_machine = cpu_seconds(pid) - cpu_before, share_busy(machine_before)
                rss_all = await settled_rss_mb(pid)
            finally:
                await browser.close()

    single = alone.all()
    concurrent = [value for timings in together for value in timings.all()]
    median_one = statistics.median(single)
    p95_one = percentile(single, 0.95)
    median_all = statistics.median(concurrent)
    p95_all = percentile(concurrent, 0.95)
    ratio = p95_all / median_one
    per_session = (rss_all - rss_one) / (sessions - 1)

    print(f"journey: {len(single) // rounds} timed actions a round, {rounds} rounds a session")
    print(f"1 session:   {len(single):4d} actions in {alone_seconds:5.1f} s  median {median_one:7.1f} ms  p95 {p95_one:7.1f} ms")
    print(
        f"{sessions} sessions: {len(concurrent):4d} actions in {together_seconds:5.1f} s  median {median_all:7.1f} ms  p95 {p95_all:7.1f} ms"
    )
    by_action: dict[str, list[float]] = {}
    for timings in together:
        for action, values in timings.by_action.items():
            by_action.setdefault(action, []).extend(values)
    for action, values in by_action.items():
        print(
            f"  {action:16s} alone median {statistics.median(alone.by_action[action]):7.1f} ms | "
            f"{sessions} at once median {statistics.median(values):7.1f} ms  p95 {percentile(values, 0.95):7.1f} ms"
        )
    print(
        f"server CPU per action: {1000 * alone_cpu / len(single):.0f} ms alone, {1000 * together_cpu / len(concurrent):.0f} ms "
        f"with {sessions} at once; server busy {alone_cpu / alone_seconds:.0%} / {together_cpu / together_seconds:.0%} of one core; "
        f"whole machine ({os.cpu_count()} cores) busy {alone_machine:.0%} / {together_machine:.0%}; "
        f"load average at the end {os.getloadavg()[0]:.1f}"
    )
    print(f"p95({sessions}) / median(1) = {ratio:.2f}x (target under {TARGET_RATIO:g}x): {'met' if ratio < TARGET_RATIO else 'NOT met'}")
    # The journey mixes light reruns (a filter) with a heavy one (Compare draws four charts), so even one
    # session alone has a p95 far above its median. Each action against its own single-session median:
    relative = [value / statistics.median(alone.by_action[action]) for action, values in by_action.items() for value in values]
    print(
        f"same action, {sessions} at once against alone: median {statistics.median(relative):.2f}x, "
        f"p95 {percentile(relative, 0.95):.2f}x; one session alone: p95 / median {p95_one / median_one:.2f}x"
    )
    print(
        f"server RSS: {rss_one:.1f} MB with 1 session, {rss_all:.1f} MB with {sessions}; "
        f"{per_session:.2f} MB per extra session (target under {TARGET_MB_PER_SESSION:g} MB): "
        f"{'met' if per_session < TARGET_MB_PER_SESSION else 'NOT met'}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions at once (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="journey rounds per session (default 3)")
    args = parser.parse_args()
    if not 2 <= args.sessions <= 30 or not 1 <= args.rounds <= 10:
        parser.error("use 2 to 30 sessions and 1 to 10 rounds")
    return asyncio.run(asyncio.wait_for(main_async(args.sessions, args.rounds), timeout=WHOLE_RUN_TIMEOUT_S))


if __name__ == "__main__":
    sys.exit(main())

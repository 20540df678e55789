"""Load benchmark: many sessions at once against one server, against one session alone in the same run.

Usage, from the repository root: python -m bench.load [--sessions 10] [--rounds 3] [--pause 1 3] [--driver protocol|browser]

Method:
  - One ``streamlit run app.py`` on 127.0.0.1 (the test harness's server, the app's own config).
  - Each session is one person with their own session on the server, running the same journey
    ``--rounds`` times without reloading: on Explore, flip the "Leave out options that need
    anesthesia" filter; pick three options in the pick box, one at a time; open Compare with its
    link; change the travel time; go back to Explore with the navigation; take the three picks
    out, one at a time. Ten timed actions a round.
  - Before each action the session pauses, as a person reads the page before the next click: a
    random time between the two ``--pause`` values (seconds; seeded, so runs are repeatable).
    ``--pause 0 0`` makes every session click as fast as the server answers (a stress test).
  - Drivers. ``protocol`` (default): each session speaks Streamlit's own websocket protocol
    (bench/protocol_session.py) and is timed from sending its widget change to receiving the
    server's "script finished" for that rerun; without a browser per session, two cores can hold
    ten or more sessions and the figures are the server's. ``browser``: one headless Chromium
    context per session (bench/load_browser.py), timed in the page from the input event to the
    first frame drawn after "script finished"; the ten pages' drawing shares the two cores.
  - First one session runs a warm-up round (caches, first page load) and then its timed rounds
    alone. Then ``--sessions - 1`` more open and all run their timed rounds at the same time, each
    starting at a random moment within the first pause. Then the first session runs its rounds
    alone once more while the others sit idle. The single-session baseline is both alone phases
    together, so a machine that gets faster or slower during the run (CPU clocks, neighbours)
    moves the baseline with it instead of deciding the ratio; the report shows each phase's median.
  - Server memory: VmRSS of the streamlit process (from /proc) with the one session open, and with
    all open after their journeys; the difference divided by the extra sessions is the memory per
    extra session.

Prints the median and 95th percentile of both runs, the ratio p95(all) / median(1) (target: under
2x), the same per action, and the memory per extra session (target: under 5 MB). Bounded: fixed
counts, a timeout on every action and on the whole run; it stops by itself. Not part of pytest.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from bench.journey import Pause, Timings
from bench.run_stamp import run_stamp
from testing_support.server import streamlit_server

TARGET_RATIO = 2.0
TARGET_MB_PER_SESSION = 5.0
WHOLE_RUN_TIMEOUT_S = 1200


class Driver(Protocol):
    """Opens sessions and runs one round of the journey in a session."""

    async def __aenter__(self) -> Driver: ...
    async def __aexit__(self, *exc: object) -> None: ...
    async def open_session(self, url: str) -> Any: ...
    async def journey_round(self, session: Any, timings: Timings, pause: Pause) -> None: ...


def pauser(rng: random.Random, low_s: float, high_s: float) -> Pause:
    """A person's pause before an action: ``low_s`` to ``high_s`` seconds, drawn from ``rng``."""

    async def pause() -> None:
        await asyncio.sleep(rng.uniform(low_s, high_s))  # a person reading the page, not a wait for the app

    return pause


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


def share_busy(before: tuple[float, float]) -> float:
    """The share of the whole machine's CPU that was busy since ``before`` (0 to 1)."""
    busy, total = machine_busy_seconds()
    return (busy - before[0]) / max(total - before[1], 1e-9)


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


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Measured:
    """One phase of the run: its timings, how long it took, and the CPU it used."""

    timings: list[Timings]
    seconds: float
    server_cpu: float
    machine_busy: float

    def values(self) -> list[float]:
        return [value for timings in self.timings for value in timings.all()]

    def by_action(self) -> dict[str, list[float]]:
        merged: dict[str, list[float]] = {}
        for timings in self.timings:
            for action, values in timings.by_action.items():
                merged.setdefault(action, []).extend(values)
        return merged

    def median(self) -> float:
        return statistics.median(self.values())

    def __add__(self, other: Measured) -> Measured:
        """Two phases as one: their timings pooled, their time and CPU added."""
        seconds = self.seconds + other.seconds
        busy = (self.machine_busy * self.seconds + other.machine_busy * other.seconds) / max(seconds, 1e-9)
        return Measured([*self.timings, *other.timings], seconds, self.server_cpu + other.server_cpu, busy)


async def measured(pid: int, work: Callable[[], Awaitable[list[Timings]]]) -> Measured:
    started, cpu_before, machine_before = time.monotonic(), cpu_seconds(pid), machine_busy_seconds()
    timings = await work()
    return Measured(timings, time.monotonic() - started, cpu_seconds(pid) - cpu_before, share_busy(machine_before))


async def run_rounds(driver: Driver, session: Any, rounds: int, pause: Pause, start_delay_s: float = 0.0) -> Timings:
    timings = Timings()
    await asyncio.sleep(start_delay_s)  # people do not all arrive at the same moment
    for _ in range(rounds):
        await driver.journey_round(session, timings, pause)
    return timings


async def main_async(driver: Driver, sessions: int, rounds: int, pause_s: tuple[float, float], seed: int) -> dict[str, Any]:
    gc.collect()
    rng = random.Random(seed)
    with streamlit_server() as url:
        port = urlparse(url).port
        assert port is not None
        pid = streamlit_pid(port)
        async with driver:
            first = await driver.open_session(url)
            await driver.journey_round(first, Timings(), pauser(rng, 0, 0))  # warm-up: caches, first draws
            first_pause = pauser(random.Random(rng.random()), *pause_s)

            async def alone_run() -> list[Timings]:
                return [await run_rounds(driver, first, rounds, first_pause)]

            alone = await measured(pid, alone_run)
            rss_one = await settled_rss_mb(pid)

            others = [await driver.open_session(url) for _ in range(sessions - 1)]
            everyone = [first, *others]
            pauses = [first_pause, *(pauser(random.Random(rng.random()), *pause_s) for _ in others)]
            delays = [rng.uniform(0, pause_s[1]) for _ in everyone]

            async def together_run() -> list[Timings]:
                return list(
                    await asyncio.gather(
                        *(
                            run_rounds(driver, session, rounds, pause, delay)
                            for session, pause, delay in zip(everyone, pauses, delays, strict=True)
                        )
                    )
                )

            together = await measured(pid, together_run)
            rss_all = await settled_rss_mb(pid)
            alone_again = await measured(pid, alone_run)
    return {"alone_phases": [alone, alone_again], "together": together, "rss_one": rss_one, "rss_all": rss_all}


def report(result: dict[str, Any], sessions: int, rounds: int, pause_s: tuple[float, float], driver_name: str) -> bool:
    phases: list[Measured] = result["alone_phases"]
    alone = phases[0] + phases[1]
    together: Measured = result["together"]
    single, concurrent = alone.values(), together.values()
    median_one, p95_one = statistics.median(single), percentile(single, 0.95)
    median_all, p95_all = statistics.median(concurrent), percentile(concurrent, 0.95)
    ratio = p95_all / median_one
    per_session = (result["rss_all"] - result["rss_one"]) / (sessions - 1)

    print(f"driver: {driver_name}; pause before each action {pause_s[0]:g}-{pause_s[1]:g} s")
    print(f"journey: {len(concurrent) // (rounds * sessions)} timed actions a round, {rounds} rounds a session")
    print(
        f"1 session:   {len(single):4d} actions in {alone.seconds:5.1f} s  median {median_one:7.1f} ms  p95 {p95_one:7.1f} ms  "
        f"(median before the others {phases[0].median():.1f} ms, after {phases[1].median():.1f} ms)"
    )
    print(
        f"{sessions} sessions: {len(concurrent):4d} actions in {together.seconds:5.1f} s  "
        f"median {median_all:7.1f} ms  p95 {p95_all:7.1f} ms"
    )
    alone_by_action, together_by_action = alone.by_action(), together.by_action()
    worst_action = 0.0
    for action, values in together_by_action.items():
        own_median = statistics.median(alone_by_action[action])
        action_ratio = percentile(values, 0.95) / own_median
        worst_action = max(worst_action, action_ratio)
        print(
            f"  {action:16s} alone median {own_median:7.1f} ms | {sessions} at once median {statistics.median(values):7.1f} ms  "
            f"p95 {percentile(values, 0.95):7.1f} ms  ({action_ratio:.2f}x its alone median)"
        )
    print(
        f"server CPU per action: {1000 * alone.server_cpu / len(single):.0f} ms alone, "
        f"{1000 * together.server_cpu / len(concurrent):.0f} ms with {sessions} at once; "
        f"server busy {alone.server_cpu / alone.seconds:.0%} / {together.server_cpu / together.seconds:.0%} of one core; "
        f"whole machine ({os.cpu_count()} cores) busy {alone.machine_busy:.0%} / {together.machine_busy:.0%}"
    )
    met_ratio = ratio < TARGET_RATIO
    met_memory = per_session < TARGET_MB_PER_SESSION
    print(f"p95({sessions}) / median(1) = {ratio:.2f}x (target under {TARGET_RATIO:g}x): {'met' if met_ratio else 'NOT met'}")
    print(
        f"worst action: p95({sessions}) / its own median(1) = {worst_action:.2f}x; "
        f"one session alone: p95 / median {p95_one / median_one:.2f}x"
    )
    print(
        f"server RSS: {result['rss_one']:.1f} MB with 1 session, {result['rss_all']:.1f} MB with {sessions}; "
        f"{per_session:.2f} MB per extra session (target under {TARGET_MB_PER_SESSION:g} MB): {'met' if met_memory else 'NOT met'}"
    )
    return met_ratio and met_memory


def make_driver(name: str) -> Driver:
    if name == "browser":
        from bench.load_browser import BrowserDriver

        return BrowserDriver()
    from bench.load_protocol import ProtocolDriver

    return ProtocolDriver()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=10, help="sessions at once (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="journey rounds per session (default 3)")
    parser.add_argument(
        "--pause", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"), help="seconds before each action (default 1 3)"
    )
    parser.add_argument("--driver", choices=("protocol", "browser"), default="protocol")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    limit = 50 if args.driver == "protocol" else 30
    if not 2 <= args.sessions <= limit or not 1 <= args.rounds <= 10:
        parser.error(f"use 2 to {limit} sessions and 1 to 10 rounds")
    if not 0 <= args.pause[0] <= args.pause[1] <= 30:
        parser.error("--pause MIN MAX: 0 <= MIN <= MAX <= 30 seconds")
    pause_s = (args.pause[0], args.pause[1])
    with run_stamp():
        run = main_async(make_driver(args.driver), args.sessions, args.rounds, pause_s, args.seed)
        result = asyncio.run(asyncio.wait_for(run, timeout=WHOLE_RUN_TIMEOUT_S))
        return 0 if report(result, args.sessions, args.rounds, pause_s, args.driver) else 1


if __name__ == "__main__":
    sys.exit(main())

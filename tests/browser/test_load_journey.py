"""The load benchmark's journey, spoken over Streamlit's websocket protocol against a real server.

bench/load.py times this journey for many sessions at once; this runs one round of it for one
session so the benchmark cannot quietly break. The journey checks what a person would see at each
step (Compare draws its four charts, the travel time reaches the chart, the picks come out again),
and the session refuses any run that ends badly or shows an exception.
"""

from __future__ import annotations

import asyncio
import random
from concurrent.futures import ThreadPoolExecutor

from bench.journey import Timings
from bench.load import pauser
from bench.load_protocol import ProtocolDriver


def test_one_round_of_the_load_journey(app_url: str) -> None:
    async def one_round() -> Timings:
        async with ProtocolDriver() as driver:
            person = await driver.open_session(app_url)
            timings = Timings()
            await driver.journey_round(person, timings, pauser(random.Random(1), 0, 0))
            return timings

    # Its own thread: Playwright's sync API may already run an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as worker:
        timings = worker.submit(asyncio.run, one_round()).result(timeout=120)
    assert {action: len(values) for action, values in timings.by_action.items()} == {
        "filter": 1,
        "pick": 3,
        "open compare": 1,
        "travel time": 1,
        "back to explore": 1,
        "unpick": 3,
    }
    assert all(value > 0 for value in timings.all())

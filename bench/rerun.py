"""Benchmark: time from a widget change to the end of the rerun, this app against a bare Streamlit app.

Usage, from the repository root: python -m bench.rerun [--entries 2000] [--repeat 15]

Method (AppTest, in one process, one run):
  - "app": ``app.py`` on the Explore page (the default), exactly as served. The timed action is
    flipping the sidebar's "Leave out options that need anesthesia" toggle and running the rerun.
  - "bare": a plain Streamlit script (``testing_support/apps/bare_explore.py``) that loads the same
    cached catalog, shows the same results table (``st.dataframe`` of the same rows) and one Plotly
    chart of every option (the options map, built the plain way: ``go.Figure`` with Plotly's usual
    property checks, which the app's own figures skip), with one toggle that filters the table the
    same way. The timed action is flipping that toggle.
  Both are measured with the real catalog and with a generated catalog of ``--entries`` entries
  (real entries cloned with new ids, written under a temporary folder and named by ``TRD_CATALOG``).
  Each timing is the median of ``--repeat`` reruns after two warm-up runs, so the catalog cache is
  warm, as it is on a running server.

Why AppTest and not a browser: it runs the real script runner (widgets, session state, caches,
query params, element serialisation) without the noise of a browser and a websocket on a shared
two-core machine, so the ratio shows the cost of our own code. The browser's drawing time is not in
it; both apps draw the same kinds of elements, and the browser tests check that pages draw.

It also times the Compare page with four picks (answer cards, icon arrays, two HTML bar charts,
three Plotly charts, the options map drawing every option) when the outcome measure is switched,
which redraws all of them. The target applies to both pages.

Prints one line per catalog with the medians and the ratios; target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from streamlit.testing.v1 import AppTest

from bench.generated_catalog import generated_catalog_text
from bench.run_stamp import run_stamp
from components.compare_view import MEASURE_KEY
from testing_support.paths import BARE_EXPLORE_APP, ROOT
from trd.catalog.loader import DEFAULT_CATALOG

TARGET_RATIO = 1.5
PICKS = ("esketamine", "rtms", "aripiprazole", "lithium")  # the four of the Compare issue's first screen
# AppTest runs scripts outside `streamlit run`, so Streamlit warns "missing ScriptRunContext" from
# threads it does not own; the warnings are about bare mode, not the app, and would break up the table.
SCRIPT_RUN_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"


def generated_catalog(entries: int, folder: Path) -> Path:
    """Write a valid catalog of ``entries`` entries (real ones cloned with new ids); return its path."""
    path = folder / f"generated-{entries}.yaml"
    path.write_text(generated_catalog_text(entries), encoding="utf-8")
    return path


def flip_toggle(key: str) -> Callable[[AppTest], None]:
    """A change that flips the toggle ``key``."""

    def change(app: AppTest) -> None:
        toggle = app.toggle(key=key)
        toggle.set_value(not toggle.value)

    return change


def switch_measure(app: AppTest) -> None:
    """Compare's change: the other outcome measure (every answer card, picture and bar is redrawn)."""
    control = app.segmented_control(key=MEASURE_KEY)
    control.set_value("response" if control.value == "remission" else "remission")


def time_change(script: str, change: Callable[[AppTest], None], repeat: int, page: str | None = None, picks: str = "") -> float:
    """Median seconds of ``repeat`` reruns, each after ``change`` (on ``page``, if given)."""
    app = AppTest.from_file(script, default_timeout=120)
    if page:
        app.query_params["pick"] = picks
    app.run()
    if page:
        app.switch_page(page).run()
    if app.exception:
        raise RuntimeError(f"{script} raised: {app.exception[0].value}")
    times = []
    for index in range(repeat + 2):
        change(app)
        start = time.perf_counter()
        app.run()
        elapsed = time.perf_counter() - start
        if app.exception:
            raise RuntimeError(f"{script} raised: {app.exception[0].value}")
        if index >= 2:  # the first two are warm-up
            times.append(elapsed)
    return statistics.median(times)


def measure(entries: int, repeat: int) -> int:
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        real_ids = [entry["id"] for entry in yaml.load(DEFAULT_CATALOG.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["treatments"]]
        cloned_picks = ",".join(f"{item}-copy-{real_ids.index(item)}" for item in PICKS)  # each original's first clone
        catalogs = {
            "real": (DEFAULT_CATALOG, ",".join(PICKS)),
            f"generated {entries}": (generated_catalog(entries, folder), cloned_picks),
        }
        print(f"{'catalog':<16} {'bare (ms)':>10} {'Explore (ms)':>13} {'ratio':>7} {'Compare (ms)':>13} {'ratio':>7}")
        for label, (path, picks) in catalogs.items():
            os.environ["TRD_CATALOG"] = str(path)
            bare_time = time_change(str(BARE_EXPLORE_APP), flip_toggle("bare_anes"), repeat)
            app_time = time_change(str(ROOT / "app.py"), flip_toggle("filters_anes"), repeat)
            compare_time = time_change(str(ROOT / "app.py"), switch_measure, repeat, page="app_pages/compare.py", picks=picks)
            ratio = app_time / bare_time
            worst = max(worst, ratio, compare_time / bare_time)
            print(
                f"{label:<16} {bare_time * 1000:>10.1f} {app_time * 1000:>13.1f} {ratio:>6.2f}x "
                f"{compare_time * 1000:>13.1f} {compare_time / bare_time:>6.2f}x"
            )
    verdict = "within" if worst <= TARGET_RATIO else "ABOVE"
    print(f"worst ratio {worst:.2f}x: {verdict} the {TARGET_RATIO}x target")
    return 0 if worst <= TARGET_RATIO else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    os.chdir(ROOT)
    logging.getLogger(SCRIPT_RUN_CONTEXT_LOGGER).disabled = True
    with run_stamp():
        return measure(args.entries, args.repeat)


if __name__ == "__main__":
    raise SystemExit(main())

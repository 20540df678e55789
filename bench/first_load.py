"""Bytes on the wire for a cold first load: a bare Streamlit app, the app on one server, the app behind the balancer.

Usage: python -m bench.first_load [--replicas 2] [--lighthouse]

Method, all in one run on this machine:
  - Four servers: ``streamlit run`` of a bare page (testing_support/apps/bare_widgets.py, run from an empty
    folder so Streamlit's defaults apply: no compression anywhere), the app's README one-server
    command (``streamlit run app.py``, its own config: websocket compression on; and, as before this
    was added, the same with it off), and the app
    behind HAProxy with ``--replicas`` replicas (deploy/local.py).
  - Between Chromium and each server sits a small counting TCP relay on loopback: every byte
    either way is counted as it passes, headers, script files and websocket frames alike (what
    the network would carry, less TCP/IP's own headers).
  - A cold load: a fresh browser context (empty cache, no cookies) opens the page and waits until
    the app has drawn it and finished its run; then the network must be quiet for half a second.
  - With ``--lighthouse``, Lighthouse (npm, run with npx and Debian's Chromium) scores each one for
    mobile (its default emulation, throttled).

Prints bytes to the browser, bytes from it, and each one's share of the bare app's bytes. Not part
of pytest; tests/deploy/test_first_load.py checks the balancer's share with the same code.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, sync_playwright

from deploy.local import LocalDeployment, free_port
from testing_support.browser import CHROMIUM, CHROMIUM_ARGS
from testing_support.paths import BARE_WIDGETS_APP
from testing_support.server import streamlit_server

ROOT = Path(__file__).resolve().parents[1]
BARE_APP = BARE_WIDGETS_APP
APP_DRAWN = ".st-key-safety_notice"
BARE_DRAWN = "h1"


@dataclass
class Counted:
    to_browser: int = 0
    from_browser: int = 0


class CountingRelay:
    """A TCP relay on 127.0.0.1 in front of ``target`` that counts the bytes passing each way."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.counted = Counted()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> CountingRelay:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def reset(self) -> None:
        self.counted = Counted()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", self.port))
        self._ready.set()
        self._loop.run_forever()
        server.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter, to_browser: bool) -> None:
            try:
                while data := await source.read(65536):
                    if to_browser:
                        self.counted.to_browser += len(data)
                    else:
                        self.counted.from_browser += len(data)
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer, False), pipe(up_reader, writer, True))


def cold_load(browser: Browser, url: str, drawn: str) -> None:
    """Open ``url`` in a fresh context and wait until the app has drawn it, finished, and the network is quiet."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]", timeout=60_000)
        page.wait_for_selector(drawn, timeout=60_000)
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)
        page.wait_for_selector("[data-testid=stSkeleton]", state="detached", timeout=60_000)
        page.wait_for_load_state("networkidle", timeout=60_000)
    finally:
        context.close()


def measure(browser: Browser, url: str, drawn: str) -> Counted:
    """Bytes each way for one cold load of ``url``, counted by a relay in front of its server."""
    parsed = urlparse(url)
    assert parsed.port is not None
    with CountingRelay(parsed.port) as relay:
        cold_load(browser, f"http://127.0.0.1:{relay.port}{parsed.path or '/'}", drawn)
        time.sleep(0.5)  # a benchmark: let the last websocket frames of the run pass the relay
        return relay.counted


@contextmanager
def bare_streamlit() -> Iterator[str]:
    """``streamlit run`` of the bare page from an empty folder: Streamlit's defaults, none of the app's config."""
    with tempfile.TemporaryDirectory(prefix="trd-bare-") as folder:
        shutil.copy(BARE_APP, Path(folder) / "bare_app.py")
        port = free_port()
        command = [
            sys.executable, "-m", "streamlit", "run", "bare_app.py", f"--server.port={port}", "--server.address=127.0.0.1",
            "--server.headless=true", "--browser.gatherUsageStats=false", "--browser.serverAddress=localhost",
        ]  # fmt: skip
        log = open(Path(folder) / "server.log", "wb")  # noqa: SIM115 - open as long as the server runs
        process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        try:
            from deploy.local import healthy, wait_for

            wait_for(lambda: healthy(port), "the bare app to start")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(10)


def lighthouse_mobile(url: str) -> float | None:
    """Lighthouse's mobile performance score (0-100) for ``url``, or None when it cannot run here."""
    runner = [found] if (found := shutil.which("lighthouse")) else ["npx", "--yes", "lighthouse"] if shutil.which("npx") else None
    if runner is None:
        return None
    with tempfile.TemporaryDirectory(prefix="trd-lh-") as folder:
        report = Path(folder) / "report.json"
        command = [
            *runner, url, "--only-categories=performance", "--output=json", f"--output-path={report}",
            "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS), "--quiet",
        ]  # fmt: skip
        result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300)
        if result.returncode != 0 or not report.exists():
            print(f"lighthouse failed: {result.stderr[-500:]}", file=sys.stderr)
            return None
        return float(json.loads(report.read_text())["categories"]["performance"]["score"]) * 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--lighthouse", action="store_true", help="also score each for mobile with Lighthouse (npx)")
    args = parser.parse_args()
    results: dict[str, tuple[Counted, float | None]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        with bare_streamlit() as bare_url:
            results["bare streamlit run (defaults)"] = (measure(browser, bare_url, BARE_DRAWN), None)
            bare_score = lighthouse_mobile(bare_url) if args.lighthouse else None
            results["bare streamlit run (defaults)"] = (results["bare streamlit run (defaults)"][0], bare_score)
        # Before this branch: the same server without websocket compression.
        with streamlit_server(env={"STREAMLIT_SERVER_ENABLE_WEBSOCKET_COMPRESSION": "false"}) as app_url:
            counted = measure(browser, app_url, APP_DRAWN)
            results["app, one server, before (no ws deflate)"] = (counted, lighthouse_mobile(app_url) if args.lighthouse else None)
        with streamlit_server() as app_url:
            counted = measure(browser, app_url, APP_DRAWN)
            results["app, one server (README command)"] = (counted, lighthouse_mobile(app_url) if args.lighthouse else None)
        ports = [free_port() for _ in range(args.replicas)]
        with LocalDeployment(args.replicas, port=free_port(), replica_ports=ports) as deployment:
            counted = measure(browser, deployment.url, APP_DRAWN)
            results[f"app, {args.replicas} replicas behind HAProxy"] = (
                counted,
                lighthouse_mobile(deployment.url) if args.lighthouse else None,
            )
        browser.close()
    bare = results["bare streamlit run (defaults)"][0].to_browser
    print(f"cold first load, bytes on the wire (load average {os.getloadavg()[0]:.1f})")
    for name, (counted, score) in results.items():
        extra = f"  Lighthouse mobile {score:.0f}" if score is not None else ""
        print(
            f"  {name:40s} to browser {counted.to_browser:>10,d}  from browser {counted.from_browser:>8,d}  "
            f"{counted.to_browser / bare:5.0%} of bare{extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

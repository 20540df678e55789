"""Start a real `streamlit run` server on a free port and wait until it is healthy."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# Without these Chromium phones home at start; the privacy tests must see only our host.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def streamlit_server(env: dict[str, str] | None = None, app: str = "app.py", *, launcher: list[str] | None = None) -> Iterator[str]:
    """Yield the base URL of a fresh server; stop it afterwards.

    ``launcher`` replaces ``python -m streamlit`` (the privacy test runs it under an audit hook).
    """
    port = free_port()
    command = [
        *(launcher or [sys.executable, "-m", "streamlit"]), "run", app,
        f"--server.port={port}",
        "--server.headless=true",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]  # fmt: skip
    log_path = ROOT / "artifacts" / f"server-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, process, log_path)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_healthy(base: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)  # polling a server's health, not waiting in a test
    raise RuntimeError(f"streamlit did not become healthy:\n{log_path.read_text(errors='replace')}")

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

from testing_support.paths import ARTIFACTS, ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_log(base_url: str) -> Path:
    """The file that holds everything the server at ``base_url`` (started here) has printed."""
    return ARTIFACTS / f"server-{base_url.rsplit(':', 1)[1]}.log"


@contextmanager
def streamlit_server(
    env: dict[str, str] | None = None, app: str | Path = "app.py", *, launcher: list[str] | None = None, port: int | None = None
) -> Iterator[str]:
    """Yield the base URL of a fresh server running ``app`` (relative to the repository root); stop it afterwards.

    ``launcher`` replaces ``python -m streamlit`` (the privacy test runs it under an audit hook); ``port``
    is a free one unless given (a benchmark on a shared machine keeps to the ports it was handed).
    """
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    command = [
        *(launcher or [sys.executable, "-m", "streamlit"]), "run", str(app),
        f"--server.port={port}",
        "--server.headless=true",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]  # fmt: skip
    log_path = server_log(base)
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
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

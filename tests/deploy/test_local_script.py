"""``bash deploy/local.sh 2``: starts replicas and the balancer, rolls a changed catalog out on SIGHUP, stops on SIGTERM.

The catalog version each replica serves is read from the About page over Streamlit's own protocol
(bench/protocol_session.py), pinned to one replica by the balancer's cookie.
"""

from __future__ import annotations

import functools
import shutil
import signal
import socket
import subprocess
import threading
from pathlib import Path
from unittest import mock

import websockets

from bench.protocol_session import ProtocolSession
from deploy.local import free_port, healthy, wait_for
from testing_support.deployment import run_async, with_version
from trd.catalog.loader import load_catalog

SHIPPED_VERSION = load_catalog().version

ROOT = Path(__file__).resolve().parents[2]


def free_run(count: int) -> int:
    """A port P such that P and the next ``count`` ports are all free on loopback."""
    for _ in range(50):
        port = free_port()
        try:
            for offset in range(count + 1):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port + offset))
            return port
        except OSError:
            continue
    raise RuntimeError("no run of free ports")


class Output:
    """The script's output, read as it comes."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        assert process.stdout is not None
        self._thread = threading.Thread(target=lambda: self.lines.extend(iter(process.stdout.readline, "")), daemon=True)  # type: ignore[union-attr]
        self._thread.start()

    def wait_for(self, text: str, timeout_s: float = 180) -> None:
        wait_for(lambda: any(text in line for line in self.lines), f"{text!r} in {self.lines}", timeout_s)


def catalog_version_on(base_url: str, replica: str) -> str:
    """The catalog version the About page shows, on ``replica`` (pinned by its cookie)."""

    async def read() -> str:
        session = ProtocolSession(base_url)
        connect = websockets.connect
        pinned = functools.partial(connect, additional_headers={"Cookie": f"TRDSERVER={replica}"})
        with mock.patch.object(websockets, "connect", pinned):  # the session's socket carries the cookie
            await session.open("about")
        try:
            text = " ".join(session.texts())
        finally:
            await session.close()
        found = text.split("Catalog version ", 1)[1].split(",", 1)[0]
        return found.replace("*", "").replace("\\", "").strip()  # the Markdown source: bold, escaped dots

    return run_async(read)


def test_start_roll_out_a_catalog_and_stop(tmp_path: Path) -> None:
    port = free_run(2)
    catalog = tmp_path / "clinic.yaml"
    shutil.copy(ROOT / "data" / "treatments.yaml", catalog)
    original = catalog.read_text(encoding="utf-8")
    process = subprocess.Popen(
        ["bash", "deploy/local.sh", "2", "--port", str(port), "--catalog", str(catalog)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = Output(process)
    try:
        output.wait_for("replicas behind")
        base = f"http://127.0.0.1:{port}"
        assert healthy(port) and healthy(port + 1) and healthy(port + 2)
        assert {catalog_version_on(base, name) for name in ("app1", "app2")} == {SHIPPED_VERSION}

        # A broken edit is refused, and every replica keeps serving.
        catalog.write_text(with_version(original, "version: ["), encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        output.wait_for("not rolled out")
        assert {catalog_version_on(base, name) for name in ("app1", "app2")} == {SHIPPED_VERSION}

        catalog.write_text(with_version(original, 'version: "2026.12-local"'), encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        output.wait_for("rollout done")
        assert {catalog_version_on(base, name) for name in ("app1", "app2")} == {"2026.12-local"}
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
    output.wait_for("stopped", 10)
    assert process.returncode == 0
    assert not any(healthy(p) for p in (port, port + 1, port + 2))  # balancer and replicas all gone

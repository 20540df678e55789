"""N replicas of the app behind HAProxy on this machine: start, stop, drain, roll out a catalog.

``bash deploy/local.sh N`` runs ``python -m deploy.local N``: replicas ``app1`` to ``appN`` on
127.0.0.1, ports PORT+1 to PORT+N, and the balancer on 127.0.0.1:PORT (8500 unless ``--port``;
``--bind 0.0.0.0`` only when asked). Ctrl+C or SIGTERM stops them all. SIGHUP checks the catalog
file and, if it is valid, rolls it out one replica at a time (the replicas read a copy, so editing
the file changes none of them by itself). The tests and ``bench/scale.py`` use
:class:`LocalDeployment` directly, on free ports.

Each replica is a plain ``streamlit run app.py`` with the app's own ``.streamlit/config.toml``;
the balancer's configuration is ``deploy/haproxy.cfg`` with one ``server`` line per replica
appended. Its runtime API (a Unix socket in a private temporary folder) drains a replica before it
stops, so nobody new lands on a replica that is going away.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
HAPROXY_CFG = ROOT / "deploy" / "haproxy.cfg"
BACKEND = "app"
STARTUP_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = STARTUP_TIMEOUT_S) -> None:
    """Poll ``condition`` until it holds; raise with ``what`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling a process's state, not a fixed wait
    raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    if not found:
        raise RuntimeError("HAProxy is not installed: run `bash deploy/local.sh` (installs it) or `apt-get install haproxy`")
    return found


@dataclass
class Replica:
    """One ``streamlit run`` behind the balancer; ``name`` is also its stickiness cookie value."""

    name: str
    port: int
    catalog: Path | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None, f"{self.name} is not running"
        return self.process.pid


@dataclass
class LocalDeployment:
    """Replicas and a balancer on this machine. Use as a context manager, or ``start()`` / ``stop()``."""

    replicas: int
    port: int = 8500
    bind: str = "127.0.0.1"
    catalog: Path | None = None
    frame_ancestors: str = ""
    replica_ports: list[int] | None = None
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="trd-deploy-")))
    servers: list[Replica] = field(init=False, default_factory=list)
    balancer: subprocess.Popen[bytes] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        ports = self.replica_ports or [self.port + index for index in range(1, self.replicas + 1)]
        self.servers = [Replica(f"app{index}", port, self.catalog) for index, port in enumerate(ports, start=1)]

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "::", "") else self.bind
        return f"http://{host}:{self.port}"

    @property
    def admin_socket(self) -> Path:
        return self.workdir / "admin.sock"

    def __enter__(self) -> LocalDeployment:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Whole deployment.

    def start(self) -> None:
        try:
            for replica in self.servers:
                self._launch(replica)
            for replica in self.servers:
                self._wait_healthy(replica)
            self._start_balancer()
            for replica in self.servers:
                wait_for(lambda replica=replica: self.state(replica.name) == "UP", f"the balancer to see {replica.name} up")  # type: ignore[misc]
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the balancer and every replica (SIGTERM, then SIGKILL after 10 s)."""
        if self.balancer is not None:
            _terminate(self.balancer)
            self.balancer = None
        for replica in self.servers:
            if replica.process is not None:
                _terminate(replica.process)
                replica.process = None

    def haproxy_config(self) -> str:
        lines = [f"    server {r.name} 127.0.0.1:{r.port} check cookie {r.name}" for r in self.servers]
        return HAPROXY_CFG.read_text(encoding="utf-8") + "\n".join(lines) + "\n"

    def _start_balancer(self) -> None:
        config = self.workdir / "haproxy.cfg"
        config.write_text(self.haproxy_config(), encoding="utf-8")
        env = {
            **os.environ,
            "TRD_BIND": f"{self.bind}:{self.port}",
            "TRD_FRAME_ANCESTORS": self.frame_ancestors,
            "TRD_ADMIN_SOCKET": str(self.admin_socket),
        }
        log = open(self.workdir / "haproxy.log", "wb")  # noqa: SIM115 - open as long as the process runs
        self.balancer = subprocess.Popen([haproxy_binary(), "-db", "-f", str(config)], env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: self._balancer_alive() and self.admin_socket.exists(), "HAProxy to start", 30)

    def _balancer_alive(self) -> bool:
        assert self.balancer is not None
        if self.balancer.poll() is not None:
            raise RuntimeError(f"HAProxy exited:\n{(self.workdir / 'haproxy.log').read_text(errors='replace')}")
        return True

    # One replica.

    def replica(self, name: str) -> Replica:
        return next(r for r in self.servers if r.name == name)

    def _launch(self, replica: Replica) -> None:
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            f"--server.port={replica.port}",
            "--server.address=127.0.0.1",
        ]  # fmt: skip
        env = dict(os.environ)
        if replica.catalog is not None:
            env["TRD_CATALOG"] = str(replica.catalog)
        log = open(self.workdir / f"{replica.name}.log", "ab")  # noqa: SIM115 - open as long as the process runs
        replica.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def _wait_healthy(self, replica: Replica) -> None:
        def up() -> bool:
            if replica.process is not None and replica.process.poll() is not None:
                log = (self.workdir / f"{replica.name}.log").read_text(errors="replace")
                raise RuntimeError(f"{replica.name} exited:\n{log}")
            return healthy(replica.port)

        wait_for(up, f"{replica.name} on port {replica.port} to answer /_stcore/health")

    def start_replica(self, name: str, catalog: Path | None = None) -> None:
        """Start a stopped replica (with ``catalog`` if given), wait until the balancer sends people to it."""
        replica = self.replica(name)
        if catalog is not None:
            replica.catalog = catalog
        self._launch(replica)
        self._wait_healthy(replica)
        self.admin(f"set server {BACKEND}/{name} state ready")
        wait_for(lambda: self.state(name) == "UP", f"the balancer to see {name} up")

    def stop_replica(self, name: str, sig: signal.Signals = signal.SIGTERM, drain: bool = True) -> None:
        """Stop one replica. With ``drain``, the balancer first sends nobody new to it and then
        nothing at all; its open websockets close when it stops and their browsers reconnect to
        another replica. Without (a crash), the process gets ``sig`` and the health check notices."""
        replica = self.replica(name)
        if drain:
            self.admin(f"set server {BACKEND}/{name} state drain")
            self.admin(f"set server {BACKEND}/{name} state maint")
        assert replica.process is not None
        replica.process.send_signal(sig)
        try:
            replica.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            replica.process.kill()
            replica.process.wait()
        replica.process = None

    def rollout(self, catalog: Path) -> None:
        """Move every replica to ``catalog``, one at a time: drain, stop, start with it, wait until up."""
        for replica in self.servers:
            self.stop_replica(replica.name)
            self.start_replica(replica.name, catalog)

    # The balancer's runtime API.

    def admin(self, command: str) -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(str(self.admin_socket))
            sock.sendall(command.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def state(self, name: str) -> str:
        """The balancer's view of a replica: UP, DOWN, MAINT, DRAIN, ... (the ``status`` of ``show stat``)."""
        rows = [line.split(",") for line in self.admin("show stat").splitlines()]
        header = [column.lstrip("# ") for column in rows[0]]
        status = header.index("status")
        for row in rows[1:]:
            if len(row) > status and row[0] == BACKEND and row[1] == name:
                return row[status].split(" ")[0]
        raise KeyError(name)


def _terminate(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def snapshot(catalog: Path, folder: Path, number: int) -> Path:
    """A copy of ``catalog`` for the replicas to read, so that editing the file changes no replica by itself."""
    copy = folder / f"{catalog.stem}.rollout-{number}{catalog.suffix}"
    shutil.copyfile(catalog, copy)
    return copy


def roll_out(deployment: LocalDeployment, source: Path, number: int) -> bool:
    """Check ``source``; if valid, move every replica onto a copy of it, one at a time."""
    check = subprocess.run([sys.executable, "-m", "trd", "validate", str(source)], cwd=ROOT, capture_output=True, text=True)
    if check.returncode != 0:
        print(f"not rolled out, the replicas keep their catalog:\n{check.stdout}{check.stderr}", flush=True)
        return False
    print(f"rolling out {source} ({check.stdout.strip()}), one replica at a time...", flush=True)
    deployment.rollout(snapshot(source, deployment.workdir, number))
    print("rollout done: every replica serves the new catalog", flush=True)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="N app replicas behind HAProxy on this machine. Ctrl+C or SIGTERM stops them all; "
        "SIGHUP rolls the catalog file out again, replica by replica, after checking it."
    )
    parser.add_argument("replicas", type=int, nargs="?", default=2, help="how many replicas (default 2)")
    parser.add_argument("--port", type=int, default=8500, help="the balancer's port (default 8500); replicas use the next N ports")
    parser.add_argument("--bind", default="127.0.0.1", help="the balancer's address (default 127.0.0.1: this machine only)")
    parser.add_argument("--catalog", type=Path, help="catalog file for every replica (default: TRD_CATALOG or data/treatments.yaml)")
    parser.add_argument(
        "--frame-ancestors",
        default="",
        help="other sites that may show the app in a frame, e.g. https://intranet.clinic.example.org (default: none)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.replicas <= 16:
        parser.error("use 1 to 16 replicas")
    source = (args.catalog or Path(os.environ.get("TRD_CATALOG", "").strip() or ROOT / "data" / "treatments.yaml")).resolve()
    workdir = Path(tempfile.mkdtemp(prefix="trd-deploy-"))
    deployment = LocalDeployment(args.replicas, args.port, args.bind, snapshot(source, workdir, 1), args.frame_ancestors, workdir=workdir)
    rollouts = [1]
    wanted: list[int] = []

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    def roll(signum: int, _frame: FrameType | None) -> None:
        wanted.append(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, roll)
    try:
        deployment.start()
        print(
            f"{args.replicas} replicas behind {deployment.url} (logs in {workdir}). Ctrl+C stops them all; "
            f"after editing {source}, `kill -HUP {os.getpid()}` rolls it out replica by replica.",
            flush=True,
        )
        while True:
            signal.pause()
            while wanted:
                wanted.clear()
                if roll_out(deployment, source, rollouts[-1] + 1):
                    rollouts.append(rollouts[-1] + 1)
    except KeyboardInterrupt:
        pass
    finally:
        deployment.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

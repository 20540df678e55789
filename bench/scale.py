"""Scale-out benchmark: the load journey through HAProxy with one replica and with two, in the same run.

Usage: python -m bench.scale [--saturation-sessions 8] [--saturation-rounds 4] [--sessions 40] [--rounds 2] [--pause 1 3]

Method (bench/load.py's journey and protocol driver, pointed at the balancer of deploy/local.py):
  - One balancer with two replicas for the whole run. "One replica" means app2 is in maintenance
    (the balancer's runtime API), so every new session lands on app1; "two replicas" means both
    are ready and the balancer's leastconn spreads new sessions over both.
  - Saturation: ``--saturation-sessions`` sessions open, then all run ``--saturation-rounds``
    rounds of the journey with no pause at all; actions per second = timed actions / wall time.
    Phases in the order 1, 2, 1, 2 replicas (new sessions each phase, closed after it), so a
    machine that changes speed during the run moves both figures; each side pools its two phases.
  - A person's pauses: one session alone runs its rounds (the baseline median), then
    ``--sessions`` sessions on two replicas run theirs with ``--pause`` seconds before each action,
    then the one session alone again. p95 of everyone together / the median alone (target under 2x).
  - Memory: each replica's VmRSS (lowest of five readings a second apart) before the sessions
    open and with all of them open after their journeys; per session = the growth / sessions.
  - The machine: its CPU share busy in each phase, and the load average, are printed; other work
    on the machine shows in them.

Bounded: fixed counts, a timeout on every action and on the whole run. Not part of pytest.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.journey import Timings
from bench.load import cpu_seconds, machine_busy_seconds, pauser, percentile, rss_mb, run_rounds, settled_rss_mb, share_busy
from bench.load_protocol import ProtocolDriver
from deploy.local import BACKEND, LocalDeployment, free_port, wait_for

ROOT = Path(__file__).resolve().parents[1]
TARGET_SPEEDUP = 1.6
TARGET_RATIO = 2.0
WHOLE_RUN_TIMEOUT_S = 1500


def use_replicas(deployment: LocalDeployment, count: int) -> None:
    """Send new sessions to the first ``count`` replicas only (the others in maintenance)."""
    for index, replica in enumerate(deployment.servers):
        state = "ready" if index < count else "maint"
        deployment.admin(f"set server {BACKEND}/{replica.name} state {state}")
        if state == "ready":
            wait_for(lambda name=replica.name: deployment.state(name) == "UP", f"{replica.name} up")  # type: ignore[misc]


def sessions_per_replica(deployment: LocalDeployment) -> dict[str, int]:
    """Open connections the balancer holds to each replica (``scur`` of ``show stat``)."""
    rows = [line.split(",") for line in deployment.admin("show stat").splitlines()]
    header = [column.lstrip("# ") for column in rows[0]]
    current = header.index("scur")
    return {row[1]: int(row[current]) for row in rows[1:] if len(row) > current and row[0] == BACKEND and row[1].startswith("app")}


async def saturation_phase(deployment: LocalDeployment, replicas: int, sessions: int, rounds: int, rng: random.Random) -> dict[str, Any]:
    use_replicas(deployment, replicas)
    async with ProtocolDriver() as driver:
        people = [await driver.open_session(deployment.url) for _ in range(sessions)]
        spread = sessions_per_replica(deployment)
        no_pause = pauser(rng, 0, 0)
        busy_before, started, client_before = machine_busy_seconds(), time.monotonic(), time.process_time()
        replicas_cpu_before = sum(cpu_seconds(r.pid) for r in deployment.servers)
        timings = await asyncio.gather(*(run_rounds(driver, person, rounds, no_pause) for person in people))
        seconds = time.monotonic() - started
        busy, client = share_busy(busy_before), (time.process_time() - client_before) / seconds
        replicas_cpu = sum(cpu_seconds(r.pid) for r in deployment.servers) - replicas_cpu_before
    actions = sum(len(t.all()) for t in timings)
    return {
        "replicas": replicas,
        "actions": actions,
        "seconds": seconds,
        "per_second": actions / seconds,
        "busy": busy,
        "client": client,
        "replicas_cores": replicas_cpu / seconds,
        "cpu_ms_per_action": 1000 * replicas_cpu / max(1, sum(len(t.all()) for t in timings)),
        "spread": spread,
    }


async def paused_run(deployment: LocalDeployment, sessions: int, rounds: int, pause_s: tuple[float, float], seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    use_replicas(deployment, len(deployment.servers))
    pids = {replica.name: replica.pid for replica in deployment.servers}
    async with ProtocolDriver() as driver:
        first = await driver.open_session(deployment.url)
        await driver.journey_round(first, Timings(), pauser(rng, 0, 0))  # warm-up
        first_pause = pauser(random.Random(rng.random()), *pause_s)
        alone_before = await run_rounds(driver, first, rounds, first_pause)
        rss_before = {name: await settled_rss_mb(pid) for name, pid in pids.items()}

        others = [await driver.open_session(deployment.url) for _ in range(sessions - 1)]
        everyone = [first, *others]
        spread = sessions_per_replica(deployment)
        pauses = [first_pause, *(pauser(random.Random(rng.random()), *pause_s) for _ in others)]
        delays = [rng.uniform(0, pause_s[1]) for _ in everyone]
        busy_before, started = machine_busy_seconds(), time.monotonic()
        together = await asyncio.gather(
            *(run_rounds(driver, person, rounds, pause, delay) for person, pause, delay in zip(everyone, pauses, delays, strict=True))
        )
        together_seconds, together_busy = time.monotonic() - started, share_busy(busy_before)
        rss_all = {name: await settled_rss_mb(pid) for name, pid in pids.items()}
        alone_after = await run_rounds(driver, first, rounds, first_pause)
    return {
        "alone_before": alone_before.all(),
        "alone_after": alone_after.all(),
        "together": [value for timings in together for value in timings.all()],
        "together_seconds": together_seconds,
        "together_busy": together_busy,
        "rss_before": rss_before,
        "rss_all": rss_all,
        "spread": spread,
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    ports = [free_port() for _ in range(2)]
    with LocalDeployment(2, port=free_port(), replica_ports=ports) as deployment:
        idle_rss = {replica.name: rss_mb(replica.pid) for replica in deployment.servers}
        # Warm both replicas (first runs, caches) before anything is timed.
        for replicas in (1, 2):
            await saturation_phase(deployment, replicas, 2, 1, rng)
        phases = []
        for replicas in (1, 2, 1, 2):
            phases.append(await saturation_phase(deployment, replicas, args.saturation_sessions, args.saturation_rounds, rng))
        paused = await paused_run(deployment, args.sessions, args.rounds, tuple(args.pause), args.seed)
    return {"phases": phases, "paused": paused, "idle_rss": idle_rss}


def report(result: dict[str, Any], args: argparse.Namespace) -> bool:
    print(f"load average at the end {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"saturation: {args.saturation_sessions} sessions, no pauses, {args.saturation_rounds} rounds each")
    for phase in result["phases"]:
        print(
            f"  {phase['replicas']} replica(s): {phase['actions']} actions in {phase['seconds']:5.1f} s "
            f"= {phase['per_second']:6.1f} actions/s  "
            f"(replicas used {phase['replicas_cores']:.2f} cores, {phase['cpu_ms_per_action']:.0f} ms of CPU an action; "
            f"machine busy {phase['busy']:.0%}; this benchmark's client {phase['client']:.0%} of a core; "
            f"connections {phase['spread']})"
        )

    def pooled(replicas: int) -> float:
        chosen = [p for p in result["phases"] if p["replicas"] == replicas]
        return sum(p["actions"] for p in chosen) / sum(p["seconds"] for p in chosen)

    speedup = pooled(2) / pooled(1)
    print(
        f"  actions/s: 1 replica {pooled(1):.1f}, 2 replicas {pooled(2):.1f}: {speedup:.2f}x (target at least {TARGET_SPEEDUP:g}x): "
        f"{'met' if speedup >= TARGET_SPEEDUP else 'NOT met'}"
    )

    paused = result["paused"]
    alone = paused["alone_before"] + paused["alone_after"]
    median_one = statistics.median(alone)
    together = paused["together"]
    p95_all = percentile(together, 0.95)
    ratio = p95_all / median_one
    print(f"with pauses {args.pause[0]:g}-{args.pause[1]:g} s, 2 replicas, {args.sessions} sessions ({paused['spread']} connections):")
    print(
        f"  1 session alone: {len(alone)} actions, median {median_one:.1f} ms "
        f"(before {statistics.median(paused['alone_before']):.1f}, after {statistics.median(paused['alone_after']):.1f})"
    )
    print(
        f"  {args.sessions} at once: {len(together)} actions in {paused['together_seconds']:.0f} s, "
        f"median {statistics.median(together):.1f} ms, "
        f"p95 {p95_all:.1f} ms; machine busy {paused['together_busy']:.0%}"
    )
    print(
        f"  p95({args.sessions}) / median(1) = {ratio:.2f}x (target under {TARGET_RATIO:g}x): "
        f"{'met' if ratio < TARGET_RATIO else 'NOT met'}"
    )
    growth = sum(paused["rss_all"][name] - paused["rss_before"][name] for name in paused["rss_all"])
    print(
        "  memory per replica (MB): idle "
        + ", ".join(f"{name} {mb:.0f}" for name, mb in result["idle_rss"].items())
        + "; with 1 session "
        + ", ".join(f"{name} {mb:.0f}" for name, mb in paused["rss_before"].items())
        + f"; with {args.sessions} sessions "
        + ", ".join(f"{name} {mb:.0f}" for name, mb in paused["rss_all"].items())
    )
    print(f"  memory per session: {growth / (args.sessions - 1):.2f} MB (growth over both replicas / extra sessions)")
    return speedup >= TARGET_SPEEDUP and ratio < TARGET_RATIO


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--saturation-sessions", type=int, default=8)
    parser.add_argument("--saturation-rounds", type=int, default=4)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pause", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 2 <= args.sessions <= 60 or not 2 <= args.saturation_sessions <= 30 or not 1 <= max(args.rounds, args.saturation_rounds) <= 10:
        parser.error("use 2 to 60 sessions, 2 to 30 saturation sessions, 1 to 10 rounds")
    result = asyncio.run(asyncio.wait_for(main_async(args), timeout=WHOLE_RUN_TIMEOUT_S))
    return 0 if report(result, args) else 1


if __name__ == "__main__":
    sys.exit(main())

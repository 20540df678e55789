"""What a benchmark figure is cited with: when it ran, on which commit, and how busy the machine was."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from testing_support.paths import ROOT


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def commit() -> str:
    """``git rev-parse --short HEAD``, plus "+changes" when files differ from it (untracked ones included)."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = bool(_git("status", "--porcelain"))
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head}+changes" if dirty else head


def load_average() -> str:
    """The machine's 1, 5 and 15 minute load averages, and its core count."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


@contextmanager
def run_stamp() -> Iterator[None]:
    """Print the date, the commit and the load average before the benchmark, and the time and load average after it."""
    print(f"started {_now()}; commit {commit()}; load average {load_average()}", flush=True)
    try:
        yield
    finally:
        print(f"ended {_now()}; load average {load_average()}", flush=True)

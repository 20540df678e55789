"""The Dockerfile cannot be built here; check what a mistake in it would break."""

from __future__ import annotations

import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
IGNORED = [
    line.strip() for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
]


def copied_paths() -> list[str]:
    return [line.split()[1].rstrip("/") for line in DOCKERFILE.splitlines() if line.startswith("COPY")]


def test_every_copied_path_exists_and_is_not_ignored() -> None:
    for source in copied_paths():
        assert (ROOT / source).exists(), source
        assert not any(fnmatch.fnmatch(source, pattern) for pattern in IGNORED), f"{source} is in .dockerignore"


def test_the_image_holds_everything_the_app_imports_and_reads() -> None:
    copied = set(copied_paths())
    assert {"app.py", "app_pages", "components", "trd", "data", "assets", ".streamlit", "requirements.txt"} <= copied


def test_base_port_health_and_address() -> None:
    assert DOCKERFILE.count("FROM python:3.11-slim") == 1
    assert "pip install -r requirements.txt" in DOCKERFILE
    assert "EXPOSE 8501" in DOCKERFILE
    health = next(line for line in DOCKERFILE.splitlines() if "_stcore/health" in line)
    assert "8501" in health
    assert "--server.address=0.0.0.0" in DOCKERFILE
    assert "\nUSER " in DOCKERFILE  # not root


def test_development_files_stay_out_of_the_image() -> None:
    for pattern in ("tests", "artifacts", ".git", "data/parts"):
        assert pattern in IGNORED

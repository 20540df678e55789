"""Paths to test data shared by several test modules."""

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
SMALL_CATALOG = TESTS / "fixtures" / "small_catalog.yaml"

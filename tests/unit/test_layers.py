"""The layers the README's architecture picture shows: imports go one way, and nothing under trd/ imports Streamlit."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRD = Path(__file__).resolve().parents[2] / "trd"
# What each sub-package may import from the others (itself always allowed).
ALLOWED = {"catalog": set(), "logic": {"catalog"}, "render": {"catalog", "logic"}}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    wrong = {}
    for path in sorted((TRD / layer).glob("*.py")):
        used = {name.split(".")[1] for name in imported_modules(path) if name.startswith("trd.") and name.count(".") >= 1}
        extra = used - ALLOWED[layer] - {layer}
        if extra:
            wrong[path.name] = sorted(extra)
    assert wrong == {}


def test_nothing_under_trd_imports_streamlit() -> None:
    users = [
        path.relative_to(TRD).as_posix()
        for path in TRD.rglob("*.py")
        if any(n.split(".")[0] == "streamlit" for n in imported_modules(path))
    ]
    assert users == []

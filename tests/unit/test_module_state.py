"""No module-level mutable state: one server process serves every person, so a module global is shared by all.

Every module in trd/ (sub-packages included) and components/ is imported and its globals scanned. A
list, dict, set or bytearray is allowed only under an UPPER_CASE name (a
constant by convention; tests/app/test_module_constants.py checks that
running every page leaves those constants as they were).
"""

from __future__ import annotations

import importlib
import pkgutil
import types

import pytest

import components
import trd

MUTABLE = (list, dict, set, bytearray)


def project_modules() -> list[types.ModuleType]:
    """Every importable module of the domain package and the components (``trd.__main__`` runs the CLI, so not it)."""
    modules = []
    for package in (trd, components):
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
            if not info.name.endswith("__main__"):
                modules.append(importlib.import_module(info.name))
    return modules


def is_constant_name(name: str) -> bool:
    return name.lstrip("_").isupper()


def mutable_globals(module: types.ModuleType) -> list[str]:
    """Names of ``module``'s globals that hold a mutable container under a non-constant name."""
    return sorted(
        f"{module.__name__}.{name}"
        for name, value in vars(module).items()
        if not name.startswith("__") and isinstance(value, MUTABLE) and not is_constant_name(name)
    )


def test_every_project_module_is_scanned() -> None:
    names = {module.__name__ for module in project_modules()}
    assert {"trd.catalog.loader", "trd.logic.links", "components.picked_options", "components.filter_panel"} <= names
    assert len(names) >= 30


@pytest.mark.filterwarnings("ignore")
def test_no_module_keeps_mutable_state_in_a_global() -> None:
    found = [name for module in project_modules() for name in mutable_globals(module)]
    assert found == [], f"module-level mutable state is shared by every session; move it into session state or make it a constant: {found}"


def test_the_scan_catches_a_module_global() -> None:
    module = types.ModuleType("example")
    module.seen_notes = []  # type: ignore[attr-defined]
    module._recent = {}  # type: ignore[attr-defined]
    module.LABELS = {"a": "A"}  # type: ignore[attr-defined]
    module.NAMES = ("a",)  # type: ignore[attr-defined]
    assert mutable_globals(module) == ["example._recent", "example.seen_notes"]

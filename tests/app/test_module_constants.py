"""Module constants (the UPPER_CASE lists, dicts and sets) are the same after every page has run.

They are shared by every session of the server process; a page that changed
one would change it for everybody. tests/unit/test_module_state.py makes sure
no other module-level container exists.
"""

from __future__ import annotations

import copy

import pytest

from tests.app.harness import run_app_page
from tests.unit.test_module_state import MUTABLE, project_modules

PAGES = ["app_pages/explore.py", "app_pages/compare.py", "app_pages/questions.py", "app_pages/learn.py", "app_pages/about.py"]


@pytest.mark.filterwarnings("ignore")
def test_shared_constants_are_unchanged_after_every_page_has_run() -> None:
    before = {
        (module.__name__, name): copy.deepcopy(value)
        for module in project_modules()
        for name, value in vars(module).items()
        if isinstance(value, MUTABLE) and not name.startswith("__")
    }
    assert len(before) >= 12  # the scan sees the constants (labels, colours and the values table are read-only, so not counted)
    links = [
        {"pick": "esketamine,rtms,cbt", "view": "cards", "want": "fast-relief,at-home"},
        {"pick": "ssri,ect", "layout": "cards", "travel": "90"},
    ]
    for query in links:
        for page in PAGES:
            app = run_app_page(page, query=query)
            assert not app.exception, (page, app.exception)
    after = {key: getattr(__import__(key[0], fromlist=["_"]), key[1]) for key in before}
    changed = [f"{module}.{name}" for (module, name), value in before.items() if after[(module, name)] != value]
    assert changed == [], f"running the pages changed shared constants: {changed}"

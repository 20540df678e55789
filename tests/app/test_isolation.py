"""The shared catalog is never changed by running the pages."""

from __future__ import annotations

from components.catalog_source import server_catalog
from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog
from trd.catalog.models import Catalog

PAGES = ["app_pages/explore.py", "app_pages/compare.py", "app_pages/questions.py", "app_pages/learn.py", "app_pages/about.py"]


def test_cached_catalog_is_unchanged_after_every_page_has_run() -> None:
    fresh = load_catalog()
    for page in PAGES:
        app = run_app_page(page, query={"pick": "esketamine,rtms,cbt"})
        assert not app.exception, (page, app.exception)
    cached = server_catalog()
    assert isinstance(cached, Catalog)
    assert cached == fresh
    assert cached.model_dump() == fresh.model_dump()

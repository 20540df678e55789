"""Run the real app (app.py with its navigation) in AppTest, on a chosen page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP_PATH = str(ROOT / "app.py")
DEFAULT_PAGE = "app_pages/explore.py"


def run_app_page(page: str = DEFAULT_PAGE, *, query: dict[str, str] | None = None, timeout: float = 60) -> AppTest:
    """AppTest of app.py after it has run ``page`` (a path like 'app_pages/compare.py')."""
    app = AppTest.from_file(APP_PATH, default_timeout=timeout)
    for name, value in (query or {}).items():
        app.query_params[name] = value
    app.run()
    if page != DEFAULT_PAGE:
        app.switch_page(page).run()
    return app

"""Run the real app (app.py with its navigation) in AppTest, on a chosen page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.browser_storage import answer_key
from components.checklist_state import STORAGE_COMPONENT_KEY
from components.remembered_tabs import open_tab_key

QUESTIONS_TABS_KEY = "questions_tabs"

ROOT = Path(__file__).resolve().parents[2]
APP_PATH = str(ROOT / "app.py")
DEFAULT_PAGE = "app_pages/explore.py"


def browser_answers(app: AppTest, stored: str | None = None) -> AppTest:
    """Give the Questions page the answer a browser gives when asked for its notes (``stored``: none).

    AppTest runs no browser, so the storage component never answers and the page waits for it; a
    browser answers at once. This puts the answer where the component's callback puts it.
    """
    app.session_state[answer_key(STORAGE_COMPONENT_KEY)] = {"text": stored}
    return app


def run_app_page(
    page: str = DEFAULT_PAGE, *, query: dict[str, str] | None = None, timeout: float = 60, stored: str | None = None
) -> AppTest:
    """AppTest of app.py after it has run ``page`` (a path like 'app_pages/compare.py'), in a browser holding ``stored`` notes."""
    app = browser_answers(AppTest.from_file(APP_PATH, default_timeout=timeout), stored)
    for name, value in (query or {}).items():
        app.query_params[name] = value
    app.run()
    if page != DEFAULT_PAGE:
        app.switch_page(page).run()
    return app


def open_questions_tab(app: AppTest, tab_id: str) -> AppTest:
    """Open a tab of the Questions page ("choose", "list", "history", "take") and run, as a click on it does.

    Only the open tab's content is drawn; AppTest cannot click a tab, so this puts the tab where the click's callback does.
    """
    app.session_state[open_tab_key(QUESTIONS_TABS_KEY)] = tab_id
    return app.run()

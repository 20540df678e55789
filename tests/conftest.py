"""Settings every test needs, made before any test module is imported, and the one Chromium of the run."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from testing_support.browser import CHROMIUM, CHROMIUM_ARGS
from testing_support.paths import NLTK_DATA

# textstat counts syllables with NLTK's cmudict, which `python -m scripts.prepare_cmudict` writes into
# the project. NLTK reads NLTK_DATA once, when it is first imported (textstat imports it), so set it
# here, ahead of any folder already named there.
os.environ["NLTK_DATA"] = os.pathsep.join(filter(None, [str(NLTK_DATA), os.environ.get("NLTK_DATA")]))
if "nltk" in sys.modules:  # imported already (by a plugin): tell it too
    sys.modules["nltk"].data.path.insert(0, str(NLTK_DATA))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the whole run, shared by tests/browser and tests/deploy.

    Playwright's sync API runs one instance per thread: a second ``sync_playwright()`` while the first
    is open fails, so both folders use this one fixture.
    """
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()

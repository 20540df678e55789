"""Find an element by the widget key the code gives it, so every key in a test can be grepped back to the code.

Streamlit puts the class ``st-key-<key>`` on a keyed widget's or container's element. Pass the key
the way the code spells it: a constant or a key-building function imported from the component
(``card_key(option_id)``, ``item_key("ql", "note", item_id)``), or the plain key string.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page


def key_selector(key: str) -> str:
    """The CSS selector of the element Streamlit draws for ``key``."""
    return f".st-key-{key}"


def locate(page: Page | Locator, key: str) -> Locator:
    """The element with widget key ``key`` in ``page`` (or inside a locator)."""
    return page.locator(key_selector(key))


def keys_starting(prefix: str) -> str:
    """The CSS selector of every element whose key holds ``prefix`` (for example every option card)."""
    return f"[class*='st-key-{prefix}']"

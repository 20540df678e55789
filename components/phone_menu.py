"""Close the page menu on a phone once a page is chosen from it.

On a narrow screen Streamlit folds the top navigation into the sidebar (the » button). After a
page is chosen there, the sidebar stays open over the new page, so a person sees the menu again
instead of the page they asked for. A few lines of script, run in the page itself (components v2:
no frame, nothing from another host), close it when the page changes; they do nothing on a wide
screen, on the first page opened, or when the menu is already closed.
"""

from __future__ import annotations

import streamlit as st

from components.hidden_container import hidden_container
from components.safety_notice import PHONE_WIDTH_PX

_SCRIPT = """
export default function ({ data }) {
  const { page, phoneWidth } = data;
  const before = window.__trdMenuPage;
  window.__trdMenuPage = page;
  if (before === undefined || before === page || window.innerWidth > phoneWidth) return;
  const menu = document.querySelector("[data-testid=stSidebar]");
  if (!menu || menu.getAttribute("data-collapsed") !== "false") return;
  const close = document.querySelector("[data-testid=stSidebarCollapseButton] button");
  if (close) close.click();
}
"""
_close_menu = st.components.v2.component("trd_phone_menu", js=_SCRIPT)
MENU_KEY = "phone_menu"


def close_menu_after_choice(page: str) -> None:
    """Call once per run, after the page, with the page's address; it draws nothing."""
    with hidden_container(f"{MENU_KEY}_frame"):
        _close_menu(key=MENU_KEY, data={"page": page, "phoneWidth": PHONE_WIDTH_PX})

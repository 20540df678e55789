"""Nothing leaves the machine: not from the browser, not from the server process."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

from playwright.sync_api import Browser

from testing_support.browser import DESKTOP
from testing_support.page_watch import PageWatch
from testing_support.paths import AUDITED_STREAMLIT
from testing_support.server import streamlit_server
from testing_support.waits import open_page

PAGES = ["", "compare", "questions", "learn", "about"]


def is_local(record: str) -> bool:
    """True for a connect/lookup record aimed at this machine (loopback or a local socket)."""
    kind, _, target = record.partition(" ")
    value = eval(target, {"__builtins__": {}})  # repr of a str or an address tuple, written by our own hook
    if kind == "lookup":
        return value in ("localhost", "127.0.0.1", "::1", None, "")
    if isinstance(value, str):  # a unix socket path
        return True
    host = value[0]
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def test_server_connects_to_no_other_host(browser: Browser, tmp_path: Path) -> None:
    log = tmp_path / "connections.log"
    log.touch()
    launcher = [sys.executable, str(AUDITED_STREAMLIT)]
    with streamlit_server(env={"TRD_AUDIT_LOG": str(log)}, launcher=launcher) as url:
        context = browser.new_context(viewport=DESKTOP)
        watch = PageWatch("127.0.0.1")
        watch.attach(context)
        page = context.new_page()
        for path in PAGES:
            open_page(page, f"{url}/{path}")
        context.close()
    records = [line for line in log.read_text().splitlines() if line.strip()]
    assert "lookup 'localhost'" in records, "the audit hook did not record anything"
    outside = [record for record in records if not is_local(record)]
    assert outside == [], f"the server reached out: {outside}"
    assert watch.foreign_requests == [], f"the browser reached out: {watch.foreign_requests}"


def test_outside_addresses_are_recognised() -> None:
    assert not is_local("connect ('93.184.216.34', 443)")
    assert not is_local("lookup 'checkip.amazonaws.com'")
    assert is_local("connect ('127.0.0.1', 8501)") and is_local("connect ('::1', 8501, 0, 0)")

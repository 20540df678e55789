"""The browser the tests and the browser benchmark drive: Debian's Chromium, its flags, the window sizes."""

from __future__ import annotations

from playwright.sync_api import ViewportSize

CHROMIUM = "/usr/bin/chromium"
# Without these Chromium phones home at start; the privacy tests must see only our host.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

DESKTOP: ViewportSize = {"width": 1366, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}

"""What the balancer adds to every answer, and that the app runs under it.

Security headers on every kind of response (page, script, health check, websocket upgrade aside):
X-Content-Type-Options, Referrer-Policy: no-referrer, and a Content-Security-Policy under which
every page, Compare's charts, the Questions page's storage component and presentation mode run
with no violation. frame-ancestors lets the app frame its own components and whatever site a
clinic names, nothing else. Text is gzipped, the frontend's hashed files are cached for a year,
and nothing listens beyond loopback unless asked.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import threading
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import BrowserContext, expect

from deploy.local import LocalDeployment, free_port
from testing_support.deployment import Watch, running_deployment
from testing_support.waits import open_page

# The clinic's intranet page and another site's, both framing the app: one small server on loopback,
# reached as two origins (Chromium lets only local pages frame a loopback address).
PORTAL_PORT = free_port()
CLINIC = f"http://localhost:{PORTAL_PORT}"
ELSEWHERE = f"http://127.0.0.1:{PORTAL_PORT}"
PAGES = [
    "/",
    "/compare?pick=ssri,rtms,esketamine",
    "/questions?pick=esketamine",
    "/learn",
    "/about",
    "/?present=1&pick=esketamine,rtms",
]


@pytest.fixture(scope="module")
def deployment() -> Iterator[LocalDeployment]:
    with running_deployment(2, frame_ancestors=CLINIC) as deployment:
        yield deployment


@pytest.fixture(scope="module")
def portal(deployment: LocalDeployment) -> Iterator[None]:
    page = f'<!doctype html><title>Clinic</title><iframe id="app" src="{deployment.url}/about" width="1200" height="800"></iframe>'.encode()

    class Portal(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", PORTAL_PORT), Portal)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield
    server.shutdown()


def fetch(url: str, cookie: str = "") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Cookie": cookie})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()


def test_every_answer_carries_the_security_headers_and_text_is_compressed(deployment: LocalDeployment) -> None:
    base = deployment.url
    _, first, page = fetch(f"{base}/")
    cookie = first["set-cookie"].split(";")[0]  # what the browser sends with every later request
    assert cookie.startswith("TRDSERVER=app")
    script = re.search(rb'src="\./(static/js/index\.[^"]+\.js)"', gzip.decompress(page))
    assert script, "no script in the page"
    for path in ("/", "/questions", f"/{script.group(1).decode()}", "/_stcore/health", "/_stcore/host-config"):
        status, headers, body = fetch(base + path)
        assert status == 200, path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "no-referrer", path
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "object-src 'none'" in csp, path
        assert csp.endswith(f"frame-ancestors 'self' {CLINIC}"), csp
        if len(body) > 1024:  # gzip leaves the tiny health answer alone
            assert headers.get("content-encoding") == "gzip", path
            gzip.decompress(body)
    _, headers, body = fetch(f"{base}/{script.group(1).decode()}", cookie)
    assert "max-age=31536000" in headers["cache-control"] and "immutable" in headers["cache-control"]
    assert len(body) < len(gzip.decompress(body)) / 2  # HAProxy 2.6 (libslz, stateless): about 2.1x on minified script


@pytest.mark.browser
def test_every_page_runs_under_the_policy_with_no_violation(
    deployment: LocalDeployment, new_person: Callable[..., BrowserContext], watch: Watch
) -> None:
    page = new_person(deployment.url).new_page()
    for path in PAGES:
        with page.expect_response(lambda response: response.request.resource_type == "document") as document:
            open_page(page, deployment.url + path)
        assert "frame-ancestors" in document.value.headers["content-security-policy"]
        assert page.locator("[data-testid=stException]").count() == 0, path
        if path.startswith("/compare"):
            expect(page.locator(".js-plotly-plot").first).to_be_visible()
        if path.startswith("/questions"):  # the storage component (a frame of the app's own) ran
            expect(page.get_by_text("kept in this browser only")).to_be_visible()
        assert watch.csp_violations() == [], path
    assert watch.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("site", "shown"), [(CLINIC, True), (ELSEWHERE, False)], ids=["the-clinic", "another-site"])
def test_only_the_clinic_named_may_show_the_app_in_a_frame(
    deployment: LocalDeployment, portal: None, new_person: Callable[..., BrowserContext], watch: Watch, site: str, shown: bool
) -> None:
    page = new_person(deployment.url).new_page()
    refused = lambda message: "frame-ancestors" in message.text  # noqa: E731
    if shown:
        page.goto(f"{site}/portal")
        expect(page.frame_locator("#app").locator(".st-key-safety_notice")).to_be_visible(timeout=30_000)
        assert not any("frame-ancestors" in text for text in watch.console_errors)
    else:
        with page.expect_console_message(refused, timeout=30_000):
            page.goto(f"{site}/portal")
        assert page.frame_locator("#app").locator(".st-key-safety_notice").count() == 0
        watch.console_errors[:] = [text for text in watch.console_errors if "frame-ancestors" not in text]


def test_nothing_listens_beyond_loopback(deployment: LocalDeployment) -> None:
    pids = {str(deployment.balancer.pid)} if deployment.balancer else set()
    pids |= {str(replica.pid) for replica in deployment.servers}
    listening = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True, check=True).stdout.splitlines()
    ours = [line for line in listening if any(f"pid={pid}," in line for pid in pids)]
    addresses = {line.split()[3] for line in ours}
    assert len(addresses) >= 3, ours  # the balancer and both replicas
    assert all(address.startswith("127.0.0.1:") for address in addresses), addresses

"""A cold first load through the balancer moves at most half the bytes of a bare ``streamlit run``.

Both measured in the same run by bench/first_load.py's counting relay (every byte between Chromium
and the server, websocket frames included). The websocket is compressed end to end: the replicas
offer permessage-deflate and the balancer passes the negotiation through.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import websockets
from playwright.sync_api import Browser

from bench.first_load import APP_DRAWN, BARE_DRAWN, bare_streamlit, measure
from deploy.local import LocalDeployment
from testing_support.deployment import run_async, running_deployment


@pytest.fixture(scope="module")
def deployment() -> Iterator[LocalDeployment]:
    with running_deployment(2) as deployment:
        yield deployment


def test_the_websocket_is_compressed_through_the_balancer(deployment: LocalDeployment) -> None:
    async def extensions() -> str | None:
        url = deployment.url.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(url, subprotocols=[websockets.Subprotocol("streamlit")]) as socket:
            assert socket.response is not None
            return socket.response.headers.get("Sec-WebSocket-Extensions")

    assert "permessage-deflate" in (run_async(extensions) or "")


@pytest.mark.browser
def test_a_cold_first_load_moves_at_most_half_the_bytes_of_a_bare_app(deployment: LocalDeployment, browser: Browser) -> None:
    with bare_streamlit() as bare_url:
        bare = measure(browser, bare_url, BARE_DRAWN)
    balanced = measure(browser, deployment.url, APP_DRAWN)
    print(f"cold first load to the browser: bare {bare.to_browser:,d} bytes, through the balancer {balanced.to_browser:,d}")
    assert bare.to_browser > 1_000_000  # the bare app really loaded Streamlit's frontend
    assert balanced.to_browser <= 0.5 * bare.to_browser

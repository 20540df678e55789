"""One person's session driven over Streamlit's own websocket protocol, with no browser.

It sends what the browser sends (a ``BackMsg`` asking for a rerun, with the widget values,
the page and the query string) and reads what the browser reads (``ForwardMsg``: elements,
navigation, query string changes, "script finished"), so a load test can run many sessions on a
two-core machine without a browser drawing for each one. Nothing is drawn: a rerun's time here is
the server's share only, from sending the request to receiving "script finished".
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Element_pb2 import Element
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

# Streamlit names a keyed widget "$$ID-<hash>-<key>".
_KEYED_ID = re.compile(r"^\$\$ID-[0-9a-f]+-(?P<key>.+)$")
_FINISHED_OK = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)


class ProtocolError(RuntimeError):
    """The app answered with something a person would see as broken (an exception, a failed run)."""


@dataclass
class _Run:
    """What one rerun sent: its elements (each with the fragment it belongs to, or ""), and how it ended."""

    elements: list[tuple[Element, str]] = field(default_factory=list)
    finished: asyncio.Event = field(default_factory=asyncio.Event)
    status: int | None = None


class ProtocolSession:
    """A session on a running Streamlit server: open a page, change keyed widgets, follow links."""

    def __init__(self, base_url: str, timeout_s: float = 90.0) -> None:
        self._stream_url = f"ws://{urlparse(base_url).netloc}/_stcore/stream"
        self._timeout_s = timeout_s
        self._socket: websockets.ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._run = _Run()
        self._widgets: dict[str, WidgetState] = {}  # by widget id: the values this person has set
        self._page_hash = ""
        self._query = ""
        self._pages: dict[str, str] = {}  # url path ("" for the default page) -> page script hash

    async def open(self, path: str = "", query: str = "") -> float:
        """Connect and run the page at ``path`` (as a first visit to that URL would); milliseconds taken."""
        self._socket = await websockets.connect(self._stream_url, subprotocols=[websockets.Subprotocol("streamlit")], max_size=None)
        self._reader = asyncio.create_task(self._read())
        self._query = query
        return await self._rerun(page_name=path)

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)

    @property
    def elements(self) -> list[Element]:
        """Every element on the page after the last run, in the order they arrived."""
        return [element for element, _ in self._run.elements]

    @property
    def page_path(self) -> str:
        return next((path for path, page_hash in self._pages.items() if page_hash == self._page_hash), "")

    def texts(self) -> list[str]:
        """The visible words of headings, markdown, captions, alerts and link labels of the last run."""
        found = []
        for element in self.elements:
            kind = element.WhichOneof("type")
            if kind in ("heading", "markdown", "text", "alert"):
                found.append(getattr(element, kind).body)
            elif kind == "page_link":
                found.append(element.page_link.label)
        return found

    def count(self, kind: str) -> int:
        """How many elements of ``kind`` (for example ``plotly_chart``) the last run drew."""
        return sum(1 for element in self.elements if element.WhichOneof("type") == kind)

    async def set_bool(self, key: str, value: bool) -> float:
        return await self._set(key, lambda state: setattr(state, "bool_value", value))

    async def set_int(self, key: str, value: int) -> float:
        return await self._set(key, lambda state: setattr(state, "int_value", value))

    async def set_strings(self, key: str, values: list[str]) -> float:
        return await self._set(key, lambda state: state.string_array_value.data.extend(values))

    async def follow_link(self, label: str) -> float:
        """Click the page link labelled ``label`` in the last run; milliseconds to the end of the new page's run."""
        for element in self.elements:
            if element.WhichOneof("type") == "page_link" and element.page_link.label == label:
                self._page_hash = element.page_link.page_script_hash
                self._query = element.page_link.query_string
                return await self._rerun()
        raise ProtocolError(f"no link labelled {label!r} on {self.page_path or 'the default page'}")

    async def go_to(self, path: str) -> float:
        """Use the navigation to open the page at ``path``: a page switch starts with an empty query string."""
        if path not in self._pages:
            raise ProtocolError(f"no page at {path!r}; the app has {sorted(self._pages)}")
        self._page_hash = self._pages[path]
        self._query = ""
        return await self._rerun()

    def _widget(self, key: str) -> tuple[str, str]:
        """The id of the widget with ``key``, and the fragment it was drawn in ("" for none)."""
        for element, fragment in self._run.elements:
            widget_id = self._id_of(element)
            match = _KEYED_ID.match(widget_id)
            if match and match["key"] == key:
                return widget_id, fragment
        raise ProtocolError(f"no widget with key {key!r} on {self.page_path or 'the default page'}")

    async def _set(self, key: str, fill: Callable[[WidgetState], object]) -> float:
        widget_id, fragment = self._widget(key)
        state = WidgetState(id=widget_id)
        fill(state)
        self._widgets[state.id] = state
        # Like the browser: a widget inside a fragment reruns only that fragment.
        return await self._rerun(fragment=fragment)

    async def _rerun(self, page_name: str = "", fragment: str = "") -> float:
        assert self._socket is not None, "open() first"
        message = BackMsg()
        client = message.rerun_script
        client.query_string = self._query
        client.page_script_hash = self._page_hash
        client.page_name = page_name
        client.fragment_id = fragment
        client.widget_states.widgets.extend(self._widgets.values())
        # A fragment's rerun redraws only that fragment; the rest of the page stays as it was.
        kept = [(element, owner) for element, owner in self._run.elements if fragment and owner != fragment]
        self._run = run = _Run(elements=kept)
        started = time.perf_counter()
        await self._socket.send(message.SerializeToString())
        try:
            await asyncio.wait_for(run.finished.wait(), self._timeout_s)
        except TimeoutError:
            raise ProtocolError(f"no 'script finished' within {self._timeout_s:g} s on {self.page_path!r}") from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        if run.status not in _FINISHED_OK:
            raise ProtocolError(f"the run on {self.page_path!r} ended with status {run.status}")
        if shown := [element.exception.message for element in self.elements if element.WhichOneof("type") == "exception"]:
            raise ProtocolError(f"the app showed an exception on {self.page_path!r}: {shown[0]}")
        # Like the browser: keep only the values of widgets on the page now.
        drawn = {self._id_of(element) for element in self.elements}
        self._widgets = {widget_id: state for widget_id, state in self._widgets.items() if widget_id in drawn}
        return elapsed_ms

    @staticmethod
    def _id_of(element: Element) -> str:
        widget = getattr(element, element.WhichOneof("type") or "", None)
        widget_id = getattr(widget, "id", "")
        return widget_id if isinstance(widget_id, str) else ""

    async def _read(self) -> None:
        assert self._socket is not None
        try:
            async for data in self._socket:
                message = ForwardMsg()
                message.ParseFromString(data if isinstance(data, bytes) else data.encode())
                self._take(message)
        except websockets.ConnectionClosed:
            pass

    def _take(self, message: ForwardMsg) -> None:
        kind = message.WhichOneof("type")
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            self._run.elements.append((message.delta.new_element, message.delta.fragment_id))
        elif kind == "navigation":
            self._pages = {page.url_pathname: page.page_script_hash for page in message.navigation.app_pages}
            self._page_hash = message.navigation.page_script_hash
        elif kind == "page_info_changed":
            self._query = message.page_info_changed.query_string
        elif kind == "script_finished" and message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            self._run.elements.clear()  # the script asked for a rerun of itself (a full one); what counts is that rerun
        elif kind == "script_finished":
            self._run.status = message.script_finished
            self._run.finished.set()

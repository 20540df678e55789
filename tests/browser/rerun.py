"""Wait for the rerun that a widget action starts, not just for a quiet page.

``wait_for_app`` can return before a rerun has begun (the page still says
'notRunning' from the last run), and the app's ``data-test-script-state``
attribute cannot tell either: React may batch a quick run's running ->
notRunning into one render, so the page never shows 'running'.

``watch_runs(context)`` adds a small script to every page of a browser context
that notes each "script finished" message the server sends. ``rerun_after``
then returns only once a run has finished after the action. On a page without
that script it falls back to watching the attribute (with its old values).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import BrowserContext, Page

from tests.browser.conftest import wait_for_app

# Added to every page before the app loads: note when the server's "script finished" message for a
# completed run arrives (a ForwardMsg whose field 6, script_finished, is 0 or 3), and when the frame
# after it has been drawn. The app's data-test-script-state attribute is not enough: React may
# batch a quick run's running -> notRunning into one render, so the DOM never shows 'running'.
RUN_END_HOOK = """(() => {
    const Native = window.WebSocket;
    window.__runEnds = [];
    const scriptFinished = (buffer) => {
        const bytes = new Uint8Array(buffer);
        let at = 0;
        const varint = () => {
            let value = 0, shift = 0, byte;
            do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80 && at < bytes.length);
            return value;
        };
        while (at < bytes.length) {
            const tag = varint(), field = Math.floor(tag / 8), wire = tag & 7;
            if (wire === 0) { const value = varint(); if (field === 6) return value; }
            else if (wire === 2) { const length = varint(); at += length; }
            else if (wire === 1) at += 8;
            else if (wire === 5) at += 4;
            else return null;
        }
        return null;
    };
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            const seen = (buffer) => {
                const status = scriptFinished(buffer);
                if (status === 0 || status === 3) {
                    requestAnimationFrame(() => setTimeout(() => window.__runEnds.push(performance.now()), 0));
                }
            };
            this.addEventListener('message', (event) => {
                if (event.data instanceof ArrayBuffer) seen(event.data);
                else if (event.data instanceof Blob) event.data.arrayBuffer().then(seen);
            });
        }
    };
})();"""


def watch_runs(context: BrowserContext) -> None:
    """Note every finished run in the pages this context opens from now on (call before ``open_page``)."""
    context.add_init_script(RUN_END_HOOK)


# Before the action: how many runs had finished, and (fallback) whether the attribute goes to 'running'.
ARM = """() => {
    const app = document.querySelector('[data-testid=stApp]');
    window.__trdRun = {endsBefore: window.__runEnds ? window.__runEnds.length : null, seen: false};
    if (window.__trdRunObserver) window.__trdRunObserver.disconnect();
    window.__trdRunObserver = new MutationObserver((records) => {
        if (records.some((record) => record.oldValue === 'running') || app.getAttribute('data-test-script-state') === 'running') {
            window.__trdRun.seen = true;
        }
    });
    window.__trdRunObserver.observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ['data-test-script-state']});
}"""
RUN_DONE = """() => {
    const state = document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state');
    const finished = window.__trdRun.endsBefore === null ? window.__trdRun.seen : window.__runEnds.length > window.__trdRun.endsBefore;
    return finished && state === 'notRunning';
}"""


@contextmanager
def rerun_after(page: Page, timeout: float = 30_000) -> Iterator[None]:
    """Around a widget action: on leaving, the rerun it caused has run to its end."""
    page.evaluate(ARM)
    yield
    page.wait_for_function(RUN_DONE, timeout=timeout)
    wait_for_app(page, timeout)

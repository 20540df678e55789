"""Note, in every page of a browser context, each run the server reports as finished.

The browser tests and the browser load benchmark need to know when the rerun that an action
started has ended. The app's ``data-test-script-state`` attribute cannot tell: React may batch a
quick run's running -> notRunning into one render, so the page never shows 'running'. The
server's "script finished" message always arrives, so a script added before the app loads
counts those messages in ``window.__runEnds``.
"""

from __future__ import annotations

from playwright.sync_api import BrowserContext

# Added to every page before the app loads: note when the server's "script finished" message for a
# completed run arrives (a ForwardMsg whose field 6, script_finished, is 0 or 3), and when the frame
# after it has been drawn.
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

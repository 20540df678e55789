"""Compare's Plotly figures, built once for the same options and settings and reused on the reruns after.

Building a Plotly figure costs a few milliseconds (Plotly copies every property), and Compare redraws
its three Plotly charts on every change, even one that does not touch them (the outcome measure).
The figures depend only on the options and the settings passed in, so a figure built for the same
option objects (the cached catalog's, compared by identity) and the same settings is reused. It is a
memo of a pure function: every session that asks for the same picks gets the same drawing, and
nothing a person typed is in it. Figures handed out here must not be changed (slides build their own).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from trd.catalog.models import Treatment

MEMO_SIZE = 64  # figures kept, least recently used dropped first

_memo: OrderedDict[Hashable, tuple[tuple[Treatment, ...], Any]] = OrderedDict()
_lock = threading.Lock()


def remembered_figure(build: Callable[..., Any], treatments: Sequence[Treatment], *settings: Hashable) -> Any:
    """``build(treatments, *settings)``, or the figure it returned before for these same option objects and settings."""
    key = (build.__module__, build.__qualname__, tuple(id(t) for t in treatments), settings)
    with _lock:
        hit = _memo.get(key)
        # Identity, not equality: the stored options stay alive in the memo, so their ids cannot be reused.
        if hit is not None and len(hit[0]) == len(treatments) and all(a is b for a, b in zip(hit[0], treatments, strict=True)):
            _memo.move_to_end(key)
            return hit[1]
    figure = build(treatments, *settings)
    with _lock:
        _memo[key] = (tuple(treatments), figure)
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return figure

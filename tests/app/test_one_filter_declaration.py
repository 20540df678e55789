"""A filter is one declaration: added to the table (here, in the test), it works everywhere with no other edit.

It appears in the side panel with its count, is read from a link and written back to it, is reset by
"Clear all filters", narrows the results, and is named in the loosen hints.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.harness import run_app_page
from trd.catalog.loader import load_catalog
from trd.logic import filtering
from trd.logic.filtering import Filter, FilterChoices, Widget, filter_options, loosen_hints
from trd.logic.link_codecs import FlagCodec
from trd.logic.links import ExploreView, encode_explore, parse_explore

CATALOG = load_catalog()
CAN_DRIVE = Filter(
    name="can_drive_after",
    key="drive",
    codec=FlagCodec(),
    default=False,
    label="I can drive myself home",
    widget=Widget.CHECKBOX,
    test=lambda on: (lambda t: not t.needs_driver) if on else None,
    from_widget=bool,
)
DRIVERS_NOT_NEEDED = sum(1 for t in CATALOG.treatments if not t.needs_driver)


@pytest.fixture
def with_new_filter(monkeypatch: pytest.MonkeyPatch) -> tuple[Filter, ...]:
    table = (*filtering.FILTERS, CAN_DRIVE)
    monkeypatch.setattr(filtering, "FILTERS", table)
    return table


def heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if " of " in h.value and "options" in h.value)


def test_the_new_filter_round_trips_through_a_link_and_filters(with_new_filter: tuple[Filter, ...]) -> None:
    view = ExploreView(FilterChoices(can_drive_after=True, setting=filtering.SettingChoice.HOME))
    params = encode_explore(view)
    assert params == {"drive": "1", "where": "home"}
    parsed = parse_explore(params)
    assert parsed.notes == () and parsed.view == view
    outcome = filter_options(CATALOG.treatments, FilterChoices(can_drive_after=True))
    assert len(outcome.options) == DRIVERS_NOT_NEEDED < len(CATALOG.treatments)
    assert all(not t.needs_driver for t in outcome.options)
    nothing_left = FilterChoices(can_drive_after=True, search="electroconvulsive")
    assert "I can drive myself home" in [hint.label for hint in loosen_hints(CATALOG.treatments, nothing_left)]


def test_the_new_filter_is_in_the_panel_is_read_from_a_link_and_cleared(with_new_filter: tuple[Filter, ...]) -> None:
    at = run_app_page(query={"drive": "1"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.checkbox(key="filters_drive").value is True
    assert at.checkbox(key="filters_drive").label == "I can drive myself home"
    assert heading(at) == f"{DRIVERS_NOT_NEEDED} of {len(CATALOG.treatments)} options"
    assert f"{DRIVERS_NOT_NEEDED} of {len(CATALOG.treatments)} options" in [c.value for c in at.sidebar.caption]
    assert not any("could not be used" in info.value for info in at.info)

    at.checkbox(key="filters_drive").uncheck().run()
    assert "drive" not in at.query_params
    at.checkbox(key="filters_drive").check().run()
    assert at.query_params["drive"] == "1"

    at.text_input(key="filters_q").input("electroconvulsive").run()
    assert heading(at).startswith("0 of")
    at.button(key="explore_clear").click().run()
    assert at.checkbox(key="filters_drive").value is False
    assert heading(at) == f"{len(CATALOG.treatments)} of {len(CATALOG.treatments)} options"
    assert "drive" not in at.query_params

"""The load journey spoken over Streamlit's websocket protocol, one connection per session (no browser)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.journey import PICK_NAMES, Pause, Timings
from bench.protocol_session import ProtocolError, ProtocolSession

COMPARE_PLOTLY_CHARTS = 3  # onset, first eight weeks, the options map (the number charts are HTML)


@dataclass
class _Person:
    """A session, and what this person has set in it."""

    session: ProtocolSession
    leave_out_anesthesia: bool = False
    travel_minutes: int = 30
    picked: list[str] = field(default_factory=list)


class ProtocolDriver:
    """Opens protocol sessions and runs the journey in them, checking each page shows what it should."""

    def __init__(self) -> None:
        self._people: list[_Person] = []

    async def __aenter__(self) -> ProtocolDriver:
        return self

    async def __aexit__(self, *exc: object) -> None:
        for person in self._people:
            await person.session.close()

    async def open_session(self, url: str) -> _Person:
        session = ProtocolSession(url)
        await session.open()
        if "Explore the options" not in session.texts():
            raise ProtocolError("the first page is not Explore")
        person = _Person(session)
        self._people.append(person)
        return person

    async def journey_round(self, person: _Person, timings: Timings, pause: Pause) -> None:
        """One round; the session starts and ends on Explore with nothing picked."""
        session = person.session
        await pause()
        person.leave_out_anesthesia = not person.leave_out_anesthesia
        timings.add("filter", await session.set_bool("filters_anes", person.leave_out_anesthesia))

        for name in PICK_NAMES:
            await pause()
            person.picked.append(name)
            timings.add("pick", await session.set_strings("explore_pick", list(person.picked)))

        await pause()
        timings.add("open compare", await session.follow_link(f"Compare the {len(PICK_NAMES)} picked options"))
        if session.count("plotly_chart") != COMPARE_PLOTLY_CHARTS:
            raise ProtocolError(f"Compare drew {session.count('plotly_chart')} Plotly charts, not {COMPARE_PLOTLY_CHARTS}")

        await pause()
        person.travel_minutes = 60 if person.travel_minutes != 60 else 45  # always a change, so always a rerun
        timings.add("travel time", await session.set_int("compare_travel", person.travel_minutes))
        if not any(f"with {person.travel_minutes} minutes of travel" in text for text in session.texts()):
            raise ProtocolError("the first-eight-weeks chart did not take the new travel time")

        await pause()
        timings.add("back to explore", await session.go_to(""))

        while person.picked:
            await pause()
            person.picked.pop()
            timings.add("unpick", await session.set_strings("explore_pick", list(person.picked)))
        if not any(text.startswith("0 picked.") for text in session.texts()):
            raise ProtocolError("the picks were not all taken out")

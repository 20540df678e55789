"""Two people at once never see each other's state.

Two separate browser contexts (two people, two devices) use the same server at
the same time, each with their own search, filters, picks, ticked questions and
notes. Neither sees the other's, not after the other changes something, not
after a reload, and not in a fresh tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from components.checklist_editor import item_key, question_box_key
from testing_support.browser import DESKTOP
from testing_support.locate import locate
from testing_support.page_watch import PageWatch
from testing_support.run_watch import watch_runs
from testing_support.waits import open_page, rerun_after, wait_for_app, wait_for_settled
from trd.logic.checklist import bank_item_id


@pytest.fixture
def second_person(browser: Browser, watch: PageWatch) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=DESKTOP)
    watch.attach(context)
    watch_runs(context)
    yield context
    context.close()


def search_for(page: Page, text: str) -> None:
    box = locate(page, "filters_q").locator("input")
    box.fill(text)
    with rerun_after(page):
        box.press("Enter")


def pick(page: Page, names: list[str]) -> None:
    box = locate(page, "explore_pick").locator("input")
    for name in names:
        box.click()
        box.fill(name)
        with rerun_after(page):
            page.get_by_role("option", name=name, exact=True).click()
    page.keyboard.press("Escape")


def picked(page: Page) -> str:
    return locate(page, "explore_pick").inner_text()


def state_of(page: Page) -> tuple[str, bool, str]:
    return (
        locate(page, "filters_q").locator("input").input_value(),
        locate(page, "filters_trd").locator("input").is_checked(),
        picked(page),
    )


def test_two_people_keep_their_own_search_filters_and_picks(page: Page, app_url: str, second_person: BrowserContext) -> None:
    anna, ben = page, second_person.new_page()
    open_page(anna, app_url)
    open_page(ben, app_url)

    search_for(anna, "ketamine")
    with rerun_after(anna):
        locate(anna, "filters_trd").get_by_text("FDA approved or cleared for TR").click()
    pick(anna, ["Esketamine nasal spray", "Electroconvulsive therapy (ECT)"])

    search_for(ben, "therapy")
    pick(ben, ["Regular exercise", "SSRI antidepressants"])

    anna_state = ("ketamine", True, picked(anna))
    ben_state = ("therapy", False, picked(ben))
    assert "Esketamine" in anna_state[2] and "Regular exercise" not in anna_state[2]
    assert "Regular exercise" in ben_state[2] and "Esketamine" not in ben_state[2]
    assert state_of(anna) == anna_state
    assert state_of(ben) == ben_state

    # Each one's reload (the link keeps their own view) shows their own state, not the other's.
    for person, own in ((anna, anna_state), (ben, ben_state)):
        person.reload()
        wait_for_app(person)
        assert state_of(person) == own

    # A change by one after the other's reload does not reach the other.
    search_for(ben, "walking")
    assert state_of(anna) == anna_state
    anna.reload()
    wait_for_app(anna)
    assert state_of(anna) == anna_state

    # A fresh tab without a link starts clean for both: nothing is kept on the server between sessions.
    for context in (anna.context, second_person):
        fresh = context.new_page()
        open_page(fresh, app_url)
        assert state_of(fresh)[:2] == ("", False)
        assert "Esketamine" not in picked(fresh) and "Regular exercise" not in picked(fresh)
        expect(fresh.get_by_role("heading", name=re.compile(r"^(\d+) of \1 options$"))).to_be_visible()
        fresh.close()


def test_two_people_on_compare_keep_their_own_travel_time(page: Page, app_url: str, second_person: BrowserContext) -> None:
    anna, ben = page, second_person.new_page()
    open_page(anna, f"{app_url}/compare?pick=ssri,rtms")
    open_page(ben, f"{app_url}/compare?pick=ect,esketamine")
    travel = locate(anna, "compare_travel").locator("input")
    travel.fill("120")
    with rerun_after(anna):
        travel.press("Enter")
    with rerun_after(ben):
        locate(ben, "compare_measure").get_by_text("Remission", exact=True).click()
    assert locate(ben, "compare_travel").locator("input").input_value() == "30"
    assert "measure=" not in anna.url and "measure=remission" in ben.url
    ben.reload()
    wait_for_app(ben)
    assert locate(ben, "compare_travel").locator("input").input_value() == "30"
    assert [h.splitlines()[0].strip() for h in locate(ben, "compare_answers").locator("article h3").all_inner_texts()] == [
        "Electroconvulsive therapy (ECT)",
        "Esketamine nasal spray",
    ]
    anna.reload()
    wait_for_app(anna)
    assert locate(anna, "compare_travel").locator("input").input_value() == "120"
    assert "SSRI antidepressants" in locate(anna, "compare_answers").inner_text()


def tick_key(question: str) -> str:
    return question_box_key("qb", question, "esketamine")


def note_key(question: str) -> str:
    return item_key("ql", "note", bank_item_id(question, "esketamine"))


def tick_and_note(page: Page, question: str, note: str) -> None:
    with rerun_after(page):
        locate(page, tick_key(question)).locator("label").click()
    page.get_by_role("tab", name="My list and answers").click()
    box = locate(page, note_key(question)).locator("textarea")
    box.fill(note)
    with rerun_after(page):
        box.blur()
    page.get_by_role("tab", name="Choose questions").click()


def test_two_people_keep_their_own_ticks_and_notes(page: Page, app_url: str, second_person: BrowserContext) -> None:
    anna, ben = page, second_person.new_page()
    for person in (anna, ben):
        open_page(person, f"{app_url}/questions?pick=esketamine")
    anna_note, ben_note = "Anna: ask about naps after sessions", "Ben: ask about the drive home"
    tick_and_note(anna, "onset-first-change", anna_note)
    tick_and_note(ben, "risks-common-serious", ben_note)

    each_sees_only_their_own(anna, ben, anna_note, ben_note)
    for person in (anna, ben):  # each browser restores its own copy after a reload (a new server session)
        person.reload()
        wait_for_settled(person)
        expect(person.get_by_text("from your last visit are back")).to_be_visible(timeout=20_000)
    each_sees_only_their_own(anna, ben, anna_note, ben_note)


def each_sees_only_their_own(anna: Page, ben: Page, anna_note: str, ben_note: str) -> None:
    for person, own_question, own_note, other_question, other_note in (
        (anna, "onset-first-change", anna_note, "risks-common-serious", ben_note),
        (ben, "risks-common-serious", ben_note, "onset-first-change", anna_note),
    ):
        expect(locate(person, tick_key(own_question)).locator("input")).to_be_checked()
        expect(locate(person, tick_key(other_question)).locator("input")).not_to_be_checked()
        person.get_by_role("tab", name="My list and answers").click()
        expect(locate(person, note_key(own_question)).locator("textarea")).to_have_value(own_note)
        assert locate(person, note_key(other_question)).count() == 0
        assert other_note not in person.locator("[data-testid=stMain]").inner_text()
        person.get_by_role("tab", name="Choose questions").click()

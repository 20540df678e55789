"""A replica goes down under a person: the page reconnects to the other one and nothing is lost.

Through the balancer with two replicas, a person picks options, ticks questions, writes a note and
logs a past treatment; then the replica holding their session is killed by its PID (SIGKILL, as a
crash; SIGTERM, as a stop). Their page must reconnect on its own to the other replica within a few
seconds, and picks (in the link), ticks, note and history (in their browser's storage) are all
back, with no error beyond Streamlit's reconnecting notice. A second person on the other replica
never sees any of it.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from deploy.local import LocalDeployment
from testing_support.deployment import Watch, replica_of, with_version
from testing_support.waits import open_page, rerun_after, wait_for_settled

pytestmark = pytest.mark.browser

NOTE = "Ask whether the clinic can book the first two sessions on a Friday"
TRIED = "Sertraline (test entry)"
QUESTIONS = ("onset-first-change", "risks-common-serious")
RECONNECT_WITHIN_S = 15.0
ROOT = Path(__file__).resolve().parents[2]


def tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def pick_tick_note_and_log(page: Page, base_url: str) -> None:
    open_page(page, f"{base_url}/questions?pick=esketamine")
    picker = page.locator(".st-key-questions_options input")
    picker.fill("Repetitive transcranial")
    with rerun_after(page):
        picker.press("Enter")
    picker.press("Escape")
    for question in QUESTIONS:
        with rerun_after(page):
            page.locator(f".st-key-qb_esketamine__{question} label").click()
    tab(page, "My list")
    box = page.locator(".st-key-ql_note_esketamine__onset-first-change textarea")
    box.fill(NOTE)
    with rerun_after(page):
        box.blur()
    tab(page, "What I tried")
    page.locator(".st-key-qh_typed input").fill(TRIED)
    with rerun_after(page):
        page.locator(".st-key-qh_add").get_by_role("button", name="Add to what I have tried").click()
    expect(page.get_by_text(TRIED).first).to_be_visible()
    tab(page, "Choose")
    expect_all_kept(page)


def expect_all_kept(page: Page) -> None:
    assert "pick=esketamine%2Crtms" in page.url or "pick=esketamine,rtms" in page.url, page.url
    options = page.locator(".st-key-questions_options")
    expect(options).to_contain_text("Esketamine nasal spray")
    expect(options).to_contain_text("(rTMS)")
    for question in QUESTIONS:
        expect(page.locator(f".st-key-qb_esketamine__{question} input")).to_be_checked()
    tab(page, "My list")
    expect(page.locator(".st-key-ql_note_esketamine__onset-first-change textarea")).to_have_value(NOTE)
    tab(page, "What I tried")
    expect(page.get_by_text(TRIED).first).to_be_visible()
    tab(page, "Choose")
    assert page.locator("[data-testid=stException]").count() == 0


def expect_nothing_of_theirs(page: Page) -> None:
    for question in QUESTIONS:
        expect(page.locator(f".st-key-qb_esketamine__{question} input")).not_to_be_checked()
    text = page.locator("[data-testid=stMain]").inner_text()
    assert NOTE not in text and TRIED not in text
    tab(page, "What I tried")
    expect(page.get_by_text(TRIED)).to_have_count(0)
    tab(page, "My list")
    expect(page.locator(".st-key-ql_note_esketamine__onset-first-change textarea")).to_have_count(0)
    tab(page, "Choose")


def reconnects_after(page: Page, watch: Watch, act: Callable[[], None]) -> float:
    """Do ``act`` (which takes the person's replica away); seconds until their page has run again
    on a replica and read their browser's copy back."""
    runs_before = page.evaluate("window.__runEnds.length")
    watch.expect_reconnect = True
    started = time.monotonic()
    act()
    page.wait_for_function(f"window.__runEnds.length > {runs_before}", timeout=60_000)
    expect(page.get_by_text("from your last visit are back")).to_be_visible(timeout=30_000)
    wait_for_settled(page)
    elapsed = time.monotonic() - started
    watch.expect_reconnect = False
    return elapsed


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_replica_costs_a_reconnect_not_the_work(
    two_replicas: LocalDeployment, new_person: Callable[..., BrowserContext], watch: Watch, sig: signal.Signals
) -> None:
    base = two_replicas.url
    anna = new_person(base).new_page()
    pick_tick_note_and_log(anna, base)
    holding = replica_of(anna.context, base)
    other = next(r.name for r in two_replicas.servers if r.name != holding)

    # Ben is on the other replica throughout, before and after Anna joins him there.
    ben = new_person(base, other).new_page()
    open_page(ben, f"{base}/questions?pick=esketamine")
    assert replica_of(ben.context, base) == other
    expect_nothing_of_theirs(ben)

    pid = two_replicas.replica(holding).pid
    seconds = reconnects_after(anna, watch, lambda: os.kill(pid, sig))
    print(f"{sig.name}: {holding} (pid {pid}) gone; page ran again on {replica_of(anna.context, base)} after {seconds:.1f} s")
    assert replica_of(anna.context, base) == other
    assert seconds < RECONNECT_WITHIN_S
    expect_all_kept(anna)

    ben.reload()
    wait_for_settled(ben)
    expect_nothing_of_theirs(ben)
    assert replica_of(ben.context, base) == other
    expect_all_kept(anna)


def test_a_catalog_rollout_keeps_notes_and_ends_with_one_version(
    two_replicas: LocalDeployment, new_person: Callable[..., BrowserContext], watch: Watch, tmp_path: Path
) -> None:
    base = two_replicas.url
    anna = new_person(base).new_page()
    pick_tick_note_and_log(anna, base)
    catalog = tmp_path / "treatments-2026.12.yaml"
    shutil.copy(ROOT / "data" / "treatments.yaml", catalog)
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(with_version(text, 'version: "2026.12-rollout"'), encoding="utf-8")

    reconnects_after(anna, watch, lambda: two_replicas.rollout(catalog))
    expect_all_kept(anna)

    for replica in two_replicas.servers:  # each replica, reached through the balancer by its cookie
        about = new_person(base, replica.name).new_page()
        open_page(about, f"{base}/about")
        assert replica_of(about.context, base) == replica.name
        expect(about.get_by_text("Catalog version 2026.12-rollout")).to_be_visible()
        about.close()

"""A clinic tries its catalog on About: a good file is used in this tab, a bad one is refused with its lines."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from testing_support.locate import locate
from testing_support.waits import open_page, wait_for_app

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def upload(page: Page, name: str) -> None:
    locate(page, "catalog_upload").locator("input[type=file]").set_input_files(str(EXAMPLES / name))
    wait_for_app(page)


def test_a_bad_upload_is_refused_and_the_working_catalog_stays(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/about")
    upload(page, "clinic_catalog.yaml")
    expect(locate(page, "catalog_upload_in_use")).to_contain_text("8 options")

    upload(page, "broken_clinic_catalog.yaml")
    problems = locate(page, "catalog_upload_problems")
    expect(problems).to_contain_text("was not used")
    expect(problems).to_contain_text("broken_clinic_catalog.yaml:82:21")
    expect(locate(page, "catalog_upload_in_use")).to_contain_text("8 options")
    page.screenshot(path="artifacts/clinic-upload-refused.png", full_page=True)

    page.get_by_role("link", name="Learn").click()
    wait_for_app(page)
    expect(locate(page, "pathway")).to_contain_text("Step 1")
    labels = locate(page, "pathway").locator("[data-testid=stExpander] summary").all_inner_texts()
    assert sum(int(label.rsplit("· ", 1)[1].split(" ")[0]) for label in labels) == 8

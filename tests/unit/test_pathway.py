"""The treatment pathway: every referenced id exists, every entry lands in exactly one step."""

from __future__ import annotations

from trd.catalog.loader import load_catalog
from trd.catalog.models import Category
from trd.render.pathway import PATHWAY, options_by_step, pathway_alt_text, pathway_figure, step_for


def test_every_id_a_step_names_is_in_the_catalog() -> None:
    known = load_catalog().by_id()
    for step in PATHWAY:
        for item in step.ids:
            assert item in known, f"step '{step.key}' names '{item}', which is not in data/treatments.yaml"


def test_every_category_has_a_step() -> None:
    covered = {category for step in PATHWAY for category in step.categories}
    assert covered == set(Category)


def test_every_entry_lands_in_exactly_one_step_in_pathway_order() -> None:
    catalog = load_catalog()
    grouped = options_by_step(catalog.treatments)
    placed = [item.id for items in grouped.values() for item in items]
    assert sorted(placed) == sorted(item.id for item in catalog.treatments)
    assert [item.id for item in grouped["optimise"]] == ["more-time-current-drug", "dose-increase"]
    assert "ssri" in [item.id for item in grouped["switch"]]
    assert {item.category for item in grouped["augment"]} == {Category.AUGMENTATION}
    assert {item.id for item in grouped["rapid"]} == {"esketamine", "iv-ketamine", "ketamine-other-routes"}
    assert "ecot-as" in [item.id for item in grouped["trials"]]
    assert {item.category for item in grouped["alongside"]} == {Category.PSYCHOTHERAPY, Category.DIGITAL, Category.LIFESTYLE}


def test_a_new_entry_in_a_clinic_catalog_is_placed_by_its_category() -> None:
    ssri = load_catalog().by_id()["ssri"]
    new = ssri.model_copy(update={"id": "clinic-new-drug", "category": Category.RAPID_ACTING})
    assert step_for(new).key == "rapid"


def test_picture_shows_each_step_with_its_count() -> None:
    grouped = options_by_step(load_catalog().treatments)
    figure = pathway_figure({key: len(items) for key, items in grouped.items()})
    texts = [annotation.text for annotation in figure.layout.annotations if annotation.text]
    assert any("1. Optimise dose" in text and "2 options" in text for text in texts)
    assert any("Psychotherapy and everyday supports" in text and f"{len(grouped['alongside'])} options" in text for text in texts)
    arrows = [annotation for annotation in figure.layout.annotations if annotation.showarrow]
    assert len(arrows) == len([step for step in PATHWAY if not step.alongside]) - 1
    alt = pathway_alt_text(grouped)
    assert alt.index("Step 1: Optimise") < alt.index("Step 2: Switch") < alt.index("Step 6:")

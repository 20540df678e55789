"""The treatment pathway: every referenced id exists, every entry lands in exactly one step."""

from __future__ import annotations

from html.parser import HTMLParser

from trd.catalog.loader import load_catalog
from trd.catalog.models import Category
from trd.render.pathway import PATHWAY, PathwayStep, options_by_step, pathway_alt_text, pathway_html, step_for


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


class _Drawing(HTMLParser):
    """What a person sees in the drawing: each box's text in order, and any link or script in it."""

    def __init__(self) -> None:
        super().__init__()
        self.boxes: list[tuple[str, str]] = []  # (step key, text)
        self.labels: list[str] = []
        self.links_or_scripts: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("a", "script", "button", "iframe") or any(name.startswith("on") for name in found):
            self.links_or_scripts.append(tag)
        if found.get("aria-label"):
            self.labels.append(str(found["aria-label"]))
        if found.get("data-step"):
            self._open = str(found["data-step"])
            self.boxes.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None and self.boxes:
            key, text = self.boxes[-1]
            self.boxes[-1] = (key, f"{text} {data}".strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._open = None


def test_drawing_shows_every_step_in_order_with_its_count_and_no_links() -> None:
    grouped = options_by_step(load_catalog().treatments)
    counts = {key: len(items) for key, items in grouped.items()}
    drawing = _Drawing()
    drawing.feed(pathway_html(counts))
    assert [key for key, _ in drawing.boxes] == [step.key for step in PATHWAY]
    texts = dict(drawing.boxes)
    assert texts["optimise"].startswith("1. Optimise dose") and texts["optimise"].endswith("2 options")
    assert texts["trials"].startswith("6. Options") and texts["trials"].endswith(f"{counts['trials']} options")
    assert "alongside every step" in texts["alongside"] and texts["alongside"].endswith(f"{counts['alongside']} options")
    assert drawing.links_or_scripts == []  # the boxes are labels, not links; nothing runs
    assert "cursor: default" in pathway_html(counts) and "cursor: pointer" not in pathway_html(counts)
    (alt,) = drawing.labels  # the text alternative, read instead of the boxes
    assert alt == pathway_alt_text(counts)
    assert alt.index("Step 1: Optimise") < alt.index("Step 2: Switch") < alt.index("Step 6:") < alt.index("Alongside every step")


def test_drawing_escapes_its_text_and_says_one_option() -> None:
    step = PathwayStep(key="odd", title="Fish & <chips>", short_title="Fish &\n<chips>", explanation="x")
    html = pathway_html({"odd": 1}, (step,))
    assert "Fish &amp;<br>&lt;chips&gt;" in html and "<chips>" not in html
    assert "1 option<" in html

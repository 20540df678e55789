"""The glossary: strict loading, search, and every term the catalog uses is explained."""

from __future__ import annotations

import pytest

from trd.catalog.data_files import DEFAULT_GLOSSARY
from trd.catalog.glossary import (
    Glossary,
    abbreviations_in,
    missing_option_links,
    search_glossary,
    unexplained_terms,
)
from trd.catalog.loader import load_catalog, load_glossary, parse_model
from trd.catalog.problems import DataFileError


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def test_every_abbreviation_and_technical_term_in_the_catalog_is_explained(glossary: Glossary) -> None:
    missing = unexplained_terms(load_catalog().treatments, glossary)
    assert missing == {}, "add these to data/glossary.yaml (term or alias): " + "; ".join(
        f"{word} (used by {', '.join(ids)})" for word, ids in missing.items()
    )


def test_the_terms_the_issue_names_are_explained(glossary: Glossary) -> None:
    for wanted in (
        "NMDA",
        "augmentation",
        "REMS",
        "off-label",
        "510(k) clearance",
        "De Novo",
        "PMA",
        "remission",
        "response",
        "MAOI",
        "SSRI",
        "SNRI",
        "theta burst",
        "neuroplasticity",
    ):
        assert any(wanted.casefold() in (name.casefold() for name in entry.names()) for entry in glossary.terms), wanted


def test_a_new_unexplained_abbreviation_in_the_catalog_is_caught(glossary: Glossary) -> None:
    catalog = load_catalog()
    first = catalog.treatments[0]
    changed = first.model_copy(update={"summary": first.summary + " Ask about QZX scans and hyperbaric augmentation."})
    missing = unexplained_terms([changed, *catalog.treatments[1:]], glossary)
    assert missing == {"QZX": [first.id]}


def test_a_technical_word_missing_from_the_glossary_is_caught() -> None:
    catalog = load_catalog()
    small = Glossary.model_validate(
        {"reviewed": "2026-11-22", "terms": [{"term": "FDA", "topic": "regulation", "meaning": "The US drug and device agency."}]}
    )
    missing = unexplained_terms(catalog.treatments, small)
    assert "remission" in missing and "NMDA" in missing and "FDA" not in missing
    assert "esketamine" in missing["NMDA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSRIs and SNRIs", {"SSRI", "SNRI"}),
        ("rTMS or CBT-I, T3 and 5-HT2A", {"rTMS", "CBT-I", "T3", "5-HT2A"}),
        ("In STAR*D step 2", {"STAR*D"}),
        ("510(k) K231209, PMA P970003, trial NCT06982820", {"PMA"}),
        ("McDonald said A and I", set()),
    ],
)
def test_abbreviations_are_found_as_a_reader_sees_them(text: str, expected: set[str]) -> None:
    assert abbreviations_in(text) == expected


def test_glossary_links_only_to_options_in_the_catalog(glossary: Glossary) -> None:
    assert missing_option_links(glossary, load_catalog()) == {}


def test_search_finds_by_abbreviation_and_by_meaning(glossary: Glossary) -> None:
    assert search_glossary(glossary, "nmda")[0].term == "NMDA receptor"
    by_meaning = [entry.term for entry in search_glossary(glossary, "insurer")]
    assert "Prior authorization" in by_meaning
    assert len(search_glossary(glossary, "")) == len(glossary.terms)
    assert search_glossary(glossary, "zzzz-nothing") == ()


def test_search_puts_name_matches_before_meaning_matches(glossary: Glossary) -> None:
    found = [entry.term for entry in search_glossary(glossary, "placebo")]
    assert found[0] == "Placebo"
    assert "Sham" in found[1:]  # its meaning mentions a placebo


def test_a_broken_glossary_reports_problems_with_line_numbers() -> None:
    text = DEFAULT_GLOSSARY.read_text(encoding="utf-8").replace("    topic: research\n", "    topic: studies\n", 1)
    line = text.splitlines().index("    topic: studies") + 1
    with pytest.raises(DataFileError) as caught:
        parse_model(text.encode(), "glossary.yaml", Glossary)
    problem = caught.value.problems[0]
    assert problem.line == line
    assert "'studies' is not allowed" in problem.message


def test_a_term_explained_twice_is_refused() -> None:
    raw = b"""reviewed: 2026-11-22
terms:
  - term: SSRI
    topic: medicine
    meaning: One.
  - term: Selective serotonin reuptake inhibitor
    aliases: [ssri]
    topic: medicine
    meaning: Two.
"""
    with pytest.raises(DataFileError, match="explained twice"):
        parse_model(raw, "glossary.yaml", Glossary)


def test_search_puts_the_term_searched_for_before_words_that_contain_it(glossary: Glossary) -> None:
    found = [entry.term for entry in search_glossary(glossary, "ECT")]
    assert found[0].startswith("Electroconvulsive therapy"), found[:3]
    assert found.index("Dialectical behaviour therapy") > 0  # 'dialECTical' still matches, later

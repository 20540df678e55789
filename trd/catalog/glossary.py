"""The glossary of terms the catalog uses: model, loader, search and coverage checks.

The glossary lives in ``data/glossary.yaml`` and is read by the same strict
loader as the catalog (``trd.catalog.loader.load_glossary``), so a mistake in
it is reported with its line number.
``unexplained_terms`` finds abbreviations and technical words in a
catalog's texts that the glossary does not explain; a test keeps that list
empty, so a new abbreviation in the catalog needs a glossary entry too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated

from pydantic import Field, field_validator

from trd.catalog.models import Catalog, KebabId, ShortText, StrictModel, Text, Treatment


class GlossaryTopic(StrEnum):
    """What kind of word a glossary entry explains; the Learn page can filter by it."""

    CONDITION = "condition"  # illnesses and symptoms
    MEDICINE = "medicine"  # drugs, drug groups, how drugs act
    PROCEDURE = "procedure"  # stimulation, devices, therapies
    RESEARCH = "research"  # study words, scores, named trials
    REGULATION = "regulation"  # FDA words and programs


class GlossaryTerm(StrictModel):
    """One explained word or abbreviation."""

    term: ShortText = Field(description="The word as the catalog writes it, for example 'NMDA receptor' or 'Off-label'.")
    aliases: tuple[ShortText, ...] = Field(default=(), description="Other spellings and abbreviations, for example 'SSRIs'.")
    topic: GlossaryTopic
    meaning: Text = Field(description="The meaning in plain words (about grade 8).")
    options: tuple[KebabId, ...] = Field(default=(), description="Catalog ids of options where the term matters most.")

    def names(self) -> tuple[str, ...]:
        """The term followed by its aliases."""
        return (self.term, *self.aliases)


class Glossary(StrictModel):
    """The whole glossary file."""

    reviewed: dt.date
    terms: Annotated[tuple[GlossaryTerm, ...], Field(min_length=1)]

    @field_validator("terms")
    @classmethod
    def _names_are_unique(cls, terms: tuple[GlossaryTerm, ...]) -> tuple[GlossaryTerm, ...]:
        seen: dict[str, str] = {}
        for entry in terms:
            for name in entry.names():
                folded = name.casefold()
                if folded in seen:
                    raise ValueError(f"'{name}' is explained twice (also under '{seen[folded]}'); keep one entry")
                seen[folded] = entry.term
        return terms


def first_letter(entry: GlossaryTerm) -> str:
    """The letter an entry is listed under: its term's first letter, capital ('#' for a digit or sign)."""
    letter = entry.term[:1].upper()
    return letter if letter.isalpha() else "#"


def glossary_letters(glossary: Glossary) -> tuple[str, ...]:
    """The letters that have entries, A to Z ('#' first when a term starts with a digit or sign)."""
    return tuple(sorted({first_letter(entry) for entry in glossary.terms}))


def terms_under(glossary: Glossary, letter: str) -> tuple[GlossaryTerm, ...]:
    """The entries listed under ``letter``, A to Z."""
    return tuple(sorted((entry for entry in glossary.terms if first_letter(entry) == letter), key=lambda entry: entry.term.casefold()))


def search_glossary(glossary: Glossary, query: str) -> tuple[GlossaryTerm, ...]:
    """Entries whose term, aliases or meaning contain every word of ``query`` (case-insensitive).

    Best matches first: a term or abbreviation that is the query itself ("ECT"), then names in
    which every word of the query starts a word, then names that merely contain it ("dialECTical"),
    then entries that only mention it in their meaning; A to Z within each. An empty query
    returns every entry, A to Z.
    """
    ordered = sorted(glossary.terms, key=lambda entry: entry.term.casefold())
    words = query.casefold().split()
    if not words:
        return tuple(ordered)
    wanted = " ".join(words)
    ranked: list[tuple[int, GlossaryTerm]] = []
    for entry in ordered:
        names = [name.casefold() for name in entry.names()]
        joined = " ".join(names)
        name_words = re.findall(r"\w+", joined)
        if wanted in names:
            rank = 0
        elif all(any(name_word.startswith(word) for name_word in name_words) for word in words):
            rank = 1
        elif all(word in joined for word in words):
            rank = 2
        elif all(word in f"{joined} {entry.meaning.casefold()}" for word in words):
            rank = 3
        else:
            continue
        ranked.append((rank, entry))
    return tuple(entry for _, entry in sorted(ranked, key=lambda pair: pair[0]))


# --- Coverage: is every term the catalog uses explained? -------------------------------------

# Everyday abbreviations a reader already knows; they need no glossary entry.
EVERYDAY_ABBREVIATIONS = frozenset({"US", "UK"})

# Registry numbers (FDA 510(k) K123456, De Novo DEN123456, PMA P970003, ClinicalTrials.gov
# NCT01234567) are explained once, by the glossary entry for reference numbers.
REFERENCE_NUMBER = re.compile(r"^(K|P|DEN|NCT)\d{5,}$")

# Plain-looking words with a technical meaning. When one appears in a catalog text,
# the glossary must explain it (as a term or alias, ignoring case).
TECHNICAL_TERMS: tuple[str, ...] = (
    "510(k)",
    "add-on",
    "anesthesia",
    "anhedonia",
    "antipsychotic",
    "augmentation",
    "bipolar disorder",
    "boxed warning",
    "Breakthrough Device",
    "Breakthrough Therapy",
    "catatonia",
    "De Novo",
    "digital therapeutic",
    "dissociation",
    "dopamine",
    "glutamate",
    "hypomania",
    "inflammation",
    "investigational",
    "maintenance",
    "mania",
    "meta-analysis",
    "neurofeedback",
    "neuromodulation",
    "neuroplasticity",
    "norepinephrine",
    "off-label",
    "open-label",
    "placebo",
    "prior authorization",
    "psychedelic",
    "psychosis",
    "randomised",
    "receptor",
    "relapse",
    "remission",
    "response",
    "serotonin",
    "serotonin syndrome",
    "sham",
    "tardive dyskinesia",
    "taper",
    "theta burst",
    "tyramine",
    "vagus nerve",
    "washout",
)

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9*]*(?:-[A-Za-z0-9*]+)*")


def abbreviations_in(text: str) -> set[str]:
    """Abbreviation-like tokens in ``text``: 'SSRI', 'CBT-I', 'rTMS', 'T3', 'STAR*D', '5-HT2A'.

    A token counts when it has at least two capital letters and at most one
    small letter (so 'rTMS' counts, 'McDonald' does not), or is one capital and
    a digit or two ('T3', 'D2'). A plural 's' is dropped ('SSRIs' -> 'SSRI').
    Registry numbers are skipped (see ``REFERENCE_NUMBER``).
    """
    found: set[str] = set()
    for token in _TOKEN.findall(text):
        word = token[:-1] if len(token) > 2 and token.endswith("s") and token[-2].isupper() else token
        capitals = sum(character.isupper() for character in word)
        smalls = sum(character.islower() for character in word)
        single_with_digits = re.fullmatch(r"[A-Z]\d{1,2}", word) is not None
        if (capitals >= 2 and smalls <= 1) or single_with_digits:
            if REFERENCE_NUMBER.match(word):
                continue
            found.add(word)
    return found


def treatment_texts(treatment: Treatment) -> Iterator[str]:
    """The texts a reader sees for an entry (not its name, brands or source titles)."""
    yield treatment.summary
    yield treatment.mechanism
    yield treatment.fda.indication
    yield treatment.schedule.summary
    yield treatment.schedule.maintenance
    yield from treatment.access
    yield from treatment.side_effects
    yield from treatment.good_candidates
    yield from treatment.cautions
    yield treatment.evidence.summary


def known_names(glossary: Glossary) -> set[str]:
    """Every name the glossary explains (folded), plus each abbreviation inside those names."""
    known: set[str] = set()
    for entry in glossary.terms:
        for name in entry.names():
            known.add(name.casefold())
            known.update(abbreviation.casefold() for abbreviation in abbreviations_in(name))
    return known


def unexplained_terms(treatments: Iterable[Treatment], glossary: Glossary) -> dict[str, list[str]]:
    """Map each abbreviation or technical term the texts use but the glossary lacks to the ids using it."""
    known = known_names(glossary)
    missing: dict[str, list[str]] = {}
    for treatment in treatments:
        text = " ".join(treatment_texts(treatment))
        folded = text.casefold()
        used = {word for word in abbreviations_in(text) if word not in EVERYDAY_ABBREVIATIONS}
        used.update(term for term in TECHNICAL_TERMS if _contains_phrase(folded, term.casefold()))
        for word in sorted(used):
            if word.casefold() not in known:
                ids = missing.setdefault(word, [])
                if treatment.id not in ids:
                    ids.append(treatment.id)
    return missing


def _contains_phrase(folded_text: str, folded_term: str) -> bool:
    """True when ``folded_term`` appears in ``folded_text`` as whole words (not inside a longer word)."""
    return re.search(rf"(?<![a-z0-9]){re.escape(folded_term)}(?![a-z0-9])", folded_text) is not None


def missing_option_links(glossary: Glossary, catalog: Catalog) -> dict[str, list[str]]:
    """Map each glossary term to the option ids it links to that ``catalog`` does not have."""
    known = catalog.by_id()
    return {
        entry.term: [item for item in entry.options if item not in known]
        for entry in glossary.terms
        if any(item not in known for item in entry.options)
    }

"""The data files the app reads: for each, its name, its model, where it lives, and how to sum it up.

The command line, the loader and the app's cache all read this one list, so a
new data file is added here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from trd.catalog.changelog import Changelog
from trd.catalog.glossary import Glossary
from trd.catalog.models import Catalog
from trd.catalog.news_names import NewsNames
from trd.catalog.question_bank import QuestionBank

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_CATALOG = DATA_DIR / "treatments.yaml"
DEFAULT_QUESTIONS = DATA_DIR / "questions.yaml"
DEFAULT_GLOSSARY = DATA_DIR / "glossary.yaml"
DEFAULT_NEWS_NAMES = DATA_DIR / "news_names.yaml"
DEFAULT_CHANGELOG = DATA_DIR / "changes.yaml"


@dataclass(frozen=True)
class DataFile:
    """One kind of data file."""

    name: str  # as the command line's --kind names it
    model: type[BaseModel]
    default_path: Path
    summary: Callable[[Any], str]  # what a valid file holds, in a few words

    def fields(self) -> frozenset[str]:
        """The top-level keys a file of this kind may have."""
        return frozenset(self.model.model_fields)


def _catalog_summary(catalog: Catalog) -> str:
    return f"{len(catalog.treatments)} treatments, version {catalog.version}, reviewed {catalog.reviewed.isoformat()}"


def _questions_summary(bank: QuestionBank) -> str:
    count = sum(len(topic.questions) for topic in bank.topics)
    return f"{count} questions in {len(bank.topics)} topics, reviewed {bank.reviewed.isoformat()}"


def _glossary_summary(glossary: Glossary) -> str:
    return f"{len(glossary.terms)} terms, reviewed {glossary.reviewed.isoformat()}"


def _news_names_summary(news: NewsNames) -> str:
    return f"{len(news.names)} names in the news, reviewed {news.reviewed.isoformat()}"


def _changelog_summary(changelog: Changelog) -> str:
    latest = changelog.latest()
    return f"{len(changelog.versions)} versions, the latest {latest.version} with {len(latest.changes)} changes"


CATALOG = DataFile("catalog", Catalog, DEFAULT_CATALOG, _catalog_summary)
QUESTIONS = DataFile("questions", QuestionBank, DEFAULT_QUESTIONS, _questions_summary)
GLOSSARY = DataFile("glossary", Glossary, DEFAULT_GLOSSARY, _glossary_summary)
NEWS_NAMES = DataFile("news-names", NewsNames, DEFAULT_NEWS_NAMES, _news_names_summary)
CHANGELOG = DataFile("changes", Changelog, DEFAULT_CHANGELOG, _changelog_summary)

# The catalog first: a file that looks like none of them is checked as a catalog.
DATA_FILES: tuple[DataFile, ...] = (CATALOG, QUESTIONS, GLOSSARY, NEWS_NAMES, CHANGELOG)


def data_file_named(name: str) -> DataFile:
    """The data file called ``name`` ("catalog", "questions" or "glossary"); ``KeyError`` for any other."""
    for data_file in DATA_FILES:
        if data_file.name == name:
            return data_file
    raise KeyError(name)


def recognise(file_name: str, top_level_keys: Iterable[str]) -> DataFile:
    """Which data file a file is: by its name (``glossary.yaml``), else by the top-level keys it shares most with one.

    A file with none of the names and keys (or shared equally) is taken for a catalog.
    """
    for data_file in DATA_FILES:
        if file_name == data_file.default_path.name:
            return data_file
    keys = set(top_level_keys)
    return max(DATA_FILES, key=lambda data_file: len(keys & data_file.fields()))

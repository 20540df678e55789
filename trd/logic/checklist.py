"""The person's appointment checklist: questions to ask, answers, own questions and treatment history.

A ``Checklist`` is frozen; every change returns a new one, so the page keeps
one working copy in its session and the browser copy and saved files are
plain JSON of the same model. The JSON carries a format name and a schema
version so a file from elsewhere, a damaged file or one from a newer
version is refused with a message instead of half-loaded.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from pydantic import Field, StringConstraints, ValidationError

from trd.catalog.models import StrictModel
from trd.catalog.question_bank import Question
from trd.logic.history import HistoryEntry, upgrade_first_format_entry

FORMAT_NAME = "trd-options-checklist"
SCHEMA_VERSION = 2  # 2: history entries say what happened in four words and carry a note (format 1 is upgraded on opening)
MAX_FILE_BYTES = 1_000_000
MAX_ITEMS = 400
MAX_HISTORY = 60
MAX_NOTE_CHARS = 20_000
GENERAL = "general"  # the ``about`` list name for questions not tied to one option

ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]{1,200}$")]
QuestionText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
NoteText = Annotated[str, StringConstraints(strip_whitespace=False, max_length=MAX_NOTE_CHARS)]  # kept exactly as typed


class ChecklistFileError(ValueError):
    """A saved checklist that cannot be opened; ``str()`` is a message for the person."""


class ChecklistItem(StrictModel):
    """One question on the person's list.

    ``question_id`` is set for questions from the questions file (their wording is
    looked up by id, ``text`` keeps the wording as a fallback); own questions
    have only ``text``. ``about`` is an option id, or None for a general question.
    An item with ``ask`` false is not on the list but keeps its note for later.
    """

    id: ItemId
    question_id: str | None = None
    text: QuestionText
    about: str | None = None
    ask: bool = True
    asked: bool = False
    note: NoteText = ""


class Checklist(StrictModel):
    """Everything the Questions page keeps for a person."""

    option_ids: tuple[str, ...] = ()
    items: Annotated[tuple[ChecklistItem, ...], Field(max_length=MAX_ITEMS)] = ()
    history: Annotated[tuple[HistoryEntry, ...], Field(max_length=MAX_HISTORY)] = ()
    next_number: int = Field(default=1, ge=1)

    def is_empty(self) -> bool:
        """True when nothing the person wrote or ticked is here (options alone do not count)."""
        return not self.items and not self.history

    def chosen(self) -> tuple[ChecklistItem, ...]:
        """The questions to ask, in the person's order."""
        return tuple(item for item in self.items if item.ask)

    def item(self, item_id: str) -> ChecklistItem | None:
        """The item with this id, if any."""
        return next((item for item in self.items if item.id == item_id), None)

    def is_chosen(self, question_id: str, about: str | None) -> bool:
        """Whether this bank question is on the list for ``about``."""
        found = self.item(bank_item_id(question_id, about))
        return found is not None and found.ask


def bank_item_id(question_id: str, about: str | None) -> str:
    """The stable item id of a questions-file question asked about an option (or in general)."""
    return f"{about or GENERAL}__{question_id}"


def _replace_item(checklist: Checklist, item_id: str, **changes: Any) -> Checklist:
    # Validate the change so the working copy is exactly what a saved file reads back as.
    items = tuple(
        ChecklistItem.model_validate({**item.model_dump(), **changes}) if item.id == item_id else item for item in checklist.items
    )
    return checklist.model_copy(update={"items": items})


def _keep(item: ChecklistItem) -> bool:
    """An item off the list is kept only while it holds something the person wrote or marked."""
    return item.ask or item.asked or bool(item.note.strip())


def choose_question(checklist: Checklist, question: Question, about: str | None, on: bool) -> Checklist:
    """Put a questions-file question on the list (at the end) or take it off (keeping any note)."""
    item_id = bank_item_id(question.id, about)
    existing = checklist.item(item_id)
    if on:
        if existing is not None:
            rest = tuple(item for item in checklist.items if item.id != item_id)
            return checklist.model_copy(update={"items": (*rest, existing.model_copy(update={"ask": True}))})
        new = ChecklistItem(id=item_id, question_id=question.id, text=question.text, about=about)
        return checklist.model_copy(update={"items": (*checklist.items, new)})
    if existing is None:
        return checklist
    items = tuple(item.model_copy(update={"ask": False}) if item.id == item_id else item for item in checklist.items)
    return checklist.model_copy(update={"items": tuple(item for item in items if _keep(item))})


def add_own_question(checklist: Checklist, text: str, about: str | None) -> Checklist:
    """Add the person's own question at the end of the list; blank text changes nothing."""
    if not text.strip():
        return checklist
    item = ChecklistItem(id=f"own-{checklist.next_number}", text=text, about=about)
    return checklist.model_copy(update={"items": (*checklist.items, item), "next_number": checklist.next_number + 1})


def drop_item(checklist: Checklist, item_id: str) -> Checklist:
    """Take an item off the list. Own questions go entirely; questions-file ones keep their note for later."""
    found = checklist.item(item_id)
    if found is None:
        return checklist
    if found.question_id is None:
        return checklist.model_copy(update={"items": tuple(item for item in checklist.items if item.id != item_id)})
    updated = _replace_item(checklist, item_id, ask=False)
    return updated.model_copy(update={"items": tuple(item for item in updated.items if _keep(item))})


def move_item(checklist: Checklist, item_id: str, step: int) -> Checklist:
    """Move a chosen item up (step -1) or down (+1) among the chosen items; at an end, nothing changes."""
    chosen = [item.id for item in checklist.chosen()]
    if item_id not in chosen:
        return checklist
    here = chosen.index(item_id)
    there = here + step
    if not 0 <= there < len(chosen):
        return checklist
    other = chosen[there]
    by_id = {item.id: item for item in checklist.items}
    order = [item.id for item in checklist.items]
    a, b = order.index(item_id), order.index(other)
    order[a], order[b] = order[b], order[a]
    return checklist.model_copy(update={"items": tuple(by_id[i] for i in order)})


def set_note(checklist: Checklist, item_id: str, note: str) -> Checklist:
    """Store the answer or note for an item (cut at the size limit)."""
    return _replace_item(checklist, item_id, note=note[:MAX_NOTE_CHARS])


def apply_drafts(checklist: Checklist, drafts: object) -> tuple[Checklist, int]:
    """Put back notes a person was still typing when the page went away (``drafts``: item id -> text, as the browser kept them).

    A draft is newer than the saved note, so it wins; drafts for items no longer on the list, and anything that is
    not text, are ignored. Returns the checklist and how many notes changed.
    """
    if not isinstance(drafts, dict):
        return checklist, 0
    notes = {item.id: item.note for item in checklist.items}
    changed = 0
    for item_id, text in drafts.items():
        if item_id in notes and isinstance(text, str) and text[:MAX_NOTE_CHARS] != notes[item_id]:
            checklist = set_note(checklist, item_id, text)
            changed += 1
    return checklist, changed


def set_asked(checklist: Checklist, item_id: str, asked: bool) -> Checklist:
    """Mark an item as asked at the appointment, or not."""
    return _replace_item(checklist, item_id, asked=asked)


def set_options(checklist: Checklist, option_ids: list[str]) -> Checklist:
    """Record the options being considered (no repeats, order kept)."""
    return checklist.model_copy(update={"option_ids": tuple(dict.fromkeys(option_ids))})


def add_history(checklist: Checklist, entry: HistoryEntry) -> Checklist:
    """Append a past treatment; its id is replaced by a fresh one."""
    fresh = entry.model_copy(update={"id": f"h{checklist.next_number}"})
    return checklist.model_copy(update={"history": (*checklist.history, fresh), "next_number": checklist.next_number + 1})


def update_history(checklist: Checklist, entry: HistoryEntry) -> Checklist:
    """Replace the history entry with the same id."""
    return checklist.model_copy(update={"history": tuple(entry if old.id == entry.id else old for old in checklist.history)})


def remove_history(checklist: Checklist, entry_id: str) -> Checklist:
    """Remove a history entry."""
    return checklist.model_copy(update={"history": tuple(entry for entry in checklist.history if entry.id != entry_id)})


def to_json(checklist: Checklist, saved_at: dt.datetime | None = None) -> str:
    """The checklist as the JSON of a saved file (format name, schema version, time saved, content)."""
    document: dict[str, Any] = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION}
    if saved_at is not None:
        document["saved_at"] = saved_at.isoformat(timespec="seconds")
    document["checklist"] = checklist.model_dump(mode="json")
    return json.dumps(document, ensure_ascii=False, indent=1)


def _first_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = " > ".join(str(part) for part in first["loc"]) or "the top level"
    return f"{where}: {first['msg']}"


def _upgraded(content: Any, version: int) -> Any:
    """The checklist part of a saved document in today's fields (files and browser copies from format 1 still open)."""
    if version >= 2 or not isinstance(content, dict) or not isinstance(content.get("history"), list):
        return content
    return {**content, "history": [upgrade_first_format_entry(entry) for entry in content["history"]]}


def from_json(text: str | bytes) -> Checklist:
    """Read a saved checklist; raise ChecklistFileError with a plain message when it is not one."""
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise ChecklistFileError(f"This file is too large ({len(text) // 1000} KB) to be a saved checklist. Nothing was changed.")
        try:
            text = text.decode("utf-8-sig")  # a byte-order mark from a Windows editor is fine
        except UnicodeDecodeError as error:
            raise ChecklistFileError("This file is not a saved checklist (it is not text). Nothing was changed.") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ChecklistFileError(
            f"This file is damaged or not a saved checklist: it is not valid JSON (line {error.lineno}). Nothing was changed."
        ) from error
    except RecursionError as error:  # json gives up on very deep nesting this way, not with JSONDecodeError
        raise ChecklistFileError("This file is not a saved checklist: it is nested far too deeply. Nothing was changed.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ChecklistFileError("This file was not saved by this app's Questions page, so it was not opened. Nothing was changed.")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ChecklistFileError("This file has no valid format version, so it may be damaged. Nothing was changed.")
    if version > SCHEMA_VERSION:
        raise ChecklistFileError(
            f"This file was saved by a newer version of the app (format {version}); this one reads format {SCHEMA_VERSION}. "
            "Nothing was changed."
        )
    try:
        return Checklist.model_validate(_upgraded(document.get("checklist"), version))
    except ValidationError as error:
        raise ChecklistFileError(f"This file looks damaged ({_first_problem(error)}). Nothing was changed.") from error


def can_read(text: str) -> bool:
    """Whether ``text`` is a checklist this version reads (a newer version's may not be)."""
    try:
        from_json(text)
    except ChecklistFileError:
        return False
    return True


def text_to_keep(checklist: Checklist, *, browser_copy_unreadable: bool) -> str | None:
    """What to keep in the browser: the checklist, or None (leave the browser's copy alone).

    A copy this version could not read (a newer version's, during a rollout) is left alone while
    the person has added nothing, so an empty page never wipes notes another version can read.
    """
    if browser_copy_unreadable and checklist.is_empty():
        return None
    return to_json(checklist)


def restore(working: Checklist, stored_text: str | None) -> tuple[Checklist, str | None]:
    """Combine the working copy with what the browser had stored, at the start of a session.

    Returns the checklist to use and a message for the person, or None. The stored
    copy wins only when the working copy is still empty: nothing typed in this
    session is ever replaced, and an empty session never hides stored notes.
    """
    if not stored_text:
        return working, None
    try:
        stored = from_json(stored_text)
    except ChecklistFileError:
        return working, (
            "The notes kept in this browser could not be read, so this page starts empty. They are left as they are "
            "until you add something here; you can also download them as a file."
        )
    if working.is_empty() and not stored.is_empty():
        options = working.option_ids or stored.option_ids
        return stored.model_copy(update={"option_ids": options}), "Your questions and notes from your last visit are back."
    if not working.option_ids and stored.option_ids:
        return working.model_copy(update={"option_ids": stored.option_ids}), None
    return working, None

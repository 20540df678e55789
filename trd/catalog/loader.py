"""Load and validate the data files, reporting every problem with its place.

Reading is ``yaml_reader``'s job and turning pydantic's errors into words is
``pydantic_problems``'s; this module reads the file, builds the model, and
puts every problem found on the way in one list, in file order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from trd.catalog.data_files import DEFAULT_CATALOG, DEFAULT_GLOSSARY, DEFAULT_QUESTIONS, DataFile, recognise
from trd.catalog.entry_names import entry_and_field
from trd.catalog.glossary import Glossary
from trd.catalog.models import Catalog, repeated_ids
from trd.catalog.problems import DataFileError, Problem
from trd.catalog.pydantic_problems import problems_from
from trd.catalog.question_bank import QuestionBank
from trd.catalog.yaml_reader import MAX_FILE_BYTES, ParsedYaml, read_yaml

# The default paths are defined in the registry (data_files); they are named here too, beside the functions using them.
__all__ = [
    "DEFAULT_CATALOG",
    "DEFAULT_GLOSSARY",
    "DEFAULT_QUESTIONS",
    "build_model",
    "load_catalog",
    "load_data_file",
    "load_glossary",
    "load_model_file",
    "load_questions",
    "parse_model",
    "read_file",
]

Model = TypeVar("Model", bound=BaseModel)


def load_catalog(path: str | Path = DEFAULT_CATALOG, *, max_bytes: int = MAX_FILE_BYTES) -> Catalog:
    """Read and validate a catalog file. Raises ``DataFileError`` listing every problem."""
    return load_model_file(path, Catalog, max_bytes=max_bytes)


def load_questions(path: str | Path = DEFAULT_QUESTIONS) -> QuestionBank:
    """Read and validate a questions file. Raises ``DataFileError`` listing every problem."""
    return load_model_file(path, QuestionBank)


def load_glossary(path: str | Path = DEFAULT_GLOSSARY) -> Glossary:
    """Read and validate a glossary file. Raises ``DataFileError`` listing every problem."""
    return load_model_file(path, Glossary)


def load_data_file(path: str | Path, data_file: DataFile | None = None) -> tuple[DataFile, BaseModel]:
    """Read ``path`` as ``data_file``, or, when that is not given, as the data file it is recognised as.

    A file is recognised by its name (``questions.yaml``) or its top-level keys
    (``topics:``); see ``data_files.recognise``. Returns which data file it was
    read as, and the validated model; raises ``DataFileError`` listing every problem.
    """
    parsed = read_yaml(read_file(path), str(path))
    if data_file is None:
        data_file = recognise(Path(path).name, parsed.data if isinstance(parsed.data, dict) else ())
    return data_file, build_model(parsed, data_file.model)


def load_model_file(path: str | Path, model: type[Model], *, max_bytes: int = MAX_FILE_BYTES) -> Model:
    """Read ``path`` and validate it as ``model``; problems name the file as given."""
    return parse_model(read_file(path), str(path), model, max_bytes=max_bytes)


def read_file(path: str | Path) -> bytes:
    """The bytes of the file at ``path``; a file that cannot be read raises ``DataFileError`` saying why."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DataFileError(
            [Problem(name, "the file does not exist. Check the path (and the TRD_CATALOG setting, if you use it).")]
        ) from None
    except IsADirectoryError:
        raise DataFileError([Problem(name, "this is a folder, not a file. Name the YAML file itself.")]) from None
    except OSError as error:
        raise DataFileError([Problem(name, f"the file cannot be read ({error.strerror}).")]) from None


def parse_model(raw: bytes, file: str, model: type[Model], *, max_bytes: int = MAX_FILE_BYTES) -> Model:
    """Validate the bytes of a YAML file as ``model``; ``file`` names it in messages."""
    return build_model(read_yaml(raw, file, max_bytes=max_bytes), model)


def build_model(parsed: ParsedYaml, model: type[Model]) -> Model:
    """Validate values read from a file as ``model``. Raises ``DataFileError`` with the reader's and the model's problems."""
    if not isinstance(parsed.data, dict):
        kind = "a list" if isinstance(parsed.data, list) else "a single value"
        raise DataFileError(
            [
                Problem(
                    parsed.file,
                    f"the file holds {kind}, but it should be a mapping of fields: "
                    "lines such as 'version: ...' and 'reviewed: ...' starting at the left edge.",
                    1,
                    1,
                )
            ]
        )
    # Checked on the raw data too: pydantic checks ids only once every entry is valid,
    # and a person fixing a file wants to see all its problems in one go.
    early = [*parsed.problems, *_duplicate_id_problems(parsed, model)]
    try:
        validated = model.model_validate(parsed.data)
    except ValidationError as error:
        raise DataFileError(_merge(early, problems_from(error, parsed, model))) from None
    if early:
        raise DataFileError(_merge(early, []))
    return validated


def _duplicate_id_problems(parsed: ParsedYaml, model: type[BaseModel]) -> list[Problem]:
    id_locations = getattr(model, "id_locations", None)
    if id_locations is None:
        return []
    problems = []
    for path, item_id in repeated_ids(id_locations(parsed.data)):
        place = parsed.positions.place_of(path)
        entry_id, field = entry_and_field(parsed.data, path)
        message = f"the id '{item_id}' is used twice (an earlier entry has it too); every entry needs its own id. Rename one."
        problems.append(Problem(parsed.file, message, place.line, place.column, entry_id, field))
    return problems


def _merge(early_problems: list[Problem], model_problems: list[Problem]) -> list[Problem]:
    """Both lists in file order; a model problem at a place an early problem already explained is dropped."""
    explained = {(problem.line, problem.column) for problem in early_problems}
    kept = [problem for problem in model_problems if (problem.line, problem.column) not in explained]
    return sorted([*early_problems, *kept], key=lambda problem: (problem.line or 0, problem.column or 0))

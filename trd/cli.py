"""Command line: ``python -m trd validate|export|schema``.

Every failure ends as a message and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from trd.catalog.data_files import DATA_FILES, DEFAULT_CATALOG, data_file_named
from trd.catalog.export import catalog_json_schema, catalog_to_csv, catalog_to_json
from trd.catalog.loader import load_catalog, load_data_file
from trd.catalog.problems import DataFileError

SCHEMA_PATH = DEFAULT_CATALOG.with_name("treatments.schema.json")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m trd", description="Check and export the TRD treatment catalog.")
    commands = parser.add_subparsers(dest="command", required=True)

    kinds = [data_file.name for data_file in DATA_FILES]
    validate = commands.add_parser("validate", help=f"check a data file ({', '.join(kinds)}) and list every problem")
    validate.add_argument("path", nargs="?", default=str(DEFAULT_CATALOG), help="the YAML file (default: data/treatments.yaml)")
    kind = validate.add_mutually_exclusive_group()
    kind.add_argument(
        "--kind",
        choices=kinds,
        help="what the file is (default: recognised from its name, such as questions.yaml, or its top-level keys; else a catalog)",
    )
    kind.add_argument("--questions", dest="kind", action="store_const", const="questions", help="the same as --kind questions")

    export = commands.add_parser("export", help="print the validated catalog as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("path", nargs="?", default=str(DEFAULT_CATALOG))

    schema = commands.add_parser("schema", help="write the catalog's JSON Schema")
    schema.add_argument("--output", default=str(SCHEMA_PATH), help="where to write it ('-' for the screen)")

    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.path, args.kind)
        if args.command == "export":
            catalog = load_catalog(args.path)
            sys.stdout.write(catalog_to_json(catalog) + "\n" if args.format == "json" else catalog_to_csv(catalog))
            return 0
        return _write_schema(args.output)
    except DataFileError as error:
        _print_problems(error)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


def _validate(path: str, kind: str | None) -> int:
    data_file, loaded = load_data_file(path, data_file_named(kind) if kind else None)
    print(f"{path}: valid — {data_file.summary(loaded)}.")
    return 0


def _write_schema(output: str) -> int:
    text = catalog_json_schema()
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
        print(f"wrote {output}")
    return 0


def _print_problems(error: DataFileError) -> None:
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found:", file=sys.stderr)
    for problem in error.problems:
        print(f"  - {problem}", file=sys.stderr)

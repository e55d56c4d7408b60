"""`dispatch show`: read records written by `dispatch parse` and draw them as tables."""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from dispatch_cli.cli.messages import OneLinePath, echo_error, os_cause


class RecordFileError(ValueError):
    """A file that does not hold dispatch records."""


def read_records(content: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON file (one object, or a list of them) or of a JSON Lines file,
    lazily, in order. Raises `RecordFileError` (its message says where) for text that is not
    JSON or JSON Lines, or a value that is not a record (an object with a `source` object)."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":  # several values: JSON Lines; anything else is broken JSON
            raise RecordFileError(f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
                                  ) from None
        data = [_json_line(line, number) for number, line in enumerate(content.splitlines(), 1)
                if line.strip()]
    if _SURROGATE_ESCAPE.search(content):  # `\udce9`: no UTF-8 output could print it
        data = _printable(data)
    for number, item in enumerate(data if isinstance(data, list) else [data], 1):
        if not isinstance(item, dict) or not isinstance(item.get("source"), dict):
            raise RecordFileError(f"record {number} is not a dispatch record (no `source` object)")
        yield item


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _printable(value: Any) -> Any:
    """`value` with every string in printable form (`records.printable.printable_path`)."""
    from dispatch_cli.records.printable import printable_path

    if isinstance(value, str):
        return printable_path(value)
    if isinstance(value, list):
        return [_printable(v) for v in value]
    if isinstance(value, dict):
        return {printable_path(k): _printable(v) for k, v in value.items()}
    return value


def _json_line(line: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordFileError(f"line {number} is not JSON: {exc.msg}") from None


@click.command()
@click.argument("paths", nargs=-1, required=True, type=OneLinePath(allow_dash=True, path_type=str))
@click.option("--text/--no-text", "with_text", default=True, show_default=True,
              help="Re-read each record's source file to show the sentence of each event.")
def show(paths: tuple[str, ...], with_text: bool) -> None:
    """Show parsed records (JSON or JSON Lines, a folder of them, or - for stdin) as
    readable tables.

    A folder gives every *.json and *.jsonl below it (hidden ones left out), in name order.
    The sentence of each event is re-read from the record's `source.path` when that file
    still exists unchanged; otherwise only the trigger words are shown, and stderr says why.

    \b
    Examples:
        dispatch parse samples/nato-dialogue-brussels.txt > nato.json
        dispatch show nato.json
        dispatch parse samples/ -o out/ && dispatch show out/
    """
    from rich.rule import Rule

    from dispatch_cli.batch.inputs import iter_inputs
    from dispatch_cli.views.evidence import find_source_text
    from dispatch_cli.views.render import make_console, render_record

    console = make_console()
    failed = shown = 0
    for arg in paths:
        for ref in iter_inputs([arg], suffixes=RECORD_SUFFIXES):  # a folder without any: an error ref
            if ref.skip is not None:  # a pipe or device found in a folder: never opened
                echo_error(ref.label, ref.skip, "skipped")
                continue
            try:
                if ref.error is not None:
                    raise RecordFileError(ref.error)
                records = list(read_records(_read(ref.path)))
            except (OSError, UnicodeDecodeError, RecordFileError) as exc:
                echo_error(ref.label, _cause(exc))
                failed += 1
                continue
            folder = None if ref.path is None else Path(ref.path).parent
            for number, record in enumerate(records, 1):
                if shown:
                    console.print(Rule())
                text = None
                if with_text:
                    text, problem = find_source_text(record, folder)
                    if problem is not None and record.get("events"):
                        source = record["source"].get("path")
                        echo_error(source if isinstance(source, str) and source else ref.label,
                                   f"{problem}: events show their trigger words only", "warning")
                try:
                    render_record(record, text, console)
                except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a hand-edited record
                    echo_error(ref.label, f"record {number} cannot be shown: {type(exc).__name__}: {exc}")
                    failed += 1
                    continue
                shown += 1
    if failed:
        sys.exit(1)


# What a folder given to `dispatch show` is searched for, in any case.
RECORD_SUFFIXES = (".json", ".jsonl")


def _read(path: str | None) -> str:
    """The text of a record file, or of stdin for None. Raises OSError, UnicodeDecodeError."""
    if path is None:
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _cause(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return os_cause(exc)
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start})"
    return str(exc)

"""`dispatch show`: read records written by `dispatch parse` and draw them as tables."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click


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
    for number, item in enumerate(data if isinstance(data, list) else [data], 1):
        if not isinstance(item, dict) or not isinstance(item.get("source"), dict):
            raise RecordFileError(f"record {number} is not a dispatch record (no `source` object)")
        yield item


def _json_line(line: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordFileError(f"line {number} is not JSON: {exc.msg}") from None


@click.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(dir_okay=False, allow_dash=True, path_type=str))
@click.option("--text/--no-text", "with_text", default=True, show_default=True,
              help="Re-read each record's source file to show the sentence of each event.")
def show(paths: tuple[str, ...], with_text: bool) -> None:
    """Show parsed records (JSON or JSON Lines, or - for stdin) as readable tables.

    The sentence of each event is re-read from the record's `source.path` when that file
    still exists unchanged; otherwise only the trigger words are shown.

    \b
    Example:
        dispatch parse samples/nato-dialogue-brussels.txt > nato.json
        dispatch show nato.json
    """
    from rich.rule import Rule

    from dispatch_cli.views.evidence import load_source_text
    from dispatch_cli.views.render import make_console, render_record

    console = make_console()
    failed = shown = 0
    for path in paths:
        try:
            content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
            records = list(read_records(content))
        except (OSError, UnicodeDecodeError, RecordFileError) as exc:
            cause = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            click.echo(f"Error: {path}: {cause}", err=True)
            failed += 1
            continue
        folder = None if path == "-" else Path(path).parent
        for record in records:
            if shown:
                console.print(Rule())
            text = load_source_text(record, folder) if with_text else None
            render_record(record, text, console)
            shown += 1
    if failed:
        sys.exit(1)

"""What `dispatch parse` prints on stdout besides plain JSON.

A formatter turns one record's JSON text (as the batch produced it) and the source text it
was parsed from into the bytes written to stdout: highlighted JSON on a terminal, a `rich`
table view, CSV rows of meeting events, or CSV rows of their dyads. Plain JSON to a pipe needs no formatter: it is
written byte for byte.
"""
from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# (JSON text of one record, the source text its offsets point into) -> UTF-8 bytes for stdout.
Formatter = Callable[[str, str], bytes]
FORMATS = ("json", "table", "csv", "events")
TABLES = ("csv", "events")  # the formats that write rows (CSV, or TSV with `tsv`)
BOM = "\ufeff"  # opens a UTF-8 file a spreadsheet reads as UTF-8 (`excel`)


def make_formatter(fmt: str, terminal: bool, *, tsv: bool = False, excel: bool = False) -> Formatter | None:
    """The formatter for `--format fmt` (one of `FORMATS`), for stdout that is a terminal
    or not; None when the JSON goes out as it is (`json` off a terminal).

    `csv` writes one row per event, `events` one row per dyad (`views/dyads_csv.py`); with
    `tsv` their columns are separated by tabs, and with `excel` the output opens with a byte
    order mark. They write the header (and the mark) with their first record only: make one
    per batch. The table and row formatters raise `json.JSONDecodeError` for text that is
    not JSON.
    """
    if fmt in TABLES:
        return _csv_formatter(fmt, "\t" if tsv else ",", excel)
    if fmt == "table":
        return _table_formatter(terminal)
    if terminal:
        return _highlighted_json
    return None


def _console(buffer: io.StringIO, terminal: bool) -> Console:
    """A console that renders into `buffer` as it would on stdout: colour only for a
    terminal and never with NO_COLOR set (see render.make_console)."""
    from rich.console import Console

    from dispatch_cli.views.render import output_width

    colour = terminal and not os.environ.get("NO_COLOR")
    width = output_width()
    return Console(file=buffer, width=width, force_terminal=colour, color_system="standard" if colour else None,
                   no_color=not colour, highlight=False)


def _highlighted_json(data: str, text: str) -> bytes:
    from dispatch_cli.views.render import print_json

    buffer = io.StringIO()
    print_json(data.rstrip("\n"), _console(buffer, terminal=True))
    return buffer.getvalue().encode("utf-8")


def _table_formatter(terminal: bool) -> Formatter:
    from dispatch_cli.views.render import render_record

    def render(data: str, text: str) -> bytes:
        buffer = io.StringIO()
        render_record(json.loads(data), text, _console(buffer, terminal))
        return (buffer.getvalue() + "\n").encode("utf-8")

    return render


def _csv_formatter(fmt: str, delimiter: str, excel: bool) -> Formatter:
    from dispatch_cli.views.dyads_csv import DyadCsvWriter
    from dispatch_cli.views.events_csv import EventCsvWriter

    writer = DyadCsvWriter if fmt == "events" else EventCsvWriter
    state: dict[str, bool] = {"header": True}

    def rows(data: str, text: str) -> bytes:
        buffer = io.StringIO(newline="")
        if state["header"] and excel:
            buffer.write(BOM)
        writer(buffer, header=state["header"], delimiter=delimiter).write(json.loads(data), text)
        state["header"] = False
        return buffer.getvalue().encode("utf-8")

    return rows

"""`dispatch parse`: read dispatches, print or write their JSON records."""
from __future__ import annotations

import json
import sys

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--year", type=int, default=None, help="Year for texts without a ` date YYYY-MM ` line.")
def parse(paths: tuple[str, ...], year: int | None) -> None:
    """Parse dispatches (files, folders or - for stdin) into JSON.

    \b
    Example:
        dispatch parse samples/nato-dialogue-brussels.txt
    """
    from dispatch_cli.parser import DispatchParser

    parser = DispatchParser()
    for path in paths:
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
        record = parser.parse(text, path=None if path == "-" else path, year=year)
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))

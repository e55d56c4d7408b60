"""`dispatch schema`: print the JSON Schema of the output records."""
from __future__ import annotations

import json
import sys

import click


@click.command()
@click.option("--indent", type=click.IntRange(min=0), default=2, show_default=True,
              help="Spaces of indentation (0 for one line).")
def schema(indent: int) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON that `dispatch parse` writes.

    The schema is generated from the record definitions, so it always describes the
    output of this version.

    \b
    Example:
        dispatch schema > dispatch-record.schema.json
    """
    from dispatch_cli.records.schema import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=indent or None)
    if sys.stdout.isatty():
        from dispatch_cli.views.render import make_console, print_json

        print_json(text, make_console())
    else:
        click.echo(text)

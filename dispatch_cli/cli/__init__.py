"""The `dispatch` command line.

Only click is imported here: spaCy is imported by the commands that parse, so that
`dispatch --help` and `dispatch --version` start instantly.
"""
from __future__ import annotations

import click

from dispatch_cli import __version__
from dispatch_cli.cli.archive import metadata, summary
from dispatch_cli.cli.evaluate import evaluate
from dispatch_cli.cli.parse import parse
from dispatch_cli.cli.schema import schema
from dispatch_cli.cli.show import show


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dispatch")
def main() -> None:
    """Turn French AZERTAC-style news dispatches into structured JSON.

    \b
    Example:
        dispatch parse samples/nato-dialogue-brussels.txt
    """


main.add_command(parse)
# The analyst's commands import only click at module level; rich, spaCy, the scorer and
# sqlite-utils are imported when a command runs.
main.add_command(show)
main.add_command(schema)
main.add_command(evaluate)
main.add_command(summary)
main.add_command(metadata)

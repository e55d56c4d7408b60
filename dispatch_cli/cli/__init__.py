"""The `dispatch` command line.

Only click is imported here: spaCy is imported by the commands that parse, so that
`dispatch --help` and `dispatch --version` start instantly.
"""
from __future__ import annotations

import os
import sys
from typing import Any

import click

from dispatch_cli import __version__
from dispatch_cli.cli.archive import metadata, summary
from dispatch_cli.cli.evaluate import evaluate
from dispatch_cli.cli.messages import echo_error, os_cause, silence_stdout
from dispatch_cli.cli.parse import parse
from dispatch_cli.cli.schema import schema
from dispatch_cli.cli.show import show


class DispatchGroup(click.Group):
    """The command group; an error writing standard output (a full disk, a device that
    refuses the write) ends any command with one line on stderr and status 1, as every other
    error does, instead of a traceback. (A closed pipe is click's own case: quiet.)"""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as exc:
            if exc.filename is not None or isinstance(exc, BrokenPipeError):
                raise  # a named file's error is the command's to report; a closed pipe click's
            silence_stdout()
            echo_error("stdout", os_cause(exc))
            ctx.exit(1)


@click.group(cls=DispatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def run() -> None:
    """The `dispatch` program: `main`, then, when a command loaded the parsing pipeline in this
    process, an immediate exit once everything it wrote is flushed.

    Freeing the pipeline object by object at interpreter shutdown takes a quarter of a second
    (spaCy's vocabulary and models, the rule model's tables), paid by every run after its
    work is done. The commands close their own files, archive and worker pool before
    returning, so nothing is left for the shutdown to do but that; `os._exit` skips it. Not
    with the Dask engine, whose cluster is stopped by its own exit handlers, nor when
    standard output cannot be flushed (its error is then reported as usual).
    """
    try:
        main()
    except SystemExit as exc:
        code = exc.code
        from dispatch_cli.batch import work

        if work.loaded() and "distributed" not in sys.modules and (code is None or isinstance(code, int)):
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):
                raise exc from None
            os._exit(code or 0)
        raise

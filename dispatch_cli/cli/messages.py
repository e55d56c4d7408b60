"""The lines the commands write on stderr, in one style: `error: PATH: cause`,
`warning: PATH: …`, each on one line whatever bytes the path holds (see
`records.printable`)."""
from __future__ import annotations

import os
import sys
from typing import Any

import click

from dispatch_cli.records.printable import error_line, one_line


def echo_error(path: str, cause: object, kind: str = "error") -> None:
    """Write `error: PATH: cause` (or `KIND: PATH: cause`) on stderr, on one line."""
    click.echo(error_line(path, str(cause), kind), err=True)


def os_cause(exc: OSError) -> str:
    """A short lower-case cause for an operating-system error (`no such file or directory`)."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


class OneLinePath(click.Path):
    """`click.Path` whose usage errors name the path on one line (control characters and
    undecodable bytes escaped), as every other message does."""

    def fail(self, message: str, param: click.Parameter | None = None, ctx: click.Context | None = None
             ) -> Any:
        super().fail(one_line(message), param, ctx)


def silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush of what could
    not be written (a closed pipe, a full disk) cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (a test runner's stream): nothing to protect

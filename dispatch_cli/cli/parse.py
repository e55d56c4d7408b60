"""`dispatch parse`: read dispatches, print or write their JSON records."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dispatch_cli.batch.inputs import STDIN
from dispatch_cli.cli.messages import OneLinePath, echo_error, os_cause, silence_stdout
from dispatch_cli.records.printable import one_line

if TYPE_CHECKING:
    from dispatch_cli.archive.writer import Archive

    # Recent click types a parameter type by its value and input; click 8.1 (supported) is
    # not generic, so the subscripted base is for the type checker only.
    _IntParamType = click.ParamType[int, object]
else:
    _IntParamType = click.ParamType


class Workers(_IntParamType):
    """A number of worker processes, or `auto` for one per CPU."""

    name = "N|auto"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        """The number of workers: a positive integer as given, or `os.cpu_count()` for
        `auto`. Fails (`click.BadParameter`, exit status 2) for anything else."""
        if isinstance(value, int):
            n = value
        elif str(value).strip().lower() == "auto":
            return os.cpu_count() or 1
        else:
            try:
                n = int(str(value))
            except ValueError:
                self.fail(f"{value!r} is neither a number nor 'auto'", param, ctx)
        if n < 1:
            self.fail(f"{n} is not a positive number", param, ctx)
        return n


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", "out_dir", type=OneLinePath(file_okay=False, path_type=Path),
              help="Write one NAME.json per input into this folder (created if needed), "
                   "mirroring the folders below a folder argument.")
@click.option("--jsonl", is_flag=True, help="One compact JSON object per line, even for one input.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Store the records in this SQLite archive too (made if needed; see `dispatch "
                   "summary`). Without -o or --jsonl nothing goes to stdout.")
@click.option("--year", type=click.IntRange(1, 9999), metavar="YYYY",
              help="Year for texts without a ` date YYYY-MM ` line.")
@click.option("--workers", type=Workers(), default="1", show_default=True,
              help="Parse in N processes (each loads the pipeline once); 'auto' = one per CPU.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes (--workers); dask: a Dask cluster "
                   "(needs the dask extra).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: a running scheduler (tcp://HOST:PORT); without it a local "
                   "cluster is started with --workers processes (default: one per core).")
@click.option("--resume", is_flag=True,
              help="With -o or --db: skip inputs already written there from the same input bytes.")
@click.option("--errors", "errors_path", type=OneLinePath(dir_okay=False, writable=True),
              help="Also write the failures to this file as JSON Lines: {\"path\", \"error\"}.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (failures are still reported).")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table", "csv", "events"]), default="json",
              show_default=True,
              help="json: records (highlighted on a terminal); table: a readable view of each "
                   "dispatch; csv: one row per meeting event, with a header; events: one row per "
                   "dyad (source -> target) with CAMEO and PLOVER codes, for event datasets.")
@click.option("--tsv", is_flag=True, help="With --format csv or events: tab-separated values.")
@click.option("--excel", is_flag=True,
              help="With --format csv or events: start with a byte order mark, so that a spreadsheet "
                   "reads the accents right.")
@click.pass_context
def parse(ctx: click.Context, paths: tuple[str, ...], out_dir: Path | None, jsonl: bool, db_path: Path | None,
          year: int | None, workers: int, engine: str, scheduler: str | None, resume: bool,
          errors_path: str | None, quiet: bool, fmt: str, tsv: bool, excel: bool) -> None:
    """Parse dispatches into JSON.

    PATH is a file, a folder (every *.txt below it, in name order) or - for stdin. One file
    (or -) gives one indented JSON object on stdout; several inputs, a folder or --jsonl give
    JSON Lines in input order; -o DIR writes one file per input instead; --db FILE stores
    the records in a SQLite archive, with or without the JSON.

    \b
    Examples:
        dispatch parse samples/nato-dialogue-brussels.txt
        dispatch parse samples/ --jsonl --year 2024 > samples.jsonl
        dispatch parse samples/ -o out/ --workers auto --errors failed.jsonl
        dispatch parse samples/ -o out/ --engine dask --scheduler tcp://scheduler:8786
        dispatch parse samples/ --db samples.db --workers auto
        dispatch parse samples/ --format csv > events.csv
        dispatch parse samples/ --format events --excel > dyads.csv
        dispatch parse samples/paris-matignon-meeting.txt --format table
        cat samples/gas-pipeline-no-meeting.txt | dispatch parse -
    """
    if paths.count(STDIN) > 1:
        raise click.BadParameter("'-' (stdin) can be given only once", param_hint="PATH")
    if resume and out_dir is None and db_path is None:
        raise click.UsageError("--resume needs -o DIR or --db FILE: it skips inputs already written there.")
    if resume and jsonl:
        raise click.UsageError("--resume skips inputs, which --jsonl would then leave out of stdout.")
    if fmt != "json" and db_path is not None:
        raise click.UsageError(f"--format {fmt} writes to stdout; it cannot be combined with --db.")
    if jsonl and out_dir is not None:
        raise click.UsageError("--jsonl writes to stdout; it cannot be combined with -o DIR.")
    if fmt != "json" and (out_dir is not None or jsonl):
        raise click.UsageError(f"--format {fmt} writes to stdout; it cannot be combined with -o DIR or --jsonl.")
    if (tsv or excel) and fmt not in ("csv", "events"):
        raise click.UsageError("--tsv and --excel go with --format csv or --format events.")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler goes with --engine dask.")
    if engine == "dask":
        workers = _dask_workers(ctx, workers, scheduler)
    single = len(paths) == 1 and (paths[0] == STDIN or not os.path.isdir(paths[0]))

    from dispatch_cli.archive.errors import ArchiveError
    from dispatch_cli.batch.runner import format_summary, run_batch
    from dispatch_cli.batch.work import BatchAborted, BatchOptions
    from dispatch_cli.views.formats import make_formatter

    trace = os.environ.get("DISPATCH_TRACE") or None
    if trace is not None:
        try:
            with open(trace, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            echo_error(trace, f"DISPATCH_TRACE cannot be written: {os_cause(exc)}")
            ctx.exit(2)

    if out_dir is not None:
        # found before anything is loaded or parsed: an output folder that cannot be made
        # would otherwise fail once per input, after all the work
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            echo_error(str(out_dir), f"cannot create the output folder: {os_cause(exc)}")
            ctx.exit(2)
        if not os.access(out_dir, os.W_OK | os.X_OK):
            echo_error(str(out_dir), "the output folder is not writable")
            ctx.exit(2)

    stdout = sys.stdout.buffer
    errors = None
    archive = _open_archive(ctx, db_path)
    try:
        if errors_path is not None:
            try:
                errors = open(errors_path, "w", encoding="utf-8")  # noqa: SIM115 (closed in `finally` below)
            except OSError as exc:
                raise click.BadParameter(one_line(f"{errors_path}: {exc.strerror}"), param_hint="--errors") from None
        opts = BatchOptions(
            paths=paths, out_dir=out_dir, pretty=out_dir is not None or (single and not jsonl),
            year=year, workers=workers, resume=resume, quiet=quiet, errors=errors,
            progress=not quiet and _is_terminal(sys.stderr),
            formatter=None if out_dir is not None
            else make_formatter(fmt, _is_terminal(sys.stdout), tsv=tsv, excel=excel),
            trace=trace, engine=engine, scheduler=scheduler,
            sink=archive, stdout=out_dir is None and (db_path is None or jsonl),
        )
        try:
            summary = run_batch(opts, stdout, stdin=sys.stdin.buffer,
                                report=lambda line: click.echo(line, err=True))
        except BatchAborted as exc:
            click.echo(f"error: {one_line(str(exc))}", err=True)
            ctx.exit(1)
        if archive is not None:
            archive.close()
    except KeyboardInterrupt:
        # Ctrl-C: the shell's status for SIGINT; where outputs persist, how to finish them
        if out_dir is not None or db_path is not None:
            click.echo("interrupted: the outputs written so far are complete; rerun with --resume to finish",
                       err=True)
        ctx.exit(130)
    except BrokenPipeError:
        # The reader of stdout went away (`| head -1`). As the Python docs advise, point
        # stdout at devnull so the interpreter's final flush cannot fail again, and stop.
        silence_stdout()
        ctx.exit(1)
    except ArchiveError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(1)
    finally:
        if errors is not None:
            errors.close()
        if archive is not None:
            archive.db.close()  # after an error: what the last commit wrote is kept
    if not quiet and (summary.inputs > 1 or summary.failed):
        click.echo(format_summary(summary), err=True)
    if not quiet and archive is not None:
        click.echo(f"{db_path}: {archive.added} documents added, {archive.present} already there, "
                   f"{archive.failures} failures recorded", err=True)
    ctx.exit(1 if summary.failed else 0)


def _open_archive(ctx: click.Context, path: Path | None) -> Archive | None:
    """The archive of --db, opened (made if needed) before any input is read; a one-line
    error and exit 1 when it cannot be."""
    if path is None:
        return None
    from dispatch_cli.archive.errors import ArchiveError
    from dispatch_cli.archive.writer import Archive

    try:
        return Archive.open(path)
    except ArchiveError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(1)


def _dask_workers(ctx: click.Context, workers: int, scheduler: str | None) -> int:
    """The local cluster's size (one worker process per core unless --workers says), after
    checking that Dask is installed: a one-line error and exit 2 otherwise."""
    from dispatch_cli.batch.dask_engine import DaskMissing, require_dask

    explicit = ctx.get_parameter_source("workers") is not click.core.ParameterSource.DEFAULT
    if scheduler is not None and explicit:
        raise click.UsageError("--workers sizes a local cluster; the cluster at --scheduler has its own workers.")
    try:
        require_dask()
    except DaskMissing as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(2)
    return workers if explicit else os.cpu_count() or 1


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False

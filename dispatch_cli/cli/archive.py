"""`dispatch summary` and `dispatch metadata`: look across an archive."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path), metavar="ARCHIVE.db|DIR")
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object, for machines.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors and pairs to list (and failures, on the terminal).")
@click.option("--errors", "errors_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With a folder: the failures file its batch wrote (`dispatch parse --errors`).")
def summary(source: Path, as_json: bool, top: int, errors_path: Path | None) -> None:
    """Report what an archive holds: documents and their dates, events by type and by month,
    the most frequent actors and pairs, and the documents that failed.

    ARCHIVE.db is a database written by `dispatch parse --db`; DIR a folder of JSON outputs
    (`dispatch parse -o DIR`), whose records are read as --db would store them.

    \b
    Examples:
        dispatch parse samples/ --db samples.db
        dispatch summary samples.db
        dispatch summary samples.db --json --top 3
        dispatch parse samples/ -o out/ --errors failed.jsonl
        dispatch summary out/ --errors failed.jsonl
    """
    from dispatch_cli.archive.errors import ArchiveError
    from dispatch_cli.archive.summary import summarize, summarize_folder

    if errors_path is not None and not source.is_dir():
        raise click.UsageError("--errors goes with a folder of JSON outputs; an archive records its failures.")
    try:
        report = summarize_folder(source, top, errors_path) if source.is_dir() else summarize(source, top)
    except ArchiveError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    from dispatch_cli.views.render import make_console
    from dispatch_cli.views.summary import render_summary

    render_summary(report, make_console(), failures=top)


@click.command()
@click.argument("database", type=click.Path(dir_okay=False, path_type=Path), metavar="ARCHIVE.db")
def metadata(database: Path) -> None:
    """Print Datasette metadata for an archive: what each table and view holds, and the
    common questions as canned queries (meetings, who met whom, actors and their roles,
    meetings of a name, search).

    Datasette names a database after its file, so give the file Datasette will open. Then:
    datasette ARCHIVE.db --metadata metadata.json (pip install 'dispatch-cli[web]').

    \b
    Example:
        dispatch metadata archive.db > metadata.json
    """
    from dispatch_cli.archive.metadata import datasette_metadata

    click.echo(json.dumps(datasette_metadata(database), ensure_ascii=False, indent=2))

"""The terminal report of `dispatch summary`: the figures of an archive as rich tables.

It draws the JSON-ready report that `archive.summary` computes (the output of `dispatch
summary --json`), so it needs nothing of the archive itself: documents and their date span,
events by type and by month (a year per row, a month per column), the most frequent actors
and pairs, and the documents that failed.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from dispatch_cli.views.render import NONE, print_view

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
BAR_WIDTH = 24


def render_summary(report: Mapping[str, Any], console: Console, failures: int = 10) -> None:
    """Print the report; at most `failures` failed documents are listed, with a count of the rest."""
    print_view(summary_view(report, failures), console)  # plain text: no spaces at line ends


def summary_view(report: Mapping[str, Any], failures: int = 10) -> Group:
    """The renderable of a report (see `render_summary`)."""
    parts: list[RenderableType] = [_header(report)]
    if report["events_by_type"]:
        parts.append(_by_type(report["events_by_type"], report["events"]))
    if report["events_by_month"] or report["undated_events"]:
        parts.append(_by_month(report["events_by_month"], report["undated_events"]))
    if report["top_actors"]:
        parts.append(_top_actors(report["top_actors"]))
    if report["top_pairs"]:
        parts.append(_top_pairs(report["top_pairs"]))
    if report["failures"]:
        parts.append(_failures(report["failures"], failures))
    spaced: list[RenderableType] = [parts[0]]
    for part in parts[1:]:
        spaced += [Text(), part]  # a blank line before each table
    return Group(*spaced)


def _n(value: int) -> str:
    return f"{value:,}"


def _header(report: Mapping[str, Any]) -> Text:
    text = Text()
    text.append(f"{report['source']}\n", style="bold")
    text.append(f"{_n(report['documents'])} documents, {_n(report['failed'])} failed")
    if report["first_date"]:
        text.append(f"; dated {report['first_date']} to {report['last_date']}")
    if report["undated_documents"]:
        text.append(f" ({_n(report['undated_documents'])} undated)")
    names = report["names"]
    text.append(f"\n{_n(report['events'])} events; {_n(names['actor'])} actors, "
                f"{_n(names['organization'])} organizations, {_n(names['place'])} places (distinct names)")
    return text


def _table(title: str, *columns: tuple[str, str]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, padding=(0, 1),
                  show_edge=False)
    for name, justify in columns:
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    return table


def _by_type(counts: Mapping[str, int], total: int) -> Table:
    table = _table("Events by type", ("type", "left"), ("events", "right"), ("", "left"))
    most = max(counts.values())
    for kind, n in counts.items():
        table.add_row(kind, _n(n), "█" * max(1, round(BAR_WIDTH * n / most)))
    return table


def _by_month(counts: Mapping[str, int], undated: int) -> Table:
    """Years down, months across; an event is dated by its own date, else its dispatch's."""
    title = "Events by month" + (f" ({_n(undated)} undated)" if undated else "")
    # Narrow columns without padding: a year fits on 80 columns with counts of 4 digits.
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, padding=(0, 0),
                  show_edge=False)
    table.add_column("year", min_width=4)
    for name in MONTHS:
        table.add_column(name, justify="right", min_width=4)
    table.add_column("total", justify="right", min_width=6)
    years: dict[str, dict[int, int]] = {}
    for month, n in counts.items():
        years.setdefault(month[:4], {})[int(month[5:7])] = n
    for year, months in sorted(years.items()):
        table.add_row(year, *(_n(months[m]) if m in months else "" for m in range(1, 13)),
                      _n(sum(months.values())))
    return table


def _top_actors(actors: list[Mapping[str, Any]]) -> Table:
    table = _table("Most frequent actors", ("name", "left"), ("documents", "right"), ("events", "right"),
                   ("most frequent role", "left"))
    for actor in actors:
        table.add_row(actor["name"], _n(actor["documents"]), _n(actor["events"]), actor["role"] or NONE)
    return table


def _top_pairs(pairs: list[Mapping[str, Any]]) -> Table:
    table = _table("Most frequent pairs", ("party", "left"), ("party", "left"), ("encounters", "right"),
                   ("first", "left"), ("last", "left"))
    for pair in pairs:
        table.add_row(pair["party_a"], pair["party_b"], _n(pair["encounters"]), pair["first_date"] or NONE,
                      pair["last_date"] or NONE)
    return table


def _failures(failures: list[Mapping[str, Any]], shown: int) -> Table:
    more = len(failures) - shown
    title = "Failed" + (f" (first {shown} of {_n(len(failures))})" if more > 0 else "")
    table = _table(title, ("path", "left"), ("error", "left"))
    for failure in failures[:shown]:
        table.add_row(failure["path"], failure["error"])
    return table

"""Rich views of records for people at a terminal.

`render_record` draws one record: headline and dateline, the actors with their roles, the
organizations, and the meeting events in order with each trigger highlighted in its
sentence. Cells wrap rather than cut text. On a console without colour (not a terminal,
or `NO_COLOR` set through `make_console`) the output is plain text, and triggers are
marked with brackets since they cannot be highlighted.
"""
from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.highlighter import JSONHighlighter
from rich.table import Table
from rich.text import Text

from dispatch_cli.views.evidence import RecordLike, as_dict, as_list, as_mapping, event_evidence, participant_names

TRIGGER_STYLE = "bold yellow underline"
NONE = "—"
# Columns when neither COLUMNS nor any terminal says how wide the output may be.
DEFAULT_WIDTH = 100
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


def output_width() -> int:
    """How wide tables are drawn: `COLUMNS` when it is a positive number, else the width of
    the terminal of stdout, stderr or stdin (`dispatch show x.json | less` is still read in
    a terminal), else `DEFAULT_WIDTH`."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for fd in (1, 2, 0):
        try:
            return os.get_terminal_size(fd).columns or DEFAULT_WIDTH
        except (OSError, ValueError):
            continue
    return DEFAULT_WIDTH


def make_console(file: IO[str] | None = None, width: int | None = None) -> Console:
    """A console for the CLI writing to `file` (default stdout), `width` columns wide
    (default: `output_width`): colour only on a terminal, and never with `NO_COLOR` set."""
    no_color = bool(os.environ.get("NO_COLOR"))
    # Rich alone would still emit bold and underline under NO_COLOR; without a colour
    # system it emits no escape codes at all.
    return Console(file=file, width=width or output_width(), color_system=None if no_color else "auto",
                   no_color=no_color, highlight=False)


def is_plain(console: Console) -> bool:
    """Whether `console` writes text without any styling."""
    return console.color_system is None or console.no_color


def render_record(record: RecordLike, text: str | None, console: Console) -> None:
    """Print the table view of one record; `text` is its source text, if at hand (the
    record's offsets count its characters), to show each event's sentence. Plain text
    (see `is_plain`) has no spaces at the ends of its lines, where rich pads tables."""
    print_view(record_view(record, text, plain=is_plain(console)), console)


def print_view(view: RenderableType, console: Console) -> None:
    """Print a renderable; as plain text, without spaces at the ends of lines."""
    if not is_plain(console):
        console.print(view)
        return
    drawn = Console(file=io.StringIO(), width=console.width, color_system=None, no_color=True, highlight=False)
    drawn.print(view)
    console.out(_TRAILING.sub("", drawn.file.getvalue()), end="", highlight=False)  # type: ignore[attr-defined]


def print_json(text: str, console: Console) -> None:
    """Print JSON text with syntax highlighting, character for character as given."""
    console.print(JSONHighlighter()(Text(text)), soft_wrap=True)


def record_view(record: RecordLike, text: str | None = None, *, plain: bool = False) -> Group:
    """The renderable of one record (see `render_record`)."""
    rec = as_dict(record)
    parts: list[RenderableType] = [_header(rec)]
    parts.append(_section("Actors", rec.get("actors"), _actors_table))
    parts.append(_section("Organizations", rec.get("organizations"), _organizations_table))
    places = [p.get("name") for p in as_list(rec.get("places")) if isinstance(p, Mapping)]
    if places:
        parts.append(Text.assemble(("Places: ", "bold"), ", ".join(map(str, places))))
    parts.append(_section("Meeting events", rec.get("events"),
                          lambda events: _events_table(events, text, plain)))
    byline = rec.get("byline")
    if isinstance(byline, Mapping):
        who = ", ".join(str(byline[k]) for k in ("name", "role", "place") if byline.get(k))
        parts.append(Text.assemble(("Byline: ", "bold"), who))
    return Group(*_spaced(parts))


def _spaced(parts: list[RenderableType]) -> Iterable[RenderableType]:
    """The parts with a blank line between each two."""
    for i, part in enumerate(parts):
        if i:
            yield Text("")
        yield part


def _header(rec: Mapping[str, Any]) -> Text:
    source = as_mapping(rec.get("source"))
    title = rec.get("headline") or source.get("path") or "(untitled dispatch)"
    header = Text(str(title), style="bold")
    dateline = rec.get("dateline")
    if isinstance(dateline, Mapping):
        header.append("\n")
        header.append(str(dateline.get("text") or dateline.get("place") or ""), style="cyan")
        if dateline.get("date"):
            header.append(f"  ({dateline['date']})")
    else:
        header.append("\nno dateline", style="dim")
    if rec.get("headline") and source.get("path"):
        header.append(f"\n{source['path']}", style="dim")
    return header


def _section(title: str, items: Any,
             table: Callable[[list[Mapping[str, Any]]], Table]) -> RenderableType:
    items = [i for i in as_list(items) if isinstance(i, Mapping)]
    if not items:
        return Text(f"{title}: none", style="dim")
    return table(items)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  show_lines=False, pad_edge=False)
    for name in columns:
        # fold: a long name or word wraps onto the next line instead of being cut
        table.add_column(name, overflow="fold", no_wrap=False)
    return table


def _lines(values: Iterable[Any]) -> str:
    return "\n".join(str(v) for v in as_list(values) if v is not None) or NONE


def _actors_table(actors: list[Mapping[str, Any]]) -> Table:
    table = _table("Actors", "Name", "Aliases", "Roles")
    for actor in actors:
        table.add_row(Text(str(actor.get("name")), style="bold"),
                      _lines(actor.get("aliases") or []), _lines(actor.get("roles") or []))
    return table


def _organizations_table(organizations: list[Mapping[str, Any]]) -> Table:
    table = _table("Organizations", "Name", "Aliases")
    for org in organizations:
        table.add_row(Text(str(org.get("name")), style="bold"), _lines(org.get("aliases") or []))
    return table


def _events_table(events: list[Mapping[str, Any]], text: str | None, plain: bool) -> Table:
    table = _table("Meeting events", "#", "Type", "Date", "Place", "Participants", "Sentence")
    table.show_lines = True  # rows span several lines: rule them apart
    for number, event in enumerate(events, 1):
        table.add_row(str(number), str(event.get("type")), str(event.get("date") or NONE),
                      str(event.get("place") or NONE), _lines(participant_names(event)),
                      _evidence_text(event, text, plain))
    return table


def _evidence_text(event: Mapping[str, Any], text: str | None, plain: bool) -> Text:
    """The sentence with the trigger highlighted; the trigger alone without the text."""
    evidence = event_evidence(event, text)
    if evidence is None:
        trigger = as_mapping(event.get("trigger")).get("text") or ""
        return _trigger(_flat(trigger), plain)
    # Collapse the layout's line breaks so the sentence wraps to the column.
    sentence = Text(_flat(evidence.before).lstrip())
    sentence.append_text(_trigger(_flat(evidence.trigger), plain))
    sentence.append(_flat(evidence.after).rstrip())
    return sentence


def _trigger(words: str, plain: bool) -> Text:
    return Text(f"[{words}]") if plain else Text(words, style=TRIGGER_STYLE)


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text)

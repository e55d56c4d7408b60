"""Meeting events as CSV, one row per event, for spreadsheets.

Rows are written as records arrive, so a batch can stream its CSV. Quoting of commas,
quotes and line breaks is the csv module's (RFC 4180, `\\r\\n` row ends): open files with
`newline=""`, as the csv module asks.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from typing import IO

from dispatch_cli.views.evidence import RecordLike, as_dict, as_list, as_mapping, event_evidence, participant_names

COLUMNS: tuple[str, ...] = ("file", "date", "type", "place", "participants", "trigger", "sentence")
PARTICIPANT_SEPARATOR = "; "


def event_rows(record: RecordLike, text: str | None = None) -> Iterator[dict[str, str]]:
    """The CSV rows of one record's events, in order, as dicts keyed by `COLUMNS`.

    `text` is the source text the record's offsets point into; `sentence` is empty without
    it, or when the offsets do not match it. A missing value is an empty string.
    """
    rec = as_dict(record)
    path = as_mapping(rec.get("source")).get("path") or ""
    for event in as_list(rec.get("events")):
        if not isinstance(event, Mapping):
            continue
        evidence = event_evidence(event, text)
        yield {
            "file": path,
            "date": event.get("date") or "",
            "type": event.get("type") or "",
            "place": event.get("place") or "",
            "participants": PARTICIPANT_SEPARATOR.join(participant_names(event)),
            "trigger": as_mapping(event.get("trigger")).get("text") or "",
            "sentence": evidence.sentence.strip() if evidence else "",
        }


class EventCsvWriter:
    """Write event rows to `fileobj` as records come: the header first, then each record's."""

    def __init__(self, fileobj: IO[str], *, header: bool = True) -> None:
        """Write the header row now unless `header` is False (a later part of one CSV)."""
        self._writer = csv.DictWriter(fileobj, fieldnames=COLUMNS)
        self.rows = 0
        if header:
            self._writer.writeheader()

    def write(self, record: RecordLike, text: str | None = None) -> int:
        """Write the rows of one record (`text`: see `event_rows`); returns how many."""
        count = 0
        for row in event_rows(record, text):
            self._writer.writerow(row)
            count += 1
        self.rows += count
        return count


def write_events_csv(records: Iterable[tuple[RecordLike, str | None]], fileobj: IO[str],
                     *, header: bool = True) -> int:
    """Write the header and one row per event of each `(record, text)` pair, streaming.

    `text` is the record's source text (None to leave the `sentence` column empty).
    Returns the number of event rows written.
    """
    writer = EventCsvWriter(fileobj, header=header)
    for record, text in records:
        writer.write(record, text)
    return writer.rows

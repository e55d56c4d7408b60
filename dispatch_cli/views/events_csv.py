"""Meeting events as CSV, one row per event, for spreadsheets.

Rows are written as records arrive, so a batch can stream its CSV. Quoting of commas,
quotes and line breaks is the csv module's (RFC 4180, `\\r\\n` row ends): open files with
`newline=""`, as the csv module asks. `delimiter="\\t"` writes TSV.

`event_id` is the event's key across documents, `doc_id:e1`: tables made from thousands of
files join without collisions.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from dispatch_cli.views.evidence import RecordLike, as_dict, as_list, as_mapping, event_evidence, participant_names

COLUMNS: tuple[str, ...] = ("event_id", "doc_id", "file", "dateline_date", "date", "type", "place", "participants",
                            "participant_ids", "trigger", "sentence")
PARTICIPANT_SEPARATOR = "; "


def event_key(record: Mapping[str, Any], event: Mapping[str, Any]) -> str:
    """The event's key across documents: `doc_id:e1` (just `e1` for a record without a doc_id)."""
    doc_id = record.get("doc_id") or ""
    return f"{doc_id}:{event.get('id') or ''}" if doc_id else str(event.get("id") or "")


def event_rows(record: RecordLike, text: str | None = None) -> Iterator[dict[str, str]]:
    """The CSV rows of one record's events, in order, as dicts keyed by `COLUMNS`.

    `text` is the source text the record's offsets point into; `sentence` is empty without
    it, or when the offsets do not match it. A missing value is an empty string.
    """
    rec = as_dict(record)
    path = as_mapping(rec.get("source")).get("path") or ""
    dateline_date = as_mapping(rec.get("dateline")).get("date") or ""
    for event in as_list(rec.get("events")):
        if not isinstance(event, Mapping):
            continue
        evidence = event_evidence(event, text)
        yield {
            "event_id": event_key(rec, event),
            "doc_id": rec.get("doc_id") or "",
            "file": path,
            "dateline_date": dateline_date,
            "date": event.get("date") or "",
            "type": event.get("type") or "",
            "place": event.get("place") or "",
            "participants": PARTICIPANT_SEPARATOR.join(participant_names(event)),
            "participant_ids": PARTICIPANT_SEPARATOR.join(
                str(p.get("ref")) for p in as_list(event.get("participants")) if isinstance(p, Mapping)),
            "trigger": as_mapping(event.get("trigger")).get("text") or "",
            "sentence": evidence.sentence.strip() if evidence else "",
        }


class EventCsvWriter:
    """Write event rows to `fileobj` as records come: the header first, then each record's."""

    columns = COLUMNS

    def __init__(self, fileobj: IO[str], *, header: bool = True, delimiter: str = ",") -> None:
        """Write the header row now unless `header` is False (a later part of one CSV);
        `delimiter`: `\\t` for TSV."""
        self._writer = csv.DictWriter(fileobj, fieldnames=self.columns, delimiter=delimiter)
        self.rows = 0
        if header:
            self._writer.writeheader()

    def write(self, record: RecordLike, text: str | None = None) -> int:
        """Write the rows of one record (`text`: see `event_rows`); returns how many."""
        count = 0
        for row in self.rows_of(record, text):
            self._writer.writerow(row)
            count += 1
        self.rows += count
        return count

    @staticmethod
    def rows_of(record: RecordLike, text: str | None) -> Iterator[dict[str, str]]:
        """The rows of one record."""
        return event_rows(record, text)


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

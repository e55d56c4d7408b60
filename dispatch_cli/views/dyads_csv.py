"""Events as event datasets count them: one row per dyad (source -> target), CSV or TSV.

A direction's PLOVER type and mode are read from the crosswalk of the packaged rule model.

The columns are those an ICEWS or POLECAT user expects (`DYAD_COLUMNS`): the event's key
across documents (`doc_id:e1`), its days, type and codes (CAMEO, PLOVER type and mode; the
CAMEO code is that of the direction: `042` visitor -> host, `043` host -> visitor), who acts
on whom (name, kind, ISO 3166-1 alpha-3 country, title), where (place, its country, the
source of the answer), and the evidence (document, trigger, sentence). An event with no pair
(a meeting held by one person, a visit to no state or body) has one row with its first
participant as source and no target, so that every event is in the table.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from dispatch_cli.nlp.lexicon import load_lexicon
from dispatch_cli.views.events_csv import EventCsvWriter, event_key
from dispatch_cli.views.evidence import RecordLike, as_dict, event_evidence

DYAD_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_end", "event_type", "cameo", "plover_type", "plover_mode",
    "source_name", "source_kind", "source_country", "source_title",
    "target_name", "target_kind", "target_country", "target_title",
    "place", "place_country", "place_source", "doc_id", "file", "trigger", "sentence",
)


def dyad_rows(record: RecordLike, text: str | None = None) -> Iterator[dict[str, str]]:
    """The rows of one record: each event's dyads in order, as dicts keyed by `DYAD_COLUMNS`.

    `text` is the source text the record's offsets point into (`sentence` is empty without
    it). A missing value is an empty string.
    """
    rec = as_dict(record)
    crosswalk = load_lexicon().crosswalk.codes
    titles = {a.get("id"): (a.get("roles") or [""])[0] for a in rec.get("actors") or []}
    path = (rec.get("source") or {}).get("path") or ""
    for event in rec.get("events") or []:
        participants = {p.get("ref"): p for p in event.get("participants") or [] if isinstance(p, Mapping)}
        pairs = [(d.get("source"), d.get("target"), d.get("cameo") or "") for d in event.get("dyads") or []]
        if not pairs and participants:
            pairs = [(next(iter(participants)), None, event.get("cameo") or "")]
        evidence = event_evidence(event, text)
        plover = event.get("plover") or {}
        location = event.get("location") or {}
        common = {
            "event_id": event_key(rec, event),
            "date": event.get("date") or "",
            "date_end": event.get("date_end") or "",
            "event_type": event.get("type") or "",
            "place": location.get("name") or event.get("place") or "",
            "place_country": location.get("country") or "",
            "place_source": location.get("source") or "",
            "doc_id": rec.get("doc_id") or "",
            "file": path,
            "trigger": (event.get("trigger") or {}).get("text") or "",
            "sentence": evidence.sentence.strip() if evidence else "",
        }
        for source, target, cameo in pairs:
            # the PLOVER category of the direction's own code (a host's `043` is CONSULT/host)
            own = crosswalk.get(cameo) if cameo != event.get("cameo") else None
            row = {
                **common,
                "cameo": cameo,
                "plover_type": own.type if own else plover.get("type") or "",
                "plover_mode": (own.mode or "") if own else plover.get("mode") or "",
                **_side("source", participants.get(source), titles),
                **_side("target", participants.get(target), titles),
            }
            yield {column: row[column] for column in DYAD_COLUMNS}


def _side(prefix: str, participant: Mapping[str, Any] | None, titles: Mapping[Any, str]) -> dict[str, str]:
    p = participant or {}
    return {f"{prefix}_name": p.get("name") or "", f"{prefix}_kind": p.get("kind") or "",
            f"{prefix}_country": p.get("country") or "", f"{prefix}_title": titles.get(p.get("ref"), "")}


class DyadCsvWriter(EventCsvWriter):
    """Write dyad rows to `fileobj` as records come: the header first, then each record's."""

    columns = DYAD_COLUMNS

    @staticmethod
    def rows_of(record: RecordLike, text: str | None) -> Iterator[dict[str, str]]:
        return dyad_rows(record, text)

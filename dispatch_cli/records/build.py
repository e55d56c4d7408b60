"""Lay out what the dispatch components found on a Doc as a `DispatchRecord`.

The components (`dispatch_cli.nlp.components`) have done the reading on the normalized
text; this module gives each entity its id (`a1`, `o1`, `p1`, `e1`, in order of first
mention), maps every offset back to the text as decoded and cuts each mention's text out of
it, and resolves each party of an event to its id and name. Names and roles stay in their
normalized form (no invisible characters, plain spaces).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import EventFinding, Extent, Header, OrgEntity, PersonEntity, Places
from dispatch_cli.nlp.textview import Alignment
from dispatch_cli.records.types import (
    Actor,
    Byline,
    Dateline,
    DateSource,
    DispatchRecord,
    Dyad,
    Event,
    EventType,
    Location,
    LocationSource,
    Mention,
    Organization,
    Participant,
    ParticipantKind,
    Place,
    Plover,
    Producer,
    Source,
    Span,
)

if TYPE_CHECKING:  # spaCy is loaded by the pipeline, not by readers of records
    from spacy.tokens import Doc

PREFIX = {"actor": "a", "org": "o", "place": "p"}
KIND: dict[str, ParticipantKind] = {"actor": "actor", "org": "organization", "place": "country"}


def build_record(doc: Doc, source: Source, producer: Producer | None = None) -> DispatchRecord:
    """The record of a Doc that went through the whole dispatch pipeline.

    `source` describes the input, `producer` what parsed it; every offset of the record is a character offset into
    `doc._.dispatch_source` (the Doc's own text when that is unset), end exclusive.
    """
    source_text = doc._.get(keys.SOURCE_TEXT)
    text = SourceText(source_text if isinstance(source_text, str) else doc.text, doc._.get(keys.ALIGNMENT))
    header: Header = doc._.get(keys.HEADER)
    people: list[PersonEntity] = doc._.get(keys.ACTORS)
    orgs: list[OrgEntity] = doc._.get(keys.ORGANIZATION_ENTITIES)
    places: Places = doc._.get(keys.PLACE_ENTITIES)
    actors = [_actor(i, p, text) for i, p in enumerate(people)]
    organizations = [Organization(id=f"o{i + 1}", name=o.name, aliases=list(o.aliases),
                                  mentions=[text.mention(m) for m in o.mentions])
                     for i, o in enumerate(orgs)]
    found_events: list[EventFinding] = doc._.get(keys.EVENTS)
    place_records, place_ids = _places(places, found_events, text)
    names = {"actor": [a.name for a in actors], "org": [o.name for o in organizations],
             "place": [p.shown for p in places.entities]}
    ids = {"actor": [a.id for a in actors], "org": [o.id for o in organizations], "place": place_ids}
    events = [_event(n, ev, text, names, ids) for n, ev in enumerate(found_events, 1)]
    d = header.dateline
    dateline = None
    if d is not None:
        found = text.cut(d.start, d.end)
        dateline = Dateline(text=found.text, place=d.place, day=d.day, month=d.month, year=d.year, date=d.date,
                            agency=d.agency, start=found.start, end=found.end)
    return DispatchRecord(
        source=source,
        producer=producer,
        headline=header.headline,
        dateline=dateline,
        actors=actors,
        organizations=organizations,
        places=place_records,
        events=events,
        byline=Byline(name=header.byline.name, role=header.byline.role, place=header.byline.place)
        if header.byline else None,
    )


class SourceText:
    """The decoded text, and the way to it from offsets of the normalized text."""

    def __init__(self, text: str, alignment: Alignment | None) -> None:
        self.text = text
        self.alignment = alignment

    def cut(self, start: int, end: int) -> Mention:
        """The mention of the decoded text behind the normalized range `[start, end)`."""
        if self.alignment is not None:
            start, end = self.alignment.span(start, end)
        return Mention(self.text[start:end], start, end)

    def mention(self, extent: Extent) -> Mention:
        return self.cut(extent.start_char, extent.end_char)


def _actor(i: int, person: PersonEntity, text: SourceText) -> Actor:
    mentions = [text.mention(m) for m in person.mentions]
    mentions += [text.cut(s, e) for s, e in person.references]
    mentions.sort(key=lambda m: (m.start, m.end))
    return Actor(id=f"a{i + 1}", name=person.name, aliases=person.aliases, roles=list(person.roles),
                 mentions=mentions)


def _places(places: Places, events: list[EventFinding], text: SourceText) -> tuple[list[Place], list[str]]:
    """The place records, and the id of each place entity (`""` for one not listed).

    A place the text names is listed; a state it names only through a city or the dateline is
    listed only when an event takes it as a party, and says where it came from."""
    used = {i for ev in events for kind, i in ev.parties if kind == "place"}
    kept = [i for i, p in enumerate(places.entities) if p.mentions or i in used]
    ids = [""] * len(places.entities)
    for n, i in enumerate(kept, 1):
        ids[i] = f"{PREFIX['place']}{n}"
    records = []
    for i in kept:
        p = places.entities[i]
        derived = [] if p.mentions else [ids[j] for j in p.derived_from if ids[j]] + (
            ["dateline"] if p.from_dateline else [])
        records.append(Place(id=ids[i], name=p.shown, derived_from=derived,
                             mentions=[text.mention(m) for m in p.mentions]))
    return records, ids


def _event(n: int, ev: EventFinding, text: SourceText, names: dict[str, list[str]],
           ids: dict[str, list[str]]) -> Event:
    etype: EventType = ev.type  # type: ignore[assignment]  # one of records.types.EVENT_TYPES
    date_source: DateSource = ev.date_source  # type: ignore[assignment]  # see grammar/circumstances.py
    sentence = text.cut(*ev.sentence)
    countries = ev.countries or [None] * len(ev.parties)
    participants = [Participant(ref=ids[k][i], name=names[k][i], kind=KIND[k], country=country)
                    for (k, i), country in zip(ev.parties, countries, strict=True)]
    location = None
    if ev.location is not None:
        source: LocationSource = ev.location.source  # type: ignore[assignment]
        location = Location(name=ev.location.name, country=ev.location.country, source=source)
    coding = ev.coding
    return Event(id=f"e{n}", type=etype, trigger=text.cut(*ev.trigger), participants=participants,
                 date=ev.date, place=ev.place, sentence=Span(sentence.start, sentence.end),
                 date_end=ev.date_end, date_source=date_source, location=location,
                 cameo=coding.cameo if coding else "",
                 plover=Plover(type=coding.plover_type, mode=coding.plover_mode) if coding else None,
                 dyads=[Dyad(source=participants[a].ref, target=participants[b].ref, cameo=code)
                        for a, b, code in coding.dyads] if coding else [])

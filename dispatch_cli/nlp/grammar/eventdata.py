"""What event datasets need of each event, beside what the event reader found: the country
of each party (`countries.py`), the date's extent and source and the location
(`circumstances.py`), the CAMEO and PLOVER codes and the dyads (`coding.py`)."""
from __future__ import annotations

from dataclasses import replace

from dispatch_cli.nlp.findings import EventFinding, Header, OrgEntity, PersonEntity, Places
from dispatch_cli.nlp.grammar.circumstances import DateSources, locate
from dispatch_cli.nlp.grammar.coding import Coder
from dispatch_cli.nlp.grammar.countries import CountryReader, Found
from dispatch_cli.nlp.grammar.events.dates import DateReader, DispatchDate
from dispatch_cli.nlp.grammar.events.types import ACTOR, ORG, FoundEvent
from dispatch_cli.nlp.lexicon import Lexicon


class EventData:
    """Add the countries, dates, location and codes to the events of one Doc."""

    def __init__(self, lexicon: Lexicon, dates: DateReader) -> None:
        self.countries = CountryReader(lexicon)
        self.coder = Coder(lexicon.event_codes, lexicon.crosswalk)
        self.dates = dates

    def entity_countries(self, people: list[PersonEntity], orgs: list[OrgEntity],
                         places: Places) -> dict[str, list[Found | None]]:
        """Each entity's country (and the evidence for it), by kind and index."""
        return {
            ACTOR: [self.countries.of_person(p.roles) for p in people],
            ORG: [self.countries.of_body([o.name, *o.forms], o.canonical) for o in orgs],
            "place": [self.countries.of_place(p.name) for p in places.entities],
        }

    def add(self, events: list[tuple[FoundEvent, EventFinding]], header: Header, people: list[PersonEntity],
            orgs: list[OrgEntity], places: Places, when: DispatchDate, text: str) -> list[EventFinding]:
        """The findings with what datasets need filled in; `events` pairs each event as the
        reader found it with its finding, in text order; `text` is the Doc's."""
        found = self.entity_countries(people, orgs, places)
        sources = DateSources(self.dates, when, text)
        dateline_place = header.dateline.place if header.dateline else None
        out = []
        for event, finding in events:
            countries = [f.country if (f := found[kind][i]) else None for kind, i in finding.parties]
            dating = sources.read(finding.date, event.sentence)
            location = locate(finding.type, finding.place, finding.sentence, places.entities, dateline_place,
                              self.countries)
            coding = self.coder.code(finding.type, event.trigger.text, finding.parties, countries, location)
            out.append(replace(finding, countries=countries, date_end=dating.end, date_source=dating.source,
                               location=location, coding=coding))
        return out

"""When and where an event took place, with where each answer came from.

The event reader (`grammar/events/`) gives an event its first day and its place; this module
says what the analyst needs beside them:

- `date_end`: the last day of a range its sentence gives (`les 12 et 13 juin`, `du 3 au 5
  mars`), or None for one day;
- `date_source`: `text` (a day given by number: in its sentence, the paragraph's date
  heading, or the encounter told before it), `weekday` (a weekday or a relative day, `mardi`,
  `hier`, counted from the dispatch's date, or without one from the first full date of the
  text), `unknown` (no date);
- its location: the place with its country and `source`: `text` (named in its sentence),
  `visit` (the place of the dispatch's visit, during which it happened: one of its people is
  on the visit, on one of its days), `dateline` (the dispatch's city: a fallback for an event
  the text places nowhere, and a visit's host taken from the dateline). A call has no
  dateline fallback: it joins two places.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from dispatch_cli.nlp.findings import Location, PlaceEntity
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.countries import CountryReader
from dispatch_cli.nlp.grammar.events.dates import DateReader, DispatchDate

TEXT, WEEKDAY, UNKNOWN = "text", "weekday", "unknown"  # date sources
VISIT, DATELINE = "visit", "dateline"  # location sources besides `text`
PLACELESS = frozenset({"call"})  # event types the dateline does not place


@dataclass(frozen=True)
class Dating:
    """The date's extent and source."""

    end: str | None
    source: str


class DateSources:
    """Say how each event of a Doc got its date; one per Doc, events in text order."""

    def __init__(self, dates: DateReader, when: DispatchDate, anchor_text: str) -> None:
        self.dates = dates
        self.when = when
        self.anchor = dates.anchor(anchor_text, when)
        self.seen: dict[str, str] = {}  # date -> the source of the first event of that date

    def read(self, date: str | None, sentence: Span) -> Dating:
        """The extent and source of the date `date` of an event read in `sentence`."""
        if date is None:
            return Dating(None, UNKNOWN)
        days = self.dates.days_in(sentence.text, self.when)
        if days and days[0].first.isoformat() == date:
            last = days[0].last.isoformat()
            return self._seen(date, Dating(last if last != date else None, TEXT))
        if not days and self.dates.date_in(sentence, self.when, self.anchor) == date:
            return self._seen(date, Dating(None, WEEKDAY))
        # the paragraph's heading, or the encounter told before it
        return Dating(None, self.seen.get(date, TEXT))

    def _seen(self, date: str, dating: Dating) -> Dating:
        self.seen.setdefault(date, dating.source)
        return dating


def locate(event_type: str, place: str | None, sentence: tuple[int, int], places: list[PlaceEntity],
           dateline_place: str | None, countries: CountryReader) -> Location | None:
    """The location of an event whose reader gave it `place` (None: none), read in the
    sentence at character offsets `sentence`."""
    if place is None:
        if dateline_place is None or event_type in PLACELESS:
            return None
        return Location(dateline_place, _country(dateline_place, countries), DATELINE)
    start, end = sentence
    named = fold(place)
    in_sentence = any(fold(p.name) == named and any(start <= m.start_char < end for m in p.mentions)
                      for p in places)
    if in_sentence:
        source = TEXT
    else:  # a visit's host from the dateline; other events took place where the visit did
        source = DATELINE if event_type == "visit" else VISIT
    return Location(place, _country(place, countries), source)


def _country(place: str, countries: CountryReader) -> str | None:
    found = countries.of_place(place)
    return found.country if found else None

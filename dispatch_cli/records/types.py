"""The output records of a parsed dispatch.

These dataclasses are the single definition of the output format: the JSON written by
`dispatch parse` is `asdict()` of a `DispatchRecord`, and the JSON Schema printed by
`dispatch schema` is generated from the same classes. Every `start`/`end` is a character
offset into the decoded input text, so that `text[start:end] == mention.text`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal["meeting", "call", "visit", "conference", "signing"]
EVENT_TYPES: tuple[str, ...] = ("meeting", "call", "visit", "conference", "signing")
ParticipantKind = Literal["actor", "organization", "country"]
DateSource = Literal["text", "weekday", "unknown"]
LocationSource = Literal["text", "visit", "dateline"]
DOC_ID_DIGITS = 16  # a record's `doc_id`: the first hex digits of the source's sha256
DATE = {"format": "date"}  # JSON Schema: an ISO 8601 day


@dataclass
class Mention:
    """A stretch of the source text."""

    text: str
    start: int  # character offset into the decoded text, inclusive
    end: int  # exclusive: text[start:end] is the stretch


@dataclass
class Source:
    """Where the text came from."""

    path: str | None
    sha256: str
    encoding: str = "utf-8"
    chars: int = 0


@dataclass
class Dateline:
    """`Bakou, 14 juin, AZERTAC`: where and when the dispatch was filed."""

    text: str
    place: str | None
    day: int | None
    month: int | None
    year: int | None
    date: str | None = field(metadata={
        "description": "The dispatch's day, ISO 8601, when year, month and day are known.", **DATE})
    agency: str | None
    start: int  # character offset into the decoded text, inclusive
    end: int  # exclusive: text[start:end] is the stretch


@dataclass
class Actor:
    """A named person, with every title the text gives them."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Organization:
    """A named organization; acronyms and expansions are merged into one."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Place:
    """A country, region or city named in the text; or a state the text names only through a
    city or its dateline, listed because an event takes it as a party."""

    id: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    derived_from: list[str] = field(default_factory=list)
    """For a place with no mention: the ids of the places of the text in it (a city gives its
    state) and `dateline` for the state of the dateline's place; empty otherwise."""


@dataclass
class Participant:
    """A party to an event: a reference to an actor, organization or place."""

    ref: str
    name: str
    kind: ParticipantKind = "actor"
    """What the party is: a person (`actor`), an `organization`, or a state (`country`)."""
    country: str | None = None
    """The party's state as ISO 3166-1 alpha-3 (`AZE`), when the text tells it: a nationality in
    a title (`ministre géorgien`), a title's complement (`ambassadeur de France`), the name of a
    body (`ministère azerbaïdjanais de la Défense`), the state itself. None for an
    international organization and when the text does not say."""


@dataclass
class Span:
    """A character range of the source text (a sentence)."""

    start: int  # character offset into the decoded text, inclusive
    end: int  # exclusive: text[start:end] is the stretch


@dataclass
class Plover:
    """An event's PLOVER category, from the CAMEO -> PLOVER crosswalk."""

    type: str
    """The PLOVER event type (`CONSULT`, `SUPPORT`)."""
    mode: str | None = None
    """The PLOVER mode (`phone`, `visit`, `host`, `third-party`); None where the crosswalk gives none."""


@dataclass
class Location:
    """Where an event took place, and where that answer came from."""

    name: str
    """The place (a city or a state), as in `place` when the text names it."""
    country: str | None = None
    """Its state as ISO 3166-1 alpha-3; None for a region or a place of unknown state."""
    source: LocationSource = "text"
    """`text`: named in the event's sentence; `visit`: the place of the dispatch's visit, during
    which the event happened; `dateline`: the dispatch's city, a fallback for an event the text
    places nowhere (or a visit's host taken from the dateline)."""


@dataclass
class Dyad:
    """One direction of an event, as event datasets count them: source does the act to target."""

    source: str
    """The id of the participant that acts (an actor, organization or place id)."""
    target: str
    """The id of the participant acted upon."""
    cameo: str
    """The CAMEO code of this direction (`042` visitor -> host, `043` host -> visitor)."""


@dataclass
class Event:
    """A meeting event: who met whom, of what type, when and where."""

    id: str
    type: EventType
    trigger: Mention
    participants: list[Participant] = field(default_factory=list)
    date: str | None = field(default=None, metadata={
        "description": "The (first) day it took place, ISO 8601; None when the text does not say.", **DATE})
    place: str | None = None
    sentence: Span | None = None
    date_end: str | None = field(default=None, metadata={
        "description": "The last day of a range (`les 12 et 13 juin`, `du 3 au 5 mars`); None for one day.",
        **DATE})
    date_source: DateSource = "unknown"
    """Where the day came from: `text` (a day given by number), `weekday` (a weekday or relative
    day, `mardi`, `hier`, counted from the dispatch's date), `unknown` (no date)."""
    location: Location | None = None
    """Where it took place, with that place's country and the source of the answer; None when
    nothing places it (a call, with no place in the text)."""
    cameo: str = ""
    """The CAMEO event code, a string of digits (`040`, `042`)."""
    plover: Plover | None = None
    """The PLOVER event type and mode of `cameo`."""
    dyads: list[Dyad] = field(default_factory=list)
    """The ordered pairs of participants the event type makes meaningful, each with its code:
    visitor -> host and host -> visitor, every ordered pair of the others."""


@dataclass
class Byline:
    """The author line at the end of a dispatch."""

    name: str
    role: str | None = None
    place: str | None = None


@dataclass
class Producer:
    """What produced the record."""

    dispatch: str
    """The version of `dispatch-cli`."""
    model: str
    """The spaCy pipeline it ran on, with its version (`fr_core_news_md 3.8.0`)."""


@dataclass
class DispatchRecord:
    """Everything extracted from one dispatch."""

    source: Source
    doc_id: str = ""
    """The first 16 hex digits of `source.sha256`; `doc_id:e1` is an event's key across documents."""
    producer: Producer | None = None
    """The `dispatch` version and the spaCy model that produced the record."""
    headline: str | None = None
    dateline: Dateline | None = None
    actors: list[Actor] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    byline: Byline | None = None
    warnings: list[str] = field(default_factory=list)
    """What makes this record doubtful, one sentence each, also printed on stderr by `dispatch
    parse` (`warning: PATH: ...`): the text does not read as French, so the French rules
    found little or nothing of worth in it. Empty for an ordinary dispatch."""

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = self.source.sha256[:DOC_ID_DIGITS]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (`dataclasses.asdict`): nested dicts and lists, keys in
        declaration order; offsets are character offsets, start inclusive, end exclusive."""
        return asdict(self)

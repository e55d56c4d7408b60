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
    date: str | None
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


@dataclass
class Span:
    """A character range of the source text (a sentence)."""

    start: int  # character offset into the decoded text, inclusive
    end: int  # exclusive: text[start:end] is the stretch


@dataclass
class Event:
    """A meeting event: who met whom, of what type, when and where."""

    id: str
    type: EventType
    trigger: Mention
    participants: list[Participant] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    sentence: Span | None = None


@dataclass
class Byline:
    """The author line at the end of a dispatch."""

    name: str
    role: str | None = None
    place: str | None = None


@dataclass
class DispatchRecord:
    """Everything extracted from one dispatch."""

    source: Source
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

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (`dataclasses.asdict`): nested dicts and lists, keys in
        declaration order; offsets are character offsets, start inclusive, end exclusive."""
        return asdict(self)

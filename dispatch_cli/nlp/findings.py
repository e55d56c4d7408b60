"""What the document-level components find, as they write it onto the Doc.

These are plain data: token offsets (`start`/`end`, end exclusive) into the Doc and character
offsets (`start_char`/`end_char`, end exclusive) into its text, never `Span` objects, so a
Doc's extensions hold no reference back to the Doc (see `keys.py`). The record layer
(`dispatch_cli.records.build`) lays them out as the output records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the record layer reads findings without loading spaCy
    from spacy.tokens import Span

Party = tuple[str, int]  # (kind, index): kind is "actor", "org" or "place"; index into that entity list


@dataclass(frozen=True)
class Filing:
    """The archive's ` date YYYY-MM ` line: the month the archive filed the dispatch under."""

    year: int
    month: int
    end: int  # character offset where the line's date ends


@dataclass(frozen=True)
class Dateline:
    """`Bakou, 14 juin, AZERTAC`: where and when the dispatch was filed."""

    text: str
    place: str | None
    day: int | None
    month: int | None
    year: int | None
    date: str | None  # ISO 8601, when year, month and day are known
    agency: str | None
    start: int  # character offsets of `text`, end exclusive
    end: int


@dataclass(frozen=True)
class Byline:
    """The author block at the end of a dispatch."""

    name: str
    role: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Header:
    """The lines around the body: filing line, dateline, headline, byline."""

    filing: Filing | None
    dateline: Dateline | None
    headline: str | None
    byline: Byline | None
    body_end: int  # character offset where the byline block starts (the text's length without one)

    def in_body(self, start_char: int, *, with_byline: bool = False) -> bool:
        """Is a mention starting at `start_char` part of the body: not in the dateline, and
        not in the byline block unless `with_byline`?"""
        dateline = self.dateline
        if dateline and dateline.start <= start_char < dateline.end:
            return False
        return with_byline or start_char < self.body_end


@dataclass(frozen=True)
class Extent:
    """Where a mention is: token offsets into the Doc and character offsets into its text."""

    start: int
    end: int
    start_char: int
    end_char: int

    @classmethod
    def of(cls, span: Span) -> Extent:
        return cls(span.start, span.end, span.start_char, span.end_char)


@dataclass
class PersonEntity:
    """One person: every form of the name in the text, its mentions and roles."""

    forms: list[str]  # as written, the first one first
    mentions: list[Extent]  # by name
    roles: list[str] = field(default_factory=list)
    # titles and pronouns that stand for the person (`le chef de l'Etat`, `Il`): character offsets
    references: list[tuple[int, int]] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Character offset of the first mention by name."""
        return min(m.start_char for m in self.mentions)

    @property
    def name(self) -> str:
        """The fullest form: most words, then most characters."""
        return max(self.forms, key=lambda f: (len(f.split()), len(f)))

    @property
    def aliases(self) -> list[str]:
        """The other forms, sorted."""
        name = self.name
        return sorted({f for f in self.forms if f != name})


@dataclass
class OrgEntity:
    """One organization: its name, other forms, mentions, and the rule model's name if known."""

    name: str
    forms: list[str]
    mentions: list[Extent]
    canonical: str | None = None  # the rule model's name, when the body is known
    clean: list[str] = field(default_factory=list)  # forms without nationality adjectives
    aliases: list[str] = field(default_factory=list)  # set when the grouping is done


@dataclass
class PlaceEntity:
    """A state, region or city named in the text, or a state the text names only through one
    of its cities or the dateline (then `mentions` is empty and the fields below say why)."""

    name: str
    mentions: list[Extent] = field(default_factory=list)
    derived_from: list[int] = field(default_factory=list)  # indexes of the places in it (a city gives its state)
    from_dateline: bool = False  # the state of the dateline's place
    written: str | None = None  # the text's own short name of a state it never calls by its usual one (`Türkiye`)

    @property
    def shown(self) -> str:
        """The name the record gives: the text's own spelling of a state, else the usual name."""
        return self.written or self.name


@dataclass
class Places:
    """The places of a Doc and what the events need of them."""

    entities: list[PlaceEntity]
    country_of: dict[int, int | None]  # place index -> index of its state (itself for a state)
    home: int | None  # the place index of the dateline's state


@dataclass
class TitlePhrase:
    """A title phrase in the text, and the person it was attached to, if any."""

    start: int  # token offsets, article excluded, end exclusive
    end: int
    head: str  # the lowercase head of the lexicon (`ministre`, `secrétaire général`)
    definite: bool  # opened by le/la/l'/les: can stand for a person
    person: int | None = None  # index into doc.spans[keys.PERSONS]
    nationalities: list[str] = field(default_factory=list)
    plural: str | None = None  # the singular head when the title is plural (`les députés`)
    others: list[int] = field(default_factory=list)  # more persons sharing a plural title
    head_span: tuple[int, int] = (0, 0)  # token offsets of the head of the lexicon inside the phrase
    # person -> token offsets of the words that person's share of a plural title has outside
    # the phrase (`les ministres tchèque X et slovaque Y`: Y -> `slovaque`)
    own_words: dict[int, tuple[int, int]] = field(default_factory=dict)
    # person -> token offsets of the complement that person's share of a plural title has
    # instead of the phrase's (`les ambassadeurs du Ghana, X, et de Finlande, Y`: Y -> `de Finlande`)
    own_complements: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Coreference:
    """Who titles and pronouns stand for, and each sentence's protagonist."""

    # token index of a title or pronoun -> (actor index, start char, end char)
    resolved: dict[int, tuple[int, int, int]]
    # sentence start (token index) -> the last person who was a sentence's subject before it
    protagonist: dict[int, int | None]
    # title start -> where the title ends when what follows its words is not of it (`du
    # président kirghiz en Azerbaïdjan`, named after it: the place is where he is)
    title_end: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Location:
    """Where an event took place: the place, its state's ISO 3166-1 alpha-3 code, and where
    the answer came from (`text`, `visit`, `dateline`: see `grammar/circumstances.py`)."""

    name: str
    country: str | None
    source: str


@dataclass(frozen=True)
class Coding:
    """An event's CAMEO code, PLOVER type and mode, and its dyads: (source, target, CAMEO
    code), each an index into the event's parties (see `grammar/coding.py`)."""

    cameo: str
    plover_type: str
    plover_mode: str | None
    dyads: list[tuple[int, int, str]]


@dataclass
class EventFinding:
    """A meeting event: who met whom, of what type, when and where."""

    type: str  # meeting, call, visit, conference, signing
    trigger: tuple[int, int]  # character offsets of the word of meeting
    sentence: tuple[int, int]  # character offsets of its sentence
    parties: list[Party]
    date: str | None = None  # ISO 8601
    place: str | None = None
    # What event datasets need (`grammar/countries.py`, `circumstances.py`, `coding.py`):
    countries: list[str | None] = field(default_factory=list)  # each party's ISO 3166-1 alpha-3
    date_end: str | None = None  # the last day of a range
    date_source: str = "unknown"  # text, weekday or unknown
    location: Location | None = None
    coding: Coding | None = None

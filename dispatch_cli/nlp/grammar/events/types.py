"""The pieces an event is read from: mentions of entities, and events under construction."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dispatch_cli.nlp.findings import Party

ACTOR, ORG, PLACE = "actor", "org", "place"  # kinds of entities


@dataclass
class Ref:
    """A mention of an entity: `kind` is actor, org or place; `index` its entity."""

    start: int  # token offsets, end exclusive
    end: int
    kind: str
    index: int
    nested: bool = False  # inside a title or another name: not a party on its own


@dataclass
class FoundEvent:
    """An event under construction: its trigger and sentence as spans of the Doc."""

    type: str
    trigger: Span
    sentence: Span
    parties: list[Party] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    gathered: str | None = None  # the class of people gathered, unnamed (`des ministres`: `ministres`)
    setting: FoundEvent | None = None  # the encounter it took place at (`en marge du sommet`)
    touched: int = -1  # the start (token) of the last sentence whose people joined it
    marginal: bool = False  # told on the margins of something (`en marge de la réception`)
    fresh: bool = False  # told as another one: `X a ensuite eu une réunion avec Y`
    named_sides: list[Party] = field(default_factory=list)  # a signing's sides its document names, not its signers

    def add(self, party: Party) -> None:
        """Add a party once."""
        if party not in self.parties:
            self.parties.append(party)

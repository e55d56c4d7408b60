"""The `dispatch_names` component: people, organizations and places.

The statistical NER finds most names but gets their edges and labels wrong on this kind of
text; this component keeps what the model got right and adds what French news grammar makes
certain (`grammar/persons.py`, `grammar/organizations.py`, `grammar/places.py`). It writes
the mentions to the span groups `keys.PERSONS`, `keys.ORGANIZATIONS` and `keys.PLACES`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.organizations import (
    OrganizationFinder,
    bodies_again,
    coordinated_sides,
    named_beside_a_body,
)
from dispatch_cli.nlp.grammar.persons import PersonFinder
from dispatch_cli.nlp.grammar.places import PlaceFinder
from dispatch_cli.nlp.grammar.tokens import labels_at

NAME = "dispatch_names"


class NameFinder(LexiconComponent):
    """Set the span groups of people, organizations and places from entities and the lexicon."""

    def configure(self) -> None:
        self.persons = PersonFinder(self.lexicon)
        self.organizations = OrganizationFinder(self.lexicon)
        self.places = PlaceFinder(self.lexicon)
        self.calendar = frozenset([*self.lexicon.calendar.months, *self.lexicon.calendar.weekdays])

    def __call__(self, doc: Doc) -> Doc:
        cover = labels_at(doc)
        companies = self.organizations.find_introduced(doc, cover)
        taken = {i for s in companies for i in range(s.start, s.end)}
        persons = [p for p in self.persons.find(doc, cover) if not any(i in taken for i in range(p.start, p.end))]
        orgs = self.organizations.find(doc, cover, persons) + companies
        # (a month or a weekday with its capital is no body: `La FAO et Décembre`)
        orgs += [s for s in coordinated_sides(doc, cover, orgs, {i for p in persons for i in range(p.start, p.end)})
                 if not any(t.lower_ in self.calendar for t in s)]
        # a person's full name found again where the model read an organization (`X, ministre
        # de Y` ... `X a rendu visite à Z`): that person again
        names = {fold(p.text) for p in persons if p.label_ == keys.PER and len(p) > 1}
        again = [o for o in orgs if not o.id_ and fold(o.text) in names]
        if again:
            orgs = [o for o in orgs if o not in again]
            persons = sorted([*persons, *(Span(doc, o.start, o.end, label=keys.PER) for o in again)],
                             key=lambda p: p.start)
        taken = {i for s in persons + orgs for i in range(s.start, s.end)}
        gazetteer = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ in keys.GAZETTEER_PLACES
                     or s.label_ in (keys.TITLE, keys.HONORIFIC, keys.EPITHET, keys.NATIONALITY)
                     for i in range(s.start, s.end)}
        # a lone word the model read as a person, and that is no mention of a person named in
        # full, may be a body beside another (`Azerenerji et ACWA Power ont signé`)
        surnames = {t.lower_ for p in persons if p.label_ == keys.PER and len(p) > 1 for t in p}
        loose = {i for p in persons if p.label_ == keys.PER_WEAK and not any(t.lower_ in surnames for t in p)
                 for i in range(p.start, p.end)}
        partners = named_beside_a_body(doc, orgs, (taken - loose) | gazetteer, self.calendar)
        if partners:
            orgs = [*orgs, *partners]
            claimed = {i for s in partners for i in range(s.start, s.end)}
            persons = [p for p in persons if not any(i in claimed for i in range(p.start, p.end))]
            taken |= claimed
        places = self.places.find(doc, taken, persons)
        # a body's name written again where the model read a place or nothing (`Azersu et la
        # société Suez ont tenu une réunion au siège d'Azersu`): one name is one entity in a text
        again = bodies_again(doc, orgs, taken | {i for p in places if p.label_ != keys.LOC
                                                 for i in range(p.start, p.end)},
                             {i for p in places if p.label_ == keys.LOC for i in range(p.start, p.end)})
        if again:
            covered = {i for o in again for i in range(o.start, o.end)}
            places = [p for p in places if not any(i in covered for i in range(p.start, p.end))]
            orgs = [*orgs, *again]
            # and the names coordinated with it there (`signé entre KOBIA et Confartigianato
            # Lombardia`, all read as one place by the model)
            taken |= covered | {i for p in places if p.label_ != keys.LOC for i in range(p.start, p.end)}
            more = named_beside_a_body(doc, again, (taken - loose) | gazetteer, self.calendar)
            if more:
                claimed = {i for s in more for i in range(s.start, s.end)}
                persons = [p for p in persons if not any(i in claimed for i in range(p.start, p.end))]
                places = [p for p in places if not any(i in claimed for i in range(p.start, p.end))]
                orgs = [*orgs, *more]
        doc.spans[keys.PERSONS] = persons
        doc.spans[keys.ORGANIZATIONS] = orgs
        doc.spans[keys.PLACES] = places
        return doc


@Language.factory(NAME, assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.is_sent_start"],
                  default_config={"lexicon_dir": None})
def make_names(nlp: Language, name: str, lexicon_dir: str | None) -> NameFinder:
    """The `dispatch_names` component; `lexicon_dir`: another rule model's folder."""
    return NameFinder(nlp, name, lexicon_dir)

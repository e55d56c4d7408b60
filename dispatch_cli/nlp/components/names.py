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
from dispatch_cli.nlp.grammar.organizations import OrganizationFinder, coordinated_sides
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

    def __call__(self, doc: Doc) -> Doc:
        cover = labels_at(doc)
        companies = self.organizations.find_introduced(doc, cover)
        taken = {i for s in companies for i in range(s.start, s.end)}
        persons = [p for p in self.persons.find(doc, cover) if not any(i in taken for i in range(p.start, p.end))]
        orgs = self.organizations.find(doc, cover, persons) + companies
        orgs += coordinated_sides(doc, cover, orgs, {i for p in persons for i in range(p.start, p.end)})
        # a person's full name found again where the model read an organization (`X, ministre
        # de Y` ... `X a rendu visite à Z`): that person again
        names = {fold(p.text) for p in persons if p.label_ == keys.PER and len(p) > 1}
        again = [o for o in orgs if not o.id_ and fold(o.text) in names]
        if again:
            orgs = [o for o in orgs if o not in again]
            persons = sorted([*persons, *(Span(doc, o.start, o.end, label=keys.PER) for o in again)],
                             key=lambda p: p.start)
        taken = {i for s in persons + orgs for i in range(s.start, s.end)}
        doc.spans[keys.PERSONS] = persons
        doc.spans[keys.ORGANIZATIONS] = orgs
        doc.spans[keys.PLACES] = self.places.find(doc, taken, persons)
        return doc


@Language.factory(NAME, assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.is_sent_start"],
                  default_config={"lexicon_dir": None})
def make_names(nlp: Language, name: str, lexicon_dir: str | None) -> NameFinder:
    """The `dispatch_names` component; `lexicon_dir`: another rule model's folder."""
    return NameFinder(nlp, name, lexicon_dir)

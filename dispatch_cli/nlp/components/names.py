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
from dispatch_cli.nlp.grammar.tokens import is_capitalized, labels_at
from dispatch_cli.nlp.words import AND, ARTICLES, DEFINITE_ARTICLES, OF

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
        partners = coordinated_bodies(doc, orgs, (taken - loose) | gazetteer, self.calendar)
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
            more = coordinated_bodies(doc, again, (taken - loose) | gazetteer, self.calendar)
            if more:
                claimed = {i for s in more for i in range(s.start, s.end)}
                persons = [p for p in persons if not any(i in claimed for i in range(p.start, p.end))]
                places = [p for p in places if not any(i in claimed for i in range(p.start, p.end))]
                orgs = [*orgs, *more]
        doc.spans[keys.PERSONS] = persons
        doc.spans[keys.ORGANIZATIONS] = orgs
        doc.spans[keys.PLACES] = places
        return doc


def coordinated_bodies(doc: Doc, orgs: list[Span], taken: set[int], calendar: frozenset[str]) -> list[Span]:
    """Names coordinated with an organization by `et` that nothing else reads (`la société
    Hattat et l'Agroleasing ont signé`, `MOL et SOCAR ont échangé`), as `ORG` spans: French
    coordinates like with like, and a capitalized name that is no person, place, title or
    date beside a body is a body. The name is the run of capitalized words after `et` (and an
    article) or before it, whole: none on a token of `taken`."""
    out: list[Span] = []
    used = set(taken)

    def run_from(i: int, step: int) -> tuple[int, int] | None:
        k = i
        while 0 <= k < len(doc) and is_capitalized(doc[k]) and k not in used and doc[k].lower_ not in ARTICLES \
                and doc[k].lower_ not in calendar and not doc[k].is_punct:
            k += step
        if k == i:
            return None
        lo, hi = (i, k) if step > 0 else (k + 1, i + 1)
        # the run must be whole: no capitalized word glued to its far side (a longer name)
        edge = hi if step > 0 else lo - 1
        if 0 <= edge < len(doc) and is_capitalized(doc[edge]) and not doc[edge].is_sent_start:
            return None
        if hi < len(doc) and doc[hi].lower_ in OF:
            return None  # `le Processus de paix`: a name that goes on, read (or left) by the finders
        return lo, hi

    for org in orgs:
        if org.label_ not in (keys.ORG, keys.ORG_WEAK):
            continue
        found = None
        j = org.end
        if j < len(doc) and doc[j].lower_ == AND:
            k = j + 1
            if k < len(doc) and doc[k].lower_ in DEFINITE_ARTICLES:
                k += 1
            found = run_from(k, 1)
        if found is None:
            i = org.start - 1
            if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
                i -= 1
            if i >= 1 and doc[i].lower_ == AND:
                found = run_from(i - 1, -1)
                if found is not None and found[0] > 0 and not (doc[found[0]].is_sent_start
                                                               or doc[found[0] - 1].lower_ in DEFINITE_ARTICLES
                                                               or doc[found[0] - 1].is_punct
                                                               or doc[found[0] - 1].is_space):
                    found = None  # `le ministre X et l'OTAN`: what precedes is read otherwise
        if found is not None:
            out.append(Span(doc, found[0], found[1], label=keys.ORG))
            used |= set(range(found[0], found[1]))
    return out


def bodies_again(doc: Doc, orgs: list[Span], taken: set[int], model_places: set[int]) -> list[Span]:
    """The other places where the text writes the name of one of its organizations (`ORG`
    spans with a capital), as `ORG` spans: a name written the same way is the same body where
    the model misread it, as a place (tokens of `model_places`) or as nothing at the start of a
    sentence, where every word has a capital. Elsewhere a name left unread was left so by a
    rule (`ministre de la Culture et de la Francophonie`: a portfolio). None counted (`le VIe
    Congrès`), none on a token of `taken`
    (people, organizations, the gazetteer's places), nor inside a capitalized run of words
    (`Azersu` is not in `Azersu Holding`)."""
    names = {tuple(t.text for t in o): o.label_ for o in orgs if o.label_ in (keys.ORG, keys.ORG_WEAK)
             and any(c.isupper() for c in o.text) and len(o.text) >= 3}
    at: dict[str, list[int]] = {}
    for tok in doc:
        at.setdefault(tok.text, []).append(tok.i)
    found: list[Span] = []
    for name in sorted(names):
        n = len(name)
        for i in at.get(name[0], []):
            if i + n > len(doc) or tuple(t.text for t in doc[i:i + n]) != name:
                continue
            if any(k in taken for k in range(i, i + n)) or OrganizationFinder.indefinite(doc, i):
                continue  # `le VIe Congrès mondial des Ouïghours`: an edition, not the body
            opening = doc[i].is_sent_start or (i > 0 and doc[i - 1].is_space)
            if not opening and not any(k in model_places for k in range(i, i + n)):
                continue
            before, after = doc[i - 1] if i > 0 else None, doc[i + n] if i + n < len(doc) else None
            if (before is not None and before.is_title and not before.is_sent_start) or (after is not None
                                                                                       and after.is_title):
                continue
            found.append(Span(doc, i, i + n, label=names[name]))
            taken = taken | set(range(i, i + n))
    return found


@Language.factory(NAME, assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.is_sent_start"],
                  default_config={"lexicon_dir": None})
def make_names(nlp: Language, name: str, lexicon_dir: str | None) -> NameFinder:
    """The `dispatch_names` component; `lexicon_dir`: another rule model's folder."""
    return NameFinder(nlp, name, lexicon_dir)

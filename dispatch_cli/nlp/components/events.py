"""The `dispatch_events` component: meeting events, who met whom, when and where.

It gathers every mention of an entity in the body (people by name, title or pronoun;
organizations; places), marks those inside a title or another name as no party on their own,
and reads the events sentence by sentence (`grammar/events/`).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components.base import LexiconComponent
from dispatch_cli.nlp.findings import Coreference, EventFinding, Header, OrgEntity, PersonEntity, Places, TitlePhrase
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.eventdata import EventData
from dispatch_cli.nlp.grammar.events.dates import DateReader, DispatchDate
from dispatch_cli.nlp.grammar.events.parties import PartyFinder
from dispatch_cli.nlp.grammar.events.reader import EventReader
from dispatch_cli.nlp.grammar.events.reports import ReportTest
from dispatch_cli.nlp.grammar.events.types import ACTOR, ORG, PLACE, FoundEvent, Ref
from dispatch_cli.nlp.lexicon import Geography, OrganizationHeads
from dispatch_cli.nlp.phrases import PhraseIndex
from dispatch_cli.nlp.words import AND, CONTRACTED_SINGULAR, DEFINITE_ARTICLES, DEMONSTRATIVES, OF

NAME = "dispatch_events"
ANAPHOR_SENTENCES = 2  # sentences back where the body a common noun names again may be
COORDINATORS = frozenset({AND, ","})


def entity_refs(doc: Doc, header: Header, people: list[PersonEntity], orgs: list[OrgEntity], places: Places,
                titles: list[TitlePhrase], coreference: Coreference) -> list[Ref]:
    """Every mention of an entity, marked nested when it sits inside a title or another name.

    An organization in a title that names a person (`secrétaire général de l'OTAN`) is part
    of who that person is; in a title that names nobody (`des représentants de l'OTAN`) the
    organization itself is the party.
    """
    inside_title = title_tokens(titles, coreference)
    org_spans = [s for s in doc.spans.get(keys.ORGANIZATIONS, []) if header.in_body(s.start_char, with_byline=True)]
    org_cover: dict[int, int] = {}
    for s in org_spans:
        for i in range(s.start, s.end):
            org_cover[i] = max(org_cover.get(i, 0), len(s))
    refs = [Ref(m.start, m.end, ACTOR, i) for i, p in enumerate(people) for m in p.mentions]
    org_at = {(m.start, m.end): i for i, o in enumerate(orgs) for m in o.mentions}
    for s in org_spans:
        owner = org_at.get((s.start, s.end))
        if owner is None:
            continue  # a head noun alone that names no organization of the text
        nested = s.start in inside_title or any(org_cover.get(i, 0) > len(s) for i in range(s.start, s.end))
        refs.append(Ref(s.start, s.end, ORG, owner, nested))
    for i, place in enumerate(places.entities):
        for m in place.mentions:
            refs.append(Ref(m.start, m.end, PLACE, i, m.start in inside_title or m.start in org_cover))
    return refs


def title_tokens(titles: list[TitlePhrase], coreference: Coreference) -> set[int]:
    """The tokens of the titles that name a person: what is inside is part of who they are."""
    # a title resolved to a person named after it ends with his title's words (`du président
    # kirghiz en Azerbaïdjan`: the place after them is where he is)
    return {i for t in titles if t.person is not None or t.start in coreference.resolved
            for i in range(t.start, coreference.title_end.get(t.start, t.end))}


def body_anaphors(doc: Doc, refs: list[Ref], names: list[str], heads: OrganizationHeads,
                  inside_title: set[int]) -> list[Ref]:
    """Mentions of bodies by a definite common noun, resolved to the body mentioned last
    before them, within `ANAPHOR_SENTENCES` sentences: a hypernym names any body
    (`l'établissement`, `de la compagnie chinoise`), a lowercase head the last body whose name
    it opens (`l'université` for `Université d'Etat de Gandja`). A noun with a complement
    (`l'organisation du forum`) or an adjective other than a nationality (`la société
    civile`) names no body again. `names` are the organizations' names by index; the Refs are one token each, nested
    inside a title that names a person (`le recteur de l'université, X`)."""
    nationality = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.NATIONALITY
                   for i in range(s.start, s.end)}
    taken = {i for r in refs for i in range(r.start, r.end)}
    bodies = sorted((r for r in refs if r.kind == ORG and not r.nested), key=lambda r: r.end)
    body_ends = [r.end for r in bodies]
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence_of[i] = n
    out: list[Ref] = []
    for tok in doc:
        low = tok.lower_
        if tok.i == 0 or tok.i in taken or not tok.is_lower \
                or (low not in heads.hypernyms and low not in heads.lowercase):
            continue
        if doc[tok.i - 1].lower_ not in DEFINITE_ARTICLES | DEMONSTRATIVES | CONTRACTED_SINGULAR:
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        if j in taken:
            continue  # `la société turque Hattat Traktör`: it introduces the name that follows
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in OF or (nxt.pos_ == "ADJ" and nxt.i not in nationality)):
            continue
        # the bodies ending before it, back to ANAPHOR_SENTENCES sentences (found by bisection:
        # scanning every body for every noun was quadratic in a long text)
        here = sentence_of.get(tok.i, 0)
        before = []
        for k in range(bisect_right(body_ends, tok.i) - 1, -1, -1):
            r = bodies[k]
            if here - sentence_of.get(r.start, 0) > ANAPHOR_SENTENCES:
                break
            before.append(r)
        before.reverse()
        if low not in heads.hypernyms:
            before = [r for r in before if fold(names[r.index]).split()[:1] == [fold(low)]]
        if tok.i > 1 and doc[tok.i - 2].lower_ in COORDINATORS:
            # `entre l'Université de Vilnius et l'université estonienne`: coordinated, another one
            before = [r for r in before if sentence_of.get(r.start) != sentence_of.get(tok.i)]
        if before:
            out.append(Ref(tok.i, tok.i + 1, ORG, before[-1].index, tok.i in inside_title))
    return out


def state_forms(geography: Geography) -> tuple[PhraseIndex, dict[str, str]]:
    """An index of every folded name and nationality adjective of a state (acronyms left
    out: folded, `EAU` is a word), and what state each one names."""
    forms: dict[str, str] = {}
    for country in geography.countries:
        for form in (country.name, *country.forms, *country.adjectives):
            if not form.isupper():
                forms[fold(form)] = fold(country.name)
    return PhraseIndex(forms), forms


def nationals_of(people: list[PersonEntity], index: PhraseIndex,
                 forms: dict[str, str]) -> dict[int, frozenset[str]]:
    """Actor index -> the states their roles make them belong to: the first state each role
    names (`ambassadeur de France en Azerbaïdjan`: France), as folded names."""
    out: dict[int, frozenset[str]] = {}
    for i, person in enumerate(people):
        states = set()
        for role in person.roles:
            found = index.search(fold(role))
            if found:
                states.add(forms[found[2]])
        if states:
            out[i] = frozenset(states)
    return out


class EventFinder(LexiconComponent):
    """Write `doc._.dispatch_events`."""

    def configure(self) -> None:
        self.dates = DateReader(self.lexicon.calendar)
        self.reports = ReportTest(self.lexicon.triggers)  # its tables of verb forms, built once
        self.state_index, self.state_names = state_forms(self.lexicon.geography)
        self.event_data = EventData(self.lexicon, self.dates)  # countries, date ranges, codes

    def __call__(self, doc: Doc) -> Doc:
        header: Header = doc._.get(keys.HEADER)
        people: list[PersonEntity] = doc._.get(keys.ACTORS)
        orgs: list[OrgEntity] = doc._.get(keys.ORGANIZATION_ENTITIES)
        places: Places = doc._.get(keys.PLACE_ENTITIES)
        coreference: Coreference = doc._.get(keys.COREFERENCE)
        refs = entity_refs(doc, header, people, orgs, places, doc._.get(keys.TITLES), coreference)
        refs += body_anaphors(doc, refs, [o.name for o in orgs], self.lexicon.organization_heads,
                              title_tokens(doc._.get(keys.TITLES), coreference))
        parties = PartyFinder(doc, refs, {i: a for i, (a, _s, _e) in coreference.resolved.items()},
                              [p.name for p in places.entities], places.country_of, coreference.protagonist,
                              places.home, nationals_of(people, self.state_index, self.state_names),
                              {i: p.roles for i, p in enumerate(people)})
        dateline = header.dateline
        if dateline:
            when = DispatchDate(dateline.year, dateline.month, dateline.day)
        else:  # no dateline: the year and month of the filing line, else the year given for the text
            filing = header.filing
            when = DispatchDate(filing.year if filing else doc._.get(keys.DEFAULT_YEAR),
                                filing.month if filing else None, None)
        found = EventReader(doc, parties, self.lexicon, when, self.dates, self.reports,
                            dateline.end if dateline else None).read()
        text = doc.text
        events: list[tuple[FoundEvent, EventFinding]] = []
        for ev in found:
            end = ev.sentence.end_char
            while end > 0 and text[end - 1].isspace():
                end -= 1
            events.append((ev, EventFinding(type=ev.type, trigger=(ev.trigger.start_char, ev.trigger.end_char),
                                            sentence=(ev.sentence.start_char, end), parties=ev.parties,
                                            date=ev.date, place=ev.place)))
        doc._.set(keys.EVENTS, self.event_data.add(events, header, people, orgs, places, when, text))
        return doc


@Language.factory(NAME, assigns=[f"doc._.{keys.EVENTS}"],
                  requires=["doc.spans", f"doc._.{keys.HEADER}", f"doc._.{keys.ACTORS}",
                            f"doc._.{keys.ORGANIZATION_ENTITIES}", f"doc._.{keys.PLACE_ENTITIES}",
                            f"doc._.{keys.TITLES}", f"doc._.{keys.COREFERENCE}"],
                  default_config={"lexicon_dir": None})
def make_events(nlp: Language, name: str, lexicon_dir: str | None) -> EventFinder:
    """The `dispatch_events` component; `lexicon_dir`: another rule model's folder."""
    return EventFinder(nlp, name, lexicon_dir)

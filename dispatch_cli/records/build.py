"""From an annotated spaCy Doc to a `DispatchRecord`.

The Doc carries the mention spans of the pipeline (`persons`, `orgs`, `places`, lexicon
spans); this module turns them into entities (one per real-world entity), gives people their
roles, resolves titles and pronouns, reads the events, and lays everything out as records
whose offsets point into the input text.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from dispatch_cli.nlp.byline import read_byline
from dispatch_cli.nlp.coref import PRONOUNS, resolve_epithet, resolve_title
from dispatch_cli.nlp.dateline import read_dateline, read_headline
from dispatch_cli.nlp.lexicon import country_of as country_of_place
from dispatch_cli.nlp.lexicon import known_acronyms
from dispatch_cli.nlp.entities import OrgEntity, PersonEntity, add_role, group_orgs, group_persons
from dispatch_cli.nlp.normalize import fold
from dispatch_cli.nlp.events import Calendar, EventReader, Ref
from dispatch_cli.nlp.names import LEXICON_KEY
from dispatch_cli.api import InputText
from dispatch_cli.records.types import (Actor, DispatchRecord, Event, Mention, Organization, Participant, Place,
                                  Source, Span as CharSpan)
from dispatch_cli.nlp.titles import TitlePhrase, find_titles


def extract_record(doc: Doc, inp: InputText) -> DispatchRecord:
    """Read everything the record holds off one processed Doc."""
    text = inp.text
    dateline = read_dateline(text, inp.year)
    byline = read_byline(text)
    tail_start = byline_start(text, byline)

    persons = [s for s in doc.spans["persons"] if span_ok(s, dateline, tail_start)]
    excluded = {fold(byline.name)} if byline else set()
    people, person_owner = group_persons(persons, excluded, text)
    titles = find_titles(doc)
    person_of_span = {(p.start, p.end): people[person_owner[k]] for k, p in enumerate(persons) if k in person_owner}
    all_persons = doc.spans["persons"]
    for phrase in titles:
        if phrase.person is None:
            continue
        role = text[doc[phrase.start].idx:doc[phrase.end - 1].idx + len(doc[phrase.end - 1])]
        if phrase.plural:  # each of several people holds the singular title
            head = doc[phrase.start:phrase.end]
            role = phrase.plural + text[head[0].idx + len(head[0]):head.end_char]
        for k in [phrase.person, *phrase.others]:
            ent = person_of_span.get((all_persons[k].start, all_persons[k].end))
            if ent is not None:
                add_role(ent, role)
    # the byline may name the agency: organizations there count, people (the author) do not
    org_spans = [s for s in doc.spans["orgs"] if span_ok(s, dateline, len(text))]
    orgs, org_owner = group_orgs(org_spans, text)
    places, place_refs, place_country, home = _places(doc, text, dateline, tail_start)

    resolved, protagonist = _resolve_mentions(doc, titles, people)
    refs = _refs(doc, persons, person_owner, org_spans, org_owner, place_refs, titles, resolved)
    cal = Calendar(dateline.year if dateline else None, dateline.month if dateline else None,
                   dateline.day if dateline else None)
    reader = EventReader(doc, refs, {i: a for i, (a, _s, _e) in resolved.items()}, cal,
                         [p.name for p in places], place_country, protagonist, home)
    found = reader.read()

    actors = [_actor(i, p, text, resolved) for i, p in enumerate(people)]
    organizations = [_organization(i, o, text) for i, o in enumerate(orgs)]
    names = {"actor": [a.name for a in actors], "org": [o.name for o in organizations],
             "place": [p.name for p in places]}
    prefix = {"actor": "a", "org": "o", "place": "p"}
    events = []
    for n, ev in enumerate(found, 1):
        trig = ev.trigger
        events.append(Event(
            id=f"e{n}", type=ev.type,
            trigger=Mention(text[trig.start_char:trig.end_char], trig.start_char, trig.end_char),
            participants=[Participant(ref=f"{prefix[k]}{i + 1}", name=names[k][i]) for k, i in ev.parties],
            date=ev.date, place=ev.place,
            sentence=CharSpan(ev.sentence.start_char, _strip_end(text, ev.sentence.end_char))))
    return DispatchRecord(
        source=Source(path=inp.path, sha256=inp.digest(), encoding=inp.encoding, chars=len(text)),
        headline=read_headline(text, dateline),
        dateline=dateline,
        actors=actors,
        organizations=organizations,
        places=places,
        events=events,
        byline=byline,
    )


def byline_start(text: str, byline) -> int:
    """Where the byline block starts (the end of the text when there is none)."""
    if byline is None:
        return len(text)
    pos = text.rfind(byline.name)
    return pos if pos >= 0 else len(text)


def span_ok(span: Span, dateline, tail_start: int) -> bool:
    """Mentions in the dateline itself or in the byline block are not the body's."""
    if dateline and dateline.start <= span.start_char < dateline.end:
        return False
    return span.start_char < tail_start


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _resolve_mentions(doc: Doc, titles: list[TitlePhrase], people: list[PersonEntity]
                      ) -> tuple[dict[int, tuple[int, int, int]], dict[int, int | None]]:
    """Titles without a name and subject pronouns: token index -> (actor, start char, end char);
    and for each sentence, the last person who was a sentence's subject before it."""
    resolved: dict[int, tuple[int, int, int]] = {}
    for phrase in titles:
        if phrase.person is not None or not phrase.definite:
            continue
        span = doc[phrase.start:phrase.end]
        actor = resolve_title(span.text, phrase.head, people, span.start_char)
        if actor is not None:
            resolved[phrase.start] = (actor, doc[phrase.start - 1].idx, span.end_char)
    for span in doc.spans.get(LEXICON_KEY, []):
        if span.label_ == "EPITHET" and span.start not in resolved:
            actor = resolve_epithet(span.id_, people, span.start_char)
            if actor is not None:
                resolved[span.start] = (actor, span.start_char, span.end_char)
    # Subject pronouns: the last person who was the subject of a sentence.
    protagonist: dict[int, int | None] = {}
    # every mention of a person so far, named or resolved, by sentence and in text order
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    mentions = [(s.start, i) for i, p in enumerate(people) for s in p.spans]
    mentions += [(start, actor) for start, (actor, _s, _e) in resolved.items()]
    for start, i in sorted(mentions):
        by_sentence.setdefault(doc[start].sent.start, []).append((start, i))
    last_subject = None  # the last person who was a sentence's subject
    antecedent = None  # the same, unless a later sentence had another kind of subject
    for sent in doc.sents:
        # the sentence's subject: a person named before its first finite verb
        root = next((t.i for t in sent if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")),
                    sent.root.i)
        in_sent = [a for start, a in by_sentence.get(sent.start, []) if start < root]
        protagonist[sent.start] = last_subject
        for tok in sent:
            if tok.lower_ in PRONOUNS and tok.dep_.startswith("nsubj") and antecedent is not None \
                    and not in_sent[:1]:
                resolved[tok.i] = (antecedent, tok.idx, tok.idx + len(tok))
                in_sent = [antecedent]
                break
        if in_sent:
            last_subject = antecedent = in_sent[0]
        elif any(t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and t.i < root for t in sent):
            antecedent = None  # `La partie européenne a souligné... Elle a salué`: not a person
    return resolved, protagonist


def _refs(doc: Doc, persons: list[Span], person_owner: dict[int, int], orgs: list[Span],
          org_owner: dict[int, int], place_refs: list[Ref], titles: list[TitlePhrase],
          resolved: dict[int, tuple[int, int, int]]) -> list[Ref]:
    """Every mention of an entity, marked nested when it sits inside a title or another name."""
    # An organization in a title that names a person (`secrétaire général de l'OTAN`) is part
    # of who that person is; in a title that names nobody (`des représentants de l'OTAN`) the
    # organization itself is the party.
    inside_title = {i for t in titles if t.person is not None or t.start in resolved
                    for i in range(t.start, t.end)}
    org_cover: dict[int, int] = {}
    for s in orgs:
        for i in range(s.start, s.end):
            org_cover[i] = max(org_cover.get(i, 0), len(s))
    refs = [Ref(p.start, p.end, "actor", person_owner[k]) for k, p in enumerate(persons) if k in person_owner]
    for k, s in enumerate(orgs):
        if k not in org_owner:
            continue  # a head noun alone that names no organization of the text
        nested = s.start in inside_title or any(org_cover.get(i, 0) > len(s) for i in range(s.start, s.end))
        refs.append(Ref(s.start, s.end, "org", org_owner[k], nested))
    for r in place_refs:
        r.nested = r.start in inside_title or r.start in org_cover
        refs.append(r)
    return refs


def _places(doc: Doc, text: str, dateline, tail_start: int
            ) -> tuple[list[Place], list[Ref], dict[int, int | None], int | None]:
    """Place entities (a country named by a city is listed too), their refs, city -> country,
    and the entity of the dateline's country."""
    places: list[Place] = []
    index: dict[str, int] = {}
    refs: list[Ref] = []

    def entity(name: str) -> int:
        key = fold(name)
        if key not in index:
            index[key] = len(places)
            places.append(Place(id=f"p{len(places) + 1}", name=name))
        return index[key]

    country_of: dict[int, int | None] = {}
    for span in doc.spans["places"]:
        if not span_ok(span, dateline, tail_start):
            continue
        written = text[span.start_char:span.end_char]
        name = span.id_ if span.label_ == "COUNTRY" and span.id_ else written
        i = entity(name)
        places[i].mentions.append(Mention(written, span.start_char, span.end_char))
        if span.label_ == "CITY" and span.id_:
            country_of[i] = entity(span.id_)
        elif span.label_ == "COUNTRY":
            country_of[i] = i
        else:
            country_of.setdefault(i, None)
        refs.append(Ref(span.start, span.end, "place", i))
    home_country = country_of_place(dateline.place) if dateline and dateline.place else None
    home = entity(home_country) if home_country else None
    return places, refs, country_of, home


def _actor(i: int, person: PersonEntity, text: str, resolved: dict[int, tuple[int, int, int]]) -> Actor:
    name = max(person.forms, key=lambda f: (len(f.split()), len(f)))
    mentions = [Mention(text[s.start_char:s.end_char], s.start_char, s.end_char) for s in person.spans]
    mentions += [Mention(text[s:e], s, e) for a, s, e in resolved.values() if a == i]
    mentions.sort(key=lambda m: (m.start, m.end))
    aliases = sorted({f for f in person.forms if f != name})
    return Actor(id=f"a{i + 1}", name=name, aliases=aliases, roles=list(person.roles), mentions=mentions)


def _organization(i: int, org: OrgEntity, text: str) -> Organization:
    mentions = sorted({(s.start_char, s.end_char) for s in org.spans})
    # other forms in the text, then for a body the rule model knows, its name and acronyms
    forms = list(org.forms)
    if org.canonical:
        forms += [org.canonical, *known_acronyms(org.canonical)]
    aliases: list[str] = []
    seen = {fold(org.name)}
    for form in forms:
        if fold(form) not in seen:
            seen.add(fold(form))
            aliases.append(form)
    return Organization(id=f"o{i + 1}", name=org.name, aliases=aliases,
                        mentions=[Mention(text[s:e], s, e) for s, e in mentions])

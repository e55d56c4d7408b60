"""From mention spans to entities: one actor or organization per real-world entity.

People: a full name, the same name with an initial (`E. Mammadyarov`), and the surname
alone are mentions of one actor. Organizations: the same name with or without article or
nationality adjective (`ministère azerbaïdjanais des Affaires étrangères`), a known name of
the rule model and its acronyms, an acronym in brackets after a name, and an acronym made of
a name's initials (`SEAE` for `Service européen pour l'action extérieure`) are one
organization.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dispatch_cli.nlp.names import ARTICLES, LEXICON_KEY
from dispatch_cli.nlp.names import is_capitalized
from dispatch_cli.nlp.names import org_heads as ORG_HEADS
from dispatch_cli.nlp.normalize import SMALL_WORDS, fold, title_words



@dataclass
class PersonEntity:
    """An actor under construction."""

    name: str
    forms: list[str]
    spans: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)  # epithets, pronouns

    @property
    def first(self) -> int:
        return min(s.start_char for s in self.spans)


@dataclass
class OrgEntity:
    """An organization under construction."""

    name: str
    forms: list[str]
    spans: list[Span] = field(default_factory=list)
    canonical: str | None = None  # the rule model's name, when known
    clean: list[str] = field(default_factory=list)  # forms without nationality adjectives


def _name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace(".", ". ").split() if t]


def group_persons(persons: list[Span], excluded: set[str], source: str
                  ) -> tuple[list[PersonEntity], dict[int, int]]:
    """Group person spans into entities; returns entities and span index -> entity index.
    Names are taken from `source`, the text as written (the Doc sees a normalized copy)."""
    order = sorted(range(len(persons)), key=lambda k: (-len(_name_tokens(persons[k].text)), persons[k].start))
    entities: list[PersonEntity] = []
    owner: dict[int, int] = {}
    for k in order:
        span = persons[k]
        text = source[span.start_char:span.end_char]
        toks = _name_tokens(text)
        if fold(text) in excluded:
            continue
        match = None
        for e_idx, ent in enumerate(entities):
            for form in ent.forms:
                ft = _name_tokens(form)
                if toks == ft:
                    match = e_idx
                elif len(toks) == 1 and toks[0] == ft[-1]:
                    match = e_idx if match is None else _nearest(entities, match, e_idx, span)
                elif len(toks) >= 2 and toks[-1] == ft[-1] and toks[0].endswith(".") \
                        and ft[0].startswith(toks[0].rstrip(".")):
                    match = e_idx
                if match == e_idx:
                    break
        if match is None and span.label_ == "PER_WEAK":
            continue  # a lone word that is no one's surname
        if match is None:
            entities.append(PersonEntity(name=text, forms=[text], spans=[span]))
            owner[k] = len(entities) - 1
        else:
            ent = entities[match]
            ent.spans.append(span)
            if len(toks) >= 2 and fold(text) not in {fold(f) for f in ent.forms}:
                ent.forms.append(text)
            owner[k] = match
    entities.sort(key=lambda e: e.first)
    remap = {id(e): i for i, e in enumerate(entities)}
    owner = {k: remap[id(ent)] for k, ent in ((k, _find(entities, persons[k])) for k in owner)}
    return entities, owner


def _find(entities: list[PersonEntity], span: Span) -> PersonEntity:
    return next(e for e in entities if any(s is span or (s.start == span.start and s.end == span.end)
                                            for s in e.spans))


def _nearest(entities: list[PersonEntity], a: int, b: int, span: Span) -> int:
    """Of two people sharing a surname, the one named last before `span`."""
    def last_before(e: PersonEntity) -> int:
        before = [s.start for s in e.spans if s.start < span.start]
        return max(before) if before else -1
    return a if last_before(entities[a]) >= last_before(entities[b]) else b


def add_role(entity: PersonEntity, role: str) -> None:
    """Add a role unless a listed one already says as much; a fuller one replaces a shorter."""
    words = title_words(role)
    if not words:
        return
    for i, known in enumerate(entity.roles):
        known_words = title_words(known)
        if words <= known_words:
            return
        if known_words < words:
            entity.roles[i] = role
            # drop other roles the fuller one now covers
            entity.roles[:] = [r for j, r in enumerate(entity.roles)
                               if j == i or not title_words(r) <= words]
            return
    entity.roles.append(role)


def _lexicon_tokens(doc: Doc) -> dict:
    """Per-document index of the lexicon spans these functions ask about (built once).

    It holds token offsets and strings, never Span objects: a Span in `doc.user_data` would
    make a reference cycle that keeps each Doc's memory until the garbage collector runs."""
    cached = doc.user_data.get("_entity_index")
    if cached is None:
        nat: set[int] = set()
        known: dict[int, list[tuple[int, int, str]]] = {}
        for s in doc.spans.get(LEXICON_KEY, []):
            if s.label_ == "NATIONALITY":
                nat.update(range(s.start, s.end))
            elif s.label_ == "KNOWN_ORG":
                known.setdefault(s.start, []).append((s.start, s.end, s.id_))
        cached = doc.user_data["_entity_index"] = {"NATIONALITY": nat, "KNOWN_ORG_AT": known}
    return cached


def clean_org_name(span: Span, source: str) -> tuple[str, str]:
    """(name without nationality adjectives, name as written) of an organization span,
    in the spelling of `source`."""
    doc = span.doc
    nat = _lexicon_tokens(doc)["NATIONALITY"]
    start = span.start
    while start < span.end - 1 and doc[start].lower_ in ARTICLES:
        start += 1
    written = source[doc[start].idx:span.end_char]
    kept = [t for t in doc[start:span.end] if not (t.i in nat and t.i > start)]
    name = "".join(source[t.idx:t.idx + len(t)] + t.whitespace_ for t in kept).strip()
    return name, written.strip()


def org_key(span: Span) -> str:
    """A comparison key in which a known organization inside the name is replaced by its
    canonical form, so `Conseil de sécurité de l'ONU` = `Conseil de sécurité des Nations Unies`."""
    doc = span.doc
    known = _lexicon_tokens(doc)["KNOWN_ORG_AT"]
    inner = sorted((k for i in range(span.start, span.end) for k in known.get(i, [])
                    if k[1] <= span.end and (k[0], k[1]) != (span.start, span.end)),
                   key=lambda k: (k[0], k[0] - k[1]))
    parts, i = [], span.start
    for start, end, canonical in inner:
        if start < i:
            continue
        parts.append(doc[i:start].text)
        parts.append(canonical)
        i = end
    parts.append(doc[i:span.end].text)
    key = fold(" ".join(parts))
    return re.sub(r"\b(?:de la|de l'|des|du|d'|de)\s*", "de ", key)


def _initials(name: str) -> str:
    words = re.findall(r"[\w]+", re.sub(r"\b[ldLD]['’]", " ", name))
    return "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()


def group_orgs(spans: list[Span], text: str) -> tuple[list[OrgEntity], dict[int, int]]:
    """Group organization spans into entities; returns entities and span index -> entity."""
    entities: list[OrgEntity] = []
    owner: dict[int, int] = {}
    by_key: dict[str, int] = {}

    def key_forms(ent: OrgEntity) -> set[str]:
        keys = {fold(f) for f in ent.forms}
        if ent.canonical:
            keys.add(fold(ent.canonical))
        return keys

    order = sorted(range(len(spans)), key=lambda k: (spans[k].label_ != "ORG" or not spans[k].id_, -len(spans[k])))
    for k in order:
        span = spans[k]
        name, written = clean_org_name(span, text)
        canonical = span.id_ or None
        if len(span) == 1 and not canonical and span[0].text in ORG_HEADS():
            # `membres du Mouvement`, `la Fondation`: a head noun alone names a body named in full before
            hit = next((i for i, e in enumerate(entities) if e.name.split()[0] == name and len(e.name) > len(name)), None)
            if hit is not None:
                entities[hit].spans.append(span)
                owner[k] = hit
            continue
        keys = {fold(name), fold(written), org_key(span)} | ({fold(canonical)} if canonical else set())
        first_cap = next((t.i for t in span if is_capitalized(t)), None)
        if first_cap is not None and first_cap > span.start and not any(
                t.lower_ in ("de", "des", "du", "d'") for t in span.doc[span.start:first_cap]):
            keys.add(fold(text[span.doc[first_cap].idx:span.end_char]))  # `compagnie pétrolière BP` is `BP`
        hit = next((by_key[x] for x in keys if x in by_key), None)
        if hit is None and name.isupper() and len(name) >= 2:
            hit = next((i for i, e in enumerate(entities)
                        if any(_initials(f) == name for f in e.forms if not f.isupper())), None)
        if hit is None:
            for i, e in enumerate(entities):
                if any(f.isupper() and _initials(name) == f for f in e.forms):
                    hit = i
                    break
        if hit is None:
            entities.append(OrgEntity(name=name, forms=[name], spans=[span], canonical=canonical))
            hit = len(entities) - 1
        else:
            ent = entities[hit]
            ent.spans.append(span)
            ent.canonical = ent.canonical or canonical
        ent = entities[hit]
        if name not in ent.clean:
            ent.clean.append(name)
        for form in (name, written):
            if fold(form) not in {fold(f) for f in ent.forms}:
                ent.forms.append(form)
        owner[k] = hit
        for x in key_forms(ent) | keys:
            by_key[x] = hit
        # An acronym in brackets right after the name: `Congrès des Azerbaïdjanais de l'Europe (CAE)`.
        m = re.match(r"\s*\(([A-ZÀ-Ý][\w’'\- ]{1,40})\)", text[span.end_char:span.end_char + 45])
        if m and fold(m.group(1)) not in by_key:
            ent.forms.append(m.group(1))
            by_key[fold(m.group(1))] = hit
    # names: the fullest written form that is not an acronym; the rule model's name first
    for ent in entities:
        longest = max((f for f in ent.clean if not f.isupper()), key=len, default=ent.clean[0])
        ent.name = longest
    order_ents = sorted(range(len(entities)), key=lambda i: min(s.start for s in entities[i].spans))
    remap = {old: new for new, old in enumerate(order_ents)}
    return [entities[i] for i in order_ents], {k: remap[v] for k, v in owner.items()}

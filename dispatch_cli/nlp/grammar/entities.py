"""From mentions to entities: one person or organization per real-world entity.

People: a full name, the same name with an initial (`E. Mammadyarov`), and the surname alone
are mentions of one person. Organizations: the same name with or without article or
nationality adjective (`ministère azerbaïdjanais des Affaires étrangères`), a known name of the
rule model and its acronyms, an acronym in brackets after a name, and an acronym made of a
name's initials (`SEAE` for `Service européen pour l'action extérieure`) are one organization.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import Extent, OrgEntity, PersonEntity
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.normalize import title_words
from dispatch_cli.nlp.grammar.tokens import is_capitalized
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import ARTICLES, FOLDED_SMALL_WORDS, OF

# An acronym in brackets right after a name: `Congrès des Azerbaïdjanais de l'Europe (CAE)`.
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Ý][\w’'\- ]{1,40})\)")
BRACKET_REACH = 45  # characters after a name where its bracketed acronym may close


@dataclass
class _Person:
    """A person under construction: the spans of its mentions."""

    forms: list[str]
    spans: list[Span] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(s.start_char for s in self.spans)


def _name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace(".", ". ").split() if t]


def group_persons(persons: list[Span], excluded: set[str], source: str) -> tuple[list[PersonEntity], dict[int, int]]:
    """Group person spans into entities, in order of first mention.

    Returns the entities and, for each span index of `persons` that names one, the index of
    its entity. Names are taken from `source`, the text as written (the Doc reads a
    normalized copy of the same length); a name whose folded form is in `excluded` (the
    byline's author) names no one.
    """
    order = sorted(range(len(persons)), key=lambda k: (-len(_name_tokens(persons[k].text)), persons[k].start))
    entities: list[_Person] = []
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
        if match is None and span.label_ == keys.PER_WEAK:
            continue  # a lone word that is no one's surname
        if match is None:
            entities.append(_Person(forms=[text], spans=[span]))
            owner[k] = len(entities) - 1
        else:
            ent = entities[match]
            ent.spans.append(span)
            if len(toks) >= 2 and fold(text) not in {fold(f) for f in ent.forms}:
                ent.forms.append(text)
            owner[k] = match
    by_first = sorted(range(len(entities)), key=lambda i: entities[i].first)
    remap = {old: new for new, old in enumerate(by_first)}
    people = [PersonEntity(forms=entities[i].forms, mentions=[Extent.of(s) for s in entities[i].spans])
              for i in by_first]
    return people, {k: remap[v] for k, v in owner.items()}


def _nearest(entities: list[_Person], a: int, b: int, span: Span) -> int:
    """Of two people sharing a surname, the one named last before `span`."""
    def last_before(e: _Person) -> int:
        before = [s.start for s in e.spans if s.start < span.start]
        return max(before) if before else -1
    return a if last_before(entities[a]) >= last_before(entities[b]) else b


def add_role(entity: PersonEntity, role: str, lexicon: Lexicon) -> None:
    """Add a role unless a listed one already says as much; a fuller one replaces a shorter."""
    words = title_words(role, lexicon)
    if not words:
        return
    for i, known in enumerate(entity.roles):
        known_words = title_words(known, lexicon)
        if words <= known_words:
            return
        if known_words < words:
            entity.roles[i] = role
            # drop other roles the fuller one now covers
            entity.roles[:] = [r for j, r in enumerate(entity.roles)
                               if j == i or not title_words(r, lexicon) <= words]
            return
    entity.roles.append(role)


class OrganizationGrouper:
    """Group the organization spans of one Doc into entities."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.nationality: set[int] = set()
        self.known_at: dict[int, list[tuple[int, int, str]]] = {}
        for s in doc.spans.get(keys.LEXICON, []):
            if s.label_ == keys.NATIONALITY:
                self.nationality.update(range(s.start, s.end))
            elif s.label_ == keys.KNOWN_ORG:
                self.known_at.setdefault(s.start, []).append((s.start, s.end, s.id_))
        self.small_words = FOLDED_SMALL_WORDS | lexicon.generic_title_words

    def clean_name(self, span: Span, source: str) -> tuple[str, str]:
        """(name without nationality adjectives, name as written) of an organization span,
        in the spelling of `source`."""
        doc = span.doc
        start = span.start
        while start < span.end - 1 and doc[start].lower_ in ARTICLES:
            start += 1
        written = source[doc[start].idx:span.end_char]
        kept = [t for t in doc[start:span.end] if not (t.i in self.nationality and t.i > start)]
        name = "".join(source[t.idx:t.idx + len(t)] + t.whitespace_ for t in kept).strip()
        return name, written.strip()

    def key(self, span: Span) -> str:
        """A comparison key in which a known organization inside the name is replaced by its
        canonical form, so `Conseil de sécurité de l'ONU` = `Conseil de sécurité des Nations Unies`."""
        doc = span.doc
        inner = sorted((k for i in range(span.start, span.end) for k in self.known_at.get(i, [])
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

    def initials(self, name: str) -> str:
        """The acronym a name's initials make (`SEAE`), small words and generic words skipped."""
        words = re.findall(r"[\w]+", re.sub(r"\b[ldLD]['’]", " ", name))
        return "".join(w[0] for w in words if w.lower() not in self.small_words).upper()

    def group(self, spans: list[Span], text: str) -> tuple[list[OrgEntity], dict[int, int]]:
        """Group organization spans into entities, in order of first mention; returns the
        entities and, for each span index that names one, the index of its entity."""
        lexicon = self.lexicon
        heads = lexicon.organization_heads.capitalized
        entities: list[OrgEntity] = []
        spans_of: list[list[Span]] = []
        owner: dict[int, int] = {}
        by_key: dict[str, int] = {}

        def key_forms(ent: OrgEntity) -> set[str]:
            keys_ = {fold(f) for f in ent.forms}
            if ent.canonical:
                keys_.add(fold(ent.canonical))
            return keys_

        order = sorted(range(len(spans)), key=lambda k: (spans[k].label_ != keys.ORG or not spans[k].id_, -len(spans[k])))
        for k in order:
            span = spans[k]
            name, written = self.clean_name(span, text)
            canonical = span.id_ or None
            if len(span) == 1 and not canonical and span[0].text in heads:
                # `membres du Mouvement`, `la Fondation`: a head noun alone names a body named in full before
                hit = next((i for i, e in enumerate(entities) if e.name.split()[0] == name and len(e.name) > len(name)),
                           None)
                if hit is not None:
                    spans_of[hit].append(span)
                    owner[k] = hit
                if hit is not None or name not in lexicon.organization_heads.standalone:
                    continue
            found = {fold(name), fold(written), self.key(span)} | ({fold(canonical)} if canonical else set())
            first_cap = next((t.i for t in span if is_capitalized(t)), None)
            if first_cap is not None and first_cap > span.start and not any(
                    t.lower_ in OF for t in span.doc[span.start:first_cap]):
                found.add(fold(text[span.doc[first_cap].idx:span.end_char]))  # `compagnie pétrolière BP` is `BP`
            hit = next((by_key[x] for x in found if x in by_key), None)
            if hit is None and name.isupper() and len(name) >= 2:
                hit = next((i for i, e in enumerate(entities)
                            if any(self.initials(f) == name for f in e.forms if not f.isupper())), None)
            if hit is None:
                for i, e in enumerate(entities):
                    if any(f.isupper() and self.initials(name) == f for f in e.forms):
                        hit = i
                        break
            if hit is None:
                entities.append(OrgEntity(name=name, forms=[name], mentions=[], canonical=canonical))
                spans_of.append([span])
                hit = len(entities) - 1
            else:
                ent = entities[hit]
                spans_of[hit].append(span)
                ent.canonical = ent.canonical or canonical
            ent = entities[hit]
            if name not in ent.clean:
                ent.clean.append(name)
            for form in (name, written):
                if fold(form) not in {fold(f) for f in ent.forms}:
                    ent.forms.append(form)
            owner[k] = hit
            for x in key_forms(ent) | found:
                by_key[x] = hit
            m = BRACKETED_ACRONYM.match(text[span.end_char:span.end_char + BRACKET_REACH])
            if m and fold(m.group(1)) not in by_key:
                ent.forms.append(m.group(1))
                by_key[fold(m.group(1))] = hit
        for ent, own in zip(entities, spans_of):
            # the name: the fullest written form that is not an acronym
            ent.name = max((f for f in ent.clean if not f.isupper()), key=len, default=ent.clean[0])
            ent.mentions = sorted({Extent.of(s) for s in own}, key=lambda m: (m.start_char, m.end_char))
            ent.aliases = self._aliases(ent)
        order_ents = sorted(range(len(entities)), key=lambda i: min(s.start for s in spans_of[i]))
        remap = {old: new for new, old in enumerate(order_ents)}
        return [entities[i] for i in order_ents], {k: remap[v] for k, v in owner.items()}

    def _aliases(self, org: OrgEntity) -> list[str]:
        """Other forms in the text, then for a body the rule model knows, its name and acronyms."""
        forms = list(org.forms)
        if org.canonical:
            forms += [org.canonical, *self.lexicon.acronyms.get(org.canonical, [])]
        aliases: list[str] = []
        seen = {fold(org.name)}
        for form in forms:
            if fold(form) not in seen:
                seen.add(fold(form))
                aliases.append(form)
        return aliases

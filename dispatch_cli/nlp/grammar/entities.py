"""From mentions to entities: one person or organization per real-world entity.

People: a full name, the same name with an initial (`E. Mammadyarov`), and the surname alone
are mentions of one person. Organizations: the same name with or without article or
nationality adjective (`ministère azerbaïdjanais des Affaires étrangères`), a known name of the
rule model and its acronyms, an acronym in brackets after a name, and an acronym made of a
name's initials (`SEAE` for `Service européen pour l'action extérieure`) are one organization.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import Extent, OrgEntity, PersonEntity
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.normalize import BodyForms, title_parts
from dispatch_cli.nlp.grammar.tokens import is_capitalized
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import ARTICLES, DEFINITE_ARTICLES, FOLDED_SMALL_WORDS, NAME_LINKS, OF, TO

# An acronym in brackets right after a name: `Congrès des Azerbaïdjanais de l'Europe (CAE)`.
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Ý][\w’'\- ]{1,40})\)")
BRACKET_REACH = 45  # characters after a name where its bracketed acronym may close
DASH_CHARS = "-–—"
# A name and its last `de` complement: `ministère des Affaires étrangères` + `République d'Azerbaïdjan`.
TRAILING_COMPLEMENT = re.compile(r"^(.+)\s+(?:de la |de l['’]|de |d['’]|du |des )(.+)$")


@dataclass
class _Person:
    """A person under construction: the spans of its mentions."""

    forms: list[str]
    spans: list[Span] = field(default_factory=list)
    # the folded words of each form, and the starts of the spans in order: read for every
    # mention grouped, so kept rather than recomputed from every form and span each time
    form_tokens: list[list[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def add_form(self, form: str) -> None:
        self.forms.append(form)
        self.form_tokens.append(_name_tokens(form))

    def add_span(self, span: Span) -> None:
        self.spans.append(span)
        insort(self.starts, span.start)

    def last_before(self, token: int) -> int:
        """The start of the last mention before token `token`, -1 if none."""
        i = bisect_left(self.starts, token)
        return self.starts[i - 1] if i else -1

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
    # last word of a form -> the entities with such a form: every test below needs the
    # mention's last word to be the form's, so only these entities can match (trying every
    # entity for every mention made long texts quadratic)
    by_last: dict[str, set[int]] = {}

    def add_form(e_idx: int, form: str) -> None:
        entities[e_idx].add_form(form)
        if entities[e_idx].form_tokens[-1]:
            by_last.setdefault(entities[e_idx].form_tokens[-1][-1], set()).add(e_idx)

    for k in order:
        span = persons[k]
        text = source[span.start_char:span.end_char]
        toks = _name_tokens(text)
        if fold(text) in excluded:
            continue
        match = None
        for e_idx in sorted(by_last.get(toks[-1], ())) if toks else ():
            ent = entities[e_idx]
            for ft in ent.form_tokens:
                if toks == ft:
                    match = e_idx
                elif (len(toks) == 1 and toks[0] == ft[-1]) or _shortened(toks, ft):
                    match = e_idx if match is None else _nearest(entities, match, e_idx, span)
                elif len(toks) >= 2 and toks[-1] == ft[-1] and toks[0].endswith(".") \
                        and ft[0].startswith(toks[0].rstrip(".")):
                    match = e_idx
                if match == e_idx:
                    break
        if match is None and len(toks) >= 2:
            # the same name spelled another way (`E. Mamedov` after `Elnur Mammadov`)
            match = next((e_idx for e_idx, ent in enumerate(entities)
                          if any(_spelled_alike(toks, ft) for ft in ent.form_tokens)), None)
        if match is None and span.label_ == keys.PER_WEAK:
            continue  # a lone word that is no one's surname
        if match is None:
            entities.append(_Person(forms=[]))
            add_form(len(entities) - 1, text)
            entities[-1].add_span(span)
            owner[k] = len(entities) - 1
        else:
            ent = entities[match]
            ent.add_span(span)
            if len(toks) >= 2 and fold(text) not in {fold(f) for f in ent.forms}:
                add_form(match, text)
            owner[k] = match
    by_first = sorted(range(len(entities)), key=lambda i: entities[i].first)
    remap = {old: new for new, old in enumerate(by_first)}
    people = [PersonEntity(forms=entities[i].forms, mentions=[Extent.of(s) for s in entities[i].spans])
              for i in by_first]
    return people, {k: remap[v] for k, v in owner.items()}


def _shortened(toks: list[str], full: list[str]) -> bool:
    """Is a name of two words or more a shorter form of the longer name `full` (folded
    words)? Either its last words, a surname of several words used alone (`Talbi Alami`
    after `Rachid Talbi Alami`, `Ould Amar` after `Mohamed Ould Amar`), or its first and last
    words with middle names left out (`Hans Kluge` after `Hans Henri P. Kluge`, `Ilham Aliyev`
    after `Ilham Heydar oglu Aliyev`). A middle name with the surname is another person's
    name (`Heydar Aliyev`, the father named in `Ilham Heydar oglu Aliyev`)."""
    if not 2 <= len(toks) < len(full):
        return False
    if full[-len(toks):] == toks:
        return True
    if toks[0] != full[0] or toks[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in toks[1:-1])  # the inner words in order


def _skeleton(word: str) -> str:
    """A folded word with the spellings transliterations vary on made alike: doubled letters
    single, `ks` as `x` (`Mammadov`/`Mamadov`, `Aleksandr`/`Alexandr`)."""
    word = word.replace("ks", "x")
    return re.sub(r"(\w)\1+", r"\1", word)


def _one_edit(a: str, b: str) -> bool:
    """Are the two words one substitution, insertion or deletion apart (or equal)?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _spelled_alike(toks: list[str], other: list[str]) -> bool:
    """Are two names of as many words one person's name spelled two ways? Each word is the
    same, an initial of the other's, or, for one word at most, a spelling one letter apart once
    doubled letters and `ks`/`x` are made alike; a final `a` or `e` added is another person
    (`Aliyev`/`Aliyeva`)."""
    if len(toks) != len(other):
        return False
    variants = 0
    for a, b in zip(toks, other, strict=False):
        if a == b or (a.endswith(".") and b.startswith(a[:-1])) or (b.endswith(".") and a.startswith(b[:-1])):
            continue
        sa, sb = _skeleton(a), _skeleton(b)
        if len(sa) < 4 or len(sb) < 4 or sa[0] != sb[0] or not _one_edit(sa, sb):
            return False
        if sa.rstrip("ae") == sb.rstrip("ae") and sa != sb and len(sa) != len(sb):
            return False  # a feminine or masculine form: another person
        variants += 1
    return variants == 1


def _nearest(entities: list[_Person], a: int, b: int, span: Span) -> int:
    """Of two people sharing a surname, the one named last before `span`."""
    return a if entities[a].last_before(span.start) >= entities[b].last_before(span.start) else b


def add_role(entity: PersonEntity, role: str, lexicon: Lexicon, bodies: BodyForms | None = None) -> None:
    """Add a role unless it is a shorter repeat of one listed; a role that a listed one only
    repeats in short replaces it (and any other it covers).

    A title repeats another in short when its words and its state are among the other's, or
    when it is only the other's head with a nationality adjective and the other names no
    state: `président` and `président azerbaïdjanais` repeat `président de la République
    (d'Azerbaïdjan)`, before or after it;
    `secrétaire général de l'ONU` repeats `secrétaire général des Nations Unies` (`bodies`:
    the forms of each body of the text). Of two titles that repeat each other, the one with a
    complement, then the one with more words, is kept.
    """
    new = title_parts(role, lexicon, bodies)
    if not new[0]:
        return
    for i, known in enumerate(entity.roles):
        old = title_parts(known, lexicon, bodies)
        spelled = _spell_acronym(role, known)
        if spelled != role:  # `président des COE` after `président des Comités olympiques européens`
            new = title_parts(spelled, lexicon, bodies)
        new_repeats, old_repeats = _repeats(new, old), _repeats(old, new)
        if new_repeats and old_repeats:
            new_repeats = (old[2], len(old[0]) + len(old[1])) >= (new[2], len(new[0]) + len(new[1]))
            old_repeats = not new_repeats
        if new_repeats:
            return
        if old_repeats:
            entity.roles[i] = role
            entity.roles[:] = [r for j, r in enumerate(entity.roles)
                               if j == i or not _repeats(title_parts(r, lexicon, bodies), new)]
            return
    entity.roles.append(role)


ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")


def _spell_acronym(role: str, other: str) -> str:
    """`role` with an acronym in it written out as the words of `other` whose initials it
    spells (`président des COE`, `président des Comités olympiques européens`)."""
    for m in ACRONYM.finditer(role):
        words = re.findall(r"[\w’']+", other)
        for start in range(1, len(words)):
            initials = ""
            for end in range(start, len(words)):
                word = re.sub(r"^[ldLD]['’]", "", words[end])
                if fold(word) in FOLDED_SMALL_WORDS:
                    if not initials:
                        break
                    continue
                initials += word[0].upper()
                if initials == m.group(0):
                    spelled = " ".join([re.sub(r"^[ldLD]['’]", "", words[start]), *words[start + 1:end + 1]])
                    return role[:m.start()] + spelled + role[m.end():]
                if not m.group(0).startswith(initials):
                    break
    return role


def _repeats(short: tuple[frozenset[str], frozenset[str], bool], full: tuple[frozenset[str], frozenset[str], bool]
             ) -> bool:
    """Does the title `short` ((words, states, complement) of `title_parts`) only repeat `full`?
    Its words and state are among the other's, or it is a head with a nationality adjective
    and no complement beside a title that names no state."""
    return short[0] <= full[0] and (short[1] <= full[1] or (not short[2] and not full[1]))


@dataclass
class _Org:
    """An organization under construction: the entity, its spans, and the states of the
    nationality adjectives of its forms (`parlement géorgien` is not `Parlement britannique`)."""

    entity: OrgEntity
    spans: list[Span]
    states: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)  # the states its names name (`de Côte d'Ivoire`)
    national: bool = False  # named only by a head and a nationality adjective (`Assemblée ivoirienne`)

    @property
    def first(self) -> int:
        return min(s.start for s in self.spans)


class OrganizationGrouper:
    """Group the organization spans of one Doc into entities."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.nationality: dict[int, str] = {}  # token -> the state of its nationality adjective
        self.known_at: dict[int, list[tuple[int, int, str]]] = {}
        self.country_at: dict[int, tuple[int, str]] = {}  # token -> (end, state) of a state's name
        for s in doc.spans.get(keys.LEXICON, []):
            if s.label_ == keys.NATIONALITY:
                for i in range(s.start, s.end):
                    self.nationality[i] = s.id_
            elif s.label_ == keys.KNOWN_ORG:
                self.known_at.setdefault(s.start, []).append((s.start, s.end, s.id_))
            elif s.label_ == keys.COUNTRY and s.end > self.country_at.get(s.start, (0, ""))[0]:
                self.country_at[s.start] = (s.end, s.id_)
        self.small_words = FOLDED_SMALL_WORDS | lexicon.generic_title_words
        self.links = OF | NAME_LINKS | lexicon.titles.linking_participles

    def _stripped(self, span: Span, in_name: bool = True) -> list[int]:
        """The tokens of nationality adjectives that qualify the span's head (before its first
        complement): `ministère azerbaïdjanais des Affaires étrangères`. An adjective inside a
        complement qualifies that complement (`groupe d'amitié du Sénat français`) and stays, and
        so does one of a name with no complement (`parlement géorgien`)."""
        doc = span.doc
        out: list[int] = []
        first = next((t for t in span if t.lower_ not in ARTICLES), span[0])
        if in_name and is_capitalized(first) and first.lower_ not in self.lexicon.organization_heads.institutions:
            # a proper name: `Agence azerbaïdjanaise de déminage`, `Fédération azerbaïdjanaise de
            # judo` keep their adjective; a body named by its kind does not (`ministère
            # azerbaïdjanais des Affaires étrangères`)
            return out
        for tok in doc[span.start + 1:span.end]:
            if tok.lower_ in self.links:
                return out
            if tok.i in self.nationality and tok.is_lower and not doc[tok.i - 1].text.endswith("-"):
                # not the second half of a compound (`mixte turco-azerbaïdjanaise`): the
                # compound names the sides, it is the name's own
                out.append(tok.i)
        # with no complement, the adjective says which body (`parlement géorgien`): it stays in the name
        return [] if in_name else out

    def clean_name(self, span: Span, source: str) -> tuple[str, str]:
        """(name without the nationality adjectives of its head, name as written) of an
        organization span, in the spelling of `source`."""
        doc = span.doc
        start = span.start
        while start < span.end - 1 and doc[start].lower_ in ARTICLES:
            start += 1
        written = source[doc[start].idx:span.end_char]
        stripped = set(self._stripped(span))
        kept = [t for t in doc[start:span.end] if t.i not in stripped]
        name = "".join(source[t.idx:t.idx + len(t)] + t.whitespace_ for t in kept).strip()
        return name.rstrip(DASH_CHARS + " "), written.strip().rstrip(DASH_CHARS + " ")  # `Egmont- l'Institut…`

    def key(self, span: Span, strip: bool = False) -> str:
        """A comparison key in which a known organization inside the name is replaced by its
        canonical form (`Conseil de sécurité de l'ONU` = `Conseil de sécurité des Nations
        Unies`), a state's name by the state (`de la Fédération de Russie` = `de Russie`), and
        `entre A et B` by `A-B` (`Conseil de coopération entre la République de Pologne et
        l'Ukraine` = `Conseil de coopération Pologne-Ukraine`); `strip`: without the nationality
        adjectives of the head."""
        doc = span.doc
        skip = set(self._stripped(span, in_name=False)) if strip else set()
        parts: list[str] = []
        i = span.start
        while i < span.end:
            inner = [k for k in self.known_at.get(i, []) if k[1] <= span.end and (k[0], k[1]) != (span.start, span.end)]
            country = self.country_at.get(i)
            if inner:
                _s, i, canonical = max(inner, key=lambda k: k[1])
                parts.append(fold(canonical))
                continue
            if country is not None and country[0] <= span.end:
                parts.append(f"<{fold(country[1])}>")
                i = country[0]
                continue
            tok = doc[i]
            i += 1
            if tok.lower_ in DEFINITE_ARTICLES or tok.i in skip or not fold(tok.text):
                continue
            # `au Sénat` = `du Sénat`: the body an assembly or a seat holds
            parts.append("de" if tok.lower_ in OF or tok.lower_ in TO else fold(tok.text))
        key = " ".join(parts)
        key = re.sub(r"\bentre (<[^>]+>) et (<[^>]+>)", r"\1 \2", key)
        return key.replace("<", "").replace(">", "")

    def initials(self, name: str) -> str:
        """The acronym a name's initials make (`SEAE`), small words and generic words skipped."""
        words = re.findall(r"[\w]+", re.sub(r"\b[ldLD]['’]", " ", name))
        return "".join(fold(w)[0] for w in words if fold(w) not in self.small_words).upper()  # `É` gives `E`

    def all_initials(self, name: str) -> set[str]:
        """The acronyms a name may have: its initials, and those of the name without the state
        it belongs to (`MAE` for `ministère des Affaires étrangères de la République d'Azerbaïdjan`)."""
        out = {self.initials(name)}
        m = TRAILING_COMPLEMENT.match(name)
        if m and self.lexicon.geography.country_of(m.group(2)):
            out.add(self.initials(m.group(1)))
        return out

    def group(self, spans: list[Span], text: str) -> tuple[list[OrgEntity], dict[int, int]]:
        """Group organization spans into entities, in order of first mention; returns the
        entities and, for each span index that names one, the index of its entity.

        Spans labelled `ORG_WEAK` (a word in capitals the model did not call a name) join an
        entity whose form or initials they are, and name nothing alone. A bracketed acronym
        right after a name is that body, even when the rule model knows it (`Compagnie
        pétrolière nationale (KazMunayGas)`); a later name that is the beginning of a fuller
        one before it, cut before a complement, is a short form of it (`Conseil de coordination`
        after `Conseil de coordination des Ouzbeks de Belgique`).
        """
        heads = self.lexicon.organization_heads
        orgs: list[_Org] = []
        owner: dict[int, int] = {}
        by_key: dict[str, list[int]] = {}
        merges: list[tuple[int, int]] = []

        def lookup(found: set[str], states: set[str] | None) -> int | None:
            for x in sorted(found):
                for o in by_key.get(x, []):
                    if states is None or not (states and orgs[o].states and not states & orgs[o].states):
                        return o
            return None

        def register(found: set[str], o: int) -> None:
            for x in found:
                if o not in by_key.setdefault(x, []):
                    by_key[x].append(o)

        order = sorted(range(len(spans)), key=lambda k: (spans[k].label_ == keys.ORG_WEAK,
                                                         spans[k].label_ != keys.ORG or not spans[k].id_,
                                                         -len(spans[k]), spans[k].start))
        for k in order:
            span = spans[k]
            name, written = self.clean_name(span, text)
            canonical = span.id_ or None
            weak = span.label_ == keys.ORG_WEAK
            if len(span) == 1 and not canonical and span[0].text in heads.capitalized:
                # `membres du Mouvement`, `la Fondation`: a head noun alone names a body named in full before
                hit = next((i for i, o in enumerate(orgs) if fold(o.entity.name.split()[0]) == fold(name)
                            and len(o.entity.name) > len(name)), None)  # `le Ministère` after `ministère des…`
                if hit is not None:
                    orgs[hit].spans.append(span)
                    owner[k] = hit
                if hit is not None or name not in heads.standalone:
                    continue
            states = {self.nationality[i] for i in self._stripped(span, in_name=False)}
            strict = {fold(written), self.key(span)} | ({fold(canonical)} if canonical else set())
            loose = {fold(name), self.key(span, strip=True)}  # compared only where the states agree
            if len(span) > 1 and span[-1].text in heads.legal_suffixes:
                loose.add(fold(text[span.start_char:span[-2].idx + len(span[-2])]))  # `TotalEnergies SE`
            first_cap = next((t.i for t in span if is_capitalized(t)), None)
            if first_cap is not None and first_cap > span.start and not any(
                    t.lower_ in OF for t in span.doc[span.start:first_cap]):
                strict.add(fold(text[span.doc[first_cap].idx:span.end_char]))  # `compagnie pétrolière BP` is `BP`
            hit = lookup(strict, None)
            if hit is None:
                hit = lookup(loose, states)
            if hit is None and name.isupper() and len(name) >= 2:
                hit = next((i for i, o in enumerate(orgs)
                            if any(name in self.all_initials(f) for f in o.entity.forms if not f.isupper())), None)
            if hit is None:
                mine = self.all_initials(name)
                hit = next((i for i, o in enumerate(orgs)
                            if any(f.isupper() and f in mine for f in o.entity.forms)), None)
            if hit is None and weak:
                continue
            if hit is None:
                orgs.append(_Org(OrgEntity(name=name, forms=[name], mentions=[], canonical=canonical), [span]))
                hit = len(orgs) - 1
            else:
                orgs[hit].spans.append(span)
                orgs[hit].entity.canonical = orgs[hit].entity.canonical or canonical
            org = orgs[hit]
            org.states |= states
            org.named |= {self.country_at[i][1] for i in range(span.start, span.end) if i in self.country_at
                          and self.country_at[i][0] <= span.end}
            words = [t for t in span if t.lower_ not in ARTICLES]
            org.national = org.national or (len(words) >= 2 and all(t.i in self.nationality for t in words[1:]))
            ent = org.entity
            if name not in ent.clean:
                ent.clean.append(name)
            for form in (name, written):
                if fold(form) not in {fold(f) for f in ent.forms}:
                    ent.forms.append(form)
            owner[k] = hit
            register(strict | {fold(f) for f in ent.forms} | ({fold(ent.canonical)} if ent.canonical else set()), hit)
            register(loose, hit)
            m = BRACKETED_ACRONYM.match(text[span.end_char:span.end_char + BRACKET_REACH])
            if m and not weak and self._bracket_owner(span, spans, m.group(1), text) == (span.start, span.end):
                acronym = fold(m.group(1))
                other = next((o for o in by_key.get(acronym, []) if o != hit), None)
                if other is not None:
                    merges.append((hit, other))  # the rule model's name for this body
                elif acronym not in by_key:
                    ent.forms.append(m.group(1))
                    register({acronym}, hit)
        merges += self._short_forms(orgs) + self._national_forms(orgs)
        root = list(range(len(orgs)))

        def find(i: int) -> int:
            while root[i] != i:
                i = root[i]
            return i

        for a, b in merges:
            ra, rb = find(a), find(b)
            if ra != rb:
                keep, drop = min(ra, rb), max(ra, rb)
                root[drop] = keep
                self._merge(orgs[keep], orgs[drop])
        alive = [i for i in range(len(orgs)) if find(i) == i]
        for i in alive:
            ent = orgs[i].entity
            # the name: the fullest written form that is not an acronym
            ent.name = max((f for f in ent.clean if not f.isupper()), key=len, default=ent.clean[0])
            ent.mentions = sorted({Extent.of(s) for s in orgs[i].spans}, key=lambda m: (m.start_char, m.end_char))
            ent.aliases = self._aliases(ent)
        order_ents = sorted(alive, key=lambda i: orgs[i].first)
        remap = {old: new for new, old in enumerate(order_ents)}
        return [orgs[i].entity for i in order_ents], {k: remap[find(v)] for k, v in owner.items()}

    def _bracket_owner(self, span: Span, spans: list[Span], acronym: str, text: str) -> tuple[int, int]:
        """(start, end) of the name that a bracketed acronym after `span` abbreviates: of the
        names that end there, the longest whose initials or known acronyms it is (`Conseil des
        ministres de l'Organisation des Etats turciques (OET)` -> the Organisation), else the
        longest (`Union des agences de presse de l'OCI (UNA)` -> the Union)."""
        ending = [o for o in spans if o.end == span.end and o.label_ != keys.ORG_WEAK]
        key = fold(acronym)

        def spells(o: Span) -> bool:
            if key in {fold(a) for a in self.all_initials(self.clean_name(o, text)[0])}:
                return True
            return bool(o.id_) and key in {fold(a) for a in [o.id_, *self.lexicon.acronyms.get(o.id_, [])]}

        spelled = [o for o in ending if spells(o)]
        best = max(spelled or ending, key=len)
        return best.start, best.end

    @staticmethod
    def _merge(keep: _Org, drop: _Org) -> None:
        """Move the forms, spans and states of `drop` into `keep`."""
        ent, other = keep.entity, drop.entity
        keep.spans += drop.spans
        keep.states |= drop.states
        ent.canonical = ent.canonical or other.canonical
        for name in other.clean:
            if name not in ent.clean:
                ent.clean.append(name)
        for form in other.forms:
            if fold(form) not in {fold(f) for f in ent.forms}:
                ent.forms.append(form)

    def _short_forms(self, orgs: list[_Org]) -> list[tuple[int, int]]:
        """Pairs (short, full): a name of two words or more whose first mention comes after a
        fuller name that begins with it and goes on with a complement, when only one does."""
        pairs: list[tuple[int, int]] = []
        links = {fold(w) for w in self.links}
        for i, short in enumerate(orgs):
            name = fold(short.entity.name)
            if len(name.split()) < 2 or short.entity.name.isupper():
                continue
            fuller = []
            for j, full in enumerate(orgs):
                if j == i or full.first >= short.first:
                    continue
                for form in full.entity.clean:
                    rest = fold(form)[len(name):].split()
                    if fold(form).startswith(name + " ") and rest and (rest[0] in links or rest[0].startswith("d'")):
                        fuller.append(j)
                        break
            if len(fuller) == 1:
                pairs.append((fuller[0], i))
        return pairs

    @staticmethod
    def _national_forms(orgs: list[_Org]) -> list[tuple[int, int]]:
        """Pairs (full, short): a head with a nationality adjective and nothing else
        (`l'Assemblée ivoirienne`) is the one body of the text with that head whose name names
        the adjective's state (`Assemblée nationale de Côte d'Ivoire`)."""
        pairs: list[tuple[int, int]] = []
        for i, short in enumerate(orgs):
            if not short.national or not short.states:
                continue
            head = fold(short.entity.name.split()[0])
            fuller = [j for j, full in enumerate(orgs) if j != i and not full.national and full.named & short.states
                      and fold(full.entity.name.split()[0]) == head]
            if len(fuller) == 1:
                pairs.append((fuller[0], i))
        return pairs

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

"""Who took part in an encounter, and where it happened.

The parties are the people (titles and pronouns resolved) and organizations on both sides of
the trigger that are not part of someone's title: the subject side before it (else the
states its subject names, else the dispatch's protagonist), the object side after it
(organizations only as the trigger's complement, `de` complements included, with those
coordinated to them); `entre X et Y` adds states and organizations. A verb's subject is read
from the parse (`subject_of`), with the coordinations the parser misses. A visit's host is the
state (a city's state) or institution visited; without one, the state of the dateline.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dispatch_cli.nlp.findings import Party
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.events.inflection import VerbTable
from dispatch_cli.nlp.grammar.events.reports import Phrases, governing_verb
from dispatch_cli.nlp.grammar.events.types import ACTOR, ORG, PLACE, Ref
from dispatch_cli.nlp.words import (
    AND,
    BETWEEN,
    CARDINALS,
    COORDINATION,
    DEFINITE_ARTICLES,
    DESTINATION_PREPOSITIONS,
    OF,
    ORDINAL,
    OUR,
    PLACE_PREPOSITIONS,
    PLURAL_SUBJECT_PRONOUNS,
    RELATIVE_SUBJECTS,
    ROMAN_ORDINAL,
    WHOSE,
)

ORG_WINDOW = 6  # an organization is a party only as the trigger's direct complement
BETWEEN_REACH = 6  # tokens after a noun where `entre` may stand
COORDINATED_REACH = 3  # coordinated verbs climbed to find a shared subject


class PartyFinder:
    """The parties and places of the encounters of one Doc, from its mentions."""

    def __init__(self, doc: Doc, refs: list[Ref], resolved: dict[int, int], place_names: list[str],
                 place_country: dict[int, int | None], protagonist: dict[int, int | None], home: int | None,
                 nationals: dict[int, frozenset[str]] | None = None, roles: dict[int, list[str]] | None = None) -> None:
        self.doc = doc
        # mentions by sentence, in text order: each trigger looks at its own sentence only
        self.by_sentence: dict[int, list[Ref]] = {}
        sent_of = {}
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                sent_of[i] = sent.start
        for r in sorted(refs, key=lambda r: r.start):
            self.by_sentence.setdefault(sent_of.get(r.start, -1), []).append(r)
        self.resolved = resolved  # token index of a title or pronoun -> actor index
        # the same by position, so that the titles and pronouns of a stretch of tokens are a
        # bisection away (scanning them all for each trigger was quadratic in a long text)
        self.resolved_at = sorted(resolved)
        self.place_names = place_names
        self.place_country = place_country
        self.protagonist = protagonist  # sentence start -> the protagonist so far
        self.home = home  # the place index of the dateline's state
        self.nationals = nationals or {}  # actor index -> the states of their roles (folded names)
        self.roles = roles or {}  # actor index -> their roles, as the text writes them
        # actor index -> the starts of its mentions, in order (`titled_people` looks up the last
        # before a token by bisection, not by scanning every mention of the text)
        self.actor_starts: dict[int, list[int]] = {}
        for r in sorted(refs, key=lambda r: r.start):
            if r.kind == ACTOR:
                self.actor_starts.setdefault(r.index, []).append(r.start)

    def resolved_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The titles and pronouns resolved between tokens `lo` and `hi` (end exclusive), as
        (token index, actor index), in text order."""
        first = bisect_left(self.resolved_at, lo)
        return [(i, self.resolved[i]) for i in self.resolved_at[first:bisect_left(self.resolved_at, hi, lo=first)]]

    def in_sent(self, sent: Span) -> list[Ref]:
        """The mentions of a sentence, in text order."""
        return self.by_sentence.get(sent.start, [])

    def subjects(self, trig: Span, sent: Span, noun: bool, etype: str) -> list[Party]:
        """The party on the subject side of the trigger, titles and pronouns resolved."""
        opening = sent.start
        if noun:
            # `le festival, dont la cérémonie de clôture s'est déroulée hier`: a noun in a
            # relative clause of `dont` belongs to the antecedent; who is named before it is not
            # its party
            opening = max((k + 1 for k in range(sent.start, trig.start) if self.doc[k].lower_ == WHOSE),
                          default=sent.start)
        before = [r for r in self.in_sent(sent) if opening <= r.start < trig.start and not r.nested]
        # the people named before it and those a title or pronoun stands for (`le gouverneur
        # de la BCA et le président de la Banque, X, se sont entretenus`), in text order
        named = [(r.start, (r.kind, r.index)) for r in before if r.kind == ACTOR]
        titled = [(i, (ACTOR, a)) for i, a in self.resolved_between(opening, trig.start)]
        subjects: list[Party] = []
        for _, party in sorted(named + titled):
            if party not in subjects:
                subjects.append(party)
        if not subjects:
            subjects = self.coordinated_bodies(trig, sent, noun) \
                or [(r.kind, r.index) for r in before if r.kind == ORG][:1]
        if not subjects:
            subjects = self.states_in_subject(trig, noun)
        if not subjects and not noun and etype not in ("conference", "signing"):
            # `les membres de la délégation ont rencontré X`: the dispatch's protagonist (not
            # for a signing: unsaid signers are the sides its document names)
            protagonist = self.protagonist.get(sent.start)
            if protagonist is not None:
                subjects = [(ACTOR, protagonist)]
        return subjects

    def objects(self, trig: Span, sent: Span, stop: int | None = None) -> list[Party]:
        """People after the trigger, up to `stop` (the next verb of meeting, whose own they
        are); organizations only as its direct complement (up to the end of its `de`
        complements), with those coordinated to them (`avec des représentants de l'OTAN et de
        l'Union européenne`)."""
        out: list[Party] = []
        end = sent.end if stop is None else stop
        reach = max(trig.end + ORG_WINDOW, self.complement_end(trig, sent))
        for r in self.in_sent(sent):
            if not (trig.end <= r.start < end) or r.nested:
                continue
            if r.kind == ACTOR:
                out.append((r.kind, r.index))
            elif r.kind == ORG and r.start <= reach and not self.is_venue(r.start):
                out.append((r.kind, r.index))
                gap = r.end
                while gap < sent.end and self.doc[gap].lower_ in COORDINATION:
                    gap += 1
                if gap > r.end and gap + 1 < sent.end and self.doc[gap].pos_ == "NOUN" and self.doc[gap].is_lower:
                    gap += 1  # `X et de la société Y`: the common noun that introduces a name
                reach = max(reach, gap if gap > r.end and self.doc[r.end].lower_ in {"et", ","} else reach)
        out += [(ACTOR, a) for _i, a in self.resolved_between(trig.end, end)]
        return out

    def is_venue(self, start: int) -> bool:
        """Is the organization that starts at token `start` named as where an encounter took
        place: after a preposition of place (`au ministère`, `à l'OTAN`), or as the complement
        of a noun after one (`au siège de la Ligue`, `dans les locaux du ministère`)?"""
        doc = self.doc
        k = start - 1
        if k >= 0 and doc[k].lower_ in DEFINITE_ARTICLES:
            k -= 1
        if k >= 0 and doc[k].lower_ in DESTINATION_PREPOSITIONS:
            return True
        if k >= 0 and doc[k].lower_ in OF:  # the complement of a noun of place
            k -= 1
            if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower:
                k -= 1
                if k >= 0 and doc[k].lower_ in DEFINITE_ARTICLES:
                    k -= 1
                return k >= 0 and doc[k].lower_ in DESTINATION_PREPOSITIONS
        return False

    def inside_org_name(self, trig: Span) -> bool:
        """Is the word inside an organization's name, after a noun that heads it
        (`la Fondation Dialogue des cultures`; but `le Forum économique de Davos`, `le IVe
        Forum` are forums)?"""
        doc = self.doc
        return any(r.kind == ORG and r.start < trig.start and trig.end <= r.end
                   and any(doc[i].pos_ in ("NOUN", "PROPN") and not ROMAN_ORDINAL.match(doc[i].text)
                           and not ORDINAL.match(doc[i].lower_) for i in range(r.start, trig.start))
                   for r in self.in_sent(trig.sent))

    def complement_end(self, trig: Span, sent: Span) -> int:
        """Where the noun phrase after the trigger ends, `de` complements included (`avec les
        ministres des pays membres de l'OTSC`): at punctuation, a verb or
        another preposition."""
        k = trig.end
        while k < sent.end and (self.doc[k].lower_ in OF | DEFINITE_ARTICLES | {"avec"}
                                or self.doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")):
            k += 1
        return k

    def actors_before(self, sent: Span, i: int) -> list[Party]:
        """The people named in the sentence before token `i`, not inside a title."""
        return [(r.kind, r.index) for r in self.in_sent(sent) if r.kind == ACTOR and not r.nested and r.start < i]

    def org_complement(self, trig: Span) -> bool:
        """Is the trigger's complement an organization (`la réunion du Conseil`, past its
        adjectives: `une réunion informelle du Conseil`)?"""
        nxt = trig.end
        while nxt < trig.sent.end and self.doc[nxt].pos_ == "ADJ" and self.doc[nxt].is_lower:
            nxt += 1
        while nxt < len(self.doc) and self.doc[nxt].lower_ in OF | DEFINITE_ARTICLES:
            nxt += 1
        return any(r.kind == ORG and r.start == nxt for r in self.in_sent(trig.sent))

    def body_in_session(self, trig: Span) -> list[Party]:
        """The bodies a gathering's complement names: the organ (`la séance de la commission
        permanente de l'UIP`) and the organization whose organ it is, named inside its name
        (`l'UIP`): a session of an organ of X is a gathering of X too."""
        nxt = trig.end
        while nxt < trig.sent.end and self.doc[nxt].pos_ == "ADJ" and self.doc[nxt].is_lower:
            nxt += 1
        while nxt < len(self.doc) and self.doc[nxt].lower_ in OF | DEFINITE_ARTICLES:
            nxt += 1
        refs = self.in_sent(trig.sent)
        organ = next((r for r in refs if r.kind == ORG and r.start == nxt and not r.nested), None)
        if organ is None:
            return []
        inner = [(ORG, r.index) for r in refs if r.kind == ORG and r.nested and organ.start < r.start < organ.end
                 and r.index != organ.index]
        return [(ORG, organ.index), *inner]

    def class_complement(self, trig: Span) -> bool:
        """Is the trigger's complement a whole class of people (`la réunion des ministres de
        l'Énergie`, `une réunion des chefs d'État`): `des` and a plural noun, no one named?"""
        return self.gathered_class(trig) is not None

    def gathered_class(self, trig: Span) -> str | None:
        """The plural noun of the class of people a gathering's complement names (`une
        réunion des ministres de la Défense`: `ministres`), lowercase; None when it names none."""
        nxt = trig.end
        while nxt < len(self.doc) and self.doc[nxt].pos_ == "ADJ":
            nxt += 1
        if nxt + 1 < len(self.doc) and self.doc[nxt].lower_ == "des" \
                and "Plur" in self.doc[nxt + 1].morph.get("Number", []) and self.doc[nxt + 1].pos_ == "NOUN":
            return self.doc[nxt + 1].lower_
        return None

    def between(self, trig: Span, sent: Span, reach: int = BETWEEN_REACH, start: int | None = None,
                state_nouns: frozenset[str] | None = None) -> list[Party]:
        """Parties named by `entre` right after a noun (`le dialogue entre l'Azerbaïdjan et l'UE`),
        or after token `start` (the verb that says the noun took place: `une réunion s'est
        tenue mardi à Bakou entre A et B`), within `reach` tokens: states and organizations,
        up to the next clause (a participle on a side, `la délégation conduite par X`, is
        within the phrase). With `state_nouns`, a count of sides stands for those named before
        (`entre les délégations des deux pays`: `counted_sides`)."""
        out: list[Party] = []
        lo = trig.end if start is None else start
        for tok in self.doc[lo:min(sent.end, lo + reach)]:
            if tok.lower_ != BETWEEN:
                continue
            stop = tok.i + 1
            while stop < sent.end and not self._finite(self.doc[stop]):
                if self.doc[stop].text == "(" and stop + 2 < sent.end and self.doc[stop + 2].text == ")":
                    stop += 3  # a body's acronym in brackets: `entre l'Agence X (KOBIA) et Y`
                    continue
                if self.doc[stop].is_punct and self.doc[stop].text != "-":
                    break
                stop += 1
            for r in self.in_sent(sent):
                if tok.i < r.start < stop and not r.nested and r.kind in (ORG, PLACE):
                    if r.kind == PLACE and (self.place_country.get(r.index) is None
                                            or self.doc[r.start - 1].lower_ in PLACE_PREPOSITIONS):
                        continue  # a place the gazetteer does not know; where it was (`à Varsovie`)
                    out.append((r.kind, r.index))
            if not out and state_nouns is not None:
                out = self.counted_sides(tok.i + 1, stop, sent, state_nouns)
            break
        return out

    def counted_sides(self, lo: int, hi: int, sent: Span, state_nouns: frozenset[str],
                      city_nouns: frozenset[str] = frozenset()) -> list[Party]:
        """`entre les délégations des deux institutions`, `entre les deux pays`, `les deux
        villes`: a count and a plural common noun between tokens `lo` and `hi` stand for as
        many sides named before the sentence: the last states named for a noun of state, the
        last cities for a noun of city, else the last bodies, each once; none when fewer are
        named."""
        doc = self.doc
        k = next((k for k in range(lo, hi - 1) if doc[k].lower_ in CARDINALS and doc[k + 1].pos_ == "NOUN"
                  and doc[k + 1].is_lower and "Plur" in doc[k + 1].morph.get("Number", [])), None)
        if k is None:
            return []
        count = CARDINALS[doc[k].lower_]
        states = doc[k + 1].lower_ in state_nouns
        cities = doc[k + 1].lower_ in city_nouns
        before = [r for start in sorted(self.by_sentence) if 0 <= start < sent.start for r in self.by_sentence[start]]
        out: list[Party] = []
        for r in sorted(before, key=lambda r: r.start, reverse=True):
            if states:
                side = r.kind == PLACE and self.place_country.get(r.index) == r.index
            elif cities:
                side = r.kind == PLACE and self.place_country.get(r.index) not in (None, r.index)
            else:
                side = r.kind == ORG
            if side and (r.kind, r.index) not in out:
                out.append((r.kind, r.index))
            if len(out) == count:
                return out[::-1]
        return []

    @staticmethod
    def _finite(tok: Token) -> bool:
        """Is the token an auxiliary or a finite verb: the verb of another clause?"""
        return tok.pos_ == "AUX" or (tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm", []))

    def place(self, sent: Span, after: int | None = None, topic: set[int] | frozenset[int] = frozenset()
              ) -> str | None:
        """The city or state where it happened, when the sentence says so (`à Bakou`): the
        first place after token `after` (the trigger: `X, en visite au Tadjikistan, participe
        à la conférence qui se tient à Douchanbé`), else the first of the sentence; not a place
        inside a title (`l'ambassadeur en Egypte`) or a name, nor one of what was discussed
        (`topic`, its tokens: `ont discuté de la situation au Sahel`)."""
        found = [r for r in self.in_sent(sent) if r.kind == PLACE and not r.nested and sent.start <= r.start < sent.end
                 and r.start > 0 and self.doc[r.start - 1].lower_ in DESTINATION_PREPOSITIONS
                 and r.start not in topic]
        later = [r for r in found if after is not None and r.start >= after]
        best = (later or found)[:1]
        return self.place_names[best[0].index] if best else None

    def in_a_state(self, name: str | None) -> bool:
        """Is the place of that name one the gazetteer puts in a state (a city or a state, not
        a region)?"""
        return any(n == name and self.place_country.get(i) is not None for i, n in enumerate(self.place_names))

    def people_at(self, lo: int, hi: int) -> list[Party]:
        """The people named (or referred to by a title or pronoun) between tokens `lo` and
        `hi` (end exclusive), not inside a title, in text order."""
        found = [(r.start, (ACTOR, r.index)) for r in self.in_sent(self.doc[lo].sent)
                 if r.kind == ACTOR and not r.nested and lo <= r.start < hi]
        found += [(i, (ACTOR, a)) for i, a in self.resolved_between(lo, hi)]
        out: list[Party] = []
        for _, party in sorted(found):
            if party not in out:
                out.append(party)
        return out

    def bodies_at(self, lo: int, hi: int) -> list[Party]:
        """The organizations named between tokens `lo` and `hi` (end exclusive), not inside
        a title or another name."""
        return [(ORG, r.index) for r in self.in_sent(self.doc[lo].sent) if r.kind == ORG and not r.nested
                and lo <= r.start < hi]

    def subject_of(self, verb: Token) -> list[Party]:
        """The people who are the subject of a verb (or of a noun with a copula: `X et Y
        seront en visite`); a verb coordinated to another without a subject of its own shares
        that one (`X a reçu Y et a visité Z`); `qui` is the person named last before it."""
        for _ in range(COORDINATED_REACH):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            if subjects or verb.dep_ != "conj":
                break
            verb = verb.head
        out: list[Party] = []
        for subject in subjects:
            if subject.lower_ in RELATIVE_SUBJECTS:
                # `Y, qui effectue une tournée`: the person the relative clause is on
                out += [p for p in self.nearest_before(subject.i, subject.sent) if p not in out]
                continue
            # every person of the subject phrase (`X, ministre de Y, et Z`), but not those of a
            # relative clause on it (`X, qui a reçu Y`)
            clauses = {t.i for c in subject.subtree if c.dep_ in ("acl", "acl:relcl") for t in c.subtree}
            for party in self.people_at(subject.left_edge.i, subject.right_edge.i + 1):
                if party not in out and not any(self.mentioned_at(party, i) for i in clauses):
                    out.append(party)
        if subjects:
            # `X, ministre de Y, et Z seront ...`: a subject opened by `et` is coordinated with
            # the person named before it, however the parser attached that one
            first = min(s.left_edge.i for s in subjects)
            if self.doc[first].lower_ != AND and first > 0:
                first -= 1  # `et` left out of the subject phrase
            if self.doc[first].lower_ == AND:
                for party in self.nearest_before(first, self.doc[first].sent):
                    if party not in out:
                        out.insert(0, party)
        return out

    def names_someone(self, i: int) -> bool:
        """Is token `i` inside a person's name, or a title or pronoun that stands for one?"""
        return i in self.resolved or any(r.kind == ACTOR and r.start <= i < r.end
                                         for r in self.in_sent(self.doc[i].sent))

    def mentioned_at(self, party: Party, i: int) -> bool:
        """Is the person `party` mentioned at token `i` (by name, or by a title or pronoun
        that stands for them)?"""
        return any(r.kind == ACTOR and r.index == party[1] and r.start == i for r in self.in_sent(self.doc[i].sent)) \
            or self.resolved.get(i) == party[1]

    def nearest_before(self, i: int, sent: Span) -> list[Party]:
        """The person named last before token `i` in the sentence (`Y, ministre de Z, en
        visite en X`: Y)."""
        people = self.people_at(sent.start, i)
        if not people:
            return []
        last = max(((r.start, (ACTOR, r.index)) for r in self.in_sent(sent)
                    if r.kind == ACTOR and not r.nested and r.start < i), default=None)
        pron = max(((j, (ACTOR, a)) for j, a in self.resolved_between(sent.start, i)), default=None)
        best = max((c for c in (last, pron) if c is not None), key=lambda c: c[0])
        return [best[1]]

    def genitive_after(self, trig: Span, sent: Span) -> list[Party]:
        """The person a noun is of (`la visite du président chilien X`): the first person after
        it, in its `de` complement, before a verb, a comma or `et`, and before any other
        preposition (`une visite sur le site du projet X`: X is no visitor)."""
        seen_of = False
        for tok in self.doc[trig.end:sent.end]:
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", ".") or tok.lower_ == AND:
                return []
            if (tok.pos_ == "ADP" or tok.lower_ in DESTINATION_PREPOSITIONS) and tok.lower_ not in OF \
                    and not self.people_at(tok.i, tok.i + 1):
                return []
            if tok.lower_ in OF:
                seen_of = True
            people = self.people_at(tok.i, tok.i + 1)
            if people:
                return people if seen_of else []
        return []

    def companions(self, sent: Span, phrases: Phrases) -> list[Party]:
        """The people who go with someone (`en compagnie du ministre X`, `accompagné de X`):
        those named after such a phrase, up to the verb of the clause."""
        out: list[Party] = []
        for k in range(sent.start, sent.end):
            n = phrases.at(self.doc, k)
            if not n:
                continue
            end = next((i for i in range(k + n, sent.end) if self.doc[i].pos_ == "AUX" or (
                self.doc[i].pos_ == "VERB" and "Fin" in self.doc[i].morph.get("VerbForm", []))), sent.end)
            out += [p for p in self.people_at(k + n, end) if p not in out]
        return out

    def states_in_subject(self, trig: Span, noun: bool) -> list[Party]:
        """The states a subject phrase names when it names no one (`les ministres des Affaires
        étrangères de l'Azerbaïdjan, de la Turquie et de la Géorgie se sont réunis`): the
        states are the sides."""
        tok = self.doc[trig.start]
        verb = tok.head if noun else tok
        if noun and verb.pos_ not in ("VERB", "AUX"):
            return []
        out: list[Party] = []
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i):
            for r in self.in_sent(verb.sent):
                if r.kind == PLACE and not r.nested and subject.left_edge.i <= r.start <= subject.right_edge.i:
                    country = self.place_country.get(r.index)
                    if country is not None and (PLACE, country) not in out:
                        out.append((PLACE, country))
        return out

    def coordinated_bodies(self, trig: Span, sent: Span, noun: bool) -> list[Party]:
        """Two or more bodies coordinated as the subject of a trigger's verb (or of the support
        verb of a noun), each a side of the encounter, when no one is named before the trigger:
        `Azersu et la société Suez ont tenu une réunion`; else nothing. Bodies named inside
        one another's names are one side (`le Conseil des chefs d'État de la CEI et la CEI`)."""
        before = [r for r in self.in_sent(sent) if r.start < trig.start and not r.nested]
        if any(r.kind == ACTOR for r in before):
            return []
        governor = governing_verb(self.doc[trig.start]) if noun else self.doc[trig.start]
        # a body in brackets restates the name before it (`le Conseil de la Communauté des
        # États indépendants (CEI)`): no side of its own
        bodies = {(r.kind, r.index) for r in before if r.kind == ORG
                  and not (r.start > 0 and self.doc[r.start - 1].text == "(")}
        coordinated = [p for p in self.orgs_in_subject(governor) if p in bodies]
        # one body named within another's name in the sentence (`le Conseil des ministres de
        # l'Union économique eurasiatique et l'UEE`): an organ and its organization
        spans = {body: [(r.start, r.end) for r in self.in_sent(sent) if (r.kind, r.index) == body]
                 for body in coordinated}
        nested = any(a != b and any(s <= x and y <= e and (x, y) != (s, e) for x, y in spans[a] for s, e in spans[b])
                     for a in coordinated for b in coordinated)
        return coordinated if len(coordinated) >= 2 and not nested else []

    def orgs_in_subject(self, verb: Token) -> list[Party]:
        """The organizations of the subject phrase of a verb (`l'Agence X et la société Y ont
        signé`), not those inside a title or another name."""
        out: list[Party] = []
        doc = self.doc
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")):
            end = subject.right_edge.i + 1
            if end < verb.i and doc[end].lower_ == AND:
                # `Le ministère X et la BED ont signé`: a body joined by `et` before the verb,
                # however the parser attached it
                end = next((k for k in range(end, verb.i) if doc[k].pos_ in ("VERB", "AUX")), verb.i)
            for r in self.in_sent(verb.sent):
                if r.kind == ORG and not r.nested and subject.left_edge.i <= r.start < end \
                        and (ORG, r.index) not in out:
                    out.append((ORG, r.index))
        return out

    def speakers(self, sent: Span, saying: VerbTable, verb: Token) -> list[Party]:
        """The people who speak in the sentence (`, a déclaré le ministre X`, `X a dit que`),
        but not the subject of `verb` itself, nor one who speaks in a relative clause on a
        party (`a été accueilli par X, qui l'a informé de ...`: what X did at the encounter)."""
        own = self.subject_of(verb)
        out: list[Party] = []
        for tok in sent:
            if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in tok.children):
                continue
            if tok.i != verb.i and saying.at(self.doc, tok.i):
                speaking = self.subject_of(tok)
                if not speaking:  # the subject after the verb, often parsed as its object
                    for obj in (c for c in tok.children if c.dep_ == "obj" and c.i > tok.i):
                        speaking += self.people_at(obj.left_edge.i, obj.right_edge.i + 1)
                out += [p for p in speaking if p not in own and p not in out]
        return out

    def side_anaphor(self, verb: Token, side_nouns: frozenset[str]) -> bool:
        """Is the subject of the verb the sides of an encounter just reported: `les (deux)
        parties`, `les deux ministres`, `les trois ministres`, `ils`? A verb coordinated to another without a subject
        of its own shares that one (`les deux ministres ont fait le point ... et ont discuté`),
        however the parser attached it (to the other verb's object)."""
        first = verb
        for _ in range(COORDINATED_REACH):
            if active_subjects(verb) or verb.head.i == verb.i:
                break
            if verb.dep_ == "conj" or (verb.i != first.i and verb.pos_ not in ("VERB", "AUX")):
                verb = verb.head
            else:
                break
        for subject in active_subjects(verb):
            low = subject.lower_
            if low in side_nouns or low in PLURAL_SUBJECT_PRONOUNS:
                return True
            if "Plur" in subject.morph.get("Number", []) and any(c.lower_ in CARDINALS for c in subject.children):
                return True
        return False

    def apposed_to_subject(self, verb: Token) -> list[Party]:
        """The people named between the verb's subject and the verb, its apposition (`Les
        coprésidents, le ministre X et le ministre Y, ont signé`)."""
        return [p for subject in active_subjects(verb) if subject.i < verb.i
                for p in self.people_at(subject.i + 1, verb.i)]

    def titled_sides(self, verb: Token) -> list[Party]:
        """`les (deux) Premiers ministres ont signé`, `les trois ministres`: the people named
        before the verb (the last mentioned) whose role opens with that plural title, as many
        as the subject counts (two when it counts none), when that many are known."""
        for subject in active_subjects(verb):
            found = self.titled_people(subject, verb.i)
            if found:
                return found
        return []

    def titled_people(self, noun: Token, before: int) -> list[Party]:
        """The people a definite or counted plural title names (`les deux ministres`, `les
        Premiers ministres`): those named before token `before` whose role opens with it, the
        last mentioned, as many as it counts (two when it counts none), when that many are
        known; else none."""
        if "Plur" not in noun.morph.get("Number", []) or not any(
                c.lower_ in CARDINALS or c.lower_ == "les" for c in noun.children):
            return []
        count = next((CARDINALS[c.lower_] for c in noun.children if c.lower_ in CARDINALS), 2)
        words = [t.lower_ for t in self.doc[noun.left_edge.i:noun.i + 1]
                 if t.pos_ in ("NOUN", "ADJ") and t.lower_ not in CARDINALS]
        singular = [fold(w[:-1] if w.endswith(("s", "x")) else w) for w in words]
        if not singular:
            return []
        # the role opens with the title, in either gender (`Première ministre`)
        title = re.compile(r"\s+".join(re.escape(w) + "e?" for w in singular) + r"\b")
        titled = {a for a, roles in self.roles.items() if any(title.match(fold(r)) for r in roles)}
        last: dict[int, int] = {}
        for a in titled:
            starts = self.actor_starts.get(a, [])
            k = bisect_left(starts, before)
            if k:
                last[a] = starts[k - 1]
        if len(last) >= count:
            sides = sorted(last, key=lambda a: last[a])[-count:]
            return [(ACTOR, a) for a in sides]
        return []

    def states_of(self, party: Party) -> frozenset[str]:
        """The states a person belongs to by their roles (folded names)."""
        return self.nationals.get(party[1], frozenset()) if party[0] == ACTOR else frozenset()

    def destination(self, trig: Span, sent: Span) -> str | None:
        """The city or state a visit went to, as the text names it (`à Gandja`, `a visité
        Gandja`): the most specific place of the visit."""
        for r in self.in_sent(sent):
            if r.kind == PLACE and not r.nested and trig.end <= r.start < sent.end:
                prev = self.doc[r.start - 1].lower_
                if prev in DESTINATION_PREPOSITIONS | DEFINITE_ARTICLES or r.start == trig.end:
                    return self.place_names[r.index]
        return None

    def our_country(self, trig: Span, sent: Span) -> bool:
        """Does the sentence name the dispatch's own state after the trigger (`en visite
        officielle dans notre pays`)?"""
        return any(self.doc[k].lower_ in OUR and self.doc[k + 1].lower_ == "pays"
                   for k in range(trig.end, sent.end - 1))

    def host(self, trig: Span, sent: Span, allow_home: bool = True,
             seats: frozenset[str] = frozenset()) -> Party | None:
        """The state (a city's state) or institution a visit went to (after a preposition or
        an article, or as the verb's object: `a visité Gandja`; after a noun of its premises:
        `au siège du Conseil de l'Europe`); the dateline's state when the sentence names none
        and `allow_home`."""
        for r in self.in_sent(sent):
            if not (trig.end <= r.start < sent.end) or r.nested:
                continue
            prev = self.doc[r.start - 1].lower_ if r.start > 0 else ""
            if r.kind == PLACE and (prev in DESTINATION_PREPOSITIONS | {"l'", "la", "le"} or r.start == trig.end
                                    or self._named_by_kind(r.start)):
                country = self.place_country.get(r.index)
                if country is not None:  # a place the gazetteer does not know is no host
                    return (PLACE, country)
            if r.kind == ORG and prev in {"l'", "la", "le", "au", "aux", "à"}:
                return (ORG, r.index)
            if r.kind == ORG and self._of_seat(r.start, seats):
                return (ORG, r.index)  # `au siège du Conseil de l'Europe`, `au siège régional de X`
        if self.home is not None and (allow_home or self.our_country(trig, sent)):
            return (PLACE, self.home)  # `cette visite`, `dans notre pays`: to where the dispatch was filed
        return None


    def _named_by_kind(self, start: int) -> bool:
        """Is the place at `start` the `de` complement of a common noun of its kind after a
        preposition of destination (`dans la ville de Choucha`, `dans le district de Latchin`)?"""
        doc = self.doc
        k = start - 1
        if k < 2 or doc[k].lower_ not in OF or not (doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower):
            return False
        k -= 2
        while k > 0 and doc[k].lower_ in DEFINITE_ARTICLES:
            k -= 1
        return doc[k].lower_ in DESTINATION_PREPOSITIONS

    def _of_seat(self, start: int, seats: frozenset[str]) -> bool:
        """Is the body's name at token `start` the complement of a noun of its premises (`au
        siège du Conseil`, `au siège régional de la société X`: past the noun that introduces it)?"""
        doc = self.doc
        k = start - 1
        if k > 1 and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k - 1].lower_ in DEFINITE_ARTICLES | OF:
            k -= 1  # the noun that introduces the name
        while k > 0 and doc[k].lower_ in DEFINITE_ARTICLES:
            k -= 1
        return k > 0 and doc[k].lower_ in OF and self._at_seat(k - 1, seats)

    def _at_seat(self, k: int, seats: frozenset[str]) -> bool:
        """Does a noun of a body's premises end at token `k`, with its adjectives (`siège
        régional`), after a preposition of destination or an article (`au siège régional`)?"""
        doc = self.doc
        while k > 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower and doc[k].lower_ not in seats:
            k -= 1
        return k > 0 and doc[k].lower_ in seats and doc[k - 1].lower_ in DESTINATION_PREPOSITIONS | DEFINITE_ARTICLES


def active_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb in the active voice: `nsubj`, and an `nsubj:pass` of a verb
    with no passive auxiliary (`les deux ministres ont procédé à`: the parser's passive of a
    compound tense with `avoir`)."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    return [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "nsubj:pass" and not passive)]

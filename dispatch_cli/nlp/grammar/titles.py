"""Title phrases and the people they belong to.

A title phrase opens with a head of the rule model (`ministre`, `secrétaire général`,
`ambassadrice`) and runs over what French attaches to it: modifiers before it (`première
vice-présidente`), adjectives after it (`adjoint`, `azerbaïdjanais`), and complements of
`de`, `pour`, `auprès de`, `en`, `à` (`représentant spécial du Secrétaire général de l'OTAN
pour le Caucase et l'Asie centrale`), including a portfolio listed with commas (`ministre des
Transports, des Affaires maritimes et de la Communication`). It stops at a name, a verb,
punctuation, or `et` followed by a second title.

A phrase belongs to a person when it stands before the name (`le ministre turc Ahmet
Arslan`, `Le ministre ..., Elmar Mammadyarov,`, past an honorific: `l'ambassadeur de
France, M. X`) or after it as an apposition (`James Appathurai, Secrétaire général
adjoint`, `X, un des leaders de ...`); titles joined by `et` or chained by commas all go to
the same person. An apposition whose noun the lexicon does not know is a title too, unless
it is a family tie or a date (`X, lauréate du prix Nobel,`). `en tant que`, `en sa qualité
de` TITLE is the function of the clause's subject. A plural title gives each of its people
the singular, its coordinated parts shared out in order (`les ministres tchèque X et
slovaque Y`; `X et Y, présidents de A et de B`). A phrase that belongs to no name (`le chef
de l'Etat a souligné`) is an epithet: a mention that `coreference.py` resolves.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import TitlePhrase
from dispatch_cli.nlp.grammar.tokens import (
    ADJECTIVE_ENDINGS,
    PRESENT_PARTICIPLE_ENDING,
    compound_end,
    is_capitalized,
    sentence_end,
)
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    AND,
    ARTICLES,
    DE_CONTRACTED,
    DEFINITE_ARTICLES,
    FOR,
    FUNCTION_MARKERS,
    HYPHEN,
    OBJECT_CLITICS,
    OF,
    ONE,
    ORDINAL,
    ORDINAL_FIRST,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    RESPECTIVELY,
    TITLE_LINKS,
    WITH,
)

MAX_TITLE_TOKENS = 30
MAX_BARE_TITLE = 12  # tokens of a noun phrase of function before a name: `le gardien de but X`
MAX_SHARED_COMPLEMENT = 8  # tokens of a complement that one of several names has of its own
MAX_BRACKET = 8  # tokens of a bracketed acronym between a title and its name: `(UIP)`
MAX_QUOTED = 12  # tokens of a name in guillemets inside a title: `initiatrice du projet « Nom »`
# Endings of past participles, which agree with the noun they follow (`forces armées`, `élu`).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


@dataclass
class _Context:
    """What the title rules know of a Doc's tokens."""

    stop: set[int]  # tokens of people's names
    nationality: set[int]  # tokens of nationality adjectives
    title_starts: set[int]  # first tokens of title heads
    name_end: dict[int, int]  # first token of a state's or body's name -> its end


class TitleFinder:
    """Find the title phrases of a Doc with the words of one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.titles = lexicon.titles
        self.organization_heads = lexicon.organization_heads
        self.delegation_nouns = lexicon.triggers.delegation_nouns
        self.links = TITLE_LINKS | lexicon.titles.linking_participles
        self.modifiers = lexicon.titles.modifiers | {HYPHEN}
        self.nationality_forms = frozenset(a for c in lexicon.geography.countries for a in c.adjectives)
        calendar = lexicon.calendar
        self.not_functions = self.titles.kinship | set(calendar.months) | set(calendar.weekdays) \
            | set(calendar.relative_days)

    def _grow(self, doc: Doc, start: int, end: int, ctx: _Context, sent_end: int) -> int:
        """End (token index, exclusive) of the title phrase that has its head at [start, end)."""
        stop, nationality = ctx.stop, ctx.nationality
        i = end
        limit = min(sent_end, start + MAX_TITLE_TOKENS)
        has_complement = False
        last_link = ""
        while i < limit:
            tok = doc[i]
            low = tok.lower_
            if "\n" in tok.text:
                break
            if i in stop and not (i > 0 and doc[i - 1].lower_ in OF):
                break  # a name, unless it is the complement of the title (`République du Tatarstan`)

            if low == "," and i + 1 < limit:
                if has_complement and doc[i + 1].lower_ in OF and i + 1 not in stop:
                    i += 1
                    continue
                break
            if low == AND:
                j = i + 1
                while j < limit and doc[j].lower_ in ARTICLES - OF:
                    j += 1
                if j >= limit or j in stop:
                    break
                if j in ctx.title_starts or i + 1 in ctx.title_starts:
                    break
                if doc[i + 1].lower_ in OF | A_CONTRACTED:
                    i += 1
                    continue
                if is_capitalized(doc[j]):  # `pour le Caucase et l'Asie centrale`
                    i = end = ctx.name_end.get(j, compound_end(doc, j))
                    continue
                if has_complement and doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_lower \
                        and (j == i + 1 or last_link not in OF):
                    # a second complement of the same preposition: `pour les affaires étrangères
                    # et la politique de sécurité` (after `de`, `et la N` is a new phrase)
                    i = end = compound_end(doc, j)
                    continue
                if j == i + 1 and self._is_adjective(doc[i - 1], i - 1, nationality) \
                        and self._is_adjective(doc[j], j, nationality):
                    i = end = compound_end(doc, j)  # `extraordinaire et plénipotentiaire`
                    continue
                break
            if low == FOR and i + 1 < limit and doc[i + 1].lower_ in POSSESSIVES:
                break  # what someone is thanked for, not the title's: `le diplomate pour sa contribution`
            if low in self.links or (low == WITH and has_complement and i == end):
                # `avec` goes on only inside a complement (`chargé des relations avec le
                # Parlement`), never to a person or a title (`le ministre avec son homologue X`)
                last_link = low
                j = i + 1
                while j < limit and (doc[j].lower_ in ARTICLES or doc[j].pos_ == "DET"):
                    j += 1  # `de la`, `de plusieurs`, `de ce pays`
                while j < limit and self._before_noun(doc[j]):
                    j += 1  # `de la 79e session`, `de la première édition`
                if j == i + 1 and j in stop and low in OF and not has_complement:
                    while j < limit and j in stop:
                        j += 1  # whose function it is, a person named whole: `le porte-parole de Vladimir
                    has_complement = True  # Poutine, Dmitri Peskov`
                    i = end = j
                    continue
                if j >= limit or j in stop or (low == WITH and j in ctx.title_starts):
                    break
                nxt = doc[j]
                if j in ctx.name_end:  # a state or body named in full (`des Émirats arabes unis`)
                    has_complement = True
                    i = end = ctx.name_end[j]
                    continue
                # (a capitalized word after the link is a name whatever its tag: `de KOBIA`)
                if nxt.like_num or nxt.is_punct or (nxt.pos_ in ("AUX", "PRON") and not is_capitalized(nxt)) \
                        or (nxt.pos_ == "VERB" and ("Inf" in nxt.morph.get("VerbForm", []) or not nxt.is_lower)):
                    break
                # a common noun after `de` is the complement whatever the tagger says (`d'amitié`)
                if is_capitalized(nxt) or nxt.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "ADV", "X"):
                    if nxt.pos_ == "ADJ" and nxt.is_lower and j + 1 < limit and doc[j + 1].pos_ == "NOUN" \
                            and doc[j + 1].is_lower:
                        j += 1  # an adjective before the noun (`de la jeune génération`, `de bonne volonté`)
                    has_complement = True
                    i = end = compound_end(doc, j)
                    continue
                break
            if self._is_adjective(tok, i, nationality):
                i = compound_end(doc, i)
                while i < limit and i in nationality:
                    i += 1
                end = i
                continue
            if low == "(" and i == end and has_complement and i + 3 < limit \
                    and doc[i + 1].is_upper and doc[i + 2].text == ")" and doc[i + 3].lower_ in self.links:
                i += 3  # a body's acronym before the title goes on: `de l'Organisation mondiale de la santé (OMS) en X`
                continue
            if low == "«" and i > start and (doc[i - 1].pos_ == "NOUN" or has_complement) and not doc[i - 1].is_punct:
                close = next((k for k in range(i + 1, min(limit, i + MAX_QUOTED)) if doc[k].text == "»"), None)
                if close is not None:  # `du projet « Nom »`: the name in guillemets is the complement's
                    i = end = close + 1
                    continue
            if tok.pos_ == "ADV" and low.endswith("ment") and i + 1 < limit and doc[i + 1].is_lower \
                    and (doc[i + 1].pos_ in ("ADJ", "VERB") or doc[i + 1].lower_.endswith(PARTICIPLE_ENDINGS)):
                i = end = i + 2  # `photographe mondialement reconnu`, `artiste internationalement connu`
                continue
            if tok.is_alpha and tok.is_lower and i + 1 in stop and i + 1 < limit:
                i = end = i + 1  # a modifier right before the name: `le leader national Heydar Aliyev`
                continue
            if tok.like_num and i == end and is_capitalized(doc[i - 1]) and has_complement:
                i = end = i + 1  # a number in a name (`de la Charte 77`)
                continue
            if tok.is_punct or tok.like_num or tok.pos_ in ("AUX", "PRON", "SCONJ", "CCONJ", "DET"):
                break
            if tok.is_lower and low.endswith(PRESENT_PARTICIPLE_ENDING) and i == end and has_complement \
                    and is_capitalized(doc[i - 1]) and i + 1 < limit and doc[i + 1].lower_ in PLACE_PREPOSITIONS:
                # people of the portfolio described by where they live: `des Marocains résidant à l'étranger`
                i = end = i + 1
                continue
            if tok.is_lower and low.endswith(PARTICIPLE_ENDINGS) and i == end and doc[i - 1].pos_ == "NOUN" \
                    and not (i + 1 < limit and doc[i + 1].lower_ in self.links | {"par"}):
                # a participle agreeing with the noun before it (`forces armées`); one with its own
                # complement is a clause (`accompagné de`, `invité à`)
                i = end = i + 1
                continue
            if tok.is_lower and low.endswith(ADJECTIVE_ENDINGS) and i == end and doc[i - 1].is_alpha \
                    and doc[i - 1].is_lower:
                i = end = i + 1  # an adjective whatever the tagger says: `groupe d'amitié parlementaire`
                continue
            if tok.pos_ == "VERB":
                break
            if is_capitalized(tok) or tok.pos_ in ("ADJ", "PROPN"):
                i = end = ctx.name_end.get(i, compound_end(doc, i))
                continue
            if tok.pos_ == "NOUN" and i == end and doc[i - 1].pos_ in ("NOUN", "ADJ") and not has_complement \
                    and i + 1 < limit and doc[i + 1].lower_ in self.links:
                i = end = i + 1  # `chef adjoint`, `envoyé spécial de` (noun-tagged modifiers)
                continue
            break
        while end > start + 1 and doc[end - 1].lower_ in ARTICLES | self.links | {AND, ","}:
            end -= 1
        return end

    def _qualifies_noun(self, doc: Doc, head: Span, stop: set[int]) -> bool:
        """Is a title's head word that is also an adjective (`général`, `délégué`,
        `parlementaire`), right after a common noun with no determiner between them, an
        adjective of that noun (`le débat général`, `le groupe d'amitié parlementaire`,
        `l'Assemblée générale`)? A title is a noun phrase of its own: it follows a determiner, a
        preposition, punctuation or a name (`signé par X ministre de`), or another title word
        (`le chef adjoint`)."""
        word = doc[head.start]
        if head.start == 0 or len(head) > 1 or not word.is_lower \
                or not (word.lower_ in self.titles.adjectives or word.lower_.endswith(ADJECTIVE_ENDINGS)):
            return False
        prev = doc[head.start - 1]
        return prev.pos_ == "NOUN" and prev.is_alpha and prev.i not in stop and prev.whitespace_ != "" \
            and prev.lower_ not in self.titles.words and prev.lower_ not in self.modifiers

    def _is_adjective(self, tok: Token, i: int, nationality: set[int]) -> bool:
        """Is the token an adjective that may follow a title's head (`adjoint`, `turc`)?"""
        return tok.lower_ in self.titles.adjectives or i in nationality

    def _before_noun(self, tok: Token) -> bool:
        """Can the token stand between an article and the noun of a complement (`79e`,
        `première`, `nouvelle`)?"""
        low = tok.lower_
        return bool(ORDINAL.match(low)) or low in ORDINAL_FIRST or low in self.titles.modifiers

    def find(self, doc: Doc) -> list[TitlePhrase]:
        """Every title phrase of the Doc, attached to its person where the grammar says so."""
        heads = sorted((s for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.TITLE),
                       key=lambda s: (s.start, -len(s)))
        title_starts = {s.start for s in heads}
        persons = list(doc.spans.get(keys.PERSONS, []))
        # a lone word that may be a surname does not end a title (`du Commerce Extérieur`)
        stop = {i for p in persons if p.label_ == keys.PER for i in range(p.start, p.end)}
        nationality = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.NATIONALITY
                       for i in range(s.start, s.end)}
        country_at = {s.start: s.id_ for s in doc.spans.get(keys.LEXICON, [])
                      if s.label_ in (keys.NATIONALITY, keys.COUNTRY)}
        name_end: dict[int, int] = {}
        for s in [*doc.spans.get(keys.LEXICON, []), *doc.spans.get(keys.ORGANIZATIONS, [])]:
            if s.label_ in (keys.COUNTRY, keys.REGION, keys.KNOWN_ORG, keys.ORG) and len(s) > 1:
                name_end[s.start] = max(name_end.get(s.start, 0), s.end)
        ctx = _Context(stop, nationality, title_starts, name_end)
        phrases: list[TitlePhrase] = []
        covered_until = -1
        for head in heads:
            if head.start < covered_until:
                continue  # a title inside another's complement (`représentant du Secrétaire général`)
            if self._qualifies_noun(doc, head, stop):
                continue  # an adjective of the noun before it: `débat général`, `groupe d'amitié parlementaire`
            start = head.start
            while start > 0 and doc[start - 1].lower_ in self.modifiers and doc[start - 1].i not in stop:
                start -= 1
            sent_end = sentence_end(doc, head.start)
            end = self._grow(doc, start, head.end, ctx, sent_end)
            definite = start > 0 and doc[start - 1].lower_ in DEFINITE_ARTICLES
            nats = [country_at[i] for i in range(start, end) if i in country_at]
            phrases.append(TitlePhrase(start, end, (head.id_ or head.text).lower(), definite, None, nats,
                                       plural=head.id_ or None, head_span=(head.start, head.end)))
            covered_until = end
        before = self._bare_titles_before(doc, phrases, persons, ctx)
        phrases = [p for p in phrases if not any(b.start <= p.start < b.end for b in before)] + before
        phrases += self._bare_appositions(doc, phrases, persons, ctx)
        phrases.sort(key=lambda p: p.start)
        self._attach(doc, phrases, persons, nationality)
        return phrases

    def _bare_titles_before(self, doc: Doc, phrases: list[TitlePhrase], persons: list[Span], ctx: _Context
                            ) -> list[TitlePhrase]:
        """Noun phrases headed by a common noun the lexicon does not know, set before a name as
        its apposition: a profession or a function (`le pédiatre Aliou Ndiaye`, `la chanteuse
        malienne Oumou Sangaré`, `le gardien de but Édouard Mendy`), or, set off by commas,
        the subject or object the name stands beside (`Le bâtonnier de l'ordre des avocats,
        X, a dit`). The phrase opens with a definite article that no preposition governs,
        and its noun is no family tie, time, place, company, delegation, event or meeting."""
        heads = self.organization_heads
        excluded = self.not_functions | heads.frame_nouns | heads.place_heads_lower | heads.introducers_lower \
            | heads.lowercase | self.delegation_nouns  # `la délégation X` is a group led by X
        triggers = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ in keys.TRIGGERS
                    for i in range(s.start, s.end)}
        taken = {i for p in phrases for i in range(p.start, p.end)}
        found: list[TitlePhrase] = []
        for person in persons:
            if person.label_ != keys.PER or person.start < 2:
                continue
            comma = doc[person.start - 1].text == ","
            if comma and not (person.end < len(doc) and doc[person.end].text in {",", "."}):
                continue  # `la cérémonie, X a dit`: the name opens the next clause
            last = person.start - 2 if comma else person.start - 1
            if last in taken and not comma:
                continue  # a title of the lexicon stands right before the name: `l'équipe du sélectionneur X`
            for det in range(last - 1, max(-1, last - MAX_BARE_TITLE), -1):
                if doc[det].lower_ not in DEFINITE_ARTICLES:
                    continue
                prev = doc[det - 1] if det > 0 else None
                if prev is not None and (prev.pos_ == "ADP" or prev.lower_ in OF | A_CONTRACTED):
                    continue  # a complement inside the phrase: `Le bâtonnier de l'ordre des avocats, X,`
                noun = det + 1
                while noun < last and doc[noun].is_lower and doc[noun].pos_ == "ADJ":
                    noun += 1  # `le jeune attaquant X`
                tok = doc[noun]
                # one person's apposition is singular (`les efforts de M. X` is none), and a
                # courtesy word is none (`le cheikh X`)
                if not (tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN") or tok.lower_ in excluded \
                        or noun in triggers or noun in taken or "Plur" in tok.morph.get("Number", []) \
                        or tok.lower_ in self.titles.honorific_words or doc[last].lower_ in self.titles.honorific_words:
                    break
                end = self._grow(doc, noun, noun + 1, ctx, sentence_end(doc, noun))
                # set off by commas, the name stands beside the subject or the object it names:
                # as the parse says, or as the sentence opens with them before its verb
                verb = person.end + 1 < len(doc) and doc[person.end + 1].pos_ in ("AUX", "VERB")
                role = tok.dep_ in ("nsubj", "nsubj:pass", "obj") or doc[person.start].head.i == noun \
                    or (doc[det].is_sent_start and verb)
                if end == last + 1 and (not comma or role):
                    found.append(TitlePhrase(noun, end, tok.lower_, False, head_span=(noun, noun + 1)))
                break
        return found

    def _bare_appositions(self, doc: Doc, phrases: list[TitlePhrase], persons: list[Span], ctx: _Context
                          ) -> list[TitlePhrase]:
        """Appositions headed by a common noun the lexicon does not know: in `NAME, NOUN ...,`
        a noun phrase without article (or with `un`/`une`) set off by commas and apposed to the
        name is a function (`X, initiatrice du projet,`, `X, un artiste majeur`), unless its
        noun is a family tie or a date (`X, fils de Y`, `X, vendredi,`). The chain of
        appositions goes on after it."""
        by_start = {p.start: p for p in phrases}
        taken = {i for p in phrases for i in range(p.start, p.end)}
        # a word of meeting apposed to a name tells of an encounter, not a function
        taken |= {s.start for s in doc.spans.get(keys.LEXICON, []) if s.label_ in keys.TRIGGERS}
        found: list[TitlePhrase] = []
        for person in persons:
            if person.label_ != keys.PER:
                continue
            i = person.end
            while i + 1 < len(doc) and doc[i].text == ",":
                j = i + 1
                known = by_start.get(j + 1 if doc[j].lower_ in DEFINITE_ARTICLES else j)
                if doc[j].lower_ in ONE:
                    j += 1
                    known = by_start.get(j)
                if known is not None:
                    i = known.end
                    while i + 1 < len(doc) and doc[i].lower_ == AND and (q := by_start.get(i + 1)) is not None:
                        i = q.end
                    continue
                tok = doc[j] if j < len(doc) else None
                if tok is None or j in taken or not tok.is_lower or tok.pos_ != "NOUN" \
                        or tok.lower_ in self.not_functions \
                        or not (tok.dep_ == "appos" or person.start <= tok.head.i < person.end) \
                        or tok.dep_.startswith("nsubj"):
                    break  # (a noun with a definite article after the comma opens a clause)
                end = self._grow(doc, j, j + 1, ctx, sentence_end(doc, j))
                if any(t.lower_ in self.not_functions for t in doc[j:end]):
                    break  # a date (`X, début mars,`)
                closer = doc[end] if end < len(doc) else None
                if closer is not None and not (closer.text in {",", ".", ";", ")", "»"} or closer.lower_ == AND
                                               or end >= sentence_end(doc, j)):
                    break  # a clause, not an apposition (`X, accord signé hier`)
                phrase = TitlePhrase(j, end, tok.lower_, False, head_span=(j, j + 1))
                found.append(phrase)
                by_start[j] = phrase
                taken.update(range(j, end))
                i = end
        return found

    def _attach(self, doc: Doc, phrases: list[TitlePhrase], persons: list[Span], nationality: set[int]) -> None:
        """Give each title phrase to the person it names, following French apposition grammar."""
        person_at = {p.start: k for k, p in enumerate(persons)}
        person_end = {p.end: k for k, p in enumerate(persons)}
        honorific_end = {s.start: s.end for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.HONORIFIC}
        by_start = {p.start: p for p in phrases}
        article_start: dict[int, TitlePhrase] = {}
        for p in phrases:
            s = p.start - 1 if p.start > 0 and doc[p.start - 1].lower_ in DEFINITE_ARTICLES else p.start
            article_start[s] = p

        def phrase_after(i: int) -> TitlePhrase | None:
            """The phrase that opens at token i, article allowed."""
            return by_start.get(i) or article_start.get(i)

        def apposed_after(i: int) -> TitlePhrase | None:
            """The phrase apposed at token i: with a definite or indefinite article (`X, un
            artiste majeur`), or one of a plural (`X, un des leaders de ...`, kept as written)."""
            if i + 1 < len(doc) and doc[i].lower_ in ONE:
                j = i + 2
                while j < min(len(doc), i + 4) and j not in by_start and doc[j].is_lower and doc[j].is_alpha:
                    j += 1  # `un des meilleurs pianistes`
                if doc[i + 1].lower_ in DE_CONTRACTED and (q := by_start.get(j)) is not None and q.plural:
                    q.start, q.plural = i, None
                    by_start[i] = q
                    return q
                return by_start.get(i + 1)
            return phrase_after(i)

        def skip_honorific(i: int) -> int:
            """After `[le|la] HONORIFIC` at token i (`M.`, `le cheikh`, `Son Excellence`), else i."""
            j = i + 1 if i < len(doc) and doc[i].lower_ in DEFINITE_ARTICLES else i
            if j not in honorific_end:
                return i
            while j in honorific_end:
                j = honorific_end[j]
            return j

        def name_after(i: int) -> int | None:
            """The person whose name opens at token i, past an honorific."""
            return person_at.get(skip_honorific(i))

        def introduces_name(i: int) -> bool:
            """Does a title chain or a name start at token i, past a comma or `et` (`, le général X`)?"""
            if i < len(doc) and doc[i].lower_ in {",", AND}:
                i += 1
            if name_after(i) is not None:
                return True
            q = phrase_after(i)
            return q is not None and q.person is None and introduces_name(q.end)

        def opens_clause(i: int) -> bool:
            """Is the name at token i the subject of a clause (followed by its verb), not an
            apposition (set off by a comma or closing the sentence)?"""
            k = name_after(i)
            if k is None:
                return False
            end = persons[k].end
            while end < len(doc) and doc[end].lower_ in OBJECT_CLITICS:
                end += 1  # `X l'a remercié`, `X lui a remis`: clitics stand between subject and verb
            return (end < len(doc) and doc[end].pos_ in ("AUX", "VERB")) \
                or doc[skip_honorific(i)].dep_.startswith("nsubj")

        # Apposition after a name: `NAME, TITLE[, TITLE | et TITLE]`; a plural title after
        # coordinated names (`X et Y, présidents de A et de B`) is shared among them.
        for end, k in person_end.items():
            i = end
            while i + 1 < len(doc) and doc[i].text in {",", "("}:
                apposed = apposed_after(i + 1)
                if apposed is None and doc[i + 1].lower_ == RESPECTIVELY:
                    # `X, Y et Z, respectivement TITLE1, TITLE2 et TITLE3`: one each, in order
                    group = self._coordinated_before(doc, persons, k, person_end)
                    listed: list[TitlePhrase] = []
                    j = i + 1
                    while j + 1 < len(doc) and doc[j].lower_ in {RESPECTIVELY, ",", AND} \
                            and (q := phrase_after(j + 1)) is not None and q.person is None:
                        listed.append(q)
                        j = q.end
                    if len(listed) == len(group) > 1:
                        for q, person in zip(listed, group, strict=False):
                            q.person = person
                    break
                if apposed is None or apposed.person is not None:
                    break
                if apposed.definite and introduces_name(apposed.end):
                    break  # `X, le ministre Y, Z`: the phrase introduces the next name
                if apposed.plural:
                    group = self._coordinated_before(doc, persons, k, person_end)
                    if len(group) > 1:
                        apposed.person, apposed.others = group[0], group[1:]
                    break
                apposed.person = k
                i = apposed.end
                while i < len(doc) and doc[i].lower_ == AND and (q := apposed_after(i + 1)) is not None:
                    q.person = k
                    i = q.end
        # A title before a name: `TITLE [et TITLE][,] [HONORIFIC] NAME`.
        for p in phrases:
            if p.person is not None:
                continue
            # the object of a preposition, or of a participle opening the sentence (`Remerciant
            # le diplomate pour ..., X a ...`): a name after the comma may open the main clause
            governed = self._governed(doc, p) or self._in_fronted_participle(doc, p)
            chain = [p]
            i = p.end
            while i < len(doc) and doc[i].lower_ in {AND, ","} and (q := phrase_after(i + 1)) is not None:
                if q.person is not None or (doc[i].text == "," and name_after(q.end) is None):
                    break  # after a comma, only a title that runs straight into the name
                if doc[i].lower_ == AND and doc[i + 1].lower_ in DEFINITE_ARTICLES and p.definite:
                    # `le gouverneur de la BCA et le président de la Banque, X`: each title
                    # with its own article is another person's; X holds the last one
                    chain = [q]
                    i = q.end
                    continue
                if doc[i].text == "," and governed and opens_clause(q.end):
                    break  # `remis au chef de l'État, l'ambassadeur X a déclaré`: X is the next clause's
                chain.append(q)
                i = q.end
            i = _past_counted_complement(doc, i)  # `les chefs des services des deux pays, X et Y`
            if i < len(doc) and doc[i].text == "(":  # `(Conseil turc)`, `(UIP)` before the name
                close = next((j for j in range(i, min(len(doc), i + MAX_BRACKET)) if doc[j].text == ")"), None)
                i = close + 1 if close is not None else i
            if i < len(doc) and doc[i].text == ",":
                i += 1
            first = name_after(i)
            if first is None:
                continue
            if governed and doc[i - 1].text == "," and opens_clause(i):
                continue  # `Ayant reçu les félicitations du président turc, Hakan Fidan a...`
            if governed and self._kin_of(doc, p):
                continue  # `l'époux de la ministre, X`: X is the spouse, who holds no title
            for q in chain:
                q.person = first
            if p.plural:  # `les députés X, Y et Z`, `les ministres tchèque X et slovaque Y`
                self._share(doc, p, persons, person_at, honorific_end, nationality)
        # A name followed by its title without a comma: `signé par Ramin Goulouzadé ministre des Transports`.
        for p in phrases:
            if p.person is None and not p.definite and p.start in person_end:
                p.person = person_end[p.start]
        # `en tant que TITLE`, `en sa qualité de TITLE`: the function of the clause's subject.
        for p in phrases:
            marker = next((m for m in FUNCTION_MARKERS
                           if tuple(t.lower_ for t in doc[max(0, p.start - len(m)):p.start]) == m), None)
            if p.person is None and marker is not None:
                # set off after a name or its title, the function is that name's (`présidée par
                # X, ministre de Y, en sa qualité de présidente`); else the clause's subject's
                comma = p.start - len(marker) - 1
                before = None
                if comma > 0 and doc[comma].text == ",":  # after the name or its apposed title
                    before = person_end.get(comma, next((q.person for q in phrases if q.end == comma), None))
                p.person = before if before is not None else self._subject(doc, p, persons, phrases)

    @staticmethod
    def _subject(doc: Doc, p: TitlePhrase, persons: list[Span], phrases: list[TitlePhrase]) -> int | None:
        """The person who is the subject of the clause that a title phrase depends on, or of a
        clause above it (`X a remercié Y d'avoir répondu, en tant que président de Z` -> X)."""
        person_of = {i: k for k, s in enumerate(persons) for i in range(s.start, s.end)}
        for q in phrases:
            if q.person is not None and q is not p:
                person_of.update({i: q.person for i in range(q.start, q.end) if i not in person_of})
        verb = doc[p.head_span[0]].head
        seen = set()
        while verb.i not in seen:
            seen.add(verb.i)
            for child in verb.children:
                if child.dep_.startswith("nsubj") and child.i in person_of:
                    return person_of[child.i]
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return None

    @staticmethod
    def _governed(doc: Doc, p: TitlePhrase) -> bool:
        """Is the title phrase the object of a preposition (`au chef de l'État`, `du président turc`)?"""
        i = p.start - 1
        if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
            i -= 1
        return i >= 0 and (doc[i].pos_ == "ADP" or doc[i].lower_ in OF | A_CONTRACTED)

    @staticmethod
    def _in_fronted_participle(doc: Doc, p: TitlePhrase) -> bool:
        """Is the title phrase inside a clause opened by a present participle at the start of
        its sentence, before any comma (`Remerciant le diplomate ..., X a rappelé`)?"""
        first = doc[p.start].sent.start
        opener = doc[first]
        return opener.lower_.endswith(PRESENT_PARTICIPLE_ENDING) and opener.is_alpha \
            and not any(doc[k].text == "," for k in range(first, p.start))

    def _kin_of(self, doc: Doc, p: TitlePhrase) -> bool:
        """Is the title phrase the complement of a noun of family tie (`l'époux de la ministre`,
        `la fille du président`)? An apposed name is then the relative's."""
        i = p.start - 1
        if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
            i -= 1
        return i >= 1 and doc[i].lower_ in OF | A_CONTRACTED and doc[i - 1].lower_ in self.titles.kinship

    @staticmethod
    def _coordinated_before(doc: Doc, persons: list[Span], k: int, person_end: dict[int, int]) -> list[int]:
        """The persons of a coordination that ends with person k (`X, Y et Z`), in text order."""
        group = [k]
        start = persons[k].start
        while start > 1 and doc[start - 1].lower_ in {AND, ","} and start - 1 in person_end:
            k = person_end[start - 1]
            group.insert(0, k)
            start = persons[k].start
        return group

    @staticmethod
    def _share(doc: Doc, p: TitlePhrase, persons: list[Span], person_at: dict[int, int],
               honorific_end: dict[int, int], nationality: set[int]) -> None:
        """The names after the first one that share a plural title: `X, Y et Z`, each perhaps
        with its own nationality adjective (`tchèque X et slovaque Y`, `turc, Y, et géorgien, Z`)."""
        assert p.person is not None
        j = persons[p.person].end
        while j + 1 < len(doc) and doc[j].text in {",", AND}:
            j += 1
            if doc[j].lower_ == AND:
                j += 1
            complement = None
            if doc[j].lower_ in OF:
                # each name after its own complement: `les ambassadeurs du Ghana, X, de
                # l'Uruguay, Y, et de Finlande, Z`
                close = next((c for c in range(j + 1, min(len(doc), j + MAX_SHARED_COMPLEMENT))
                              if doc[c].text == "," or doc[c].pos_ in ("VERB", "AUX")), None)
                if close is None or doc[close].text != ",":
                    break
                complement = (j, close)
                j = close + 1
            own = j
            while j in nationality:
                j += 1
            words_end = j
            if j > own and j + 1 < len(doc) and doc[j].text == ",":
                j += 1  # `les ministres azerbaïdjanais, X, turc, Y, et géorgien, Z`
            while j in honorific_end:
                j = honorific_end[j]
            k = person_at.get(j)
            if k is None:
                break
            p.others.append(k)
            if complement is not None:
                p.own_complements[k] = complement
            elif words_end > own and honorific_end.get(own) is None:
                p.own_words[k] = (own, words_end)
            j = persons[k].end

    def roles(self, doc: Doc, phrase: TitlePhrase, text: str) -> list[tuple[int, str]]:
        """(person index, role as written in `text`) for each person a title phrase names.

        A plural title gives each person the singular; its coordinated parts are shared out one
        per person in order when they are as many as the people (`les premiers ministres
        azerbaïdjanais et russe, X et Y`, `X et Y, présidents de A et de B`), and a person's own
        adjective replaces the title's (`les ministres tchèque X et slovaque Y`).
        """
        if phrase.person is None:
            return []
        people = [phrase.person, *phrase.others]
        if not phrase.plural:
            return [(k, self._text(doc, text, phrase.start, phrase.end)) for k in people]
        singular = {phrase.head_span[0]: phrase.plural}
        for i in range(phrase.head_span[1], phrase.end):
            if doc[i].lower_ in self.links:
                break
            singular[i] = self._singular(doc[i])
        for i in range(phrase.start, phrase.head_span[0]):
            singular[i] = self._singular(doc[i])
        for i in range(phrase.head_span[0] + 1, phrase.head_span[1]):
            singular[i] = ""
        parts = self._alternatives(doc, phrase)
        out = []
        for n, k in enumerate(people):
            if len(parts) == len(people):
                a, b = parts[n]
                lo, hi = parts[0][0], parts[-1][1]
                pieces = [(phrase.start, lo), (a, b), (hi, phrase.end)]
            elif k in phrase.own_complements:
                # the title up to its own complement, then this person's
                link = next((i for i in range(phrase.head_span[1], phrase.end) if doc[i].lower_ in OF), phrase.end)
                pieces = [(phrase.start, link), phrase.own_complements[k]]
            elif k in phrase.own_words:
                nat = [i for i in range(phrase.start, phrase.end) if self._nationality(doc[i])]
                at = nat[0] if nat else phrase.head_span[1]
                pieces = [(phrase.start, at), phrase.own_words[k], (nat[-1] + 1 if nat else at, phrase.end)]
            else:
                pieces = [(phrase.start, phrase.end)]
            role = " ".join(self._text(doc, text, a, b, singular) for a, b in pieces if b > a)
            out.append((k, role))
        return out

    def _alternatives(self, doc: Doc, phrase: TitlePhrase) -> list[tuple[int, int]]:
        """The coordinated parts of a plural title that are shared out among its people: its
        nationality adjectives (`azerbaïdjanais et russe`) or its complements (`de A et de B`)."""
        nat = [i for i in range(phrase.head_span[1], phrase.end) if self._nationality(doc[i])]
        if len(nat) > 1 and all(doc[i].lower_ in {AND, ","}
                                for a, b in itertools.pairwise(nat) for i in range(a + 1, b)):
            return [(i, i + 1) for i in nat]
        cuts = [i for i in range(phrase.head_span[1], phrase.end - 1)
                if doc[i].lower_ in {AND, ","} and doc[i + 1].lower_ in OF]
        if not cuts:
            return []

        def noun_after(i: int) -> str:
            """The first word after the link at token i and its articles."""
            i += 1
            while i < phrase.end and doc[i].lower_ in ARTICLES:
                i += 1
            return doc[i].lower_ if i < phrase.end else ""

        # the first part opens at the link like the next part's (`de la République d'A et de la
        # République de B`), else at the last link before it (`de l'A, de la B et de la C`)
        links = [i for i in range(phrase.head_span[1], cuts[0]) if doc[i].lower_ in OF]
        if not links:
            return []
        same = [i for i in links if noun_after(i) == noun_after(cuts[0] + 1)]
        first = same[0] if same else links[-1]
        bounds = [first, *cuts, phrase.end]
        return [(a + (1 if n else 0), b) for n, (a, b) in enumerate(itertools.pairwise(bounds))]

    def _nationality(self, tok: Token) -> bool:
        return tok.lower_ in self.nationality_forms

    def _singular(self, tok: Token) -> str:
        """The singular of a word of a plural title (`premiers` -> `premier`, `turcs` -> `turc`)."""
        low = tok.lower_
        known = self.nationality_forms | self.titles.modifiers | self.titles.adjectives
        for candidate in (low[:-3] + "al" if low.endswith("aux") else "", low[:-1] if low.endswith(("s", "x")) else ""):
            if candidate and candidate in known:
                return tok.text[:len(candidate)] if low.endswith(("s", "x")) and candidate == low[:-1] else candidate
        if low not in known and low.endswith("s") and "Plur" in tok.morph.get("Number", []):
            return tok.text[:-1]
        return tok.text

    @staticmethod
    def _text(doc: Doc, text: str, start: int, end: int, replace: dict[int, str] | None = None) -> str:
        """The words of tokens [start, end) as written in `text`, some replaced."""
        out = []
        for tok in doc[start:end]:
            word = (replace or {}).get(tok.i)
            out.append(text[tok.idx:tok.idx + len(tok)] if word is None else word)
            if word != "" and tok.i < end - 1:
                out.append(tok.whitespace_)
        return "".join(out).strip()


def _past_counted_complement(doc: Doc, i: int) -> int:
    """After a title phrase ending at token `i`, the end of a complement that counts the
    parties (`des deux pays`, `des trois agences`) when a comma follows it: the title is
    everyone's, and the names come after the comma. Else `i`."""
    if i + 2 >= len(doc) or doc[i].lower_ not in OF or not doc[i + 1].like_num:
        return i
    j = i + 2
    while j < len(doc) and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    return j if j > i + 2 and j < len(doc) and doc[j].text == "," else i


MAX_BRACKETED = 6  # words of a function in brackets after a name
# a function opens with a noun (the tagger takes some for adjectives: `basse`), not with a
# preposition, an article or an adverb (`(à gauche)`, `(au centre)`, `(ici)`)
NOT_OPENING_A_FUNCTION = frozenset({"ADP", "DET", "ADV", "PRON", "NUM", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT"})


def bracketed_function(doc: Doc, i: int, text: str) -> str | None:
    """The function given in brackets right after a name, from token `i` (`X (saxophone)`,
    `Y (lutte gréco-romaine)`): lowercase words opened by a noun or an adjective, as written in `text`; None
    for anything else: a weight class or a score (digits), an acronym or a name (capitals),
    a place or a position in a photo (`(à gauche)`: a preposition first)."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(len(doc), i + 2 + MAX_BRACKETED)) if doc[j].text == ")"), None)
    if close is None or close == i + 1:
        return None
    words = doc[i + 1:close]
    if words[0].pos_ in NOT_OPENING_A_FUNCTION or not all(t.is_lower and (t.is_alpha or "-" in t.text) for t in words):
        return None
    return text[words.start_char:words.end_char]

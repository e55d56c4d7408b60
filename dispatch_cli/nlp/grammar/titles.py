"""Title phrases and the people they belong to.

A title phrase opens with a head of the rule model (`ministre`, `secrétaire général`,
`ambassadrice`) and runs over what French attaches to it: modifiers before it (`première
vice-présidente`), adjectives after it (`adjoint`, `azerbaïdjanais`), and complements of
`de`, `pour`, `auprès de`, `en`, `à` (`représentant spécial du Secrétaire général de l'OTAN
pour le Caucase et l'Asie centrale`), including a portfolio listed with commas (`ministre des
Transports, des Affaires maritimes et de la Communication`). It stops at a name, a verb,
punctuation, or `et` followed by a second title.

A phrase belongs to a person when it stands before the name (`le ministre turc Ahmet
Arslan`, `Le ministre ..., Elmar Mammadyarov,`) or after it as an apposition (`James
Appathurai, Secrétaire général adjoint`); titles joined by `et` or chained by commas all go
to the same person. A phrase that belongs to no name (`le chef de l'Etat a souligné`) is an
epithet: a mention that `coreference.py` resolves.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import TitlePhrase
from dispatch_cli.nlp.grammar.tokens import compound_end, is_capitalized, sentence_end
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import A_CONTRACTED, AND, ARTICLES, DEFINITE_ARTICLES, HYPHEN, OF, TITLE_LINKS

MAX_TITLE_TOKENS = 30
MAX_BRACKET = 8  # tokens of a bracketed acronym between a title and its name: `(UIP)`


class TitleFinder:
    """Find the title phrases of a Doc with the words of one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.titles = lexicon.titles
        self.links = TITLE_LINKS | lexicon.titles.linking_participles
        self.modifiers = lexicon.titles.modifiers | {HYPHEN}

    def _grow(self, doc: Doc, start: int, end: int, stop: set[int], sent_end: int, nationality: set[int],
              title_starts: set[int]) -> int:
        """Extend a title phrase that has its head at [start, end) to the right."""
        i = end
        limit = min(sent_end, start + MAX_TITLE_TOKENS)
        has_complement = False
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
                if j in title_starts or i + 1 in title_starts:
                    break
                if doc[i + 1].lower_ in OF | A_CONTRACTED:
                    i += 1
                    continue
                if is_capitalized(doc[j]):  # `pour le Caucase et l'Asie centrale`
                    i = end = compound_end(doc, j)
                    continue
                if has_complement and doc[j].pos_ in ("NOUN", "ADJ"):
                    i += 1
                    continue
                break
            if low in self.links:
                j = i + 1
                while j < limit and doc[j].lower_ in ARTICLES:
                    j += 1
                if j >= limit or j in stop:
                    break
                nxt = doc[j]
                if nxt.like_num or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "PRON"):
                    break
                if is_capitalized(nxt) or nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
                    has_complement = True
                    i = end = compound_end(doc, j)
                    continue
                break
            if low in self.titles.adjectives or i in nationality:
                i = compound_end(doc, i)
                while i < limit and i in nationality:
                    i += 1
                end = i
                continue
            if tok.is_alpha and tok.is_lower and i + 1 in stop and i + 1 < limit:
                i = end = i + 1  # a modifier right before the name: `le leader national Heydar Aliyev`
                continue
            if tok.is_punct or tok.like_num or tok.pos_ in ("AUX", "PRON", "SCONJ", "CCONJ", "DET"):
                break
            if tok.pos_ == "VERB" and not low.endswith(("é", "ée", "és", "ées")):
                break
            if is_capitalized(tok) or tok.pos_ in ("ADJ", "PROPN"):
                i = end = compound_end(doc, i)
                continue
            if tok.pos_ == "NOUN" and i == end and doc[i - 1].pos_ in ("NOUN", "ADJ") and not has_complement \
                    and i + 1 < limit and doc[i + 1].lower_ in self.links:
                i = end = i + 1  # `chef adjoint`, `représentant permanant de` (noun-tagged modifiers)
                continue
            break
        while end > start + 1 and doc[end - 1].lower_ in ARTICLES | self.links | {AND, ","}:
            end -= 1
        return end

    def find(self, doc: Doc) -> list[TitlePhrase]:
        """Every title phrase of the Doc, attached to its person where the grammar says so."""
        heads = sorted((s for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.TITLE),
                       key=lambda s: (s.start, -len(s)))
        title_starts = {s.start for s in heads}
        persons = list(doc.spans.get(keys.PERSONS, []))
        person_at = {p.start: k for k, p in enumerate(persons)}
        person_end = {p.end: k for k, p in enumerate(persons)}
        # a lone word that may be a surname does not end a title (`du Commerce Extérieur`)
        stop = {i for p in persons if p.label_ == keys.PER for i in range(p.start, p.end)}
        nationality = {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.NATIONALITY
                       for i in range(s.start, s.end)}
        country_at = {s.start: s.id_ for s in doc.spans.get(keys.LEXICON, [])
                      if s.label_ in (keys.NATIONALITY, keys.COUNTRY)}
        phrases: list[TitlePhrase] = []
        covered_until = -1
        for head in heads:
            if head.start < covered_until:
                continue  # a title inside another's complement (`représentant du Secrétaire général`)
            start = head.start
            while start > 0 and doc[start - 1].lower_ in self.modifiers and doc[start - 1].i not in stop:
                start -= 1
            sent_end = sentence_end(doc, head.start)
            end = self._grow(doc, start, head.end, stop, sent_end, nationality, title_starts)
            definite = start > 0 and doc[start - 1].lower_ in DEFINITE_ARTICLES
            nats = [country_at[i] for i in range(start, end) if i in country_at]
            phrases.append(TitlePhrase(start, end, (head.id_ or head.text).lower(), definite, None, nats,
                                       plural=head.id_ or None))
            covered_until = end
        self._attach(doc, phrases, person_at, person_end)
        return phrases

    def _attach(self, doc: Doc, phrases: list[TitlePhrase], person_at: dict[int, int],
                person_end: dict[int, int]) -> None:
        """Give each title phrase to the person it names, following French apposition grammar."""
        person_end_of = {k: e for e, k in person_end.items()}
        by_start = {p.start: p for p in phrases}
        article_start: dict[int, TitlePhrase] = {}
        for p in phrases:
            s = p.start - 1 if p.start > 0 and doc[p.start - 1].lower_ in DEFINITE_ARTICLES else p.start
            article_start[s] = p

        def phrase_after(i: int) -> TitlePhrase | None:
            """The phrase that opens at token i, article allowed."""
            return by_start.get(i) or article_start.get(i)

        # Apposition after a name: `NAME, TITLE[, TITLE | et TITLE]`.
        for end, k in person_end.items():
            i = end
            while i + 1 < len(doc) and doc[i].text in {",", "("}:
                apposed = phrase_after(i + 1)
                if apposed is None or apposed.person is not None or apposed.plural:
                    break
                if apposed.definite and (apposed.end in person_at
                                         or doc[apposed.end].text == "," and apposed.end + 1 in person_at):
                    break  # `X, le ministre Y, Z`: the phrase introduces the next name
                apposed.person = k
                i = apposed.end
                while i < len(doc) and doc[i].lower_ == AND and (q := phrase_after(i + 1)) is not None:
                    q.person = k
                    i = q.end
        # A title before a name: `TITLE [et TITLE][,] NAME`.
        for p in phrases:
            if p.person is not None:
                continue
            chain = [p]
            i = p.end
            while i < len(doc) and doc[i].lower_ in {AND, ","} and (q := phrase_after(i + 1)) is not None:
                if q.person is not None or (doc[i].text == "," and q.end not in person_at):
                    break  # after a comma, only a title that runs straight into the name
                chain.append(q)
                i = q.end
            if i < len(doc) and doc[i].text == "(":  # `(Conseil turc)`, `(UIP)` before the name
                close = next((j for j in range(i, min(len(doc), i + MAX_BRACKET)) if doc[j].text == ")"), None)
                i = close + 1 if close is not None else i
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i in person_at:
                for q in chain:
                    q.person = person_at[i]
                if p.plural:  # `les députés X, Y et Z`: each gets the title
                    k = person_at[i]
                    j = person_end_of[k]
                    while j + 1 < len(doc) and doc[j].text in {",", AND} and j + 1 in person_at:
                        p.others.append(person_at[j + 1])
                        j = person_end_of[person_at[j + 1]]
        # A name followed by its title without a comma: `signé par Ramin Goulouzadé ministre des Transports`.
        for p in phrases:
            if p.person is None and not p.definite and p.start in person_end:
                p.person = person_end[p.start]

"""People's names: runs of capitalized words, trimmed of articles, honorifics and titles.

The statistical NER finds most names but gets their edges wrong on this kind of text
(articles and titles inside a person's span, `président de la République` as a person). A
person's name is a run of capitalized words, with the particles of names (`de`, `oglu`); a
run is a name when the model says so, or when French news grammar makes it certain: after a
title or an honorific (`le ministre turc Ahmet Arslan`, `M. Peña`), after a long title closed
by a comma, or before an apposed title (`Khalaf Khalafov, vice-ministre`).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.tokens import (
    PRESENT_PARTICIPLE_ENDING,
    Cover,
    compound_end,
    glued_after_apostrophe,
    is_capitalized,
)
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    AND,
    CLAUSE_BREAKS,
    COMPLEMENT_ARTICLES,
    DE,
    DEFINITE_ARTICLES,
    HYPHEN,
    OF,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    PREPOSITIONS,
    SPEAKER_POSSESSIVES,
)

# Labels of the lexicon that a name's word cannot carry.
NOT_IN_NAMES = frozenset({keys.COUNTRY, keys.NATIONALITY, keys.REGION, keys.KNOWN_ORG, keys.TITLE})
MAX_NAME_TOKENS = 6
MAX_TITLE_GAP = 8  # words of adjectives and complements between a title and its name
MAX_TITLE_REACH = 24  # how far after a title's head a name closing a long title may come
MAX_APPOSED_NAME = 5
ENUMERATION_LINKS = frozenset({",", AND})  # between the names of an enumeration
# what may stand between two enumerated names: `, `, `et`, `ainsi que`, a repeated `de`
NAME_ENUMERATION_LINKS = ENUMERATION_LINKS | DE | frozenset({"ainsi", "que", "à"})
MAX_ENUMERATION_LINK = 4
MAX_ASIDE = 8  # tokens of an aside in brackets after a name: `(lutte gréco-romaine)`
CREDIT_MARKS = frozenset({":", "/", "|", "©"})  # after the word that opens a credit (`Photo :`)


class PersonFinder:
    """Find people's names in a Doc with the words of one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.titles = lexicon.titles
        self.heads = lexicon.organization_heads
        # the words that open a title stop a name; the inner words of a multiword title do not
        # (`islam` of `cheikh-ul-islam`, `état` of `homme d'État` may be names)
        self.title_words = frozenset(h.split(" ")[0] for h in lexicon.titles.heads) | lexicon.titles.modifiers

    def is_name_token(self, tok: Token, cover: Cover) -> bool:
        """Could this token be a word of a person's name?"""
        low = tok.lower_
        if not is_capitalized(tok):
            return False
        if tok.is_upper and len(tok.text) > 3 and not tok.text.endswith("."):
            return self._capitals_surname(tok, cover)  # acronyms and section words are no names
        if low in POSSESSIVES and self._inner_possessive(tok, cover):
            return True  # a name's word after another: `Nguyen Kim Son`
        if low in self.titles.honorific_words and tok.i > 1 and tok.doc[tok.i - 1].lower_ in self.titles.particles \
                and is_capitalized(tok.doc[tok.i - 2]):
            return True  # after a particle, a name's word: `Mohamed Ould Cheikh Ahmed`
        if low in self.titles.honorific_words and self._middle_initial(tok):
            return True  # `Salim M. AlMalik`: an initial between two words of a name, not `Monsieur`
        if tok.is_sent_start and low.endswith(PRESENT_PARTICIPLE_ENDING) and tok.pos_ != "PROPN":
            return False  # `Félicitant X, le ministre a ...`: a participle opening the sentence
        if low in self.heads.not_names_lower or low in self.titles.honorific_words or low in self.title_words \
                or low in POSSESSIVES | SPEAKER_POSSESSIVES | PREPOSITIONS:
            return False  # `Votre Excellence`: a possessive opens no name, nor `À` a place
        if cover[tok.i] & NOT_IN_NAMES:
            return False
        if keys.CITY in cover[tok.i]:
            # `Santiago Peña`: a city's name is a first name when a surname follows
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if prev in OF | PLACE_PREPOSITIONS:
                return False  # `le maire de Strasbourg Jeanne Barseghian`: the city is the title's
            if tok.i > 0 and self._last_name_word(tok, cover):
                return True  # `Carlos Alberto de Souza Lima`: a city's name is a surname after a name
            return nxt is not None and tok.whitespace_ != "" and is_capitalized(nxt) \
                and not cover[nxt.i] and nxt.lower_ not in self.heads.not_names_lower
        return tok.text not in self.heads.capitalized

    @staticmethod
    def _middle_initial(tok: Token) -> bool:
        """Is the one-letter abbreviation at `tok` (`M.`) an initial between a first name and
        a surname, both capitalized and on its sides without punctuation?"""
        doc, i = tok.doc, tok.i
        if not (len(tok.text) == 2 and tok.text.endswith(".")) or i == 0 or i + 1 >= len(doc):
            return False
        prev, nxt = doc[i - 1], doc[i + 1]
        return prev.is_alpha and prev.is_title and not prev.is_sent_start and prev.whitespace_ != "" \
            and is_capitalized(nxt) and nxt.is_alpha

    def _inner_possessive(self, tok: Token, cover: Cover) -> bool:
        """Is a capitalized possessive inside a sentence a word of the name before it (`Nguyen
        Kim Son`)? French writes `Son`, `Sa` with a capital only at a sentence's start and in
        honorifics (`Son Excellence`), which other words follow."""
        doc, i = tok.doc, tok.i
        if i == 0 or tok.is_sent_start or keys.HONORIFIC in cover[i]:
            return False
        prev = doc[i - 1]
        return is_capitalized(prev) and prev.whitespace_ != "" and prev.lower_ not in POSSESSIVES \
            and self.is_name_token(prev, cover)

    def _last_name_word(self, tok: Token, cover: Cover) -> bool:
        """Is the city's name at `tok` the last word of the name before it (`Carlos Alberto de
        Souza Lima`)? Not at a dateline's place (`... Ahmet Arslan Bakou, 14 juin`)."""
        doc, i = tok.doc, tok.i
        prev = doc[i - 1]
        if not (is_capitalized(prev) and prev.whitespace_ != "") or cover[prev.i] & (NOT_IN_NAMES | {keys.CITY}):
            return False
        if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].like_num:
            return False
        return self.is_name_token(prev, cover)

    @staticmethod
    def _quoted(doc: Doc, start: int, end: int) -> bool:
        """Is the span [start, end) inside guillemets (`« Nom »`)?"""
        before = doc[start - 1].text if start > 0 else ""
        after = doc[end].text if end < len(doc) else ""
        return before in {"«", '"', "“"} and after in {"»", '"', "”"}

    def _capitals_surname(self, tok: Token, cover: Cover) -> bool:
        """`Emmanuel MACRON`: a word in capitals right after one first name written normally
        is a surname (after a whole name, it is a section word: `... Olaf Scholz VIDEO`)."""
        doc, i = tok.doc, tok.i
        if i == 0 or cover[i] & NOT_IN_NAMES or tok.lower_ in self.heads.not_names_lower \
                or fold(tok.text) in self.heads.folded_sections:
            return False  # (`VIDEO` is `vidéo` without its accent)
        prev = doc[i - 1]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if keys.HONORIFIC in cover[i - 1] and nxt is not None and nxt.is_title and tok.whitespace_:
            return True  # the family name first, in capitals: `M. NGUYEN Van Thanh`
        j = i - 1
        while j > 0 and doc[j].lower_ in self.titles.particles:
            j -= 1
        if j < i - 1 and doc[j].is_title and self.is_name_token(doc[j], cover):
            return True  # after particles that follow a name: `Martín Vidal de LEÓN`, `Ana de la PEÑA`
        if prev.is_upper and len(prev.text) > 3 and prev.whitespace_ and self._capitals_surname(prev, cover):
            return True  # the second of two surnames: `Marcela GUERRA CASTILLO`
        if not (prev.is_title and prev.whitespace_ and self.is_name_token(prev, cover)):
            return False
        if i < 2 or not (doc[i - 2].is_title and self.is_name_token(doc[i - 2], cover)):
            return True
        # after two words of a name, a heading's rubric ends its line (`... Olaf Scholz VIDEO`);
        # a surname goes on with the sentence (`Kwame Asante BOATENG, nouvel ambassadeur`)
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and nxt.text in (",", ";", ".") and (i < 3 or not doc[i - 3].is_title)

    @staticmethod
    def _glued_part(doc: Doc, i: int) -> bool:
        """Is token i a lowercase part of a hyphenated name (`Chang-gyu`, `Kim Jong-un`), or the
        rest of a name the tokenizer cut after its apostrophe as if elided (`Wetang'ula`)?"""
        if glued_after_apostrophe(doc, i):
            return True
        return i > 1 and doc[i].is_alpha and doc[i - 1].text == HYPHEN and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and is_capitalized(doc[i - 2])

    def _trim(self, doc: Doc, start: int, end: int, cover: Cover) -> tuple[int, int] | None:
        while start < end and not self.is_name_token(doc[start], cover):
            start += 1
        while end > start and not self.is_name_token(doc[end - 1], cover) and not self._glued_part(doc, end - 1):
            end -= 1
        if start >= end:
            return None
        for i in range(start, end):
            tok = doc[i]
            if not (self.is_name_token(tok, cover) or tok.lower_ in self.titles.particles
                    or (tok.text == HYPHEN and i - start > 0) or self._glued_part(doc, i)):
                return None
            if "\n" in tok.text or tok.is_space:
                return None
        return start, end

    def _preceded_by_place_head(self, doc: Doc, start: int, strong: bool) -> bool:
        """`Fondation Heydar Aliyev`, `avenue Nizami`: a name inside a name. Heads that bodies
        and places take a person's name from hide any name; other heads of organizations hide
        only an uncertain one, so that `le président du Sénat Jean Dupré` names the president."""
        i = start - 1
        while i >= 0 and (doc[i].lower_ in OF or doc[i].lower_ in self.titles.honorific_words):
            i -= 1  # `Université Cheikh Anta Diop`
        adjectives = 0
        while i > 0 and adjectives < 2 and doc[i].is_lower and doc[i].pos_ == "ADJ" \
                and doc[i - 1].lower_ in self.heads.place_heads_lower:
            i -= 1  # `l'aéroport international Heydar Aliyev`, `le stade républicain X`
            adjectives += 1
        if i < 0:
            return False
        # a bare noun after `de` is a kind, not a place: `l'inspecteur d'académie Paul Leroy`
        kind = doc[i].is_lower and i > 0 and doc[i - 1].lower_ in DE
        return (doc[i].lower_ in self.heads.place_heads_lower and not kind) or (doc[i].text in self.heads.capitalized
                                                                  and not strong)

    def name_run(self, doc: Doc, start: int, cover: Cover, limit: int = MAX_NAME_TOKENS) -> int:
        """End (exclusive) of the run of name tokens that starts at `start` (`start` when none)."""
        end = start
        while end < len(doc) and end - start < limit:
            tok = doc[end]
            if self.is_name_token(tok, cover):
                end += 1
            elif (tok.lower_ in self.titles.particles or (tok.text == HYPHEN and not tok.whitespace_
                  and not doc[end - 1].whitespace_)) and end > start and end + 1 < len(doc) \
                    and (self.is_name_token(doc[end + 1], cover) or self._glued_part(doc, end + 1)):
                # `Jean d'Ormesson`, `Szalay-Bobrovniczky`, `Martín Vidal de LEÓN` (a surname in
                # capitals after particles is a name's word: `_capitals_surname`)
                end += 1
            elif end > start and self._glued_part(doc, end):
                end += 1  # `Chang-gyu`
            else:
                break
        return end

    def find(self, doc: Doc, cover: Cover) -> list[Span]:
        """Person name spans (labels `PER`, or `PER_WEAK` for a lone word that is a person
        only as a mention of a full name), without titles or honorifics; no two overlap."""
        found: list[Span] = []
        titles = [s for s in doc.spans.get(keys.LEXICON, []) if s.label_ in (keys.TITLE, keys.HONORIFIC)]

        def add(start: int, end: int, strong: bool) -> None:
            trimmed = self._trim(doc, start, end, cover)
            if trimmed is None:
                return
            s, e = trimmed
            if _words(doc, s, e) >= 2 and s > 0 and doc[s - 1].lower_ in COMPLEMENT_ARTICLES:
                # no article stands before a person's name: the first word completes a title
                # (`ministre de l'Intérieur Kristaps Eklons`), and two words after it are a
                # body's or a place's name (`président du Halk Maslahaty`)
                s = compound_end(doc, s)
                while s < e and doc[s].lower_ in self.titles.particles:
                    s += 1
                if s >= e:
                    return
                strong = strong and _words(doc, s, e) >= 2
            if self._preceded_by_place_head(doc, s, strong):
                return
            label = keys.PER
            if _words(doc, s, e) == 1:
                if s > 0 and doc[s - 1].lower_ in OF:
                    return  # a lone capitalized word after `de` is a place or a thing (`génocide de Khodjaly`)
                if not strong:
                    label = keys.PER_WEAK  # a surname alone counts only as a mention of a full name
            found.append(Span(doc, s, e, label=label))

        for ent in doc.ents:
            trimmed = self._trim(doc, ent.start, ent.end, cover)
            if trimmed is None or self._quoted(doc, *trimmed):
                continue  # a name in guillemets is a work's, an event's or a project's (`« Art Days »`)
            s, e = trimmed
            while e + 1 < len(doc) and doc[e].text == HYPHEN and self._glued_part(doc, e + 1):
                e += 2  # the model's span cut at a hyphen (`Kim Jong` of `Kim Jong-un`)
            k = e
            while k < len(doc) and doc[k].lower_ in self.titles.particles:
                k += 1
            if k > e and k < len(doc) and doc[k].is_upper and self.is_name_token(doc[k], cover):
                e = k + 1  # the surname in capitals after its particles: `Ana Lucía de la PEÑA`
            if ent.label_ == "PER":
                # a lone word is a name only after a title or honorific (`le président Poutine`),
                # also when the model's span had more words (`Allah Tout-Puissant`)
                add(s, e, strong=_words(doc, s, e) > 1)
            elif ent.label_ == "MISC" and e - s >= 2 and all(t.pos_ == "PROPN" for t in doc[s:e]
                                                             if self.is_name_token(t, cover)):
                # the model's other names are a person's only when every word is a proper noun:
                # `Jeux Européens`, `VIIe Forum`, `Festival de Jazz` are made of common words
                add(s, e, strong=False)
        # A title or honorific followed by a name: `le ministre turc Ahmet Arslan`, `M. Peña`.
        # The title may carry adjectives and complements first: `le chef du Paraguay Santiago Peña`.
        for title in titles:
            i = title.end
            while i < len(doc) and i - title.end < MAX_TITLE_GAP:
                tok = doc[i]
                if self.is_name_token(tok, cover) or "\n" in tok.text or tok.pos_ in ("VERB", "AUX") \
                        or (tok.is_punct and tok.text != HYPHEN):
                    break
                i += 1
            end = self.name_run(doc, i, cover)
            if i > title.end and doc[i - 1].lower_ in PLACE_PREPOSITIONS | A_CONTRACTED:
                continue  # `directeur au Quai d'Orsay`: after `à`, `en`, a place
            if end > i and title.label_ == keys.TITLE and not title.id_ and self._named_after_comma(doc, i, end, cover):
                continue  # `le directeur Afrique-Moyen-Orient de Renault, Paul Girard`: a division
            if end > i and (_words(doc, i, end) >= 2 or title.label_ == keys.HONORIFIC or i == title.end):
                add(i, end, strong=True)
                if title.label_ == keys.TITLE and title.id_:
                    self._enumerated(doc, end, cover, add)
        # A long title closed by a comma, then the name: `le ministre ouzbek de l'Investissement,
        # de l'Industrie et du Commerce, Laziz Koudratov`. Single capitalized words inside the
        # title are its complements; the name is the first run of two or more.
        for title in titles:
            i = title.end
            while i < len(doc) and i - title.end < MAX_TITLE_REACH:
                tok = doc[i]
                # a lowercase word after a capitalized one is the adjective of a portfolio,
                # however tagged (`ministre des Relations extérieures du Brésil, X`)
                portfolio = tok.pos_ == "VERB" and tok.is_lower and is_capitalized(doc[i - 1])
                if "\n" in tok.text or (tok.pos_ in ("VERB", "AUX") and not portfolio) or tok.text in CLAUSE_BREAKS:
                    break
                end = self.name_run(doc, i, cover)
                if end - i >= 2:
                    if doc[i - 1].text == ",":
                        add(i, end, strong=True)
                        if title.label_ == keys.TITLE and title.id_:
                            self._enumerated(doc, end, cover, add)  # `les présidents de A et de B, X et Y`
                    break
                if end - i == 1 and doc[i - 1].text == "," and end < len(doc) and doc[end].text == "," \
                        and doc[i].pos_ == "PROPN":
                    add(i, end, strong=True)  # a one-word name set off by commas: `le ministre ..., Prabowo,`
                    break
                i = max(end, i + 1)
        # A name followed by an apposed title: `Khalaf Khalafov, vice-ministre`.
        before_head = self.titles.modifiers | DEFINITE_ARTICLES | {HYPHEN}
        for title in titles:
            if title.label_ != keys.TITLE:
                continue
            j = title.start - 1
            while j >= 0 and doc[j].lower_ in before_head:
                j -= 1
            if j < 1 or doc[j].text not in {",", "("}:
                continue  # `Khalaf Khalafov, vice-ministre`, `Ahmad Ahmadzada (ministre de ...)`
            end = j
            start = end
            while start > 0 and end - start < MAX_APPOSED_NAME and (
                    self.is_name_token(doc[start - 1], cover) or doc[start - 1].lower_ in self.titles.particles):
                start -= 1
            while start < end and doc[start].lower_ in self.titles.particles:
                start += 1
            if end - start >= 2:
                prev = doc[start - 1].lower_ if start > 0 else ""
                if prev not in PLACE_PREPOSITIONS:
                    add(start, end, strong=False)
                    if title.id_:  # a plural title: `X et Y, présidents de A et de B`
                        self._enumerated_before(doc, start, cover, add)
        # A surname used alone after the full name, whatever the model took it for (`Fidan a
        # remercié` read as an organization): a mention of that person. Written in capitals,
        # as official French writes surnames (`Emmanuel Macron` ... `M. MACRON`), it is still
        # the surname, not an acronym; an honorific may stand before it.
        surnames = {span[-1].lower_ for span in found if span.label_ == keys.PER and len(span) > 1}
        taken = {i for span in found for i in range(span.start, span.end)}
        for tok in doc:
            i = tok.i
            if tok.lower_ in surnames and i not in taken and self._surname_alone(tok, cover):
                if self.is_name_token(tok, cover):
                    add(i, i + 1, strong=False)
                elif doc[i - 1].lower_ not in OF and not self._preceded_by_place_head(doc, i, strong=False):
                    found.append(Span(doc, i, i + 1, label=keys.PER_WEAK))  # in capitals: no word to trim
        self._coordinated_names(doc, found, cover, add)
        # the same words found by two rules: the certain reading first, then the longest span
        found.sort(key=lambda span: span.label_ != keys.PER)
        return [span for span in filter_spans(found) if not self._in_credit(doc, span.start)
                and not _abbreviated(doc, span)]

    def _named_after_comma(self, doc: Doc, start: int, end: int, cover: Cover) -> bool:
        """Do the capitalized words `start`..`end` after a singular title go on with a `de`
        complement (theirs, or one read into them: `Recherche-Développement de Bosch`) closed by
        a comma and a person's name (`directeur général Exploration-Production de
        TotalEnergies, Nicolas Terraz`)? Then they name a part of the body, in the title: the
        person is the one set off by the comma, and no one is named twice."""
        if end < len(doc) and doc[end].text == "," and any(t.lower_ in OF for t in doc[start + 1:end]):
            return _words(doc, end + 1, self.name_run(doc, end + 1, cover)) >= 2
        if end >= len(doc) or doc[end].lower_ not in OF:
            return False
        for k in range(end + 1, min(len(doc), end + MAX_TITLE_REACH)):
            tok = doc[k]
            if "\n" in tok.text or tok.pos_ in ("VERB", "AUX") or tok.text in CLAUSE_BREAKS:
                return False
            if tok.text == ",":
                return _words(doc, k + 1, self.name_run(doc, k + 1, cover)) >= 2
        return False

    def _enumerated(self, doc: Doc, end: int, cover: Cover, add: Callable[[int, int, bool], None]) -> None:
        """After a plural title and its first name, the names enumerated with it
        (`les présidents Aleksandar Vučić, Milo Đukanović et Zoran Milanović`): each full name
        (two words or more) joined by a comma or `et` is a person the title names too,
        whatever the model took it for. `end`: where the first name ends (token, exclusive)."""
        k = end
        while k < len(doc) and doc[k].text in ENUMERATION_LINKS:
            n = k + 1
            while n < len(doc) and doc[n].text in ENUMERATION_LINKS:
                n += 1
            stop = self.name_run(doc, n, cover)
            if _words(doc, n, stop) < 2:
                return
            add(n, stop, True)
            k = stop

    def _coordinated_names(self, doc: Doc, found: list[Span], cover: Cover,
                           add: Callable[[int, int, bool], None]) -> None:
        """Full names enumerated after a person's full name (`décrochées par X Y, Z W et U V`,
        `la présence de X Y, ainsi que d'Z W, d'U V`): each one a person's too, when the model
        took it for no organization and none of its words is a place or a body of the
        lexicon (`X et Volvo Cars` stays a company)."""
        taken = {i for span in found for i in range(span.start, span.end)}
        queue = sorted((s.start, s.end) for s in found if s.label_ == keys.PER and _words(doc, s.start, s.end) >= 2)
        while queue:
            _start, k = queue.pop(0)
            if k < len(doc) and doc[k].text == "(":  # an aside after the name: `X (lutte libre), Y`
                close = next((j for j in range(k, min(len(doc), k + MAX_ASIDE)) if doc[j].text == ")"), None)
                k = close + 1 if close is not None else k
            n = k
            while n < len(doc) and n - k < MAX_ENUMERATION_LINK and doc[n].lower_ in NAME_ENUMERATION_LINKS:
                n += 1
            if n == k or not any(doc[j].text in ENUMERATION_LINKS for j in range(k, n)):
                continue
            stop = self.name_run(doc, n, cover)
            if not 2 <= _words(doc, n, stop) <= 3 or any(j in taken for j in range(n, stop)) \
                    or any(doc[j].ent_type_ == "ORG" or cover[j] for j in range(n, stop)) \
                    or doc[n].text in self.heads.capitalized:
                continue
            add(n, stop, True)
            taken.update(range(n, stop))
            queue.append((n, stop))

    def _enumerated_before(self, doc: Doc, start: int, cover: Cover,
                           add: Callable[[int, int, bool], None]) -> None:
        """Before the last name that a plural title is apposed to, the names enumerated with it
        (`Gitanas Nausėda et Alar Karis, présidents de ...`): each full name joined by a comma
        or `et`. `start`: where the last name starts (token)."""
        k = start
        while k > 0 and doc[k - 1].text in ENUMERATION_LINKS:
            end = k - 1
            while end > 0 and doc[end - 1].text in ENUMERATION_LINKS:
                end -= 1
            first = end
            while first > 0 and end - first < MAX_APPOSED_NAME and (
                    self.is_name_token(doc[first - 1], cover) or doc[first - 1].lower_ in self.titles.particles):
                first -= 1
            while first < end and doc[first].lower_ in self.titles.particles:
                first += 1
            if _words(doc, first, end) < 2:
                return
            add(first, end, False)
            k = first

    def _surname_alone(self, tok: Token, cover: Cover) -> bool:
        """Is the token, a surname of a full name of the text, that word alone: a name's word,
        or the surname in capitals (`MACRON`), with no other name's word next to it save an
        honorific before it (`M. MACRON`)?"""
        doc, i = tok.doc, tok.i
        in_capitals = tok.is_upper and tok.is_alpha and not cover[i] & NOT_IN_NAMES \
            and tok.lower_ not in self.heads.not_names_lower
        if not (in_capitals or self.is_name_token(tok, cover)):
            return False
        if i > 0 and (is_capitalized(doc[i - 1]) or doc[i - 1].text == HYPHEN) and keys.HONORIFIC not in cover[i - 1]:
            return False
        return not (i + 1 < len(doc) and (is_capitalized(doc[i + 1]) or doc[i + 1].text == HYPHEN))

    def _in_credit(self, doc: Doc, start: int) -> bool:
        """Is the name at token `start` in a credit (`Photo : X`, `© X`, `(Crédit photo : X / AFP)`)?
        Going back on its line over names and punctuation, a `©` or a credit word followed by a
        colon or a slash is met."""
        j = start - 1
        while j >= 0 and "\n" not in doc[j].text and "\n" not in doc[j].whitespace_:
            tok = doc[j]
            if tok.text == "©":
                return True
            if tok.lower_ in self.titles.credit_words and j + 1 < len(doc) and doc[j + 1].text in CREDIT_MARKS:
                return True
            if not (is_capitalized(tok) or tok.is_punct or tok.lower_ in self.titles.credit_words
                    or tok.lower_ in self.titles.particles):
                return False
            j -= 1
        return False


def _words(doc: Doc, start: int, end: int) -> int:
    """How many words tokens [start, end) make: a hyphenated compound is one word
    (`Panthéon-Sorbonne`, `Kim Jong-un` is two)."""
    return len(doc[start:end].text.split())


def _abbreviated(doc: Doc, span: Span) -> bool:
    """Is the name followed by an acronym in brackets that its initials end (`le projet
    gazier Grand Tortue Ahmeyim (GTA)`, `Kenya Power (KP)`)? A body, a project or a field is
    so abbreviated, never a person."""
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    acronym = doc[end + 1].text
    initials = "".join(w[0] for w in span.text.split() if w[0].isupper())
    return acronym.isupper() and len(initials) >= 2 and acronym.endswith(initials.upper())

"""Organizations' names: a head noun and what French attaches to it.

An organization's name opens with a head noun of the rule model (`Conseil`, `ministère`,
`Union`), or with a capitalized common noun that a qualifier and a named complement follow
(`l'Usine d'assemblage automobile de Tachkent`), and runs over its adjectives and complements
(`de` complements whatever their case, `et de`, `entre A et B`, `pour`) up to a verb, a
person, a clause or another noun phrase; names known to the rule model (`OTAN`, `Nations
Unies`) are marked with their canonical form; the model's ORG entities are kept where they
look like names; a company's, a medium's or a party's name is recognised by what introduces
it (`la compagnie BP`, `la SARL X`, a credit line) or by its legal form (`ONGC Videsh
Limited`). Section words, documents, events, generic parts of a body and common nouns with
an indefinite determiner name no organization.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.tokens import (
    ADJECTIVE_ENDINGS,
    Cover,
    compound_end,
    glued_after_apostrophe,
    is_capitalized,
    sentence_end,
)
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    AND,
    ARTICLES,
    BETWEEN,
    BY,
    DE,
    DE_CONTRACTED,
    DEFINITE_ARTICLES,
    DEMONSTRATIVES,
    FOR,
    HYPHEN,
    NAME_LINKS,
    OF,
    ORDINAL,
    POSSESSIVES,
    QUANTIFIERS,
    TO,
    WITH,
)

MAX_ORG_TOKENS = 24
MAX_COMPANY_NAME = 5  # capitalized words after an introducer (`la compagnie Condé Nast`)
MAX_LEGAL_NAME = 4  # capitalized words before a legal form (`ONGC Videsh Limited`)
MAX_ACRONYM_REACH = 10  # words of a name's complement before the acronym in brackets that closes it
MAX_ACRONYM = 8  # letters of an acronym
SIDES_REACH = 8  # tokens before the `entre` of an encounter's sides where its word may stand
MAX_QUOTED = 5  # tokens of a designation in guillemets after a name
# Labels of the lexicon on which no organization's head can stand.
NOT_HEADS = frozenset({keys.COUNTRY, keys.CITY, keys.REGION, keys.KNOWN_ORG})
# (an honorific names a person: `Votre Excellence` addresses one, it is no body)
NOT_IN_MODEL_ORGS = frozenset({keys.TITLE, keys.COUNTRY, keys.CITY, keys.REGION, keys.NATIONALITY, keys.HONORIFIC})
NOT_IN_COMPANY_NAMES = frozenset({keys.TITLE})
PLACES = frozenset(keys.GAZETTEER_PLACES)
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # of the first group, the commonest
OPENING_QUOTES = frozenset({"«", '"', "“"})
CLOSING_QUOTES = frozenset({"»", '"', "”"})
DASHES = frozenset({"-", "–", "—"})
STATE_WORDS = frozenset({"etat", "état"})  # `d'Etat`: of the state, a kind, whatever its capital
ROMAN_ORDINAL = re.compile(r"^(?:[IVX]|[IVXLC]{2,})(?:e|er|ème)$")  # `VIIe`, not `Le`, `Ce`
INITIAL_AND_SURNAME = re.compile(r"^[A-ZÀ-Ý]\.[A-ZÀ-Ý][a-zà-ÿ]+$")  # `A.Soultanov`
# Dependencies of a word that heads a clause of its own.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"})
NUMBER = ("Number",)  # the tagger's gender of rare nouns is often wrong, its number seldom
VISIT = "visit"  # the event type of the words of visit in the rule model
# What opens a common noun phrase, never a proper name: `un groupe`, `plusieurs comités`.
INDEFINITE_DETERMINERS = frozenset({"un", "une"}) | QUANTIFIERS
# Determiners that open a verb's object (`organise le tournoi`), never a name's complement.
OBJECT_DETERMINERS = DEFINITE_ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset({"un", "une"})


def heading_tokens(doc: Doc) -> set[int]:
    """Indexes of the tokens on lines written wholly in capitals (`ACTUALITES OFFICIELLES`,
    `SPORT`, `MARS 2024`): a site's section and heading lines, which name no organization."""
    found: set[int] = set()
    text = doc.text
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        start = end + 1
    return found


class KnownExtents:
    """The extents of the known organizations' names, by body and start, so that whether a
    name lies inside a longer name of the same body looks at the few starts a name can have,
    not at every name of the text (which made long texts quadratic)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.longest: dict[tuple[str, int], int] = {}  # (body, start) -> the furthest end
        self.reach = 0  # the most tokens of one name
        for span in spans:
            key = (span.id_, span.start)
            self.longest[key] = max(self.longest.get(key, span.end), span.end)
            self.reach = max(self.reach, span.end - span.start)

    def inside_longer(self, body: str, start: int, end: int) -> bool:
        """Does a name of `body` cover tokens `start`..`end` (end exclusive) and more?"""
        for first in range(max(0, start - self.reach), start + 1):
            last = self.longest.get((body, first))
            if last is not None and last >= end and (first < start or last > end):
                return True
        return False


def name_beginnings(names: list[Span]) -> dict[str, int]:
    """Each beginning of a name that ends before a space of its folded text (`assemblee
    generale` of `assemblee generale de x`) -> the first token where a name opens with it:
    a name is such a beginning of a name before it when its folded text maps to a start
    before its own. Built once, so that testing a name is one lookup."""
    first: dict[str, int] = {}
    for name in names:
        folded = fold(name.text)
        for i, char in enumerate(folded):
            if char == " ":
                first[folded[:i]] = min(first.get(folded[:i], name.start), name.start)
    return first


class OrganizationFinder:
    """Find organizations' names in a Doc with the words of one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.heads = lexicon.organization_heads
        self.links = NAME_LINKS | lexicon.titles.linking_participles
        calendar = lexicon.calendar
        # common words that look like acronyms when written in capitals: `VIDEO`, `MARS`
        self.common_in_capitals = self.heads.folded_sections | {fold(w) for w in (*calendar.months,
                                                                                  *calendar.weekdays)}
        self.legal_prefixes = [tuple(form.replace("'", "' ").split()) for form in self.heads.legal_prefixes]
        # the legal forms by their first word, lowercased: looked up at every token
        self.legal_prefixes_at: dict[str, list[tuple[str, ...]]] = {}
        for words in self.legal_prefixes:
            self.legal_prefixes_at.setdefault(words[0].lower(), []).append(words)
        self.state_words = lexicon.titles.generic_words  # `République`, `État`
        self.title_words = lexicon.titles.words
        self.modifiers = lexicon.titles.modifiers  # `haut`, `grand`, `nouveau`
        # words of time that follow a name without qualifying it: `le Parlement mardi`
        self.not_qualifiers = self.heads.frame_nouns | set(calendar.months) | set(calendar.weekdays) \
            | set(calendar.relative_days)

    def is_common_word_in_capitals(self, tok: Token) -> bool:
        """Is the token a section's word or a date's word written in capitals (`INTERVIEW`,
        `ÉCONOMIE`, `MAI`), which an acronym never is?"""
        return tok.is_upper and fold(tok.text) in self.common_in_capitals

    def _grow(self, doc: Doc, head: int, cover: Cover, persons: set[int], known_end: dict[int, int],
              place_end: dict[int, int], visits: set[int]) -> int:
        """End (exclusive) of the organization name that opens at token `head`.

        A name runs over its adjectives and its complements: `de` complements whatever their
        case (`ministère du Travail et de la Protection sociale de la population`), complements
        coordinated by `et de` (`Fédération de canoë et d'aviron`), `entre A et B`, and a `pour`
        complement with what it coordinates (`Comité d'État pour le travail avec les
        organisations religieuses`). Other lowercase complements (`sur`, `en`, `auprès`) belong
        to it until a capitalized complement has been taken; after that, only a chain that
        reaches another capitalized word does (`Comité d'Etat en charge de la Diaspora`). A
        complement the parse attaches to a verb (`a remercié l'Agence pour son aide`), a
        person's name, a verb or a clause ends it; a state's name inside it is taken whole
        (`des Emirats arabes unis`).
        """
        limit = min(len(doc), head + MAX_ORG_TOKENS, sentence_end(doc, head))
        end = i = compound_end(doc, head)
        capital_seen = False
        between = False  # inside `entre A`: its `et B` belongs to the name
        purpose = False  # inside a `pour` complement: `avec` and `et` go on within it
        eponymous = doc[head].lower_ in self.heads.place_heads_lower
        while i < limit:
            tok = doc[i]
            low = tok.lower_
            if i in persons or "\n" in tok.text:
                break
            if low == "," and i + 1 < limit and doc[i + 1].lower_ in OF and capital_seen:
                i += 1  # a portfolio listed with commas: `Ministère des Transports, de la Communication`
                continue
            if low == "," and i == end and (listed := self.enumeration_end(doc, i, limit)) is not None:
                end = i = listed  # `pour l'éducation, la culture et les sciences`
                continue
            if low in self.links or low in TO or low in {BETWEEN, AND} or (low == WITH and purpose):
                coordinated = low == AND and i + 1 < limit and doc[i + 1].lower_ in OF  # `et de`, `et d'`
                chained = i == end  # right after the name, not after a complement it did not take
                j = i + 1
                while j < limit and (doc[j].lower_ in ARTICLES or doc[j].lower_ in OF):
                    j += 1
                while j < limit and doc[j].pos_ == "ADJ" and not is_capitalized(doc[j]) and j + 1 < limit \
                        and doc[j + 1].pos_ in ("NOUN", "PROPN"):
                    j += 1  # `de haut niveau`
                if j >= limit or j in persons or any(doc[k].lower_ in QUANTIFIERS for k in range(i + 1, j + 1)):
                    break
                nxt = doc[j]
                if nxt.like_num or nxt.lower_ in self.heads.frame_nouns or nxt.is_punct:
                    break
                sited = doc[head].text in self.heads.sited
                if low in TO and not ((sited and cover[j] & PLACES)
                                      or (sited and low in A_CONTRACTED and is_capitalized(nxt)
                                          and not cover[j] & PLACES)):
                    break  # `à Genève` ends a name unless it is an office's seat, `à l'AZERTAC` names another
                    # body; an assembly it sits in belongs to it: `groupe d'amitié X au Sénat`
                if low == AND and (nxt.text in self.heads.capitalized or nxt.text in self.heads.lowercase
                                   or doc[j:compound_end(doc, j)].text in self.heads.capitalized
                                   or keys.TITLE in cover[j]):
                    break  # a second organization or a title: `le Gouvernement de X et le Gouvernement de Y`
                if low == AND and not (between or coordinated) and cover[j] & NOT_HEADS:
                    break  # a second party: `l'Agence spatiale et la Turquie`
                if low == AND and not (between or purpose) and doc[i + 1].lower_ in DEFINITE_ARTICLES:
                    break  # a complement repeats its `de`; `et le X` coordinates another body with this one
                if low == "en" and cover[j] & PLACES and _after_visit(doc, head, visits):
                    break  # `la visite du groupe d'amitié en Turquie`: where it went, not its seat
                if low not in OF and low != AND and _attached_to_verb(nxt) and not _closed_by_acronym(doc, j, limit):
                    # the complement of the verb: `a remercié le Comité pour son aide`; but an
                    # acronym in brackets after it closes one name (`organisé par le Conseil
                    # chinois pour la promotion du commerce international (CCPIT)`)
                    break
                if j in known_end:  # a known body inside: `Réseau parlementaire du Mouvement des non-alignés`
                    capital_seen = True
                    end = i = known_end[j]
                    continue
                if is_capitalized(nxt):
                    capital_seen = True
                    between = between or low == BETWEEN
                    end = i = _word_end(doc, j, place_end)
                    continue
                if low == AND and nxt.pos_ == "ADJ" and doc[i - 1].pos_ == "ADJ":
                    end = i = compound_end(doc, j)  # `Conseil économique et social`
                    continue
                # (a noun the tagger calls a verb has a `de` complement, not an object)
                if low == AND and chained and j == i + 1 and nxt.is_lower and doc[i - 1].is_lower \
                        and doc[i - 1].pos_ == "NOUN" and (nxt.pos_ == "NOUN" or (
                            nxt.pos_ == "VERB" and j + 1 < limit and doc[j + 1].lower_ in OF)):
                    end = i = compound_end(doc, j)  # two nouns of one complement: `des langues et civilisations`
                    continue
                if low == AND and chained and doc[i - 1].pos_ in ("ADJ", "NOUN") and doc[i - 1].is_lower \
                        and doc[i + 1].pos_ == "ADJ" and doc[i + 1].is_lower and j > i + 1 and nxt.pos_ == "NOUN" \
                        and nxt.is_lower:
                    # two adjectives of one noun: `des petites et moyennes entreprises` (the first
                    # one, without its noun yet, is often tagged a noun)
                    end = i = compound_end(doc, j)
                    continue
                if low == "en" and chained and j == i + 1 and nxt.pos_ == "NOUN" and nxt.is_lower \
                        and not cover[j] & (PLACES | set(keys.TRIGGERS)):
                    end = i = compound_end(doc, j)  # a bare noun after `en`: `des ressources en eau`
                    continue
                if low == BETWEEN or low in TO or (low == AND and not (coordinated or purpose)):
                    break
                # after `de`, the tagger's verb is a noun unless an infinitive: `groupe d'amitié`
                noun = nxt.pos_ in ("NOUN", "ADJ", "PROPN") or compound_end(doc, j) > j + 1 \
                    or (low in OF and nxt.pos_ == "VERB" and "Inf" not in nxt.morph.get("VerbForm", []))
                if (noun and low != "en") or (low == "en" and nxt.lower_ == "charge"):
                    purpose = purpose or low == FOR
                    i = compound_end(doc, j)
                    # a `de` complement of a complement left out is left out too: `le gouvernement
                    # de la Géorgie sur la création de points de contrôle`
                    if not capital_seen or (low in OF and chained) or purpose:
                        end = i
                    continue
                break
            if tok.text in OPENING_QUOTES and i == end and capital_seen:
                close = _quoted_designation_end(doc, i, limit)
                if close is not None:
                    end = i = close  # the designation in guillemets: `Jeux européens «Bakou-2015»`
                    continue
            if tok.like_num and i == end and _numbered(doc, i, limit):
                end = i = i + 1  # `Université Paris 1 Panthéon-Sorbonne`, `Université Paris 8`
                continue
            if tok.is_punct or tok.like_num:
                break
            if is_capitalized(tok) and keys.TITLE not in cover[i] and not self.is_common_word_in_capitals(tok):
                if tok.ent_type_ == "PER" and tok.ent_iob_ == "B" and not eponymous and not cover[i] & NOT_HEADS:
                    # the holder of a title named after the body: `le président du Sénat Jean
                    # Dupré`; a person's name that opens here, not the model's reading of the
                    # body's own words as one
                    break
                capital_seen = True
                end = i = _word_end(doc, i, place_end)
                continue
            if i == end and self._is_adjective_of_name(tok, head, cover):
                end = i = compound_end(doc, i)
                continue
            if i == end and tok.is_alpha and tok.is_lower and tok.lower_.endswith(PAST_PARTICIPLE_ENDINGS) \
                    and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower and _agrees(tok, doc[i - 1], ("Number",)):
                # a past participle that agrees with the complement's noun, however tagged:
                # `Académie militaire des forces armées`
                end = i = i + 1
                continue
            if i == end and tok.is_alpha and tok.is_lower and tok.pos_ == "NOUN" and i + 1 < limit \
                    and (doc[i + 1].lower_ in self.links or doc[i + 1].text == "(") \
                    and (doc[head].text in self.heads.capitalized or is_capitalized(doc[i - 1])):
                # an adjective the tagger took for a noun, after the head or a capitalized noun
                # with no article between: `Réseau parlementaire du ...`, `de l'Intégration africaine du Togo`
                end = i = i + 1
                continue
            break
        return end

    def enumeration_end(self, doc: Doc, comma: int, limit: int) -> int | None:
        """End (exclusive) of an enumeration that goes on a name's last complement or adjective
        after the comma at token `comma`, closed by `et`: adjectives (`des affaires économiques,
        commerciales et environnementales`) or common nouns with their article (`pour
        l'éducation, la culture et les sciences`), each item of the same kind as the word
        before the comma; None when what follows is no such list. A noun that heads a body's
        name or a title (`la commission`, `le ministre`) opens another noun phrase, not an item."""
        last = doc[comma - 1]
        if not (last.is_lower and last.is_alpha):
            return None
        adjectives = last.pos_ == "ADJ"
        if not adjectives and not (last.pos_ == "NOUN" and comma >= 2 and doc[comma - 2].lower_ in DEFINITE_ARTICLES):
            return None

        def item_end(i: int) -> int | None:
            """End of the item at token i, or None."""
            if adjectives:
                tok = doc[i] if i < limit else None
                # the tagger may call a coordinated adjective a noun: `sociales, culturelles et éducatives`
                if tok is None or not (tok.is_lower and tok.is_alpha and _agrees(tok, last, NUMBER)
                                       and (tok.pos_ == "ADJ" or tok.dep_ in ("amod", "conj"))
                                       and tok.lower_ not in self.title_words):
                    return None
                return i + 1
            if i + 1 >= limit or doc[i].lower_ not in DEFINITE_ARTICLES:
                return None
            noun = doc[i + 1]
            if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN") or noun.text in self.heads.lowercase \
                    or noun.lower_ in self.title_words or noun.lower_ in self.heads.frame_nouns:
                return None
            j = i + 2
            while j < limit and doc[j].is_lower and doc[j].pos_ == "ADJ":
                j += 1
            return j

        i = comma
        while i < limit and doc[i].text == ",":
            nxt = item_end(i + 1)
            if nxt is None:
                return None
            i = nxt
        if i < limit and doc[i].lower_ == AND and i > comma:
            return item_end(i + 1)
        return None

    def _is_adjective_of_name(self, tok: Token, head: int, cover: Cover) -> bool:
        """Does a lowercase word right after a name qualify it (`Centre culturel`, `forces
        armées`, `anti-monopole`) rather than open a clause of its own (`le Centre construit
        en 2010`, `l'Agence créée par décret`, `la Fédération organise le tournoi`)?"""
        doc = tok.doc
        if keys.NATIONALITY in cover[compound_end(doc, tok.i) - 1] or tok.lower_.startswith("anti"):
            return True  # `turc`, `germano-azerbaïdjanaise`, `anti-monopole`
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in OBJECT_DETERMINERS:
            return False  # an adjective takes no object: `organise le tournoi` is a verb
        if tok.lower_ in self.not_qualifiers:
            return False  # `le Parlement mardi`
        if tok.pos_ == "NOUN" and tok.i == compound_end(doc, head) and _agrees(tok, doc[head]):
            return True  # the tagger took the adjective for a noun: `Forces armées`, `Centre culturel`
        if tok.pos_ in ("VERB", "NOUN", "ADJ") and tok.lower_.endswith(ADJECTIVE_ENDINGS) and tok.is_lower \
                and doc[tok.i - 1].is_alpha and doc[tok.i - 1].is_lower:
            return True  # whatever the tagger says: `assurance médicale obligatoire`, `groupe d'amitié parlementaire`
        if tok.pos_ != "ADJ" and tok.dep_ != "amod":
            return False
        if tok.dep_ in CLAUSE_DEPS:
            return False  # the parse makes it the predicate of a clause: `le Centre construit en 2010`
        noun = next((doc[k] for k in range(tok.i - 1, head, -1) if doc[k].pos_ in ("NOUN", "PROPN")), doc[head])
        # a noun ending in -s, -x or -z does not show its number (`le Fonds national`)
        invariable = noun.lower_.endswith(("s", "x", "z")) and noun.i == head
        if not (invariable or _agrees(tok, noun, NUMBER) or _agrees(tok, doc[head], NUMBER)):
            return False  # an adjective agrees in number with its noun: `l'UEFA reprennent` is a verb
        participle = tok.pos_ == "VERB" or "Part" in tok.morph.get("VerbForm", [])
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if nxt is not None and (nxt.lower_ == BY or (nxt.pos_ == "ADP" and after is not None and after.like_num)):
            return False  # a participle with its agent or its date: `créé par décret`, `construit en 1985`
        return not (participle and nxt is not None and (nxt.pos_ == "ADP" or nxt.like_num))

    def _continued(self, known: Span, cover: Cover) -> bool:
        """Does a known body's form go on with an adjective of its own, making a longer name of
        another body (`Conseil de sécurité nationale` is not the `Conseil de sécurité`)?"""
        doc = known.doc
        head = doc[known.start]
        if head.text not in self.heads.capitalized or known.end >= len(doc):
            return False
        nxt = doc[known.end]
        return nxt.is_lower and nxt.is_alpha and not cover[nxt.i] & {keys.NATIONALITY} \
            and nxt.pos_ == "ADJ" and self._is_adjective_of_name(nxt, known.start, cover)

    def _state_complement_end(self, doc: Doc, i: int, place_end: dict[int, int]) -> int | None:
        """The end of a `de la République de X` complement at token `i` that makes a known
        body's fuller form (`Agence nationale pour l'action contre les mines de la République
        d'Azerbaïdjan`), or None."""
        if i + 3 >= len(doc) or doc[i].lower_ not in OF or doc[i + 1].lower_ not in DEFINITE_ARTICLES \
                or doc[i + 2].lower_ not in self.state_words or doc[i + 3].lower_ not in OF:
            return None
        j = i + 4
        while j < len(doc) and doc[j].lower_ in DEFINITE_ARTICLES:
            j += 1
        if j >= len(doc) or not is_capitalized(doc[j]):
            return None
        return _word_end(doc, j, place_end)

    @staticmethod
    def _apposed_to(doc: Doc, start: int) -> int:
        """The token a name opening at `start` is apposed to: the word before it, or for an
        acronym in brackets, the word before the name it abbreviates (`l'oléoduc
        Bakou-Tbilissi-Ceyhan (BTC)` -> `oléoduc`)."""
        i = start - 1
        if doc[i].text != "(" or i == 0 or not is_capitalized(doc[i - 1]):
            return i
        i -= 1
        while i > 0 and (is_capitalized(doc[i]) or doc[i].text == HYPHEN):
            i -= 1
        return i

    def in_title_complement(self, doc: Doc, link: int, cover: Cover, portfolio: bool = False) -> bool:
        """Does the `de` at token `link` open a complement of a title or of a body's name
        (`portfolio`: of a minister's or a ministry's), perhaps after others coordinated before
        it (`ministre des Transports, des Affaires maritimes et des Communications`, `Agence de
        l'Énergie`), rather than a complement of a common noun (`par l'intermédiaire du
        Croissant-Rouge égyptien`)?"""
        i = link - 1
        while i >= 0 and link - i <= MAX_ORG_TOKENS:
            tok = doc[i]
            low = tok.lower_
            if low in self.heads.portfolio_heads:
                return True
            if not portfolio and (low in self.title_words or tok.text in self.heads.lowercase
                                  or tok.text in self.heads.capitalized):
                return True
            if low in OF or low in ARTICLES or low in {AND, ","} or (is_capitalized(tok) and tok.is_alpha) \
                    or (tok.is_lower and (tok.pos_ == "ADJ" or keys.NATIONALITY in cover[i])):
                i -= 1
                continue
            return False
        return False

    def _names_a_thing(self, noun: Token) -> bool:
        """Is `noun` a lowercase common noun of no body (`gazoduc`, `projet`, `exercice`), so
        that a name in apposition to it names that thing?"""
        heads = self.heads
        return noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN" and not (
            noun.lower_ in heads.introducers_lower or noun.text in heads.lowercase or noun.lower_ in self.title_words)

    def _common_noun_head(self, tok: Token, cover: Cover) -> bool:
        """Could a capitalized common noun in mid-sentence head a proper name (`l'Usine
        d'assemblage automobile de Tachkent`, `le Pouvoir exécutif de la ville de Soumgaït`)?
        It stands after a determiner or a preposition and is no word of another kind of name."""
        doc = tok.doc
        if not (is_capitalized(tok) and tok.is_alpha and not tok.is_upper and tok.pos_ == "NOUN") \
                or tok.is_sent_start or tok.i == 0 or cover[tok.i]:
            return False
        if doc[tok.i - 1].pos_ not in ("DET", "ADP") or "Plur" in tok.morph.get("Number", []):
            return False  # bodies are named in the singular; `des Hautes technologies` is a domain
        if tok.ent_type_ == "MISC":
            return False  # the model reads a work, a document or an event: `le Livre blanc de la défense`
        link = _link_before(doc, tok.i)
        if doc[link].lower_ in OF and self.in_title_complement(doc, link, cover, portfolio=True):
            return False  # a portfolio, perhaps after others: `ministre du Développement numérique`,
            # `ministère des Affaires étrangères, de la Coopération africaine`
        low = tok.lower_
        return not (low in self.heads.not_names_lower or low in self.title_words or low in self.not_qualifiers
                    or low in self.heads.place_heads_lower)

    def _opening_adjective(self, head: Token, cover: Cover) -> bool:
        """Is the head noun opened by a capitalized adjective of the name (`Haut Conseil`,
        `Grande Loge`)? The adjective is never the head."""
        if head.i == 0:
            return False
        adj = head.doc[head.i - 1]
        return is_capitalized(adj) and not adj.is_sent_start and not cover[adj.i] and adj.is_alpha \
            and (adj.pos_ == "ADJ" or adj.lower_ in self.modifiers)

    def _introduces(self, span: Span, cover: Cover) -> bool:
        """Is the span's head a common noun that introduces a company's name in apposition
        (`compagnie pétrolière BP`, `société Kazatomprom`) rather than heads a name of its own
        (`Société nationale de Pétrole`, `groupe d'amitié parlementaire Italie-Azerbaïdjan`:
        places alone name no company)?"""
        head = span[0]
        if not head.is_lower or head.lower_ not in self.heads.introducers_lower:
            return False
        doc = span.doc
        for tok in span[1:]:
            if is_capitalized(tok):
                end = tok.i
                while end < span.end and (is_capitalized(doc[end]) or doc[end].text == HYPHEN
                                          or glued_after_apostrophe(doc, end)):
                    end += 1
                return not all(cover[i] & PLACES or doc[i].text == HYPHEN for i in range(tok.i, end))
            if _kind_complement(doc, tok.i) or (tok.i > span.start + 1 and _kind_complement(doc, tok.i - 1)):
                continue  # `agence de notation Fitch Ratings`: a kind of company, then its name
            if tok.lower_ in OF or not tok.is_lower:
                return False
        return False

    def _unshare_complements(self, doc: Doc, found: list[Span], cover: Cover) -> list[Span]:
        """`de la Chambre des communes et de la Chambre des lords du Parlement britannique`:
        when two names of the same head are coordinated, a body named after the second belongs
        to both; the second name ends before it, and that body is a name of its own."""
        ends = {s.end: s for s in found}
        out: list[Span] = []
        for span in found:
            first = ends.get(span.start - 2) or ends.get(span.start - 3) or ends.get(span.start - 1)
            gap = doc[first.end:span.start] if first is not None else None
            # two complements coordinated (`de la X et de la Y`), not two noun phrases (`le X et le Y`)
            if first is None or gap is None or len(gap) < 2 or gap[0].lower_ != AND or gap[1].lower_ not in OF \
                    or any(t.lower_ not in OF and t.lower_ not in ARTICLES for t in gap[1:]) \
                    or first[0].text != span[0].text:
                out.append(span)
                continue
            cut = next((k for k in range(span.end - 1, span.start + 1, -1) if doc[k].lower_ in OF
                        and self._names_body(doc, _skip_articles(doc, k, span.end), cover, states=False)), None)
            out.append(span if cut is None else Span(doc, span.start, cut, label=span.label_, span_id=span.id_))
        return out

    def _title_complements(self, doc: Doc, cover: Cover, persons: set[int], found: list[Span],
                           known_end: dict[int, int], place_end: dict[int, int], visits: set[int]) -> list[Span]:
        """Names of bodies in their own language after a title and `du`, `de la` (`le président
        du Halk Maslahaty du Turkménistan`, `l'entraîneur du Real Betis`): two proper nouns or
        more with the article that no person's name takes, and no state, city or known body
        at their head. A minister's capitalized complement is a portfolio (`ministre du
        Commerce extérieur`), not a body."""
        taken = {i for s in found for i in range(s.start, s.end)}
        out: list[Span] = []
        for title in doc.spans.get(keys.LEXICON, []):
            if title.label_ != keys.TITLE or (title.id_ or title.text).lower() in self.heads.portfolio_heads \
                    or title.text.lower() in self.heads.portfolio_heads:
                continue
            j = title.end
            while j < len(doc) and doc[j].is_lower and (doc[j].pos_ == "ADJ" or keys.NATIONALITY in cover[j]):
                j += 1  # `président exécutif du`
            if j + 1 < len(doc) and doc[j].lower_ in DE_CONTRACTED:
                start = j + 1
            elif j + 2 < len(doc) and doc[j].lower_ in DE and doc[j + 1].lower_ in DEFINITE_ARTICLES:
                start = j + 2
            else:
                continue
            words = 0
            k = start
            while k < len(doc) and is_capitalized(doc[k]) and doc[k].pos_ in ("PROPN", "X") \
                    and k not in persons and k not in taken and not cover[k] & {keys.TITLE, keys.NATIONALITY}:
                k = compound_end(doc, k)
                words += 1
            head = doc[start]
            if words < 2 or cover[start] or head.text in self.heads.capitalized \
                    or head.lower_ in self.heads.not_names_lower or head.lower_ in self.title_words:
                continue
            end = self._grow(doc, start, cover, persons, known_end, place_end, visits)
            out.append(Span(doc, start, max(end, k), label=keys.ORG))
        return out

    @staticmethod
    def indefinite(doc: Doc, head: int) -> bool:
        """Is the head noun opened by an indefinite determiner, a number or an ordinal (`un
        groupe de représentants`, `une commission de l'Assemblée`, `trois comités`, `le VIIe
        Congrès`)? A proper name is not; a counted one is an edition of a gathering."""
        i = head - 1
        while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and not ORDINAL.match(doc[i].text):
            i -= 1  # `une nouvelle commission`
        if i >= 0 and (ORDINAL.match(doc[i].text) or ROMAN_ORDINAL.match(doc[i].text)):
            return True  # an edition of a gathering: `le 77e Congrès de l'AIPS`
        return i >= 0 and (doc[i].lower_ in INDEFINITE_DETERMINERS or doc[i].like_num)

    def _names_body(self, doc: Doc, i: int, cover: Cover, states: bool = True) -> bool:
        """Does the noun phrase at token `i` name an organization, or (`states`) a state
        (`l'AZERTAC`, `la société X`, `la Banque mondiale`, `la République`)?"""
        tok = doc[i]
        heads = self.heads
        return bool(keys.KNOWN_ORG in cover[i] or tok.text in heads.capitalized
                    or (tok.lower_ in heads.introducers_lower and i + 1 < len(doc) and is_capitalized(doc[i + 1]))
                    or (tok.is_upper and len(tok.text) >= 2 and tok.is_alpha)
                    or (states and is_capitalized(tok) and tok.lower_ in self.state_words))

    def _generic_part(self, span: Span, cover: Cover) -> bool:
        """Is the span a generic part of another body, named only by its function: a lowercase
        head whose complement names that body (`administration de la société X`, `fondation de
        la République`), or a head with a function noun (`Conseil d'administration de l'Agence`)?
        The guide makes these at most optional."""
        doc = span.doc
        head = span.start
        i = head + 1
        if i >= span.end or doc[i].lower_ not in OF:
            return False
        j = _skip_articles(doc, i, span.end)
        lower = doc[head].text in self.heads.lowercase and doc[head].text not in self.heads.institutions
        # a company's noun with a noun of function is a kind of company: `agence de presse`
        function = doc[j].lower_ in self.heads.generic_parts and doc[head].lower_ not in self.heads.introducers_lower
        if lower and j < span.end and (self._names_body(doc, j, cover) or function):
            return True  # `administration de la société X`, `service de presse du ministre`
        if j + 1 < span.end and function and doc[j + 1].lower_ in OF:
            k = _skip_articles(doc, j + 1, span.end)
            return k < span.end and self._names_body(doc, k, cover)
        return False

    def find(self, doc: Doc, cover: Cover, persons: list[Span]) -> list[Span]:
        """Organization name spans (label `ORG`; `id` the canonical name of a known body),
        nested names included (each its own span), sorted by start, longest first."""
        heads = self.heads
        # a lone word the person finder was unsure of (`Protection`) does not cut a name
        person_tokens = {i for p in persons if p.label_ != keys.PER_WEAK for i in range(p.start, p.end)}
        # but a lone word that is the surname of a person named in full is that person, whatever
        # the model's entities say (`Fidan a remercié` after `Hakan Fidan`)
        surnames = {p[-1].lower_ for p in persons if p.label_ == keys.PER and len(p) > 1}
        surname_tokens = {p.start for p in persons if p.label_ == keys.PER_WEAK and len(p) == 1
                          and p[0].lower_ in surnames}
        found: list[Span] = []
        known_end: dict[int, int] = {}
        known_ids = {span.id_ for span in doc.spans.get(keys.LEXICON, []) if span.label_ == keys.KNOWN_ORG}
        overridden: set[int] = set()  # heads of known forms that a longer name takes over
        counted: list[Span] = []  # names of counted gatherings (`le 77e Congrès de l'AIPS`)
        place_end: dict[int, int] = {}
        for span in doc.spans.get(keys.LEXICON, []):
            if span.label_ in keys.GAZETTEER_PLACES:
                place_end[span.start] = max(place_end.get(span.start, 0), span.end)
        for span in doc.spans.get(keys.LEXICON, []):
            if span.label_ != keys.KNOWN_ORG:
                continue
            if self._continued(span, cover):
                overridden.add(span.start)
                continue
            if len(span) == 1 and not span[0].is_upper and span.start >= 2 and doc[span.start - 1].lower_ in ARTICLES \
                    and self.in_title_complement(doc, _link_before(doc, span.start), cover, portfolio=True):
                continue  # a portfolio named like a body: `ministre de la Culture et de la Francophonie`
            end = self._state_complement_end(doc, span.end, place_end) or span.end
            known_end[span.start] = max(known_end.get(span.start, 0), end)
            found.append(Span(doc, span.start, end, label=keys.ORG, span_id=span.id_))
        visits = visit_tokens(doc)
        trailing = ARTICLES | self.links | {AND, HYPHEN, WITH}
        for tok in doc:
            if tok.i in person_tokens:
                continue
            # a head may be a hyphenated compound the tokenizer cuts: `Croissant-Rouge`, `État-major`
            compound = doc[tok.i:compound_end(doc, tok.i)].text
            capital_head = tok.text in heads.capitalized or compound in heads.capitalized
            lower_head = tok.text in heads.lowercase
            common_head = not (capital_head or lower_head) and self._common_noun_head(tok, cover)
            if not (capital_head or lower_head or common_head) \
                    or (cover[tok.i] & NOT_HEADS and not (tok.i in overridden and tok.i not in known_end)):
                continue
            end = self._grow(doc, tok.i, cover, person_tokens, known_end, place_end, visits)
            while end > tok.i + 1 and doc[end - 1].lower_ in trailing:
                end -= 1
            span = Span(doc, tok.i, end, label=keys.ORG)
            if common_head and not _qualified_then_named(span):
                continue
            if capital_head and self._opening_adjective(tok, cover):
                span = Span(doc, tok.i - 1, end, label=keys.ORG)  # `Haut Conseil`, `Grande Loge`
            # `État`, `République` alone name no body: `le service de l'État`
            has_capital_complement = any(is_capitalized(t) and t.lower_ not in self.state_words for t in span[1:])
            if lower_head and not has_capital_complement and not (
                    tok.text in heads.institutions and (len(span) > 2 or (keys.NATIONALITY in cover[span.end - 1]
                                                        and tok.text not in heads.need_complement))):
                continue  # `la commission a décidé`: a common noun, unless it names a body (`parlement géorgien`)
            if tok.text in heads.need_complement and len(span) == 1:
                continue
            if len(span) == 1 and tok.is_sent_start:
                continue
            if self.indefinite(doc, tok.i):
                counted.append(span)
                continue
            if self._generic_part(span, cover):
                continue
            if lower_head and tok.i > 0 and doc[tok.i - 1].lower_ in DE | {"en"}:
                # a bare `de` makes a kind, not a body: `les chefs de gouvernement des pays de la CEI`;
                # a bare `en` a phrase of manner: `en compagnie du ministre`, `en commission`
                continue
            if self._legal_prefix_end(doc, tok.i) is not None or self._introduces(span, cover):
                continue  # `la société anonyme X`, `la compagnie pétrolière BP`: the name is the company's
            found.append(span)
        found += self._title_complements(doc, cover, person_tokens, found, known_end, place_end, visits)
        found += _holders_of_counted(doc, counted)
        found = self._unshare_complements(doc, found, cover)
        # a lowercase head inside another name's complement is a word of that name: `Conseil des
        # chefs de gouvernement`, `Conseil d'administration`
        # (the tokens inside a name after its first, listed once: comparing every name with
        # every other was quadratic in a long text)
        inner = {i for o in found for i in range(o.start + 1, o.end)}
        found = [s for s in found if not (s[0].text in heads.lowercase and s[0].text not in heads.institutions
                                          and s.start in inner)]
        covered = {i for s in found for i in range(s.start, s.end)}
        headings = heading_tokens(doc)
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "MISC"):
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].lower_ in ARTICLES or doc[s].is_punct or doc[s].is_space):
                s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
                e -= 1
            if s >= e or any(i in covered or i in person_tokens or i in surname_tokens for i in range(s, e)):
                continue
            toks = doc[s:e]
            if toks[-1].lower_ in ARTICLES or toks[-1].lower_ in self.links:
                continue  # the model cut a longer name: `Saint-Germain des`
            if len(toks) == 1 and INITIAL_AND_SURNAME.match(toks[0].text):
                continue  # a person's initial glued to the surname: `A.Soultanov`
            if len(toks) == 1 and ROMAN_ORDINAL.match(toks[0].text):
                continue  # a century or an edition in Roman numerals: `le XXe siècle`
            if len(toks) > 1 and (ROMAN_ORDINAL.match(toks[0].text) or ORDINAL.match(toks[0].text)):
                continue  # an edition of a gathering, not a body: `le VIIe Forum global de Bakou`
            core = e  # the name before the adjectives the model read with it: `Croissant-Rouge turc`
            while core > s + 1 and doc[core - 1].is_lower and doc[core - 1].is_alpha \
                    and (doc[core - 1].pos_ == "ADJ" or keys.NATIONALITY in cover[core - 1]):
                core -= 1
            if any(cover[i] & NOT_IN_MODEL_ORGS for i in range(s, core)):
                continue
            if any(i in headings for i in range(s, e)) or any(self.is_common_word_in_capitals(t) for t in toks):
                continue  # a section or heading line (`ACTUALITES OFFICIELLES`), a rubric (`VIDEO`)
            if not all(is_capitalized(t) or t.lower_ in ARTICLES or t.text in "-&'" for t in doc[s:core]):
                continue
            if toks[0].lower_ in heads.not_names_lower or toks[0].text in heads.capitalized \
                    or toks[0].lower_ in heads.place_heads_lower:
                continue  # a word of no name, a head the rules above read, a street or a building (`Allée`)
            if toks[0].pos_ in ("VERB", "AUX") and (toks[0].morph.get("Mood", []) or len(toks) == 1):
                continue  # a verb at the head of a sentence (`Remplissez les cases`), not a name
            acronym = len(toks) == 1 and toks[0].is_upper and 2 <= len(toks[0].text) <= 8
            if len(toks) > 1 and all(t.is_upper or not t.is_alpha for t in toks):
                continue  # section words (`MEMOIRE SANGLANTE`), not a name
            before = s - 1
            while before > 0 and doc[before].lower_ in DEFINITE_ARTICLES:
                before -= 1
            if not acronym and before >= 0 and doc[before].lower_ in OF \
                    and (len(doc[s:e].text.split()) < 2 or self.in_title_complement(doc, before, cover)):
                # a complement of a title or of a longer name (`ministre de l'Énergie`); a lone
                # word may be a person's or a place's (`le régime de X`)
                continue
            if ent.label_ == "MISC" and not acronym:
                continue
            if acronym and any(c.isdigit() for c in toks[0].text):
                continue
            if s > 0 and self._names_a_thing(doc[self._apposed_to(doc, s)]):
                continue  # a name in apposition names what its noun says: `le gazoduc BTC`, `l'oléoduc X (BTC)`
            found.append(Span(doc, s, e, label=keys.ORG))
        found += self._weak_acronyms(doc, cover, found, person_tokens, headings)
        found += _coordinated_with_bodies(doc, cover, found, person_tokens | surname_tokens)
        found = _dash_apposition(doc, found, cover, person_tokens)
        # keep nested spans (an organization inside another's name) but drop exact duplicates and
        # a known name inside a longer form of the same body (`Nations Unies` in `Organisation des Nations Unies`)
        known = KnownExtents(s for s in found if s.id_ and s.id_ in known_ids)
        found = [s for s in found if not (s.id_ and known.inside_longer(s.id_, s.start, s.end))]
        # a later mention of a counted gathering by the beginning of its name is that gathering
        # (`la 61e Assemblée générale de X` ... `en marge de l'Assemblée générale`)
        opened = name_beginnings(counted)
        found = [s for s in found if s.id_ or not opened.get(fold(s.text), s.start) < s.start]
        # two readings that open at the same word, the longer going on with a complement, name
        # one body (`Organisation de coopération économique` inside `... de la mer Noire`); a
        # name explained after a dash keeps both (`Bruegel – l'Institut ...`)
        ends: dict[int, int] = {}
        for span in found:
            ends[span.start] = max(ends.get(span.start, span.end), span.end)
        unique = {(s.start, s.end): s for s in found
                  if s.end == ends[s.start] or doc[s.end].lower_ not in self.links}
        return sorted(unique.values(), key=lambda s: (s.start, -s.end))

    def _at_premises(self, doc: Doc, cover: Cover) -> list[Span]:
        """Names after a noun of premises and `de` (`au siège régional de Veolia`, `dans les
        locaux de Petronas`): the body they are the premises of, whatever the model took the
        name for; not a place of the gazetteer (`le siège de Bakou`) nor a person's name."""
        out: list[Span] = []
        for tok in doc:
            if tok.lower_ not in OF or not self._of_premises(doc, tok.i):
                continue
            i = tok.i + 1
            while i < len(doc) and doc[i].lower_ in DEFINITE_ARTICLES:
                i += 1
            end = self._company_name_end(doc, i, cover, False)
            while end > i and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
                end += 1  # its adjectives: `au siège du Pouvoir exécutif`
            if end > i and not any(cover[k] & PLACES or doc[k].ent_type_ == "PER" for k in range(i, end)):
                out.append(Span(doc, i, end, label=keys.ORG))
        return out

    def _of_premises(self, doc: Doc, link: int) -> bool:
        """Is the `de` at token `link` the complement of a noun of premises (`au siège
        régional de Veolia`, `dans les locaux de X`)? What follows names the body they are
        the premises of."""
        k = link - 1
        while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k -= 1
        return k >= 0 and doc[k].lower_ in self.heads.premises

    def _weak_acronyms(self, doc: Doc, cover: Cover, found: list[Span], persons: set[int],
                       headings: set[int]) -> list[Span]:
        """Words in capitals after an article or in brackets (`de l'ADPME`, `(ANEA)`) that no
        other rule took: an organization's acronym if they are the initials or a form of an
        organization of the text (label `ORG_WEAK`; the grouping decides)."""
        taken = {i for s in found for i in range(s.start, s.end)} | persons | headings
        out: list[Span] = []
        for tok in doc:
            text = tok.text
            if tok.i in taken or cover[tok.i] or not (tok.is_upper and tok.is_alpha and 2 <= len(text) <= MAX_ACRONYM):
                continue
            if self.is_common_word_in_capitals(tok) or tok.i == 0:
                continue
            prev = doc[tok.i - 1]
            if prev.lower_ in ARTICLES or prev.text == "(":
                out.append(Span(doc, tok.i, tok.i + 1, label=keys.ORG_WEAK))
        return out

    def find_introduced(self, doc: Doc, cover: Cover) -> list[Span]:
        """Names introduced as a company's, a medium's or a party's (`la compagnie pétrolière
        britannique BP`, `le magazine Condé Nast Traveller`, `l'usine « Azerkimya »`), names
        after a legal form (`la SARL Réseau gazier Nord`: the form is not part of the name), and
        names ending with a legal form (`ONGC Videsh Limited`): organizations, whatever the
        model thought. No two of the spans overlap."""
        heads = self.heads
        found: list[Span] = []
        for tok in doc:
            legal = self._legal_prefix_end(doc, tok.i)
            if legal is None and not (tok.is_lower and tok.lower_ in heads.introducers_lower):
                continue  # a capitalized `Banque` heads a name of its own (`Banque mondiale`)
            i = legal if legal is not None else tok.i + 1
            while i < len(doc) and i - tok.i <= 4 and doc[i].is_lower:
                if _kind_complement(doc, i):
                    i += 2  # `l'agence de notation Fitch Ratings`
                elif doc[i].pos_ == "ADJ" or doc[i].dep_ == "amod" or keys.NATIONALITY in cover[i] \
                        or HYPHEN in doc[i].text.strip(HYPHEN):
                    # `la compagnie aérienne Qatar Airways`; a compound adjective, however
                    # tagged: `la société franco-italienne Thales Alenia Space`
                    i += 1
                elif i + 2 < len(doc) and doc[i + 1].text == HYPHEN and doc[i + 2].is_lower \
                        and not doc[i].whitespace_:
                    i += 3  # the same compound cut at its hyphen: `germano` `-` `polonaise`
                else:
                    break
            quoted = i < len(doc) and doc[i].text in OPENING_QUOTES
            if quoted:
                i += 1
            end = self._company_name_end(doc, i, cover, legal is not None or quoted)
            if end > i:
                found.append(Span(doc, i, end, label=keys.ORG))
        found += self._credited(doc, cover)
        found += self._at_premises(doc, cover)
        for tok in doc:
            if (tok.text in heads.legal_suffixes or tok.text in heads.name_endings) and tok.i > 0 \
                    and is_capitalized(doc[tok.i - 1]) and not _name_goes_on(doc, tok.i + 1):
                start = tok.i
                while start > 0 and tok.i - start < MAX_LEGAL_NAME and is_capitalized(doc[start - 1]) \
                        and not doc[start - 1].is_sent_start:
                    start -= 1
                found.append(Span(doc, start, tok.i + 1, label=keys.ORG))
        return filter_spans(found)

    def _credited(self, doc: Doc, cover: Cover) -> list[Span]:
        """Agencies credited in a credit line at the start of a line (`Source : Anadolu`,
        `Photo : AFP`, `© Xinhua`): the name that follows the marker, unless the model calls
        it a person's (a photographer's credit names no organization)."""
        out: list[Span] = []
        for tok in doc:
            source = tok.lower_ in self.heads.source_markers
            marker = source or tok.lower_ in self.heads.photo_markers
            if not marker or not (tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_
                                  or doc[tok.i - 1].is_space):
                continue
            i = tok.i + 1
            if i < len(doc) and doc[i].text == ":":
                i += 1
            end = self._company_name_end(doc, i, cover, False)
            # a source is a medium; a photo may be credited to its author
            person = not source and any(doc[k].ent_type_ == "PER" for k in range(i, end))
            # a credit names only its source; words going on after the name make a caption
            # (`Photo: Prime Minister of Georgia ...`)
            caption = end < len(doc) and "\n" not in doc[end - 1].whitespace_ and doc[end].is_alpha \
                and doc[end].is_lower
            if end > i and not person and not caption:
                out.append(Span(doc, i, end, label=keys.ORG))
        return out

    def _legal_prefix_end(self, doc: Doc, i: int) -> int | None:
        """End (exclusive) of the legal form that opens at token `i` (`SARL`, `société
        anonyme ouverte`), if one does; the longest form wins."""
        best: int | None = None
        for words in self.legal_prefixes_at.get(doc[i].lower_, ()):
            end = i + len(words)
            if end <= len(doc) and all(doc[i + k].text == w if w.isupper() else doc[i + k].lower_ == w.lower()
                                       for k, w in enumerate(words)):
                best = max(best or end, end)
        return best

    def _company_name_end(self, doc: Doc, i: int, cover: Cover, certain: bool) -> int:
        """End (exclusive) of the company's name that opens at token `i`: its capitalized words;
        after a legal form or inside guillemets (`certain`), also the lowercase words between
        them (`Réseau gazier Nord`). A place alone is no company's name (`le groupe Europe`), but
        may open one (`Astana Motors`)."""
        end = i
        j = i
        glued = 0  # word ends cut off at an apostrophe, no words of their own
        while j < len(doc) and j - i - glued < MAX_COMPANY_NAME:
            tok = doc[j]
            after = j + 2 if glued_after_apostrophe(doc, j + 1) else j + 1  # past `Xi'` `an`
            alone_place = j == i and cover[j] & PLACES and not (after < len(doc) and is_capitalized(doc[after]))
            if is_capitalized(tok) and not cover[j] & NOT_IN_COMPANY_NAMES and not alone_place \
                    and (certain or tok.lower_ not in self.heads.not_names_lower):
                end = j = compound_end(doc, j)
                continue
            if end == j and glued_after_apostrophe(doc, j):
                end = j = j + 1  # `Xi'an Free Trade Port Construction`: one word
                glued += 1
                continue
            if certain and end > i and tok.is_lower and tok.pos_ in ("ADJ", "NOUN"):
                j += 1  # kept only if a capitalized word follows
                continue
            break
        return end


def _holders_of_counted(doc: Doc, counted: list[Span]) -> list[Span]:
    """The body an edition of a gathering belongs to, when its complement gives the body's
    acronym (`le 77e Congrès de l'AIPS`, `la 15e session de l'OCI`): an organization, though
    the counted gathering is none."""
    out: list[Span] = []
    for span in counted:
        for k in range(span.start + 1, span.end - 1):
            if doc[k].lower_ not in OF:
                continue
            j = k + 1
            while j < span.end and doc[j].lower_ in DEFINITE_ARTICLES:
                j += 1
            tok = doc[j] if j < span.end else None
            if tok is not None and tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= MAX_ACRONYM:
                out.append(Span(doc, j, j + 1, label=keys.ORG))
            break
    return out


def _coordinated_with_bodies(doc: Doc, cover: Cover, found: list[Span], persons: set[int]) -> list[Span]:
    """Lone capitalized words that `de` coordinates with organizations' names (`des responsables
    de la Société nationale des hydrocarbures (SNH) et de Petrosen`): the conjuncts of one list
    are of one kind, so a word that is no place, person or known name there is a body's name."""
    ends = {s.end for s in found}
    starts = {s.start for s in found}
    taken = {i for s in found for i in range(s.start, s.end)}
    out: list[Span] = []
    for tok in doc:
        k = tok.i
        if not (is_capitalized(tok) and tok.is_alpha and not tok.is_upper) or k in taken or k in persons or cover[k] \
                or k < 3 or doc[k - 1].lower_ not in DE or tok.is_sent_start:
            continue
        if k + 1 < len(doc) and (is_capitalized(doc[k + 1]) or doc[k + 1].text == HYPHEN):
            continue  # one word only: a longer name is read by the other rules
        link = k - 2
        before = link - 1
        if doc[before].text == ")" and before >= 3 and doc[before - 2].text == "(":
            before -= 3  # past the acronym of the body before: `(SNH) et de Petrosen`
        after = k + 1
        previous = doc[link].lower_ in {AND, ","} and before + 1 in ends
        following = after + 2 < len(doc) and doc[after].lower_ in {AND, ","} and doc[after + 1].lower_ in DE \
            and any(s in starts for s in (after + 2, after + 3))
        if previous or following:
            out.append(Span(doc, k, k + 1, label=keys.ORG))
    return out


def coordinated_sides(doc: Doc, cover: Cover, found: list[Span], persons: set[int]) -> list[Span]:
    """Capitalized names with no noun to introduce them that `et` coordinates with a body's
    name or a person as the subject of a verb of meeting or signing (`Veolia et la SOCAR ont
    signé`, `la SOCAR et Veolia ont signé`), or as its complement in `avec` (`une rencontre avec
    la SOCAR et Veolia`), and two such names after `entre` (`un mémorandum entre AzerTelecom et
    Kazakhtelecom`): the sides of an encounter are of one kind, so a name there that is no
    place, person or known word is a body's. (`named_beside_a_body` reads a name beside a body
    in any sentence; the two overlap where a body is a side and could become one rule.)"""
    starts = {s.start for s in found}
    ends = {s.end for s in found}
    taken = {i for s in found for i in range(s.start, s.end)}

    def free(i: int) -> bool:
        tok = doc[i]
        return is_capitalized(tok) and tok.is_alpha and i not in taken and i not in persons and not cover[i]

    def goes_on(i: int) -> bool:
        # a place's name may end a body's (`Business France`), not open it
        tok = doc[i]
        return is_capitalized(tok) and tok.is_alpha and i not in taken and i not in persons and cover[i] <= PLACES

    def sides_of_encounter(lo: int, hi: int) -> bool:
        # the subject of a verb of meeting right after it, or the complement of `avec` after one
        verb = next((k for k in range(hi, min(len(doc), hi + 3)) if doc[k].pos_ not in ("AUX", "ADV")), hi)
        if verb < len(doc) and keys.TRIGGER_VERB in cover[verb] and any(doc[k].pos_ == "AUX" for k in range(hi, verb)):
            return True
        # or the complement of a verb or noun of meeting, through `avec` and the people who
        # stand for the bodies (`a rencontré les dirigeants de X et de la société Y`)
        k = lo - 1
        while k > 0 and doc[k].lower_ in ARTICLES | OF:
            k -= 1
        if k > 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k + 1].lower_ in OF:
            k -= 1
            while k > 0 and doc[k].lower_ in ARTICLES:
                k -= 1
        reach = SIDES_REACH if doc[k].lower_ == BETWEEN else 3  # `a été signé jeudi à Bakou entre A et B`
        if k > 0 and doc[k].lower_ in (WITH, BETWEEN):
            k -= 1
        return k > 0 and any(keys.TRIGGER_VERB in cover[j] or keys.TRIGGER_NOUN in cover[j]
                             for j in range(max(doc[k].sent.start, k - reach), k + 1))

    out: list[Span] = []
    i = 0
    while i < len(doc):
        if not free(i) or (i > 0 and free(i - 1)):
            i += 1
            continue
        end = i
        end = i + 1
        while end < len(doc) and end - i < MAX_COMPANY_NAME and goes_on(end):
            end += 1
        if end - i > 3 or end >= len(doc):
            i = end
            continue
        # the body or person after `et` (`Veolia et la SOCAR`), or before it (`la SOCAR et Veolia`)
        j = _skip_articles(doc, end + 1, len(doc))
        if j + 1 < len(doc) and j not in starts and doc[j].is_lower and doc[j].pos_ == "NOUN" and j + 1 in starts:
            j += 1  # `Orlen et la compagnie PGE`: the noun that introduces the other name
        if i > 0 and doc[i - 1].lower_ == BETWEEN and doc[end].lower_ == AND and j < len(doc) and free(j) \
                and keys.NATIONALITY not in cover[j]:
            # `un mémorandum entre AzerTelecom et Kazakhtelecom`: two names no noun introduces,
            # the two sides of a signing or meeting
            end2 = j + 1
            while end2 < len(doc) and end2 - j < MAX_COMPANY_NAME and goes_on(end2):
                end2 += 1
            if end2 - j <= 3 and sides_of_encounter(i, end2):
                out += [Span(doc, i, end, label=keys.ORG), Span(doc, j, end2, label=keys.ORG)]
                i = end2
                continue
        after = doc[end].lower_ == AND and (j in starts or j in persons)
        link = i - 1
        if link >= 4 and doc[link - 1].text == ")" and doc[link - 3].text == "(":
            link -= 3  # past the acronym of the body before: `l'Agence X (KOBIA) et Business France`
        before = i >= 2 and doc[i - 1].lower_ == AND and (link in ends or link - 1 in persons)
        if after:
            hi = next((s.end for s in found if s.start == j), j)
            while hi < len(doc) and hi in persons:
                hi += 1
            if sides_of_encounter(i, hi):
                out.append(Span(doc, i, end, label=keys.ORG))
        elif before:
            lo = next((s.start for s in found if s.end == link), link - 1)
            while lo > 0 and lo - 1 in persons:
                lo -= 1
            if sides_of_encounter(lo, end):
                out.append(Span(doc, i, end, label=keys.ORG))
        i = end
    return out


def _link_before(doc: Doc, start: int) -> int:
    """The `de` (or other token) before the articles that open the name at `start`."""
    i = start - 1
    while i > 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1
    return i


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Does the name go on at token `i` (a capitalized word, a number, `and`, `&`, `of`), so that
    the word before it does not end it (`Caspian Oil and Gas 2017`, `Bank of Georgia`)?"""
    if i >= len(doc):
        return False
    tok = doc[i]
    return is_capitalized(tok) or tok.like_num or tok.lower_ in {"and", "&", "of"}


def _quoted_designation_end(doc: Doc, i: int, limit: int) -> int | None:
    """End (exclusive, after the closing guillemet) of a short capitalized designation in
    guillemets that opens at token `i` (`«Bakou-2015»`), if there is one."""
    j = i + 1
    while j < limit and j - i <= MAX_QUOTED and doc[j].text not in CLOSING_QUOTES:
        j += 1
    if j >= limit or doc[j].text not in CLOSING_QUOTES or j == i + 1 or not is_capitalized(doc[i + 1]):
        return None
    return j + 1


def _numbered(doc: Doc, i: int, limit: int) -> bool:
    """Is the number at token `i` a part of the name before it (`Université Paris 1
    Panthéon-Sorbonne`, `Université Paris 8 a signé`)? A short number written in figures right
    after a capitalized word, which another word of the name, a clause's verb or punctuation
    follows; a count or a year is no part of a name (`l'Union 27 pays`, `l'OTAN en 2024`)."""
    tok = doc[i]
    if not (tok.is_digit and len(tok.text) <= 2 and i > 0 and is_capitalized(doc[i - 1]) and doc[i - 1].whitespace_):
        return False
    if i + 1 >= limit:
        return True
    nxt = doc[i + 1]
    return is_capitalized(nxt) or nxt.is_punct or nxt.pos_ in ("VERB", "AUX")


def _word_end(doc: Doc, i: int, place_end: dict[int, int]) -> int:
    """End (exclusive) of the capitalized word at `i` in a name: a state's name whole (`des
    Emirats arabes unis`), and what a hyphen joins to it (`Azerbaïdjan-Turquie`); a dash with
    spaces joins two places (`groupe d'amitié Italie – Azerbaïdjan`)."""
    end = max(place_end.get(i, i + 1), compound_end(doc, i))
    end = max(end, compound_end(doc, end - 1))
    if i in place_end and end + 1 < len(doc) and doc[end].text in DASHES and end + 1 in place_end:
        return _word_end(doc, end + 1, place_end)
    if i in place_end and end < len(doc) and len(doc[end].text) > 1 and doc[end].text[0] in DASHES \
            and doc[end].text[1].isupper():
        return end + 1  # the dash glued to the second place: `Pologne -Géorgie`
    return end


def _qualified_then_named(span: Span) -> bool:
    """Does a name opened by a common noun go on with a lowercase qualifier (an adjective or a
    lowercase `de` complement) and then a capitalized complement (`Usine d'assemblage
    automobile de Tachkent`)? A bare `X de Bakou` (`Processus de Bakou`, `Format d'Astana`) names
    a process, an event or a document as often as a body."""
    if len(span) < 3:
        return False
    second = span[1]
    qualified = (second.is_lower and second.pos_ in ("ADJ", "NOUN")) \
        or (second.lower_ in OF and span[2].is_lower and span[2].pos_ in ("ADJ", "NOUN"))
    return qualified and any(is_capitalized(t) for t in span[2:])


def _kind_complement(doc: Doc, i: int) -> bool:
    """Is token `i` a bare `de` with a lowercase noun after it, which makes a kind of thing
    (`agence de notation`, `chefs de gouvernement`), not a complement naming one?"""
    if doc[i].lower_ in DE and i + 1 < len(doc) and doc[i + 1].lower_ in STATE_WORDS:
        return True  # `le consortium d'Etat Turkmennebit`: `Etat` is written with its capital
    return doc[i].lower_ in DE and i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].is_alpha \
        and doc[i + 1].pos_ in ("NOUN", "ADJ")


def _skip_articles(doc: Doc, i: int, end: int) -> int:
    """The first token at or after `i` (before `end`) that is no article nor `de`."""
    while i < end and (doc[i].lower_ in ARTICLES or doc[i].lower_ in OF):
        i += 1
    return i


def _agrees(word: Token, noun: Token, features: tuple[str, ...] = ("Number", "Gender")) -> bool:
    """Do two words agree in number and gender (or in `features`), as far as the tagger says?"""
    for feature in features:
        mine, its = word.morph.get(feature, []), noun.morph.get(feature, [])
        if mine and its and mine != its:
            return False
    return True


def visit_tokens(doc: Doc) -> set[int]:
    """The tokens of the words of visit of the rule model (`visite`, `a visité`), listed once
    per Doc so that `_after_visit` looks one up rather than going through every span of the
    rule model for each name (quadratic in a long text)."""
    return {i for s in doc.spans.get(keys.LEXICON, []) if s.label_ in keys.TRIGGERS and s.id_ == VISIT
            for i in range(s.start, s.end)}


def _after_visit(doc: Doc, head: int, visits: set[int]) -> bool:
    """Is the name that opens at `head` the complement of a word of visit (`la visite du
    groupe`, `a visité la Fondation`; `visits`: the tokens of such words)? Then `en X`
    after it is where the visit went."""
    i = head - 1
    while i >= 0 and (doc[i].lower_ in ARTICLES or doc[i].lower_ in OF):
        i -= 1
    return i >= 0 and i in visits


def _closed_by_acronym(doc: Doc, i: int, limit: int) -> bool:
    """Do the lowercase words from token `i` run, without a verb or a punctuation mark, into
    an acronym in brackets (`la promotion du commerce international (CCPIT)`)?"""
    k = i
    while k < limit and k - i <= MAX_ACRONYM_REACH and doc[k].pos_ not in ("VERB", "AUX") \
            and (doc[k].lower_ in ARTICLES or (doc[k].is_alpha and doc[k].is_lower)):
        k += 1
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")"


def _attached_to_verb(tok: Token) -> bool:
    """Does the parse make the noun `tok` a complement of a verb (`a remercié X pour son aide`)?"""
    return tok.dep_.startswith("obl") and tok.head.pos_ in ("VERB", "AUX")


def _unread_word(doc: Doc, i: int, cover: Cover, taken: set[int]) -> bool:
    """Is token `i` a lone capitalized word in mid-sentence that no rule reads as a name (no
    person, place, known or found body), the complement of `de` (`avec l'appui de Gavi`)?"""
    tok = doc[i]
    return is_capitalized(tok) and tok.is_alpha and not tok.is_upper and not tok.is_sent_start \
        and i not in taken and not cover[i] and doc[i - 1].lower_ in DE


def _dash_apposition(doc: Doc, spans: list[Span], cover: Cover, persons: set[int]) -> list[Span]:
    """`Egmont – l'Institut royal des relations internationales`: a name, a dash and an
    organization's name with its definite article are one organization, the second name
    saying what the first is; the whole and the parts are its forms. Without the article (`le
    dialogue UE – OTAN`) the dash joins two bodies and nothing is merged. A comma does the
    same after a lone word no rule reads as a name (`de Gavi, l'Alliance du vaccin`): a list
    of bodies names each of them by itself."""
    out = list(spans)
    # (a word found alone, in a list of bodies, may still have its apposition)
    taken = {i for s in spans if len(s) > 1 or s.id_ for i in range(s.start, s.end)}
    for second in spans:
        article = second.start - 1
        dash = article - 1
        if dash < 1 or doc[article].lower_ not in DEFINITE_ARTICLES:
            continue
        if doc[dash].text in DASHES and doc[dash].whitespace_:
            last = dash - 1  # `Egmont – l'Institut`
        elif doc[dash].text.endswith(tuple(DASHES)) and len(doc[dash].text) > 1:
            last = dash  # the dash glued to the name: `Egmont- l'Institut`
        elif doc[dash].text == "," and dash >= 2 and _unread_word(doc, dash - 1, cover, persons | taken) \
                and not (second.end < len(doc) and doc[second.end].lower_ == AND):  # `de A, la B et la C`: a list
            whole = Span(doc, dash - 1, second.end, label=keys.ORG)
            out = [s for s in out if s is not second and (s.start, s.end) != (dash - 1, dash)]
            out += [Span(doc, a, b, label=keys.ORG, span_id=whole.text)
                    for a, b in ((dash - 1, dash), (second.start, second.end), (dash - 1, second.end))]
            continue
        else:
            continue
        first = last + 1
        while first > 0 and last + 1 - first < MAX_LEGAL_NAME and is_capitalized(doc[first - 1]) \
                and not doc[first - 1].is_sent_start and not cover[first - 1] & PLACES and first - 1 not in persons:
            first -= 1
        if first > last:
            continue
        whole = Span(doc, first, second.end, label=keys.ORG)
        name = Span(doc, first, last + 1, label=keys.ORG)
        out = [s for s in out if s is not second and not (s.start >= first and s.end <= last + 1)]
        out += [Span(doc, s.start, s.end, label=keys.ORG, span_id=whole.text) for s in (name, second, whole)]
    return out


def named_beside_a_body(doc: Doc, orgs: list[Span], taken: set[int], calendar: frozenset[str]) -> list[Span]:
    """Names coordinated with an organization by `et`, in any sentence, that nothing else reads (`la société
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

"""The `dispatch_names` component: people, organizations and places.

The statistical NER of `fr_core_news_sm` finds most names but gets their edges and labels
wrong on this kind of text (articles and titles inside person spans, `président de la
République` as a person, cut organization names, a name tagged MISC). This component keeps
what the model got right and adds what French news grammar makes certain:

- a person's name is a run of capitalized words, trimmed of articles, honorifics and titles;
  a run that follows a title (`le ministre turc Ahmet Arslan`) or precedes an apposed title
  (`Khalaf Khalafov, vice-ministre`) is a name even when the model missed it;
- an organization's name opens with a head noun (`Conseil`, `ministère`, `Union`...) and runs
  over its adjectives and `de`/`pour`/`sur` complements; names known to the rule model
  (`OTAN`, `Nations Unies`) are marked with their canonical form;
- places come from the gazetteer of the rule model and the model's LOC entities.

Results go to `doc.spans["persons"]`, `doc.spans["orgs"]` and `doc.spans["places"]`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dispatch_cli.nlp import lexicon

LEXICON_KEY = "lexicon"
COMPLEMENT_ARTICLES = {"l'", "la", "le", "les", "du", "des", "au", "aux"}
ARTICLES = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux"}
ORG_LINKS = {"de", "des", "du", "d'", "pour", "sur", "auprès", "chargé", "chargée", "en"}
ORG_STOP_NOUNS = {"année", "années", "an", "ans", "mois", "jour", "jours", "semaine", "période",
                  "fois", "cadre", "domaine", "domaines", "occasion"}
MAX_ORG_TOKENS = 24
MAX_TITLE_REACH = 24  # how far after a title's head its name may come
# Heads whose name may end with the city they sit in (`Office des Nations Unies à Genève`).
SITED_HEADS = {"Office", "Bureau", "Ambassade", "ambassade", "Consulat", "consulat", "Représentation",
               "Mission", "Délégation", "Centre", "Université", "Institut", "Musée", "musée"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    titles = lexicon.load_json("titles.json")
    heads = lexicon.load_json("organizations_heads.json")
    return {
        "honorifics": frozenset(titles["honorifics"]),
        "particles": frozenset(titles["particles"]),
        "title_words": frozenset(w for h in titles["heads"] + titles["modifiers"]
                                 for w in h.replace("-", " ").split()),
        "org_heads": frozenset(heads["capitalized"]),
        "org_heads_lower": frozenset(heads["lowercase"]),
        "need_complement": frozenset(heads["need_complement"]),
        "not_names": frozenset(w.lower() for w in heads["not_names"]),
        "place_heads": frozenset(w.lower() for w in heads["place_heads"]),
        "introducers": frozenset(w.lower() for w in heads["introducers"]),
        "institutions": frozenset(heads["institutions"]),
        "legal_suffixes": frozenset(heads["legal_suffixes"]),
    }


def org_heads() -> frozenset[str]:
    """The capitalized head nouns that open an organization's name."""
    return _words()["org_heads"]


def compound_end(doc: Doc, i: int) -> int:
    """End of the hyphenated compound that starts at token i (`sierra-léonais`, `Saint-Vincent-et-les-Grenadines`)."""
    j = i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        j += 2
    return j


def labels_at(doc: Doc) -> list[set[str]]:
    """For each token, the labels of the lexicon spans that cover it."""
    cover: list[set[str]] = [set() for _ in doc]
    for span in doc.spans.get(LEXICON_KEY, []):
        for i in range(span.start, span.end):
            cover[i].add(span.label_)
    return cover


def is_capitalized(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_name_token(tok: Token, cover: list[set[str]]) -> bool:
    """Could this token be part of a person's name?"""
    words = _words()
    low = tok.lower_
    if not is_capitalized(tok):
        return False
    if tok.is_upper and len(tok.text) > 3 and not tok.text.endswith("."):
        return False  # acronyms and section words, not names
    if low in words["not_names"] or low in words["honorifics"] or low in words["title_words"]:
        return False
    if cover[tok.i] & {"COUNTRY", "NATIONALITY", "REGION", "KNOWN_ORG", "TITLE"}:
        return False
    if "CITY" in cover[tok.i]:
        # `Santiago Peña`: a city's name is a first name when a surname follows
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and not tok.whitespace_ == "" and is_capitalized(nxt) \
            and not cover[nxt.i] and nxt.lower_ not in words["not_names"]
    if tok.text in words["org_heads"]:
        return False
    return True


def _trim_person(doc: Doc, start: int, end: int, cover: list[set[str]]) -> tuple[int, int] | None:
    words = _words()
    while start < end and not is_name_token(doc[start], cover):
        start += 1
    while end > start and not is_name_token(doc[end - 1], cover):
        end -= 1
    if start >= end:
        return None
    for i in range(start, end):
        tok = doc[i]
        if not (is_name_token(tok, cover) or tok.lower_ in words["particles"]
                or (tok.text == "-" and 0 < i - start)):
            return None
        if "\n" in tok.text or tok.is_space:
            return None
    return start, end


def _preceded_by_place_head(doc: Doc, start: int) -> bool:
    """`Fondation Heydar Aliyev`, `avenue Nizami`: a name inside a name."""
    words = _words()
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"de", "du", "d'", "des"}:
        i -= 1
    if i < 0:
        return False
    return doc[i].lower_ in words["place_heads"] or doc[i].text in words["org_heads"]


def _name_run(doc: Doc, start: int, cover: list[set[str]], limit: int = 6) -> int:
    """End of the run of name tokens that starts at `start` (== start when none)."""
    words = _words()
    end = start
    while end < len(doc) and end - start < limit:
        tok = doc[end]
        if is_name_token(tok, cover):
            end += 1
        elif tok.lower_ in words["particles"] and end > start and end + 1 < len(doc) \
                and is_name_token(doc[end + 1], cover):
            end += 1
        else:
            break
    return end


def find_persons(doc: Doc, cover: list[set[str]]) -> list[Span]:
    """Person name spans, without titles or honorifics."""
    found: list[Span] = []
    titles = [s for s in doc.spans.get(LEXICON_KEY, []) if s.label_ in ("TITLE", "HONORIFIC")]

    def add(start: int, end: int, strong: bool) -> None:
        trimmed = _trim_person(doc, start, end, cover)
        if trimmed is None:
            return
        s, e = trimmed
        if e - s >= 3 and s > 0 and doc[s - 1].lower_ in COMPLEMENT_ARTICLES:
            s += 1  # `ministre de l'Intérieur Kristaps Eklons`: the first word completes the title
        if _preceded_by_place_head(doc, s):
            return
        label = "PER"
        if e - s == 1:
            if s > 0 and doc[s - 1].lower_ in {"de", "du", "des", "d'"}:
                return  # a lone capitalized word after `de` is a place or a thing (`génocide de Khodjaly`)
            if not strong:
                label = "PER_WEAK"  # a surname alone counts only as a mention of a full name
        found.append(Span(doc, s, e, label=label))

    for ent in doc.ents:
        if ent.label_ == "PER":
            # a lone word is a name only after a title or honorific (`le président Poutine`)
            add(ent.start, ent.end, strong=len(ent) > 1)
        elif ent.label_ == "MISC" and len(ent) >= 2:
            add(ent.start, ent.end, strong=False)
    # A title or honorific followed by a name: `le ministre turc Ahmet Arslan`, `M. Peña`.
    # The title may carry adjectives and complements first: `le chef du Paraguay Santiago Peña`.
    for title in titles:
        i = title.end
        while i < len(doc) and i - title.end < 8:
            tok = doc[i]
            if is_name_token(tok, cover) or "\n" in tok.text or tok.pos_ in ("VERB", "AUX") \
                    or (tok.is_punct and tok.text != "-"):
                break
            i += 1
        end = _name_run(doc, i, cover)
        if end > i and (end - i >= 2 or title.label_ == "HONORIFIC" or i == title.end):
            add(i, end, strong=True)
    # A long title closed by a comma, then the name: `le ministre ouzbek de l'Investissement,
    # de l'Industrie et du Commerce, Laziz Koudratov`. Single capitalized words inside the
    # title are its complements; the name is the first run of two or more.
    for title in titles:
        i = title.end
        while i < len(doc) and i - title.end < MAX_TITLE_REACH:
            tok = doc[i]
            if "\n" in tok.text or tok.pos_ in ("VERB", "AUX") or tok.text in {".", ";", ":", "«", "»"}:
                break
            end = _name_run(doc, i, cover)
            if end - i >= 2:
                if doc[i - 1].text == ",":
                    add(i, end, strong=True)
                break
            i = max(end, i + 1)
    # A name followed by an apposed title: `Khalaf Khalafov, vice-ministre`.
    for title in titles:
        if title.label_ != "TITLE":
            continue
        j = title.start - 1
        while j >= 0 and doc[j].lower_ in {"premier", "première", "vice", "-", "ancien", "ancienne", "le", "la", "l'"}:
            j -= 1
        if j < 1 or doc[j].text != ",":
            continue
        end = j
        start = end
        while start > 0 and end - start < 5 and (is_name_token(doc[start - 1], cover)
                                                 or doc[start - 1].lower_ in _words()["particles"]):
            start -= 1
        while start < end and doc[start].lower_ in _words()["particles"]:
            start += 1
        if end - start >= 2:
            prev = doc[start - 1].lower_ if start > 0 else ""
            if prev not in {"à", "en"}:
                add(start, end, strong=False)
    # the same words found by two rules: the certain reading first, then the longest span
    found.sort(key=lambda span: span.label_ != "PER")
    return filter_spans(found)


def _grow_org(doc: Doc, head: int, cover: list[set[str]], persons: set[int], known_end: dict[int, int]) -> int:
    """End of the organization name that opens at `head`.

    Lowercase complements (`Conseil de coordination sur le transport`, `Service européen pour
    l'action extérieure`) belong to the name until a capitalized complement has been taken
    (`Pouvoir exécutif de la ville de Gandja`); after that, only a chain that reaches another
    capitalized word does (`Comité d'Etat en charge de la Diaspora`).
    """
    sent_end = doc[head].sent.end if doc.has_annotation("SENT_START") else len(doc)
    limit = min(len(doc), head + MAX_ORG_TOKENS, sent_end)
    end = i = compound_end(doc, head)
    capital_seen = False
    while i < limit:
        tok = doc[i]
        low = tok.lower_
        if i in persons or "\n" in tok.text:
            break
        if low == "," and i + 1 < limit and doc[i + 1].lower_ in {"de", "des", "du", "d'"} and capital_seen:
            i += 1  # a portfolio listed with commas: `Ministère des Transports, de la Communication`
            continue
        if low in ORG_LINKS or low in {"entre", "à", "et"}:
            j = i + 1
            while j < limit and (doc[j].lower_ in ARTICLES or doc[j].lower_ in {"de", "des", "du", "d'"}):
                j += 1
            while j < limit and doc[j].pos_ == "ADJ" and not is_capitalized(doc[j]) and j + 1 < limit \
                    and doc[j + 1].pos_ in ("NOUN", "PROPN"):
                j += 1  # `de haut niveau`
            if j >= limit or j in persons:
                break
            nxt = doc[j]
            if nxt.like_num or nxt.lower_ in ORG_STOP_NOUNS or nxt.is_punct:
                break
            if low == "à" and doc[head].text not in SITED_HEADS:
                break  # `à Genève`, `à l'AZERTAC` end the name unless it is an office's seat
            if low == "et" and (nxt.text in _words()["org_heads"] or nxt.text in _words()["org_heads_lower"]
                                or "TITLE" in cover[j]):
                break  # a second organization or a title: `le Gouvernement de X et le Gouvernement de Y`
            if j in known_end:  # a known body inside the name: `Réseau parlementaire du Mouvement des non-alignés`
                capital_seen = True
                end = i = known_end[j]
                continue
            if is_capitalized(nxt):
                capital_seen = True
                end = i = compound_end(doc, j)
                continue
            if low == "et" and nxt.pos_ == "ADJ" and doc[i - 1].pos_ == "ADJ":
                end = i = compound_end(doc, j)  # `Conseil économique et social`
                continue
            if low in {"entre", "à", "et"}:
                break
            if (nxt.pos_ in ("NOUN", "ADJ", "PROPN") or compound_end(doc, j) > j + 1) and low != "en" \
                    or low == "en" and nxt.lower_ == "charge":
                i = compound_end(doc, j)
                if not capital_seen:
                    end = i
                continue
            break
        if tok.is_punct or tok.like_num:
            break
        if is_capitalized(tok) and "TITLE" not in cover[i]:
            capital_seen = True
            end = i = compound_end(doc, i)
            continue
        if i == end and (tok.pos_ == "ADJ" or "NATIONALITY" in cover[i] or low.startswith("anti")):
            end = i = compound_end(doc, i)
            continue
        if i == end and tok.is_alpha and tok.is_lower and tok.pos_ == "NOUN" and i + 1 < limit \
                and doc[i + 1].lower_ in ORG_LINKS and doc[head].text in _words()["org_heads"]:
            end = i = i + 1  # an adjective the tagger took for a noun: `Réseau parlementaire du ...`
            continue
        break
    return end


def find_orgs(doc: Doc, cover: list[set[str]], persons: list[Span]) -> list[Span]:
    """Organization name spans, nested names included (each becomes its own span)."""
    words = _words()
    person_tokens = {i for p in persons for i in range(p.start, p.end)}
    found: list[Span] = []
    known_end: dict[int, int] = {}
    for span in doc.spans.get(LEXICON_KEY, []):
        if span.label_ == "KNOWN_ORG":
            known_end[span.start] = max(known_end.get(span.start, 0), span.end)
            found.append(Span(doc, span.start, span.end, label="ORG", span_id=span.id_))
    for tok in doc:
        if tok.i in person_tokens:
            continue
        capital_head = tok.text in words["org_heads"]
        lower_head = tok.text in words["org_heads_lower"]
        if not (capital_head or lower_head) or cover[tok.i] & {"COUNTRY", "CITY", "REGION", "KNOWN_ORG"}:
            continue
        end = _grow_org(doc, tok.i, cover, person_tokens, known_end)
        while end > tok.i + 1 and doc[end - 1].lower_ in ARTICLES | ORG_LINKS | {"et", "-"}:
            end -= 1
        span = Span(doc, tok.i, end, label="ORG")
        has_capital_complement = any(is_capitalized(t) for t in span[1:])
        if lower_head and not has_capital_complement and not (tok.text in words["institutions"] and len(span) > 2):
            continue  # `la commission a décidé`: a common noun, unless it always names a body
        if tok.text in words["need_complement"] and len(span) == 1:
            continue
        if len(span) == 1 and tok.is_sent_start:
            continue
        found.append(span)
    covered = {i for s in found for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "MISC"):
            continue
        s, e = ent.start, ent.end
        while s < e and (doc[s].lower_ in ARTICLES or doc[s].is_punct or doc[s].is_space):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if s >= e or any(i in covered or i in person_tokens for i in range(s, e)):
            continue
        toks = doc[s:e]
        if any(cover[i] & {"TITLE", "COUNTRY", "CITY", "REGION", "NATIONALITY"} for i in range(s, e)):
            continue
        if not all(is_capitalized(t) or t.lower_ in ARTICLES or t.text in "-&'" for t in toks):
            continue
        if toks[0].lower_ in words["not_names"] or toks[0].text in words["org_heads"]:
            continue
        acronym = len(toks) == 1 and toks[0].is_upper and 2 <= len(toks[0].text) <= 8
        if len(toks) > 1 and all(t.is_upper or not t.is_alpha for t in toks):
            continue  # section words (`MEMOIRE SANGLANTE`), not a name
        before = s - 1
        while before > 0 and doc[before].lower_ in {"l'", "la", "le", "les"}:
            before -= 1
        if not acronym and before >= 0 and doc[before].lower_ in {"de", "des", "du", "d'"}:
            continue  # a complement of a title or of a longer name (`ministre de l'Énergie`)
        if ent.label_ == "MISC" and not acronym:
            continue
        if acronym and any(c.isdigit() for c in toks[0].text):
            continue
        found.append(Span(doc, s, e, label="ORG"))
    found = _join_hyphenated(doc, found)
    # keep nested spans (an organization inside another's name) but drop exact duplicates and
    # a known name inside a longer form of the same body (`Nations Unies` in `Organisation des Nations Unies`)
    known = [s for s in found if s.id_]
    found = [s for s in found if not (s.id_ and any(k.id_ == s.id_ and k.start <= s.start and s.end <= k.end
                                                    and len(k) > len(s) for k in known))]
    unique = {(s.start, s.end): s for s in found}
    return sorted(unique.values(), key=lambda s: (s.start, -s.end))


def _join_hyphenated(doc: Doc, spans: list[Span]) -> list[Span]:
    """`Egmont- l'Institut Royal des Relations Internationales`: a name that ends with a hyphen
    runs on into the organization named right after it; the parts stay as inner names."""
    starts = {s.start: s for s in spans}
    out = list(spans)
    for span in spans:
        if not span[-1].text.endswith("-"):
            continue
        nxt = span.end
        while nxt < len(doc) and doc[nxt].lower_ in ARTICLES:
            nxt += 1
        if nxt in starts:
            whole = Span(doc, span.start, starts[nxt].end, label="ORG")
            # one organization: the parts are other names of it
            out = [s for s in out if s is not span and s is not starts[nxt]]
            out += [Span(doc, s.start, s.end, label="ORG", span_id=whole.text) for s in (span, starts[nxt], whole)]
    return out


def find_introduced_orgs(doc: Doc, cover: list[set[str]]) -> list[Span]:
    """Names introduced as a company's, a medium's or a party's (`la compagnie pétrolière
    britannique BP`, `le magazine Condé Nast Traveller`, `la SARL KamAZ`), and names ending
    with a legal form (`ONGC Videsh Limited`): organizations, whatever the model thought."""
    words = _words()
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ not in words["introducers"]:
            continue
        i = tok.i + 1
        while i < len(doc) and i - tok.i <= 3 and doc[i].is_lower and (doc[i].pos_ == "ADJ" or "NATIONALITY" in cover[i]):
            i += 1
        end = i
        while end < len(doc) and end - i < 5 and is_capitalized(doc[end]) and not cover[end] & {"COUNTRY", "CITY", "TITLE"} \
                and doc[end].lower_ not in words["not_names"]:
            end = compound_end(doc, end)
        if end > i:
            found.append(Span(doc, i, end, label="ORG"))
    for tok in doc:
        if tok.text in words["legal_suffixes"] and tok.i > 0 and is_capitalized(doc[tok.i - 1]):
            start = tok.i
            while start > 0 and tok.i - start < 4 and is_capitalized(doc[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return filter_spans(found)


def find_places(doc: Doc, taken: set[int]) -> list[Span]:
    """Countries, cities and regions: the gazetteer first, then the model's LOC entities."""
    found: list[Span] = []
    for span in doc.spans.get(LEXICON_KEY, []):
        if span.label_ in ("COUNTRY", "CITY", "REGION") and not any(i in taken for i in range(span.start, span.end)):
            found.append(Span(doc, span.start, span.end, label=span.label_, span_id=span.id_))
    gaz = filter_spans(found)
    covered = {i for s in gaz for i in range(s.start, s.end)} | taken
    extra: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "LOC":
            continue
        s, e = ent.start, ent.end
        while s < e and (doc[s].lower_ in ARTICLES or doc[s].is_punct):
            s += 1
        if s >= e or any(i in covered for i in range(s, e)):
            continue
        if not is_capitalized(doc[s]) or doc[s].lower_ in _words()["not_names"]:
            continue
        if any("\n" in t.text or "+" in t.text for t in doc[s:e]):
            continue
        extra.append(Span(doc, s, e, label="LOC"))
    return sorted(gaz + extra, key=lambda s: s.start)


@Language.factory("dispatch_names")
def make_names(nlp: Language, name: str) -> "NameFinder":
    return NameFinder()


class NameFinder:
    """Set `doc.spans` groups `persons`, `orgs` and `places` from entities and the lexicon."""

    def __call__(self, doc: Doc) -> Doc:
        cover = labels_at(doc)
        companies = find_introduced_orgs(doc, cover)
        taken = {i for s in companies for i in range(s.start, s.end)}
        persons = [p for p in find_persons(doc, cover) if not any(i in taken for i in range(p.start, p.end))]
        orgs = find_orgs(doc, cover, persons) + companies
        taken = {i for s in persons + orgs for i in range(s.start, s.end)}
        doc.spans["persons"] = persons
        doc.spans["orgs"] = orgs
        doc.spans["places"] = find_places(doc, taken)
        return doc

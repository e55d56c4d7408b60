"""Coreference: who a title or a pronoun stands for.

`le chef de l'Etat`, `l'assistant du président de la République`, `le ministre turc` and a
subject `Il`/`Elle` name a person the dispatch has already named. A title phrase resolves to
the person whose roles share its head (`ministre`) and most of its words, the one named last
before it on ties; an epithet of the rule model (`chef de l'Etat` -> `président`) goes through
its head; a subject pronoun resolves to the last person who was the subject of a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import Coreference, Header, PersonEntity, TitlePhrase
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.grammar.normalize import stem, title_words
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import (
    A_CONTRACTED,
    CONTRACTED_SINGULAR,
    DEFINITE_ARTICLES,
    OF,
    ONE_OWNER,
    PLACE_PREPOSITIONS,
    PLURAL_DETERMINERS,
    SUBJECT_PRONOUNS,
)


class KnownPeople:
    """The people of a document as `resolve_title` compares them, computed once per document:
    each one's mentions by name (character offsets, sorted, so that the last one before a
    title is a bisection), the words of each role and the states they name, and an index
    from a role's word to the people holding it. Recomputing these for every title, and
    scanning every person's every mention, made coreference quadratic in the text's length.
    """

    def __init__(self, people: list[PersonEntity], lexicon: Lexicon) -> None:
        self.generic = {stem(w) for w in lexicon.titles.generic_heads}
        # a head that names a class of functions -> the words of those functions (`diplomate`:
        # `ambassadeur`, `consul`)
        self.hyponyms: dict[str, set[str]] = {head_word(h): set().union(*(title_words(f, lexicon) for f in fs))
                                              for h, fs in lexicon.titles.hypernyms.items()}
        self.all_states = set(lexicon.geography.folded_states.values())
        self.starts = [sorted(m.start_char for m in person.mentions) for person in people]
        self.roles = [[title_words(role, lexicon) for role in person.roles] for person in people]
        self.states: list[set[str]] = [set().union(*roles) & self.all_states for roles in self.roles]
        # role word -> the people with a role of that word; the people with a role of a
        # generic head (a counterpart holds any function); state -> its people
        self.by_word: dict[str, set[int]] = {}
        self.with_generic: set[int] = set()
        self.by_state: dict[str, set[int]] = {}
        for idx, roles in enumerate(self.roles):
            for role_words in roles:
                for word in role_words:
                    self.by_word.setdefault(word, set()).add(idx)
                if role_words & self.generic:
                    self.with_generic.add(idx)
            for state in self.states[idx]:
                self.by_state.setdefault(state, set()).add(idx)

    def last_before(self, idx: int, position: int) -> int | None:
        """Character offset of person `idx`'s last mention by name before `position`."""
        starts = self.starts[idx]
        i = bisect_left(starts, position)
        return starts[i - 1] if i else None

    def candidates(self, head_stem: str, states: set[str]) -> set[int]:
        """The people a title of head `head_stem` naming `states` may stand for: only a
        person with a role of that head, of a generic head, or (a generic head with a
        nationality) of one of those states passes the test of `resolve_title`."""
        found = self.by_word.get(head_stem, set()) | self.with_generic
        for word in self.hyponyms.get(head_stem, ()):
            found = found | self.by_word.get(word, set())  # `la diplomate`: an ambassador
        if head_stem in self.generic:
            for state in states:
                found = found | self.by_state.get(state, set())
        return found


def head_word(head: str) -> str:
    """The stem of the last word of a title's head, as roles are cut into words: `ministre`
    of `vice-ministre` (a role's `vice-ministre` gives `vice` and `ministre`)."""
    words = re.findall(r"\w+", fold(head))
    return stem(words[-1]) if words else stem(head)


def resolve_title(phrase_text: str, head: str, known: KnownPeople, position: int,
                  lexicon: Lexicon, home: str | None = None) -> int | None:
    """The index of the person a title phrase at character `position` stands for, if any.

    The person was named before and holds a title of the same head (`le ministre` -> a
    `ministre ...`), or one of a head that names no function of its own: someone's
    counterpart (`homologue`) holds the other's function; and a title of such a head with a
    nationality (`le dirigeant kazakh`) stands for a person of that state whatever his title.
    A title with a nationality (`le ministre azerbaïdjanais`, `le chef de la diplomatie
    turque`) stands for a person of that state, never for one whose titles name another
    state. A title with no nationality stands first for someone of the dispatch's own
    state `home` (folded), named without a foreign nationality: `le chef de l'État` in a
    dispatch from Bakou is Azerbaijan's, though the Turkish president was named last; but a
    title whose every word is in a person's role (`le président désigné de la COP29`) is that
    person's first. Then the person whose titles share most of its words, then the one named
    last before it.
    """
    head_stem = head_word(head)
    generic = known.generic
    words = title_words(phrase_text, lexicon)
    states = words & known.all_states
    best: tuple[bool, bool, bool, float, int, int] | None = None
    # the score ends with the person's index, so no two people tie and the order in which
    # the candidates are tried does not matter
    for idx in known.candidates(head_stem, states):
        last = known.last_before(idx, position)
        if last is None:
            continue
        roles = known.roles[idx]
        person_states = known.states[idx]
        if states and person_states and not states & person_states:
            continue  # `le ministre azerbaïdjanais` is not the Italian minister
        for role_words in roles:
            if head_stem not in role_words and not role_words & generic \
                    and not (head_stem in generic and states & person_states) \
                    and not role_words & known.hyponyms.get(head_stem, set()):
                continue
            overlap = len(words & role_words) / max(1, len(words))
            # a title that repeats all its words from a person's role is that person's first
            # (`le président désigné de la COP29`), whatever the dispatch's state
            full = bool(words) and words <= role_words
            at_home = home is not None and not states and person_states <= {home}
            score = (bool(states & person_states), full, at_home, overlap, last, idx)
            if best is None or score > best:
                best = score
    return best[-1] if best else None


def resolve_ahead(phrase_text: str, head: str, known: KnownPeople, position: int, end: int,
                  lexicon: Lexicon) -> int | None:
    """The person a title that names no one before it stands for, named after it and before
    character `end` (its paragraph's end) under a title holding all its words: a quotation
    that opens the dispatch names the guest by his title before the verb of saying names him
    (`« Lors de la visite du président kirghiz, nous avons ... », a déclaré X ... avec le
    président kirghiz Y`). The first such person named after the title, if any."""
    head_stem = head_word(head)
    words = title_words(phrase_text, lexicon)
    states = words & known.all_states
    best: tuple[int, int] | None = None
    for idx in known.candidates(head_stem, states):
        i = bisect_left(known.starts[idx], position)
        if i == len(known.starts[idx]) or known.starts[idx][i] >= end:
            continue
        if known.last_before(idx, position) is not None:
            continue  # named before: `resolve_title` has weighed him
        if states and not states & known.states[idx]:
            continue  # `le président kirghiz` is a Kyrgyz
        # every word but the states (`du président kirghiz en Azerbaïdjan`: the visit's host)
        if not any(head_stem in role_words and words - known.all_states <= role_words
                   for role_words in known.roles[idx]):
            continue
        first = known.starts[idx][i]
        if best is None or first < best[0]:
            best = (first, idx)
    return best[1] if best else None


def resolve_mentions(doc: Doc, titles: list[TitlePhrase], people: list[PersonEntity],
                     lexicon: Lexicon) -> Coreference:
    """Titles without a name, epithets and subject pronouns resolved to people (token index
    -> actor index and character offsets), and for each sentence the last person who was a
    sentence's subject before it."""
    header: Header | None = doc._.get(keys.HEADER) if doc.has_extension(keys.HEADER) else None
    place = header.dateline.place if header and header.dateline else None
    state = lexicon.geography.country_of(place) if place else None
    home = fold(state) if state else None
    resolved: dict[int, tuple[int, int, int]] = {}
    title_end: dict[int, int] = {}
    known = KnownPeople(people, lexicon)
    line_ends: list[int] | None = None
    for phrase in titles:
        # `son homologue biélorusse`: a counterpart with a nationality after a possessive is
        # that state's person named before, as a definite title is
        counterpart = phrase.start > 0 and doc[phrase.start - 1].lower_ in ONE_OWNER \
            and bool(phrase.nationalities) and head_word(phrase.head) in known.generic
        # `la visite du président kirghiz`: definite too, after a preposition
        contracted = phrase.start > 0 and doc[phrase.start - 1].lower_ in CONTRACTED_SINGULAR
        if phrase.person is not None or not (phrase.definite or counterpart or contracted):
            continue
        if phrase.start > 0 and doc[phrase.start - 1].lower_ in PLURAL_DETERMINERS:
            continue  # `les ministres`: several people, not one of them
        span = doc[phrase.start:phrase.end]
        actor = None
        if phrase.definite or counterpart:
            actor = resolve_title(span.text, phrase.head, known, span.start_char, lexicon, home)
        if actor is None:
            # the end of the title's paragraph (Doc.text is rebuilt at each call: read once)
            if line_ends is None:
                line_ends = [i for i, c in enumerate(doc.text) if c == "\n"] + [len(doc.text)]
            actor = resolve_ahead(span.text, phrase.head, known, span.end_char,
                                  line_ends[bisect_left(line_ends, span.end_char)], lexicon)
            # `du président kirghiz en Azerbaïdjan`: where he is, which his title does not hold
            # (`resolve_ahead` leaves the states out), is no part of it
            cut = next((k for k in range(phrase.head_span[1], phrase.end)
                        if doc[k].lower_ in PLACE_PREPOSITIONS | A_CONTRACTED), None)
            if actor is not None and cut is not None:
                span = doc[phrase.start:cut]
                title_end[phrase.start] = cut
        if actor is not None:
            resolved[phrase.start] = (actor, doc[phrase.start - 1].idx, span.end_char)
    nationality_end = {s.start: s.end for s in doc.spans.get(keys.LEXICON, []) if s.label_ == keys.NATIONALITY}
    for span in doc.spans.get(keys.LEXICON, []):
        if span.label_ == keys.EPITHET and span.start not in resolved:
            # the epithet through its head, with the nationality that follows it
            # (`le chef de la diplomatie azerbaïdjanaise`)
            end = span.end
            while end in nationality_end:
                end = nationality_end[end]
            text = " ".join([span.id_, doc[span.end:end].text])
            actor = resolve_title(text, span.id_, known, span.start_char, lexicon, home)
            if actor is not None:
                resolved[span.start] = (actor, span.start_char, doc[end - 1].idx + len(doc[end - 1]))
    # Subject pronouns: the last person who was the subject of a sentence.
    protagonist: dict[int, int | None] = {}
    # every mention of a person so far, named or resolved, by sentence and in text order
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    mentions = [(m.start, m.end, i) for i, p in enumerate(people) for m in p.mentions]
    phrase_end = {t.end: t.start for t in titles}
    token_end = {t.idx + len(t): t.i + 1 for t in doc}
    mentions += [(start, token_end.get(e, start + 1), actor) for start, (actor, _s, e) in resolved.items()]
    rank: dict[int, int] = {}  # how likely a mention is its sentence's subject: 0 most
    for start, end, _actor in mentions:
        # the name with the title right before it (`le ministre X`: `ministre` is the subject)
        first = phrase_end.get(start, phrase_end.get(start - 1, start))
        before = first - 1 if first > 0 and doc[first - 1].lower_ in DEFINITE_ARTICLES else first
        if before > 0 and (doc[before - 1].pos_ == "ADP" or doc[before - 1].lower_ in OF | A_CONTRACTED):
            rank[start] = 2  # governed by a preposition: no subject (`lors de sa rencontre avec X`)
        elif any(t.dep_.startswith("nsubj") for t in doc[first:end]):
            rank[start] = 0
        else:
            rank[start] = 1
    for start, _end, i in sorted(mentions):
        by_sentence.setdefault(doc[start].sent.start, []).append((start, i))
    last_subject = None  # the last person who was a sentence's subject
    antecedent = None  # the same, unless a later sentence had another kind of subject
    # the titles that name no one, by start, so that each sentence looks at its own only
    # (testing every title of the text in every sentence was quadratic)
    unnamed = sorted((p for p in titles if p.person is None and p.definite), key=lambda p: p.start)
    unnamed_starts = [p.start for p in unnamed]
    for sent in doc.sents:
        # the sentence's subject: a person named before its first finite verb
        root = next((t.i for t in sent if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm", [])),
                    sent.root.i)
        # of the people named before it, the one the parse makes its subject first
        # (`Lors de sa rencontre avec X, Y a salué`: Y)
        before_root = [(start, a) for start, a in by_sentence.get(sent.start, []) if start < root]
        in_sent = [a for start, a in sorted(before_root, key=lambda m: rank.get(m[0], 1))]
        # a sentence whose subject is a title that names no one of the text (`Le ministre
        # norvégien a rencontré X`, no Norwegian named before) is not about the protagonist
        first = bisect_left(unnamed_starts, sent.start)
        unknown_subject = any(p.start not in resolved and doc[p.head_span[0]].dep_.startswith("nsubj")
                              for p in unnamed[first:bisect_left(unnamed_starts, root, lo=first)])
        protagonist[sent.start] = None if unknown_subject else last_subject
        for tok in sent:
            if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_.startswith("nsubj") and antecedent is not None \
                    and not in_sent[:1]:
                resolved[tok.i] = (antecedent, tok.idx, tok.idx + len(tok))
                in_sent = [antecedent]
                break
        if in_sent:
            last_subject = antecedent = in_sent[0]
        elif any(t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and t.i < root for t in sent):
            antecedent = None  # `La partie européenne a souligné... Elle a salué`: not a person
    return Coreference(resolved=resolved, protagonist=protagonist, title_end=title_end)

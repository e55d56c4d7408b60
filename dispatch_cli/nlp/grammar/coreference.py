"""Coreference: who a title or a pronoun stands for.

`le chef de l'Etat`, `l'assistant du président de la République`, `le ministre turc` and a
subject `Il`/`Elle` name a person the dispatch has already named. A title phrase resolves to
the person whose roles share its head (`ministre`) and most of its words, the one named last
before it on ties; an epithet of the rule model (`chef de l'Etat` -> `président`) goes through
its head; a subject pronoun resolves to the last person who was the subject of a sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dispatch_cli.nlp import keys
from dispatch_cli.nlp.findings import Coreference, PersonEntity, TitlePhrase
from dispatch_cli.nlp.grammar.normalize import stem, title_words
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import SUBJECT_PRONOUNS


def resolve_title(phrase_text: str, head: str, people: list[PersonEntity], position: int,
                  lexicon: Lexicon) -> int | None:
    """The index of the person a title phrase at character `position` stands for, if any."""
    head_stem = stem(head.split()[-1])
    words = title_words(phrase_text, lexicon)
    best: tuple[float, int, int] | None = None
    for idx, person in enumerate(people):
        before = [m.start_char for m in person.mentions if m.start_char < position]
        if not before:
            continue
        for role in person.roles:
            role_words = title_words(role, lexicon)
            if head_stem not in role_words:
                continue
            overlap = len(words & role_words) / max(1, len(words))
            score = (overlap, max(before), idx)  # most words in common, then named last
            if best is None or score > best:
                best = score
    return best[2] if best else None


def resolve_mentions(doc: Doc, titles: list[TitlePhrase], people: list[PersonEntity],
                     lexicon: Lexicon) -> Coreference:
    """Titles without a name, epithets and subject pronouns resolved to people (token index
    -> actor index and character offsets), and for each sentence the last person who was a
    sentence's subject before it."""
    resolved: dict[int, tuple[int, int, int]] = {}
    for phrase in titles:
        if phrase.person is not None or not phrase.definite:
            continue
        span = doc[phrase.start:phrase.end]
        actor = resolve_title(span.text, phrase.head, people, span.start_char, lexicon)
        if actor is not None:
            resolved[phrase.start] = (actor, doc[phrase.start - 1].idx, span.end_char)
    for span in doc.spans.get(keys.LEXICON, []):
        if span.label_ == keys.EPITHET and span.start not in resolved:
            actor = resolve_title(span.id_, span.id_, people, span.start_char, lexicon)
            if actor is not None:
                resolved[span.start] = (actor, span.start_char, span.end_char)
    # Subject pronouns: the last person who was the subject of a sentence.
    protagonist: dict[int, int | None] = {}
    # every mention of a person so far, named or resolved, by sentence and in text order
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    mentions = [(m.start, i) for i, p in enumerate(people) for m in p.mentions]
    mentions += [(start, actor) for start, (actor, _s, _e) in resolved.items()]
    for start, i in sorted(mentions):
        by_sentence.setdefault(doc[start].sent.start, []).append((start, i))
    last_subject = None  # the last person who was a sentence's subject
    antecedent = None  # the same, unless a later sentence had another kind of subject
    for sent in doc.sents:
        # the sentence's subject: a person named before its first finite verb
        root = next((t.i for t in sent if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm", [])),
                    sent.root.i)
        in_sent = [a for start, a in by_sentence.get(sent.start, []) if start < root]
        protagonist[sent.start] = last_subject
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
    return Coreference(resolved=resolved, protagonist=protagonist)

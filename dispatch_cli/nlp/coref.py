"""Who a title or a pronoun stands for.

`le chef de l'Etat`, `l'assistant du président de la République`, `le ministre turc` and a
subject `Il`/`Elle` name a person the dispatch has already named. A title phrase resolves to
the person whose roles share its head (`ministre`) and most of its words, the one named
last before it on ties; an epithet of the rule model (`chef de l'Etat` → `président`) goes
through its head; a subject pronoun resolves to the last person who was the subject of a
sentence.
"""
from __future__ import annotations

from dispatch_cli.nlp.entities import PersonEntity
from dispatch_cli.nlp.normalize import stem as _stem
from dispatch_cli.nlp.normalize import title_words as _words

PRONOUNS = {"il", "elle"}


def resolve_title(phrase_text: str, head: str, people: list[PersonEntity], position: int) -> int | None:
    """The index of the person a title phrase at char `position` stands for, if any."""
    head_stem = _stem(head.split()[-1])
    words = _words(phrase_text)
    best: tuple[float, int, int] | None = None
    for idx, person in enumerate(people):
        before = [s.start_char for s in person.spans if s.start_char < position]
        if not before:
            continue
        for role in person.roles:
            role_words = _words(role)
            if head_stem not in role_words:
                continue
            overlap = len(words & role_words) / max(1, len(words))
            score = (overlap, max(before), idx)  # most words in common, then named last
            if best is None or score > best:
                best = score
    return best[2] if best else None


def resolve_epithet(head: str, people: list[PersonEntity], position: int) -> int | None:
    """`le chef de l'Etat` and the like: the person with that head in their roles."""
    return resolve_title(head, head, people, position)

"""Who a title or a pronoun stands for.

`le chef de l'Etat`, `l'assistant du président de la République`, `le ministre turc` and a
subject `Il`/`Elle` name a person the dispatch has already named. A title phrase resolves to
the person whose roles share its head (`ministre`) and most of its words, the one named
last before it on ties; an epithet of the rule model (`chef de l'Etat` → `président`) goes
through its head; a subject pronoun resolves to the last person who was the subject of a
sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dispatch_cli import lexicon

from dispatch_cli.entities import PersonEntity, fold

PRONOUNS = {"il", "elle"}


def _stem(word: str) -> str:
    """Gender-neutral form of a title word: `présidente` → `président`, `cheffe` → `chef`."""
    word = fold(word)
    for fem, masc in (("trice", "teur"), ("euse", "eur"), ("ienne", "ien"), ("ère", "er"), ("ere", "er"),
                      ("effe", "ef"), ("esse", "e")):
        if word.endswith(fem):
            return word[: -len(fem)] + masc
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    """Nationality adjective -> folded country name (`azerbaïdjanais` -> `azerbaidjan`)."""
    out: dict[str, str] = {}
    for country in lexicon.load_json("geo.json")["countries"]:
        for form in [country["name"], *country["adjectives"]]:
            out[fold(form)] = fold(country["name"])
    return out


def _words(text: str) -> set[str]:
    """Content words of a title, a nationality and its country counted as one word."""
    nat = _nationalities()
    tokens = re.findall(r"\w+", fold(text).replace("-", " "))
    return {nat.get(w) or _stem(w) for w in tokens if len(w) > 2}


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

"""Comparing titles: word forms neutral in gender and number, nationality = state."""
from __future__ import annotations

import re
from collections.abc import Callable

from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.words import FOLDED_SMALL_WORDS

# Feminine endings of French nouns and adjectives of function, and their masculine.
FEMININE_ENDINGS = (("trice", "teur"), ("euse", "eur"), ("ienne", "ien"), ("ere", "er"), ("effe", "ef"),
                    ("esse", "e"), ("ale", "al"), ("aux", "al"))


def stem(word: str) -> str:
    """Gender- and number-neutral form of a title word: `présidente` -> `president`."""
    word = fold(word)
    if len(word) > 3 and word.endswith(("s", "x")):
        word = word[:-1]
    for fem, masc in FEMININE_ENDINGS:
        if word.endswith(fem):
            return word[: -len(fem)] + masc
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


class BodyForms:
    """The forms of the bodies a text names (`ONU`, `Nations Unies`), so that titles compare
    the body, not the form: folded form -> a key shared by the forms of one body."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = {fold(f): key for f, key in forms.items() if fold(f)}
        alternatives = "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if alternatives else None

    def replace(self, folded: str) -> str:
        """`folded` with each form of a body replaced by the body's key."""
        if self.pattern is None:
            return folded
        return self.pattern.sub(lambda m: f" {self.forms[m.group(0)]} ", folded)


def title_words(text: str, lexicon: Lexicon, bodies: BodyForms | None = None, generic: bool = False) -> set[str]:
    """Content words of a title (stems); a nationality adjective and its state count as one
    word (`ministre turc` and `ministre ... de la République de Turquie` share `turquie`), and
    with `bodies`, a body is one word whatever its form (`de l'ONU`, `des Nations Unies`).
    The generic words of titles (`République`) are left out unless `generic`."""
    states = lexicon.geography.folded_states
    left_out = frozenset() if generic else lexicon.generic_title_words
    folded = bodies.replace(fold(text)) if bodies else fold(text)
    tokens = re.findall(r"\w+", folded.replace("'", " "))
    return {states.get(w) or stem(w) for w in tokens if w not in FOLDED_SMALL_WORDS and w not in left_out}


def title_parts(text: str, lexicon: Lexicon, bodies: BodyForms | None = None
                ) -> tuple[frozenset[str], frozenset[str], bool]:
    """(content words other than states, states, has a complement) of a title: `ministre turc`
    -> ({ministre}, {turquie}, False); `ministre de la Défense de Turquie` -> ({ministre,
    defense}, {turquie}, True). Generic words count: `président de la République` is more
    than `président`."""
    states = set(lexicon.geography.folded_states.values())
    words = title_words(text, lexicon, bodies, generic=True)
    tokens = re.findall(r"\w+", fold(text).replace("'", " "))
    return (frozenset(words - states), frozenset(words & states),
            any(t in _COMPLEMENT_WORDS for t in tokens[1:]))


_COMPLEMENT_WORDS = frozenset({"de", "d", "du", "des", "a", "au", "aux", "pour", "aupres", "en", "sur", "entre"})


# Prepositions after which the words of a title are a complement and do not agree with its head.
_COMPLEMENT_START = ("de", "d'", "du", "des", "en", "à", "au", "aux", "pour", "auprès")
# Prefixes written with a hyphen before a title's head, one token with it (`vice-gouverneur`).
TITLE_PREFIXES = ("vice-", "sous-", "co-", "ex-")


def feminine(word: str) -> str:
    """The regular feminine of a French noun or adjective of function (`directeur` ->
    `directrice`, `conseiller` -> `conseillère`, `délégué` -> `déléguée`); a form that French
    does not use is harmless, as it is only ever matched against the text."""
    for masc, fem in (("teur", "trice"), ("eur", "euse"), ("ier", "ière"), ("er", "ère"), ("ien", "ienne"),
                      ("en", "enne"), ("on", "onne"), ("if", "ive"), ("el", "elle"), ("e", "e")):
        if word.endswith(masc):
            return word[: -len(masc)] + fem
    return word + "e"


def plural(word: str) -> str:
    """The regular plural of a French noun or adjective (`général` -> `généraux`)."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("eau", "eu")):
        return word + "x"
    return word + "s"


def _agreeing(head: str) -> tuple[list[str], str]:
    """The words of a multiword head that agree with it (up to its first complement), and the rest."""
    words = head.split(" ")
    for k, w in enumerate(words):
        if k and (w in _COMPLEMENT_START or w.startswith(("d'", "l'"))):
            return words[:k], " " + " ".join(words[k:])
    return words, ""


def _inflect(words: list[str], how: Callable[[str], str]) -> str:
    """Inflect each word; in a hyphenated word, the part after a prefix (`vice-présidente`)."""
    out = []
    for w in words:
        prefix = next((p for p in TITLE_PREFIXES if w.startswith(p) and len(w) > len(p)), "")
        out.append(prefix + "-".join(how(part) for part in w[len(prefix):].split("-")))
    return " ".join(out)


def head_forms(head: str, adjectives: frozenset[str] = frozenset()) -> dict[str, str | None]:
    """The forms of a title head the text may use -> the singular they stand for (None for a
    singular): the head, its feminine, their plurals, and each with a prefix (`vice-`, `sous-`,
    `co-`, `ex-`) unless its first word has one. `secrétaire général` gives `secrétaire générale`,
    `secrétaires généraux`, `secrétaires générales`; `chargé d'affaires`, `chargés d'affaires`.
    A head that is also an adjective of titles (`général`, `adjoint`) is taken only as written:
    its other forms are adjectives of other words far more often (`l'Assemblée générale`)."""
    if head in adjectives:
        return {head: None}
    agreeing, rest = _agreeing(head)
    singulars = [head, _inflect(agreeing, feminine) + rest]
    if "-" not in head.split(" ")[0]:
        singulars += [p + s for p in TITLE_PREFIXES for s in singulars[:2]]  # `ex-Premier ministre`
    forms: dict[str, str | None] = {}
    for singular in singulars:
        forms.setdefault(singular, None)
    for singular in singulars:
        agreeing, rest = _agreeing(singular)
        forms.setdefault(_inflect(agreeing, plural) + rest, singular)
    # a capital often loses its accent (`homme d'Etat`, `Ecrivain`): each word is matched
    # without the accent of its first letter too
    for form, of in list(forms.items()):
        forms.setdefault(_unaccented_initials(form), of)
    return forms


def _unaccented_initials(text: str) -> str:
    """`homme d'état` -> `homme d'etat`: the first letter of each word without its accent."""
    return re.sub(r"(^|[\s'-])(\w)", lambda m: m.group(1) + fold(m.group(2)), text)

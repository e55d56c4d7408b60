"""Comparing titles: word forms neutral in gender and number, nationality = state."""
from __future__ import annotations

import re

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


def title_words(text: str, lexicon: Lexicon) -> set[str]:
    """Content words of a title (stems); a nationality adjective and its state count as one
    word (`ministre turc` and `ministre ... de la République de Turquie` share `turquie`)."""
    states = lexicon.geography.folded_states
    generic = lexicon.generic_title_words
    tokens = re.findall(r"\w+", fold(text).replace("'", " "))
    return {states.get(w) or stem(w) for w in tokens if w not in FOLDED_SMALL_WORDS and w not in generic}

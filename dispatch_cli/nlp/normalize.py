"""Comparing names and titles: folding of case, accents, apostrophes and word forms."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dispatch_cli.nlp import lexicon


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used to compare names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’‘ʼ`´]", "'", text)
    text = re.sub(r"[-‐‑‒–—]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(?:l'|le |la |les )", "", text)


def stem(word: str) -> str:
    """Gender- and number-neutral form of a title word: `présidente` → `president`."""
    word = fold(word)
    if len(word) > 3 and word.endswith(("s", "x")):
        word = word[:-1]
    for fem, masc in (("trice", "teur"), ("euse", "eur"), ("ienne", "ien"), ("ere", "er"),
                      ("effe", "ef"), ("esse", "e"), ("ale", "al"), ("aux", "al")):
        if word.endswith(fem):
            return word[: -len(fem)] + masc
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    """Nationality adjective or country name -> folded country name."""
    out: dict[str, str] = {}
    for country in lexicon.load_json("geo.json")["countries"]:
        for form in [country["name"], *country["adjectives"]]:
            out[fold(form)] = fold(country["name"])
    return out


SMALL_WORDS = {"de", "des", "du", "d", "la", "le", "les", "l", "pour", "et", "a", "en", "sur", "au", "aux",
               "republique", "etat"}


def title_words(text: str) -> set[str]:
    """Content words of a title; a nationality adjective and its country count as one word
    (`ministre turc` and `ministre ... de la République de Turquie` share `turquie`)."""
    nat = _nationalities()
    tokens = re.findall(r"\w+", fold(text).replace("'", " "))
    return {nat.get(w) or stem(w) for w in tokens if w not in SMALL_WORDS}

"""The comparison key of names: case, accents, apostrophes, hyphens and articles folded."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’‘ʼ`´]")
_DASHES = re.compile(r"[-‐‑‒–—]")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:l'|le |la |les )")


# Names, titles and their parts are folded again and again for each comparison; a document
# repeats a few hundred strings, so a bounded cache makes folding nearly free.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used to compare names:
    `L’Union Européenne` -> `union europeenne`. Hyphens become spaces, runs of spaces one
    space, and a leading definite article is dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)

"""The text the model reads, and the way back to the text as it was decoded.

Text scraped from the web carries typography that means nothing to a reader but breaks word
matching: no-break and narrow no-break spaces (French typography puts them before `:` and
inside « »), soft hyphens and zero-width spaces inside names, accents decomposed into
combining marks (NFD, from some PDF tools and macOS), compatibility characters (ligatures,
full-width letters). Two views are built from the decoded text:

- the *normalized text* (`normalize`): Unicode NFC, compatibility characters decomposed
  (NFKC), invisible format characters removed, every kind of space a plain space, line and
  paragraph separators a line break. Names are read from it, so they come out in their
  visible spelling. Apostrophes, quotes and dashes keep their typography here.
- the *model view* (`model_view`), of the same length as the normalized text: apostrophes,
  quotes and hyphens mapped to their ASCII forms, and the archive's ` date YYYY-MM ` line
  blanked out, so the tokenizer and the lexicon see one form of each.

An `Alignment` maps every character of the normalized text back to the characters of the
decoded text it came from, so that every offset of the output slices the decoded text
exactly. Normalization works on clusters (a base character and its combining marks): each
cluster gives zero (an invisible character) or more characters, each mapped to the whole
cluster.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

# The archive's filing line: ` date 2024-06 ` at the very start of a file.
DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})\b")
# Characters that normalization changes even in NFKC-normalized text: spaces other than
# U+0020, format characters (soft hyphen, zero-width and bidirectional marks, byte-order
# mark), line and paragraph separators.
_SPECIAL = re.compile("[\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f"
                      "\u3000\ufeff]")
# Kept as they are in the normalized text (the model view maps them): NFKC would turn a
# spacing accent used as an apostrophe (`d´Estaing`) into a space and a combining mark.
_KEEP = frozenset("’‘ʼ`´\"“”„‟«»‹›‐‑‒–—−")
_VIEW = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                       "“": '"', "”": '"', "„": '"', "‟": '"',
                       "‐": "-", "‑": "-", "‒": "-", "−": "-"})


@dataclass(frozen=True)
class Alignment:
    """For each character of a normalized text, the range of the decoded text it came from.

    `starts[i]` and `ends[i]` are character offsets into the decoded text (end exclusive).
    """

    starts: array[int]
    ends: array[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The decoded text's range `[start, end)` that the normalized range `[start, end)`
        came from (an empty range maps to an empty range at the same place)."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if len(self.ends) else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True)
class NormalizedText:
    """The normalized text and its alignment to the decoded text (None: they are equal)."""

    text: str
    alignment: Alignment | None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The decoded text's character range of the normalized range `[start, end)`."""
        return (start, end) if self.alignment is None else self.alignment.span(start, end)


def _normal_char(cluster: str) -> str:
    """The normalized form of one cluster (a base character and its combining marks)."""
    first = cluster[0]
    category = unicodedata.category(first)
    if category == "Cf":
        return ""  # soft hyphen, zero-width space and joiners, direction marks, BOM
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if first in _KEEP and len(cluster) == 1:
        return cluster
    normal = unicodedata.normalize("NFKC", cluster)
    if normal.startswith(" ") and not cluster.startswith(" "):
        return unicodedata.normalize("NFC", cluster)  # a spacing accent: keep it as written
    return normal


def normalize(text: str) -> NormalizedText:
    """The normalized text of `text` (see the module's docstring), with its alignment.

    Linear in the length of the text; most texts (already NFC, no special spaces or invisible
    characters) are returned as they are, with no alignment.
    """
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _SPECIAL.search(text)):
        return NormalizedText(text, None)
    out: list[str] = []
    starts, ends = array("q"), array("q")
    changed = False
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        normal = _normal_char(cluster)
        if normal != cluster:
            changed = True
        out.append(normal)
        for _ in normal:
            starts.append(i)
            ends.append(j)
        i = j
    if not changed:
        return NormalizedText(text, None)
    return NormalizedText("".join(out), Alignment(starts, ends))


def model_view(text: str) -> str:
    """The normalized text as the model reads it, of exactly the same length: ASCII
    apostrophes, quotes and hyphens; the archive's filing line blanked out."""
    view = text.translate(_VIEW)
    m = DATE_LINE.match(view)
    if m:
        view = " " * m.end() + view[m.end():]
    return view


def split_for_length(text: str, max_length: int) -> list[str]:
    """Cut `text` into consecutive pieces shorter than `max_length` characters, at paragraph
    breaks where possible, else at line breaks, else at spaces. `"".join(pieces) == text`."""
    if len(text) < max_length:
        return [text]
    pieces: list[str] = []
    rest = text
    limit = max_length - 1
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > 0:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces

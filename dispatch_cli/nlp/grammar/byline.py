"""The byline at the end of a dispatch: `Igbal Hadjiyev` / `Correspondant spécial de l'AZERTAC` / `Bucarest`.

A byline is a short block of lines closing the text: a name of two to four capitalized
words, then a line naming the author's function (a word of the rule model's `author_roles`),
then maybe a place.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dispatch_cli.nlp import keys, words
from dispatch_cli.nlp.findings import Byline, Header
from dispatch_cli.nlp.grammar.tokens import is_capitalized

NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w’'\-]+(?:\s+[A-ZÀ-Ý][\w’'\-]+){1,3}$")
TAIL_LINES = 6  # the byline is among the text's last lines
MAX_PLACE_WORDS = 3


class BylineReader:
    """Read the byline with the authors' functions of one rule model."""

    def __init__(self, author_roles: tuple[str, ...]) -> None:
        words = "|".join(re.escape(w) for w in sorted(author_roles, key=len, reverse=True))
        self.role = re.compile(r"^(?:" + words + r")\b", re.IGNORECASE)

    def byline(self, text: str) -> Byline | None:
        """The byline closing `text`, if there is one."""
        lines = [line.strip() for line in text.rstrip().splitlines()[-TAIL_LINES:] if line.strip()]
        for i in range(len(lines) - 1):
            if NAME_LINE.match(lines[i]) and self.role.match(lines[i + 1]):
                place = lines[i + 2] if i + 2 < len(lines) and len(lines[i + 2].split()) <= MAX_PLACE_WORDS else None
                return Byline(name=lines[i], role=lines[i + 1], place=place)
        return None


def byline_start(text: str, byline: Byline | None) -> int:
    """Where the byline block starts (character offset; the text's length when there is none)."""
    if byline is None:
        return len(text)
    pos = text.rfind(byline.name)
    return pos if pos >= 0 else len(text)


def byline_body(doc: Doc, header: Header, text: str) -> Span | None:
    """The body whose employee the byline's author is: the capitalized name after the last
    `de`/`du` of the author's function (`Correspondant spécial de l'AZERTAC`,
    `Correspondante du Monde à Paris`), as an ORG span of `doc`; None when there is no byline
    function or it names no body. The model may read a whole byline line as one
    miscellaneous entity, so the function's grammar decides, not the entity labels."""
    byline = header.byline
    if byline is None or not byline.role:
        return None
    start = text.rfind(byline.role)
    role = doc.char_span(start, start + len(byline.role), alignment_mode="expand") if start >= 0 else None
    if role is None:
        return None
    links = [tok.i for tok in role if tok.lower_ in words.OF]
    if not links:
        return None
    i = links[-1] + 1
    if i < role.end and doc[i].lower_ in words.DEFINITE_ARTICLES:
        i += 1
    end = i
    while end < role.end and is_capitalized(doc[end]):
        end += 1
    return Span(doc, i, end, label=keys.ORG) if end > i else None

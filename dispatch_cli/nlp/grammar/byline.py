"""The byline at the end of a dispatch: `Igbal Hadjiyev` / `Correspondant spécial de l'AZERTAC` / `Bucarest`.

A byline is a short block of lines closing the text: a name of two to four capitalized
words, then a line naming the author's function (a word of the rule model's `author_roles`),
then maybe a place.
"""
from __future__ import annotations

import re

from dispatch_cli.nlp.findings import Byline

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

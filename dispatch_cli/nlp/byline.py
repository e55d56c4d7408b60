"""The byline at the end of a dispatch: `Igbal Hadjiyev` / `Correspondant spécial de l'AZERTAC` / `Bucarest`.

A byline is a short block of lines closing the text: a name of two to four capitalized
words, then a line naming the author's function in the agency, then maybe a place.
"""
from __future__ import annotations

import re

from dispatch_cli.records.types import Byline

AUTHOR_ROLE = re.compile(r"^(?:correspondante?|envoyée? spéciale?|journaliste|reporter|rédact(?:eur|rice))\b",
                         re.IGNORECASE)
NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w’'\-]+(?:\s+[A-ZÀ-Ý][\w’'\-]+){1,3}$")


def read_byline(text: str) -> Byline | None:
    """The byline closing the text, if there is one."""
    lines = [line.strip() for line in text.rstrip().splitlines()[-6:] if line.strip()]
    for i in range(len(lines) - 1):
        if NAME_LINE.match(lines[i]) and AUTHOR_ROLE.match(lines[i + 1]):
            place = lines[i + 2] if i + 2 < len(lines) and len(lines[i + 2].split()) <= 3 else None
            return Byline(name=lines[i], role=lines[i + 1], place=place)
    return None

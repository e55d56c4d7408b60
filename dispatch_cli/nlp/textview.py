"""Text preparation that keeps every character offset.

The model sees a copy of the text in which some characters are replaced one for one
(typographic apostrophes, the archive's ` date YYYY-MM ` line), so offsets computed on the
Doc are offsets into the original text too.
"""
from __future__ import annotations

import re

# The archive's filing line: ` date 2024-06 ` at the very start of a file.
DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})\b")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def model_view(text: str) -> str:
    """The text as the model should read it, of exactly the same length."""
    view = text.translate(_APOSTROPHES)
    m = DATE_LINE.match(view)
    if m:
        view = " " * m.end() + view[m.end():]
    return view


def split_for_length(text: str, max_length: int) -> list[str]:
    """Cut `text` into consecutive pieces shorter than `max_length`, at paragraph breaks
    where possible, else at line breaks, else at spaces. `"".join(pieces) == text`."""
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

"""Find the phrases of a long list in a text, as whole words, the longest first.

A regular expression `(?<!\\w)(?:longest|…|shortest)(?!\\w)` of a few thousand folded names
(every form of every state and known body) finds the same thing, but Python's `re` takes about
0.1 s to compile one, at every start of the tool. `PhraseIndex` groups the phrases by their
first word instead: in a text, only the phrases that begin with the word found at a word start
are tried, longest first, and nothing is compiled but one small pattern.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A word: what `\w` matches, the same definition as the regular expression this replaces.
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

# A phrase found: (start, end, phrase), offsets in characters of the text searched, end exclusive.
Found = tuple[int, int, str]


class PhraseIndex:
    """The phrases of a list, indexed by their first word.

    `finditer(text)` yields what `re.finditer` would with the pattern
    `(?<!\\w)(?:p1|p2|…)(?!\\w)` whose alternatives are the phrases sorted longest first: at the
    leftmost word start where a phrase is written and not followed by a word character, the
    longest such phrase; then the search goes on after it. Matching is exact (fold the phrases
    and the text first for a caseless search).
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        """Index `phrases`. Raises ValueError for a phrase that does not begin with a word
        character (`\\w`): it could not be found at a word start."""
        by_first: dict[str, set[str]] = {}
        for phrase in phrases:
            first = _WORD.match(phrase)
            if first is None:
                raise ValueError(f"a phrase must begin with a word character: {phrase!r}")
            by_first.setdefault(first.group(), set()).add(phrase)
        self._by_first = {word: sorted(group, key=lambda p: (-len(p), p)) for word, group in by_first.items()}

    def finditer(self, text: str) -> Iterator[Found]:
        """The phrases written in `text`, left to right, never overlapping."""
        resume = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < resume:
                continue
            for phrase in self._by_first.get(word.group(), ()):
                end = start + len(phrase)
                if text.startswith(phrase, start) and _WORD_CHAR.match(text, end) is None:
                    yield start, end, phrase
                    resume = end
                    break

    def search(self, text: str) -> Found | None:
        """The first phrase written in `text`, or None."""
        return next(self.finditer(text), None)

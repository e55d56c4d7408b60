"""`PhraseIndex` finds what the regular expression of its phrases, longest first, finds."""
from __future__ import annotations

import random
import re

import pytest

from dispatch_cli.nlp.phrases import PhraseIndex

PHRASES = ["france", "republique de france", "republique", "republique tcheque", "tcheque", "etats-unis",
           "etats", "cote d'ivoire", "opep+", "opep", "union europeenne", "union", "ue", "nations unies"]


def _regex(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)")


def _by_regex(phrases: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _regex(phrases).finditer(text)]


@pytest.mark.parametrize("text, expected", [
    ("le president de la republique tcheque et la france", ["republique tcheque", "france"]),
    ("la republique de france", ["republique de france"]),
    ("la republique de francee", ["republique"]),  # a phrase inside a longer word is not found
    ("lafrance, la france-", ["france"]),
    ("les etats-unis et les etats membres", ["etats-unis", "etats"]),
    ("la cote d'ivoire", ["cote d'ivoire"]),
    ("l'opep+ et l'opep", ["opep+", "opep"]),
    ("l'union europeenne (ue) et l'ue2", ["union europeenne", "ue"]),
    ("", []),
])
def test_finds_whole_words_longest_first(text: str, expected: list[str]) -> None:
    found = list(PhraseIndex(PHRASES).finditer(text))
    assert [f[2] for f in found] == expected
    assert all(text[s:e] == p for s, e, p in found)


def test_search_gives_the_first_or_none() -> None:
    index = PhraseIndex(PHRASES)
    assert index.search("ambassadeur de france aux etats-unis") == (15, 21, "france")
    assert index.search("ambassadeur du japon") is None


def test_a_phrase_must_begin_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="word character"):
        PhraseIndex(["+opep"])


def test_same_matches_as_the_regular_expression_on_random_texts() -> None:
    rng = random.Random(7)
    words = ["france", "republique", "de", "tcheque", "etats", "unis", "-", "cote", "d'", "ivoire", "opep", "+",
             "union", "europeenne", "ue", "x", "é", "_", "2", " ", " ", ", ", "nations", "unies"]
    index = PhraseIndex(PHRASES)
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 12)))
        assert list(index.finditer(text)) == _by_regex(PHRASES, text), text

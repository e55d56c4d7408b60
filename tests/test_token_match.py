"""The factored French token_match: same strings matched, much less to compile."""
from __future__ import annotations

import re

import pytest

from dispatch_cli.nlp.token_match import factor_alternation, fast_token_match

# A stand-in for spaCy's large letter classes: long enough to count as a class worth sharing.
LETTERS = "a-zàâäçéèêëîïôöùûüÿœæ" + "".join(chr(c) for c in range(0x100, 0x130))
HYPHEN = "-–"


def anchored(*alternatives: str) -> str:
    return "(?iu)" + "|".join(f"(?:{a})" for a in alternatives)


def same_matches(original: str, factored: str, samples: list[str]) -> bool:
    a, b = re.compile(original), re.compile(factored)
    return all(bool(a.match(s)) == bool(b.match(s)) for s in samples)


def test_prefixes_before_the_same_classes_share_one_copy_of_them():
    pattern = anchored(*(f"^{p}[{HYPHEN}][{LETTERS}][{HYPHEN}{LETTERS}]*$"
                         for p in ("anti", "contre", "demi", "sous?")))
    factored = factor_alternation(pattern)
    assert factored is not None
    assert factored.count(LETTERS) == 2  # once per class, not once per prefix
    samples = ["anti-inflammatoire", "contre-attaque", "demi-finale", "sou-chef", "sous-chef",
               "SOUS-CHEF", "anti-", "para-chute", "antiinflammatoire", "demi–heure", "demi-heure-x"]
    assert same_matches(pattern, factored, samples)


def test_the_varying_stretch_may_lie_between_two_classes():
    pattern = anchored(*(f"^[{LETTERS}]+[{HYPHEN}]{c}[{HYPHEN}][{LETTERS}]+$"
                         for c in ("de", "en", "sur", "l[èe]s?")))
    factored = factor_alternation(pattern)
    assert factored is not None and factored.count(LETTERS) == 2
    samples = ["arc-en-ciel", "saut-de-ski", "Boulogne-sur-Mer", "Plessis-lès-Tours",
               "Plessis-les-Tours", "arc-à-ciel", "arc-en", "pot-au-feu", "x-de-y"]
    assert same_matches(pattern, factored, samples)


def test_alternatives_of_different_shapes_are_kept_apart():
    pattern = anchored(f"^hip[{HYPHEN}]hop[{LETTERS}]*$", f"^yo[{HYPHEN}]yo[{LETTERS}]+$",
                       f"^[{LETTERS}]+[{HYPHEN}]et[{HYPHEN}][{LETTERS}]+$")
    factored = factor_alternation(pattern)
    assert factored is not None
    samples = ["hip-hop", "hip-hopeur", "yo-yo", "yo-yos", "sel-et-poivre", "hip-yo", "et-et-et"]
    assert same_matches(pattern, factored, samples)


@pytest.mark.parametrize("pattern", [
    "(?iu)^abc$",                   # not an alternation of anchored groups
    "(?i)(?:^a$)|(?:^b$)",           # other flags
    "(?iu)(?:^a(b$)|(?:^c$)",        # unbalanced: the split would cut inside a group
])
def test_a_pattern_of_another_shape_is_not_rewritten(pattern):
    assert factor_alternation(pattern) is None


def test_only_large_patterns_are_replaced_and_only_within_the_block():
    original = re.compile
    large = anchored(*(f"^w{i}[{HYPHEN}][{LETTERS * 40}]+$" for i in range(40)))
    assert len(large) > 100_000
    with fast_token_match():
        assert re.compile is not original
        small = re.compile(r"\d+")
        assert small.pattern == r"\d+"
        replaced = re.compile(large)
        assert replaced.pattern != large and len(replaced.pattern) < len(large) // 10
        assert re.compile(large) is replaced  # compiled once per pattern
        assert bool(replaced.match("w7-abc")) and not replaced.match("w40-abc")
    assert re.compile is original


@pytest.mark.slow
def test_spacy_french_token_match_keeps_its_matches():
    """The factored form of spaCy's own pattern against the pattern itself, on hyphenated and
    elided words of every family it lists."""
    import spacy.lang.fr.tokenizer_exceptions as te

    pattern = "(?iu)" + "|".join(f"(?:{m})" for m in te._regular_exp)
    factored = factor_alternation(pattern)
    assert factored is not None and len(factored) < len(pattern) // 20
    samples = []
    for prefix in te._hyphen_prefix:
        stem = re.sub(r"\[(.)[^\]]*\]", r"\1", prefix).replace("?", "")
        for tail in ("-vampire", "–Vampire", "-l'eau", "-", "'abat", "-de-ski", " x"):
            samples += [stem + tail, stem.upper() + tail, stem.capitalize() + tail]
    for combo in ("les", "lès", "la", "en", "de", "des", "du", "sur", "sous", "au", "aux", "à",
                  "et", "près", "saint", "par"):
        samples += [f"saut-{combo}-ski", f"pet-{combo}-l'air", f"Ville–{combo}–Mer"]
    samples += ["entr'ouvert", "rentr'ouvrir", "grand'mère", "r'voilà", "prud'homme",
                "New-York", "états-unis", "burn-out", "droits-de-l'homme", "aujourd'hui",
                "Bakou", "vice-président", "Haut-Karabakh", "Jean-Pierre", "c'est-à-dire"]
    assert same_matches(pattern, factored, samples)


@pytest.mark.parametrize("regex, balanced", [
    ("^a(b|c)d$", True),
    ("^a(?:b(c))$", True),
    (r"^a\(b$", True),             # an escaped bracket is a character
    ("^a[()]b$", True),             # so is one inside a class
    (r"^a[\]()]b$", True),         # a class with an escaped `]`
    ("^a[]()]b$", True),            # `]` first in a class is a member
    ("^a[^]()]b$", True),
    ("^a(b$", False),
    ("^a)b($", False),              # closed before it is opened
    (r"^a\\(b$", False),           # an escaped backslash, then a real bracket
    ("^a[bc$", False),              # a class never closed
])
def test_group_balance_is_what_the_compiler_says(regex, balanced):
    from dispatch_cli.nlp.token_match import _balanced

    assert _balanced(regex) is balanced
    try:
        re.compile(regex)
        compiles = True
    except re.error:
        compiles = False
    assert compiles is balanced

"""Compile spaCy's French `token_match` pattern in a fraction of the time, with the same matches.

spaCy's French tokenizer keeps words such as `grand-mère`, `entr'ouvert` or `saut-de-ski` whole
with a `token_match` regular expression: 266 alternatives, each anchored at both ends
(`^…$`), each spelling out the same large Unicode letter classes (`spacy.lang.char_classes`).
Python's `re` compiles every copy of those classes anew, which takes 3–4 s of CPU: the largest
single part of loading the pipeline, paid once at `import spacy.lang.fr` and again when the
model's tokenizer is read from disk (the re cache usually hides the second one).

`factor_alternation` rewrites the pattern by the identities `xa|ya = (x|y)a` and
`ax|ay = a(x|y)` on its alternatives, so that alternatives which differ only in one literal
stretch share one copy of each class: the rewritten pattern matches exactly the same strings
(and spaCy's tokenizer only tests whether it matches), and compiles about 20 times faster.
`fast_token_match` applies it while spaCy is imported and the model is loaded; any other
pattern is compiled as usual, so a spaCy version with a different pattern loses the speed, not
the behaviour.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Patterns shorter than this compile quickly anyway; the French one is about 1.45 million
# characters.
_LARGE = 100_000
# A character class with its quantifier (escapes inside it kept whole), and the length from
# which one is worth sharing: spaCy's Unicode letter classes have thousands of characters.
_CLASS = re.compile(r"(\[(?:[^\]\\]++|\\.)*+\][+*?]?)")
_BIG = 40
_FLAGS = "(?iu)"


Shape = tuple[tuple[str, ...], list[str]]


def _shape(alternative: str) -> Shape:
    """The large classes of `alternative` and the literal stretches around them:
    `(classes, [literal0, literal1, …])`, one more literal than classes."""
    pieces = _CLASS.split(alternative)
    classes: list[str] = []
    literals = [pieces[0]]
    for cls, literal in zip(pieces[1::2], pieces[2::2], strict=True):
        if len(cls) >= _BIG:
            classes.append(cls)
            literals.append(literal)
        else:
            literals[-1] += cls + literal
    return tuple(classes), literals


def _shapes(pattern: str) -> list[Shape] | None:
    """The shapes of the alternatives of `(?iu)(?:^a$)|(?:^b$)|…`, or None when the pattern
    has another shape."""
    if not pattern.startswith(_FLAGS + "(?:^") or not pattern.endswith("$)"):
        return None
    shapes = [_shape("^" + part + "$") for part in pattern[len(_FLAGS) + 4:-2].split("$)|(?:^")]
    # Each alternative must be a whole regular expression of its own (balanced groups once
    # its large classes are set aside); otherwise the split cut inside one. The factored
    # pattern is compiled in the end, which checks the rest of the syntax.
    if not all(_balanced("x".join(literals)) for _classes, literals in shapes):
        return None
    return shapes


def _balanced(regex: str) -> bool:
    """Whether the groups of `regex` are balanced: every `(` closed by a later `)`, escaped
    characters and those inside a character class not counted. (Compiling each of the 266
    alternatives to find out took as long as factoring them.)"""
    depth = 0
    i, n = 0, len(regex)
    while i < n:
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class runs to the first `]` that is neither escaped nor its first member
            i += 1
            if i < n and regex[i] == "^":
                i += 1
            if i < n and regex[i] == "]":
                i += 1
            while i < n and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
            if i >= n:
                return False
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
        i += 1
    return depth == 0


def factor_alternation(pattern: str) -> str | None:
    """The anchored alternation `pattern` (`(?iu)(?:^…$)|(?:^…$)|…`, spaCy's French
    `token_match`) with alternatives merged where they differ in one literal stretch between
    the same large character classes; None when the pattern does not have that shape.

    The result matches a string exactly when `pattern` does (the same language, by
    `xa|ya = (x|y)a` and `ax|ay = a(x|y)`), though the match object may come from another
    alternative; spaCy only tests the match's truth.
    """
    shapes = _shapes(pattern)
    if shapes is None:
        return None
    merged: list[str] = []
    done = [False] * len(shapes)
    for index, (classes, literals) in enumerate(shapes):
        if done[index]:
            continue
        # Find the stretch position whose variation joins this alternative to the most others.
        best: list[int] = [index]
        best_slot = 0
        for slot in range(len(literals)):
            group = [other for other in range(index, len(shapes)) if not done[other]
                     and shapes[other][0] == classes and len(shapes[other][1]) == len(literals)
                     and all(shapes[other][1][k] == literals[k]
                             for k in range(len(literals)) if k != slot)]
            if len(group) > len(best):
                best, best_slot = group, slot
        for other in best:
            done[other] = True
        stretch = [shapes[other][1][best_slot] for other in best]
        joined = list(literals)
        if len(stretch) > 1:
            joined[best_slot] = "(?:" + "|".join(f"(?:{s})" for s in stretch) + ")"
        text = joined[0]
        for cls, literal in zip(classes, joined[1:], strict=True):
            text += cls + literal
        merged.append(text)
    return _FLAGS + "|".join(f"(?:{m})" for m in merged)


@contextmanager
def fast_token_match() -> Iterator[None]:
    """Within the block, `re.compile` of a large anchored alternation compiles its factored
    form (`factor_alternation`) instead, once per pattern; every other call is unchanged.

    Meant around `import spacy.lang.fr` and `spacy.load` of a French model, the two places
    where spaCy compiles its French `token_match`. `re.compile` is replaced for the whole
    process while the block runs: another thread compiling a pattern then gets the same
    treatment, which changes nothing for it but a faster compile of a large anchored
    alternation that matches the same strings.
    """
    original = re.compile
    compiled: dict[tuple[str, int], re.Pattern[str]] = {}

    def compile_(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) > _LARGE and isinstance(flags, int):
            key = (pattern, flags)
            if key not in compiled:
                factored = factor_alternation(pattern)
                compiled[key] = original(factored if factored is not None else pattern, flags)
            return compiled[key]
        return original(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = original

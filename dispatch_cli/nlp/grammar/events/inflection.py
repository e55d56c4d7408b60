"""The inflected forms of a French verb, from its infinitive.

The rule model lists verbs of meeting by infinitive (`rencontrer`, `s'entretenir`); the span
ruler matches word forms. The forms a dispatch uses of a verb are the third persons of the
indicative (present, imperfect, simple past, future), of the conditional, the present
participle and the four past participles; `inflect` makes them, each with its tense, so that
one entry gives `rencontreront`, `s'étaient entretenus` and `ont reçu`.

The paradigms are those of French grammar, not of any word list: the first group (`-er`,
with `-cer`, `-ger` and `e`/`é` + consonant -> `è`), the second group (`-ir`, `-issent`), and
the families of the third group by their ending (`-tenir`/`-venir`, `-vrir`, `-cueillir`, `-cevoir`,
`-prendre`, `-dre`, `-clure`, `-suivre`, `-mettre`, `-dire`, `-duire`, `-faire`), with the two
auxiliaries. The statistical lemmatizer is not used: it lemmatizes the most frequent forms of
these verbs wrongly (`rencontre` and `signe` in the present, `a visité` read as a noun).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from dispatch_cli.nlp.words import ADVERBIAL_PRONOUNS, AUXILIARY_FORMS, REFLEXIVE_PRONOUNS

PRESENT, IMPERFECT, SIMPLE_PAST, FUTURE, CONDITIONAL = "present", "imperfect", "simple_past", "future", "conditional"
PARTICIPLE, PRESENT_PARTICIPLE = "participle", "present_participle"
MAX_ADVERBS = 2  # adverbs between a verb and the words of its entry after it
REFLEXIVE_REACH = 6  # tokens before a verb where its pronoun may stand (`se sont ensuite entretenus`)
# Tenses that put an encounter after the time of writing.
LATER = frozenset({FUTURE, CONDITIONAL})

VOWELS = "aeiouyéèêëâàîïôû"
# `mener` -> `mène`, `célébrer` -> `célèbre`: e or é before the stem's last consonant (or a
# consonant and l or r), not before two consonants (`commencer`, `présenter`)
CONSONANT = "[^" + VOWELS + "]"
GRAVE_STEM = re.compile(r"^(.*)([eé])(" + CONSONANT + "|" + CONSONANT + "[lr])$")

AUXILIARIES: dict[str, dict[str, str]] = {
    "avoir": {"a": PRESENT, "ont": PRESENT, "avait": IMPERFECT, "avaient": IMPERFECT, "eut": SIMPLE_PAST,
              "eurent": SIMPLE_PAST, "aura": FUTURE, "auront": FUTURE, "aurait": CONDITIONAL,
              "auraient": CONDITIONAL, "ayant": PRESENT_PARTICIPLE, "eu": PARTICIPLE, "eue": PARTICIPLE,
              "eus": PARTICIPLE, "eues": PARTICIPLE},
    "être": {"est": PRESENT, "sont": PRESENT, "était": IMPERFECT, "étaient": IMPERFECT, "fut": SIMPLE_PAST,
             "furent": SIMPLE_PAST, "sera": FUTURE, "seront": FUTURE, "serait": CONDITIONAL,
             "seraient": CONDITIONAL, "étant": PRESENT_PARTICIPLE, "été": PARTICIPLE},
}


def _table(present: tuple[str, str], imperfect_stem: str, past: tuple[str, str], future_stem: str,
           present_participle: str, participle: str, feminine: str | None = None) -> dict[str, str]:
    """The forms of one verb from its principal parts (third persons; participle masculine)."""
    forms = {present[0]: PRESENT, present[1]: PRESENT,
             imperfect_stem + "ait": IMPERFECT, imperfect_stem + "aient": IMPERFECT,
             past[0]: SIMPLE_PAST, past[1]: SIMPLE_PAST,
             future_stem + "a": FUTURE, future_stem + "ont": FUTURE,
             future_stem + "ait": CONDITIONAL, future_stem + "aient": CONDITIONAL,
             present_participle: PRESENT_PARTICIPLE}
    fem = feminine or participle + "e"
    plural = participle if participle.endswith("s") else participle + "s"
    for form in (participle, fem, plural, fem + "s"):
        forms.setdefault(form, PARTICIPLE)
    return forms


def _first_group(verb: str) -> dict[str, str]:
    stem = verb[:-2]
    # before a and o: c -> ç, g -> ge
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    grave = GRAVE_STEM.match(stem)
    present = grave.group(1) + "è" + grave.group(3) if grave else stem
    future = (grave.group(1) + "è" + grave.group(3) if grave and grave.group(2) == "e" else stem) + "er"
    forms = _table((present + "e", present + "ent"), soft, (soft + "a", stem + "èrent"), future, soft + "ant",
                   stem + "é")
    if grave and grave.group(2) == "é":
        forms.update({stem + "era": FUTURE, stem + "eront": FUTURE, stem + "erait": CONDITIONAL,
                      stem + "eraient": CONDITIONAL})  # `célébrera` beside `célèbrera`
    return forms


def _second_group(verb: str) -> dict[str, str]:
    stem = verb[:-2]
    return _table((stem + "it", stem + "issent"), stem + "iss", (stem + "it", stem + "irent"), verb,
                  stem + "issant", stem + "i")


def _third_group(verb: str) -> dict[str, str] | None:
    """The families of the third group, by the ending of the infinitive."""
    for ending in ("tenir", "venir"):
        if verb.endswith(ending):
            b = verb[:-4]  # `entret`, `interv`
            return _table((b + "ient", b + "iennent"), b + "en", (b + "int", b + "inrent"), b + "iendr",
                          b + "enant", b + "enu")
    if verb.endswith(("vrir", "frir")):
        s = verb[:-2]  # `ouvr`, `couvr`, `offr`
        return _table((s + "e", s + "ent"), s, (s + "it", s + "irent"), s + "ir", s + "ant", s[:-1] + "ert")
    if verb.endswith("cueillir"):
        s = verb[:-2]
        return _table((s + "e", s + "ent"), s, (s + "it", s + "irent"), s + "er", s + "ant", s + "i")
    if verb == "devoir":
        return _table(("doit", "doivent"), "dev", ("dut", "durent"), "devr", "devant", "dû", "due")
    if verb.endswith("cevoir"):
        b = verb[:-6]
        return _table((b + "çoit", b + "çoivent"), b + "cev", (b + "çut", b + "çurent"), b + "cevr", b + "cevant",
                      b + "çu")
    if verb.endswith("prendre"):
        b = verb[:-7]  # `com` of `comprendre`
        return _table((b + "prend", b + "prennent"), b + "pren", (b + "prit", b + "prirent"), b + "prendr",
                      b + "prenant", b + "pris", b + "prise")
    if verb.endswith("mettre"):
        b = verb[:-6]
        return _table((b + "met", b + "mettent"), b + "mett", (b + "mit", b + "mirent"), b + "mettr",
                      b + "mettant", b + "mis", b + "mise")
    if verb.endswith("faire"):
        b = verb[:-5]
        return _table((b + "fait", b + "font"), b + "fais", (b + "fit", b + "firent"), b + "fer", b + "faisant",
                      b + "fait")
    if verb.endswith("dire") and not verb.endswith("maudire"):
        b = verb[:-4]
        return _table((b + "dit", b + "disent"), b + "dis", (b + "dit", b + "dirent"), b + "dir", b + "disant",
                      b + "dit")
    if verb.endswith("duire"):
        b = verb[:-2]
        return _table((b + "t", b + "sent"), b + "s", (b + "sit", b + "sirent"), b + "r", b + "sant", b + "t")
    if verb.endswith("clure"):
        b = verb[:-2]
        return _table((b + "t", b + "ent"), b, (b + "t", b + "rent"), b + "r", b + "ant", b)
    if verb.endswith("suivre"):
        b = verb[:-3]
        return _table((b + "t", b + "vent"), b + "v", (b + "vit", b + "virent"), b + "vr", b + "vant", b + "vi")
    if verb.endswith("indre"):
        b = verb[:-4]  # `joi` of `joindre`, `attei` of `atteindre`
        return _table((b + "nt", b + "gnent"), b + "gn", (b + "gnit", b + "gnirent"), b + "ndr", b + "gnant",
                      b + "nt")
    if verb.endswith("dre") and not verb.endswith(("indre", "soudre")):
        b = verb[:-2]  # `rend`, `attend`
        return _table((b, b + "ent"), b, (b + "it", b + "irent"), b + "r", b + "ant", b + "u")
    return None


@cache
def _verb_forms(verb: str) -> tuple[tuple[str, str], ...]:
    if verb in AUXILIARIES:
        forms = AUXILIARIES[verb]
    else:
        third = _third_group(verb)
        if third is not None:
            forms = third
        elif verb.endswith("er"):
            forms = _first_group(verb)
        elif verb.endswith("ir"):
            forms = _second_group(verb)
        else:
            raise ValueError(f"no French paradigm for the infinitive {verb!r}")
    return tuple(forms.items())


def inflect(entry: str) -> dict[str, str]:
    """The inflected forms of a verb entry, each with its tense: `rencontrer`, `s'entretenir`
    (the reflexive pronoun is not part of the forms), `prendre part` (the verb is the first
    word; the words after it stay as they are).

    Raises ValueError for an infinitive whose paradigm is not known.
    """
    words = entry.split()
    if words[0] in ("se", "s'"):
        words = words[1:]
    elif words[0].startswith("s'"):
        words[0] = words[0][2:]
    rest = " ".join(words[1:])
    return {(form + " " + rest).strip(): tense for form, tense in _verb_forms(words[0])}


@dataclass(frozen=True)
class VerbForm:
    """What an inflected form found in a text is."""

    entry: str  # the verb as the rule model writes it (`s'entretenir`, `prendre part`)
    tense: str
    reflexive: bool  # the entry is written with its pronoun: the form counts only with one
    length: int  # tokens: the verb and the words of the entry after it (adverbs between included)


# The endings a word after the verb may take to agree with the subject (`être présent` ->
# `ont été présentes`).
AGREEMENT = ("", "e", "s", "es")
ACCENTED_E = ("é", "è", "ê")  # what an unaccented capital E may stand for


class VerbTable:
    """The inflected forms of some verb entries, for looking them up in a Doc."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.forms: dict[str, VerbForm] = {}
        for entry in entries:
            reflexive = entry.startswith(("se ", "s'"))
            for form, tense in inflect(entry).items():
                self.forms.setdefault(form, VerbForm(entry, tense, reflexive, len(form.split())))
        # first word -> the words after it, for the entries of several words
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in self.forms:
            words = form.split()
            self.by_first.setdefault(words[0], []).append(tuple(words[1:]))

    def at(self, doc: Doc, i: int) -> VerbForm | None:
        """The form that starts at token `i` (the longest), with its pronoun when the entry
        has one (`s'est entretenu`, `se sont ensuite entretenus`), else None."""
        first = doc[i].lower_
        if first not in self.by_first and doc[i].text[:1] == "E":
            # a capital written without its accent, as French print often does (`Etaient
            # présents`, `Etait présent`)
            first = next((a + first[1:] for a in ACCENTED_E if a + first[1:] in self.by_first), first)
        for rest in sorted(self.by_first.get(first, ()), key=len, reverse=True):
            # adverbs may stand between the verb and the words after it (`étaient également
            # présents`)
            j = i + 1
            while rest and j < len(doc) and j - i <= MAX_ADVERBS and doc[j].pos_ == "ADV" \
                    and doc[j].lower_ not in {rest[0] + e for e in AGREEMENT}:
                j += 1
            if j + len(rest) > len(doc):
                continue
            if all(doc[j + k].lower_ in {w + e for e in AGREEMENT} for k, w in enumerate(rest)):
                form = self.forms[" ".join((first, *rest))]
                if form.reflexive and not has_reflexive(doc, i):
                    return None
                return form if j == i + 1 else replace(form, length=j - i + len(rest))
        return None


def has_reflexive(doc: Doc, i: int) -> bool:
    """Is the verb at `i` used with a reflexive pronoun: right before it, or before its
    auxiliary with adverbs between (`s'est entretenu`, `se sont longuement entretenus`, `se
    sont longuement et chaleureusement entretenus`), the adverbial pronoun `y` or `en` between
    (`s'y est entretenu`: there, where the sentence before put him)?"""
    k = i - 1
    while k >= 0 and i - k <= REFLEXIVE_REACH:
        low = doc[k].lower_
        if low in REFLEXIVE_PRONOUNS:
            return True
        coordinated = low == "et" and doc[k + 1].pos_ == "ADV"  # adverbs joined by `et`
        adverbial = low in ADVERBIAL_PRONOUNS and doc[k].pos_ == "PRON"
        if doc[k].is_punct or not (doc[k].pos_ in ("AUX", "ADV") or low in AUXILIARY_FORMS or coordinated
                                   or adverbial):
            return False
        k -= 1
    return False

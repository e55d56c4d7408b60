"""Does a text read as French? A check by the share of common words, with spaCy's stop lists.

The rules of this package read French. An English, German or Azerbaijani dispatch goes
through them without an error and comes out as nonsense (English capitalized words taken
for names, no event), so the record says that the text is not French.

The check counts, among the first `SAMPLE_CHARS` characters, the words that are in the stop
list (the most common words: articles, prepositions, pronouns, auxiliaries) of French and
of each language of `OTHERS`, as spaCy ships them. A French news text has a third to a
half of its words in the French list; a text in another language has most in its own
list. A text mostly in another alphabet (Cyrillic, Arabic, Chinese) is not French either,
however few spaces separate its words. No model is loaded: the cost is a few passes of
regular expressions over at most `SAMPLE_CHARS` characters, whatever the length of the text.
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FRENCH = "fr"
# Languages a text may be in instead, with their names for the message: those the agencies
# that publish in French also publish in, and the European languages whose short words
# (`a`, `i`, `o`, `na`, `je`, `se`) are also in the French list.
OTHERS = {"en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
          "ca": "Catalan", "ro": "Romanian", "nl": "Dutch", "sv": "Swedish", "da": "Danish",
          "nb": "Norwegian", "fi": "Finnish", "hu": "Hungarian", "pl": "Polish", "cs": "Czech",
          "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "tr": "Turkish", "az": "Azerbaijani",
          "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian"}
# What is read of a text: enough words to tell, the same cost for a text of any length.
SAMPLE_CHARS = 5000
# Below this many words a text (a headline alone) is not judged.
MIN_WORDS = 12
# A French text has at least this share of its words in the French list (the 109 dispatches
# of the dev corpus: 0.38 at the least); a text under it is not French whatever the other
# lists say.
MIN_FRENCH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
# Letters of the Latin alphabet: basic, Latin-1, Extended-A and B, Extended Additional.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# A text with at least this many letters, most of them not Latin (Cyrillic, Arabic, Chinese:
# scripts that may not separate words by spaces), is not French however few its words.
MIN_LETTERS = 40


@dataclass(frozen=True)
class LanguageGuess:
    """What `guess_language` found: the language whose common words are the most frequent,
    the share of the text's words in its list and in French's, and how many words were read."""

    language: str
    share: float
    french_share: float
    words: int
    latin_share: float = 1.0  # of the letters read, those of the Latin alphabet
    letters: int = 0

    @property
    def french(self) -> bool:
        """Whether the text reads as French (or is too short to tell)."""
        if self.letters >= MIN_LETTERS and self.latin_share < 0.5:
            return False
        if self.words < MIN_WORDS:
            return True
        return self.language == FRENCH and self.french_share >= MIN_FRENCH_SHARE

    def warning(self) -> str | None:
        """The record's warning when the text does not read as French, else None."""
        if self.french:
            return None
        name = OTHERS.get(self.language)
        if name and self.share > self.french_share:
            reads = f"reads as {name}"
        elif self.latin_share < 0.5:
            reads = "is mostly in another alphabet than the Latin one"
        else:
            reads = "does not read as French"
        return (f"not French: the text {reads} ({self.french_share:.0%} of its words are common French "
                "words, a third or more in French news); the rules read French only")


@cache
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list of `language`, lowercased.

    The list's module is run on its own, not imported as part of its language's package:
    importing `spacy.lang.xx.stop_words` first runs `spacy.lang.xx`, which builds the
    language's tokenizer exceptions and imports its lemmatizer (0.3 s for the 24 languages,
    paid on the first text of every run); the list itself is a plain literal.
    """
    spacy = importlib.util.find_spec("spacy")  # found, not imported
    assert spacy is not None and spacy.origin is not None
    path = Path(spacy.origin).parent / "lang" / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_dispatch_stop_words_{language}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)


def guess_language(text: str) -> LanguageGuess:
    """The language of `text` among French and `OTHERS`, by the share of its words that are
    common words of each (see the module's docstring). Never raises."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    latin_share = len(_LATIN_LETTER.findall(sample)) / letters if letters else 1.0
    # Elided forms (`l’ambassadeur`, `d'une`) count by their first part in French.
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    if not words:
        return LanguageGuess(FRENCH, 0.0, 0.0, 0, latin_share, letters)
    french = _stop_words(FRENCH)
    french_hits = sum(1 for w in words if w in french or w.split("'")[0] + "'" in french)
    best, best_share = FRENCH, french_hits / len(words)
    for language in OTHERS:
        stops = _stop_words(language)
        share = sum(1 for w in words if w in stops) / len(words)
        if share > best_share:
            best, best_share = language, share
    return LanguageGuess(best, best_share, french_hits / len(words), len(words), latin_share, letters)

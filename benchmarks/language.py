"""Measure the language check (`dispatch_cli.nlp.language`) against detectors from PyPI.

    python benchmarks/language.py [--corpus DIR]

Texts: the French dispatches of the dev corpus (default ../shared/corpus/dev or
$DISPATCH_SHARED/corpus/dev); the dispatches written for the tests in other languages
(tests/languages/); and spaCy's example sentences of every language that has them, three
sentences to a text (spaCy's French examples count as French). For each detector: how many
French texts it keeps as French, how many others it flags, the texts it gets wrong, its
cost per document and its load time. py3langid and lingua-language-detector are measured
when they are installed (`pip install py3langid lingua-language-detector`); the project
itself does not depend on them.
"""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(corpus: Path) -> list[tuple[str, str, str]]:
    """(language, name, text) of every text measured."""
    import spacy.lang

    found = [("fr", p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    found += [(p.stem[:2], p.name, p.read_text(encoding="utf-8"))
              for p in sorted((ROOT / "tests" / "languages").glob("*.txt"))]
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if module.name == "xx":  # "multi-language": its examples are English, French, German, ...
            continue
        try:
            sentences = importlib.import_module(f"spacy.lang.{module.name}.examples").sentences
        except (ImportError, AttributeError):
            continue
        for i in range(0, len(sentences) - 2, 3):
            found.append((module.name, f"spacy-{module.name}-{i}", " ".join(sentences[i:i + 3])))
    return found


def measure(name: str, load: Callable[[], Callable[[str], bool]], corpus: list[tuple[str, str, str]]) -> None:
    started = time.perf_counter()
    is_french = load()
    is_french("Le président a reçu le ministre des Affaires étrangères à Bakou.")  # lazy loads
    loading = time.perf_counter() - started
    started = time.perf_counter()
    results = [(lang, title, is_french(text)) for lang, title, text in corpus]
    cost = (time.perf_counter() - started) / len(corpus)
    french = [r for r in results if r[0] == "fr"]
    other = [r for r in results if r[0] != "fr"]
    print(f"| {name} | {sum(r[2] for r in french)}/{len(french)} | {sum(not r[2] for r in other)}/{len(other)} "
          f"| {cost * 1000:.2f} ms | {loading:.2f} s | "
          + (", ".join(title for lang, title, ok in results if ok != (lang == "fr")) or "none") + " |")


def stop_words() -> Callable[[str], bool]:
    from dispatch_cli.nlp.language import guess_language

    return lambda text: guess_language(text).french


def py3langid() -> Callable[[str], bool]:
    import py3langid as langid

    return lambda text: bool(langid.classify(text)[0] == "fr")


def lingua(low: bool) -> Callable[[], Callable[[str], bool]]:
    def load() -> Callable[[str], bool]:
        from lingua import Language, LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        detector = (builder.with_low_accuracy_mode() if low else builder).build()
        return lambda text: detector.detect_language_of(text) == Language.FRENCH

    return load


def main() -> None:
    shared = Path(os.environ.get("DISPATCH_SHARED") or ROOT.parent / "shared")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "dev", help="folder of French *.txt")
    args = parser.parse_args()
    corpus = texts(args.corpus)
    print(f"{sum(1 for t in corpus if t[0] == 'fr')} French texts, {sum(1 for t in corpus if t[0] != 'fr')} others "
          f"in {len({t[0] for t in corpus})} languages\n")
    print("| detector | French kept | others flagged | cost per document | load | wrong |")
    print("|---|---|---|---|---|---|")
    measure("stop words (`nlp.language`)", stop_words, corpus)
    for name, load in [("py3langid", py3langid), ("lingua, low accuracy mode", lingua(True)),
                       ("lingua, high accuracy", lingua(False))]:
        try:
            measure(name, load, corpus)
        except ImportError:
            print(f"| {name} | not installed | | | | |")


if __name__ == "__main__":
    main()

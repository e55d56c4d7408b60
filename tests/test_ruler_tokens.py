"""The phrases' words shipped with the rule model (`models/ruler_tokens.json`) are the
tokenizer's, and the rulers fall back on the tokenizer wherever the table cannot say."""
from __future__ import annotations

import json
from pathlib import Path

from dispatch_cli.nlp.components.rulers import (
    TOKENS_FILE,
    _pretokenized,
    phrase_words,
    read_tokens_table,
    tokenizer_id,
    tokens_table,
)
from dispatch_cli.nlp.lexicon import load_lexicon, packaged_dir


def test_the_shipped_table_is_the_tokenizers(dispatch_parser) -> None:
    """Out of date after an edit of the rule model: run models/tools/build_ruler_tokens.py."""
    nlp = dispatch_parser.nlp
    shipped = json.loads((packaged_dir() / TOKENS_FILE).read_text(encoding="utf-8"))
    assert shipped == tokens_table(nlp, load_lexicon()), "out of date: run python models/tools/build_ruler_tokens.py"
    assert read_tokens_table(packaged_dir(), nlp) == phrase_words(nlp, load_lexicon())


def test_a_table_of_another_tokenizer_or_a_broken_one_is_not_read(dispatch_parser, tmp_path: Path) -> None:
    nlp = dispatch_parser.nlp
    assert read_tokens_table(tmp_path, nlp) == {}  # no file
    (tmp_path / TOKENS_FILE).write_text("{not json", encoding="utf-8")
    assert read_tokens_table(tmp_path, nlp) == {}
    table = {"tokenizer": tokenizer_id(nlp), "single": ["ministre"], "split": {"chef d'État": [["chef", "d'", "État"],
                                                                                                  [1, 0, 0]]}}
    (tmp_path / TOKENS_FILE).write_text(json.dumps(table), encoding="utf-8")
    assert read_tokens_table(tmp_path, nlp) == {"ministre": (["ministre"], [False]),
                                                "chef d'État": (["chef", "d'", "État"], [True, False, False])}
    table["tokenizer"] = "spacy 2.0.0 fr_core_news_sm 2.0.0"
    (tmp_path / TOKENS_FILE).write_text(json.dumps(table), encoding="utf-8")
    assert read_tokens_table(tmp_path, nlp) == {}


def test_docs_come_from_the_table_and_other_texts_from_the_tokenizer(dispatch_parser) -> None:
    nlp = dispatch_parser.nlp
    tokenizer = nlp.tokenizer
    # a table that splits a word the tokenizer keeps whole: the table is what is used
    with _pretokenized(nlp, {"porte-parole": (["porte", "-", "parole"], [False, False, False])}):
        assert [t.text for t in nlp.make_doc("porte-parole")] == ["porte", "-", "parole"]
        assert [t.text for t in nlp.make_doc("la porte-parole du Kremlin")] == ["la", "porte-parole", "du", "Kremlin"]
    assert nlp.tokenizer is tokenizer
    assert [t.text for t in nlp.make_doc("porte-parole")] == ["porte-parole"]

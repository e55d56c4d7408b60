"""Build `models/ruler_tokens.json`: the words the tokenizer makes of each phrase of the span rulers.

The rulers (`dispatch_cli/nlp/components/rulers.py`) match ~8,000 phrases of the rule model;
tokenizing them is a third of a second at every start, so their words are computed here once.
The table records the spaCy version and base model it was made with; with any other, or for a
phrase it lacks, the parser tokenizes as before (same results, slower start).

Run it again after editing the rule model or changing spaCy or the base model:

    python models/tools/build_ruler_tokens.py            # rewrite models/ruler_tokens.json
    python models/tools/build_ruler_tokens.py --check    # exit 1 if the table is out of date
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy

from dispatch_cli.nlp.components.rulers import TOKENS_FILE, tokens_table
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.pipeline import BASE_MODEL, DISABLED, UNREAD_VOCAB
from dispatch_cli.nlp.token_match import fast_token_match

MODELS = Path(__file__).resolve().parents[1]


def table_text() -> str:
    """The file's text for the rule model of `models/` and the installed base model."""
    with fast_token_match():
        nlp = spacy.load(BASE_MODEL, exclude=[*DISABLED, UNREAD_VOCAB])
    table = tokens_table(nlp, Lexicon.from_dir(MODELS))
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the table is out of date, write nothing")
    args = ap.parse_args()
    out = MODELS / TOKENS_FILE
    text = table_text()
    if args.check:
        current = out.read_text(encoding="utf-8") if out.is_file() else ""
        if current != text:
            sys.exit(f"{out}: out of date; run python {Path(__file__).relative_to(MODELS.parent)}")
        return
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(text):,} characters")


if __name__ == "__main__":
    main()

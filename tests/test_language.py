"""A text that is not French is parsed, and its record and stderr say so."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_dir
from dispatch_cli.cli import main
from dispatch_cli.nlp.language import MIN_WORDS, SAMPLE_CHARS, guess_language
from dispatch_cli.records.schema import json_schema

LANGUAGES = Path(__file__).parent / "languages"
OTHER = sorted(LANGUAGES.glob("*.txt"))
FRENCH = ("Strasbourg, 2 février, AZERTAC\n\nLa ministre de l’Europe et des Affaires étrangères a reçu "
          "le 1er février l’ambassadeur d’Azerbaïdjan en France. Les deux parties ont évoqué les "
          "perspectives de la coopération bilatérale dans les domaines de l’énergie et de la culture.\n")
# A French dispatch heavy with names and English words: still French.
FRENCH_WITH_NAMES = ("New York, 20 septembre, AZERTAC\n\nEn marge du « High-Level Week », Jeyhoun Bayramov "
                     "a rencontré Antony Blinken, Josep Borrell et David Cameron au siège des Nations unies.\n")


@pytest.mark.parametrize("path", OTHER, ids=lambda p: p.stem)
def test_other_languages_are_named(path):
    guess = guess_language(path.read_text(encoding="utf-8"))
    assert not guess.french
    expected = {"en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
                "nl": "Dutch", "tr": "Turkish", "az": "Azerbaijani", "ru": "Russian"}[path.stem[:2]]
    assert f"reads as {expected}" in guess.warning()


@pytest.mark.parametrize("text", [FRENCH, FRENCH_WITH_NAMES])
def test_french_is_french(text):
    guess = guess_language(text)
    assert guess.french and guess.language == "fr" and guess.warning() is None


def test_a_text_too_short_to_tell_is_not_judged():
    assert guess_language("Ilham Aliyev received Peter Szijjarto in Baku").french
    assert guess_language("").french and guess_language("12 345 — !!").french
    assert guess_language(" ".join(["the"] * MIN_WORDS)).language == "en"


def test_the_check_reads_a_sample_so_its_cost_does_not_grow_with_the_text():
    short, long = FRENCH, FRENCH * 2000  # 560 k characters
    assert len(long) > 100 * SAMPLE_CHARS
    started = time.perf_counter()
    for _ in range(20):
        guess_language(long)
    assert (time.perf_counter() - started) / 20 < 0.05
    assert guess_language(long) == guess_language(long[:SAMPLE_CHARS])
    assert guess_language(short).french


def test_every_dispatch_of_the_dev_corpus_reads_as_french():
    shared = shared_dir()
    if shared is None:
        pytest.skip("the shared corpus (../shared or $DISPATCH_SHARED) is not available")
    texts = sorted((shared / "corpus" / "dev").glob("*.txt"))
    assert len(texts) >= 100
    assert [p.name for p in texts if not guess_language(p.read_text(encoding="utf-8")).french] == []


# ------------------------------------------------------------------ the record and the command


def test_the_record_carries_the_warning(parser):
    english = (LANGUAGES / "en-1.txt").read_text(encoding="utf-8")
    record = parser.parse(english).to_dict()
    assert len(record["warnings"]) == 1 and record["warnings"][0].startswith("not French: the text reads as English")
    assert parser.parse(FRENCH).to_dict()["warnings"] == []
    assert list(record)[-1] == "warnings"


def test_the_schema_describes_warnings():
    prop = json_schema()["properties"]["warnings"]
    assert prop["type"] == "array" and prop["items"] == {"type": "string"}
    assert "not read as French" in prop["description"]


def test_parse_warns_on_stderr_in_one_line_and_succeeds(tmp_path, parser):
    (tmp_path / "english.txt").write_bytes((LANGUAGES / "en-2.txt").read_bytes())
    (tmp_path / "francais.txt").write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(tmp_path), "--jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"warning: {tmp_path}/english.txt: not French: the text reads as English (")
    assert lines[1].startswith("2 parsed (1 with warnings), 0 skipped, 0 failed")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [bool(r["warnings"]) for r in records] == [True, False]
    # --quiet drops the summary, not the warning
    quiet = CliRunner().invoke(main, ["parse", str(tmp_path), "-q", "--jsonl"], catch_exceptions=False)
    assert quiet.stderr == lines[0] + "\n"

"""The dispatch pipeline as spaCy components: declared, configurable, saved and reloaded."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dispatch_cli.api import DispatchParser
from dispatch_cli.nlp import keys
from dispatch_cli.nlp.components import DOCUMENT_LEVEL
from dispatch_cli.nlp.lexicon import LexiconError, packaged_dir

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = ("Bakou, 3 mars, AZERTAC\n\nLe ministre des Affaires étrangères Djeyhoun Baïramov a reçu "
        "l'ambassadrice de Norvège, Kari Lund.\n")


def test_every_component_declares_what_it_assigns(dispatch_parser):
    analysis = dispatch_parser.nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in dispatch_parser.nlp.pipe_names}
    for name in DOCUMENT_LEVEL:
        assert analysis["summary"][name]["assigns"], name


def test_findings_are_on_the_doc_without_spans(dispatch_parser):
    doc = dispatch_parser.nlp(TEXT)
    assert [p.name for p in doc._.get(keys.ACTORS)] == ["Djeyhoun Baïramov", "Kari Lund"]
    assert [e.type for e in doc._.get(keys.EVENTS)] == ["meeting"]
    # no Span in the extensions: a Span in doc.user_data would keep the Doc alive in a cycle
    assert "Span" not in repr(doc.user_data)


def test_a_component_round_trips_through_bytes(dispatch_parser):
    titles = dispatch_parser.nlp.get_pipe("dispatch_titles")
    before = titles.lexicon
    titles.from_bytes(titles.to_bytes())
    assert titles.lexicon == before


def test_lexicon_dir_setting_reads_another_rule_model(tmp_path, dispatch_parser):
    folder = tmp_path / "model"
    shutil.copytree(packaged_dir(), folder)
    path = folder / "titles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["heads"].append("pilote")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    from dispatch_cli.nlp.pipeline import load_pipeline

    nlp = load_pipeline(lexicon_dir=str(folder))
    # a title governed by a preposition before the name needs a head of the rule model (a
    # noun phrase of function opened by an article, or an apposition, is read without one)
    text = "Paris, 3 mars, AZERTAC\n\nJean Morel a écrit au pilote de la patrouille Anna Berg.\n"
    record = DispatchParser(nlp).parse(text).to_dict()
    assert {a["name"]: a["roles"] for a in record["actors"]}["Anna Berg"] == ["pilote de la patrouille"]
    default = dispatch_parser.parse(text).to_dict()
    assert all(not a["roles"] for a in default["actors"])


def test_a_broken_rule_model_names_its_file(tmp_path):
    shutil.copytree(packaged_dir(), tmp_path / "model")
    (tmp_path / "model" / "calendar.json").write_text('{"months": {}}', encoding="utf-8")
    from dispatch_cli.nlp.lexicon import Lexicon

    with pytest.raises(LexiconError, match=r"calendar\.json"):
        Lexicon.from_dir(tmp_path / "model")


@pytest.mark.slow
def test_saved_pipeline_reloads_in_a_fresh_process_with_identical_outputs(tmp_path, dispatch_parser):
    saved = tmp_path / "pipeline"
    dispatch_parser.nlp.to_disk(saved)
    texts = sorted(SAMPLES.glob("*.txt"))
    code = (
        "import json, sys, spacy\n"
        "from dispatch_cli.api import DispatchParser\n"
        "parser = DispatchParser(spacy.load(sys.argv[1]))\n"
        "for path in sys.argv[2:]:\n"
        "    text = open(path, encoding='utf-8').read()\n"
        "    print(json.dumps(parser.parse(text, path=path).to_dict(), ensure_ascii=False))\n"
    )
    # spaCy must find the components through the package's entry points: nothing imports
    # dispatch_cli before spacy.load in the child.
    result = subprocess.run([sys.executable, "-c", code, str(saved), *map(str, texts)],
                            capture_output=True, text=True, timeout=300, check=True)
    reloaded = [json.loads(line) for line in result.stdout.splitlines()]
    here = [dispatch_parser.parse(p.read_text(encoding="utf-8"), path=str(p)).to_dict() for p in texts]
    assert reloaded == here
    assert any(r["events"] for r in here)

"""The rule model is one typed object: every key of models/ is known, read and used."""
from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

from dispatch_cli.nlp import lexicon as lexicon_module
from dispatch_cli.nlp.lexicon import (
    FILES,
    Calendar,
    Country,
    KnownOrganization,
    Lexicon,
    LexiconError,
    OrganizationHeads,
    Titles,
    Triggers,
    load_lexicon,
    packaged_dir,
)

PACKAGE = Path(lexicon_module.__file__).resolve().parents[1]
SECTIONS = (Titles, Triggers, OrganizationHeads, KnownOrganization, Country, Calendar)


def _attributes_read() -> set[str]:
    """Every attribute name read anywhere in the package (`x.name`)."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
    return names


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.__name__)
def test_every_key_of_the_rule_model_is_read_somewhere(section):
    read = _attributes_read()
    unused = [f.name for f in dataclasses.fields(section) if f.name not in read]
    assert not unused, f"{section.__name__}: keys of models/ that no rule reads: {unused}"


def test_the_files_have_exactly_the_typed_keys():
    folder = packaged_dir()
    for name, section in (("titles.json", Titles), ("triggers.json", Triggers),
                          ("organizations_heads.json", OrganizationHeads), ("calendar.json", Calendar)):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        assert set(data) - {"_doc"} == {f.name for f in dataclasses.fields(section)}, name
        assert data.get("_doc"), f"{name} documents its keys under _doc"


def test_an_unknown_key_is_a_load_error(tmp_path):
    raw = {name: (packaged_dir() / name).read_text(encoding="utf-8") for name in FILES}
    titles = json.loads(raw["titles.json"])
    titles["honorifcs"] = ["m."]
    raw["titles.json"] = json.dumps(titles)
    with pytest.raises(LexiconError, match=r"titles.json: unknown keys \['honorifcs'\]"):
        Lexicon.from_texts(raw)


def test_the_lexicon_is_frozen():
    lexicon = load_lexicon()
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.titles = lexicon.titles  # type: ignore[misc]
    with pytest.raises(TypeError):
        lexicon.titles.epithets["chef"] = "président"  # type: ignore[index]


def test_loaded_once_per_process():
    assert load_lexicon() is load_lexicon()

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
    CountryCodes,
    Crosswalk,
    EventCodes,
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
SECTIONS = (Titles, Triggers, OrganizationHeads, KnownOrganization, Country, Calendar, CountryCodes, EventCodes)


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
                          ("organizations_heads.json", OrganizationHeads), ("calendar.json", Calendar),
                          ("countries.json", CountryCodes), ("event_codes.json", EventCodes)):
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


def test_the_crosswalk_is_read_as_published():
    crosswalk = load_lexicon().crosswalk
    assert crosswalk.codes["040"].type == "CONSULT" and crosswalk.codes["040"].mode is None
    assert crosswalk.codes["041"].mode == "phone" and crosswalk.codes["044"].mode == "third-party"
    assert crosswalk.codes["046"].context == "diplomatic"
    assert crosswalk.codes["057"].type == "SUPPORT" and crosswalk.codes["057"].description == "Sign formal agreement"
    assert all(code.isdigit() and len(code) >= 3 for code in crosswalk.codes)
    with pytest.raises(LexiconError, match="line 2"):
        Crosswalk.parse("## header\nnot a line of codes\n")


def test_every_event_code_is_in_the_crosswalk(tmp_path):
    lexicon = load_lexicon()
    codes = lexicon.event_codes
    assert {*codes.types.values(), codes.host, codes.third_party} <= set(lexicon.crosswalk.codes)
    raw = {name: (packaged_dir() / name).read_text(encoding="utf-8") for name in FILES}
    table = json.loads(raw["event_codes.json"])
    table["host"] = "999"
    raw["event_codes.json"] = json.dumps(table)
    with pytest.raises(LexiconError, match=r"not in CAMEO2PLOVER-2021.txt: \['999'\]"):
        Lexicon.from_texts(raw)


def test_every_state_of_geo_has_its_iso_code():
    lexicon = load_lexicon()
    states = {c.name for c in lexicon.geography.countries}
    codes = lexicon.countries.codes
    assert set(codes) <= states
    assert states - set(codes) == {"Kosovo"}  # in ISO 3166-1 only as a user-assigned code
    assert all(len(c) == 3 and c.isupper() for c in codes.values())
    assert len(set(codes.values())) == len(codes)
    assert codes["Géorgie"] == "GEO" and codes["France"] == "FRA" and codes["Azerbaïdjan"] == "AZE"


def test_the_iso_table_is_the_one_pycountry_gives():
    """models/countries.json is generated (models/tools/build_countries.py); run only where
    pycountry is installed, as it is not a dependency of the parser."""
    pytest.importorskip("pycountry")
    import subprocess
    import sys

    script = PACKAGE.parent / "models" / "tools" / "build_countries.py"
    if not script.is_file():
        pytest.skip("an installed package without the repository's tools")
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

"""Shape checks for the world-knowledge lexicons in models/ (geo.json, organizations.json)."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[1] / "models"

# Both Congos are "congolais" in French; the parser has to decide from context.
SHARED_ADJECTIVES = {"congolais", "congolaise", "congolaises"}


@pytest.fixture(scope="module")
def geo() -> dict:
    return json.loads((MODELS / "geo.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def organizations() -> list:
    return json.loads((MODELS / "organizations.json").read_text(encoding="utf-8"))


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def _owners(entries: list, keys: tuple[str, ...], fold: bool = False) -> dict:
    """Map each string found under `keys` to the set of entry names that list it."""
    owners = defaultdict(set)
    for entry in entries:
        for key in keys:
            values = entry[key] if isinstance(entry[key], list) else [entry[key]]
            for value in values:
                owners[value.casefold() if fold else value].add(entry["name"])
    return owners


def test_geo_has_only_countries_and_regions(geo: dict) -> None:
    assert set(geo) == {"countries", "regions"}


def test_every_state_is_listed(geo: dict) -> None:
    assert len(geo["countries"]) >= 190
    names = {c["name"] for c in geo["countries"]}
    assert {"Azerbaïdjan", "Turquie", "France", "États-Unis", "Kosovo", "Palestine", "Taïwan", "Vatican"} <= names


def test_country_shape(geo: dict) -> None:
    for country in geo["countries"]:
        assert set(country) == {"name", "forms", "adjectives", "cities"}, country
        assert isinstance(country["name"], str) and country["name"]
        for key in ("forms", "adjectives", "cities"):
            assert _is_str_list(country[key]), (country["name"], key)
            assert len(set(country[key])) == len(country[key]), (country["name"], key)
        assert country["name"] in country["forms"], country["name"]
        assert all(a == a.lower() for a in country["adjectives"]), country["name"]


def test_no_form_names_two_countries(geo: dict) -> None:
    clashes = {f: n for f, n in _owners(geo["countries"], ("forms",)).items() if len(n) > 1}
    assert not clashes


def test_no_adjective_names_two_countries(geo: dict) -> None:
    owners = _owners(geo["countries"], ("adjectives",))
    clashes = {a: n for a, n in owners.items() if len(n) > 1 and a not in SHARED_ADJECTIVES}
    assert not clashes


def test_regions_are_not_country_forms(geo: dict) -> None:
    forms = set(_owners(geo["countries"], ("forms",)))
    assert _is_str_list(geo["regions"])
    assert len(set(geo["regions"])) == len(geo["regions"])
    assert not forms & set(geo["regions"])


def test_known_forms_and_adjectives(geo: dict) -> None:
    by_name = {c["name"]: c for c in geo["countries"]}
    assert {"Türkiye", "République de Turquie"} <= set(by_name["Turquie"]["forms"])
    assert {"turc", "turque", "turcs", "turques"} <= set(by_name["Turquie"]["adjectives"])
    assert "Etats-Unis" in by_name["États-Unis"]["forms"]
    assert "République d’Azerbaïdjan" in by_name["Azerbaïdjan"]["forms"]
    assert by_name["Azerbaïdjan"]["cities"][0] == "Bakou"
    assert by_name["Suisse"]["cities"][0] == "Berne"


def test_organization_shape(organizations: list) -> None:
    assert len(organizations) >= 150
    for org in organizations:
        assert set(org) == {"name", "forms"}, org
        assert isinstance(org["name"], str) and org["name"]
        assert isinstance(org["forms"], list) and all(isinstance(f, str) and f for f in org["forms"])
        assert org["name"] not in org["forms"], org["name"]


def test_no_organization_form_listed_twice(organizations: list) -> None:
    # Case-folded: "Nations unies" and "Nations Unies" may only live in the same entry.
    clashes = {f: n for f, n in _owners(organizations, ("name", "forms"), fold=True).items() if len(n) > 1}
    assert not clashes


def test_acronym_and_expansion_share_an_entry(organizations: list) -> None:
    by_name = {o["name"]: set(o["forms"]) for o in organizations}
    assert "NATO" in by_name["OTAN"]
    assert "UE" in by_name["Union européenne"]
    assert {"ONU", "Nations unies"} <= by_name["Nations Unies"]

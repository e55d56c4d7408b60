"""Access to the rule model: the pattern and lexicon files of `models/`.

The files ship inside the wheel as the resource package `dispatch_cli.models`; in a source
checkout they are read from the top-level `models/` folder.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any


def model_dir() -> Path:
    """The folder that holds the rule model files: `dispatch_cli/models` in an installed
    wheel, the repository's top-level `models/` in a source checkout (editable install)."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "models", package.parent / "models"):
        if (candidate / "calendar.json").is_file():
            return candidate
    raise FileNotFoundError(f"the rule model (models/*.json) is missing beside {package}")


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Load one JSON file of the rule model (cached: the files are read once per process)."""
    return json.loads((model_dir() / name).read_text(encoding="utf-8"))


def load_jsonl(name: str) -> list[dict[str, Any]]:
    """Load one JSON Lines file of the rule model (pattern files, spaCy's format)."""
    lines = (model_dir() / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, str]:
    places: dict[str, str] = {}
    for country in load_json("geo.json")["countries"]:
        for form in [country["name"], *country["forms"], *country["cities"]]:
            places[form.casefold()] = country["name"]
    return places


def country_of(place: str) -> str | None:
    """The country a city or country name of the gazetteer belongs to."""
    return _place_countries().get(place.casefold())


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, list[str]]:
    return {org["name"]: sorted(f for f in org["forms"] if f.isupper() and " " not in f)
            for org in load_json("organizations.json")}


def known_acronyms(name: str) -> list[str]:
    """The acronyms the rule model knows for an organization (`OTAN`, `NATO` for the OTAN)."""
    return _acronyms().get(name, [])

"""A record built by hand, with its source text: fixed inputs for the view and CSV tests.

It does not come from the parser, so the snapshot of its view only changes when the view
does, not when the extraction improves.
"""
from __future__ import annotations

import hashlib
from typing import Any

TEXT = (
    " date 2024-06 Bakou, 14 juin, AZERTAC\n"
    "\n"
    "Le président de la République d’Azerbaïdjan Ilham Aliyev a reçu le 12 juin à Bakou\n"
    "le secrétaire général de l’Organisation du traité de l’Atlantique nord (OTAN), Jens Stoltenberg.\n"
    "\n"
    "Ensuite, le ministre des Affaires étrangères Djeyhoun Baïramov s’est entretenu par téléphone "
    "avec son homologue belge Hadja Lahbib.\n"
    "\n"
    "Igbal Hadjiyev\n"
    "Correspondant spécial de l’AZERTAC\n"
)


def _mention(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text)}


def _sentence(first_words: str, last_char: str = ".") -> dict[str, int]:
    start = TEXT.index(first_words)
    return {"start": start, "end": TEXT.index(last_char, start) + 1}


def record() -> dict[str, Any]:
    """The JSON form of a record of `TEXT`, as `dispatch parse` would write it."""
    sha256 = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    return {
        "source": {"path": None, "sha256": sha256, "encoding": "utf-8", "chars": len(TEXT)},
        "doc_id": sha256[:16],
        "producer": {"dispatch": "0.1.0", "model": "fr_core_news_md 3.8.0"},
        "headline": None,
        "dateline": {"text": "Bakou, 14 juin, AZERTAC", "place": "Bakou", "day": 14, "month": 6,
                     "year": 2024, "date": "2024-06-14", "agency": "AZERTAC",
                     **{k: v for k, v in _mention("Bakou, 14 juin, AZERTAC").items() if k != "text"}},
        "actors": [
            {"id": "a1", "name": "Ilham Aliyev", "aliases": [],
             "roles": ["président de la République d’Azerbaïdjan"],
             "mentions": [_mention("Ilham Aliyev")]},
            {"id": "a2", "name": "Jens Stoltenberg", "aliases": ["Stoltenberg"],
             "roles": ["secrétaire général de l’Organisation du traité de l’Atlantique nord (OTAN)"],
             "mentions": [_mention("Jens Stoltenberg")]},
            {"id": "a3", "name": "Djeyhoun Baïramov", "aliases": [],
             "roles": ["ministre des Affaires étrangères"],
             "mentions": [_mention("Djeyhoun Baïramov")]},
            {"id": "a4", "name": "Hadja Lahbib", "aliases": [], "roles": ["homologue belge"],
             "mentions": [_mention("Hadja Lahbib")]},
        ],
        "organizations": [
            {"id": "o1", "name": "Organisation du traité de l’Atlantique nord", "aliases": ["OTAN"],
             "mentions": [_mention("Organisation du traité de l’Atlantique nord"), _mention("OTAN")]},
            {"id": "o2", "name": "AZERTAC", "aliases": [], "mentions": [_mention("AZERTAC", 1)]},
        ],
        "places": [{"id": "p1", "name": "Bakou", "mentions": [_mention("Bakou", 1)], "derived_from": []}],
        "events": [
            {"id": "e1", "type": "meeting", "trigger": _mention("a reçu"),
             "participants": [{"ref": "a1", "name": "Ilham Aliyev", "kind": "actor", "country": "AZE"},
                              {"ref": "a2", "name": "Jens Stoltenberg", "kind": "actor", "country": None}],
             "date": "2024-06-12", "place": "Bakou", "sentence": _sentence("Le président"),
             "date_end": None, "date_source": "text",
             "location": {"name": "Bakou", "country": "AZE", "source": "text"},
             "cameo": "040", "plover": {"type": "CONSULT", "mode": None},
             "dyads": [{"source": "a1", "target": "a2", "cameo": "040"},
                       {"source": "a2", "target": "a1", "cameo": "040"}]},
            {"id": "e2", "type": "call", "trigger": _mention("s’est entretenu par téléphone"),
             "participants": [{"ref": "a3", "name": "Djeyhoun Baïramov", "kind": "actor", "country": None},
                              {"ref": "a4", "name": "Hadja Lahbib", "kind": "actor", "country": "BEL"}],
             "date": None, "place": None, "sentence": _sentence("Ensuite"),
             "date_end": None, "date_source": "unknown", "location": None,
             "cameo": "041", "plover": {"type": "CONSULT", "mode": "phone"},
             "dyads": [{"source": "a3", "target": "a4", "cameo": "041"},
                       {"source": "a4", "target": "a3", "cameo": "041"}]},
        ],
        "byline": {"name": "Igbal Hadjiyev", "role": "Correspondant spécial de l’AZERTAC",
                   "place": None},
        "warnings": [],
    }

"""The JSON Schema generated from the record dataclasses, and outputs validated against it."""
from __future__ import annotations

import copy
import dataclasses
import random
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import jsonschema
import pytest

import handmade
from dispatch_cli.api import InputText
from dispatch_cli.records import types as records
from dispatch_cli.records.schema import DRAFT, json_schema

REPO = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_draft_2020_12_with_a_def_per_nested_dataclass():
    schema = json_schema()
    assert schema["$schema"] == DRAFT == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "DispatchRecord"
    assert schema["description"] == "Everything extracted from one dispatch."
    assert set(schema["$defs"]) == {"Source", "Dateline", "Actor", "Mention", "Organization",
                                    "Place", "Event", "Participant", "Span", "Byline", "Producer",
                                    "Location", "Plover", "Dyad"}
    assert schema["required"] == [f.name for f in dataclasses.fields(records.DispatchRecord)]
    event = schema["$defs"]["Event"]
    assert event["properties"]["type"] == {"type": "string", "enum": list(records.EVENT_TYPES)}
    assert event["properties"]["sentence"] == {"anyOf": [{"$ref": "#/$defs/Span"},
                                                         {"type": "null"}]}
    assert event["properties"]["date"] == {"description": event["properties"]["date"]["description"],
                                           "type": ["string", "null"], "format": "date"}
    assert schema["properties"]["actors"] == {"type": "array", "items": {"$ref": "#/$defs/Actor"}}
    assert schema["$defs"]["Mention"]["description"] == "A stretch of the source text."


# A made-up model that uses every construct the generator supports, so the generator is
# tested beyond what the records use today.
Colour = Literal["red", "green"]


@dataclass
class Leaf:
    """A leaf."""

    n: int
    """How many."""


@dataclass
class Tree:
    """A tree."""

    colour: Colour
    size: float | None
    leaves: list[Leaf] = field(default_factory=list)
    best: Leaf | None = None
    tags: dict[str, int] = field(default_factory=dict, metadata={"description": "Counted tags."})
    parts: tuple[str, ...] = ()
    flag: bool = False
    extra: Any = None
    parent: Tree | None = None


def test_schema_is_generated_from_type_hints_and_docstrings():
    schema = json_schema(Tree)
    jsonschema.Draft202012Validator.check_schema(schema)
    defs = schema.pop("$defs")
    assert schema == {
        "$schema": DRAFT,
        "title": "Tree",
        "description": "A tree.",
        "type": "object",
        "properties": {
            "colour": {"type": "string", "enum": ["red", "green"]},
            "size": {"type": ["number", "null"]},
            "leaves": {"type": "array", "items": {"$ref": "#/$defs/Leaf"}},
            "best": {"anyOf": [{"$ref": "#/$defs/Leaf"}, {"type": "null"}]},
            "tags": {"description": "Counted tags.", "type": "object",
                     "additionalProperties": {"type": "integer"}},
            "parts": {"type": "array", "items": {"type": "string"}},
            "flag": {"type": "boolean"},
            "extra": {},
            "parent": {"anyOf": [{"$ref": "#/$defs/Tree"}, {"type": "null"}]},
        },
        "required": ["colour", "size", "leaves", "best", "tags", "parts", "flag", "extra",
                     "parent"],
        "additionalProperties": False,
    }
    assert defs["Leaf"] == {"title": "Leaf", "description": "A leaf.", "type": "object",
                            "properties": {"n": {"description": "How many.", "type": "integer"}},
                            "required": ["n"], "additionalProperties": False}
    # The class refers to itself: its own definition is there for the reference.
    assert defs["Tree"] == {k: v for k, v in schema.items() if k != "$schema"}


def test_unsupported_type_is_an_error():
    @dataclass
    class Odd:
        value: set[int]

    with pytest.raises(TypeError, match="no JSON Schema"):
        json_schema(Odd)


def test_handmade_record_is_valid(validator):
    validator.validate(handmade.record())


@pytest.mark.parametrize("breakage", [
    lambda r: r["events"][0].update(type="party"),
    lambda r: r["dateline"].update(month="juin"),
    lambda r: r.pop("places"),
    lambda r: r.update(unexpected=1),
    lambda r: r["actors"][0].update(roles="ministre"),
    lambda r: r["events"][0]["trigger"].pop("start"),
    lambda r: r["source"].update(path=3),
])
def test_broken_records_are_invalid(validator, breakage):
    record = copy.deepcopy(handmade.record())
    breakage(record)
    assert not validator.is_valid(record)


def _random_instance(cls: type, rng: random.Random) -> Any:
    """An instance of a dataclass with random values of the hinted types, nested ones too."""
    def value(hint: Any) -> Any:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if dataclasses.is_dataclass(hint):
            return _random_instance(hint, rng)
        if origin is Literal:
            return rng.choice(args)
        if origin is list:
            return [value(args[0]) for _ in range(rng.randint(0, 3))]
        if args and type(None) in args:  # X | None
            return None if rng.random() < 0.3 else value(next(a for a in args if a is not type(None)))
        return {str: lambda: rng.choice(["", "Bakou", "l’OTAN « x »", "a\nb"]),
                int: lambda: rng.randint(0, 5000), float: rng.random, bool: lambda: True}[hint]()

    hints = typing.get_type_hints(cls)
    return cls(**{f.name: value(hints[f.name]) for f in dataclasses.fields(cls)})


def test_random_records_of_every_shape_are_valid(validator):
    rng = random.Random(7)
    for _ in range(300):
        validator.validate(_random_instance(records.DispatchRecord, rng).to_dict())


def test_parsed_sample_is_valid(validator, dispatch_parser):
    for path in sorted((REPO / "samples").glob("*.txt")):
        record = dispatch_parser.parse(path.read_text(encoding="utf-8"), path=str(path))
        validator.validate(record.to_dict())


PLACES = ["Bakou", "Bruxelles", "Paris", "Ankara", "New York", "Tachkent", "Gandja"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
PEOPLE = [("le président de la République d’Azerbaïdjan", "Ilham Aliyev"),
          ("le ministre des Affaires étrangères", "Djeyhoun Baïramov"),
          ("le secrétaire général de l’OTAN", "Jens Stoltenberg"),
          ("la ministre belge des Affaires étrangères", "Hadja Lahbib"),
          ("le président turc", "Recep Tayyip Erdogan"),
          ("l’ambassadrice de France en Azerbaïdjan", "Anne Boillon"),
          ("M.", "Hikmet Hadjiyev"), ("", "Enrique Mora")]
VERBS = ["a reçu", "a rencontré", "s’est entretenu par téléphone avec",
         "a eu une entrevue avec", "a signé un mémorandum d’entente avec",
         "a tenu une réunion avec", "a participé à un forum avec"]
SECOND = ["Les parties ont discuté des perspectives de la coopération bilatérale.",
          "{b} a souligné le rôle de l’Union européenne dans la région.",
          "Lors de la rencontre, {a} a informé son interlocuteur des réformes.",
          "Le même jour, {a} a visité l’Université d’Etat de Bakou.", ""]


def generated_texts(count: int, seed: int = 2024) -> list[str]:
    """Short dispatches: a filing line and dateline, one or two sentences with titles,
    names and meeting verbs."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        year, month, day = rng.choice([2023, 2024]), rng.randint(1, 12), rng.randint(1, 28)
        (title_a, a), (title_b, b) = rng.sample(PEOPLE, 2)
        head = f" date {year}-{month:02d} " if rng.random() < 0.8 else ""
        dateline = f"{rng.choice(PLACES)}, {day} {MONTHS[month - 1]}, AZERTAC"
        where = rng.choice(["", f" à {rng.choice(PLACES)}", f" le {day} {MONTHS[month - 1]}"])
        first = f"{title_a} {a} {rng.choice(VERBS)} {title_b} {b}{where}.".strip()
        second = rng.choice(SECOND).format(a=a, b=b)
        texts.append(f"{head}{dateline}\n\n{first[0].upper()}{first[1:]} {second}\n")
    return texts


def test_records_of_generated_texts_are_valid(validator, dispatch_parser):
    texts = generated_texts(200)
    assert len(set(texts)) > 190
    count = 0
    for record in dispatch_parser.pipe(InputText(t, path=f"gen{i}.txt") for i, t in enumerate(texts)):
        errors = [e.message for e in validator.iter_errors(record.to_dict())]
        assert not errors, (record.source.path, errors)
        count += 1
    assert count == 200


def test_the_event_data_fields_are_described_and_days_are_dates():
    schema = json_schema()
    defs = schema["$defs"]
    new = {"Event": ["date", "date_end", "date_source", "location", "cameo", "plover", "dyads"],
           "Participant": ["kind", "country"], "Location": ["name", "country", "source"],
           "Plover": ["type", "mode"], "Dyad": ["source", "target", "cameo"], "Producer": ["dispatch", "model"]}
    for cls, names in new.items():
        for name in names:
            assert defs[cls]["properties"][name].get("description"), f"{cls}.{name}"
    assert schema["properties"]["doc_id"]["description"] and schema["properties"]["producer"]["description"]
    assert defs["Event"]["properties"]["date_end"]["format"] == "date"
    assert defs["Dateline"]["properties"]["date"]["format"] == "date"
    assert defs["Participant"]["properties"]["kind"]["enum"] == ["actor", "organization", "country"]

"""The JSON Schema (draft 2020-12) of the output, generated from the record dataclasses.

`dispatch_cli.records.types` is the single definition of the output format, so the schema is
derived from it by walking each dataclass's fields and resolved type hints rather than
written by hand: a field added there appears here without further work. Nested dataclasses
become `$defs` entries referenced with `$ref`; `X | None` becomes `anyOf` with `null`;
`list[X]` an array; `Literal[...]` an `enum`. Every field is required, because the JSON is
`asdict()` of the record and so always carries every key.

Descriptions come from the class docstrings and, for a field, from its
`field(metadata={"description": ...})` or an attribute docstring (a string literal just
after the field in the class body), when it has one; `metadata={"format": "date"}` adds that
format.
"""
from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import textwrap
import types
import typing
from functools import cache
from typing import Any, Literal, Union

from dispatch_cli.records.types import DispatchRecord

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_PRIMITIVES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean",
                                type(None): "null"}
JSON = dict[str, Any]


def json_schema(root: type = DispatchRecord) -> JSON:
    """The schema of `asdict(root_instance)`, with the nested dataclasses under `$defs`.

    Raises `TypeError` for a field whose type has no JSON Schema form (a set, a class that
    is not a dataclass).
    """
    defs: dict[str, JSON] = {}
    body = _object_schema(root, defs)
    schema: JSON = {"$schema": DRAFT, **body}
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _object_schema(cls: type, defs: dict[str, JSON]) -> JSON:
    hints = typing.get_type_hints(cls)
    docs = _attribute_docs(cls)
    properties: JSON = {}
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        doc = f.metadata.get("description") or docs.get(f.name)
        if doc:
            prop = {"description": doc, **prop}
        if "format" in f.metadata:  # `format: date` on ISO 8601 days
            prop["format"] = f.metadata["format"]
        properties[f.name] = prop
    schema: JSON = {"title": cls.__name__}
    if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):  # not the generated one
        schema["description"] = inspect.cleandoc(cls.__doc__)
    schema.update(type="object", properties=properties, required=list(properties),
                  additionalProperties=False)
    return schema


def _type_schema(hint: Any, defs: dict[str, JSON]) -> JSON:
    """The schema of one type hint."""
    if hint is Any:
        return {}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # reserve the name first: a dataclass may refer to itself
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if hint in _PRIMITIVES:
        return {"type": _PRIMITIVES[hint]}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        kinds = {_PRIMITIVES[type(a)] for a in args}
        return {"type": kinds.pop(), "enum": list(args)} if len(kinds) == 1 else {"enum": list(args)}
    if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs) if args else {}}
    if origin in (Union, types.UnionType):
        options = [_type_schema(a, defs) for a in args]
        simple = [o["type"] for o in options if list(o) == ["type"]]
        if len(simple) == len(options):  # `str | None` reads best as {"type": ["string", "null"]}
            return {"type": simple}
        return {"anyOf": options}
    raise TypeError(f"no JSON Schema for type {hint!r}")


@cache
def _attribute_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings: `name: T` followed by a string literal in the class body."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, after in itertools.pairwise(body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)):
            docs[node.target.id] = inspect.cleandoc(after.value.value)
    return docs

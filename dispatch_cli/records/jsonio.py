"""Records as JSON text: the one serialization of `dispatch parse`'s output.

The JSON is deterministic: keys in the records' declaration order (`DispatchRecord.to_dict`),
no timestamps, non-ASCII characters written as they are, so the same input always gives the
same bytes.
"""
from __future__ import annotations

import json
from typing import Any


def warnings_of(data: str) -> list[str]:
    """The `warnings` of a record's JSON text as made by `to_json`, compact or indented.

    Most records have none, and a quoted key cannot occur inside a JSON string value (its
    quotes would be escaped there), so an empty list is recognized without decoding the
    JSON; otherwise the text is decoded. Never raises: text that is not a record gives [].
    """
    if '"warnings":[]' in data or '"warnings": []' in data:
        return []
    try:
        warnings = json.loads(data).get("warnings")
    except (ValueError, AttributeError):
        return []
    return [str(w) for w in warnings] if isinstance(warnings, list) else []


def to_json(record: dict[str, Any], pretty: bool) -> str:
    """One record (the dict of `DispatchRecord.to_dict()`) as JSON text.

    `pretty`: indented by 2 spaces; otherwise one compact line (`,` and `:` without spaces).
    Either way the text ends with one newline. Raises `TypeError` if `record` holds a value
    JSON cannot represent.
    """
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

"""Records as JSON text: the one serialization of `dispatch parse`'s output.

The JSON is deterministic: keys in the records' declaration order (`DispatchRecord.to_dict`),
no timestamps, non-ASCII characters written as they are, so the same input always gives the
same bytes.
"""
from __future__ import annotations

import json
from typing import Any


def to_json(record: dict[str, Any], pretty: bool) -> str:
    """One record (the dict of `DispatchRecord.to_dict()`) as JSON text.

    `pretty`: indented by 2 spaces; otherwise one compact line (`,` and `:` without spaces).
    Either way the text ends with one newline. Raises `TypeError` if `record` holds a value
    JSON cannot represent.
    """
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

"""The fixed split of an annotated corpus into a tuning part and a check part.

Rules are tuned by reading the per-document errors of the tuning part only; the check part
(about a third of the documents) is scored as a whole, now and then, to see whether the rules
carry over to texts they were not written against. A document's part depends only on its name
(`d042`), through a hash, so the split stays fixed as the corpus grows and the code changes.
"""
from __future__ import annotations

import hashlib
from typing import Literal

Part = Literal["tune", "check"]
PARTS: tuple[Part, ...] = ("tune", "check")
CHECK_MODULUS = 3  # one document in three, by hash


def part_of(name: str) -> Part:
    """The part of the document named `name` (its file name without `.txt`/`.gold.json`):
    `check` when the SHA-256 of the UTF-8 name, read as a big-endian integer, is divisible
    by 3; `tune` otherwise."""
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16)
    return "check" if digest % CHECK_MODULUS == 0 else "tune"

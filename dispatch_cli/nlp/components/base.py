"""What the dispatch components that apply the rule model have in common: they own a
`Lexicon` and serialize it with the pipeline, as spaCy's own `span_ruler` serializes its
patterns, so that a pipeline saved with `nlp.to_disk` reloads with `spacy.load` in another
process with the same rule model."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language

from dispatch_cli.nlp.lexicon import Lexicon, load_lexicon


class LexiconComponent:
    """Base of the components that read a Doc with the rule model.

    `lexicon_dir` (a component setting) names a folder holding another rule model; by
    default the one shipped with the package is used. Subclasses build their grammar from
    `self.lexicon` in `configure`, called again whenever the lexicon is replaced.
    """

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None = None) -> None:
        self.name = name
        self.lexicon = load_lexicon(lexicon_dir)
        self.configure()

    def configure(self) -> None:
        """Build what the component needs from `self.lexicon` (nothing by default)."""

    def _replace(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.configure()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the component's rule model into the folder `path`."""
        self.lexicon.to_disk(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LexiconComponent:
        """Read the component's rule model from the folder `path`; raises `LexiconError`."""
        self._replace(Lexicon.from_dir(Path(path)))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The component's rule model as bytes: a JSON object of the files of `models/`."""
        return json.dumps(dict(self.lexicon.raw), ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LexiconComponent:
        """Read the rule model from bytes made by `to_bytes`."""
        files: dict[str, Any] = json.loads(data)
        self._replace(Lexicon.from_texts({name: str(text) for name, text in files.items()}))
        return self

"""The dispatch rule components, registered as spaCy factories."""
from __future__ import annotations

from spacy.language import Language


def add_to(nlp: Language) -> None:
    """Add the dispatch components to a loaded French pipeline."""

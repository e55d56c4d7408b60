"""Text preparation keeps every offset."""
from __future__ import annotations

from dispatch_cli.nlp.textview import model_view, split_for_length


def test_model_view_same_length_and_apostrophes():
    text = " date 2024-06 Bakou, 14 juin, AZERTAC\n\nL’assistant d’Etat"
    view = model_view(text)
    assert len(view) == len(text)
    assert view.startswith(" " * 14 + "Bakou")
    assert "L'assistant d'Etat" in view


def test_split_for_length_rejoins_exactly():
    text = ("Premier paragraphe. " * 30 + "\n\n") * 20
    pieces = split_for_length(text, 500)
    assert "".join(pieces) == text
    assert all(len(p) < 500 for p in pieces)
    assert len(pieces) > 1


def test_split_without_breaks_still_bounded():
    text = "x" * 2000
    pieces = split_for_length(text, 300)
    assert "".join(pieces) == text and all(len(p) < 300 for p in pieces)

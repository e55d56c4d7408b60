"""The normalized text the model reads, and the alignment back to the decoded text."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import party_sets
from dispatch_cli.nlp.textview import model_view, normalize, split_for_length

NBSP, NNBSP, THIN, SHY, ZWSP, ZWJ, WJ = "\u00a0", "\u202f", "\u2009", "\u00ad", "\u200b", "\u200d", "\u2060"


def test_plain_text_is_its_own_normal_form():
    assert normalize("Le ministre a reçu l’ambassadeur.").alignment is None
    assert normalize("ASCII only").alignment is None


@pytest.mark.parametrize("written, normal", [
    (f"Le{NBSP}président{NNBSP}:", "Le président :"),
    (f"Bay{SHY}ramov", "Bayramov"),
    (f"Cahit{ZWSP} Bağcı", "Cahit Bağcı"),
    (unicodedata.normalize("NFD", "reçu en août à Genève"), "reçu en août à Genève"),
    ("la ﬁnale", "la finale"),
    ("5ᵉ session", "5e session"),
    ("d’Estaing, d´Ormesson", "d’Estaing, d´Ormesson"),  # apostrophes keep their typography here
    ("ligne\u2028suivante", "ligne\nsuivante"),
])
def test_normal_forms(written, normal):
    assert normalize(written).text == normal


def test_every_normalized_character_maps_back_to_what_it_came_from():
    written = f"M.{NBSP}Jean{SHY}-Luc Dupré{ZWSP}, {unicodedata.normalize('NFD', 'délégué')} ﬁn"
    result = normalize(written)
    assert result.alignment is not None
    for i, char in enumerate(result.text):
        start, end = result.original(i, i + 1)
        assert normalize(written[start:end]).text.startswith(char) or char in normalize(written[start:end]).text
    # a whole name maps to the written range, invisible characters included
    start = result.text.index("Jean-Luc Dupré")
    s, e = result.original(start, start + len("Jean-Luc Dupré"))
    assert written[s:e] == f"Jean{SHY}-Luc Dupré"


def test_model_view_keeps_the_length_and_maps_typography():
    text = " date 2024-06 Bakou, 14 juin, AZERTAC\n\nL’assistant d’Etat a dit « oui » – “bien” ‑ fin"
    view = model_view(text)
    assert len(view) == len(text)
    assert view.startswith(" " * 14 + "Bakou")
    assert "L'assistant d'Etat" in view and '"bien"' in view and "« oui »" in view


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


HEAD = "Lisbonne, 9 octobre, AZERTAC\n\n"
SENTENCES = [
    "La ministre portugaise de la Santé, Ana Lourenço, a reçu le 8 octobre le ministre "
    "géorgien de l'Économie Levan Davitashvili.",
    "Le président Emmanuel Macron s'est entretenu au téléphone avec le chancelier Friedrich Merz.",
    "Le Premier ministre Kristen Michal a rencontré à Tallinn le commissaire européen Dubravka Šuica.",
]


def test_no_break_spaces_between_title_and_name_keep_person_role_and_event(parse):
    text = HEAD + f"Le{NBSP}président{NBSP}Emmanuel{NBSP}Macron s'est entretenu au téléphone avec le " \
                  f"chancelier{NNBSP}Friedrich{NBSP}Merz{NNBSP}!"
    record = parse(text)
    assert [a["name"] for a in record["actors"]] == ["Emmanuel Macron", "Friedrich Merz"]
    assert record["actors"][1]["roles"] == ["chancelier"]
    assert party_sets(record) == [("call", frozenset({"Emmanuel Macron", "Friedrich Merz"}))]
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_decomposed_accents_read_like_composed_ones(parse):
    text = HEAD + SENTENCES[0]
    composed, decomposed = parse(text), parse(unicodedata.normalize("NFD", text))
    assert decomposed["dateline"]["date"] == composed["dateline"]["date"]
    assert [a["name"] for a in decomposed["actors"]] == [a["name"] for a in composed["actors"]]
    assert party_sets(decomposed) == party_sets(composed) != []


def _spoil(text: str, data: st.DataObject) -> str:
    """Insert web typography into `text`: other spaces for some spaces, invisible characters
    inside and between words, or the whole text decomposed."""
    if data.draw(st.booleans(), label="nfd"):
        text = unicodedata.normalize("NFD", text)
    chars = list(text)
    head = len(HEAD)
    for _ in range(data.draw(st.integers(0, 8), label="edits")):
        i = data.draw(st.integers(head, len(chars) - 1), label="at")
        if chars[i] == " ":
            chars[i] = data.draw(st.sampled_from([NBSP, NNBSP, THIN, "\u2007", "\u3000"]), label="space")
        elif chars[i].isalpha() and not unicodedata.combining(chars[i]) \
                and not (i + 1 < len(chars) and unicodedata.combining(chars[i + 1][0])):
            chars[i] = chars[i] + data.draw(st.sampled_from([SHY, ZWSP, ZWJ, WJ, "\u200e"]), label="invisible")
    return "".join(chars)


def _reading(record: dict) -> tuple:
    return ([(a["name"], tuple(a["roles"])) for a in record["actors"]],
            [o["name"] for o in record["organizations"]], party_sets(record))


@pytest.mark.parametrize("sentence", SENTENCES, ids=["reception", "call", "meeting"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_web_typography_changes_no_reading(parse, sentence, data):
    clean = HEAD + sentence
    spoiled = _spoil(clean, data)
    assert _reading(parse(spoiled)) == _reading(parse(clean))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_offset_slices_back_whatever_the_typography(dispatch_parser, data):
    text = _spoil(HEAD + data.draw(st.sampled_from(SENTENCES), label="sentence"), data)
    record = dispatch_parser.parse(text).to_dict()
    spans = [m for kind in ("actors", "organizations", "places") for e in record[kind] for m in e["mentions"]]
    spans += [e["trigger"] for e in record["events"]]
    if record["dateline"]:
        spans.append(record["dateline"])
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    for event in record["events"]:
        assert event["sentence"]["start"] <= event["trigger"]["start"] < event["trigger"]["end"] \
            <= event["sentence"]["end"] <= len(text)

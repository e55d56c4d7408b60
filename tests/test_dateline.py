"""The dateline, the archive's filing line and the headline: patterns over the raw text."""
from __future__ import annotations

import pytest

from dispatch_cli.nlp.grammar.dateline import DatelineReader, read_filing, read_headline
from dispatch_cli.nlp.lexicon import load_lexicon

read_dateline = DatelineReader(load_lexicon().calendar, load_lexicon().geography).dateline


@pytest.mark.parametrize("text, place, day, month, year", [
    (" date 2023-04 Bakou, 3 avril, AZERTAC\n\nTexte.", "Bakou", 3, 4, 2023),
    ("Nouvelle-Delhi, 1er mars, AZERTAC\n\nTexte.", "Nouvelle-Delhi", 1, 3, None),
    ("POLITIQUE\n\nUn titre assez long pour compter\n\nNew York, 27 septembre, AZERTAC\n\nTexte.",
     "New York", 27, 9, None),
    ("Genève, 5 août 2019, AZERTAC\n\nTexte.", "Genève", 5, 8, 2019),
    (" date 2020-01 Bakou, 31 décembre, AZERTAC\n\nTexte.", "Bakou", 31, 12, 2019),
])
def test_dateline_forms(text, place, day, month, year):
    dl = read_dateline(text)
    assert (dl.place, dl.day, dl.month, dl.year, dl.agency) == (place, day, month, year, "AZERTAC")
    assert text[dl.start:dl.end] == dl.text


def test_year_from_option_only_without_filing_line():
    assert read_dateline("Paris, 12 mars, AZERTAC\n\nX.", default_year=2021).year == 2021
    assert read_dateline(" date 2018-03 Paris, 12 mars, AZERTAC\n\nX.", default_year=2021).year == 2018
    assert read_dateline("Paris, 12 mars, AZERTAC\n\nX.").date is None


def test_iso_date_when_year_known():
    assert read_dateline(" date 2024-06 Bakou, 14 juin, AZERTAC").date == "2024-06-14"


def test_no_dateline_in_agency_free_text():
    text = "Le président ouzbek a reçu, à Tachkent, 12 juin, son homologue.\n"
    assert read_dateline(text) is None


def test_mid_sentence_comma_is_no_dateline():
    text = "Il a été reçu à Rome, 14 juin, AZERTAC le rapporte.\n"
    assert read_dateline(text) is None


def test_filing_line_with_full_date():
    filing = read_filing(" date 2025-10-20 Un titre\nBakou, 20 octobre, AZERTAC")
    assert (filing.year, filing.month) == (2025, 10)


def test_headline_skips_section_words():
    text = "CULTURE\n\n\nUne exposition de photographies s'ouvre à Lyon\n\nParis, 2 mai, AZERTAC\n\nTexte."
    assert read_headline(text, read_dateline(text)) == "Une exposition de photographies s'ouvre à Lyon"
    filed = " date 2024-06 Bakou, 14 juin, AZERTAC\n\nX"
    assert read_headline(filed, read_dateline(filed)) is None


@pytest.mark.parametrize("text, place, day, month, agency", [
    ("Moscou, 13 janvier (Hibya)\n\nTexte.", "Moscou", 13, 1, "Hibya"),
    ("Bakou, le 14 juin (AZERTAC)\n\nTexte.", "Bakou", 14, 6, "AZERTAC"),
    ("Dakar, 2 juin (APS) – Le chef de l'Etat a reçu.", "Dakar", 2, 6, "APS"),
    ("AA / Istanbul\n\nLe président turc a reçu son homologue.", "Istanbul", None, None, "AA"),
    ("Paris / La Gazette\n\nLe ministre a rencontré.", "Paris", None, None, "La Gazette"),
    ("ACTUALITÉ\nKinshasa / Radio Okapi\nLe gouverneur a reçu.", "Kinshasa", None, None, "Radio Okapi"),
    ("Quito (EFE) - La ministre a signé un accord.", "Quito", None, None, "EFE"),
])
def test_datelines_of_other_agencies(text, place, day, month, agency):
    dl = read_dateline(text)
    assert (dl.place, dl.day, dl.month, dl.agency) == (place, day, month, agency)
    assert text[dl.start:dl.end] == dl.text


@pytest.mark.parametrize("text", [
    "AMI - Le président a reçu le ministre.",  # a bare agency prefix names no place
    "Accord Iran / Irak signé à Genève\n\nTexte.",  # two places around a slash: a headline
    "Le ministre a dit (voir la photo) - rien de plus.",
])
def test_no_dateline(text):
    assert read_dateline(text) is None

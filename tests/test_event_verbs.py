"""Verbs of meeting by infinitive: the inflected forms one entry of the rule model gives."""
from __future__ import annotations

import pytest

from conftest import party_sets
from dispatch_cli.nlp.grammar.events.inflection import CONDITIONAL, FUTURE, IMPERFECT, PARTICIPLE, PRESENT, inflect

HEAD = " date 2023-05 Tbilissi, 17 mai, AZERTAC\n\n"  # 17 May 2023 was a Wednesday


@pytest.mark.parametrize("entry, form, tense", [
    ("rencontrer", "rencontreront", FUTURE),
    ("rencontrer", "rencontre", PRESENT),
    ("s'entretenir", "entretenus", PARTICIPLE),
    ("s'entretenir", "entretiendra", FUTURE),
    ("recevoir", "reçu", PARTICIPLE),
    ("recevoir", "reçoivent", PRESENT),
    ("accueillir", "accueille", PRESENT),
    ("réunir", "réunissaient", IMPERFECT),
    ("se rendre", "rend", PRESENT),
    ("prendre part", "pris part", PARTICIPLE),
    ("mener", "mène", PRESENT),
    ("commencer", "commençait", IMPERFECT),
    ("échanger", "échangeant", "present_participle"),
    ("conclure", "conclues", PARTICIPLE),
    ("poursuivre", "poursuivrait", CONDITIONAL),
    ("avoir lieu", "aura lieu", FUTURE),
])
def test_one_infinitive_gives_its_inflected_forms(entry, form, tense):
    assert inflect(entry)[form] == tense


def test_no_grave_accent_before_two_consonants():
    assert "commence" in inflect("commencer") and "commènce" not in inflect("commencer")
    assert "célèbre" in inflect("célébrer") and "célébrera" in inflect("célébrer")


def test_an_unknown_paradigm_is_an_error():
    with pytest.raises(ValueError):
        inflect("xyz")


@pytest.mark.parametrize("sentence, expected", [
    ("Le ministre Tamar Beridze s'était entretenu mardi avec son homologue Jonas Berg.",
     [("meeting", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    ("La ministre Tamar Beridze rencontre aujourd'hui le commissaire Jonas Berg à Tbilissi.",
     [("meeting", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    ("Le maire de Lyon, Paul Girard, et le gouverneur Ivo Kranjc se sont longuement entretenus.",
     [("meeting", frozenset({"Paul Girard", "Ivo Kranjc"}))]),
    ("Le président Alexander Stubb a téléphoné au président portugais Marcelo Rebelo de Sousa.",
     [("call", frozenset({"Alexander Stubb", "Marcelo Rebelo de Sousa"}))]),
])
def test_forms_of_the_infinitives_report_encounters(parse, sentence, expected):
    assert party_sets(parse(HEAD + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # the future is planned
    "Les ministres Tamar Beridze et Jonas Berg se rencontreront à Oslo.",
    # a reflexive verb without its pronoun is no encounter: `relations entretenues`
    "Le ministre Tamar Beridze a salué les relations entretenues avec le gouverneur Jonas Berg.",
    # `se rendre compte`, `rendre hommage`: no destination
    "Le président Jonas Berg s'est rendu compte de l'effort du maire Paul Girard.",
])
def test_forms_that_report_no_encounter(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []

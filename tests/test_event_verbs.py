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
    # a meal shared, views exchanged: a meeting
    ("Mardi soir, la ministre Tamar Beridze a dîné avec le commissaire Jonas Berg.",
     [("meeting", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    ("Le maire Paul Girard a déjeuné avec le gouverneur Ivo Kranjc à l'hôtel de ville.",
     [("meeting", frozenset({"Paul Girard", "Ivo Kranjc"}))]),
    ("La ministre Tamar Beridze et le commissaire Jonas Berg ont échangé leurs vues sur l'énergie.",
     [("meeting", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    ("Le maire Paul Girard a échangé des vues avec le gouverneur Ivo Kranjc.",
     [("meeting", frozenset({"Paul Girard", "Ivo Kranjc"}))]),
    # exchanging a document is signing it
    ("Les ministres Tamar Beridze et Jonas Berg ont échangé les instruments de ratification de l'accord.",
     [("signing", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
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
    # a meal planned, or taken alone
    "La ministre Tamar Beridze dînera avec le commissaire Jonas Berg.",
    "Le maire Paul Girard a déjeuné seul avant de partir.",
])
def test_forms_that_report_no_encounter(parse, sentence):
    assert parse(HEAD + sentence)["events"] == []


def test_an_entry_of_the_vrir_family():
    assert inflect("ouvrir")["ouverte"] == PARTICIPLE and inflect("ouvrir")["ouvrira"] == FUTURE


@pytest.mark.parametrize("sentence, expected", [
    # an adverb makes one meeting of each counterpart
    ("Le président Recep Tayyip Erdogan a rencontré séparément mercredi à Ankara les présidents "
     "Aleksandar Vučić, Milo Đukanović et Zoran Milanović.",
     [("meeting", frozenset({"Recep Tayyip Erdogan", "Aleksandar Vučić"})),
      ("meeting", frozenset({"Recep Tayyip Erdogan", "Milo Đukanović"})),
      ("meeting", frozenset({"Recep Tayyip Erdogan", "Zoran Milanović"}))]),
    ("La gouverneure Kathy Hochul a reçu successivement le maire Eric Adams et le sénateur Chuck Schumer.",
     [("meeting", frozenset({"Kathy Hochul", "Eric Adams"})),
      ("meeting", frozenset({"Kathy Hochul", "Chuck Schumer"}))]),
    # a verb of movement finds its destination past other adjuncts of its clause
    ("Le Premier ministre Fumio Kishida est arrivé mardi soir, sur invitation de son homologue, à Manille.",
     [("visit", frozenset({"Fumio Kishida", "Philippines"}))]),
    ("Le Premier ministre grec Kyriakos Mitsotakis se trouve depuis lundi à Chypre.",
     [("visit", frozenset({"Kyriakos Mitsotakis", "Chypre"}))]),
])
def test_adverbs_and_adjuncts_after_the_verb(parse, sentence, expected):
    assert sorted(party_sets(parse(HEAD + sentence))) == sorted(expected)


def test_a_movement_without_a_place_is_no_visit(parse):
    rec = parse(HEAD + "Le ministre Tamar Beridze est arrivé en retard, selon son porte-parole Jonas Berg.")
    assert rec["events"] == []


@pytest.mark.parametrize("sentence, expected", [
    # after the comma that closes an apposition, a verb with its object or its day
    ("Le ministre Tamar Beridze, ministre de la Défense, rencontre ce mercredi son homologue Jonas Berg.",
     [("meeting", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    # `sur invitation de X`: who called the gathering, not its topic
    ("La ministre Tamar Beridze a ouvert mardi un forum régional, sur invitation du président Jonas Berg.",
     [("conference", frozenset({"Tamar Beridze", "Jonas Berg"}))]),
    # after a determiner, a form of a verb is a noun
    ("Cette rencontre est un signe de la confiance entre les deux pays, a déclaré le ministre Tamar Beridze.",
     []),
])
def test_verbs_and_nouns_after_a_comma_or_a_determiner(parse, sentence, expected):
    assert party_sets(parse(HEAD + sentence)) == expected

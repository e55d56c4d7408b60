"""Visits: who visits, and where; a host never visits their own country."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2024-02 Oslo, 8 février, AZERTAC\n\n"


@pytest.mark.parametrize("sentence, visit", [
    # an apposed `en visite` is the visit of the person named last before it
    ("Le ministre norvégien de la Défense, Lars Dahl, a reçu le général Ahmed Al-Kuwari, commandant des "
     "forces terrestres du Qatar, en visite en Norvège.", {"Ahmed Al-Kuwari", "Norvège"}),
    ("La ministre Kari Nilsen s'est entretenue avec Diego Ramos, président du Sénat chilien, "
     "en visite officielle en Norvège.", {"Diego Ramos", "Norvège"}),
    # the subject of the clause that reports the visit, not the speaker
    ("Le ministre Lars Dahl a déclaré que le sénateur français Paul Girard effectuait une visite en Norvège.",
     {"Paul Girard", "Norvège"}),
    # the person of the noun's `de` complement
    ("Le ministre Lars Dahl a salué la visite du président chilien Gabriel Soto en Norvège.",
     {"Gabriel Soto", "Norvège"}),
    # coordinated subjects of a copula all visit
    ("La députée Ana Costa, présidente de la commission des affaires sociales, et le sénateur Rui Melo sont "
     "en visite à Oslo.", {"Ana Costa", "Rui Melo", "Norvège"}),
])
def test_the_visitor(parse, sentence, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + sentence))


@pytest.mark.parametrize("sentence", [
    "Le ministre chilien Diego Ramos s'est rendu jeudi au siège régional de la société Equinor.",
    "Le ministre chilien Diego Ramos a visité les bureaux norvégiens de la société Equinor.",
])
def test_a_visit_to_a_body_s_premises_with_adjectives_visits_the_body(parse, sentence):
    assert ("visit", frozenset({"Diego Ramos", "Equinor"})) in party_sets(parse(HEAD + sentence))


def test_a_host_never_visits_their_own_country(parse):
    rec = parse(HEAD + "Le ministre norvégien de la Défense, Lars Dahl, a évoqué avec le ministre "
                "Omar Haddad les résultats de sa visite en Norvège.")
    assert not any(t == "visit" and "Lars Dahl" in p for t, p in party_sets(rec))


@pytest.mark.parametrize("sentence, visit", [
    # words that put a foreign official in the country
    ("Le ministre chilien Diego Ramos, de nouveau en Norvège, a rencontré la ministre Kari Nilsen.",
     {"Diego Ramos", "Norvège"}),
    ("Le ministre chilien Diego Ramos, qui se trouve en Norvège, a rencontré la ministre Kari Nilsen.",
     {"Diego Ramos", "Norvège"}),
    # a place or a body as the verb's object
    ("Le ministre chilien Diego Ramos a visité Bergen.", {"Diego Ramos", "Norvège"}),
    ("La délégation menée par la députée Ana Costa s'est rendue au Parlement européen.",
     {"Ana Costa", "Parlement européen"}),
    # at home, one visits a place, not one's country
    ("Le roi Harald et la reine Sonja ont visité la nouvelle bibliothèque d'Oslo.", {"Harald", "Sonja"}),
    # arriving for a visit with no destination: a visit to the dispatch's state
    ("La ministre Kari Nilsen a accueilli à l'aéroport le ministre chilien Diego Ramos, arrivé en visite "
     "officielle.", {"Diego Ramos", "Norvège"}),
    ("Le ministre chilien Diego Ramos est arrivé jeudi pour une visite de travail de trois jours.",
     {"Diego Ramos", "Norvège"}),
])
def test_visits(parse, sentence, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + sentence))


def test_a_trip_to_a_memorial_is_no_visit(parse):
    rec = parse(HEAD + "Le ministre chilien Diego Ramos s'est rendu au Mémorial de la Résistance.")
    assert rec["events"] == []


def test_presence_words_with_no_place_are_no_visit(parse):
    rec = parse(HEAD + "Le ministre Lars Dahl a de nouveau souligné l'importance de la coopération avec la France.")
    assert rec["events"] == []


def test_a_day_between_the_verb_and_its_destination(parse):
    rec = parse(HEAD + "Le ministre chilien Diego Ramos est arrivé le 7 février à Oslo.")
    assert party_sets(rec) == [("visit", frozenset({"Diego Ramos", "Norvège"}))]
    rec = parse(HEAD + "Le ministre chilien Diego Ramos s'est rendu le 7 février au mémorial de la Résistance.")
    assert rec["events"] == []


def test_the_visitor_of_a_relative_clause_is_the_person_it_is_on(parse):
    rec = parse(HEAD + "La ministre Kari Nilsen a reçu à Oslo le sénateur chilien Diego Ramos, qui effectue une "
                "visite en Norvège.")
    assert ("visit", frozenset({"Diego Ramos", "Norvège"})) in party_sets(rec)


@pytest.mark.parametrize("sentence, visit", [
    # the visitor of a noun is the subject of its support verb, not a person in a complement
    # of place (`sur le site du projet X`); who goes with them visits too
    ("Le ministre Sergueï Lavrov a effectué mardi une visite sur le site de la centrale de Roosppur, en "
     "compagnie du ministre bangladais Hasan Mahmud.", {"Sergueï Lavrov", "Hasan Mahmud"}),
    ("La ministre Kari Nilsen, accompagnée du secrétaire d'Etat Ola Berg, a effectué une visite de travail "
     "au Danemark.", {"Kari Nilsen", "Ola Berg", "Danemark"}),
    # leading a delegation somewhere is visiting it
    ("Le président du Sénat, Gérard Larcher, a conduit une délégation au Maroc.", {"Gérard Larcher", "Maroc"}),
    # a finite verb after the comma of an apposition is a verb
    ("La présidente du Parlement européen, Roberta Metsola, dirige une délégation à Kiev.",
     {"Roberta Metsola", "Ukraine"}),
])
def test_visitors_and_their_company(parse, sentence, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + sentence))


def test_a_person_in_the_name_of_a_site_visited_is_no_visitor(parse):
    rec = parse(HEAD + "La ministre Kari Nilsen a effectué une visite sur le chantier du pont Magnus Lagabøte.")
    assert party_sets(rec) == [("visit", frozenset({"Kari Nilsen"}))]


def test_a_courtesy_visit_to_someone_is_the_visitor_s(parse):
    rec = parse(HEAD + "Le ministre José Manuel Albares a effectué une visite de courtoisie auprès du président "
                "Luis Abinader.")
    assert rec["events"][0]["participants"][0]["name"] == "José Manuel Albares"


def test_the_city_of_a_tour_is_its_place(parse):
    rec = parse(HEAD + "Le ministre Wang Yi, qui effectue une tournée en Afrique, s'est rendu mardi à Addis-Abeba.")
    assert party_sets(rec) == [("visit", frozenset({"Wang Yi", "Éthiopie"}))]
    assert rec["events"][0]["place"] == "Addis-Abeba"


def test_a_participle_clause_on_the_subject_and_an_aside(parse):
    rec = parse(HEAD + "Le ministre ougandais Jeje Odongo, arrivé mardi soir à Nairobi, a pour sa part rencontré "
                "le président William Ruto.")
    assert sorted(party_sets(rec)) == sorted([("visit", frozenset({"Jeje Odongo", "Kenya"})),
                                              ("meeting", frozenset({"Jeje Odongo", "William Ruto"}))])


@pytest.mark.parametrize("sentence, visit", [
    # a state is written as the text writes it, not as the gazetteer's usual name
    ("Le ministre Lars Dahl, arrivé lundi en Türkiye pour une visite officielle, a rencontré le ministre "
     "Omar Haddad.", {"Lars Dahl", "Türkiye"}),
    ("La ministre Kari Nilsen effectue une visite de travail au Kirghizstan.", {"Kari Nilsen", "Kirghizstan"}),
    ("Le sénateur Paul Girard est en visite au Bélarus.", {"Paul Girard", "Bélarus"}),
    # the usual name when the text writes it too, and never a long official form
    ("La ministre Kari Nilsen est en visite en Turquie. Elle a salué les liens avec la République de Türkiye.",
     {"Kari Nilsen", "Turquie"}),
    ("Le sénateur Paul Girard est en visite officielle en République de Türkiye.", {"Paul Girard", "Turquie"}),
])
def test_a_state_host_is_spelt_as_the_text_spells_it(parse, sentence, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + sentence))


@pytest.mark.parametrize("text, visit", [
    # a title that names no one before it stands for the person the paragraph names after it
    # under that title: the quotation opens the dispatch, the verb of saying names the guest
    ("« Aujourd'hui, lors de la visite officielle du président chilien au Portugal, nous avons signé "
     "trois accords », a déclaré le président Marcelo Rebelo de Sousa à l'issue de son entretien avec le "
     "président chilien Gabriel Boric.", {"Gabriel Boric", "Portugal"}),
    ("« Aujourd'hui, pendant la visite du ministre suédois en Norvège, nous avons parlé d'énergie. Nous "
     "avons aussi parlé de pêche », a dit la ministre Kari Nilsen après sa rencontre avec le ministre "
     "suédois Tobias Billström.", {"Tobias Billström", "Norvège"}),
    # `ma visite`, `notre visite` in quoted speech: the speaker's
    ("« Aujourd'hui, au cours de ma visite au Danemark, j'ai rencontré la Première ministre Mette "
     "Frederiksen », a indiqué le ministre Lars Dahl.", {"Lars Dahl", "Danemark"}),
    ("La ministre Kari Nilsen a déclaré : « Aujourd'hui, lors de notre visite à Stockholm, nous avons eu "
     "un entretien avec le ministre Tobias Billström ».", {"Kari Nilsen", "Suède"}),
])
def test_visits_told_in_quoted_speech(parse, text, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + text))


def test_a_title_named_later_under_another_nationality_stands_for_no_one(parse):
    rec = parse(HEAD + "« Aujourd'hui, lors de la visite du président chilien, nous avons parlé d'énergie », a "
                "déclaré la ministre Kari Nilsen après sa rencontre avec le président argentin Javier Milei.")
    assert not any(t == "visit" and "Javier Milei" in p for t, p in party_sets(rec))


def test_the_speaker_named_after_the_verb_s_own_complements_met_whom_he_says(parse):
    rec = parse(" date 2024-11 Lima, 19 novembre, AZERTAC\n\n« Hier, j'ai rencontré la ministre chilienne de "
                "l'Environnement, Maisa Rojas », a déclaré à la presse le ministre péruvien de l'Environnement, "
                "Juan Castro, en marge du sommet.")
    assert party_sets(rec) == [("meeting", frozenset({"Maisa Rojas", "Juan Castro"}))]


@pytest.mark.parametrize("sentence, meeting", [
    ("Le ministre chilien Diego Ramos a fait une visite de courtoisie au président du Storting, Masud Gharahkhani.",
     {"Diego Ramos", "Masud Gharahkhani"}),
    ("La ministre Kari Nilsen a effectué jeudi une visite de travail à la présidente Ana Costa.",
     {"Kari Nilsen", "Ana Costa"}),
])
def test_a_noun_of_visit_to_someone_is_a_meeting(parse, sentence, meeting):
    assert party_sets(parse(HEAD + sentence)) == [("meeting", frozenset(meeting))]


def test_the_coming_of_a_thing_is_no_visit(parse):
    rec = parse(HEAD + "L'ambassade du Chili en Norvège a organisé une soirée qui marque l'arrivée du printemps.")
    assert rec["events"] == []



@pytest.mark.parametrize("text, visit", [
    # a company's premises visited: the company is the host
    ("Le ministre chilien Diego Ramos a visité jeudi les installations de Kongsberg Gruppen.",
     {"Diego Ramos", "Kongsberg Gruppen"}),
    # the delegation named again visits through its head, introduced definite with its leader
    ("La délégation chilienne, conduite par le ministre Diego Ramos, a été reçue par la ministre Kari Nilsen. Jeudi, "
     "les membres de la délégation ont visité le site de Equinor à Bergen.", {"Diego Ramos", "Equinor"}),
])
def test_visits_to_premises_and_by_a_delegation(parse, text, visit):
    assert ("visit", frozenset(visit)) in party_sets(parse(HEAD + text))


@pytest.mark.parametrize("sentence, visitor", [
    ("Le ministre chilien Diego Ramos s'est rendu jeudi à Tromsø.", "Diego Ramos"),
    ("La ministre Kari Nilsen s'est rendue jeudi dans la commune de Hammerfest.", "Kari Nilsen"),
])
def test_a_trip_to_a_place_the_gazetteer_does_not_know_is_the_visitor_s(parse, sentence, visitor):
    assert party_sets(parse(HEAD + sentence)) == [("visit", frozenset({visitor}))]


def test_a_visit_to_a_state_and_one_to_an_institution_there_are_two(parse):
    rec = parse(HEAD + "Le ministre chilien Diego Ramos, qui effectue une visite en Norvège, s'est rendu jeudi au "
                "ministère norvégien des Affaires étrangères.")
    assert set(party_sets(rec)) == {("visit", frozenset({"Diego Ramos", "Norvège"})),
                                    ("visit", frozenset({"Diego Ramos", "ministère des Affaires étrangères"}))}


def test_a_visit_carried_on_later_in_the_week_is_going_on(parse):
    rec = parse(HEAD + "Le ministre chilien Diego Ramos a rencontré mardi à Oslo la ministre Kari Nilsen. Diego Ramos "
                "poursuivra jeudi sa visite en Norvège par des rencontres à Bergen.")
    assert ("visit", frozenset({"Diego Ramos", "Norvège"})) in party_sets(rec)


def test_she_who_was_received_where_the_visit_went_is_its_visitor(parse):
    rec = parse(HEAD + "La délégation conduite par le ministre Diego Ramos a visité jeudi le port de Bergen, où elle a "
                "été accueillie par le directeur du port, Lars Dahl.")
    assert ("meeting", frozenset({"Diego Ramos", "Lars Dahl"})) in party_sets(rec)


def test_a_place_named_by_its_kind_after_a_preposition_is_the_host(parse):
    rec = parse(HEAD + "Le ministre chilien Diego Ramos s'est rendu jeudi dans la ville de Bergen.")
    assert party_sets(rec) == [("visit", frozenset({"Diego Ramos", "Norvège"}))]

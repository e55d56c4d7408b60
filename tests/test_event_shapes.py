"""Shapes of sentences that report an encounter, or only speak of one: a noun that names its
sides, a gathering that brings people together, what an encounter is about, a press
conference."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2023-03 Lisbonne, 9 mars, AZERTAC\n\n"  # 9 March 2023 was a Thursday

CASES = {
    # a noun of meeting that names its two sides is that meeting
    "talks_between_two_named": (
        "Les entretiens entre le président kazakh Kassym-Jomart Tokaïev et le chancelier Olaf Scholz ont "
        "porté sur l'énergie.", [("meeting", frozenset({"Kassym-Jomart Tokaïev", "Olaf Scholz"}))]),
    "headline_without_determiner": (
        "Rencontre entre la ministre Annalena Baerbock et son homologue chinois Wang Yi à Berlin.",
        [("meeting", frozenset({"Annalena Baerbock", "Wang Yi"}))]),
    # adverbs joined by `et` between the pronoun and the verb
    "adverbs_between_pronoun_and_verb": (
        "Le Premier ministre Kyriakos Mitsotakis et le président Nikos Christodoulides se sont longuement "
        "et chaleureusement entretenus.",
        [("meeting", frozenset({"Kyriakos Mitsotakis", "Nikos Christodoulides"}))]),
    # a gathering that brings people together: they took part in it; who it is about did not
    "gathering_brings_together": (
        "La table ronde consacrée à l'œuvre du poète Fernando Pessoa a réuni jeudi à Lisbonne l'écrivain "
        "José Luís Peixoto et la traductrice Maria Silva.",
        [("conference", frozenset({"José Luís Peixoto", "Maria Silva"}))]),
    # `rassembler`, as `réunir`: those a gathering brings together took part in it
    "meeting_gathered_two_ministers": (
        "La réunion a rassemblé jeudi les ministres Paulo Rangel et Nasser Bourita.",
        [("meeting", frozenset({"Paulo Rangel", "Nasser Bourita"}))]),
    "conference_gathered_participants_among_whom": (
        "La conférence a rassemblé plus de 200 participants, dont la ministre Ana Catarina Mendes et le "
        "professeur João Ferreira.", [("conference", frozenset({"Ana Catarina Mendes", "João Ferreira"}))]),
    "a_festival_gathers_no_one_named": (
        "Le festival a rassemblé des milliers de spectateurs venus de tout le Portugal.", []),
    # a gathering that brings together the representatives of two bodies is their meeting
    "meeting_gathered_two_companies": (
        "La rencontre a réuni des représentants de la société Galp et de la société Repsol.",
        [("meeting", frozenset({"Galp", "Repsol"}))]),
    "met_representatives_of_two_companies": (
        "Le ministre Paulo Rangel a rencontré des représentants de la société Galp et de la compagnie TAP.",
        [("meeting", frozenset({"Paulo Rangel", "Galp", "TAP"}))]),
    "topic_of_a_seminar": (
        "L'ambassade du Brésil a organisé mardi un séminaire sur l'héritage de l'architecte Oscar Niemeyer, "
        "avec l'historienne Ana Costa.", [("conference", frozenset({"ambassade du Brésil", "Ana Costa"}))]),
    # what two people talked about, and whom
    "topic_of_a_talk": (
        "Le président Emmanuel Macron a discuté mardi avec le chancelier Olaf Scholz de la visite du "
        "président Volodymyr Zelensky.", [("meeting", frozenset({"Emmanuel Macron", "Olaf Scholz"}))]),
    # a press conference is a statement
    "press_conference_after_talks": (
        "Après leur entretien, le président Emmanuel Macron et le Premier ministre Narendra Modi ont donné "
        "une conférence de presse.", [("meeting", frozenset({"Emmanuel Macron", "Narendra Modi"}))]),
    "joint_press_conference": (
        "Le ministre Antony Blinken a tenu mardi une conférence de presse conjointe avec son homologue "
        "Dmytro Kouleba.", []),
    # the dispatch's state is the host of a visit named alone, not of one whose place is told
    "arrival_for_a_visit": (
        "Le secrétaire général de l'OTAN, Jens Stoltenberg, est arrivé mardi à Ankara pour une visite de "
        "deux jours.", [("visit", frozenset({"Jens Stoltenberg", "Turquie"}))]),
    "our_country": (
        "Le président Marcelo Rebelo de Sousa a reçu mardi le Premier ministre cap-verdien Ulisses Correia, "
        "qui se trouve en visite officielle dans notre pays.",
        [("meeting", frozenset({"Marcelo Rebelo de Sousa", "Ulisses Correia"})),
         ("visit", frozenset({"Ulisses Correia", "Portugal"}))]),
    # a working meal is a meeting of those at table
    "working_dinner_with": (
        "La ministre Hanna Virtanen a participé mardi à un dîner de travail avec le commissaire Maroš Šefčovič.",
        [("meeting", frozenset({"Hanna Virtanen", "Maroš Šefčovič"}))]),
    "working_lunch_of_two": (
        "Le président João Lourenço et le Premier ministre António Costa ont eu un déjeuner de travail.",
        [("meeting", frozenset({"João Lourenço", "António Costa"}))]),
    "working_dinner_in_honour_of": (
        "Le ministre Paulo Rangel a offert un dîner de travail en l'honneur de son homologue marocain "
        "Nasser Bourita.", [("meeting", frozenset({"Paulo Rangel", "Nasser Bourita"}))]),
    # talks held between two states, whoever represented them
    "talks_held_between_states": (
        "Des négociations ont eu lieu jeudi entre les délégations de l'Iran et de l'Autriche à Vienne.",
        [("meeting", frozenset({"Iran", "Autriche"}))]),
    "talks_took_place_between_states": (
        "Des pourparlers se sont déroulés à Genève entre la Serbie et le Kosovo.",
        [("meeting", frozenset({"Serbie", "Kosovo"}))]),
    # a gathering held, its day and place before the `entre` that names its sides
    "meeting_held_then_dated_between_bodies": (
        "Une réunion s'est tenue jeudi à Porto entre les représentants de la société Galp et de la société "
        "Repsol.", [("meeting", frozenset({"Galp", "Repsol"}))]),
    "consultations_held_in_a_city_between_ministries_of_states": (
        "Des consultations politiques se sont déroulées à Lisbonne entre les ministères des Affaires "
        "étrangères du Portugal et de l'Angola.", [("conference", frozenset({"Portugal", "Angola"}))]),
    "talks_held_yesterday_in_a_city_between_states": (
        "Des pourparlers ont eu lieu hier à Doha entre le Soudan et le Tchad.",
        [("meeting", frozenset({"Soudan", "Tchad"}))]),
    # a participle on one side stays inside the `entre` phrase
    "side_led_by_someone": (
        "Une réunion a eu lieu entre la délégation conduite par le ministre Paulo Rangel et des représentants "
        "de la société Galp.", [("meeting", frozenset({"Paulo Rangel", "Galp"}))]),
    # a count of sides after `entre` stands for those named before
    "meeting_between_the_two_companies_named_before": (
        "Un accord a été signé entre la société Galp et la société Repsol. Auparavant, une rencontre a eu lieu "
        "entre les délégations des deux sociétés.",
        [("signing", frozenset({"Galp", "Repsol"})), ("meeting", frozenset({"Galp", "Repsol"}))]),
    "consultations_between_the_two_states_named_before": (
        "Le ministre Paulo Rangel a salué les relations entre le Portugal et l'Angola. Des consultations entre "
        "les deux pays se sont tenues jeudi à Luanda.",
        [("conference", frozenset({"Portugal", "Angola"}))]),
    "two_states_not_named_before": (
        "Des consultations entre les deux pays se sont tenues jeudi à Luanda.", []),
    "state_of_talks_is_a_topic": (
        "Le ministre Paulo Rangel a évoqué l'état des négociations entre le Mercosur et l'Union européenne.", []),
    "meeting_held_between_planned_talks_is_no_event": (
        "Le ministre Paulo Rangel a évoqué les négociations prévues entre le Portugal et l'Angola.", []),
    # a meal given in someone's honour, or that brings people together, is a meeting
    "dinner_in_honour_of": (
        "Le ministre Paulo Rangel a offert jeudi un dîner en l'honneur de son homologue marocain Nasser Bourita.",
        [("meeting", frozenset({"Paulo Rangel", "Nasser Bourita"}))]),
    "official_lunch_gathered": (
        "Un déjeuner officiel a réuni le président Marcelo Rebelo de Sousa et le Premier ministre Pedro "
        "Nuno Santos.", [("meeting", frozenset({"Marcelo Rebelo de Sousa", "Pedro Nuno Santos"}))]),
    # plural gatherings and online ones
    "took_part_in_a_webinar": (
        "Le ministre Paulo Rangel a participé jeudi à un webinaire organisé par l'Université de Lisbonne.",
        [("conference", frozenset({"Paulo Rangel", "Université de Lisbonne"}))]),
    "held_two_videoconferences": (
        "Le ministre Paulo Rangel et le ministre Nasser Bourita ont tenu jeudi deux visioconférences.",
        [("call", frozenset({"Paulo Rangel", "Nasser Bourita"}))]),
    "dinner_to_be_given": (
        "Le ministre Paulo Rangel offrira un dîner en l'honneur de son homologue marocain Nasser Bourita.", []),
    "gala_dinner_for_no_one_named": (
        "Un dîner de gala a été organisé pour les participants du festival.", []),
    "working_dinner_planned": (
        "Le ministre Paulo Rangel a évoqué le dîner de travail prévu la semaine prochaine avec le ministre "
        "Nasser Bourita.", []),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_shapes(parse, text, expected):
    assert sorted(party_sets(parse(HEAD + text))) == sorted(expected)


def test_the_visit_told_by_a_verb_is_the_one_named_again(parse):
    rec = parse(HEAD + "La présidente du Sénat, Ana Lúcia Amaral, s'est rendue mardi au Brésil pour une visite "
                "officielle. Elle rencontrera le président Lula da Silva dans le cadre de sa visite.")
    assert party_sets(rec) == [("visit", frozenset({"Ana Lúcia Amaral", "Brésil"}))]


MORE = {
    # who speaks at a gathering takes part in it
    "speaker_at_the_forum": (
        "Le forum économique s'est ouvert mardi à Tachkent. « L'Asie centrale change », a déclaré lors du "
        "forum le ministre Laziz Koudratov.", [("conference", frozenset({"Laziz Koudratov"}))]),
    "stressed_at_the_summit": (
        "Le sommet du G20 s'est tenu samedi à New Delhi. Le président Joe Biden a souligné lors du sommet "
        "l'importance du climat.", [("conference", frozenset({"G20", "Joe Biden"}))]),
    # a conditional perfect on a day gone by of this week: reported by others
    "hearsay_conditional": (
        "Selon des sources diplomatiques, le ministre Ali Bagheri aurait rencontré mardi à Mascate l'envoyé "
        "américain Brett McGurk.", [("meeting", frozenset({"Ali Bagheri", "Brett McGurk"}))]),
    # a day between the verb of visit and the place visited
    "visited_a_factory": (
        "Le Premier ministre Pedro Sánchez a visité mardi l'usine de Getafe en compagnie de la ministre "
        "Nadia Calviño.", [("visit", frozenset({"Pedro Sánchez", "Nadia Calviño"}))]),
    # who represents a side at a gathering takes part in it
    "represented_at_a_summit": (
        "Le ministre Paulo Rangel a représenté le Portugal jeudi au sommet de l'OTAN à Vilnius.",
        [("conference", frozenset({"Paulo Rangel", "OTAN"}))]),
    "will_represent_at_a_summit": (
        "Le ministre Paulo Rangel représentera le Portugal au sommet de l'OTAN.", []),
    # the possessor's meeting with someone
    "his_meeting_with": (
        "Le ministre Kamel Ben Naceur a salué sa rencontre avec le ministre algérien Ahmed Attaf.",
        [("meeting", frozenset({"Kamel Ben Naceur", "Ahmed Attaf"}))]),
}


@pytest.mark.parametrize("text, expected", MORE.values(), ids=MORE.keys())
def test_more_shapes(parse, text, expected):
    assert sorted(party_sets(parse(HEAD + text))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Le ministre Ali Bagheri aurait rencontré l'envoyé américain Brett McGurk s'il avait été invité.",
    "Le ministre Kamel Ben Naceur se prépare à sa rencontre avec le ministre algérien Ahmed Attaf.",
])
def test_conditions_and_preparations_report_nothing(parse, text):
    assert parse(HEAD + text)["events"] == []


def test_an_interview_given_is_no_meeting(parse):
    rec = parse(HEAD + "Le ministre João Gomes Cravinho a en outre accordé un entretien à l'agence Lusa.")
    assert rec["events"] == []


def test_a_numbered_session_the_sides_chaired_is_a_gathering_of_its_own(parse):
    rec = parse(HEAD + "Le ministre Nasser Bourita s'est entretenu mercredi avec son homologue João Gomes Cravinho, "
                "qui effectue une visite de travail au Maroc. A l'issue des entretiens, les deux ministres ont "
                "coprésidé la 14e réunion de haut niveau maroco-portugaise.")
    assert sorted(party_sets(rec)) == sorted([
        ("meeting", frozenset({"Nasser Bourita", "João Gomes Cravinho"})),
        ("visit", frozenset({"João Gomes Cravinho", "Maroc"})),
        ("conference", frozenset({"Nasser Bourita", "João Gomes Cravinho"}))])


def test_a_dateline_run_into_the_sentence_dates_the_dispatch_not_the_meeting(parse):
    rec = parse("Dakar, 12 mars (APS) – Le Premier ministre Ousmane Sonko a reçu lundi le président de la "
                "Banque africaine de développement, Akinwumi Adesina.", year=2024)
    assert [e["date"] for e in rec["events"]] == ["2024-03-11"]


def test_encounters_counted_by_a_number_between_unnamed_sides_are_none(parse):
    rec = parse(" date 2024-05 Lyon, 14 mai, AZERTAC\n\nLa Chambre de commerce de Lyon et la Chambre de commerce de "
                "Turin ont organisé un salon. Plus de 40 rencontres ont eu lieu entre entreprises des deux villes.")
    assert [e for e in rec["events"] if e["type"] == "meeting"] == []


def test_a_headline_s_meeting_with_a_group_is_the_body_s_meeting_told_again(parse):
    rec = parse("Le ministre Paulo Rangel s'entretient avec une délégation marocaine\n\n"
                "Lisbonne, 9 mars, AZERTAC\n\nLe ministre Paulo Rangel a reçu jeudi une délégation conduite par "
                "le ministre marocain Nasser Bourita.")
    assert party_sets(rec) == [("meeting", frozenset({"Paulo Rangel", "Nasser Bourita"}))]


def test_a_meeting_with_an_unnamed_group_in_the_body_is_its_own(parse):
    rec = parse(HEAD + "Le ministre Paulo Rangel s'est entretenu jeudi avec le maire de Porto, Rui Moreira. Le "
                "ministre a également rencontré des représentants de la communauté capverdienne de Porto.")
    assert set(party_sets(rec)) == {("meeting", frozenset({"Paulo Rangel", "Rui Moreira"})),
                                    ("meeting", frozenset({"Paulo Rangel"}))}


def test_a_headline_s_meeting_with_a_named_group_is_the_body_s_meeting_told_again(parse):
    rec = parse("La ministre Ana Catarina Mendes a rencontré les membres du groupe d'amitié Portugal-Brésil\n\n"
                "Lisbonne, 9 mars, AZERTAC\n\nLa ministre Ana Catarina Mendes a rencontré jeudi la délégation "
                "dirigée par la sénatrice brésilienne Tereza Cristina, chef du groupe d'amitié Portugal-Brésil.")
    assert party_sets(rec) == [("meeting", frozenset({"Ana Catarina Mendes", "Tereza Cristina"}))]


@pytest.mark.parametrize("text, expected", [
    ("Une réception a été offerte jeudi à l'ambassade en l'honneur des participants du forum, en présence du "
     "ministre Paulo Rangel.", [("conference", frozenset({"Paulo Rangel"}))]),
    # receiving a message is no reception
    ("Le ministre Paulo Rangel a accusé réception du message de la ministre Ana Catarina Mendes.", []),
])
def test_a_reception_given_is_a_gathering(parse, text, expected):
    assert party_sets(parse(HEAD + text)) == expected

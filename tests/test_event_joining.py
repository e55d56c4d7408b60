"""Who joins an encounter already reported: a definite noun that opens its sentence names it
again, people who took part without saying in what took part in it, people counted among its
participants."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2023-03 Lisbonne, 9 mars, AZERTAC\n\n"  # 9 March 2023 was a Thursday

JOINED = {
    # a bare definite noun opening its sentence names the encounter just reported; those
    # present at it join it
    "present_at_the_meeting_named_again": (
        "Le président ghanéen Nana Akufo-Addo a reçu mardi le ministre allemand Svenja Schulze. "
        "L'entretien s'est déroulé en présence du ministre ghanéen des Finances, Ken Ofori-Atta.",
        [("meeting", frozenset({"Nana Akufo-Addo", "Svenja Schulze", "Ken Ofori-Atta"}))]),
    "present_after_a_relative_clause": (
        "La ministre Anniken Huitfeldt a reçu l'ambassadeur Kenji Yamada. La rencontre, qui s'est "
        "déroulée au ministère, s'est tenue en présence du vice-ministre Eivind Vad Petersson.",
        [("meeting", frozenset({"Anniken Huitfeldt", "Kenji Yamada", "Eivind Vad Petersson"}))]),
    # a passive with its agent: who opened the gathering took part in it
    "opened_by": (
        "La session annuelle du Conseil économique s'est tenue lundi à Lima. La session a été "
        "ouverte par la présidente Dina Boluarte.",
        [("conference", frozenset({"Conseil économique", "Dina Boluarte"}))]),
    # a part of a gathering opening its sentence is that gathering
    "opening_ceremony_of_a_conference": (
        "Le ministre Ahmed Attaf participe à une conférence sur l'eau à Alger. La cérémonie "
        "d'ouverture s'est déroulée mercredi en présence du Premier ministre Aïmene Benabderrahmane.",
        [("conference", frozenset({"Ahmed Attaf", "Aïmene Benabderrahmane"}))]),
    # a taking part without saying in what: the gathering just reported
    "inverted_speakers": (
        "Le Forum mondial de l'eau s'est ouvert lundi à Dakar. Sont intervenus le président "
        "sénégalais Macky Sall et la ministre française Bérangère Couillard.",
        [("conference", frozenset({"Macky Sall", "Bérangère Couillard"}))]),
    "also_present": (
        "Le sommet de l'Union africaine s'est tenu samedi à Addis-Abeba. Le président comorien "
        "Azali Assoumani et le président kényan William Ruto étaient également présents.",
        [("conference", frozenset({"Union africaine", "Azali Assoumani", "William Ruto"}))]),
    # counted among those who took part
    "among_the_speakers": (
        "Une conférence sur la sécurité alimentaire s'est tenue mercredi à Rome. Parmi les "
        "orateurs figuraient le ministre italien Francesco Lollobrigida et le ministre grec Giorgos Georgantas.",
        [("conference", frozenset({"Francesco Lollobrigida", "Giorgos Georgantas"}))]),
    "counted_among_the_participants": (
        "Un colloque sur la francophonie s'est tenu jeudi à Québec. La ministre Martine Biron figurait "
        "parmi les participants.",
        [("conference", frozenset({"Martine Biron"}))]),
    # a video talk named again by its noun: who took part in it joins the call
    "took_part_in_the_call": (
        "Le ministre Emil Boc s'est entretenu ce jeudi par visioconférence avec la commissaire Elisa "
        "Ferreira. Le secrétaire d'Etat Ion Popa a également participé à l'entretien.",
        [("call", frozenset({"Emil Boc", "Elisa Ferreira", "Ion Popa"}))]),
    # organizers of a gathering take part in it
    "organized_by": (
        "Le ministre Luis Ramos a participé à une table ronde sur le commerce, organisée par "
        "l'Organisation mondiale du commerce.",
        [("conference", frozenset({"Luis Ramos", "Organisation mondiale du commerce"}))]),
}


@pytest.mark.parametrize("text, expected", JOINED.values(), ids=JOINED.keys())
def test_joined(parse, text, expected):
    assert sorted(party_sets(parse(HEAD + text))) == sorted(expected)


def test_a_gathering_under_another_word_is_another_one(parse):
    rec = parse(HEAD + "Le ministre Ahmed Attaf a participé à un dialogue stratégique à Alger. "
                "Le ministre Ahmed Attaf est intervenu aussi lors de la table ronde, organisée par "
                "l'Union africaine.")
    assert sorted(party_sets(rec)) == sorted([("conference", frozenset({"Ahmed Attaf"})),
                                              ("conference", frozenset({"Ahmed Attaf", "Union africaine"}))])


def test_a_noun_with_its_own_complement_is_no_mention_again(parse):
    rec = parse(HEAD + "Le ministre Ahmed Attaf a reçu l'ambassadeur Kenji Yamada. La rencontre entre "
                "le ministre Ali Aoun et le président Ivan Ortiz s'est tenue en présence de Luis Soto.")
    assert sorted(party_sets(rec)) == sorted([
        ("meeting", frozenset({"Ahmed Attaf", "Kenji Yamada"})),
        ("meeting", frozenset({"Ali Aoun", "Ivan Ortiz", "Luis Soto"}))])


def test_a_working_session_after_a_signing_is_a_meeting_of_the_signers(parse):
    rec = parse(HEAD + "La ministre Maria Tzani et le recteur Pavel Novak ont signé jeudi un accord de "
                "coopération. Lors d'une séance de travail qui a suivi la signature, les deux responsables "
                "ont examiné les projets communs.")
    assert sorted(party_sets(rec)) == sorted([("signing", frozenset({"Maria Tzani", "Pavel Novak"})),
                                              ("meeting", frozenset({"Maria Tzani", "Pavel Novak"}))])


@pytest.mark.parametrize("text", [
    # what the sides of a call did during it is that call
    "Le ministre Simon Coveney a eu mardi un entretien téléphonique avec son homologue James Cleverly. "
    "Les parties ont procédé à un échange de vues sur la situation en Irlande du Nord.",
    # the subject shared by coordinated verbs, however the second one is attached
    "Le ministre Simon Coveney s'est entretenu au téléphone avec son homologue James Cleverly. Selon le "
    "porte-parole, les deux ministres ont passé en revue l'état de la coopération et ont discuté de la "
    "visite prochaine du Premier ministre Leo Varadkar.",
])
def test_the_sides_of_a_call_talking_are_that_call(parse, text):
    assert party_sets(parse(HEAD + text)) == [("call", frozenset({"Simon Coveney", "James Cleverly"}))]


def test_the_definite_plural_that_repeats_the_class_gathered_names_them(parse):
    rec = parse(HEAD + "Une réunion des ministres des Transports de l'ASEAN a eu lieu jeudi à Jakarta. Les "
                "ministres des Transports indonésien Budi Karya Sumadi, thaïlandais Saksayam Chidchob et "
                "malaisien Anthony Loke ont examiné les projets ferroviaires régionaux.")
    assert party_sets(rec) == [("conference", frozenset({"ASEAN", "Budi Karya Sumadi", "Saksayam Chidchob",
                                                          "Anthony Loke"}))]


def test_after_the_meeting_named_by_the_word_of_a_gathering_is_no_new_meeting(parse):
    rec = parse(HEAD + "Une réunion trilatérale des ministres des Affaires étrangères du Chili, du Pérou et de "
                "la Colombie s'est tenue mardi à Lima en présence de la ministre péruvienne Ana Gervasi. A "
                "l'issue de la réunion, la ministre Ana Gervasi a signé un accord avec la ministre chilienne "
                "Antonia Urrejola.")
    assert sorted(party_sets(rec)) == sorted([
        ("conference", frozenset({"Ana Gervasi"})),
        ("signing", frozenset({"Ana Gervasi", "Antonia Urrejola"}))])


def test_a_part_of_the_gathering_is_that_gathering(parse):
    rec = parse(HEAD + "La ministre Dina Boluarte participe à une conférence sur l'eau à Lima. Prenant la parole "
                "lors de la séance plénière consacrée au climat, le ministre Rafael Belaúnde a souligné "
                "l'urgence de la situation.")
    assert party_sets(rec) == [("conference", frozenset({"Dina Boluarte", "Rafael Belaúnde"}))]


def test_the_gathering_told_again_brings_people_together(parse):
    rec = parse(HEAD + "Le ministre Ahmed Attaf participe à la 3e conférence sur l'eau d'Alger. La conférence, "
                "organisée par l'Union africaine, réunit le président Abdelmadjid Tebboune et la ministre "
                "Amina Mohammed.")
    assert party_sets(rec) == [("conference", frozenset({"Ahmed Attaf", "Union africaine", "Abdelmadjid Tebboune",
                                                          "Amina Mohammed"}))]


def test_an_ordinal_tagged_as_an_adjective_counts_a_new_session(parse):
    rec = parse(HEAD + "La 74e session du Comité régional de l'OMS pour l'Europe, qui se tient à Astana, réunit "
                "les délégations de 53 Etats. La session a été ouverte par la ministre Akmaral Alnazarova.")
    assert len(rec["events"]) == 1 and "Akmaral Alnazarova" in party_sets(rec)[0][1]


def test_y_refers_to_a_gathering_just_named(parse):
    rec = parse(HEAD + "Le ministre Omar Paganini s'est entretenu par téléphone avec son homologue Diana Mondino. "
                "Les deux ministres ont signé, en marge de la réunion du Mercosur tenue mardi à Asuncion, un "
                "mémorandum sur la navigation. Y ont pris part les ministres Rubén Ramírez Lezcano et Mauro Vieira.")
    assert ("call", frozenset({"Omar Paganini", "Diana Mondino"})) in party_sets(rec)


def test_a_gathering_set_apart_from_its_verb_by_an_incise(parse):
    rec = parse(HEAD + "Le séminaire, ouvert lundi à Lomé par la ministre Kossiwa Ayivi, rassemble les maires "
                "Koffi Agbo et Yawa Kouma.")
    assert [parties for _type, parties in party_sets(rec)] == [
        frozenset({"Kossiwa Ayivi", "Koffi Agbo", "Yawa Kouma"})] or \
        [parties for _type, parties in party_sets(rec)] == [frozenset({"Koffi Agbo", "Yawa Kouma"})]


def test_an_encounter_on_the_margins_of_another_is_its_own(parse):
    rec = parse(HEAD + "L'ambassadeur Rui Alves a accueilli jeudi les invités de la soirée, parmi lesquels le député "
                "Pedro Costa et la maire adjointe Ana Lopes. En marge de la réception, Rui Alves s'est entretenu "
                "avec Pedro Costa de la coopération culturelle.")
    assert ("meeting", frozenset({"Rui Alves", "Pedro Costa"})) in party_sets(rec)


def test_a_body_spoken_of_after_a_participle_of_speaking_takes_no_part(parse):
    rec = parse(HEAD + "Le ministre Rui Alves a accueilli jeudi le ministre angolais Téte António au forum. Prenant la "
                "parole, le ministre angolais a présenté les projets soutenus par la Banque mondiale.")
    assert all("Banque mondiale" not in parties for _t, parties in party_sets(rec))


def test_an_encounter_told_as_another_with_fewer_parties_is_its_own(parse):
    rec = parse(HEAD + "Les ministres Paulo Rangel, Nasser Bourita et José Albares se sont réunis jeudi à Lisbonne. "
                "Paulo Rangel a ensuite eu une réunion bilatérale avec José Albares.")
    assert set(party_sets(rec)) == {("meeting", frozenset({"Paulo Rangel", "Nasser Bourita", "José Albares"})),
                                    ("meeting", frozenset({"Paulo Rangel", "José Albares"}))}


def test_the_ministers_who_discuss_after_their_call_are_its_sides(parse):
    rec = parse(HEAD + "Le ministre Paulo Rangel a reçu mardi la commissaire Dubravka Šuica. Le même jour, Paulo "
                "Rangel a eu un entretien téléphonique avec le ministre tunisien Mohamed Ali Nafti. Les ministres "
                "ont discuté du calendrier des contacts bilatéraux.")
    assert sorted(party_sets(rec)) == sorted([("meeting", frozenset({"Paulo Rangel", "Dubravka Šuica"})),
                                              ("call", frozenset({"Paulo Rangel", "Mohamed Ali Nafti"}))])


def test_the_heads_of_the_delegations_at_consultations_between_sides_take_part(parse):
    rec = parse(HEAD + "Des consultations politiques entre les ministères des Affaires étrangères du Portugal et du "
                "Maroc se sont tenues jeudi à Lisbonne. Les délégations étaient conduites par le secrétaire d'Etat "
                "Nuno Sampaio et par l'ambassadeur Othmane Bahnini.")
    assert [p for t, p in party_sets(rec) if t == "conference"] == [
        frozenset({"Portugal", "Maroc", "Nuno Sampaio", "Othmane Bahnini"})]

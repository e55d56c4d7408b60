"""Signings: who signed, the sides the document names, and signers named earlier."""
from __future__ import annotations

import pytest

from conftest import party_sets

HEAD = " date 2025-04 Varsovie, 9 avril, AZERTAC\n\n"


@pytest.mark.parametrize("sentence, parties", [
    # exchanging or adopting a document is signing it; the ministries the document names are sides
    ("Les ministres Anna Berg et Piotr Nowak ont procédé à l'échange du Mémorandum d'entente entre le "
     "ministère de l'Énergie de la Norvège et le ministère de l'Industrie de la Pologne.",
     {"Anna Berg", "Piotr Nowak", "ministère de l'Énergie de la Norvège",
      "ministère de l'Industrie de la Pologne"}),
    ("Le président Sauli Niinistö et le président Andrzej Duda ont adopté une déclaration conjointe.",
     {"Sauli Niinistö", "Andrzej Duda"}),
    ("Les maires Jan Kowal et Eva Lind ont échangé le protocole de jumelage.", {"Jan Kowal", "Eva Lind"}),
    # bodies alone may sign
    ("L'Université de Varsovie et l'Université de Tartu ont signé un accord de coopération.",
     {"Université de Varsovie", "Université de Tartu"}),
    # the states of the document when no one is said to have signed
    ("La visite s'est soldée par la signature d'un programme de coopération entre les ministères de la "
     "Culture de la République de Pologne et de la République du Chili.", {"Pologne", "Chili"}),
    # a reporting incise names no signer
    ("Un accord a été signé entre le ministère de l'Agriculture et la société danoise Arla Foods, "
     "a déclaré le ministre Jan Kowal.", {"ministère de l'Agriculture", "Arla Foods"}),
])
def test_the_parties_of_a_signing(parse, sentence, parties):
    assert ("signing", frozenset(parties)) in party_sets(parse(HEAD + sentence))


@pytest.mark.parametrize("follow", [
    "Les deux parties ont signé un mémorandum sur l'énergie.",
    "À l'issue de l'entretien, les parties ont paraphé un accord.",
    "Ils ont ensuite signé un protocole de coopération.",
])
def test_the_sides_of_the_encounter_just_reported_sign(parse, follow):
    rec = parse(HEAD + "Le ministre Piotr Nowak s'est entretenu avec son homologue estonien Kaja Tamm. " + follow)
    assert ("signing", frozenset({"Piotr Nowak", "Kaja Tamm"})) in party_sets(rec)


def test_documents_signed_by_different_signers_give_one_signing_each(parse):
    rec = parse(HEAD + "Le ministre Piotr Nowak et le ministre Kaja Tamm ont signé un accord sur l'énergie. "
                "La ministre Anna Berg et le ministre Lars Dahl ont signé un mémorandum sur la santé.")
    assert sorted(party_sets(rec)) == sorted([("signing", frozenset({"Piotr Nowak", "Kaja Tamm"})),
                                              ("signing", frozenset({"Anna Berg", "Lars Dahl"}))])


def test_documents_of_one_sentence_signed_by_different_signers_give_one_signing_each(parse):
    rec = parse(HEAD + "Le ministre Piotr Nowak et le ministre Kaja Tamm ont signé un accord sur l'énergie, "
                "tandis que la ministre Anna Berg et le ministre Lars Dahl ont signé un mémorandum sur la santé.")
    assert sorted(party_sets(rec)) == sorted([("signing", frozenset({"Piotr Nowak", "Kaja Tamm"})),
                                              ("signing", frozenset({"Anna Berg", "Lars Dahl"}))])


def test_two_people_of_a_plural_title_sign(parse):
    rec = parse(HEAD + "La Première ministre estonienne Kaja Tamm a été accueillie à Varsovie par le Premier "
                "ministre polonais Jan Kowal. Le président Andrzej Nowak a ensuite reçu Kaja Tamm. "
                "Les deux Premiers ministres ont signé un accord sur le transit.")
    assert ("signing", frozenset({"Kaja Tamm", "Jan Kowal"})) in party_sets(rec)


def test_unsaid_signers_are_the_sides_the_document_names_not_the_protagonist(parse):
    rec = parse(HEAD + "La présidente slovène Nataša Kovač effectue une visite d'État en Pologne. Un accord sur "
                "l'énergie a été signé entre le gouvernement de la Pologne et le gouvernement de la Slovénie.")
    assert ("signing", frozenset({"gouvernement de la Pologne", "gouvernement de la Slovénie"})) in party_sets(rec)


def test_a_plan_is_signed_between_two_bodies(parse):
    rec = parse(HEAD + "Le ministère de l'Éducation et l'UNICEF ont signé par voie électronique le plan de "
                "travail conjoint pour 2025.")
    assert party_sets(rec) == [("signing", frozenset({"ministère de l'Éducation", "UNICEF"}))]


def test_the_three_ministers_who_sign_are_the_three_named_before(parse):
    rec = parse(HEAD + "Le ministre polonais de la Défense Władysław Kosiniak-Kamysz, le ministre lituanien de la "
                "Défense Laurynas Kasčiūnas et le ministre letton de la Défense Andris Sprūds se sont réunis à "
                "Vilnius. Les trois ministres ont signé une déclaration commune.")
    assert ("signing", frozenset({"Władysław Kosiniak-Kamysz", "Laurynas Kasčiūnas", "Andris Sprūds"})) \
        in party_sets(rec)


def test_the_sides_a_document_names_sign_when_the_parties_are_said_to(parse):
    rec = parse(HEAD + "Le recteur Jan Kowal a reçu une délégation conduite par le recteur Eva Lind, accompagnée "
                "des professeurs Ola Berg et Ana Costa. Les deux parties ont signé un mémorandum de coopération "
                "entre l'Université de Varsovie et l'Université d'Uppsala.")
    assert ("signing", frozenset({"Université de Varsovie", "Université d'Uppsala"})) in party_sets(rec)


@pytest.mark.parametrize("sentence, parties", [
    # states as the subject of a verb of signing are its sides
    ("La Pologne et la Lituanie ont signé mardi un accord sur la défense aérienne.", {"Pologne", "Lituanie"}),
    ("Le Portugal et le Brésil ont signé à Lisbonne un mémorandum d'entente sur l'éducation.",
     {"Portugal", "Brésil"}),
])
def test_states_that_sign(parse, sentence, parties):
    assert ("signing", frozenset(parties)) in party_sets(parse(HEAD + sentence))


def test_states_that_signed_long_ago_are_no_signing(parse):
    rec = parse(HEAD + "Le ministre Radosław Sikorski a rappelé que la Pologne et la Lituanie avaient signé un "
                "traité en 1994.")
    assert rec["events"] == []


def test_witnesses_sign_nothing_when_the_signers_are_named(parse):
    rec = parse(HEAD + "L'accord a été signé par le maire de Gdańsk, Piotr Adamowicz, et le maire de Brême, "
                "Andreas Bovenschulte, en présence du ministre polonais des Affaires étrangères, Radosław Sikorski.")
    assert party_sets(rec) == [("signing", frozenset({"Piotr Adamowicz", "Andreas Bovenschulte"}))]


def test_those_present_stand_for_unnamed_signers(parse):
    rec = parse(HEAD + "Un plan d'action commun a été signé mardi en présence des présidents Andrzej Duda et "
                "Alar Karis.")
    assert party_sets(rec) == [("signing", frozenset({"Andrzej Duda", "Alar Karis"}))]


@pytest.mark.parametrize("document", ["le procès-verbal de la session", "un accord-cadre de coopération"])
def test_minutes_and_framework_agreements_are_signed_documents(parse, document):
    rec = parse(HEAD + f"Le ministre Jan Kowalski et le ministre Jonas Petraitis ont signé {document}.")
    assert party_sets(rec) == [("signing", frozenset({"Jan Kowalski", "Jonas Petraitis"}))]


def test_a_person_and_a_body_coordinated_as_the_subject_both_sign(parse):
    rec = parse(HEAD + "Le maire de Poznań, Jacek Jaśkowiak, et la société Veolia ont signé un contrat de service.")
    assert party_sets(rec) == [("signing", frozenset({"Jacek Jaśkowiak", "Veolia"}))]


def test_coordinated_signers_with_appositions_both_sign(parse):
    rec = parse(HEAD + "À l'issue de leurs entretiens, le ministre du Numérique de la Pologne, Krzysztof Gawkowski, et "
                "le ministre du Développement numérique de l'Estonie, Liisa Pakosta, ont signé une feuille de route.")
    assert ("signing", frozenset({"Krzysztof Gawkowski", "Liisa Pakosta"})) in party_sets(rec)


def test_two_names_after_entre_are_the_bodies_that_sign(parse):
    rec = parse(HEAD + "Il a également été procédé à la signature d'un mémorandum entre Orlenlink et Baltrail sur "
                "le fret ferroviaire.")
    assert party_sets(rec) == [("signing", frozenset({"Orlenlink", "Baltrail"}))]


def test_one_body_that_adopts_a_text_signs_nothing(parse):
    rec = parse(HEAD + "Le Sejm a adopté jeudi une déclaration sur les relations entre l'Union européenne et la "
                "Pologne.")
    assert rec["events"] == []

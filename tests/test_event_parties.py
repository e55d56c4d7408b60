"""Who took part: people named in another sentence join the encounter they took part in."""
from __future__ import annotations

from conftest import party_sets

HEAD = " date 2023-10 Astana, 20 octobre, AZERTAC\n\n"


def test_people_listed_after_an_inverted_participation_verb_join_the_gathering(parse):
    rec = parse(HEAD + "Une réunion des ministres de l'Agriculture s'est tenue à Astana. Y ont pris part "
                "Jan Kowal, ministre de Pologne, Eva Lind, ministre de Suède, et Ali Demir, ministre de Turquie.")
    assert party_sets(rec) == [("conference", frozenset({"Jan Kowal", "Eva Lind", "Ali Demir"}))]


def test_a_body_in_session_and_those_who_took_part(parse):
    rec = parse(HEAD + "Le Conseil des ministres de la Défense de l'OTSC s'est réuni à Astana. "
                "Le ministre Ruslan Zhaksylykov a participé à la réunion.")
    assert party_sets(rec) == [("conference", frozenset({"Conseil des ministres de la Défense de l'OTSC",
                                                          "Ruslan Zhaksylykov"}))]


def test_people_who_also_attended_join_the_meeting(parse):
    rec = parse(HEAD + "Le président Kassym-Jomart Tokaïev a reçu le ministre italien Guido Crosetto. "
                "L'ambassadeur Marco Rossi et le général Luca Bianchi ont eux aussi assisté à la rencontre.")
    assert party_sets(rec) == [("meeting", frozenset({"Kassym-Jomart Tokaïev", "Guido Crosetto", "Marco Rossi",
                                                       "Luca Bianchi"}))]


def test_the_members_of_a_delegation_met_join_the_meeting(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu s'est entretenu avec une délégation conduite par le "
                "sénateur Paul Girard. La délégation comprenait également la députée Anne Morel et le "
                "sénateur Luc Perrin.")
    assert party_sets(rec) == [("meeting", frozenset({"Murat Nurtleu", "Paul Girard", "Anne Morel", "Luc Perrin"}))]


def test_a_gathering_named_anew_is_its_own_event(parse):
    rec = parse(HEAD + "Le ministre Murat Nurtleu a reçu l'ambassadeur Paul Girard. "
                "Le ministre Murat Nurtleu a ensuite participé à un forum sur le numérique.")
    assert sorted(party_sets(rec)) == sorted([("meeting", frozenset({"Murat Nurtleu", "Paul Girard"})),
                                              ("conference", frozenset({"Murat Nurtleu"}))])

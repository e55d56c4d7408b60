"""Who titles, epithets and pronouns stand for (grammar/coreference.py), seen through the
events they make a person a party to."""
from __future__ import annotations

from conftest import party_sets

HEAD = " date 2024-04 Bakou, 18 avril, AZERTAC\n\n"


def parties(parse, text: str) -> list[frozenset[str]]:
    return [people for _type, people in party_sets(parse(HEAD + text))]


def test_title_with_a_nationality_stands_for_the_counterpart_of_that_nationality(parse):
    found = parties(parse, "Le ministre italien des Affaires étrangères, Antonio Tajani, a reçu son homologue "
                           "slovène Tanja Fajon. La ministre slovène a ensuite rencontré Giorgia Meloni.")
    assert found == [frozenset({"Antonio Tajani", "Tanja Fajon"}), frozenset({"Tanja Fajon", "Giorgia Meloni"})]


def test_epithet_with_a_nationality(parse):
    found = parties(parse, "Le chef de la diplomatie française Jean-Noël Barrot a reçu son homologue polonais "
                           "Radosław Sikorski. Le chef de la diplomatie polonaise s'est ensuite entretenu avec "
                           "le Premier ministre François Bayrou.")
    assert found[-1] == frozenset({"Radosław Sikorski", "François Bayrou"})


def test_nationality_title_among_two_heads_of_state(parse):
    found = parties(parse, "Le président finlandais Alexander Stubb a reçu le président estonien Alar Karis à "
                           "Helsinki. Le président estonien a ensuite rencontré le Premier ministre Petteri Orpo.")
    assert found[-1] == frozenset({"Alar Karis", "Petteri Orpo"})


def test_title_with_another_nationality_is_not_that_person(parse):
    found = parties(parse, "La ministre suédoise Maria Stenergard a reçu Ilia Darchiachvili. Le ministre "
                           "norvégien a ensuite rencontré Ulf Kristersson.")
    assert frozenset({"Maria Stenergard", "Ulf Kristersson"}) not in found


def test_pronoun_after_a_sentence_whose_subject_is_another_person(parse):
    found = parties(parse, "Le président Ilham Aliyev a reçu le ministre turc Hakan Fidan. Le ministre turc a "
                           "transmis les salutations de son président. Il a ensuite rencontré le Premier ministre "
                           "Ali Assadov.")
    assert found[-1] == frozenset({"Hakan Fidan", "Ali Assadov"})


def test_pronoun_skips_a_person_governed_by_a_preposition(parse):
    found = parties(parse, "Le ministre Kaja Tamm est arrivé à Tallinn. Lors de sa rencontre avec le président "
                           "Alar Karis, le ministre Margus Tsahkna a salué les relations. Il a ensuite rencontré "
                           "Kristen Michal.")
    assert found[-1] == frozenset({"Margus Tsahkna", "Kristen Michal"})


def test_surname_alone_is_the_person_whatever_the_model_reads(parse):
    rec = parse(HEAD + "Le président Ilham Aliyev a reçu Hakan Fidan. Fidan a remercié le président pour "
                "l'accueil. Il a ensuite rencontré Ali Assadov.")
    assert [o["name"] for o in rec["organizations"]] == []
    assert [people for _type, people in party_sets(rec)][-1] == frozenset({"Hakan Fidan", "Ali Assadov"})


def test_title_without_nationality_stands_for_the_dispatchs_own_official(parse):
    found = parties(parse, "Le président de la République Ilham Aliyev a reçu le président slovaque Peter "
                           "Pellegrini. Le chef de l'Etat a ensuite rencontré le ministre Elmar Mammadyarov.")
    assert found[-1] == frozenset({"Ilham Aliyev", "Elmar Mammadyarov"})


def test_title_without_nationality_in_a_dispatch_from_another_state(parse):
    rec = parse(" date 2024-04 Paris, 18 avril, AZERTAC\n\nLe président Emmanuel Macron a reçu le président "
                "azerbaïdjanais Ilham Aliyev. Le chef de l'Etat a ensuite rencontré le ministre Jean-Noël Barrot.")
    assert [people for _type, people in party_sets(rec)][-1] == frozenset({"Emmanuel Macron", "Jean-Noël Barrot"})


def test_leader_with_a_nationality_stands_for_that_states_person(parse):
    found = parties(parse, "Le président Ilham Aliyev a reçu le président kazakh Kassym-Jomart Tokaïev. Le "
                           "dirigeant kazakh a ensuite rencontré le Premier ministre Ali Assadov.")
    assert found[-1] == frozenset({"Kassym-Jomart Tokaïev", "Ali Assadov"})


def test_a_title_repeated_word_for_word_is_its_holder_before_a_person_of_no_state(parse):
    text = (" date 2024-09 \nLa réunion s'est ouverte à Nairobi en présence du président de la 79e session de "
            "l'Assemblée générale des Nations unies, Philemon Yang. Ahmed Ali, ministre somalien du Plan, en sa "
            "qualité de président du Comité des finances, a pris la parole. Le même jour, le président du Comité "
            "des finances a eu un entretien avec la ministre kényane de l'Environnement, Aisha Jumwa.")
    found = [people for _type, people in party_sets(parse(text))]
    assert frozenset({"Ahmed Ali", "Aisha Jumwa"}) in found


def test_a_diplomat_without_a_nationality_is_the_ambassador_named_before(parse):
    found = parties(parse, "L'ambassadrice du Chili en Azerbaïdjan, Paula Rojas, est arrivée mardi à Gandja. "
                           "Mercredi, la diplomate a rencontré le maire Niyazi Bayramov.")
    assert frozenset({"Paula Rojas", "Niyazi Bayramov"}) in found


def test_a_diplomat_is_no_minister(parse):
    found = parties(parse, "Le ministre Jeyhun Bayramov a reçu le maire Niyazi Bayramov. Le diplomate a "
                           "ensuite rencontré le recteur Elmar Gasimov.")
    assert not any("Jeyhun Bayramov" in p and "Elmar Gasimov" in p for p in found)

"""Title phrases and the people they belong to (roles.py, entities.add_role)."""
from __future__ import annotations

from conftest import actor

HEAD = " date 2022-09 Bakou, 6 septembre, AZERTAC\n\n"


def test_title_before_name_with_comma(parse):
    rec = parse(HEAD + "Le ministre kazakh de l'Agriculture, Yerbol Karashukeyev, a visité une ferme.")
    assert actor(rec, "Yerbol Karashukeyev")["roles"] == ["ministre kazakh de l'Agriculture"]


def test_title_before_name_without_comma(parse):
    rec = parse(HEAD + "Le vice-ministre géorgien de l'Économie Genadi Arveladze a pris la parole.")
    assert actor(rec, "Genadi Arveladze")["roles"] == ["vice-ministre géorgien de l'Économie"]


def test_apposition_chain_gives_each_title(parse):
    rec = parse(HEAD + "Elle a reçu Marta Kos, commissaire européenne à l'Élargissement, "
                "ancienne ambassadrice de Slovénie en Allemagne, au siège.")
    roles = actor(rec, "Marta Kos")["roles"]
    assert roles == ["commissaire européenne à l'Élargissement", "ancienne ambassadrice de Slovénie en Allemagne"]


def test_two_titles_joined_by_et_are_two_roles(parse):
    rec = parse(HEAD + "Le conseiller du président et directeur du Centre d'analyse, Farid Shafiyev, a parlé.")
    assert actor(rec, "Farid Shafiyev")["roles"] == ["conseiller du président", "directeur du Centre d'analyse"]


def test_portfolio_listed_with_commas_stays_one_title(parse):
    rec = parse(HEAD + "Il a rencontré Ana Mendes, ministre de l'Agriculture, de la Pêche et de la Forêt du Portugal.")
    assert actor(rec, "Ana Mendes")["roles"] == ["ministre de l'Agriculture, de la Pêche et de la Forêt du Portugal"]


def test_list_of_appositions_keeps_each_title_with_its_name(parse):
    rec = parse(HEAD + "Étaient présents Jonas Lind, ambassadeur de Suède, Petra Holm, consule de Finlande, "
                "et Ole Berg, directeur de la Banque de Norvège.")
    assert actor(rec, "Jonas Lind")["roles"] == ["ambassadeur de Suède"]
    assert actor(rec, "Petra Holm")["roles"] == ["consule de Finlande"]
    assert actor(rec, "Ole Berg")["roles"] == ["directeur de la Banque de Norvège"]


def test_plural_title_gives_each_name_the_singular(parse):
    rec = parse(HEAD + "La délégation comprenait les sénateurs Paul Remy, Anne Loisel et Marc Tessier.")
    for name in ("Paul Remy", "Anne Loisel", "Marc Tessier"):
        assert actor(rec, name)["roles"] == ["sénateur"]


def test_bracketed_acronym_between_title_and_name(parse):
    rec = parse(HEAD + "Le directeur de l'Agence internationale de l'énergie (AIE) Fatih Birol a parlé.")
    assert actor(rec, "Fatih Birol")["roles"] == ["directeur de l'Agence internationale de l'énergie"]


def test_shorter_repeat_of_a_title_is_not_listed_again(parse):
    rec = parse(HEAD + "Le président de la République du Kenya, William Ruto, est arrivé à Bakou. "
                "Le président kényan William Ruto a ensuite visité une école. Le président William Ruto a parlé.")
    assert actor(rec, "William Ruto")["roles"] == ["président de la République du Kenya"]


def test_epithet_alone_is_not_a_role(parse):
    rec = parse(HEAD + "Le ministre Ilkin Rustamzade a reçu Omar Saif. Le chef de l'Etat a ensuite parlé.")
    assert actor(rec, "Ilkin Rustamzade")["roles"] == ["ministre"]
    assert actor(rec, "Omar Saif")["roles"] == []


def test_long_title_then_comma_then_name(parse):
    rec = parse(HEAD + "Il a reçu le ministre ouzbek de l'Investissement, de l'Industrie et du Commerce, "
                "Laziz Koudratov, au siège du ministère.")
    assert actor(rec, "Laziz Koudratov")["roles"] == [
        "ministre ouzbek de l'Investissement, de l'Industrie et du Commerce"]


def test_title_then_comma_then_second_title_before_the_name(parse):
    rec = parse(HEAD + "Le ministre de la Défense, le colonel général Zakir Hasanov, a parlé.")
    assert actor(rec, "Zakir Hasanov")["roles"] == ["ministre de la Défense", "colonel général"]

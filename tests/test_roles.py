"""Title phrases and the people they belong to (roles.py, entities.add_role).

Each case is a sentence written for the rule and the roles every person named in it must
get, in order.
"""
from __future__ import annotations

import pytest

from conftest import actor

HEAD = " date 2022-09 Bakou, 6 septembre, AZERTAC\n\n"

CASES = {
    "title_before_name_with_comma": (
        "Le ministre kazakh de l'Agriculture, Yerbol Karashukeyev, a visité une ferme.",
        {"Yerbol Karashukeyev": ["ministre kazakh de l'Agriculture"]}),
    "title_before_name_without_comma": (
        "Le vice-ministre géorgien de l'Économie Genadi Arveladze a pris la parole.",
        {"Genadi Arveladze": ["vice-ministre géorgien de l'Économie"]}),
    "apposition_chain_gives_each_title": (
        "Elle a reçu Marta Kos, commissaire européenne à l'Élargissement, "
        "ancienne ambassadrice de Slovénie en Allemagne, au siège.",
        {"Marta Kos": ["commissaire européenne à l'Élargissement",
                       "ancienne ambassadrice de Slovénie en Allemagne"]}),
    "two_titles_joined_by_et_are_two_roles": (
        "Le conseiller du président et directeur du Centre d'analyse, Farid Shafiyev, a parlé.",
        {"Farid Shafiyev": ["conseiller du président", "directeur du Centre d'analyse"]}),
    "portfolio_listed_with_commas_stays_one_title": (
        "Il a rencontré Ana Mendes, ministre de l'Agriculture, de la Pêche et de la Forêt du Portugal.",
        {"Ana Mendes": ["ministre de l'Agriculture, de la Pêche et de la Forêt du Portugal"]}),
    "list_of_appositions_keeps_each_title_with_its_name": (
        "Étaient présents Jonas Lind, ambassadeur de Suède, Petra Holm, consule de Finlande, "
        "et Ole Berg, directeur de la Banque de Norvège.",
        {"Jonas Lind": ["ambassadeur de Suède"], "Petra Holm": ["consule de Finlande"],
         "Ole Berg": ["directeur de la Banque de Norvège"]}),
    "plural_title_gives_each_name_the_singular": (
        "La délégation comprenait les sénateurs Paul Remy, Anne Loisel et Marc Tessier.",
        {"Paul Remy": ["sénateur"], "Anne Loisel": ["sénateur"], "Marc Tessier": ["sénateur"]}),
    "bracketed_acronym_between_title_and_name": (
        "Le directeur de l'Agence internationale de l'énergie (AIE) Fatih Birol a parlé.",
        {"Fatih Birol": ["directeur de l'Agence internationale de l'énergie"]}),
    "shorter_repeat_of_a_title_is_not_listed_again": (
        "Le président de la République du Kenya, William Ruto, est arrivé à Bakou. "
        "Le président kényan William Ruto a ensuite visité une école. Le président William Ruto a parlé.",
        {"William Ruto": ["président de la République du Kenya"]}),
    "epithet_alone_is_not_a_role": (
        "Le ministre Ilkin Rustamzade a reçu Omar Saif. Le chef de l'Etat a ensuite parlé.",
        {"Ilkin Rustamzade": ["ministre"], "Omar Saif": []}),
    "long_title_then_comma_then_name": (
        "Il a reçu le ministre ouzbek de l'Investissement, de l'Industrie et du Commerce, "
        "Laziz Koudratov, au siège du ministère.",
        {"Laziz Koudratov": ["ministre ouzbek de l'Investissement, de l'Industrie et du Commerce"]}),
    "title_then_comma_then_second_title_before_the_name": (
        "Le ministre de la Défense, le colonel général Zakir Hasanov, a parlé.",
        {"Zakir Hasanov": ["ministre de la Défense", "colonel général"]}),
    # Heads of the lexicon and their regular forms.
    "homologue_with_nationality_is_a_role": (
        "Le président chilien s'est entretenu avec son homologue péruvien, Pedro Castillo, à Lima.",
        {"Pedro Castillo": ["homologue péruvien"]}),
    "homologue_without_comma": (
        "La ministre suédoise de la Culture a reçu son homologue finlandaise Sari Multala.",
        {"Sari Multala": ["homologue finlandaise"]}),
    "common_heads_of_diplomatic_and_public_life": (
        "Le pape a reçu Mgr Luigi Bianco, nonce apostolique au Brésil, et Eva Lind, rapporteure de l'APCE "
        "pour la Suède, ainsi que le porte-parole du gouvernement belge, Tom Claes.",
        {"Luigi Bianco": ["nonce apostolique au Brésil"], "Eva Lind": ["rapporteure de l'APCE pour la Suède"],
         "Tom Claes": ["porte-parole du gouvernement belge"]}),
    "feminine_and_prefixed_forms_of_a_head": (
        "Le ministre a reçu la vice-gouverneure Anna Petrova, la préfète Claire Morel et l'ex-sénateur Paul Giraud.",
        {"Anna Petrova": ["vice-gouverneure"], "Claire Morel": ["préfète"], "Paul Giraud": ["ex-sénateur"]}),
}


@pytest.mark.parametrize("sentence, expected", CASES.values(), ids=CASES.keys())
def test_roles(parse, sentence, expected):
    rec = parse(HEAD + sentence)
    for name, roles in expected.items():
        assert actor(rec, name)["roles"] == roles

"""The byline closing a dispatch, and its author kept out of the actors."""
from __future__ import annotations

from dispatch_cli.nlp.grammar.byline import BylineReader
from dispatch_cli.nlp.lexicon import load_lexicon

read_byline = BylineReader(load_lexicon().titles.author_roles).byline

TEXT = (" date 2024-03 Bucarest, 5 mars, AZERTAC\n\n"
        "Le ministre roumain des Affaires étrangères, Luminita Odobescu, a reçu l'ambassadeur Ramin Mammadov.\n\n"
        "Igbal Hadjiyev\nCorrespondant spécial de l’AZERTAC\nBucarest\n")


def test_byline_name_role_and_place():
    byline = read_byline(TEXT)
    assert (byline.name, byline.role, byline.place) == (
        "Igbal Hadjiyev", "Correspondant spécial de l’AZERTAC", "Bucarest")


def test_no_byline_in_an_ordinary_ending():
    assert read_byline("Le ministre a reçu Jean Dupont.\nLes parties ont discuté.\n") is None


def test_author_is_not_an_actor(parse):
    rec = parse(TEXT)
    assert rec["byline"]["name"] == "Igbal Hadjiyev"
    names = {a["name"] for a in rec["actors"]}
    assert names == {"Luminita Odobescu", "Ramin Mammadov"}
    assert "AZERTAC" in {o["name"] for o in rec["organizations"]}  # named by the byline


def test_the_body_of_the_authors_function_is_an_organization(parse):
    text = (" date 2025-02 Tbilissi, 3 février, AZERTAC\n\n"
            "Le Premier ministre géorgien a inauguré une école de musique.\n\n"
            "Nino Beridze\nEnvoyée spéciale de l'AZERTAC à Tbilissi\n")
    rec = parse(text)
    assert "AZERTAC" in {o["name"] for o in rec["organizations"]}
    assert rec["actors"] == []


def test_a_byline_function_without_a_body_names_no_organization(parse):
    text = (" date 2025-02 Lyon, 3 février, AZERTAC\n\nLe maire a reçu des étudiants.\n\n"
            "Paul Girard\nJournaliste\n")
    assert parse(text)["organizations"] == []

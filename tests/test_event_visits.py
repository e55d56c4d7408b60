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


def test_a_host_never_visits_their_own_country(parse):
    rec = parse(HEAD + "Le ministre norvégien de la Défense, Lars Dahl, a évoqué avec le ministre "
                "Omar Haddad les résultats de sa visite en Norvège.")
    assert not any(t == "visit" and "Lars Dahl" in p for t, p in party_sets(rec))

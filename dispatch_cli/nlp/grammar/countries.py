"""Whose country: the state (ISO 3166-1 alpha-3) a person, a body or a place belongs to, as
the text tells it.

- A person: the first state their titles name as theirs, by a nationality adjective (`ministre
  géorgien`, `homologue ouzbek`, `directeur du Service de renseignement extérieur russe`) or by
  name in a complement (`ambassadeur de France`, `président de la République de Turquie`). A
  state named where someone serves or goes (`en Azerbaïdjan`, `auprès de la Türkiye`, `pour
  l'Afghanistan`) is not theirs, and a title whose first anchor is an organization that names
  no state (`secrétaire général de l'OTAN`, `président de la SOCAR`) gives none.
- A body: the one state its name names (`ministère azerbaïdjanais de la Défense`,
  `Gouvernement de la République de Turquie`, `parlement azerbaïdjanais`); a name that names
  two (`Conseil de coopération ... entre la République d'Azerbaïdjan et la République de
  Turquie`, `groupe d'amitié Italie – Azerbaïdjan`) or none (`OTAN`, `SOCAR`) gives none.
- A place: its state (a city's state); a region has none.

The codes are those of `models/countries.json` (generated from pycountry); the forms and
adjectives of each state are those of `geo.json`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.lexicon import Lexicon
from dispatch_cli.nlp.phrases import PhraseIndex

# Folded words before a state that is where someone serves or goes, not whose they are.
ELSEWHERE = frozenset({"en", "au", "aux", "a", "dans", "aupres de", "aupres du", "aupres des", "pour", "avec",
                       "vers", "chez"})
# Kinds of evidence (for reports; the record gives the country only).
ADJECTIVE, NAMED, BODY, STATE = "adjective", "named", "body", "state"


@dataclass(frozen=True)
class Found:
    """A state found, and how: `adjective` (a nationality adjective of a title), `named` (a
    title's complement names the state), `body` (the name of the organization), `state`."""

    country: str
    evidence: str


class CountryReader:
    """Read countries off titles, organizations' names and places with one rule model."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.codes = lexicon.countries.codes
        self.geography = lexicon.geography
        states: dict[str, tuple[str, bool]] = {}  # folded form -> (state, is an adjective)
        for country in lexicon.geography.countries:
            for form in (country.name, *country.forms):
                if not form.isupper():  # acronyms fold to words (`EAU`)
                    states.setdefault(fold(form), (country.name, False))
            for form in country.adjectives:
                states.setdefault(fold(form), (country.name, True))
        self.states = states
        self.state_index = PhraseIndex(states)
        # known organizations: folded form -> the state their own name names, or None
        bodies: dict[str, str | None] = {}
        for org in lexicon.organizations:
            forms = [fold(f) for f in (org.name, *org.forms) if not f.isupper()]
            named = {s for f in forms for s in self._states_in(f)}
            for form in forms:
                bodies[form] = named.pop() if len(named) == 1 else None
        self.bodies = bodies
        self.index = PhraseIndex({*states, *bodies})

    def _states_in(self, folded: str) -> list[str]:
        """The states a folded text names as its own (not after `en`, `auprès de` ...)."""
        return [self.states[form][0] for start, _end, form in self.state_index.finditer(folded)
                if not _elsewhere(folded, start)]

    def code(self, state: str | None) -> str | None:
        """The ISO code of a state of geo.json (by its name), if it has one."""
        return self.codes.get(state) if state else None

    def of_title(self, title: str) -> Found | None:
        """The state a title makes its bearer belong to: its first anchor, a state or a known
        body, not counting states where the bearer serves."""
        folded = fold(title)
        for start, _end, form in self.index.finditer(folded):
            if form in self.bodies:
                return self._body(self.bodies[form])
            if _elsewhere(folded, start):
                continue
            state, adjective = self.states[form]
            code = self.codes.get(state)
            return Found(code, ADJECTIVE if adjective else NAMED) if code else None
        return None

    def _body(self, state: str | None) -> Found | None:
        """A known body's state, if its name names one."""
        code = self.code(state)
        return Found(code, BODY) if code else None

    def of_person(self, roles: list[str]) -> Found | None:
        """The state of the first title that names one."""
        for role in roles:
            found = self.of_title(role)
            if found is not None:
                return found
        return None

    def of_body(self, forms: list[str], canonical: str | None = None) -> Found | None:
        """The one state an organization's name (any of its forms in the text) names; none
        for a known body whose name names no state, or for a name that names two."""
        if canonical is not None and fold(canonical) in self.bodies:
            return self._body(self.bodies[fold(canonical)])
        named = {s for f in forms for s in self._states_in(fold(f))}
        if len(named) != 1:
            return None
        code = self.codes.get(named.pop())
        return Found(code, BODY) if code else None

    def of_place(self, name: str) -> Found | None:
        """The state of a state or city of geo.json."""
        code = self.code(self.geography.country_of(name))
        return Found(code, STATE) if code else None


def _elsewhere(folded: str, start: int) -> bool:
    """Does a preposition of place or destination stand right before `start` (`en France`,
    `auprès de la Türkiye`; an article between them counted)?"""
    before = folded[:start].rstrip()
    before = re.sub(r"(?:\b(?:la|le|les)|\bl')\s*$", "", before).rstrip()
    return any(before == w or before.endswith(" " + w) for w in ELSEWHERE)

"""CAMEO and PLOVER codes of an event, and its dyads (source -> target pairs).

The codes are data (`models/event_codes.json`, each one a code of the published CAMEO ->
PLOVER crosswalk, `models/CAMEO2PLOVER-2021.txt`, which gives its PLOVER type and mode):

- a meeting is `040` (CONSULT), or `046` (engage in negotiation) when its word says so
  (`négociations`, `pourparlers`), or `044` (CONSULT/third-party) when the text places it in
  a state that is no party's: every party's country is known (an organization with none is
  international, no state's) and none is the location's;
- a call is `041` (CONSULT/phone); a conference `040`; a signing `057` (SUPPORT);
- a visit is `042` (CONSULT/visit): visitor -> host `042`, host -> visitor `043` (CONSULT/host).

Dyads are the ordered pairs that the event type makes meaningful: for a visit each visitor
with the host, both ways; for every other type each ordered pair of distinct parties
(receiver <-> received, signer <-> signer, caller <-> called, the members of a conference).
The host of a visit is the state visited (a place party); without one, the body visited
(an organization named last); a visit with neither has no dyads.
"""
from __future__ import annotations

from dataclasses import dataclass

from dispatch_cli.nlp.findings import Coding, Location, Party
from dispatch_cli.nlp.folding import fold
from dispatch_cli.nlp.lexicon import Crosswalk, EventCodes

PLACE, ORG = "place", "org"
WEAK_LOCATIONS = frozenset({"dateline"})  # location sources too weak to call a meeting third-party


@dataclass(frozen=True)
class Coder:
    """Code events with one table of codes and one crosswalk."""

    codes: EventCodes
    crosswalk: Crosswalk

    def code(self, event_type: str, trigger: str, parties: list[Party], countries: list[str | None],
             location: Location | None) -> Coding:
        """The codes and dyads of an event of type `event_type`, whose word of meeting is
        `trigger`, with `parties` and their `countries` (same order), at `location`."""
        cameo = self.codes.types[event_type]
        if event_type == "meeting":
            word = fold(trigger)
            if word in self.codes.folded_triggers:
                cameo = self.codes.folded_triggers[word]
            elif third_party(parties, countries, location):
                cameo = self.codes.third_party
        if event_type == "visit":
            dyads = self._visit_dyads(parties, cameo)
        else:
            dyads = [(i, j, cameo) for i in range(len(parties)) for j in range(len(parties)) if i != j]
        plover = self.crosswalk.codes[cameo]
        return Coding(cameo=cameo, plover_type=plover.type, plover_mode=plover.mode, dyads=dyads)

    def _visit_dyads(self, parties: list[Party], cameo: str) -> list[tuple[int, int, str]]:
        hosts = [i for i, p in enumerate(parties) if p[0] == PLACE]
        if not hosts and len(parties) > 1 and parties[-1][0] == ORG:
            hosts = [len(parties) - 1]
        visitors = [i for i in range(len(parties)) if i not in hosts]
        out = []
        for v in visitors:
            for h in hosts:
                out.append((v, h, cameo))
                out.append((h, v, self.codes.host))
        return out


def third_party(parties: list[Party], countries: list[str | None], location: Location | None) -> bool:
    """Did a meeting take place in a state that is neither party's, as far as the text tells?
    The text must place it (not the dateline) in a state, and every party's country must be
    known, a body with none counting as international."""
    if location is None or location.country is None or location.source in WEAK_LOCATIONS or len(parties) < 2:
        return False
    for party, country in zip(parties, countries, strict=True):
        if country is None and party[0] != ORG:
            return False  # a person or place of unknown country may be the host's
        if country == location.country:
            return False
    return True

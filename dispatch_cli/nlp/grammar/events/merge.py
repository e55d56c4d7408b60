"""One event per encounter: events of the same type and parties are merged."""
from __future__ import annotations

from dispatch_cli.nlp.grammar.events.types import ACTOR, FoundEvent


def merge_events(events: list[FoundEvent]) -> list[FoundEvent]:
    """Merge events of the same type whose parties are equal, or one a subset of the other
    with at least two in common; visits by the same visitor to the same host. An encounter
    held on the margins of another is never that one, nor is one told as another (`X a
    ensuite eu une réunion bilatérale avec Y`) with fewer or more parties. The first event of
    each group is kept, with the parties, date and place of the others added."""
    merged: list[FoundEvent] = []
    for event in events:
        parties = set(event.parties)
        target = None
        for known in merged:
            if known.type != event.type or event.setting is known or known.setting is event \
                    or known.marginal != event.marginal:
                continue  # `en marge de la réception, X s'est entretenu avec Y`: another encounter
            kp = set(known.parties)
            if parties == kp or (len(parties & kp) >= 2 and (parties <= kp or kp <= parties) and not event.fresh):
                target = known
                break
            if event.type == "visit" and known.parties[:1] == event.parties[:1] \
                    and known.parties[-1:] == event.parties[-1:]:
                target = known
                break
        if target is None:
            merged.append(event)
            continue
        for p in event.parties:
            target.add(p)
        target.date = target.date or event.date
        target.place = target.place or event.place
    return merged


def without_retold(events: list[FoundEvent], headline_end: int | None = None,
                   headings: frozenset[int] = frozenset()) -> list[FoundEvent]:
    """A headline's meeting that shares a person with a meeting of the body is that one told
    again (`X s'entretient avec une délégation`, `X a rencontré les membres du groupe Y` and
    the body's meeting with the delegation's head); in the body, a meeting with an unnamed
    group is one of its own (`X a rencontré des représentants de la diaspora`, then `X s'est
    entretenu avec Y`). `headline_end` is the character offset where the dateline ends (None:
    anywhere); `headings` the starts (tokens) of the sentences that are headings, wherever
    they stand. A conference is not (one person takes part in several), nor is a meeting
    dated another day (`Le 6 mars, X a rencontré la diaspora. Le lendemain, X a rendu visite
    au maire Y`)."""
    def headline(e: FoundEvent) -> bool:
        return headline_end is None or e.sentence.end_char <= headline_end or e.sentence.start in headings

    def retold(e: FoundEvent) -> bool:
        people = {p for p in e.parties if p[0] == ACTOR}
        return e.type == "meeting" and headline(e) and (len(e.parties) == 1 or bool(people)) and any(
            o is not e and o.type == e.type and not headline(o)
            and (e.parties[0] in o.parties if len(e.parties) == 1 else bool(people & set(o.parties)))
            and (o.date is None or e.date is None or o.date == e.date) for o in events)

    return [e for e in events if not retold(e)]

"""The rule model: the open-class vocabulary of `models/`, loaded into one frozen, typed object.

`models/` holds eight JSON files and the CAMEO -> PLOVER crosswalk as published (a text file);
`Lexicon.from_dir` reads them into the classes below, checking that each JSON file has exactly
the keys these classes know (a key nobody reads, or a key missing, is an error at load time,
not a silent gap). The components of the pipeline each hold the
`Lexicon` they were built with and write it next to their other state with `to_disk`, so a
saved pipeline carries its own rule model (see `components/base.py`).

Vocabulary lives here and nowhere else; the closed-class words of French (articles,
prepositions, pronouns) are in `words.py`.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dispatch_cli.nlp.folding import fold

# The files of the rule model, in `models/` (a source checkout) or `dispatch_cli/models`
# (an installed wheel).
FILES = ("titles.json", "triggers.json", "organizations_heads.json", "organizations.json", "geo.json",
         "calendar.json", "countries.json", "event_codes.json", "CAMEO2PLOVER-2021.txt")
CROSSWALK = "CAMEO2PLOVER-2021.txt"  # the one file that is not JSON
DOC_KEY = "_doc"  # each object file documents its keys under this key


class LexiconError(ValueError):
    """A file of the rule model is missing, is not JSON, or does not have the expected keys."""


def _words(values: Any, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return tuple(values)


def _table(values: Any, where: str, kind: type) -> Mapping[str, Any]:
    if not isinstance(values, dict) or not all(isinstance(v, kind) for v in values.values()):
        raise LexiconError(f"{where}: expected an object of {kind.__name__} values")
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Titles:
    """`titles.json`: the words of people's titles and functions (lowercase)."""

    heads: tuple[str, ...]  # open a title (`ministre`, `secrétaire général`)
    modifiers: frozenset[str]  # may stand before a head (`première vice-présidente`, `ex-`)
    adjectives: frozenset[str]  # qualify a head after it (`adjoint`, `plénipotentiaire`)
    linking_participles: frozenset[str]  # attach a complement like a preposition (`chargé de`)
    epithets: Mapping[str, str]  # phrase standing for a person -> the head it resolves through
    honorifics: tuple[str, ...]  # courtesy words never part of a name (`M.`, `Cheikh`)
    particles: frozenset[str]  # lowercase words inside a person's name (`de`, `oglu`, `van`)
    generic_words: frozenset[str]  # words of a title's complement that say nothing (`République`)
    author_roles: tuple[str, ...]  # an author's function in a byline (`correspondant`)
    kinship: frozenset[str]  # nouns of family ties, which are no roles (`fils`, `épouse`)
    generic_heads: frozenset[str]  # name no function of their own (`son homologue`, `le dirigeant kazakh`)
    hypernyms: Mapping[str, tuple[str, ...]]  # a head that names a class of functions (`diplomate`: `ambassadeur`)
    credit_words: frozenset[str]  # open a credit line, whose names are no actors (`photo`)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of a head or a modifier, split at spaces and hyphens."""
        return frozenset(w for h in (*self.heads, *sorted(self.modifiers)) for w in h.replace("-", " ").split())

    @cached_property
    def honorific_words(self) -> frozenset[str]:
        """The honorifics as a set, for membership tests."""
        return frozenset(self.honorifics)



@dataclass(frozen=True)
class Triggers:
    """`triggers.json`: the words that report an encounter, and the words around them."""

    verbs: Mapping[str, tuple[str, ...]]  # event type -> infinitives of verbs of meeting (`s'entretenir`)
    nouns: Mapping[str, tuple[str, ...]]  # event type -> nouns of encounter
    participation_verbs: tuple[str, ...]  # `participer`, `prendre part`: taking part in a gathering
    participation_nouns: frozenset[str]  # `participation`: the same, as a noun (`sa participation au forum`)
    participant_nouns: frozenset[str]  # `intervenants`: those who took part (`parmi les intervenants figuraient X`)
    membership_verbs: tuple[str, ...]  # `comprendre`, `se composer`: who a delegation was made of
    delegation_nouns: frozenset[str]  # `délégation`: a group that meets as one party
    call_markers: frozenset[str]  # turn a meeting into a call (`téléphonique`)
    support_verbs: tuple[str, ...]  # make a noun an event of its sentence (`tenir`, `effectuer`)
    occurrence_verbs: tuple[str, ...]  # after a noun, say it took place (`avoir lieu`, `se tenir`)
    anaphoric_preps: frozenset[str]  # introduce a noun that refers back (`lors`, `au cours`)
    backdrop_words: frozenset[str]  # a noun after them is the setting of other encounters (`marge`)
    signing_objects: tuple[str, ...]  # what a signing signs (`accord`, `plan d'action`)
    documents: frozenset[str]  # documents named after an encounter (`le Protocole de la réunion`)
    quantities: frozenset[str]  # `une série de rencontres`: a count of new encounters
    series_markers: frozenset[str]  # `rencontres bilatérales`: separate encounters, one each
    movement_verbs: tuple[str, ...]  # visit verbs that need their destination (`se rendre`, `venir`)
    part_nouns: frozenset[str]  # `séance plénière`: definite, a part of the gathering told
    session_nouns: tuple[str, ...]  # a meeting noun that is a body in session (`réunion du Conseil`)
    holding_verbs: tuple[str, ...]  # `tenir`, `présider`: a meeting held by one person is an event
    group_nouns: tuple[str, ...]  # `habitants`, `représentants`: a group met as one unnamed party
    reception_verbs: tuple[str, ...]  # `recevoir`: a meeting only when someone is received
    reception_objects: tuple[str, ...]  # `lettres de créance`: received things that stand for their bearer
    presence_phrases: tuple[str, ...]  # `de nouveau en X`: someone in a place, on a visit to it
    topic_words: frozenset[str]  # `consacrée à`, `sur`: open what a gathering is about, whose people take no part
    company_phrases: tuple[str, ...]  # `en compagnie de X`: X goes with the visitor, another visitor
    interview_verbs: tuple[str, ...]  # `accorder un entretien à X`: an interview, a statement
    statement_nouns: tuple[str, ...]  # `conférence de presse`: a statement, though it opens with a noun of encounter
    memorial_nouns: tuple[str, ...]  # `mémorial`: a trip there is a wreath-laying, not a visit
    chairing_nouns: frozenset[str]  # `sous la coprésidence de X`: who chairs a gathering
    media_nouns: tuple[str, ...]  # `un entretien avec le journal X`: an interview to the press
    game_verbs: tuple[str, ...]  # `disputer`: a `rencontre` played is a match, no encounter
    representation_verbs: tuple[str, ...]  # `la partie X était représentée par Y`: Y took part in the gathering told
    saying_verbs: tuple[str, ...]  # `déclarer`: their subject speaks of an encounter, no party of it
    contribution_verbs: tuple[str, ...]  # `présenter un rapport`: what a participant does at a gathering
    guest_nouns: frozenset[str]  # `les hôtes turcs`: the visitors of the visit just told
    continuation_verbs: tuple[str, ...]  # `poursuivra sa visite`: a visit going on, whatever the tense
    adoption_verbs: frozenset[str]  # `adopter`: a signing only when two or more adopt
    modal_verbs: tuple[str, ...]  # `devoir`: the infinitive it governs is only planned
    side_nouns: frozenset[str]  # `les deux parties`: the parties of the encounter just reported
    state_nouns: frozenset[str]  # `entre les deux pays`: counted, the states named before
    city_nouns: frozenset[str]  # `les deux villes ont signé`: counted, the cities named before
    future_markers: frozenset[str]  # mark a planned encounter (`prochain`, `prévu`)
    planning_verbs: tuple[str, ...]  # govern a noun of encounter that is only planned (`attendre la visite`)
    planning_nouns: frozenset[str]  # the same, nouns (`la convocation d'une session`)
    past_markers: frozenset[str]  # mark an encounter only recalled (`dernier`, `rappelé`)


@dataclass(frozen=True)
class OrganizationHeads:
    """`organizations_heads.json`: the words that open or introduce organizations' names."""

    capitalized: frozenset[str]  # head nouns counted only with a capital (`Conseil`, `Union`)
    lowercase: frozenset[str]  # heads counted in lowercase before a capitalized complement
    institutions: frozenset[str]  # lowercase heads that always name a body (`ministère`)
    need_complement: frozenset[str]  # heads that name nothing alone (`Conseil`, `Direction`)
    standalone: frozenset[str]  # heads that name one body alone when no fuller name came first (`Sénat`)
    sited: frozenset[str]  # heads whose name may end with their city (`Office ... à Genève`)
    not_names: frozenset[str]  # capitalized words that open no person's or organization's name
    portfolio_heads: frozenset[str]  # `ministre du Développement numérique`: its complement is a portfolio
    generic_parts: frozenset[str]  # nouns of function: `Conseil d'administration de X` is a part of X
    sections: frozenset[str]  # words of a news site's sections (`POLITIQUE`, `VIDÉO`): headings, not acronyms
    place_heads: frozenset[str]  # open names of places that hide a person's (`avenue Nizami`)
    introducers: frozenset[str]  # common nouns before a company's or a medium's name (`la compagnie BP`)
    source_markers: frozenset[str]  # open a credit line naming the source: `Source : Anadolu`, `© Xinhua`
    photo_markers: frozenset[str]  # open a photo credit: `Photo : AFP` (or a photographer's name)
    legal_prefixes: tuple[str, ...]  # legal forms before a company's name (`SARL`, `société anonyme`)
    legal_suffixes: frozenset[str]  # legal forms that end a company's name (`Limited`, `GmbH`)
    name_endings: frozenset[str]  # English nouns that end a body's name (`Kosmos Energy`, `Kenya Airways`)
    frame_nouns: frozenset[str]  # nouns of time and frame that end a name (`année`, `cadre`)
    premises: frozenset[str]  # a body's premises: `au siège de Veolia` names the body; a visit there visits it
    hypernyms: frozenset[str]  # `l'établissement`, `la compagnie chinoise`: the body mentioned last, again

    @cached_property
    def not_names_lower(self) -> frozenset[str]:
        """The words that open no name, lowercase; a section's word opens none either."""
        return frozenset(w.lower() for w in (*self.not_names, *self.sections))

    @cached_property
    def folded_sections(self) -> frozenset[str]:
        """The section words folded (no case, no accents): `ACTUALITES` is `actualités`."""
        return frozenset(fold(w) for w in self.sections)

    @cached_property
    def place_heads_lower(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.place_heads)

    @cached_property
    def introducers_lower(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.introducers)

    @cached_property
    def plural_heads(self) -> frozenset[str]:
        """The plurals of the lowercase heads and hypernyms (`compagnies`, `universités`)."""
        return frozenset(h + "s" for h in self.hypernyms | self.lowercase)


@dataclass(frozen=True)
class KnownOrganization:
    """An entry of `organizations.json`: a body's canonical name and its other forms."""

    name: str
    forms: tuple[str, ...]

    @property
    def acronyms(self) -> list[str]:
        """Its forms written as one word in capitals (`OTAN`, `NATO`), sorted."""
        return sorted(f for f in self.forms if f.isupper() and " " not in f)


@dataclass(frozen=True)
class Country:
    """An entry of `geo.json`: a state, its names, nationality adjectives and main cities."""

    name: str
    forms: tuple[str, ...]
    adjectives: tuple[str, ...]
    cities: tuple[str, ...]


@dataclass(frozen=True)
class Geography:
    """`geo.json`: every state, and regions that are no state."""

    countries: tuple[Country, ...]
    regions: tuple[str, ...]

    @cached_property
    def _place_countries(self) -> Mapping[str, str]:
        places: dict[str, str] = {}
        for country in self.countries:
            for form in (country.name, *country.forms, *country.cities):
                places[form.casefold()] = country.name
        return places

    def country_of(self, place: str) -> str | None:
        """The state a city or state name belongs to (its canonical name), if known."""
        return self._place_countries.get(place.casefold())

    @cached_property
    def folded_states(self) -> Mapping[str, str]:
        """Folded nationality adjective or state name -> folded state name."""
        out: dict[str, str] = {}
        for country in self.countries:
            for form in (country.name, *country.adjectives):
                out[fold(form)] = fold(country.name)
        return out


@dataclass(frozen=True)
class Calendar:
    """`calendar.json`: months, weekdays, words of relative days."""

    months: Mapping[str, int]  # lowercase month name (with and without accents) -> 1..12
    weekdays: Mapping[str, int]  # lowercase weekday -> 0 (Monday) .. 6
    relative_days: Mapping[str, int]  # `hier` -> 1: days before the dispatch's date
    following_days: Mapping[str, int]  # `le lendemain` -> 1: days after the encounter told before
    week_shifts: tuple[str, ...]  # after a weekday, move it out of the dispatch's week
    same_day_phrases: tuple[str, ...]  # `plus tôt dans la journée`: the day of the account they are in


@dataclass(frozen=True)
class CountryCodes:
    """`countries.json` (generated by `models/tools/build_countries.py` from pycountry)."""

    codes: Mapping[str, str]  # a state of geo.json (its name) -> ISO 3166-1 alpha-3


@dataclass(frozen=True)
class EventCodes:
    """`event_codes.json`: the CAMEO code of each event type, and where a code says more."""

    types: Mapping[str, str]  # event type -> CAMEO code (a visit: the visitor's)
    host: str  # a visit seen from its host (`043`)
    third_party: str  # a meeting in neither party's country (`044`)
    trigger_codes: Mapping[str, str]  # a word of meeting that says more (`négociations` -> `046`)

    @cached_property
    def folded_triggers(self) -> Mapping[str, str]:
        """The trigger words folded (no case or accents) -> their CAMEO code."""
        return {fold(word): code for word, code in self.trigger_codes.items()}


@dataclass(frozen=True)
class PloverCode:
    """What the crosswalk says of one CAMEO code: its PLOVER event type, mode and context."""

    type: str
    mode: str | None
    context: str | None
    description: str  # CAMEO's own words


@dataclass(frozen=True)
class Crosswalk:
    """`CAMEO2PLOVER-2021.txt`: every CAMEO code -> its PLOVER type, mode and context."""

    codes: Mapping[str, PloverCode]

    @classmethod
    def parse(cls, text: str, where: str = CROSSWALK) -> Crosswalk:
        """Read the published lines `CAMEO: TYPE, mode, context # description` (`##` lines
        are our header; a line of `~` ends the file). The first line of a code wins."""
        codes: dict[str, PloverCode] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("##") or set(line.strip()) == {"~"}:
                continue
            head, _, description = line.partition("#")
            code, colon, rest = head.partition(":")
            fields = [f.strip() for f in rest.split(",")]
            if not colon or not code.strip().isdigit() or not fields[0]:
                raise LexiconError(f"{where} line {n}: expected `CAMEO: TYPE, mode, context # description`")
            if len(code.strip()) == 2:
                continue  # a heading: the two-digit root and its PLOVER type
            fields += [""] * (3 - len(fields))
            codes.setdefault(code.strip(), PloverCode(type=fields[0], mode=fields[1] or None,
                                                      context=fields[2] or None, description=description.strip()))
        if not codes:
            raise LexiconError(f"{where}: no CAMEO code")
        return cls(MappingProxyType(codes))


@dataclass(frozen=True)
class Lexicon:
    """The whole rule model. Built by `from_dir`; never changed afterwards."""

    titles: Titles
    triggers: Triggers
    organization_heads: OrganizationHeads
    organizations: tuple[KnownOrganization, ...]
    geography: Geography
    calendar: Calendar
    countries: CountryCodes
    event_codes: EventCodes
    crosswalk: Crosswalk
    # The files as read, written back unchanged by `to_disk`.
    raw: Mapping[str, str] = field(repr=False, compare=False)

    @classmethod
    def from_dir(cls, folder: Path) -> Lexicon:
        """Read the rule model from `folder` (which holds the files of `FILES`).

        Raises `LexiconError` naming the file when one is missing, is not JSON, or has keys
        other than those expected.
        """
        raw: dict[str, str] = {}
        for name in FILES:
            path = folder / name
            try:
                raw[name] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{path}: {exc}") from None
        return cls.from_texts(raw)

    @classmethod
    def from_texts(cls, raw: Mapping[str, str]) -> Lexicon:
        """The rule model from the texts of its files (file name -> JSON text).

        Raises `LexiconError` when a file is missing, is not JSON, or has keys other than
        those expected.
        """
        data: dict[str, Any] = {}
        for name in FILES:
            if name not in raw:
                raise LexiconError(f"{name}: missing")
            if name == CROSSWALK:
                continue
            try:
                data[name] = json.loads(raw[name])
            except ValueError as exc:
                raise LexiconError(f"{name}: {exc}") from None
        lexicon = cls(
            titles=_build(Titles, data["titles.json"], "titles.json"),
            triggers=_build(Triggers, data["triggers.json"], "triggers.json"),
            organization_heads=_build(OrganizationHeads, data["organizations_heads.json"],
                                      "organizations_heads.json"),
            organizations=tuple(_build(KnownOrganization, entry, f"organizations.json[{i}]")
                                for i, entry in enumerate(_list(data["organizations.json"], "organizations.json"))),
            geography=Geography(
                countries=tuple(_build(Country, entry, f"geo.json countries[{i}]")
                                for i, entry in enumerate(_list(_key(data["geo.json"], "countries", "geo.json"),
                                                                "geo.json countries"))),
                regions=_words(_key(data["geo.json"], "regions", "geo.json"), "geo.json regions"),
            ),
            calendar=_build(Calendar, data["calendar.json"], "calendar.json"),
            countries=_build(CountryCodes, data["countries.json"], "countries.json"),
            event_codes=_build(EventCodes, data["event_codes.json"], "event_codes.json"),
            crosswalk=Crosswalk.parse(raw[CROSSWALK]),
            raw=MappingProxyType(dict(raw)),
        )
        codes = lexicon.event_codes
        unknown = sorted({*codes.types.values(), codes.host, codes.third_party, *codes.trigger_codes.values()}
                         - set(lexicon.crosswalk.codes))
        if unknown:
            raise LexiconError(f"event_codes.json: codes not in {CROSSWALK}: {unknown}")
        return lexicon

    def to_disk(self, folder: Path) -> None:
        """Write the rule model into `folder` (created if needed), one file per `FILES`."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.raw.items():
            (folder / name).write_text(text, encoding="utf-8")

    @cached_property
    def generic_title_words(self) -> frozenset[str]:
        """The generic words of titles, folded (`republique`, `etat`)."""
        return frozenset(fold(w) for w in self.titles.generic_words)

    @cached_property
    def acronyms(self) -> Mapping[str, list[str]]:
        """Canonical name of a known organization -> its acronyms."""
        return {org.name: org.acronyms for org in self.organizations}


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list")
    return value


def _key(data: Any, key: str, where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise LexiconError(f"{where}: missing key {key!r}")
    return data[key]


def _build(cls: type[Any], data: Any, where: str) -> Any:
    """An instance of the dataclass `cls` from a JSON object with exactly its fields (plus
    `_doc`); each value converted by the field's declared type."""
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected an object")
    names = [f for f in cls.__dataclass_fields__ if f != "raw"]
    keys = set(data) - {DOC_KEY}
    if keys != set(names):
        unknown, missing = sorted(keys - set(names)), sorted(set(names) - keys)
        raise LexiconError(f"{where}: unknown keys {unknown}, missing keys {missing}")
    values: dict[str, Any] = {}
    for name in names:
        hint = str(cls.__dataclass_fields__[name].type)
        value, here = data[name], f"{where} {name}"
        if hint == "str":
            if not isinstance(value, str):
                raise LexiconError(f"{here}: expected a string")
        elif hint.startswith("frozenset"):
            value = frozenset(_words(value, here))
        elif hint.startswith("tuple"):
            value = _words(value, here)
        elif hint == "Mapping[str, str]":
            value = _table(value, here, str)
        elif hint == "Mapping[str, int]":
            value = _table(value, here, int)
        elif hint == "Mapping[str, tuple[str, ...]]":
            value = MappingProxyType({k: _words(v, f"{here}.{k}") for k, v in _table(value, here, list).items()})
        else:  # pragma: no cover - a field type this loader does not know is a programming error
            raise TypeError(f"{cls.__name__}.{name}: unsupported type {hint}")
        values[name] = value
    return cls(**values)


def packaged_dir() -> Path:
    """The folder of the rule model shipped with this package: `dispatch_cli/models` in an
    installed wheel, the repository's top-level `models/` in a source checkout.

    Raises `LexiconError` when neither holds the rule model.
    """
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "models", package.parent / "models"):
        if (candidate / FILES[0]).is_file():
            return candidate
    raise LexiconError(f"the rule model (models/*.json) is missing beside {package}")


@lru_cache(maxsize=8)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """The rule model of `folder` (default: the packaged one), read once per process and folder."""
    return Lexicon.from_dir(Path(folder) if folder else packaged_dir())

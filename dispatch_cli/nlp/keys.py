"""The names the dispatch components write onto a Doc: span-group keys, span labels and
Doc extensions, as constants in one place.

Span groups (`doc.spans[KEY]`):
- `LEXICON`: words of the rule model found by the two span rulers, labelled below;
- `PERSONS`, `ORGANIZATIONS`, `PLACES`: name mentions found by `dispatch_names`.

Doc extensions (`doc._.NAME`), written by the document-level components; their values are
plain data with character or token offsets (never `Span` objects: a Span kept in
`doc.user_data` is a reference cycle that holds the Doc's memory until a garbage collection).
"""
from __future__ import annotations

# Span groups.
LEXICON = "lexicon"
PERSONS = "persons"
ORGANIZATIONS = "orgs"
PLACES = "places"

# Labels of the lexicon span group (set by the span rulers from the rule model).
TITLE = "TITLE"  # a head of a title (`ministre`); id: the singular head of a plural form
EPITHET = "EPITHET"  # a phrase that stands for a person (`chef de l'Etat`); id: its head
HONORIFIC = "HONORIFIC"  # `M.`, `Mme`, `Cheikh`
KNOWN_ORG = "KNOWN_ORG"  # a form of a known organization; id: its canonical name
TRIGGER_VERB = "TRIGGER_VERB"  # a verb of meeting; id: the event type
TRIGGER_NOUN = "TRIGGER_NOUN"  # a noun of meeting; id: the event type
COUNTRY = "COUNTRY"  # a form of a state's name; id: the state's name
NATIONALITY = "NATIONALITY"  # a nationality adjective; id: the state's name
CITY = "CITY"  # a city; id: its state's name
REGION = "REGION"  # a region (`Caucase du Sud`)
TRIGGERS = (TRIGGER_VERB, TRIGGER_NOUN)
GAZETTEER_PLACES = (COUNTRY, CITY, REGION)

# Labels of the name span groups.
PER = "PER"  # a person's name, certain
PER_WEAK = "PER_WEAK"  # a lone capitalized word: a person only as a mention of a full name
ORG = "ORG"
ORG_WEAK = "ORG_WEAK"  # a word in capitals after an article: an organization only as a form of one named
LOC = "LOC"  # a place the statistical model found, not in the gazetteer

# Doc extensions set before the pipeline runs (`pipeline.docs_for`).
SOURCE_TEXT = "dispatch_source"  # str: the text as decoded; the output's offsets point into it
TEXT = "dispatch_text"  # str: the normalized text, same length as doc.text; names are read from it
ALIGNMENT = "dispatch_alignment"  # textview.Alignment | None: normalized offsets -> decoded offsets
DEFAULT_YEAR = "dispatch_year"  # int | None: the year for texts without a filing line
# Doc extensions written by the document-level components.
HEADER = "dispatch_header"  # findings.Header: filing line, dateline, headline, byline
ACTORS = "dispatch_actors"  # list[findings.PersonEntity]
ORGANIZATION_ENTITIES = "dispatch_organizations"  # list[findings.OrgEntity]
PLACE_ENTITIES = "dispatch_places"  # findings.Places
TITLES = "dispatch_titles"  # list[findings.TitlePhrase]
COREFERENCE = "dispatch_coreference"  # findings.Coreference
EVENTS = "dispatch_events"  # list[findings.EventFinding]

"""The places stage: toponyms found, resolved and classified; events located."""

from __future__ import annotations

import math

import pytest

from dyad.document import Document, Event, Mention, Span
from dyad.gazetteer import Gazetteer
from dyad.places import Places
from dyad.settings import from_env


@pytest.fixture(scope="module")
def places() -> Places:
    settings = from_env()
    return Places(settings, Gazetteer.open(settings))


def run(nlp, places, text: str, events=()) -> Document:
    doc = Document(text=text)
    sdoc = nlp(text)
    doc.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
    doc.events = list(events)
    return places(doc, sdoc)


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def at(doc: Document, fragment: str, text: str):
    """The place whose span is ``text`` inside the first occurrence of ``fragment``."""
    start = doc.text.index(fragment) + fragment.index(text)
    found = [p for p in doc.places if p.start == start and p.end == start + len(text)]
    assert found, f"no place {text!r} in {fragment!r}: {[(p.text, p.start) for p in doc.places]}"
    return found[0]


@pytest.fixture(scope="module")
def seed_doc(nlp, places, seed_body) -> Document:
    return run(nlp, places, seed_body)


def test_places_seed_acceptance(seed_doc):
    doc = seed_doc
    by_text: dict[str, list] = {}
    for p in doc.places:
        assert doc.text[p.start:p.end] == p.text
        by_text.setdefault(p.text, []).append(p)
    expected = {"Abkhazia": "GEO", "South Ossetia": "GEO", "Georgia": "GEO", "Tbilisi": "GEO", "Moscow": "RUS",
                "Kosovo": "KSV", "Russia": "RUS"}
    for text, code in expected.items():
        assert text in by_text, text
        assert all(p.country == code for p in by_text[text]), text
    # points inside their places
    for p in by_text["Tbilisi"]:
        assert km(p.lat, p.lon, 41.72, 44.79) < 25 and p.feature == "capital"
    for p in by_text["Moscow"]:
        assert km(p.lat, p.lon, 55.76, 37.62) < 25
    for p in by_text["Abkhazia"]:
        assert 42.4 < p.lat < 43.6 and 40.0 < p.lon < 42.2
    for p in by_text["South Ossetia"]:
        assert 42.0 < p.lat < 42.7 and 43.4 < p.lon < 44.6
    for p in by_text["Georgia"]:
        assert 41.0 < p.lat < 43.6 and 40.0 < p.lon < 46.8 and p.feature == "country"
    for p in by_text["Kosovo"]:
        assert 41.8 < p.lat < 43.3 and 20.0 < p.lon < 21.8
    for p in by_text["Russia"]:
        assert p.feature == "country"
    # adjectives are never places
    assert not {"Russian", "Georgian", "Abkhaz", "South Ossetian", "pro-Russian"} & set(by_text)
    # sentence indexes point at the sentence holding the span
    for p in doc.places:
        s, e = doc.sentences[p.sentence]
        assert s <= p.start < e


def test_places_seed_non_literal_mentions(seed_doc):
    doc = seed_doc
    assert at(doc, "Tbilisi’s failed bid", "Tbilisi").literal is False
    assert at(doc, "thanked Russia", "Russia").literal is False
    assert at(doc, "Moscow will formally back", "Moscow").literal is False
    assert at(doc, "Moscow’s already tense ties", "Moscow").literal is False


def test_places_seed_literal_mentions(seed_doc):
    doc = seed_doc
    assert at(doc, "breakaway South Ossetia and Abkhazia", "South Ossetia").literal is True
    assert at(doc, "breakaway South Ossetia and Abkhazia", "Abkhazia").literal is True
    assert at(doc, "between Georgia on the one side", "Georgia").literal is True
    assert at(doc, "side and South Ossetia and Abkhazia", "South Ossetia").literal is True
    assert at(doc, "crisis over South Ossetia", "South Ossetia").literal is True
    assert at(doc, "part of Georgia", "Georgia").literal is True


def test_places_government_readings(nlp, places):
    doc = run(nlp, places, "Washington imposed sanctions on Iran. The talks were criticised by Moscow.")
    assert at(doc, "Washington imposed", "Washington").literal is False
    assert at(doc, "Washington imposed", "Washington").country == "USA"
    assert at(doc, "on Iran", "Iran").literal is True
    assert at(doc, "by Moscow", "Moscow").literal is False


def test_places_city_state_disambiguation(nlp, places):
    doc = run(nlp, places, "A tornado struck Paris, Texas on Monday, and residents of Springfield, Massachusetts "
                           "sent help.")
    paris = at(doc, "Paris, Texas", "Paris")
    assert paris.country == "USA" and paris.literal
    assert km(paris.lat, paris.lon, 33.66, -95.56) < 25
    assert at(doc, "Paris, Texas", "Texas").feature == "state"
    spring = at(doc, "Springfield, Massachusetts", "Springfield")
    assert km(spring.lat, spring.lon, 42.10, -72.59) < 25


def test_places_city_country_disambiguation(nlp, places):
    doc = run(nlp, places, "Police said the attack in Moscow, Idaho was not linked to Russia.")
    moscow = at(doc, "Moscow, Idaho", "Moscow")
    assert moscow.country == "USA"


def test_places_paris_in_french_context(nlp, places):
    doc = run(nlp, places, "Protesters marched in Paris on Saturday. French police said the march through Paris, "
                           "like those in Marseille and Toulouse, was calm. France has seen weeks of unrest.")
    for p in doc.places:
        if p.text == "Paris":
            assert p.country == "FRA" and km(p.lat, p.lon, 48.86, 2.35) < 25


def test_places_dominant_country_breaks_ties(nlp, places):
    doc = run(nlp, places, "The storm hit Atlanta and Savannah before moving north. Georgia's governor declared an "
                           "emergency across Georgia, and Macon was flooded.")
    georgias = [p for p in doc.places if p.text == "Georgia"]
    assert georgias and all(p.country == "USA" for p in georgias)


def test_places_aliases(nlp, places):
    doc = run(nlp, places, "Georgian troops shelled Tskhinval overnight. Russian tanks entered Tskhinval on Friday.")
    ts = [p for p in doc.places if p.text == "Tskhinval"]
    assert ts and all(p.name == "Tskhinvali" and p.country == "GEO" for p in ts)
    assert km(ts[0].lat, ts[0].lon, 42.23, 43.97) < 10
    doc = run(nlp, places, "Thousands rallied in Kiev on Sunday.")
    kiev = at(doc, "in Kiev", "Kiev")
    assert kiev.name == "Kyiv" and kiev.country == "UKR" and kiev.literal


def test_places_unknown_toponym_is_not_listed(nlp, places):
    doc = run(nlp, places, "Fighting spread from Zzyzxqvania to Georgia and on to Tbilisi.")
    texts = [p.text for p in doc.places]
    assert "Zzyzxqvania" not in texts
    assert "Georgia" in texts and "Tbilisi" in texts


def test_places_event_location_from_literal_place_in_sentence(nlp, places, seed_doc):
    text = "Russian troops attacked positions in Gori. Moscow said the operation was over."
    sdoc = nlp(text)
    src = Mention("Russian troops", "RUSMIL", "Russian military", 0, 14)
    ev0 = Event(src, None, Span("attacked", 15, 23), "190", "19", "Use conventional military force", -10.0, 4,
                "ASSAULT", sentence=0)
    ev1 = Event(src, None, Span("said", text.index("said"), text.index("said") + 4), "010", "01",
                "Make statement", 0.0, 1, None, sentence=1)
    doc = Document(text=text, events=[ev0, ev1])
    doc.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
    places(doc, sdoc)
    assert ev0.location is not None and ev0.location.name == "Gori" and ev0.location.country == "GEO"
    # "Moscow said" is not literal: the second event falls back to the document's focus (Gori)
    assert ev1.location is not None and ev1.location.name == "Gori"


def test_places_event_location_none_without_places(nlp, places):
    text = "The minister said the plan was sound."
    src = Mention("The minister", None, None, 0, 12)
    ev = Event(src, None, Span("said", 13, 17), "010", "01", "Make statement", 0.0, 1, None, sentence=0)
    doc = run(nlp, places, text, events=[ev])
    assert doc.places == [] and ev.location is None


def test_places_fills_sentences_when_missing(nlp, places):
    text = "Troops moved into Abkhazia. They left Georgia later."
    doc = Document(text=text)
    places(doc, nlp(text))
    assert len(doc.sentences) == 2
    assert [p.sentence for p in doc.places] == [0, 1]


def test_places_two_places_in_one_capital_span_code_without_error():
    import dyad

    doc = dyad.code("If you live in California or Washington, D.C., feel free to vote early.")
    texts = [p.text for p in doc.places]
    assert "Washington" in texts and "D.C." in texts


def test_places_names_inside_organization_names(nlp, places):
    doc = run(nlp, places, "About 230 Minnesota National Guard troops arrived in Fargo on Friday. Fargo Police "
                           "Chief Keith Ternes urged residents to leave.")
    mn = at(doc, "Minnesota National Guard", "Minnesota")
    assert (mn.country, mn.feature, mn.literal) == ("USA", "state", False)
    fargo = at(doc, "Fargo Police", "Fargo")
    assert fargo.country == "USA" and fargo.literal is False
    assert at(doc, "in Fargo", "Fargo").literal is True
    # a town inside an organization's name is taken only when the document names it as a place elsewhere
    doc = run(nlp, places, "Students of the Commerce High School Band marched on Saturday.")
    assert "Commerce" not in [p.text for p in doc.places]


def test_places_nearby_places_and_state_pick_the_local_town(nlp, places):
    doc = run(nlp, places, "Police in Dublin arrested a man on Tuesday after a chase through Hilliard. He was "
                           "taken to the county jail in Columbus, Ohio.")
    dublin = at(doc, "in Dublin", "Dublin")
    assert dublin.country == "USA" and km(dublin.lat, dublin.lon, 40.10, -83.11) < 30
    doc = run(nlp, places, "The band played in Dublin and Cork before flying to London.")
    assert at(doc, "in Dublin", "Dublin").country == "IRL"


def test_places_dateline_and_repeated_names(nlp, places):
    text = ("Council backs new budget.\nTORRINGTON — The City Council approved the budget on Monday. Torrington "
            "police said the meeting was calm.")
    doc = run(nlp, places, text)
    dateline = at(doc, "TORRINGTON —", "TORRINGTON")
    assert dateline.country == "USA" and dateline.literal
    assert km(dateline.lat, dateline.lon, 41.80, -73.12) < 50
    doc = run(nlp, places, "Flood waters rose in Fargo on Friday. Fargo raised its goal for sandbags, and Fargo "
                           "police closed two roads. Fargo Smith, a resident, stayed home.")
    starts = [p.start for p in doc.places if p.text == "Fargo"]
    assert len(starts) >= 3
    assert doc.text.index("Fargo Smith") not in starts  # part of a person's name


def test_places_person_tagged_country_and_people_named_like_towns(nlp, places):
    doc = run(nlp, places, "Upon arrival, Sri Lanka has a Muslim population of more than two million.")
    sl = at(doc, "Sri Lanka has", "Sri Lanka")
    assert (sl.country, sl.feature) == ("LKA", "country")
    doc = run(nlp, places, "Madison Jones and Bush Smith met Jackson on Tuesday.")
    assert not {"Bush", "Jackson", "Bush Smith"} & {p.text for p in doc.places}


def test_places_event_location_prefers_the_place_its_verb_governs(nlp, places):
    text = "After talks in Tbilisi collapsed, Russian troops attacked positions held by Georgian units near Gori."
    sdoc = nlp(text)
    src = Mention("Russian troops", "RUSMIL", "Russian military", text.index("Russian"), text.index(" attacked"))
    verb = Span("attacked", text.index("attacked"), text.index("attacked") + 8)
    ev = Event(src, None, verb, "190", "19", "Use conventional military force", -10.0, 4, "ASSAULT", sentence=0)
    doc = Document(text=text, events=[ev])
    doc.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
    places(doc, sdoc)
    assert {p.text for p in doc.places} >= {"Tbilisi", "Gori"}
    assert ev.location is not None and ev.location.name == "Gori"


def test_possessive_place_before_a_physical_place_is_literal():
    import dyad
    doc = dyad.code("Russian forces shelled Kharkiv's central square.", date="2023-01-10")
    assert [(p.text, p.literal) for p in doc.places] == [("Kharkiv", True)]
    assert [(e.code, e.target.code) for e in doc.events] == [("194", "UKR")]

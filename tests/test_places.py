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


def test_places_nationality_word_of_the_sentence_picks_the_country(nlp, places):
    # two Punjabs: Pakistan's is the more populous, but the sentence's nationality word decides
    doc = run(nlp, places, "Indian police arrested ten farmers in Punjab on Monday.")
    assert at(doc, "in Punjab", "Punjab").country == "IND"
    doc = run(nlp, places, "Gunmen attacked a bus in Punjab on Monday, Pakistani officials said.")
    assert at(doc, "in Punjab", "Punjab").country == "PAK"


def test_places_disputed_islands(nlp, places):
    # disputed islands take the country that holds them, or none where several share them (regions.tsv notes)
    doc = run(nlp, places, "Russia deployed coastal missiles on the Kuril Islands. Chinese ships sailed near the "
                           "Senkaku Islands, and Vietnam protested over the Spratlys.")
    assert at(doc, "the Kuril Islands", "Kuril Islands").country == "RUS"
    assert at(doc, "the Senkaku Islands", "Senkaku Islands").country == "JPN"
    assert at(doc, "the Spratlys", "Spratlys").country is None
    doc = run(nlp, places, "Argentina renewed its claim to the Falklands on Monday.")
    assert at(doc, "the Falklands", "Falklands").country == "FLK"


def test_places_aliases(nlp, places):
    doc = run(nlp, places, "Georgian troops shelled Tskhinval overnight. Russian tanks entered Tskhinval on Friday.")
    ts = [p for p in doc.places if p.text == "Tskhinval"]
    assert ts and all(p.name == "Tskhinvali" and p.country == "GEO" for p in ts)
    assert km(ts[0].lat, ts[0].lon, 42.23, 43.97) < 10
    doc = run(nlp, places, "Thousands rallied in Kiev on Sunday.")
    kiev = at(doc, "in Kiev", "Kiev")
    assert kiev.name == "Kyiv" and kiev.country == "UKR" and kiev.literal
    # GeoNames spells the West Bank town "Janīn"; a Polish village is called Jenin
    doc = run(nlp, places, "Israeli troops raided the town of Jenin.")
    assert [(p.text, p.country) for p in doc.places] == [("Jenin", "PSE")]


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


def test_places_named_state_picks_the_local_town(nlp, places):
    doc = run(nlp, places, "Paris Library to offer Illinois skills match workshop. The Paris Public Library will "
                           "offer a workshop for job seekers. The Illinois Department of Employment Security will "
                           "help residents of Illinois.")
    paris = at(doc, "Paris Library", "Paris")
    assert paris.country == "USA" and km(paris.lat, paris.lon, 39.61, -87.70) < 30


def test_places_region_with_most_places_wins(nlp, places):
    # Huntsville, Alabama is the larger town; Walker County is in Texas, Alabama and Georgia
    text = ("A Huntsville man was taken into custody on Friday after a standoff with deputies in Walker County. "
            "He had lived in Walker County for years, neighbours in Huntsville said. He was flown to Houston.")
    doc = run(nlp, places, text)
    hunts = [p for p in doc.places if p.text == "Huntsville"]
    assert hunts and all(km(p.lat, p.lon, 30.72, -95.55) < 30 for p in hunts)
    walker = at(doc, "in Walker County", "Walker County")
    assert km(walker.lat, walker.lon, 30.74, -95.57) < 50


def test_places_names_listed_before_counties(nlp, places):
    doc = run(nlp, places, "Enrollment has slowed in Barrow, Jackson and Madison counties, which were among the "
                           "fastest-growing in Georgia.")
    for name, (lat, lon) in {"Barrow": (34.00, -83.71), "Jackson": (34.13, -83.57),
                             "Madison": (34.13, -83.22)}.items():
        p = at(doc, "Barrow, Jackson and Madison counties", name)
        assert p.feature == "county" and km(p.lat, p.lon, lat, lon) < 40, name


def test_places_county_by_its_short_name(nlp, places):
    doc = run(nlp, places, "DeKalb not likely to approve mixed-use development. Residents of North Druid Hills told "
                           "DeKalb County commissioners that Decatur would suffer.")
    dekalb = at(doc, "DeKalb not", "DeKalb")
    assert dekalb.feature == "county" and km(dekalb.lat, dekalb.lon, 33.77, -84.23) < 40


def test_places_list_says_what_kind_of_place(nlp, places):
    text = ("The FDA said illnesses were reported in the United States, in Arizona, California, Oregon, Washington "
            "and Wisconsin. Illnesses in Canada occurred in British Columbia, Alberta, Manitoba, Ontario and New "
            "Brunswick.")
    doc = run(nlp, places, text)
    wa = at(doc, "Washington and Wisconsin", "Washington")
    assert wa.feature == "state" and km(wa.lat, wa.lon, 47.3, -120.3) < 200
    for name in ("Ontario", "New Brunswick"):
        p = at(doc, "Manitoba, Ontario and New Brunswick", name)
        assert (p.country, p.feature) == ("CAN", "region"), name


def test_places_words_around_a_name_say_what_kind_of_place(nlp, places):
    doc = run(nlp, places, "The first case was found in a cow born in Canada at a Washington state farm. A second "
                           "was found in the state of Washington a year later.")
    for fragment in ("Washington state", "state of Washington"):
        p = at(doc, fragment, "Washington")
        assert p.feature == "state" and p.country == "USA", fragment


def test_places_a_list_of_countries_is_not_a_qualified_town(nlp, places):
    doc = run(nlp, places, "Many countries, among them China, Japan, and the United Kingdom, have warned the WHO.")
    china = at(doc, "China, Japan", "China")
    assert (china.country, china.feature) == ("CHN", "country")
    doc = run(nlp, places, "Cases were reported in Georgia, Illinois, Missouri and New Jersey.")
    illinois = at(doc, "Illinois, Missouri", "Illinois")
    assert (illinois.name, illinois.feature) == ("Illinois", "state")


def test_places_towns_of_the_documents_area_the_tagger_missed(nlp, places):
    text = ("DuPage County in 60 Seconds. Students at St. John's Lutheran School in Lombard won awards. "
            "Roselle police ticketed hundreds of motorists last month in a traffic crackdown in Bloomingdale.")
    doc = run(nlp, places, text)
    roselle = at(doc, "Roselle police", "Roselle")
    assert roselle.country == "USA" and km(roselle.lat, roselle.lon, 41.98, -88.08) < 20


def test_places_person_named_like_a_local_town_is_not_a_place(nlp, places):
    text = ("People in Richmond and Petersburg, Virginia, saw the fireball. \"It was a booster rocket,\" said Geoff "
            "Chester of the Naval Observatory. Chester said the object burned over Chesapeake.")
    doc = run(nlp, places, text)
    assert "Chester" not in {p.text for p in doc.places}


def test_capital_after_a_voice_noun_or_mediation_stands_for_its_government():
    import dyad
    doc = dyad.code("Japan's prime minister visited the shrine, drawing condemnation from Beijing and Seoul.")
    assert {(e.source.code, e.code) for e in doc.events} >= {("CHNGOV", "111"), ("KORGOV", "111")}
    doc = dyad.code("Turkey's foreign minister said his country was ready to mediate between Moscow and Kyiv.")
    assert [p.literal for p in doc.places if p.text == "Moscow"] == [False]


def test_seas_belong_to_no_country():
    import dyad
    doc = dyad.code("Houthi rebels attacked a commercial ship in the Red Sea.")
    assert [(p.text, p.country) for p in doc.places] == [("Red Sea", None)]
    assert [(e.source.code, e.target) for e in doc.events] == [("YEMREB", None)]



def test_places_curated_town_tagged_as_a_person_is_a_place_without_person_cues(nlp, places):
    # a one-word town the small model tags PERSON is a place when the curated place table lists it and nothing
    # around it marks a person; with a title before it stays a person
    doc = run(nlp, places, "Government helicopters bombed Douma overnight, residents said.")
    douma = at(doc, "bombed Douma", "Douma")
    assert douma.country == "SYR"
    doc = run(nlp, places, "Mr Douma told reporters the vote was fair.")
    assert "Douma" not in {p.text for p in doc.places}


def test_shelling_a_curated_town_the_tagger_took_for_a_person_is_aimed_at_its_country():
    import dyad
    doc = dyad.code("Government helicopters bombed Douma overnight, residents said.")
    assert [(e.source.code[:3], e.code[:2], e.target.code[:3] if e.target else None) for e in doc.events] \
        == [("SYR", "19", "SYR")]
    doc = dyad.code("An army helicopter dropped a chlorine canister on Douma, medics said.")
    assert [(e.code, e.target.code if e.target else None) for e in doc.events] == [("2041", "SYR")]

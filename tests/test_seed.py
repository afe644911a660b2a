"""End to end on the page dyad was first specified from: a scraped Euronews article with its page chrome."""

from __future__ import annotations

import math

import pytest

import dyad


@pytest.fixture(scope="module")
def seed_doc(seed_page):
    return dyad.code(seed_page)


@pytest.fixture(scope="module")
def seed_doc_dated(seed_page):
    return dyad.code(seed_page, date="2008-08-25")


def asserted(doc):
    return [e for e in doc.events if e.modality == "asserted"]


def has_event(doc, source, root, target=None, modality="asserted"):
    return any(e.source.code == source and e.root == root and e.modality == modality
               and (target is None or (e.target and e.target.code == target)) for e in doc.events)


def test_seed_title_and_body(seed_doc):
    assert seed_doc.title == "Russian MPs back Georgia's breakaway regions"
    assert seed_doc.text.startswith("Both Russian houses of parliament")
    for chrome in ("Internet Explorer", "Euronews logo", "Text size", "Aa Aa", "Russian MPs back"):
        assert chrome not in seed_doc.text
    assert seed_doc.outlet == "Euronews"
    assert seed_doc.language == "en"


@pytest.mark.parametrize("fixture", ["seed_doc", "seed_doc_dated"])
def test_seed_events(fixture, request):
    doc = request.getfixturevalue(fixture)
    # Russia's legislature backs the Georgian separatists
    assert has_event(doc, "RUSLEG", "05", "GEOSEP")
    # ... and urges the Kremlin to recognize the regions; the recognition itself only requested
    assert has_event(doc, "RUSLEG", "02", "RUSGOV")
    assert any(e.source.code == "RUSGOV" and e.code == "054" and e.modality == "requested" for e in doc.events)
    assert not any(e.code == "054" and e.modality == "asserted" for e in doc.events)
    # Bagapsh, the Abkhaz leader, calls for support
    assert has_event(doc, "GEOSEP", "02")
    # Kokoity thanks Russia
    thanks = [e for e in asserted(doc) if e.verb.text == "thanked"]
    assert thanks and thanks[0].source.code == "GEOSEP" and thanks[0].target.code == "RUS" and thanks[0].root == "05"
    # the Kremlin opposes Kosovo's decision
    assert any(e.source.code == "RUSGOV" and e.root in ("11", "12") and e.target and e.target.code == "KSV"
               for e in asserted(doc))
    # "must decide whether Moscow will formally back ..." is not an asserted recognition or backing by Moscow
    for e in asserted(doc):
        assert e.source.text not in ("Moscow", "President Dmitry Medvedev", "Dmitry Medvedev")


def test_seed_event_evidence_spans(seed_doc):
    for e in seed_doc.events:
        for span in (e.source, e.verb, e.target):
            if span is not None:
                assert seed_doc.text[span.start:span.end] == span.text
        s, t = seed_doc.sentences[e.sentence]
        assert s <= e.verb.start < t


def test_seed_quotes(seed_doc):
    direct = [q for q in seed_doc.quotes if q.kind == "direct"]
    assert len(direct) == 3
    assert direct[0].text.startswith("There is no other way")
    assert direct[0].speaker.name == "Sergei Bagapsh"
    assert direct[1].speaker.name == "Eduard Kokoity"
    assert direct[2].speaker.name == "Eduard Kokoity"
    assert direct[0].cue == "said"
    for q in direct:
        assert seed_doc.text[q.start:q.end] == q.text


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


BOXES = {  # country, (lat min, lat max, lon min, lon max) of the place's country or region
    "Abkhazia": ("GEO", (42.4, 43.6, 40.0, 42.2)),
    "South Ossetia": ("GEO", (42.0, 42.8, 43.4, 44.6)),
    "Georgia": ("GEO", (41.0, 43.6, 40.0, 46.8)),
    "Kosovo": ("KSV", (41.8, 43.3, 20.0, 21.8)),
    "Russia": ("RUS", (41.0, 82.0, 19.0, 180.0)),
}
CITIES = {"Tbilisi": ("GEO", 41.72, 44.79), "Moscow": ("RUS", 55.76, 37.62)}


def test_seed_places(seed_doc):
    by_text = {}
    for p in seed_doc.places:
        by_text.setdefault(p.text, p)
        assert seed_doc.text[p.start:p.end] == p.text
    for name, (country, (la0, la1, lo0, lo1)) in BOXES.items():
        p = by_text[name]
        assert p.country == country, name
        assert la0 <= p.lat <= la1 and lo0 <= p.lon <= lo1, name
    for name, (country, lat, lon) in CITIES.items():
        p = by_text[name]
        assert p.country == country
        assert _km(p.lat, p.lon, lat, lon) <= 25
    assert not next(p for p in seed_doc.places if p.text == "Tbilisi").literal  # "Tbilisi's failed bid"
    assert not next(p for p in seed_doc.places if p.text == "Russia").literal  # "He thanked Russia"


def test_seed_actors_include_metonyms(seed_doc):
    codes = {(a.text, a.code) for a in seed_doc.actors}
    assert ("The Kremlin", "RUSGOV") in codes or ("the Kremlin", "RUSGOV") in codes
    assert any(a.text == "Tbilisi" and a.code == "GEOGOV" for a in seed_doc.actors)

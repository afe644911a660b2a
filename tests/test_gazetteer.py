"""The gazetteer: a compiled SQLite index, built atomically once, looked up by name."""

from __future__ import annotations

import csv
import os
import sqlite3
import time

import pytest

from dyad import gazetteer as gz
from dyad.gazetteer import Entry, Gazetteer, normalize
from dyad.settings import Settings, from_env


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.open(from_env())


def test_gazetteer_build_is_atomic_and_reused(tmp_path, monkeypatch):
    settings = Settings(cache_dir=tmp_path)
    target = gz.index_path(settings)
    seen = []
    real_replace = os.replace

    def checking_replace(src, dst):
        # at the moment of the move the destination is absent and the temporary file is a complete index
        assert not os.path.exists(dst)
        con = sqlite3.connect(src)
        seen.append(con.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        con.close()
        real_replace(src, dst)

    monkeypatch.setattr(gz.os, "replace", checking_replace)
    gz._open.cache_clear()
    (tmp_path / "gazetteer-000000000000.sqlite").write_bytes(b"an index of older data")
    first = Gazetteer.open(settings)
    assert seen and seen[0] > 100_000
    assert target.exists() and first.path == target
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file, no stale index left behind
    assert target.name == f"gazetteer-{gz.signature()}.sqlite"

    # reused: a second open neither builds nor touches the file
    mtime = target.stat().st_mtime_ns
    monkeypatch.setattr(gz, "build", lambda path: pytest.fail("rebuilt an index that exists"))
    assert Gazetteer.open(settings) is first  # one per process
    gz._open.cache_clear()
    started = time.perf_counter()
    again = Gazetteer.open(settings)
    assert time.perf_counter() - started < 2.0
    assert again is not first and target.stat().st_mtime_ns == mtime
    assert again.lookup("Tbilisi")[0].country == "GEO"
    gz._open.cache_clear()


def test_gazetteer_signature_follows_data_files(monkeypatch, tmp_path):
    before = gz.signature()
    for name in gz.DATA_FILES:
        (tmp_path / name).write_bytes((gz.DATA / name).read_bytes() + b"\n")
    monkeypatch.setattr(gz, "DATA", tmp_path)
    assert gz.signature() != before


def test_gazetteer_countries_and_capitals_resolve_to_their_country(gaz):
    for name, code in [("Georgia", "GEO"), ("Russia", "RUS"), ("Kosovo", "KSV"), ("France", "FRA"),
                       ("United States", "USA"), ("Tbilisi", "GEO"), ("Moscow", "RUS"), ("Pristina", "KSV"),
                       ("Paris", "FRA"), ("Washington", "USA")]:
        best = gaz.lookup(name)[0]
        assert best.country == code, name
    assert gaz.lookup("Tbilisi")[0].feature == "capital"
    assert gaz.lookup("Kosovo")[0].feature == "country"
    ksv = gaz.country("KSV")
    assert isinstance(ksv, Entry) and ksv.name == "Kosovo" and 42 < ksv.lat < 43.5
    assert gaz.country("geo").name == "Georgia"
    assert gaz.country("XXX") is None


def test_gazetteer_lookup_is_case_accent_and_the_insensitive(gaz):
    civ = gaz.lookup("Côte d'Ivoire")[0]
    assert civ.country == "CIV"
    for variant in ("cote d'ivoire", "CÔTE D’IVOIRE", "Ivory Coast", "the Ivory Coast"):
        assert gaz.lookup(variant)[0] == civ
    assert gaz.lookup("The Gambia")[0].country == "GMB"
    assert gaz.lookup("the United States")[0].country == "USA"
    assert gaz.lookup("") == []
    assert gaz.lookup("Atlantis Prime Nowhere") == []


def test_gazetteer_aliases_name_the_canonical_place(gaz):
    for alias, name, code in [("Tskhinval", "Tskhinvali", "GEO"), ("Sukhum", "Sukhumi", "GEO"), ("Kiev", "Kyiv", "UKR"),
                              ("Bombay", "Mumbai", "IND"), ("Peking", "Beijing", "CHN"), ("Burma", "Myanmar", "MMR"),
                              ("the US", "United States", "USA"), ("U.S.", "United States", "USA"),
                              ("America", "United States", "USA"), ("Britain", "United Kingdom", "GBR"),
                              ("UK", "United Kingdom", "GBR"), ("Great Britain", "United Kingdom", "GBR")]:
        best = gaz.lookup(alias)[0]
        assert (best.name, best.country) == (name, code), alias


def test_gazetteer_regions_table_is_loaded(gaz):
    with open(gz.DATA / "regions.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 50
    for row in rows:
        found = [e for e in gaz.lookup(row["name"]) if e.name == row["name"]]
        assert found, row["name"]
        if row["feature"] == "city":  # a small town may rank below a larger namesake (Palma, Mozambique)
            found = [e for e in found if e.country == (row["country"] or None)] or found
        assert found[0].country == (row["country"] or None), row["name"]
        assert abs(found[0].lat - float(row["lat"])) < 0.01 or row["feature"] == "city", row["name"]
    for name, code in [("Abkhazia", "GEO"), ("South Ossetia", "GEO"), ("Transnistria", "MDA"), ("Crimea", "UKR"),
                       ("Nagorno-Karabakh", "AZE"), ("Northern Cyprus", "CYP"), ("Somaliland", "SOM")]:
        assert gaz.lookup(name)[0].country == code, name


def test_gazetteer_every_alias_resolves(gaz):
    con = sqlite3.connect(gaz.path)
    unresolved = con.execute("SELECT v FROM meta WHERE k = 'unresolved_aliases'").fetchone()[0]
    con.close()
    assert unresolved == ""


def test_gazetteer_lookup_is_fast(gaz):
    gaz.lookup("Springfield")
    started = time.perf_counter()
    for name in ("Springfield", "Moscow", "Georgia", "Nowhere Special") * 250:
        gaz.lookup(name)
    assert (time.perf_counter() - started) / 1000 < 0.001


def test_gazetteer_normalize():
    assert normalize("The  Côte-d’Ivoire") == "cote d'ivoire"
    assert normalize("U.S.") == "us"


def test_gazetteer_first_level_regions_counties_and_continents(gaz):
    def best(name):
        return gaz.lookup(name)[0]

    for name, code in [("Alberta", "CAN"), ("New South Wales", "AUS"), ("NSW", "AUS"), ("Uttar Pradesh", "IND"),
                       ("Fujian", "CHN"), ("Mashonaland West", "ZWE")]:
        e = best(name)
        assert (e.country, e.feature) == (code, "region"), name
    # a region's point lies among its towns: Alberta's midpoint, not Calgary's or Edmonton's
    alberta = best("Alberta")
    assert 52 < alberta.lat < 57 and -118 < alberta.lon < -111
    # US states at the middle of their towns, not their population centre (Los Angeles would pull California south)
    ca = best("California")
    assert ca.feature == "state" and gz.distance_km(ca.lat, ca.lon, 37.2, -119.5) < 100
    ny = best("New York")
    assert ny.feature == "state" and gz.distance_km(ny.lat, ny.lon, 40.71, -74.0) > 150
    laurel = best("Laurel County")
    assert (laurel.country, laurel.feature, laurel.admin1) == ("USA", "county", "KY")
    assert gz.distance_km(laurel.lat, laurel.lon, 37.11, -84.12) < 50
    assert best("Rapides Parish").admin1 == "LA"
    for name, code in [("Dorset", "GBR"), ("Fife", "GBR"), ("County Cork", "IRL")]:
        assert (best(name).country, best(name).feature) == (code, "county"), name
    europe, africa = best("Europe"), best("Africa")
    assert europe.feature == africa.feature == "continent" and africa.country is None
    # a region named after its main city: the name alone is the city
    sp = best("Sao Paulo")
    assert sp.feature == "city" and gz.distance_km(sp.lat, sp.lon, -23.55, -46.64) < 25


def test_gazetteer_state_abbreviations(gaz):
    for abbr, name in [("W.Va.", "West Virginia"), ("Ga.", "Georgia"), ("Calif.", "California"),
                       ("Wash.", "Washington")]:
        e = gaz.lookup(abbr)[0]
        assert (e.name, e.country, e.feature) == (name, "USA", "state"), abbr
    dc = gaz.lookup("D.C.")[0]
    assert (dc.name, dc.feature) == ("Washington", "capital")


def test_gazetteer_representative_points(gaz):
    """data/points.tsv moves continents, countries and first-level regions to points that stand for the whole
    place, and every row finds its entry."""
    con = sqlite3.connect(gaz.path)
    unplaced = con.execute("SELECT v FROM meta WHERE k = 'unresolved_points'").fetchone()[0]
    con.close()
    assert unplaced == ""

    def best(name, feature):
        return next(e for e in gaz.lookup(name) if e.feature == feature)

    expected = [("China", "country", 35.0, 104.0), ("Kuwait", "country", 29.5, 47.75),
                ("Virginia", "state", 37.53, -78.85), ("Ontario", "region", 50.0, -85.0),
                ("Queensland", "region", -23.0, 144.0), ("North America", "continent", 54.5, -105.3)]
    for name, feature, lat, lon in expected:
        e = best(name, feature)
        assert (round(e.lat, 2), round(e.lon, 2)) == (lat, lon), name
    # a point between two reference conventions lies within 100 miles of both
    nigeria = best("Nigeria", "country")
    for lat, lon in [(8, 10), (10, 8)]:
        assert gz.distance_km(nigeria.lat, nigeria.lon, lat, lon) < 161


def test_gazetteer_abbreviated_saint_mount_and_fort():
    assert normalize("St. Petersburg") == normalize("Saint Petersburg") == "st petersburg"
    assert normalize("Mt. Pleasant") == normalize("Mount Pleasant")
    assert normalize("Ft. Worth") == normalize("Fort Worth")
    assert normalize("Mountain View") == "mountain view" and normalize("Fortaleza") == "fortaleza"


def test_gazetteer_us_counties_by_short_name(gaz):
    dekalb = [(e, kind) for e, kind in gaz.matches("DeKalb") if e.feature == "county"]
    assert any(e.admin1 == "GA" and kind == gz.KIND_ALTERNATE for e, kind in dekalb)
    platte = gaz.matches("Platte Co.", max_kind=gz.KIND_NAME)
    assert platte and all(e.feature == "county" and e.name == "Platte County" for e, _ in platte)

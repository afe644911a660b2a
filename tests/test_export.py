"""Exports: the GDELT 2.0 event table, JSONL, CSV and Parquet, with and without article text."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timezone

import pytest

from dyad.errors import DyadError
from dyad.export import COLUMNS, GDELT_COLUMNS, actor_parts, export, fraction_date, geo_type
# the store fixtures (SQLite, and PostgreSQL when DYAD_TEST_PG is set) and hand-built documents
from test_store import SENTENCES_A, SENTENCES_B, make_doc_a, make_doc_b, make_skipped_doc, store  # noqa: F401

COL = {name: i for i, name in enumerate(GDELT_COLUMNS)}


@pytest.fixture
def filled(store):
    store.add_all([make_doc_a(), make_doc_b(), make_skipped_doc()])
    return store


def _gdelt_rows(store) -> list[list[str]]:
    out = io.StringIO()
    n = export(store, "gdelt", out)
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""  # every row ends with a newline
    rows = [line.split("\t") for line in lines[:-1]]
    assert n == len(rows)
    return rows


def test_export_gdelt_has_61_columns_and_no_header(filled):
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[51] == "ActionGeo_Type" and GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    rows = _gdelt_rows(filled)
    assert len(rows) == 3  # asserted events only: the negated attack is left out
    assert all(len(r) == 61 for r in rows)
    assert not any(r[0] == "GLOBALEVENTID" for r in rows)
    assert all(r[COL["GLOBALEVENTID"]].isdigit() for r in rows)


def test_export_gdelt_codes_keep_leading_zeros_and_dates_are_yyyymmdd(filled):
    by_code = {r[COL["EventCode"]]: r for r in _gdelt_rows(filled)}
    assert set(by_code) == {"051", "154", "036"}
    r = by_code["051"]
    assert (r[COL["EventBaseCode"]], r[COL["EventRootCode"]], r[COL["QuadClass"]]) == ("051", "05", "1")
    assert (r[COL["SQLDATE"]], r[COL["MonthYear"]], r[COL["Year"]]) == ("20080825", "200808", "2008")
    assert r[COL["FractionDate"]] == "2008.6521"  # 25 August is day 238 of 2008: 238 / 365
    assert r[COL["GoldsteinScale"]] == "3.4"
    assert (r[COL["NumMentions"]], r[COL["NumSources"]], r[COL["NumArticles"]]) == ("1", "1", "1")
    assert r[COL["AvgTone"]] == "-1.25"  # the document's tone
    assert by_code["036"][COL["AvgTone"]] == ""  # a document stored without a tone
    assert r[COL["IsRootEvent"]] == "1"
    assert r[COL["SOURCEURL"]] == "https://www.euronews.com/a"
    added = r[COL["DATEADDED"]]
    assert len(added) == 14 and added.isdigit()
    assert abs(datetime.strptime(added, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
               - datetime.now(timezone.utc)).total_seconds() < 600
    assert by_code["154"][COL["SQLDATE"]] == "20080824"  # the event's own date, not the article's
    assert by_code["036"][COL["EventRootCode"]] == "03"


def test_export_gdelt_actors_and_geography(filled):
    by_code = {r[COL["EventCode"]]: r for r in _gdelt_rows(filled)}
    r = by_code["051"]
    assert [r[COL[c]] for c in ("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code")] == [
        "RUSLEG", "RUSSIAN PARLIAMENT", "RUS", "LEG"]
    assert [r[COL[c]] for c in ("Actor2Code", "Actor2CountryCode", "Actor2Type1Code")] == ["GEOSEP", "GEO", "SEP"]
    # Georgia is a country (Geo_Type 1), written in FIPS 10-4 as GDELT does
    assert [r[COL[c]] for c in ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                                "ActionGeo_Lat", "ActionGeo_Long")] == ["1", "Georgia", "GG", "42.0", "43.5"]
    assert r[COL["Actor1Geo_Type"]] == "0" and r[COL["Actor1Geo_FullName"]] == ""
    moved = by_code["154"]
    assert moved[COL["Actor2Code"]] == "" and moved[COL["Actor2Name"]] == ""
    assert (moved[COL["ActionGeo_Type"]], moved[COL["ActionGeo_FullName"]]) == ("4", "Tskhinvali")
    assert moved[COL["IsRootEvent"]] == "0"
    assert by_code["036"][COL["ActionGeo_Type"]] == "0"


def test_export_actor_parts_and_geo_type():
    assert actor_parts("RUSGOV") == {"CountryCode": "RUS", "KnownGroupCode": "", "EthnicCode": "",
                                     "Religion1Code": "", "Religion2Code": "", "Type1Code": "GOV",
                                     "Type2Code": "", "Type3Code": ""}
    igo = actor_parts("IGOUNO")
    assert (igo["CountryCode"], igo["KnownGroupCode"], igo["Type1Code"]) == ("", "UNO", "IGO")
    assert actor_parts("KSVGOVMIL")["Type2Code"] == "MIL"
    assert actor_parts(None)["CountryCode"] == ""
    assert [geo_type(f, c) for f, c in [("country", "GEO"), ("region", "USA"), ("city", "USA"), ("city", "GEO"),
                                        ("region", "GEO"), (None, None)]] == [1, 2, 3, 4, 5, 0]


def test_export_jsonl_one_event_mention_per_line(filled):
    out = io.StringIO()
    assert export(filled, "jsonl", out) == 4
    items = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {i["modality"] for i in items} == {"asserted", "negated"}
    first = next(i for i in items if i["code"] == "051")
    assert first == {**make_doc_a().events[0].to_dict(), "document_id": "a" * 64,
                     "url": "https://www.euronews.com/a",
                     "sentence_text": "Both Russian houses of parliament have backed Georgian separatists."}
    moved = next(i for i in items if i["code"] == "154")
    assert moved["sentence_text"] == "Russian troops moved into Tskhinvali in South Ossetia."


def test_export_csv_flat_columns(filled):
    out = io.StringIO()
    assert export(filled, "csv", out) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 4
    r = next(r for r in rows if r["code"] == "036")
    assert (r["source_code"], r["target_code"], r["root"], r["date"]) == ("USAGOV", "RUSGOV", "03", "2008-08-26")
    assert r["sentence_text"] == "The United States government wants to meet the Russian government."
    assert r["location_name"] == ""


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_carries_plover_mode_and_context(filled, fmt):
    if fmt == "parquet":
        rows = json.loads(_written(filled, fmt, no_text=True))[1]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(_written(filled, fmt, no_text=True))))
    else:
        rows = [json.loads(line) for line in _written(filled, fmt, no_text=True).splitlines()]
    by_code = {r["code"]: r for r in rows}
    empty = "" if fmt == "csv" else None  # CSV writes null as an empty field
    assert (by_code["154"]["plover"], by_code["154"]["plover_mode"], by_code["154"]["plover_context"]) == (
        "MOBILIZE", "troops", "military")
    assert (by_code["051"]["plover_mode"], by_code["051"]["plover_context"]) == (empty, "diplomatic")
    assert (by_code["036"]["plover_mode"], by_code["036"]["plover_context"]) == (empty, empty)
    if fmt != "jsonl":
        names = list(rows[0])
        assert names[names.index("plover"):names.index("plover") + 3] == ["plover", "plover_mode", "plover_context"]


def test_export_gdelt_keeps_its_61_columns_without_plover(filled):
    assert all(len(r) == 61 for r in _gdelt_rows(filled))
    assert not any("plover" in c.lower() for c in GDELT_COLUMNS)
    assert "troops" not in _written(filled, "gdelt", no_text=True)


def test_export_fraction_date_as_gdelt_writes_it():
    # GDELT's files: 1 January 1979 is 1979.0027 (day 1 / 365); the fraction never reaches the next year
    assert [fraction_date(date(*d)) for d in [(1979, 1, 1), (2015, 2, 18), (2008, 8, 25), (2015, 12, 31),
                                                (2008, 12, 31)]] == [
        "1979.0027", "2015.1342", "2008.6521", "2015.9999", "2008.9999"]


def _written(store, fmt: str, no_text: bool) -> str:
    """Everything ``export`` writes in ``fmt``, as one string (a Parquet file read back, every value)."""
    if fmt != "parquet":
        out = io.StringIO()
        assert export(store, fmt, out, no_text=no_text) > 0
        return out.getvalue()
    import pyarrow.parquet as pq

    out = io.BytesIO()
    assert export(store, fmt, out, no_text=no_text) > 0
    table = pq.read_table(io.BytesIO(out.getvalue()))
    return json.dumps([table.column_names, table.to_pylist()], ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gdelt", "parquet"])
def test_export_no_text_leaves_out_article_text(filled, fmt):
    written = _written(filled, fmt, no_text=True)
    assert "sentence_text" not in written
    for sentence in (*SENTENCES_A, *SENTENCES_B):
        assert sentence not in written and sentence.rstrip(".") not in written  # no sentence of any article
    assert "There is no other way" not in written and "it was worried" not in written  # nor any quote
    assert "RUSLEG" in written and "051" in written  # the codes remain
    with_text = _written(filled, fmt, no_text=False)
    if fmt == "gdelt":  # GDELT's table has no text column: the same rows either way
        assert with_text == written
    else:
        assert SENTENCES_A[0] in with_text and SENTENCES_B[0] in with_text


def test_export_binary_output_is_utf8(filled):
    out = io.BytesIO()
    export(filled, "jsonl", out)
    assert out.getvalue().decode("utf-8").count("\n") == 4


def test_export_unknown_format(filled):
    with pytest.raises(DyadError, match="unknown export format"):
        export(filled, "xml", io.StringIO())


def test_export_parquet(filled):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = io.BytesIO()
    assert export(filled, "parquet", out) == 4
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.column_names == [*COLUMNS, "sentence_text"]
    assert table.schema.field("code").type == pa.string() and table.schema.field("quad").type == pa.int64()
    rows = sorted(table.to_pylist(), key=lambda r: r["code"])
    assert [r["code"] for r in rows] == ["036", "051", "154", "190"]  # codes keep their leading zeros
    r = rows[1]
    assert (r["source_code"], r["target_code"], r["goldstein"], r["modality"]) == ("RUSLEG", "GEOSEP", 3.4, "asserted")
    assert r["sentence_text"] == SENTENCES_A[0]


def test_export_parquet_without_pyarrow(filled, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.split(".")[0] == "pyarrow":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(DyadError, match=r"pip install dyad\[parquet\]"):
        export(filled, "parquet", io.BytesIO())

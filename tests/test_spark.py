"""spark: the Spark job gives the same documents and events as `dyad ingest` on the same input.

The job test runs Spark in local[2] mode on nine documents: five from a JSONL file (with a repeated article and a
malformed line) and four from a gzipped WARC (with a 404 and an image record, which are passed over). It needs
pyspark (installed by `make install` from requirements-spark.txt) and Java 17 or later (`.ci/run` installs it);
it is skipped only when there is no Java at all.
"""

from __future__ import annotations

import html
import io
import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from dyad.cli import app
from dyad.ingest import ingest
from dyad.lexicon import data_path
from dyad.pipeline import Pipeline
from dyad.settings import Settings
from dyad.spark import TABLES, list_inputs, spark_schema
from dyad.store import Store

HAS_JAVA = bool(shutil.which("java") or os.environ.get("JAVA_HOME"))
needs_spark = pytest.mark.skipif(not HAS_JAVA, reason="no Java: Spark needs Java 17 or later")


def demo_articles() -> list[dict]:
    """The bundled demo corpus (written for the project): id, date, text."""
    lines = data_path("demo/expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [{k: json.loads(line)[k] for k in ("id", "date", "text")} for line in lines if line.strip()]


def news_page(title: str, body: str, date: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{date}T08:00:00Z"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{html.escape(title)}</h1>"
            f"{paras}</article><footer>All rights reserved.</footer></body></html>").encode()


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for url, body in pages:
            response(url, body)
        response("http://wire.example/gone", b"not found", "404 Not Found", "text/plain")
        response("http://wire.example/logo.png", b"\x89PNG\r\n\x1a\n\0\0\0", ctype="image/png")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder with news.jsonl (5 articles, one repeated, one malformed line) and crawl.warc.gz (4 pages)."""
    root = tmp_path_factory.mktemp("corpus")
    arts = demo_articles()
    lines = [json.dumps(a) for a in arts[:5]]
    lines.insert(3, json.dumps({**arts[0], "id": "repeat", "url": "http://mirror.example/a"}))
    lines.append("{not json")
    (root / "news.jsonl").write_text("\n".join(lines) + "\n")
    pages = []
    for a in arts[5:8]:
        title, _, body = a["text"].partition("\n")
        pages.append((f"http://wire.example/{a['id']}", news_page(title, body, a["date"])))
    polnear = sorted((SHARED / "data" / "polnear" / "data" / "dev" / "text").glob("*.txt"))[0]
    title, _, body = polnear.read_text(encoding="utf-8").partition("\n")
    pages.append(("http://wire.example/us-politics", news_page(title, body, polnear.name.split("_")[1])))
    write_warc(root / "crawl.warc.gz", pages)
    (root / "notes.txt").write_text("not read by the Spark job")
    return root


def test_spark_list_inputs(tmp_path, corpus):
    files, problems = list_inputs([str(corpus), str(tmp_path / "none.warc"), str(corpus / "notes.txt"),
                                   "s3://bucket/crawl/CC-MAIN-1.warc.gz", "gs://bucket/x.csv"])
    assert files == [str(corpus / "crawl.warc.gz"), str(corpus / "news.jsonl"), "s3://bucket/crawl/CC-MAIN-1.warc.gz"]
    assert problems == [f"{tmp_path / 'none.warc'}: no such file or folder",
                        f"{corpus / 'notes.txt'}: dyad spark reads WARC (.warc[.gz]) or JSONL (.jsonl[.gz]), skipped",
                        "gs://bucket/x.csv: dyad spark reads WARC (.warc[.gz]) or JSONL (.jsonl[.gz]), skipped"]


def test_spark_refuses_to_overwrite_without_saying_so(tmp_path, corpus):
    (tmp_path / "out" / "events").mkdir(parents=True)
    res = CliRunner().invoke(app, ["spark", str(corpus / "news.jsonl"), "--output", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert f"{tmp_path / 'out'} already holds events: use --overwrite to replace" in res.stderr


def test_spark_submit_entry_point_usage(tmp_path, capsys):
    from dyad.spark import main

    assert main([str(tmp_path / "none.warc.gz"), "--output", str(tmp_path / "out")]) == 2
    assert "dyad spark: no WARC or JSONL input to read" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["in.warc.gz"])  # --output is required


def test_spark_tables_have_the_store_columns():
    from dyad.schema import metadata

    for name, table in TABLES.items():
        columns = [c.name for c in metadata.tables[table].columns if c.name != "id" or table == "documents"]
        assert spark_schema(table).fieldNames() == columns, name


def _event_key(e: dict) -> tuple:
    return (e["document_id"], e["sentence"], e["source_code"], e["source_start"], e["target_code"],
            e["target_start"], e["verb_start"], e["code"], e["modality"], e["date"], e["location_name"])


@pytest.mark.spark
@needs_spark
def test_spark_local_job_gives_the_same_events_as_ingest(tmp_path, corpus):
    import pyarrow.parquet as pq
    import sqlalchemy as sa

    from dyad.schema import event_mentions

    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["spark", str(corpus / "news.jsonl"), str(corpus / "crawl.warc.gz"),
                                   "--output", str(out), "--master", "local[2]", "--partitions", "2"])
    assert res.exit_code == 1, res.output  # the malformed line is reported
    assert f"{corpus / 'news.jsonl'}:7: malformed JSON line" in res.stderr
    assert "documents 9, duplicate 1, skipped 1, failed 0;" in res.stderr

    tables = {name: pq.read_table(out / name).to_pylist() for name in TABLES}

    store = Store.open(f"sqlite:///{tmp_path / 'ingest.db'}")
    try:
        counts = ingest([str(corpus / "news.jsonl"), str(corpus / "crawl.warc.gz")], store, Pipeline(Settings()),
                        report=lambda m: None)
        with store.engine.connect() as conn:
            stored_events = [dict(r) for r in conn.execute(sa.select(event_mentions)).mappings()]
        stored_docs = {d: store.document(d) for d in {e["document_id"] for e in stored_events}}
        all_docs = store.counts()
    finally:
        store.close()
    assert (counts["ingested"], counts["duplicate"], counts["skipped"]) == (9, 1, 1)

    assert len(tables["documents"]) == all_docs["documents"] == 9
    assert len(tables["events"]) == len(stored_events) > 10
    assert Counter(map(_event_key, tables["events"])) == Counter(map(_event_key, stored_events))
    assert len(tables["quotes"]) == all_docs["quotes"] and len(tables["places"]) == all_docs["places"]
    by_id = {d["id"]: d for d in tables["documents"]}
    for doc_id, doc in stored_docs.items():
        assert by_id[doc_id]["text"] == doc["text"] and by_id[doc_id]["url"] == doc["url"]
        assert by_id[doc_id]["n_events"] == len(doc["events"])
    # the repeated article is one document, with the first URL seen (none: the JSONL line gave none)
    repeated = [d for d in by_id.values() if "Kemal Aydin" in d["text"]]
    assert len(repeated) == 1 and repeated[0]["url"] is None

"""dyad serve: the HTTP API, its refusal rules and its limits, on SQLite and (with DYAD_TEST_PG) PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dyad.cli import app as cli_app
from dyad.errors import ServeError
from dyad.export import export
from dyad.serve import check_host, create_app, is_loopback
from dyad.settings import Settings
from dyad.store import Store
from test_store import make_doc_a, make_doc_b, make_skipped_doc

from conftest import SEED

A, B = "a" * 64, "b" * 64
TOKEN = "s3cret-token"


@pytest.fixture
def store(store_url):  # store_url (conftest): SQLite in memory, and PostgreSQL with DYAD_TEST_PG
    s = Store.open(store_url)
    s.add_all([make_doc_a(), make_doc_b(), make_skipped_doc()])
    yield s
    s.close()


def client(store, token: str | None = None, exposed: bool = False, max_bytes: int = 10 * 1024 * 1024):
    settings = Settings(token=token, max_bytes=max_bytes)
    return TestClient(create_app(store, settings, reads_need_token=exposed))


@pytest.fixture
def api(store):
    return client(store)


def triples(events):
    return [(e["source"]["code"], e["code"], e["target"]["code"] if e["target"] else None) for e in events]


# ---------------------------------------------------------------------------------------------------------------
# refusing to start


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_serve_loopback_needs_no_token(host):
    assert is_loopback(host)
    check_host(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_serve_refuses_an_exposed_address_without_a_token(host):
    assert not is_loopback(host)
    with pytest.raises(ServeError, match="DYAD_TOKEN"):
        check_host(host, None)
    check_host(host, TOKEN)  # with a token it may listen


def test_serve_cli_refuses_and_says_why(monkeypatch, tmp_path):
    monkeypatch.delenv("DYAD_TOKEN", raising=False)
    res = CliRunner().invoke(cli_app, ["serve", "--host", "0.0.0.0", "--db", f"sqlite:///{tmp_path}/x.db"])
    assert res.exit_code == 2
    assert "refusing to listen on 0.0.0.0 with no DYAD_TOKEN set" in res.output
    assert not (tmp_path / "x.db").exists()  # refused before opening anything


# ---------------------------------------------------------------------------------------------------------------
# reading


def test_serve_openapi_document_lists_every_endpoint(api):
    spec = api.get("/openapi.json").json()
    for path in ("/code", "/documents", "/documents/{document_id}", "/events", "/events/aggregate", "/quotes",
                 "/places", "/export"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/events"]["get"]["parameters"]}
    assert {"actor", "territory", "code", "root", "quad", "modality", "since", "until", "place", "text",
            "limit", "offset"} <= params


def test_serve_events_default_to_asserted_oldest_first(api):
    body = api.get("/events").json()
    assert triples(body["events"]) == [("RUSMIL", "154", None), ("RUSLEG", "051", "GEOSEP"),
                                       ("USAGOV", "036", "RUSGOV")]
    assert body["next"] is None
    assert body["events"][1]["document_id"] == A
    assert body["events"][1]["verb"] == {"text": "backed", "start": 39, "end": 45}
    assert len(api.get("/events?modality=all").json()["events"]) == 4
    assert triples(api.get("/events?modality=negated").json()["events"]) == [("RUSGOV", "190", "GEOGOV")]


@pytest.mark.parametrize("query, expected", [
    ("actor=RUS", ["154", "051", "036"]),
    ("actor=rusleg", ["051"]),
    ("actor=GEO", ["051"]),
    ("source=USAGOV", ["036"]),
    ("target=RUSGOV", ["036"]),
    ("territory=GEO", ["154"]),
    ("code=05", ["051"]),
    ("code=0", None),  # one digit is not a CAMEO code
    ("root=03", ["036"]),
    ("quad=4", ["154"]),
    ("quad=4&modality=all", ["154", "190"]),
    ("since=2008-08-25", ["051", "036"]),
    ("since=2008-08-25&until=2008-08-25", ["051"]),
    ("place=Tskhinvali", ["154"]),
    ("place=geo", ["154", "051"]),
    ("text=houses of PARLIAMENT", ["051"]),
    ("text=wants to meet", ["036"]),
    ("document=" + B, ["036"]),
    ("actor=RUS&root=05", ["051"]),
])
def test_serve_events_filters(api, query, expected):
    res = api.get("/events?" + query)
    if expected is None:
        assert res.status_code == 400
        return
    assert res.status_code == 200, res.text
    assert [e["code"] for e in res.json()["events"]] == expected


def test_serve_events_pages(api):
    first = api.get("/events?limit=2").json()
    assert [e["code"] for e in first["events"]] == ["154", "051"] and first["next"] == 2
    second = api.get(f"/events?limit=2&offset={first['next']}").json()
    assert [e["code"] for e in second["events"]] == ["036"] and second["next"] is None


def test_serve_aggregates(api):
    by_day = api.get("/events/aggregate?by=day").json()["groups"]
    assert by_day == [{"day": "2008-08-24", "count": 1, "goldstein": -7.2},
                      {"day": "2008-08-25", "count": 1, "goldstein": 3.4},
                      {"day": "2008-08-26", "count": 1, "goldstein": 4.0}]
    every = api.get("/events/aggregate?by=day&modality=all").json()["groups"]
    assert every[1] == {"day": "2008-08-25", "count": 2, "goldstein": -3.3}  # (3.4 - 10) / 2
    dyads = api.get("/events/aggregate?by=dyad&actor=RUS").json()["groups"]
    assert {(g["source"], g["target"]) for g in dyads} == {("RUSMIL", None), ("RUSLEG", "GEOSEP"),
                                                           ("USAGOV", "RUSGOV")}
    roots = api.get("/events/aggregate?by=root&modality=all").json()["groups"]
    assert {g["root"]: g["count"] for g in roots} == {"15": 1, "05": 1, "03": 1, "19": 1}
    timeline = api.get("/events/aggregate?by=day,quad").json()["groups"]
    assert [(g["day"], g["quad"], g["count"]) for g in timeline] == [
        ("2008-08-24", 4, 1), ("2008-08-25", 1, 1), ("2008-08-26", 1, 1)]
    located = api.get("/events/aggregate?by=location").json()["groups"]
    assert {(g["location"], g["country"], g["lat"], g["lon"], g["count"]) for g in located} == {
        ("Georgia", "GEO", 42.0, 43.5, 1), ("Tskhinvali", "GEO", 42.23, 43.97, 1)}


def test_serve_quotes_places_documents(api):
    quotes = api.get("/quotes?speaker=Bagapsh").json()["quotes"]
    assert [q["text"] for q in quotes] == ["There is no other way."] and quotes[0]["date"] == "2008-08-25"
    assert len(api.get("/quotes").json()["quotes"]) == 2
    assert [p["name"] for p in api.get("/places?country=GEO").json()["places"]] == ["Tskhinvali", "South Ossetia"]
    assert [p["name"] for p in api.get(f"/places?document={B}").json()["places"]] == ["Washington"]
    assert api.get("/places?limit=1").json()["next"] == 1
    doc = api.get(f"/documents/{A}").json()
    assert doc["title"] == "Russian MPs back Georgia's breakaway regions"
    assert len(doc["events"]) == 3 and doc["sources"][0]["url"] == "https://www.euronews.com/a"
    missing = api.get("/documents/" + "f" * 64)
    assert missing.status_code == 404 and missing.json() == {"error": "no document " + "f" * 64}


def test_serve_events_and_documents_carry_plover_mode_and_context(api):
    (moved,) = api.get("/events?code=154").json()["events"]
    assert (moved["plover"], moved["plover_mode"], moved["plover_context"]) == ("MOBILIZE", "troops", "military")
    events = api.get(f"/documents/{A}").json()["events"]
    assert [(e["code"], e["plover_mode"], e["plover_context"]) for e in events] == [
        ("051", None, "diplomatic"), ("190", None, "military"), ("154", "troops", "military")]


def test_serve_export_matches_dyad_export(api, store):
    for fmt in ("gdelt", "jsonl", "csv"):
        res = api.get(f"/export?format={fmt}&no_text=true")
        assert res.status_code == 200
        expected = io.StringIO()
        export(store, fmt, expected, no_text=True)
        assert res.text == expected.getvalue()
    rows = api.get("/export?format=gdelt").text.splitlines()
    assert len(rows) == 3 and all(len(r.split("\t")) == 61 for r in rows)
    assert len(list(csv.reader(io.StringIO(api.get("/export?format=csv").text)))) == 5  # header + 4 mentions
    assert api.get("/export?format=xml").status_code == 400


# ---------------------------------------------------------------------------------------------------------------
# bad input: a clear 4xx, nothing changed


@pytest.mark.parametrize("path, message", [
    ("/events?actr=RUS", "unknown parameter actr"),
    ("/events?actor=RUS&colour=red", "unknown parameter colour"),
    ("/events?code=05x", "code"),
    ("/events?since=2008-02-30", "not a calendar day"),
    ("/events?since=yesterday", "since"),
    ("/events?quad=7", "quad"),
    ("/events?modality=maybe", "modality"),
    ("/events?limit=0", "limit"),
    ("/events?limit=5000", "limit"),
    ("/events/aggregate?by=outlet", "cannot group by outlet"),
    ("/events/aggregate?by=day;drop", "by"),
    ("/quotes?who=x", "unknown parameter who"),
    ("/places?country=Georgia", "country"),
    ("/documents/not-a-hash", "document_id"),
])
def test_serve_bad_queries_get_a_clear_400(api, path, message):
    res = api.get(path)
    assert res.status_code == 400, res.text
    assert message in res.json()["error"]
    assert "\n" not in res.json()["error"]


@pytest.mark.parametrize("path", [
    "/events?actor=RUS'%20OR%20'1'='1",
    "/events?code=05;DROP%20TABLE%20event_mentions",
    "/events?source=X%27);DELETE%20FROM%20documents;--",
    "/places?country=GEO'--",
])
def test_serve_injection_in_a_filter_is_refused(api, store, path):
    before = store.counts()
    assert api.get(path).status_code == 400
    assert store.counts() == before


@pytest.mark.parametrize("value", ["%' OR 1=1 --", "'; DROP TABLE documents; --", "_", "%"])
def test_serve_injection_in_free_text_matches_only_itself(api, store, value):
    before = store.counts()
    for path in ("/events", "/quotes", "/places"):
        key = {"/events": "text", "/quotes": "speaker", "/places": "name"}[path]
        res = api.get(path, params={key: value, "modality": "all"} if path == "/events" else {key: value})
        assert res.status_code == 200 and res.json()[path[1:]] == []
    assert store.counts() == before


def test_serve_malformed_bodies_get_400(api):
    bad = [
        (b"{not json", {"content-type": "application/json"}, "not valid JSON"),
        (b'{"text": "x", "html": "<p>x</p>"}', {"content-type": "application/json"}, "exactly one"),
        (b'{"body": "x"}', {"content-type": "application/json"}, "unknown field"),
        (b'{"text": "  "}', {"content-type": "application/json"}, "empty"),
        (b'{"text": "Talks.", "date": "2008-13-01"}', {"content-type": "application/json"}, "calendar day"),
        (b'["text"]', {"content-type": "application/json"}, "bad request"),
    ]
    for body, headers, message in bad:
        res = api.post("/code", content=body, headers=headers)
        assert res.status_code == 400, (body, res.text)
        assert message in res.json()["error"], res.json()


def test_serve_body_size_is_limited(store):
    api = client(store, token=TOKEN, max_bytes=1000)
    big = json.dumps({"text": "Russia backed the rebels. " * 100})
    res = api.post("/code", content=big, headers={"content-type": "application/json"})
    assert res.status_code == 413 and "limit is 1000 bytes" in res.json()["error"]

    def chunked():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b" " * 200

    res = api.post("/documents", content=chunked(), headers={"authorization": f"Bearer {TOKEN}",
                                                            "content-type": "application/json"})
    assert res.status_code == 413


# ---------------------------------------------------------------------------------------------------------------
# tokens


def test_serve_writes_need_the_token(store):
    before = store.counts()
    article = {"text": "Russia's parliament backed Georgian separatists on Monday.", "date": "2008-08-25"}
    assert client(store).post("/documents", json=article).status_code == 403  # no token set: no writes at all
    api = client(store, token=TOKEN)
    assert api.post("/documents", json=article).status_code == 401
    assert api.post("/documents", json=article, headers={"authorization": "Bearer wrong"}).status_code == 401
    api.cookies.set("dyad_token", TOKEN)
    assert api.post("/documents", json=article).status_code == 401  # a cookie never authorises a write
    assert store.counts() == before


def test_serve_reads_need_the_token_beyond_loopback(store):
    api = client(store, token=TOKEN, exposed=True)
    res = api.get("/events")
    assert res.status_code == 401 and "DYAD_TOKEN" in res.json()["error"]
    assert api.get("/events", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert api.get("/events", headers={"authorization": "Bearer nope"}).status_code == 401
    api.cookies.set("dyad_token", TOKEN)
    assert api.get("/events").status_code == 200
    assert client(store).get("/events").status_code == 200  # on loopback reads are open


# ---------------------------------------------------------------------------------------------------------------
# coding (loads the parser)

SEED_TEXT = SEED.read_text(encoding="utf-8") if SEED.exists() else None


@pytest.mark.skipif(SEED_TEXT is None, reason="the shared seed page is not present")
def test_serve_code_is_stateless_and_ingest_stores(store):
    api = client(store, token=TOKEN)
    before = store.counts()
    coded = api.post("/code", json={"text": SEED_TEXT, "date": "2008-08-25"})
    assert coded.status_code == 200, coded.text
    doc = coded.json()
    assert any(e["source"]["code"] == "RUSLEG" and e["root"] == "05" for e in doc["events"])
    assert doc["quotes"] and doc["places"]
    assert store.counts() == before  # /code stores nothing

    auth = {"authorization": f"Bearer {TOKEN}"}
    res = api.post("/documents", json={"text": SEED_TEXT, "date": "2008-08-25", "outlet": "Euronews"}, headers=auth)
    assert res.status_code == 201 and res.json()["status"] == "ingested"
    assert res.json()["id"] == doc["id"] and res.json()["events"] == len(doc["events"])
    again = api.post("/documents", json={"text": SEED_TEXT, "date": "2008-08-25"}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    stored = api.get(f"/documents/{doc['id']}").json()
    assert len(stored["events"]) == len(doc["events"]) and stored["outlet"] == "Euronews"


# ---------------------------------------------------------------------------------------------------------------
# the real server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_url: str, env: dict | None = None, host: str = "127.0.0.1"):
    """``dyad serve`` in its own process; returns (process, base URL) once it answers."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dyad", "serve", "--host", host, "--port", str(port), "--db", db_url],
        env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        if proc.poll() is not None:
            raise RuntimeError(f"dyad serve exited {proc.returncode}: {proc.stderr.read()}")
        try:
            httpx.get(base + "/openapi.json", timeout=1)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("dyad serve did not answer within 15 s")


def test_serve_runs_as_a_process(tmp_path):
    url = f"sqlite:///{tmp_path}/news.db"
    with Store.open(url) as s:
        s.add_all([make_doc_a(), make_doc_b()])
    proc, base = start_server(url)
    try:
        assert [e["code"] for e in httpx.get(base + "/events?actor=RUS").json()["events"]] == ["154", "051", "036"]
    finally:
        proc.terminate()
        proc.wait(10)
    refused = subprocess.run([sys.executable, "-m", "dyad", "serve", "--host", "0.0.0.0", "--db", url],
                             env={k: v for k, v in os.environ.items() if k != "DYAD_TOKEN"},
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "no DYAD_TOKEN set" in refused.stderr


def test_serve_module_never_loaded_by_coding():
    code = "import dyad, dyad.cli, dyad.store, sys; print('fastapi' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"



# ---------------------------------------------------------------------------------------------------------------
# the web interface's pages (their behaviour in a browser: test_web.py)


def test_serve_pages_are_local_and_locked_down(api):
    for path in ("/", f"/article/{A}", "/try"):
        res = api.get(path)
        assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in res.headers["content-security-policy"]
        assert "GeoNames" in res.text
        for src in re.findall(r'(?:src|href)="([^"]+)"', res.text):
            assert src.startswith(("/", "#", "data:")) or "geonames.org" in src or "naturalearthdata.com" in src, src
    for asset in ("/static/dyad.js", "/static/events.js", "/static/article.js", "/static/code.js",
                  "/static/dyad.css"):
        assert api.get(asset).status_code == 200, asset
    assert api.get("/article/x'--").status_code in (400, 404)
    assert api.get("/?actor=RUS&root=05").status_code == 200  # the page checks its filters through the API


def test_serve_world_outline_is_served_by_dyad(api):
    from dyad.serve.world import atlas_path

    if not atlas_path().exists():
        pytest.skip(f"world-atlas is not installed at {atlas_path()} (make install puts it there)")
    outline = api.get("/world.json").json()
    assert len(outline["countries"]) > 170
    georgia = next(c for c in outline["countries"] if c["name"] == "Georgia")
    xs = [float(p.split(",")[0]) for p in re.findall(r"[\d.]+,[\d.]+", georgia["d"])]
    assert 39.5 + 180 < min(xs) and max(xs) < 47 + 180  # Georgia lies between 40 and 46.7 degrees east


def test_serve_decodes_topojson_arcs():
    from dyad.serve.world import decode

    topology = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [-180, -90]},
                "arcs": [[[180, 90], [10, 0], [0, 10]], [[190, 100], [-10, 0], [0, -10]]],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Square"}, "id": "1"},
                    {"type": "Polygon", "arcs": [[~1, ~0]], "properties": {"name": "Reversed"}, "id": "2"}]}}}
    square, reversed_ = decode(topology)
    assert square == {"name": "Square", "id": "1",
                      "d": "M180.00,90.00L190.00,90.00L190.00,80.00L180.00,80.00L180.00,90.00Z"}
    assert reversed_["d"] == "M180.00,90.00L180.00,80.00L190.00,80.00L190.00,90.00L180.00,90.00Z"


def test_serve_token_in_the_address_becomes_a_cookie(store):
    api = client(store, token=TOKEN, exposed=True)
    assert api.get("/").status_code == 401
    res = api.get(f"/?token={TOKEN}", follow_redirects=False)
    assert res.status_code == 303 and "token" not in res.headers["location"]
    assert "httponly" in res.headers["set-cookie"].lower()
    assert api.get("/events").status_code == 200  # the cookie now opens reads

"""Load test of ``dyad serve``: filtered ``GET /events`` on loopback against 100,000 stored event mentions.

    python benchmarks/load_serve.py [--db URL | --sqlite FILE] [--mentions 100000] [--duration 20] [--connections 8]

The store is filled from real coded documents: PolNeAR train articles (../shared/data/polnear/data/train/text)
are coded by dyad, then each coded document is stored again and again, each copy with its own id, its events
moved to other days of 2007-2010 and their actors to other countries (roles kept), until the store holds
``--mentions`` event mentions. Copies are written 500 documents per transaction with the rows ingest writes
(``store.document_rows``), bypassing near-duplicate folding, which would rightly fold copies of one text. ``--db`` takes a PostgreSQL URL (a schema of its own is made, and dropped unless
``--schema`` names one to keep); ``--sqlite`` names a SQLite file to fill and keep; the default is a fresh SQLite
file, removed afterwards. A kept store already holding enough mentions is used as it is. ``dyad serve`` then runs in its own process (one uvicorn worker) and wrk (Debian's
package ``wrk``) sends ``--connections`` concurrent requests for ``--duration`` seconds, cycling through a few
filtered queries, after a short warm-up. Prints requests/s and latency percentiles. Target on SQLite on a 2-core
machine: at least 200 requests/s with p99 under 100 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

import httpx
import sqlalchemy as sa

from dyad.pipeline import Item, Pipeline
from dyad.settings import Settings
from dyad.store import Store, document_rows

HERE = Path(__file__).resolve()
CORPUS = HERE.parents[2] / "shared" / "data" / "polnear" / "data" / "train" / "text"
COUNTRIES = ("RUS", "USA", "GEO", "UKR", "CHN", "IRN", "ISR", "PSE", "SYR", "TUR", "GRC", "FRA", "DEU", "GBR",
             "IND", "PAK", "AFG", "IRQ", "EGY", "NGA", "BRA", "VEN", "MEX", "JPN", "PRK", "KOR", "SRB", "KSV")
QUERIES = (
    "/events?actor=RUS&since=2008-01-01&until=2008-12-31&limit=50",
    "/events?code=04&quad=1&limit=50",
    "/events?actor=USAGOV&root=05&limit=50",
    "/events?quad=4&since=2009-06-01&limit=50",
)


def coded_documents(n_articles: int) -> list:
    """Code the first ``n_articles`` PolNeAR train articles; keep those with events."""
    paths = sorted(CORPUS.glob("*.txt"))[:n_articles]
    if not paths:
        sys.exit(f"no articles in {CORPUS}")
    pipeline = Pipeline(Settings())
    items = [Item(p.read_text(encoding="utf-8"), p.stem, "text", p.stem.split("_")[1], None) for p in paths]
    docs = list(pipeline.code_documents(pipeline.extract(i) for i in items))
    return [d for d in docs if d.events]


def _recode(mention, country: str):
    if mention is None or not mention.code:
        return mention
    code = mention.code
    if len(code) >= 3 and code[:3].isalpha() and code[:3] not in ("IGO", "NGO", "MNC", "GOV", "MIL", "OPP"):
        code = country + code[3:]
    return replace(mention, code=code)


def variant(doc, k: int, rng: random.Random):
    """Copy ``k`` of a coded document: its own id, its events on other days and between other countries."""
    base = Date2007 + rng.randrange(4 * 365)
    a, b = rng.sample(COUNTRIES, 2)
    events = []
    for e in doc.events:
        day = _iso(base + rng.randrange(3))
        events.append(replace(e, date=day, source=_recode(e.source, a), target=_recode(e.target, b)))
    new_id = hashlib.sha256(f"{doc.id}/{k}".encode()).hexdigest()[:16]
    return replace(doc, id=new_id, date=_iso(base), events=events)


Date2007 = 13514  # days from 1970-01-01 to 2007-01-01


def _iso(days: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(days * 86400))


def fill(store: Store, docs: list, mentions: int, batch: int = 500) -> int:
    """Store copies until the store holds ``mentions`` event mentions; ``batch`` documents per transaction, with
    the rows ``dyad ingest`` writes for each (``store.document_rows``)."""
    rng = random.Random(7)
    stored = store.counts()["event_mentions"]
    k = store.counts()["documents"]
    t = time.perf_counter()
    while stored < mentions:
        tables: dict = {}
        for _ in range(batch):
            doc = variant(docs[k % len(docs)], k, rng)
            k += 1
            stored += len(doc.events)
            for table, rows in document_rows(doc, doc.url, doc.outlet):
                tables.setdefault(table, []).extend(rows)
        with store.engine.begin() as conn:
            for table, rows in tables.items():
                if rows:
                    conn.execute(sa.insert(table), rows)
        print(f"  {stored} event mentions stored ({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    return stored


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(base: str, seconds: int, connections: int) -> dict:
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    paths = ", ".join(f'"{q}"' for q in QUERIES)
    script.write(f"local paths = {{{paths}}}\nlocal i = 0\n"
                 "request = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n")
    script.close()
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, base],
                         capture_output=True, text=True, check=True).stdout
    Path(script.name).unlink()
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "raw": out}
    for pct in ("50", "90", "99"):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\b", out, re.M)
        if m:
            result[f"p{pct}_ms"] = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(errors.group(1)) if errors else 0
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="PostgreSQL URL (a schema of its own is made); default: a fresh SQLite file")
    ap.add_argument("--schema", help="with --db: the PostgreSQL schema to fill and keep")
    ap.add_argument("--sqlite", type=Path, help="a SQLite file to fill and keep")
    ap.add_argument("--fill-only", action="store_true", help="fill the store, then stop")
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=60, help="PolNeAR articles to code as the seed documents")
    ap.add_argument("--duration", type=int, default=20)
    ap.add_argument("--connections", type=int, default=8)
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")

    tmp = Path(tempfile.mkdtemp(prefix="dyad-load-"))
    schema = None
    if args.db:
        schema = args.schema or f"dyad_load_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(args.db)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        url = sa.make_url(args.db).update_query_dict({"options": f"-csearch_path={schema}"}) \
            .render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{args.sqlite or tmp / 'load.db'}"
    try:
        with Store.open(url) as store:
            stored = store.counts()["event_mentions"]
            if stored < args.mentions:
                print(f"coding {args.articles} PolNeAR articles ...", file=sys.stderr)
                docs = coded_documents(args.articles)
                print(f"  {len(docs)} with events, {sum(len(d.events) for d in docs)} events", file=sys.stderr)
                t = time.perf_counter()
                stored = fill(store, docs, args.mentions)
                print(f"  filled in {time.perf_counter() - t:.0f} s", file=sys.stderr)
                with store.engine.begin() as conn:  # planner statistics, as autovacuum or PRAGMA optimize would
                    conn.exec_driver_sql("ANALYZE")
            print(f"  {store.counts()}", file=sys.stderr)
        if args.fill_only:
            return

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "dyad", "serve", "--port", str(port), "--db", url])
        try:
            for _ in range(300):
                try:
                    httpx.get(base + "/openapi.json", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            for q in QUERIES:
                r = httpx.get(base + q, timeout=30)
                r.raise_for_status()
                print(f"  {q}: {len(r.json()['events'])} rows", file=sys.stderr)
            wrk(base, 3, args.connections)  # warm-up
            result = wrk(base, args.duration, args.connections)
        finally:
            server.terminate()
            server.wait(10)
    finally:
        if schema and not args.schema:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        if schema:
            admin.dispose()
        shutil.rmtree(tmp, ignore_errors=True)

    backend = "PostgreSQL" if args.db else "SQLite"
    print(f"{backend}, {stored} event mentions, {platform.machine()}, Python {platform.python_version()}, "
          f"wrk {args.connections} connections for {args.duration} s over {len(QUERIES)} filtered queries")
    print(f"requests/s {result['rps']:.0f}   p50 {result.get('p50_ms', float('nan')):.1f} ms   "
          f"p90 {result.get('p90_ms', float('nan')):.1f} ms   p99 {result.get('p99_ms', float('nan')):.1f} ms   "
          f"non-2xx {result['non_2xx']}")


if __name__ == "__main__":
    main()

"""Ingest: one writer, one transaction per document, resumable after kill -9, the same results with workers; URL
lists fetched politely and not twice."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SHARED, Route, Site, articles, page
from typer.testing import CliRunner

from dyad.cli import app

POLNEAR = SHARED / "data" / "polnear" / "data" / "train" / "text"


def _stored(db) -> dict[str, tuple[int, int, int, int]]:
    """Each stored document's id -> (events in its row, event mentions, quotes, places stored for it)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {
            doc: (n, *(conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", (doc,)).fetchone()[0]
                       for table in ("event_mentions", "quotes", "places")))
            for doc, n in conn.execute("SELECT id, n_events FROM documents")
        }


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or its schema not yet written
        return 0


def _ingest(folder, db, *extra) -> list[str]:
    return [sys.executable, "-m", "dyad", "ingest", str(folder), "--db", f"sqlite:///{db}", *extra]


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR texts not present in ../shared/data")
def test_ingest_resumes_after_kill_9(tmp_path):
    # 30 real news articles of 1.5-2.5 KB, copied into the test's own folder
    files = [f for f in sorted(POLNEAR.glob("*.txt")) if 1500 <= f.stat().st_size <= 2500][:30]
    assert len(files) == 30
    folder = tmp_path / "in"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)

    # kill -9 as soon as the first documents are stored: one process codes in chunks, so the rest is still to come
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest(folder, killed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while _count(killed) == 0:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "nothing stored in 90 s"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    before = _stored(killed)
    assert 0 < len(before) < 30

    # run again, this time with two worker processes: it stores what is missing and nothing twice
    again = subprocess.run(_ingest(folder, killed, "--workers", "2"), capture_output=True, text=True, timeout=180)
    assert again.returncode == 0, again.stderr
    assert f"ingested {30 - len(before)}, duplicate {len(before)}, skipped 0, failed 0" in again.stderr
    resumed = _stored(killed)

    # a clean run in one go stores the same documents, each with the same events, quotes and places
    clean = tmp_path / "clean.db"
    res = CliRunner().invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{clean}"])
    assert res.exit_code == 0, res.output
    expected = _stored(clean)
    assert len(expected) == 30
    assert resumed == expected
    assert {doc: expected[doc] for doc in before} == before  # what the killed run stored was already whole
    assert sum(n for n, *_ in expected.values()) > 0
    with sqlite3.connect(killed) as conn:
        assert conn.execute("SELECT count(*) FROM document_sources").fetchone()[0] == 30  # no source twice


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_ingest_workers_end_when_ingest_is_killed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02d}.txt").write_text(f"Kenya and Uganda signed trade agreement number {n} on Monday.\n")
    proc = subprocess.Popen(_ingest(folder, tmp_path / "t.db", "--workers", "2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2:  # the two workers (a resource tracker may be there too)
            assert proc.poll() is None and time.monotonic() < deadline
            workers = {c for c in _children(proc.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()}
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 20
        while any(_alive(w) for w in workers):  # orphaned, they notice and end instead of waiting for work
            assert time.monotonic() < deadline, "worker processes outlived the killed ingest"
            time.sleep(0.2)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_ingest_warc_gz_end_to_end(tmp_path):
    import io

    from test_sources import ARTICLE, KOMMERSANT
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from dyad.store import Store

    path = tmp_path / "CC-NEWS-20220329.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, body, ctype in (("https://example.org/kommersant", KOMMERSANT.encode("windows-1251"), "text/html"),
                                 ("https://example.org/geneva", ARTICLE.encode("utf-8"), "text/html; charset=utf-8"),
                                 ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2022-03-29T09:00:00Z"}))
    db = f"sqlite:///{tmp_path}/t.db"
    res = CliRunner().invoke(app, ["ingest", str(path), "--db", db])
    assert res.exit_code == 0, res.output
    assert "ingested 2, duplicate 0, skipped 0, failed 0" in res.stderr
    with Store.open(db) as store:
        docs = {store.sources(d)[0]["url"]: store.document(d) for d in _stored(tmp_path / "t.db")}
    assert set(docs) == {"https://example.org/kommersant", "https://example.org/geneva"}
    assert "«Коммерсантъ»" in docs["https://example.org/kommersant"]["text"]
    assert docs["https://example.org/kommersant"]["date"] == "2022-03-29"  # the crawl date, the page giving none


# ---------------------------------------------------------------------------------------------------------------
# URL lists, fetched politely from sites on 127.0.0.1 and 127.0.0.2


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def two_sites(site):
    """127.0.0.1 with robots.txt (no /private/), a page that answers 503 once, a redirect, a missing page; and
    127.0.0.2 with one page and no robots.txt. Pages are PolNeAR dev articles, each on its own."""
    other = Site("127.0.0.2")
    arts = iter(articles(6))
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for path in ("/politics/a.html", "/politics/b.html", "/private/c.html", "/world/e.html"):
        site.routes[path] = Route(page(*next(arts)))
    site.routes["/world/d.html"] = Route(page(*next(arts)), failures=[503])
    site.routes["/old.html"] = Route(b"", status=301, headers={"Location": "/world/e.html"})
    other.routes["/f.html"] = Route(page(*next(arts)))
    yield site, other
    other.close()


def _url_list(tmp_path, site, other, dead) -> Path:
    lines = ["# the week's politics", site.url("/politics/a.html"), site.url("/private/c.html"),
             other.url("/f.html"), site.url("/world/d.html"), site.url("/missing.html"), dead,
             site.url("/old.html"), "", site.url("/politics/b.html"), site.url("/politics/a.html")]
    path = tmp_path / "week.urls"
    path.write_text("\n".join(lines) + "\n")
    return path


def _ingest_list(path, db, fetcher, lines):
    from dyad.ingest import ingest
    from dyad.pipeline import Pipeline
    from dyad.settings import Settings
    from dyad.store import Store

    with Store.open(db) as store, fetcher:
        counts = ingest([str(path)], store, Pipeline(Settings()), report=lines.append, fetcher=fetcher)
        sources = {s["url"] for d in _ids(store) for s in store.sources(d)}
    return counts, sources


def _ids(store) -> list[str]:
    import sqlalchemy as sa

    from dyad.schema import documents

    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(documents.c.id)).scalars())


def test_ingest_url_list_is_fetched_politely(tmp_path, two_sites):
    from dyad.fetch import USER_AGENT, Fetcher

    site, other = two_sites
    dead = f"http://127.0.0.3:{_closed_port()}/gone.html"  # nothing listens there
    path = _url_list(tmp_path, site, other, dead)
    lines: list[str] = []
    fetcher = Fetcher(delay=0.4, timeout=2, retries=2, backoff=0.05)
    counts, stored = _ingest_list(path, f"sqlite:///{tmp_path / 'news.db'}", fetcher, lines)

    # a, b, d (after a 503), e (through a redirect) and f stored; c disallowed, one missing, one host down; the
    # URL listed twice is fetched once
    assert (counts["ingested"], counts["duplicate"], counts["skipped"], counts["failed"]) == (5, 1, 3, 0)
    assert stored == {site.url(p) for p in ("/politics/a.html", "/politics/b.html", "/world/d.html",
                                            "/world/e.html")} | {other.url("/f.html")}
    assert f"{path}:3: {site.url('/private/c.html')}: disallowed by robots.txt, skipped" in lines
    assert f"{path}:6: {site.url('/missing.html')}: HTTP 404, skipped" in lines
    down = [line for line in lines if line.startswith(f"{path}:7: {dead}: robots.txt unavailable")]
    assert len(down) == 1 and "ConnectError" in down[0] and down[0].endswith(", skipped")
    assert len(lines) == 3 and all("\n" not in line for line in lines)  # one line for each URL that failed

    assert "/private/c.html" not in site.paths()  # robots.txt obeyed
    assert site.paths().count("/robots.txt") == 1 and site.paths().count("/politics/a.html") == 1
    assert site.paths().count("/world/d.html") == 2  # retried after its 503
    assert all(h.headers["user-agent"] == USER_AGENT for h in site.hits + other.hits)
    # requests to one host start at least --delay apart (robots.txt and each redirect hop included), as the server
    # sees them (less the jitter of the loopback and the server's threads: a new connection arrives later, and on a
    # loaded two-core machine one arrival was seen 0.14 s late, so each gap may shrink by half; the whole run may not)
    for s in (site, other):
        starts = [h.at for h in s.hits]
        gaps = [round(b - a, 3) for a, b in zip(starts, starts[1:])]
        assert min(gaps) >= 0.4 * 0.5 and starts[-1] - starts[0] >= 0.4 * len(gaps) - 0.1, (s.paths(), gaps)
    assert len(site.hits) == 8 and len(other.hits) == 2


def test_ingest_url_list_again_fetches_nothing_stored(tmp_path, two_sites):
    from dyad.fetch import Fetcher

    site, other = two_sites
    dead = f"http://127.0.0.3:{_closed_port()}/gone.html"
    path = _url_list(tmp_path, site, other, dead)
    db = f"sqlite:///{tmp_path / 'news.db'}"
    first, stored = _ingest_list(path, db, Fetcher(delay=0, timeout=2, retries=1, backoff=0.01), [])
    assert first["ingested"] == 5
    site.hits.clear()
    other.hits.clear()

    lines: list[str] = []
    again, stored_again = _ingest_list(path, db, Fetcher(delay=0, timeout=2, retries=1, backoff=0.01), lines)
    # the five stored pages (one of them known by the URL that redirected to it) are not asked for: they count as
    # duplicates, as does the URL listed twice; only what failed is tried again
    assert (again["ingested"], again["duplicate"], again["skipped"], again["failed"]) == (0, 6, 3, 0)
    assert stored_again == stored
    assert site.paths() == ["/robots.txt", "/missing.html"] and other.paths() == []
    assert len(lines) == 3


def test_ingest_cli_url_list_flags(tmp_path, site):
    site.routes["/robots.txt"] = Route(b"User-agent: dyad\nDisallow: /wires/\n", content_type="text/plain")
    (title, date, body), = articles(1)
    site.routes["/a.html"] = Route(page(title, date, body), failures=[503, 503])
    site.routes["/wires/b.html"] = Route(page(title, date, body))
    path = tmp_path / "list.txt"
    path.write_text(f"{site.url('/a.html')}\n{site.url('/wires/b.html')}\n")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    res = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--delay", "0", "--retries", "2",
                                   "--timeout", "2"])
    assert res.exit_code == 1, res.output  # one URL skipped
    assert f"{path}:2: {site.url('/wires/b.html')}: disallowed by robots.txt, skipped" in res.stderr
    assert "ingested 1, duplicate 0, skipped 1, failed 0" in res.stderr
    assert site.paths() == ["/robots.txt", "/a.html", "/a.html", "/a.html"]

    res = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--delay", "0", "--retries", "0"])
    assert "ingested 0, duplicate 1, skipped 1, failed 0" in res.stderr
    assert site.paths().count("/a.html") == 3  # not fetched again

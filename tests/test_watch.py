"""watch: polling RSS and Atom feeds served on 127.0.0.1 into a store, with news pages built from PolNeAR articles.

The site has an RSS and an Atom feed, a robots.txt that disallows /private/, a feed that answers 500, a page that
is missing (404) and one that times out. The article text is read from ../shared at test time
(``conftest.articles``), never stored here.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from conftest import OUTLET, Route, articles, page
from typer.testing import CliRunner

from dyad.cli import app
from dyad.errors import InputError
from dyad.feed_state import FeedState
from dyad.fetch import Fetcher
from dyad.pipeline import Pipeline
from dyad.settings import Settings
from dyad.store import Store
from dyad.watch import Watcher, parse_interval, read_feed_list, summary, watch


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """RSS 2.0 with (guid, link, title) items."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f'<guid isPermaLink="false">{g}</guid><pubDate>Mon, 12 Sep 2016 09:00:00 GMT</pubDate></item>'
        for g, link, t in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OUTLET}: Politics</title>'
            f"<link>http://ledger.example/</link><description>Politics</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    """Atom 1.0 with (id, href, title) entries; hrefs may be relative to the feed."""
    entries = "".join(
        f'<entry><title>{html.escape(t)}</title><id>{i}</id><link rel="alternate" href="{html.escape(href)}"/>'
        f"<updated>2016-09-13T08:00:00Z</updated></entry>"
        for i, href, t in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{OUTLET}: World</title><id>urn:ledger:world</id><updated>2016-09-13T08:00:00Z</updated>"
            f"{entries}</feed>").encode()


RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings())


@pytest.fixture
def news(site):
    """The site filled: feeds, pages, robots.txt; returns the titles of the pages by path."""
    arts = articles(6)
    paths = ["/politics/a.html", "/politics/b.html", "/private/c.html", "/world/d.html", "/world/e.html",
             "/world/f.html"]
    titles = {}
    for path, (title, date, body) in zip(paths, arts):
        site.routes[path] = Route(page(title, date, body))
        titles[path] = title
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/slow.html"] = Route(page(*arts[5]), delay=5)
    site.routes["/rss.xml"] = Route(rss([
        ("pol-1", site.url("/politics/a.html"), titles["/politics/a.html"]),
        ("pol-2", site.url("/politics/b.html"), titles["/politics/b.html"]),
        ("pol-3", site.url("/private/c.html"), titles["/private/c.html"]),
        ("pol-4", site.url("/politics/missing.html"), "A page that is gone"),
        ("pol-5", site.url("/slow.html"), "A page that never answers"),
    ]), content_type=RSS_TYPE, last_modified="Mon, 12 Sep 2016 09:00:00 GMT")
    site.routes["/atom.xml"] = Route(atom([
        ("urn:ledger:d", "/world/d.html", titles["/world/d.html"]),
        ("urn:ledger:e", site.url("/world/e.html"), titles["/world/e.html"]),
        ("urn:ledger:a", site.url("/politics/a.html"), titles["/politics/a.html"]),  # also in the RSS feed
    ]), content_type=ATOM_TYPE, etag='W/"world-1"')
    site.routes["/broken.xml"] = Route(b"Internal Server Error", status=500, content_type="text/plain")
    site.routes["/notafeed.xml"] = Route(b"<html><body><p>Moved to our app</p></body></html>")
    return titles


def feed_list(tmp_path: Path, site, *paths: str) -> Path:
    f = tmp_path / "feeds.txt"
    f.write_text("# the Ledger's feeds\n\n" + "".join(site.url(p) + "\n" for p in paths))
    return f


def watcher(db_url: str, pipeline, lines: list[str], max_attempts: int = 3) -> Watcher:
    fetcher = Fetcher(delay=0, timeout=1.0, retries=1, backoff=0.01)
    return Watcher(Store.open(db_url), pipeline, fetcher, max_attempts=max_attempts, report=lines.append)


def close(w: Watcher) -> None:
    w.fetcher.close()
    w.store.close()


def page_hits(site) -> list[str]:
    return [p for p in site.paths() if p.endswith(".html")]


# ---------------------------------------------------------------------------------------------------------------


def test_watch_parse_interval():
    assert [parse_interval(t) for t in ("30s", "15m", "1h", "1h30m", "90", " 2M ")] == \
        [30, 900, 3600, 5400, 90, 120]
    for bad in ("", "0", "0s", "15x", "m", "1.5h", "-5m", "fifteen minutes"):
        with pytest.raises(InputError):
            parse_interval(bad)


def test_watch_read_feed_list(tmp_path):
    f = tmp_path / "feeds.txt"
    f.write_text("# comment\nhttp://a.example/rss.xml\n\n  https://b.example/atom.xml  \nnot a url\n"
                 "http://a.example/rss.xml\nftp://c.example/feed\n")
    lines: list[str] = []
    assert read_feed_list(f, lines.append) == ["http://a.example/rss.xml", "https://b.example/atom.xml"]
    assert lines == [f"{f}:5: not an http(s) feed URL, skipped", f"{f}:7: not an http(s) feed URL, skipped"]
    with pytest.raises(InputError, match="cannot read"):
        read_feed_list(tmp_path / "none.txt")


def test_watch_poll_ingests_new_items_and_survives_failures(tmp_path, site, news, pipeline):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    lines: list[str] = []
    w = watcher(db, pipeline, lines)
    try:
        urls = read_feed_list(feed_list(tmp_path, site, "/rss.xml", "/broken.xml", "/atom.xml", "/notafeed.xml"))
        counts = w.poll(urls)
        stored = {s["url"]: w.store.document(s["id"]) for s in _sources(w.store)}
    finally:
        close(w)
    # a, b, d, e stored; c disallowed; missing 404; slow timed out; a listed twice but fetched once
    assert counts["feeds"] == 4 and counts["feed_failed"] == 2 and counts["new"] == 8
    assert (counts["ingested"], counts["duplicate"], counts["skipped"], counts["failed"]) == (4, 1, 0, 0)
    assert (counts["disallowed"], counts["unfetched"], counts["retry"]) == (1, 2, 1)
    assert set(stored) == {site.url(p) for p in ("/politics/a.html", "/politics/b.html", "/world/d.html",
                                                 "/world/e.html")}
    for url, doc in stored.items():
        path = url.split(str(site.port))[1]
        assert doc["title"] == news[path]  # the article, not the page's chrome
        assert "Most read" not in doc["text"] and "All rights reserved" not in doc["text"]
        assert doc["date"].startswith("2016-")
        assert doc["language"] == "en"
    hits = page_hits(site)
    assert "/private/c.html" not in hits  # robots.txt honoured
    assert hits.count("/politics/a.html") == 1
    assert hits.count("/slow.html") == 2  # one retry with back-off, then left for the next poll
    assert site.paths().count("/robots.txt") == 1
    assert site.paths().count("/broken.xml") == 2  # retried once, then reported
    text = "\n".join(lines)
    assert f"{site.url('/broken.xml')}: HTTP 500, 2 tries" in text
    assert "not an RSS or Atom feed" in text
    assert f"{site.url('/politics/missing.html')}: HTTP 404, skipped" in text
    assert f"{site.url('/private/c.html')}: disallowed by robots.txt, skipped" in text
    assert "timed out" in text and "will try again at the next poll (1 of 3)" in text
    assert summary(counts).startswith("4 feeds (2 failed); 8 new items; ingested 4, duplicate 1")


def _sources(store: Store) -> list[dict]:
    import sqlalchemy as sa

    from dyad.schema import document_sources

    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.select(document_sources.c.document_id.label("id"),
                                                        document_sources.c.url)).mappings()]


def test_watch_restart_sends_validators_and_fetches_nothing_twice(tmp_path, site, news, pipeline):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    urls = read_feed_list(feed_list(tmp_path, site, "/rss.xml", "/atom.xml"))
    lines: list[str] = []
    w = watcher(db, pipeline, lines, max_attempts=2)
    first = w.poll(urls)
    close(w)
    assert first["ingested"] == 4
    site.hits.clear()

    w = watcher(db, pipeline, lines, max_attempts=2)  # a new process: all it knows is in the database
    second = w.poll(urls)
    feeds = {f.url: f for f in FeedState(w.store).feeds()}
    docs = w.store.counts()["documents"]
    close(w)
    rss_hit = next(h for h in site.hits if h.path == "/rss.xml")
    atom_hit = next(h for h in site.hits if h.path == "/atom.xml")
    assert rss_hit.headers["if-modified-since"] == "Mon, 12 Sep 2016 09:00:00 GMT"
    assert atom_hit.headers["if-none-match"] == 'W/"world-1"'
    assert second["not_modified"] == 2 and second["new"] == 0 and second["ingested"] == 0
    # only the page that timed out is tried again; it is given up after its second poll
    assert page_hits(site) == ["/slow.html", "/slow.html"]
    assert second["unfetched"] == 1 and second["retry"] == 0
    assert docs == 4
    assert feeds[site.url("/atom.xml")].etag == 'W/"world-1"' and feeds[site.url("/atom.xml")].status == 304
    assert feeds[site.url("/rss.xml")].title == f"{OUTLET}: Politics"

    site.hits.clear()
    w = watcher(db, pipeline, lines, max_attempts=2)
    third = w.poll(urls)
    items = FeedState(w.store).items(site.url("/rss.xml"))
    close(w)
    assert page_hits(site) == [] and third["unfetched"] == 0
    assert {k: (i.status, i.attempts) for k, i in items.items()} == {
        "pol-1": ("fetched", 1), "pol-2": ("fetched", 1), "pol-3": ("disallowed", 0),
        "pol-4": ("rejected", 1), "pol-5": ("failed", 2)}
    assert "HTTP 404" in items["pol-4"].error and "timed out" in items["pol-5"].error


def test_watch_changed_feed_fetches_only_its_new_item(tmp_path, site, news, pipeline):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    urls = read_feed_list(feed_list(tmp_path, site, "/atom.xml"))
    lines: list[str] = []
    w = watcher(db, pipeline, lines)
    assert w.poll(urls)["ingested"] == 3
    site.hits.clear()
    site.routes["/atom.xml"] = Route(atom([
        ("urn:ledger:f", site.url("/world/f.html"), news["/world/f.html"]),
        ("urn:ledger:d", "/world/d.html", news["/world/d.html"]),
        ("urn:ledger:e", site.url("/world/e.html"), news["/world/e.html"]),
    ]), content_type=ATOM_TYPE, etag='W/"world-2"')
    counts = w.poll(urls)
    etag = FeedState(w.store).feed(site.url("/atom.xml")).etag
    close(w)
    assert site.hits[0].headers["if-none-match"] == 'W/"world-1"'
    assert page_hits(site) == ["/world/f.html"]
    assert (counts["new"], counts["ingested"], counts["not_modified"]) == (1, 1, 0)
    assert etag == 'W/"world-2"'


def test_watch_transient_page_failure_is_fetched_at_a_later_poll(tmp_path, site, news, pipeline):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    site.routes["/politics/b.html"].failures = [503, 503, 503]
    site.routes["/rss.xml"] = Route(rss([("pol-2", site.url("/politics/b.html"), "b")]), content_type=RSS_TYPE)
    urls = read_feed_list(feed_list(tmp_path, site, "/rss.xml"))
    lines: list[str] = []
    w = watcher(db, pipeline, lines)  # one retry per poll
    first = w.poll(urls)
    second = w.poll(urls)
    close(w)
    assert (first["retry"], first["ingested"]) == (1, 0)
    assert (second["new"], second["retry"], second["ingested"]) == (0, 0, 1)
    assert page_hits(site) == ["/politics/b.html"] * 4


def test_watch_unexpected_error_in_one_feed_spares_the_others(tmp_path, site, news, pipeline, monkeypatch):
    import dyad.watch

    real = dyad.watch.parse_feed

    def parse(content, url):
        if url.endswith("/rss.xml"):
            raise RuntimeError("parser bug")
        return real(content, url)

    monkeypatch.setattr(dyad.watch, "parse_feed", parse)
    lines: list[str] = []
    w = watcher(f"sqlite:///{tmp_path / 'news.db'}", pipeline, lines)
    try:
        counts = w.poll(read_feed_list(feed_list(tmp_path, site, "/rss.xml", "/atom.xml")))
    finally:
        close(w)
    assert (counts["feed_failed"], counts["ingested"]) == (1, 3)
    assert f"feed {site.url('/rss.xml')}: failed (RuntimeError: parser bug); tried again at the next poll" in lines


def test_watch_with_worker_processes(tmp_path, site, news, pipeline):
    from dyad.workers import shutdown_pools

    lines: list[str] = []
    w = watcher(f"sqlite:///{tmp_path / 'news.db'}", pipeline, lines)
    w.workers = 2
    try:
        counts = w.poll(read_feed_list(feed_list(tmp_path, site, "/atom.xml")))
        titles = {w.store.document(s["id"])["title"] for s in _sources(w.store)}
    finally:
        close(w)
        shutdown_pools()  # the worker processes ingest keeps for later polls
    assert (counts["ingested"], counts["failed"]) == (3, 0), lines
    assert titles == {news["/world/d.html"], news["/world/e.html"], news["/politics/a.html"]}


def test_watch_loop_polls_every_interval(tmp_path, site, news, pipeline):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    f = feed_list(tmp_path, site, "/atom.xml")
    lines: list[str] = []
    waits: list[float] = []
    w = watcher(db, pipeline, lines)
    try:
        counts = watch(f, w, every=900, polls=3, sleep=waits.append)
    finally:
        close(w)
    assert len(waits) == 2 and all(0 < s <= 900 for s in waits)
    assert [p for p in site.paths() if p == "/atom.xml"] == ["/atom.xml"] * 3
    assert counts["not_modified"] == 1
    assert sum(line.startswith("1 feeds") for line in lines) == 3  # a summary after each poll


def test_watch_loop_needs_a_feed(tmp_path, site, pipeline):
    f = tmp_path / "feeds.txt"
    f.write_text("# nothing yet\n")
    w = watcher("sqlite://", pipeline, [])
    try:
        with pytest.raises(InputError, match="no feed URL"):
            watch(f, w, every=60, polls=1)
    finally:
        close(w)


def test_watch_state_on_every_backend(store_url):
    from dyad.feed_state import ItemRecord

    store = Store.open(store_url)
    try:
        state = FeedState(store)
        state.polled("http://a.example/rss", 200, etag='"1"', last_modified="Mon, 12 Sep 2016 09:00:00 GMT",
                     title="A")
        state.record([ItemRecord("http://a.example/rss", "k1", "http://a.example/1", None, "fetched", 1, None),
                      ItemRecord("http://a.example/rss", "k2", "http://a.example/2", "2016-09-12T09:00:00Z",
                                 "retry", 1, "timed out")])
        state.polled("http://a.example/rss", 304, keep_validators=True)
        state.record([ItemRecord("http://a.example/rss", "k2", "http://a.example/2", None, "fetched", 2, None)])
        feed = state.feed("http://a.example/rss")
        items = state.items("http://a.example/rss", ["k1", "k2", "k3"])
        assert (feed.etag, feed.status, feed.title) == ('"1"', 304, "A")
        assert {k: (i.status, i.attempts) for k, i in items.items()} == {"k1": ("fetched", 1), "k2": ("fetched", 2)}
        assert state.pending("http://a.example/rss") == []
        assert state.fetched_urls(["http://a.example/2", "http://a.example/3"]) == {"http://a.example/2"}
    finally:
        store.close()


# ---------------------------------------------------------------------------------------------------------------
# the command


def test_watch_cli_once(tmp_path, site, news):
    db = f"sqlite:///{tmp_path / 'news.db'}"
    runner = CliRunner()
    args = ["watch", "--once", "--db", db, "--delay", "0", "--timeout", "1", "--retries", "0"]
    ok = runner.invoke(app, [*args, str(feed_list(tmp_path, site, "/atom.xml"))])
    assert ok.exit_code == 0, ok.output
    assert "1 feeds; 3 new items; ingested 3, duplicate 0, skipped 0, failed 0" in ok.stderr
    again = runner.invoke(app, [*args, str(feed_list(tmp_path, site, "/atom.xml", "/broken.xml"))])
    assert again.exit_code == 1
    assert "2 feeds (1 not modified, 1 failed); 0 new items" in again.stderr
    assert "HTTP 500" in again.stderr
    dead = runner.invoke(app, [*args, str(feed_list(tmp_path, site, "/broken.xml"))])
    assert dead.exit_code == 2


def test_watch_cli_usage_errors(tmp_path):
    runner = CliRunner()
    f = tmp_path / "feeds.txt"
    f.write_text("http://127.0.0.1:9/rss.xml\n")
    bad = runner.invoke(app, ["watch", str(f), "--every", "soon", "--db", "sqlite://"])
    assert bad.exit_code == 2 and "not an interval: 'soon'" in bad.stderr
    missing = runner.invoke(app, ["watch", str(tmp_path / "none.txt"), "--once", "--db", "sqlite://"])
    assert missing.exit_code == 2 and "cannot read" in missing.stderr

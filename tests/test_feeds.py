"""feeds: conditional GET, robots.txt, the per-host rate limit, retries with back-off, and RSS/Atom parsing,
against a real HTTP server on the loopback interface."""

from __future__ import annotations

import time

import pytest
from conftest import Route, Site

from dyad.feeds import Fetcher, FetchError, parse_feed

PAGE = b"<html><head><title>Talks resume</title></head><body><p>Officials met on Tuesday.</p></body></html>"


class Waits:
    """A fake sleep that records what the fetcher asked to wait."""

    def __init__(self):
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def test_feeds_get_returns_page_and_validators(site):
    site.routes["/a.html"] = Route(PAGE, etag='"v1"', last_modified="Mon, 12 Sep 2016 10:00:00 GMT")
    with Fetcher(delay=0) as f:
        r = f.get(site.url("/a.html"))
    assert (r.status, r.content, r.content_type, r.charset) == (200, PAGE, "text/html", "utf-8")
    assert (r.etag, r.last_modified) == ('"v1"', "Mon, 12 Sep 2016 10:00:00 GMT")
    assert site.hits[0].headers["user-agent"].startswith("dyad/")


def test_feeds_conditional_get_sends_validators_and_gets_304(site):
    site.routes["/feed.xml"] = Route(b"<rss/>", etag='"abc"', last_modified="Tue, 13 Sep 2016 08:00:00 GMT")
    with Fetcher(delay=0) as f:
        r = f.get(site.url("/feed.xml"), etag='"abc"')
        assert r.not_modified and r.content == b""
        r = f.get(site.url("/feed.xml"), last_modified="Tue, 13 Sep 2016 08:00:00 GMT")
        assert r.not_modified
        r = f.get(site.url("/feed.xml"), etag='"old"')
        assert r.status == 200 and r.content == b"<rss/>"
    assert site.hits[0].headers["if-none-match"] == '"abc"'
    assert site.hits[1].headers["if-modified-since"] == "Tue, 13 Sep 2016 08:00:00 GMT"
    assert "if-modified-since" not in site.hits[0].headers


def test_feeds_retries_5xx_with_backoff_then_succeeds(site):
    site.routes["/a.html"] = Route(PAGE, failures=[503, 502])
    waits = Waits()
    with Fetcher(delay=0, retries=3, backoff=0.5, sleep=waits) as f:
        r = f.get(site.url("/a.html"))
    assert r.content == PAGE
    assert site.paths() == ["/a.html"] * 3
    assert waits.waits == [0.5, 1.0]  # doubled each time


def test_feeds_honours_retry_after(site):
    site.routes["/a.html"] = Route(PAGE, failures=[429], headers={"Retry-After": "7"})
    waits = Waits()
    with Fetcher(delay=0, backoff=0.5, sleep=waits) as f:
        assert f.get(site.url("/a.html")).content == PAGE
    assert waits.waits == [7.0]


def test_feeds_retry_after_too_long_gives_up_at_once(site):
    site.routes["/a.html"] = Route(PAGE, failures=[503], headers={"Retry-After": "3600"})
    with Fetcher(delay=0, max_wait=60, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/a.html"))
    assert e.value.transient and "Retry-After 3600s" in str(e.value)
    assert len(site.hits) == 1


def test_feeds_gives_up_after_its_retries(site):
    site.routes["/a.html"] = Route(b"oops", status=500)
    with Fetcher(delay=0, retries=2, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/a.html"))
    assert e.value.transient and e.value.status == 500
    assert str(e.value) == f"{site.url('/a.html')}: HTTP 500, 3 tries"
    assert len(site.hits) == 3


def test_feeds_404_is_final_and_not_retried(site):
    with Fetcher(delay=0, retries=3, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/missing.html"))
    assert not e.value.transient and e.value.status == 404
    assert len(site.hits) == 1


def test_feeds_timeout_is_transient(site):
    site.routes["/slow.html"] = Route(PAGE, delay=5)
    start = time.monotonic()
    with Fetcher(delay=0, timeout=0.3, retries=1, backoff=0.01) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/slow.html"))
    assert e.value.transient and "timed out" in str(e.value)
    assert len(site.hits) == 2
    assert time.monotonic() - start < 4


def test_feeds_unreachable_host_is_transient():
    site = Site()
    url = site.url("/a.html")
    site.close()  # nothing listens on that port any more
    with Fetcher(delay=0, retries=0) as f, pytest.raises(FetchError) as e:
        f.get(url)
    assert e.value.transient and "request failed" in str(e.value)


def test_feeds_size_cap(site):
    site.routes["/big.html"] = Route(b"x" * 5000)
    with Fetcher(delay=0, max_bytes=1000) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/big.html"))
    assert "exceeds --max-bytes 1000" in str(e.value)


class Clock:
    """A fake monotonic clock that the fake sleep moves forward."""

    def __init__(self):
        self.now = 100.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(round(seconds, 6))
        self.now += seconds


def test_feeds_rate_limit_is_per_host(site):
    other = Site("127.0.0.2")  # a second host on the loopback range
    clock = Clock()
    try:
        for s in (site, other):
            s.routes["/a.html"] = Route(PAGE)
        with Fetcher(delay=0.4, sleep=clock.sleep, clock=clock) as f:
            f.get(site.url("/a.html"))
            f.get(other.url("/a.html"))  # another host: no wait
            assert clock.waits == []
            clock.now += 0.1
            f.get(site.url("/a.html"))  # the same host: waits the rest of its delay
            f.get(site.url("/a.html"))  # and a whole delay after that
            clock.now += 1.0
            f.get(site.url("/a.html"))  # long enough since the last: no wait
    finally:
        other.close()
    assert clock.waits == [0.3, 0.4]
    assert len(site.hits) == 4 and len(other.hits) == 1


def test_feeds_rate_limit_spaces_real_requests(site):
    site.routes["/a.html"] = Route(PAGE)
    with Fetcher(delay=0.3) as f:
        start = time.monotonic()
        for _ in range(3):
            f.get(site.url("/a.html"))
        elapsed = time.monotonic() - start
    assert elapsed >= 0.6 and len(site.hits) == 3  # the second and third requests each waited their turn


def test_feeds_robots_txt_rules_for_dyad(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n\nUser-agent: dyad\nDisallow: /wires/\n"
                                       b"Crawl-delay: 2\n", content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html"))
        assert not f.allowed(site.url("/wires/b.html"))  # dyad's own group applies, not *'s
        assert f.allowed(site.url("/private/c.html"))
        assert f._host_delay["127.0.0.1"] == 2.0
    assert site.paths() == ["/robots.txt"]  # read once, then kept


def test_feeds_robots_txt_disallow_for_everyone(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html"))
        assert not f.allowed(site.url("/private/c.html"))


@pytest.mark.parametrize("status, allowed", [(404, True), (410, True), (401, False), (403, False)])
def test_feeds_robots_txt_missing_or_forbidden(site, status, allowed):
    if status != 404:
        site.routes["/robots.txt"] = Route(b"no", status=status, content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html")) is allowed


def test_feeds_robots_txt_server_error_is_transient(site):
    site.routes["/robots.txt"] = Route(b"down", status=503, content_type="text/plain")
    with Fetcher(delay=0, retries=0) as f, pytest.raises(FetchError) as e:
        f.allowed(site.url("/news/a.html"))
    assert e.value.transient and "robots.txt unavailable" in str(e.value)


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Ledger</title><link>http://news.example/</link>
<item><title>Talks resume</title><link>http://news.example/a.html</link><guid>ledger-1</guid>
<pubDate>Mon, 12 Sep 2016 10:30:00 +0200</pubDate></item>
<item><title>No guid</title><link>http://news.example/b.html</link></item>
<item><title>No link at all</title><description>text only</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World desk</title><id>urn:world</id>
<updated>2016-09-13T08:00:00Z</updated>
<entry><title>Relative</title><id>urn:world:1</id><link rel="alternate" href="/world/d.html"/>
<updated>2016-09-13T08:00:00Z</updated></entry>
<entry><title>Absolute</title><id>urn:world:2</id><link href="http://other.example/e.html"/>
<published>2016-09-12T23:15:00-04:00</published><updated>2016-09-13T09:00:00Z</updated></entry>
</feed>"""


def test_feeds_parse_rss():
    feed = parse_feed(RSS, "http://news.example/rss.xml")
    assert feed.title == "The Ledger" and feed.format == "rss20"
    # feedparser reads a guid as a link (isPermaLink defaults to true), so it resolves it against the feed's URL
    assert [(e.key, e.link) for e in feed.entries] == [
        ("http://news.example/ledger-1", "http://news.example/a.html"),
        ("http://news.example/b.html", "http://news.example/b.html")]
    assert feed.entries[0].published == "2016-09-12T08:30:00Z"  # in UTC
    assert feed.entries[1].published is None


def test_feeds_parse_atom_resolves_relative_links():
    feed = parse_feed(ATOM, "http://news.example/feeds/atom.xml")
    assert feed.format == "atom10"
    assert [(e.key, e.link, e.title) for e in feed.entries] == [
        ("urn:world:1", "http://news.example/world/d.html", "Relative"),
        ("urn:world:2", "http://other.example/e.html", "Absolute")]
    assert feed.entries[1].published == "2016-09-13T03:15:00Z"  # published wins over updated


@pytest.mark.parametrize("body", [b"<html><body><p>Just a page</p></body></html>", b"", b"\x89PNG\r\n\x1a\n\0\0"])
def test_feeds_parse_not_a_feed(body):
    with pytest.raises(FetchError) as e:
        parse_feed(body, "http://news.example/x")
    assert "not an RSS or Atom feed" in str(e.value) and not e.value.transient

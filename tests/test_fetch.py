"""fetch: conditional GET, robots.txt, the per-host rate limit, retries with back-off, the order of a batch of URLs
and pages, against a real HTTP server on the loopback interface."""

from __future__ import annotations

import time

import pytest
from conftest import Route, Site

import dyad

from dyad.fetch import USER_AGENT, Fetcher, FetchError, page_content

PAGE = b"<html><head><title>Talks resume</title></head><body><p>Officials met on Tuesday.</p></body></html>"


class Waits:
    """A fake sleep that records what the fetcher asked to wait."""

    def __init__(self):
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def test_fetch_get_returns_page_and_validators(site):
    site.routes["/a.html"] = Route(PAGE, etag='"v1"', last_modified="Mon, 12 Sep 2016 10:00:00 GMT")
    with Fetcher(delay=0) as f:
        r = f.get(site.url("/a.html"))
    assert (r.status, r.content, r.content_type, r.charset) == (200, PAGE, "text/html", "utf-8")
    assert (r.etag, r.last_modified) == ('"v1"', "Mon, 12 Sep 2016 10:00:00 GMT")
    assert site.hits[0].headers["user-agent"] == USER_AGENT == f"dyad/{dyad.__version__}"


def test_fetch_conditional_get_sends_validators_and_gets_304(site):
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


def test_fetch_retries_5xx_with_backoff_then_succeeds(site):
    site.routes["/a.html"] = Route(PAGE, failures=[503, 502])
    waits = Waits()
    with Fetcher(delay=0, retries=3, backoff=0.5, sleep=waits) as f:
        r = f.get(site.url("/a.html"))
    assert r.content == PAGE
    assert site.paths() == ["/a.html"] * 3
    assert waits.waits == [0.5, 1.0]  # doubled each time


def test_fetch_honours_retry_after(site):
    site.routes["/a.html"] = Route(PAGE, failures=[429], headers={"Retry-After": "7"})
    waits = Waits()
    with Fetcher(delay=0, backoff=0.5, sleep=waits) as f:
        assert f.get(site.url("/a.html")).content == PAGE
    assert waits.waits == [7.0]


def test_fetch_retry_after_too_long_gives_up_at_once(site):
    site.routes["/a.html"] = Route(PAGE, failures=[503], headers={"Retry-After": "3600"})
    with Fetcher(delay=0, max_wait=60, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/a.html"))
    assert e.value.transient and "Retry-After 3600s" in str(e.value)
    assert len(site.hits) == 1


def test_fetch_gives_up_after_its_retries(site):
    site.routes["/a.html"] = Route(b"oops", status=500)
    with Fetcher(delay=0, retries=2, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/a.html"))
    assert e.value.transient and e.value.status == 500
    assert str(e.value) == f"{site.url('/a.html')}: HTTP 500, 3 tries"
    assert len(site.hits) == 3


def test_fetch_404_is_final_and_not_retried(site):
    with Fetcher(delay=0, retries=3, sleep=Waits()) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/missing.html"))
    assert not e.value.transient and e.value.status == 404
    assert len(site.hits) == 1


def test_fetch_timeout_is_transient(site):
    site.routes["/slow.html"] = Route(PAGE, delay=5)
    start = time.monotonic()
    with Fetcher(delay=0, timeout=0.3, retries=1, backoff=0.01) as f, pytest.raises(FetchError) as e:
        f.get(site.url("/slow.html"))
    assert e.value.transient and "timed out" in str(e.value)
    assert len(site.hits) == 2
    assert time.monotonic() - start < 4


def test_fetch_unreachable_host_is_transient():
    site = Site()
    url = site.url("/a.html")
    site.close()  # nothing listens on that port any more
    with Fetcher(delay=0, retries=0) as f, pytest.raises(FetchError) as e:
        f.get(url)
    assert e.value.transient and "request failed" in str(e.value)


def test_fetch_size_cap(site):
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


def test_fetch_rate_limit_is_per_host(site):
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


def test_fetch_rate_limit_spaces_real_requests(site):
    site.routes["/a.html"] = Route(PAGE)
    with Fetcher(delay=0.3) as f:
        start = time.monotonic()
        for _ in range(3):
            f.get(site.url("/a.html"))
        elapsed = time.monotonic() - start
    assert elapsed >= 0.6 and len(site.hits) == 3  # the second and third requests each waited their turn


def test_fetch_robots_txt_rules_for_dyad(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n\nUser-agent: dyad\nDisallow: /wires/\n"
                                       b"Crawl-delay: 2\n", content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html"))
        assert not f.allowed(site.url("/wires/b.html"))  # dyad's own group applies, not *'s
        assert f.allowed(site.url("/private/c.html"))
        assert f._host_delay["127.0.0.1"] == 2.0
    assert site.paths() == ["/robots.txt"]  # read once, then kept


def test_fetch_robots_txt_disallow_for_everyone(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html"))
        assert not f.allowed(site.url("/private/c.html"))


@pytest.mark.parametrize("status, allowed", [(404, True), (410, True), (401, False), (403, False)])
def test_fetch_robots_txt_missing_or_forbidden(site, status, allowed):
    if status != 404:
        site.routes["/robots.txt"] = Route(b"no", status=status, content_type="text/plain")
    with Fetcher(delay=0) as f:
        assert f.allowed(site.url("/news/a.html")) is allowed


def test_fetch_robots_txt_server_error_is_transient(site):
    site.routes["/robots.txt"] = Route(b"down", status=503, content_type="text/plain")
    with Fetcher(delay=0, retries=0) as f, pytest.raises(FetchError) as e:
        f.allowed(site.url("/news/a.html"))
    assert e.value.transient and "robots.txt unavailable" in str(e.value)


def test_fetch_robots_txt_unavailable_is_remembered_for_a_while(site):
    site.routes["/robots.txt"] = Route(b"down", status=503, content_type="text/plain")
    clock = Clock()
    with Fetcher(delay=0, retries=0, robots_retry=300, sleep=clock.sleep, clock=clock) as f:
        for _ in range(3):  # the other pages of a site that is down cost no request
            with pytest.raises(FetchError) as e:
                f.allowed(site.url("/news/a.html"))
            assert e.value.transient and "robots.txt unavailable" in str(e.value)
        assert site.paths() == ["/robots.txt"]
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        clock.now += 301  # then it is asked again
        assert f.allowed(site.url("/news/a.html")) and not f.allowed(site.url("/private/b.html"))
    assert site.paths() == ["/robots.txt", "/robots.txt"]


def test_fetch_crawl_delay_applies_from_the_first_page(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 5\n", content_type="text/plain")
    site.routes["/a.html"] = Route(PAGE)
    clock = Clock()
    with Fetcher(delay=1, sleep=clock.sleep, clock=clock) as f:
        assert f.allowed(site.url("/a.html"))
        f.get(site.url("/a.html"))  # the page right after robots.txt already waits the Crawl-delay
        f.get(site.url("/a.html"))
    assert clock.waits == [5.0, 5.0]


def test_fetch_in_turn_keeps_every_host_busy(site):
    clock = Clock()
    urls = ["http://a.example/1", "http://a.example/2", "http://a.example/3", "http://b.example/1",
            "http://b.example/2", "http://c.example/1"]
    with Fetcher(delay=1.0, sleep=clock.sleep, clock=clock) as f:
        order = []
        for url in f.in_turn(urls):
            order.append(url)
            f._wait_turn(url)  # as a request would
            clock.now += 0.1  # each request takes a tenth of a second
    # each host's URLs keep their order; while a host must wait, the others go
    assert order == ["http://a.example/1", "http://b.example/1", "http://c.example/1", "http://a.example/2",
                     "http://b.example/2", "http://a.example/3"]
    assert clock.waits == [pytest.approx(0.7), pytest.approx(0.8)]  # only when no other host was free


def test_fetch_in_turn_without_waits_keeps_the_order_given():
    urls = ["http://a.example/1", "http://b.example/1", "http://a.example/2", "http://b.example/2"]
    with Fetcher(delay=0) as f:
        assert list(f.in_turn(urls)) == urls


def test_fetch_get_page(site):
    site.routes["/a.html"] = Route(PAGE)
    site.routes["/plain.txt"] = Route("Café “quoted”.".encode("cp1252"),
                                      content_type="text/plain; charset=windows-1252")
    site.routes["/logo.png"] = Route(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    site.routes["/empty.html"] = Route(b"  \n")
    with Fetcher(delay=0) as f:
        assert page_content(f.get_page(site.url("/a.html"))) == (PAGE.decode(), "html")
        assert page_content(f.get_page(site.url("/plain.txt"))) == ("Café “quoted”.", "text")
        for path, message in (("/logo.png", "not a page (image/png)"), ("/empty.html", "empty response")):
            with pytest.raises(FetchError) as e:
                f.get_page(site.url(path))
            assert str(e.value) == f"{site.url(path)}: {message}" and not e.value.transient


def test_fetch_redirect_hops_wait_their_turn(site):
    site.routes["/old.html"] = Route(b"", status=301, headers={"Location": "/new.html"})
    site.routes["/new.html"] = Route(PAGE)
    site.routes["/loop.html"] = Route(b"", status=302, headers={"Location": "/loop.html"})
    clock = Clock()
    with Fetcher(delay=0.5, max_redirects=3, sleep=clock.sleep, clock=clock) as f:
        r = f.get(site.url("/old.html"), etag='"v1"')
        assert (r.url, r.content) == (site.url("/new.html"), PAGE)
        assert clock.waits == [0.5]  # the second hop waited as a second request would
        with pytest.raises(FetchError) as e:
            f.get(site.url("/loop.html"))
        assert str(e.value) == f"{site.url('/loop.html')}: more than 3 redirects" and not e.value.transient
    assert site.paths() == ["/old.html", "/new.html"] + ["/loop.html"] * 4
    assert "if-none-match" not in site.hits[1].headers  # validators go to the URL they were for

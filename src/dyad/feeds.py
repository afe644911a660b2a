"""Polite HTTP for feeds and the pages they link to, and RSS/Atom parsing.

``Fetcher`` is one httpx client that every feed and page request goes through:

- **conditional GET**: ``get(url, etag=..., last_modified=...)`` sends ``If-None-Match`` / ``If-Modified-Since``
  and returns a ``Response`` with status 304 and no body when the resource has not changed;
- **robots.txt**: ``allowed(url)`` reads the site's robots.txt once per host (kept for ``robots_ttl`` seconds) with
  ``urllib.robotparser``, for dyad's user agent. As ``urllib.robotparser`` does, 401/403 disallows the whole site
  and any other 4xx allows it; a 5xx or an unreachable site raises a transient ``FetchError`` (the caller tries
  again later rather than guess). A ``Crawl-delay`` for dyad or ``*`` lengthens that host's delay;
- **a rate limit per host**: requests to one host name are at least ``delay`` seconds apart (start to start);
  different hosts do not wait for each other;
- **retries with back-off**: a timeout, a connection error, 429, 500, 502, 503 or 504 is retried up to ``retries``
  times, waiting ``backoff * 2**n`` seconds, or the server's ``Retry-After`` (capped at ``max_wait``) when longer;
- **a size cap**: a body larger than ``max_bytes`` is abandoned.

Errors are ``FetchError``s with a one-line message and a ``transient`` flag (worth trying again on a later poll).

``parse_feed(content, url)`` reads RSS 0.9x/1.0/2.0 or Atom with feedparser into a ``Feed`` of ``Entry``s, each
with a stable ``key`` (its guid/id, else its link), its absolute ``link`` and its ``published`` timestamp.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .errors import DyadError
from .sources import USER_AGENT

__all__ = ["Fetcher", "Response", "FetchError", "Feed", "Entry", "parse_feed", "ROBOTS_AGENT"]

ROBOTS_AGENT = USER_AGENT.split("/")[0]  # the product token robots.txt rules name: "dyad"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


class FetchError(DyadError):
    """A request that failed; ``transient`` when a later try may succeed (timeouts, 5xx, unreachable robots.txt)."""

    def __init__(self, message: str, transient: bool = False, status: int | None = None):
        super().__init__(message)
        self.transient = transient
        self.status = status


@dataclass(slots=True)
class Response:
    """What a GET returned: status 200-299 with a body, or 304 (not modified) without one."""

    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class Fetcher:
    """One HTTP client for feeds and pages: conditional GET, robots.txt, a per-host delay, retries, a size cap."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0  # first wait before a retry; doubled each time
    max_wait: float = 60.0  # longest Retry-After honoured
    max_bytes: int = 10 * 1024 * 1024
    robots_ttl: float = 24 * 3600.0
    user_agent: str = USER_AGENT
    sleep: object = time.sleep
    clock: object = time.monotonic
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _next: dict = field(default_factory=dict, init=False, repr=False)  # host -> earliest next request
    _host_delay: dict = field(default_factory=dict, init=False, repr=False)  # host -> Crawl-delay
    _robots: dict = field(default_factory=dict, init=False, repr=False)  # scheme://netloc -> (parser, expires)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                        headers={"User-Agent": self.user_agent})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- rate limit -------------------------------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        now = self.clock()
        ready = self._next.get(host, now)
        if ready > now:
            self.sleep(ready - now)
            now = self.clock()
        self._next[host] = now + max(self.delay, self._host_delay.get(host, 0.0))

    # -- requests ---------------------------------------------------------------------------------------------

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = PAGE_ACCEPT) -> Response:
        """GET ``url`` politely; 304 when the validators still hold. Raises FetchError for anything else but 2xx."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            wait = self.backoff * (2 ** attempt)
            try:
                response = self._once(url, headers)
            except httpx.TransportError as e:  # timeouts, refused or reset connections, protocol errors
                kind = "timed out" if isinstance(e, httpx.TimeoutException) else "failed"
                error = FetchError(f"{url}: request {kind} ({type(e).__name__}: {_one_line(e) or 'no detail'})",
                                   transient=True)
            except httpx.InvalidURL as e:
                raise FetchError(f"{url}: invalid URL ({_one_line(e)})") from None
            else:
                if response.status not in RETRY_STATUSES:
                    return self._check(url, response)
                error = FetchError(f"{url}: HTTP {response.status}", transient=True, status=response.status)
                after = _retry_after(response.retry_after)
                if after is not None:
                    if after > self.max_wait:
                        raise FetchError(f"{url}: HTTP {response.status}, Retry-After {after:.0f}s",
                                         transient=True, status=response.status)
                    wait = max(wait, after)
            if attempt >= self.retries:
                if attempt:
                    error.args = (f"{error.args[0]}, {attempt + 1} tries",)
                raise error
            attempt += 1
            self.sleep(wait)

    def _once(self, url: str, headers: dict[str, str]) -> _Raw:
        self._wait_turn(url)
        with self.client.stream("GET", url, headers=headers) as r:
            raw = _Raw(str(r.url), r.status_code, r.headers.get("Content-Type", ""), r.charset_encoding,
                       r.headers.get("ETag"), r.headers.get("Last-Modified"), r.headers.get("Retry-After"))
            if r.status_code >= 300:
                return raw  # the body of an error or a 304 is not wanted
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"{url}: response exceeds --max-bytes {self.max_bytes}")
                chunks.append(chunk)
            raw.content = b"".join(chunks)
        return raw

    @staticmethod
    def _check(url: str, raw: _Raw) -> Response:
        if raw.status == 304 or 200 <= raw.status < 300:
            return Response(raw.url, raw.status, raw.content, raw.content_type.split(";")[0].strip().lower(),
                            raw.charset, raw.etag, raw.last_modified)
        # other 4xx and 5xx are not worth retrying soon; 408 (request timeout) is
        raise FetchError(f"{url}: HTTP {raw.status}", transient=raw.status == 408, status=raw.status)

    # -- robots.txt -------------------------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets dyad fetch ``url``. Raises a transient FetchError when robots.txt is unreachable."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(site)
        if cached is None or cached[1] <= self.clock():
            parser = self._read_robots(site)
            self._robots[site] = (parser, self.clock() + self.robots_ttl)
            delay = parser.crawl_delay(ROBOTS_AGENT)
            if delay:
                host = (parts.hostname or "").lower()
                self._host_delay[host] = float(delay)
        else:
            parser = cached[0]
        return parser.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, site: str) -> RobotFileParser:
        parser = RobotFileParser(site + "/robots.txt")
        try:
            r = self.get(site + "/robots.txt", accept="text/plain, */*;q=0.5")
        except FetchError as e:
            if e.status in (401, 403):
                parser.disallow_all = True
            elif e.status is not None and 400 <= e.status < 500 and e.status != 408:
                parser.allow_all = True
            else:
                raise FetchError(f"robots.txt unavailable: {e}", transient=True, status=e.status) from None
            return parser
        text = r.content.decode(r.charset or "utf-8", "replace")
        parser.parse(text.splitlines())
        parser.modified()
        return parser


@dataclass(slots=True)
class _Raw:
    url: str
    status: int
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    retry_after: str | None
    content: bytes = b""


# ---------------------------------------------------------------------------------------------------------------
# feeds


@dataclass(slots=True)
class Entry:
    """One feed item: ``key`` identifies it in its feed (guid/id, else link); ``link`` is absolute."""

    key: str
    link: str
    title: str | None = None
    published: str | None = None  # ISO 8601 UTC timestamp, where the feed gives one


@dataclass(slots=True)
class Feed:
    title: str | None
    entries: list[Entry]
    format: str  # feedparser's version string: rss20, atom10, ...


def parse_feed(content: bytes, url: str) -> Feed:
    """RSS or Atom bytes -> Feed. Raises FetchError (not transient) when the bytes are no feed at all."""
    import feedparser

    parsed = feedparser.parse(content, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({_one_line(reason)})" if reason else ""
        raise FetchError(f"{url}: not an RSS or Atom feed{detail}")
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((x.get("href") for x in e.get("links", []) if x.get("href")), None)
        if not link:
            continue
        link = urljoin(url, link.strip())
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        key = (e.get("id") or "").strip() or link
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = None
        if stamp:
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(stamp)))
        entries.append(Entry(key=key, link=link, title=e.get("title"), published=published))
    return Feed(title=parsed.feed.get("title"), entries=entries, format=parsed.get("version") or "unknown")

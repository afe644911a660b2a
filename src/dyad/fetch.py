"""Polite HTTP: the one client that `dyad watch` (feeds and their pages) and `dyad ingest` (URL lists) fetch with.

``Fetcher`` wraps one httpx client:

- **a User-Agent naming dyad and its version** (``dyad/0.1.0``); robots.txt rules are matched on ``dyad``;
- **conditional GET**: ``get(url, etag=..., last_modified=...)`` sends ``If-None-Match`` / ``If-Modified-Since``
  and returns a ``Response`` with status 304 and no body when the resource has not changed;
- **robots.txt**: ``allowed(url)`` reads the site's robots.txt once per host (kept for ``robots_ttl`` seconds) with
  ``urllib.robotparser``, for dyad's user agent. As ``urllib.robotparser`` does, 401/403 disallows the whole site
  and any other 4xx allows it; a 5xx or an unreachable site raises a transient ``FetchError``, and that failure is
  remembered for ``robots_retry`` seconds, so the other pages of a site that is down cost no request (the caller
  tries again later rather than guess). A ``Crawl-delay`` for dyad or ``*`` lengthens that host's interval;
- **a rate limit per host**: requests to one host name start at least ``delay`` seconds apart (or the host's
  Crawl-delay, when longer); different hosts do not wait for each other, and ``in_turn`` orders a batch of URLs
  so that the next request goes to the host that is free soonest;
- **redirects** are followed (at most ``max_redirects``), each hop a request like any other, so it waits its turn;
- **retries with back-off**: a timeout, a connection error, 429, 500, 502, 503 or 504 is retried up to ``retries``
  times, waiting ``backoff * 2**n`` seconds, or the server's ``Retry-After`` (capped at ``max_wait``) when longer;
- **a size cap**: a body larger than ``max_bytes`` is abandoned.

Errors are ``FetchError``s with a one-line message that starts with the URL asked for (or with "robots.txt
unavailable:" and robots.txt's URL), and a ``transient`` flag (worth trying again later). ``get_page`` fetches a news page (HTML or plain text, else an error) and ``page_content`` gives its
body as text where the declared charset reads it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from . import __version__
from .errors import DyadError, InputError
from .extract import decode_bytes

__all__ = ["Fetcher", "Response", "FetchError", "page_content", "USER_AGENT", "ROBOTS_AGENT",
           "PAGE_ACCEPT", "PAGE_TYPES"]

USER_AGENT = f"dyad/{__version__}"
ROBOTS_AGENT = USER_AGENT.split("/")[0]  # the product token robots.txt rules name: "dyad"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PAGE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

T = TypeVar("T")


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


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


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
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    robots_ttl: float = 24 * 3600.0
    robots_retry: float = 300.0  # how long an unavailable robots.txt is taken as unavailable without asking again
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _last: dict = field(default_factory=dict, init=False, repr=False)  # host -> start of its last request
    _host_delay: dict = field(default_factory=dict, init=False, repr=False)  # host -> Crawl-delay
    # scheme://netloc -> (parser, or the FetchError that robots.txt gave, and when to ask again)
    _robots: dict = field(default_factory=dict, init=False, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=False,
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

    def interval(self, host: str) -> float:
        """Seconds between the starts of two requests to ``host``: ``delay``, or its Crawl-delay when longer."""
        return max(self.delay, self._host_delay.get(host, 0.0))

    def ready_at(self, url: str) -> float:
        """When (on ``clock``) a request to ``url``'s host may start without waiting: now, or later."""
        return self._ready(_host(url), self.clock())

    def _ready(self, host: str, now: float) -> float:
        last = self._last.get(host)
        return now if last is None else max(now, last + self.interval(host))

    def _wait_turn(self, url: str) -> None:
        wait = self.ready_at(url) - self.clock()
        if wait > 0:
            self.sleep(wait)
        self._last[_host(url)] = self.clock()

    def in_turn(self, items: Iterable[T], url: Callable[[T], str] = str) -> Iterator[T]:
        """``items`` reordered so that each comes when its host is free soonest: a batch of URLs from many sites
        goes at the pace of the network, not of one site's delay. Items of one host keep their order, and ties go
        to the item listed first, so without waits the order is the one given. Reads ``items`` whole."""
        queues: dict[str, deque[tuple[int, T]]] = {}
        for n, item in enumerate(items):
            queues.setdefault(_host(url(item)), deque()).append((n, item))
        while queues:
            now = self.clock()
            host = min(queues, key=lambda h: (self._ready(h, now), queues[h][0][0]))
            queue = queues[host]
            yield queue.popleft()[1]
            if not queue:
                del queues[host]

    # -- requests ---------------------------------------------------------------------------------------------

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = PAGE_ACCEPT) -> Response:
        """GET ``url`` politely; 304 when the validators still hold. Raises FetchError for anything else but 2xx."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = hops = 0
        current = url
        while True:
            wait = self.backoff * (2 ** attempt)
            try:
                response = self._once(current, headers)
            except httpx.TransportError as e:  # timeouts, refused or reset connections, protocol errors
                kind = "timed out" if isinstance(e, httpx.TimeoutException) else "failed"
                error = FetchError(f"{url}: request {kind} ({type(e).__name__}: {_one_line(e) or 'no detail'})",
                                   transient=True)
            except httpx.RequestError as e:  # too many redirects, a body that does not decode
                detail = _one_line(e) or "no detail"
                raise FetchError(f"{url}: request failed ({type(e).__name__}: {detail})") from None
            except httpx.InvalidURL as e:
                raise FetchError(f"{url}: invalid URL ({_one_line(e)})") from None
            else:
                if response.status in REDIRECT_STATUSES and response.location:
                    hops += 1
                    if hops > self.max_redirects:
                        raise FetchError(f"{url}: more than {self.max_redirects} redirects")
                    current = urljoin(current, response.location)
                    if urlsplit(current).scheme not in ("http", "https"):
                        raise FetchError(f"{url}: redirected to a URL that is not http(s): {_one_line(current)}")
                    headers = {"Accept": accept}  # the validators were those of the URL asked for
                    continue
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
                       r.headers.get("ETag"), r.headers.get("Last-Modified"), r.headers.get("Retry-After"),
                       r.headers.get("Location"))
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

    def get_page(self, url: str) -> Response:
        """GET a news page: HTML or plain text, or a body of no declared type (``extract`` sniffs it). Raises
        FetchError (not transient) for any other type or an empty body, and as ``get`` does."""
        r = self.get(url)
        if r.content_type and not r.content_type.startswith(PAGE_TYPES):
            raise FetchError(f"{url}: not a page ({r.content_type})")
        if not r.content.strip():
            raise FetchError(f"{url}: empty response")
        return r

    @staticmethod
    def _check(url: str, raw: _Raw) -> Response:
        if raw.status == 304 or 200 <= raw.status < 300:
            return Response(raw.url, raw.status, raw.content, raw.content_type.split(";")[0].strip().lower(),
                            raw.charset, raw.etag, raw.last_modified)
        # other 4xx and 5xx are not worth retrying soon; 408 (request timeout) is
        raise FetchError(f"{url}: HTTP {raw.status}", transient=raw.status == 408, status=raw.status)

    # -- robots.txt -------------------------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets dyad fetch ``url``. Raises a transient FetchError when robots.txt is unavailable
        (now, or when last asked less than ``robots_retry`` seconds ago)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(site)
        if cached is None or cached[1] <= self.clock():
            try:
                parser = self._read_robots(site)
            except FetchError as e:
                self._robots[site] = (e, self.clock() + self.robots_retry)
                raise
            self._robots[site] = (parser, self.clock() + self.robots_ttl)
            delay = parser.crawl_delay(ROBOTS_AGENT)
            if delay:
                self._host_delay[_host(url)] = float(delay)
        else:
            parser = cached[0]
            if isinstance(parser, FetchError):
                raise FetchError(str(parser), transient=True, status=parser.status)
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


def page_content(r: Response) -> tuple[bytes | str, str | None]:
    """A page's body, as text when its declared charset reads it (else the bytes, for ``extract`` to decode), and
    its kind: 'html', 'text', or None when no type was declared."""
    content: bytes | str = r.content
    if r.charset:
        try:
            content = decode_bytes(r.content, r.charset)
        except InputError:
            pass  # extract decodes the bytes itself and reports what it cannot read
    kind = "html" if r.content_type.startswith(PAGE_TYPES[:2]) else ("text" if r.content_type else None)
    return content, kind


@dataclass(slots=True)
class _Raw:
    url: str
    status: int
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    retry_after: str | None
    location: str | None
    content: bytes = b""

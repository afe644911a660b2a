"""RSS and Atom feeds: ``parse_feed(content, url)`` reads RSS 0.9x/1.0/2.0 or Atom with feedparser into a ``Feed``
of ``Entry``s, each with a stable ``key`` (its guid/id, else its link), its absolute ``link`` and its ``published``
timestamp. Feeds are fetched with ``fetch.Fetcher`` (``FEED_ACCEPT`` is the Accept header to send).
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .fetch import FetchError

__all__ = ["Feed", "Entry", "parse_feed", "FEED_ACCEPT"]

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


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

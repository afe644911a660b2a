"""feeds: RSS and Atom parsing."""

from __future__ import annotations

import pytest

from dyad.feeds import parse_feed
from dyad.fetch import FetchError

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

"""What `dyad watch` remembers between polls and across restarts, in the store's ``feeds`` and ``feed_items`` tables.

Per feed: the ETag and Last-Modified of its last full response (sent back as ``If-None-Match`` /
``If-Modified-Since``), when it was polled and how that went. Per item: its key (guid, else link), page URL and
what became of the page (``fetched``, ``disallowed``, ``rejected``, ``retry``, ``failed``) with the number of tries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from .schema import feed_items, feeds
from .store import Store

# an item in one of these states is finished with: its page is never requested again
DONE = ("fetched", "disallowed", "rejected", "failed")


@dataclass(slots=True)
class FeedRecord:
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    polled_at: datetime | None
    status: int | None
    error: str | None


@dataclass(slots=True)
class ItemRecord:
    feed_url: str
    key: str
    url: str
    published: str | None
    status: str
    attempts: int
    error: str | None


def _now() -> datetime:
    return datetime.now(timezone.utc)


class FeedState:
    """The feed tables of one store."""

    def __init__(self, store: Store):
        self.engine = store.engine

    def _writer(self):
        return self.engine.connect().execution_options(dyad_write=True)

    def feed(self, url: str) -> FeedRecord | None:
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(feeds).where(feeds.c.url == url)).mappings().first()
        return FeedRecord(**r) if r else None

    def feeds(self) -> list[FeedRecord]:
        with self.engine.connect() as conn:
            return [FeedRecord(**r) for r in conn.execute(sa.select(feeds).order_by(feeds.c.url)).mappings()]

    def ensure_feed(self, url: str) -> None:
        """Create the feed's row if it has none (items refer to it)."""
        with self._writer() as conn, conn.begin():
            if conn.execute(sa.select(feeds.c.url).where(feeds.c.url == url)).first() is None:
                conn.execute(sa.insert(feeds).values(url=url))

    def polled(self, url: str, status: int | None, error: str | None = None, *, etag: str | None = None,
               last_modified: str | None = None, title: str | None = None, keep_validators: bool = False) -> None:
        """Record a poll. New validators replace the old unless ``keep_validators`` (a 304 or a failure)."""
        values = {"polled_at": _now(), "status": status, "error": error}
        if not keep_validators:
            values |= {"etag": etag, "last_modified": last_modified}
        if title:
            values["title"] = title
        self.ensure_feed(url)
        with self._writer() as conn, conn.begin():
            conn.execute(sa.update(feeds).where(feeds.c.url == url).values(**values))

    def items(self, feed_url: str, keys: list[str] | None = None) -> dict[str, ItemRecord]:
        """The recorded items of a feed (only those with these keys, when given), by key."""
        stmt = sa.select(feed_items).where(feed_items.c.feed_url == feed_url)
        out: dict[str, ItemRecord] = {}
        with self.engine.connect() as conn:
            if keys is None:
                rows = conn.execute(stmt).mappings().all()
            else:
                rows = []
                for i in range(0, len(keys), 500):  # keep within every backend's parameter limit
                    chunk = keys[i:i + 500]
                    rows += conn.execute(stmt.where(feed_items.c.key.in_(chunk))).mappings().all()
        for r in rows:
            out[r["key"]] = ItemRecord(**{k: r[k] for k in ItemRecord.__slots__})
        return out

    def pending(self, feed_url: str) -> list[ItemRecord]:
        """Items of the feed whose page is still to be tried again, oldest first."""
        stmt = (sa.select(feed_items).where(feed_items.c.feed_url == feed_url, feed_items.c.status == "retry")
                .order_by(feed_items.c.id))
        with self.engine.connect() as conn:
            return [ItemRecord(**{k: r[k] for k in ItemRecord.__slots__}) for r in conn.execute(stmt).mappings()]

    def fetched_urls(self, urls: list[str]) -> set[str]:
        """Of these page URLs, those already fetched or settled through any feed."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(urls), 500):
                chunk = urls[i:i + 500]
                stmt = sa.select(feed_items.c.url).where(feed_items.c.url.in_(chunk), feed_items.c.status.in_(DONE))
                found.update(conn.execute(stmt).scalars())
        return found

    def record(self, items: list[ItemRecord]) -> None:
        """Insert or update items, all in one transaction."""
        if not items:
            return
        with self._writer() as conn, conn.begin():
            for it in items:
                values = {"url": it.url, "published": it.published, "status": it.status,
                          "attempts": it.attempts, "error": it.error, "seen_at": _now()}
                done = conn.execute(sa.update(feed_items).where(feed_items.c.feed_url == it.feed_url,
                                                                feed_items.c.key == it.key).values(**values))
                if not done.rowcount:
                    conn.execute(sa.insert(feed_items).values(feed_url=it.feed_url, key=it.key, **values))

"""What a store knows of the pages of URL lists, so that `dyad ingest` fetches no stored page twice.

A page is stored under the URL it was served from (``document_sources.url``). A listed URL that redirected is
recorded in ``url_redirects`` with where it led, at the time it is fetched; so ``stored`` knows a page by the URL
listed as well. A redirect recorded for a page that was then not stored (unreadable, or an ingest interrupted
before it) leads to no document, and the URL is fetched again.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

from .errors import StoreError
from .schema import document_sources, url_redirects
from .store import Store

CHUNK = 500  # URLs per query, within every backend's parameter limit


class UrlState:
    """The URL-list bookkeeping of one store."""

    def __init__(self, store: Store):
        self.engine = store.engine

    def stored(self, urls: list[str]) -> set[str]:
        """Of these URLs, those a stored document was fetched from, directly or through a recorded redirect."""
        s, r = document_sources, url_redirects
        found: set[str] = set()
        try:
            with self.engine.connect() as conn:
                for i in range(0, len(urls), CHUNK):
                    chunk = list(dict.fromkeys(urls[i:i + CHUNK]))
                    found.update(conn.execute(sa.select(s.c.url).where(s.c.url.in_(chunk)).distinct()).scalars())
                    rest = [u for u in chunk if u not in found]
                    if rest:
                        redirected = sa.select(r.c.url).join(s, s.c.url == r.c.target).where(r.c.url.in_(rest))
                        found.update(conn.execute(redirected.distinct()).scalars())
        except sa.exc.SQLAlchemyError as e:
            first = (str(e).splitlines() or [type(e).__name__])[0]
            raise StoreError(f"cannot read which URLs are stored: {first}") from None
        return found

    def redirected(self, url: str, target: str) -> None:
        """Record that ``url`` led to ``target`` (replacing what it led to before)."""
        values = {"target": target, "seen_at": datetime.now(timezone.utc)}
        try:
            with self.engine.connect().execution_options(dyad_write=True) as conn, conn.begin():
                done = conn.execute(sa.update(url_redirects).where(url_redirects.c.url == url).values(**values))
                if not done.rowcount:
                    conn.execute(sa.insert(url_redirects).values(url=url, **values))
        except sa.exc.SQLAlchemyError:
            pass  # not recorded, the page is fetched again by the next ingest of its list: no reason to stop this one

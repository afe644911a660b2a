"""`dyad watch`: poll RSS and Atom feeds, fetch the pages of new items, and ingest them.

A poll reads the feed list (one URL a line; blank lines and ``#`` comments ignored; read again at every poll, so
edits take effect without a restart) and, for each feed:

1. GETs it through ``fetch.Fetcher`` with the ETag and Last-Modified of its last response: a 304 means nothing new;
2. parses it and keeps the items whose key (guid, else link) the feed has not listed before — and whose page no
   feed has already brought in;
3. for each such item, and each earlier one whose page failed for a passing reason (a timeout, a 5xx), asks
   robots.txt, then fetches the page; a page still failing after ``max_attempts`` polls is given up;
4. hands the pages to ``ingest.ingest_items``, the path `dyad ingest` takes, so content-hash deduplication and
   one transaction per document apply;
5. only then records the items and the feed's new validators (``feed_state``), so a crash before that point
   costs a refetch, never a lost item.

A feed that fails (HTTP error, unreachable, not a feed) or a page that fails is reported in one line and the poll
goes on.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import InputError
from .extract import decode_bytes
from .feed_state import FeedState, ItemRecord
from .feeds import FEED_ACCEPT, Entry, parse_feed
from .fetch import Fetcher, FetchError, page_content
from .ingest import COUNT_KEYS, ingest_items
from .pipeline import Pipeline
from .sources import BadItem, RawItem
from .store import Store

POLL_KEYS = ("feeds", "not_modified", "feed_failed", "new", "disallowed", "unfetched", "retry", *COUNT_KEYS)
_INTERVAL = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.I)


def parse_interval(text: str) -> float:
    """'30s', '15m', '1h', '1h30m' or plain seconds ('90') -> seconds. Raises InputError for anything else or 0."""
    value = text.strip().lower()
    if value.isdigit():
        seconds = int(value)
    else:
        m = _INTERVAL.fullmatch(value)
        if not value or not m or not any(m.groups()):
            raise InputError(f"not an interval: {text!r} (use 30s, 15m, 1h or 1h30m)")
        h, mi, s = (int(g or 0) for g in m.groups())
        seconds = h * 3600 + mi * 60 + s
    if seconds <= 0:
        raise InputError(f"the interval must be longer than zero: {text!r}")
    return float(seconds)


def read_feed_list(path: str | Path, report: Callable[[str], None] = print) -> list[str]:
    """The feed URLs in a file, in order, without repeats; a line that is not an http(s) URL is reported and skipped.

    Raises InputError when the file cannot be read.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        text = decode_bytes(data)
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    urls: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not _URL.fullmatch(line):
            report(f"{path}:{lineno}: not an http(s) feed URL, skipped")
            continue
        if line not in urls:
            urls.append(line)
    return urls


class Watcher:
    """Polls feeds into a store; the fetcher and the pipeline are built once and kept between polls."""

    def __init__(self, store: Store, pipeline: Pipeline, fetcher: Fetcher | None = None, *,
                 max_attempts: int = 3, workers: int = 1, report: Callable[[str], None] = print):
        self.store = store
        self.state = FeedState(store)
        self.pipeline = pipeline
        self.fetcher = fetcher or Fetcher(max_bytes=pipeline.settings.max_bytes)
        self.max_attempts = max_attempts
        self.workers = workers  # ingest keeps its worker processes, so polls after the first load no model
        self.report = report

    def poll(self, feed_urls: list[str]) -> Counter:
        """One poll of every feed; returns the counts (POLL_KEYS)."""
        counts: Counter = Counter({k: 0 for k in POLL_KEYS})
        for url in feed_urls:
            counts["feeds"] += 1
            try:
                self.poll_feed(url, counts)
            except Exception as exc:  # noqa: BLE001 - one feed's bug or a database hiccup must not stop the watch
                counts["feed_failed"] += 1
                self.report(f"feed {url}: failed ({type(exc).__name__}: {' '.join(str(exc).split())}); "
                            "tried again at the next poll")
        return counts

    def poll_feed(self, url: str, counts: Counter) -> None:
        """Poll one feed, adding to ``counts``; never raises for a failing feed or page."""
        record = self.state.feed(url)
        response = feed = None
        try:
            response = self.fetcher.get(url, record.etag if record else None,
                                        record.last_modified if record else None, accept=FEED_ACCEPT)
            if not response.not_modified:
                feed = parse_feed(response.content, response.url)
        except FetchError as e:
            counts["feed_failed"] += 1
            self.report(f"feed {e}")
            self.state.polled(url, e.status if response is None else response.status, str(e), keep_validators=True)
        if response is not None and response.not_modified:
            counts["not_modified"] += 1

        todo: list[ItemRecord] = self.state.pending(url)
        settled: list[ItemRecord] = []
        if feed is not None:
            todo_keys = {it.key for it in todo}
            known = self.state.items(url, [e.key for e in feed.entries])
            new: dict[str, Entry] = {}
            for entry in feed.entries:
                if entry.key not in known and entry.key not in todo_keys:
                    new.setdefault(entry.key, entry)
            elsewhere = self.state.fetched_urls([e.link for e in new.values()])
            for entry in new.values():
                counts["new"] += 1
                item = ItemRecord(url, entry.key, entry.link, entry.published, "retry", 0, None)
                if entry.link in elsewhere:  # another feed already brought this page in
                    item.status = "fetched"
                    counts["duplicate"] += 1
                    settled.append(item)
                else:
                    todo.append(item)

        if todo:
            self.state.ensure_feed(url)
            ingested = ingest_items(self._pages(todo, counts), self.store, self.pipeline, self.workers,
                                    report=self.report)
            counts.update(ingested)
        self.state.record(todo + settled)
        if response is not None:
            if response.not_modified:
                self.state.polled(url, 304, keep_validators=True)
            elif feed is not None:
                self.state.polled(url, response.status, etag=response.etag, last_modified=response.last_modified,
                                  title=feed.title)

    def _pages(self, items: list[ItemRecord], counts: Counter) -> Iterator[RawItem | BadItem]:
        """Fetch each item's page, setting its status; yields the pages for ingest."""
        for item in items:
            try:
                if not self.fetcher.allowed(item.url):
                    item.status, item.error = "disallowed", "robots.txt"
                    counts["disallowed"] += 1
                    self.report(f"{item.url}: disallowed by robots.txt, skipped")
                    continue
                page = self._page(item)
            except FetchError as e:
                item.attempts += 1
                item.error = str(e)
                counts["unfetched"] += 1
                if e.transient and item.attempts < self.max_attempts:
                    item.status = "retry"
                    counts["retry"] += 1
                    self.report(f"{e}; will try again at the next poll ({item.attempts} of {self.max_attempts})")
                else:
                    item.status = "failed" if e.transient else "rejected"
                    self.report(f"{e}, skipped")
                continue
            item.status, item.error = "fetched", None
            item.attempts += 1
            yield page

    def _page(self, item: ItemRecord) -> RawItem:
        r = self.fetcher.get_page(item.url)
        content, kind = page_content(r)
        return RawItem(id=item.url, origin=item.url, content=content, kind=kind, url=r.url,
                       default_date=item.published)


def summary(counts: Counter) -> str:
    """One line for standard error after a poll."""
    feeds = f"{counts['feeds']} feeds"
    notes = [f"{counts[k]} {label}" for k, label in (("not_modified", "not modified"), ("feed_failed", "failed"))
             if counts[k]]
    if notes:
        feeds += f" ({', '.join(notes)})"
    line = f"{feeds}; {counts['new']} new items; " + ", ".join(f"{k} {counts[k]}" for k in COUNT_KEYS)
    extra = [f"{counts[k]} {label}" for k, label in (("disallowed", "disallowed by robots.txt"),
                                                     ("unfetched", "not fetched"), ("retry", "to retry"))
             if counts[k]]
    if extra:
        line += "; " + ", ".join(extra)
    return line


def watch(feed_list: str | Path, watcher: Watcher, every: float, polls: int | None = None,
          sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> Counter:
    """Poll the feeds in ``feed_list`` every ``every`` seconds (start to start), ``polls`` times or for ever.

    Returns the counts of the last poll. The list is read again at each poll; if it becomes unreadable the last
    good list is used. Raises InputError when it cannot be read at the first poll or names no feed.
    """
    urls: list[str] | None = None
    n = 0
    while True:
        start = clock()
        try:
            urls = read_feed_list(feed_list, watcher.report)
        except InputError as e:
            if urls is None:
                raise
            watcher.report(f"{e}; polling the last list read")
        if not urls:
            raise InputError(f"{feed_list}: no feed URL in the list")
        counts = watcher.poll(urls)
        watcher.report(summary(counts))
        n += 1
        if polls is not None and n >= polls:
            return counts
        sleep(max(0.0, every - (clock() - start)))

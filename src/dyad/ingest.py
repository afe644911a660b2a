"""Ingest: inputs -> extracted -> coded -> stored, one transaction per document, never aborting for one bad item.

Inputs are read as a stream and coded in chunks, here or in ``workers`` processes (``dyad.workers``); this process
is the only writer and stores each document in its own transaction, so an interrupted ingest (even ``kill -9``)
leaves every document either whole or absent. A document already stored (same content hash) is not coded again:
only the new URL and outlet that carried it are recorded; running the same ingest again therefore resumes it. The
pages of URL lists are fetched politely (``fetch.Fetcher``), and a listed URL whose page is stored is not fetched
again (``url_state``): it counts as a duplicate.
Counts: ingested, duplicate, skipped (unreadable input), failed (an error while coding or storing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .document import Document
from .errors import DyadError
from .pipeline import Item, Pipeline
from .sources import BadItem, KnownItem, RawItem, iter_items
from .store import Store
from .url_state import UrlState
from .workers import chunked, code_chunks

if TYPE_CHECKING:
    from .fetch import Fetcher

COUNT_KEYS = ("ingested", "duplicate", "skipped", "failed")

# progress(items, input_bytes): called as each item is done, with the bytes of input it accounts for
Progress = Callable[[int, int], None]


def ingest(paths: Iterable[str], store: Store, pipeline: Pipeline, workers: int = 1,
           report: Callable[[str], None] = print, progress: Progress | None = None,
           fetcher: Fetcher | None = None) -> Counter:
    """Store every readable item under ``paths``; report each bad one in one line; return the counts.

    URL lists are fetched with ``fetcher`` (by default a ``Fetcher`` with its default delay, timeout and retries).
    """
    items = iter_items(list(paths), pipeline.settings, fetcher=fetcher, known=UrlState(store))
    return ingest_items(items, store, pipeline, workers, report, progress)


def ingest_items(items: Iterable[RawItem | BadItem | KnownItem], store: Store, pipeline: Pipeline, workers: int = 1,
                 report: Callable[[str], None] = print, progress: Progress | None = None) -> Counter:
    """Store every readable item (from ``sources`` or a feed); report each bad one in one line; return the counts.

    ``workers`` > 1 extracts and codes in that many processes; ``pipeline`` is then only used for its settings.
    """
    counts: Counter = Counter({k: 0 for k in COUNT_KEYS})

    def done(size: int) -> None:
        if progress:
            progress(1, size)

    def raw_chunks():
        readable = _reported_bad(items, counts, report, done)
        for chunk in chunked(readable, lambda raw: len(raw.content)):
            yield chunk, [Item(r.content, r.id, r.kind, r.date, r.url, r.default_date) for r in chunk]

    db_url = store.engine.url.render_as_string(hide_password=False)
    for raws, outcomes in code_chunks(raw_chunks(), pipeline.settings, workers, db_url=db_url, pipeline=pipeline,
                                      known=store.holds):
        for raw, out in zip(raws, outcomes):
            if out.status == "unreadable":
                counts["skipped"] += 1
                report(f"{raw.origin}: {out.message}, skipped")
            elif out.status == "failed":
                counts["failed"] += 1
                report(f"{raw.origin}: {out.message}")
            else:  # coded, or known: then only its URL and outlet are recorded
                _store(out.doc, store, counts, report)
            done(raw.size)
    return counts


def _reported_bad(items: Iterable[RawItem | BadItem | KnownItem], counts: Counter, report: Callable[[str], None],
                  done: Callable[[int], None]) -> Iterable[RawItem]:
    """The readable items; each bad one is counted as skipped and reported as it is met, each known one (a listed
    URL whose page is stored) counted as a duplicate."""
    for item in items:
        if isinstance(item, KnownItem):
            counts["duplicate"] += 1
            done(item.size)
            continue
        if isinstance(item, BadItem):
            counts["skipped"] += 1
            report(item.message)
            done(item.size)
            continue
        yield item


def _store(doc: Document, store: Store, counts: Counter, report: Callable[[str], None]) -> None:
    try:
        outcome = store.add(doc)
    except DyadError as exc:
        counts["failed"] += 1
        report(f"{doc.source_id or doc.id}: {exc}")
        return
    counts[outcome] += 1
    if outcome == "ingested" and doc.skipped:
        counts["uncoded"] += 1

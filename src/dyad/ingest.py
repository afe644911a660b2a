"""Ingest: inputs -> extracted -> coded -> stored, one transaction per document, never aborting for one bad item.

A document already stored (same content hash) is not coded again: only the new URL and outlet that carried it are
recorded. Counts: ingested, duplicate, skipped (unreadable input), failed (an error while coding or storing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from .document import Document
from .errors import DyadError, InputError
from .pipeline import Item, Pipeline
from .sources import BadItem, RawItem, iter_items
from .store import Store

COUNT_KEYS = ("ingested", "duplicate", "skipped", "failed")


def ingest(paths: Iterable[str], store: Store, pipeline: Pipeline, workers: int = 1,
           report: Callable[[str], None] = print, progress: Callable[[int], None] | None = None) -> Counter:
    """Store every readable item under ``paths``; report each bad one in one line; return the counts."""
    return ingest_items(iter_items(list(paths), pipeline.settings), store, pipeline, workers, report, progress)


def ingest_items(items: Iterable[RawItem | BadItem], store: Store, pipeline: Pipeline, workers: int = 1,
                 report: Callable[[str], None] = print, progress: Callable[[int], None] | None = None) -> Counter:
    """Store every readable item (from ``sources`` or a feed); report each bad one in one line; return the counts."""
    counts: Counter = Counter({k: 0 for k in COUNT_KEYS})
    batch: list[Document] = []
    batch_size = pipeline.settings.batch_size

    def flush() -> None:
        try:
            coded = list(pipeline.code_documents(batch, n_process=workers))
        except Exception:  # a coding failure must not lose the batch: code the documents one by one
            coded = []
            for doc in batch:
                try:
                    coded.extend(pipeline.code_documents([doc]))
                except Exception as one:  # noqa: BLE001 - reported, counted, the batch goes on
                    counts["failed"] += 1
                    report(f"{doc.source_id or doc.id}: coding failed: {type(one).__name__}: {one}")
        for doc in coded:
            _store(doc)
        batch.clear()

    def _store(doc: Document) -> None:
        try:
            counts[store.add(doc)] += 1
            if doc.skipped:
                counts["uncoded"] += 1
        except DyadError as exc:
            counts["failed"] += 1
            report(f"{doc.source_id or doc.id}: {exc}")
        if progress:
            progress(1)

    for item in items:
        if isinstance(item, BadItem):
            counts["skipped"] += 1
            report(item.message)
            if progress:
                progress(1)
            continue
        assert isinstance(item, RawItem)
        try:
            doc = pipeline.extract(Item(item.content, item.id, item.kind, item.date, item.url, item.default_date))
        except InputError as exc:
            counts["skipped"] += 1
            report(f"{item.origin}: {exc}, skipped")
            if progress:
                progress(1)
            continue
        if store.has(doc.id):
            counts[store.add(doc)] += 1  # records the new URL/outlet only
            if progress:
                progress(1)
            continue
        batch.append(doc)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return counts

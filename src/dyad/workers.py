"""Extracting and coding in worker processes, results back in input order, with bounded memory.

``code_chunks(chunks, settings, workers)`` takes ``(tag, [Item, ...])`` pairs and yields ``(tag, [Outcome, ...])``
in the same order, one outcome per item. With one worker the chunks are coded in this process. With more, each of
``workers`` processes (started with *spawn*, so nothing of the parent's state is inherited, open database
connections included) builds the pipeline once and codes whole chunks: extraction, parse and every coding stage.
Only plain items go out and coded ``Document``s come back, never spaCy objects. At most two chunks per worker are in
flight, so memory stays bounded whatever the size of the input; the parent stays free to store the results.

The workers are started on first use and kept for later calls with the same settings until the process exits
(or ``shutdown_pools()``). A worker that dies (killed, out of memory) is replaced; the chunks it may have held are
coded again one at a time, and a chunk that takes a worker down a second time comes back as failed, item by item.

Given the URL of the database being filled, a worker looks up each extracted document (by its content hash, or as a
near-duplicate of a stored one, ``duplicates.py``) and returns an already stored document uncoded, as ``known``: ingesting the same input again, or resuming an
interrupted ingest, codes only what is missing.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .document import Document
from .errors import DyadError, InputError
from .pipeline import Item, Pipeline
from .settings import Settings

# items per chunk, and a bound on a chunk's raw content: small enough that results flow back steadily and the
# workers finish together, large enough that the parser still sees a batch
CHUNK_ITEMS = 16
CHUNK_BYTES = 4 * 1024 * 1024
IN_FLIGHT_PER_WORKER = 2


@dataclass(slots=True)
class Outcome:
    """What became of one item: ``coded``; ``known`` (already stored, extracted but not coded); ``unreadable``
    (the page could not be read: ``message`` says why); ``failed`` (an error while coding: ``message``)."""

    status: str
    doc: Document | None = None
    message: str | None = None


class Coder:
    """Extracts and codes a chunk of items with one pipeline. ``known(doc)`` tells an already stored document."""

    def __init__(self, pipeline: Pipeline, known: Callable[[Document], bool] | None = None):
        self.pipeline = pipeline
        self.known = known

    def __call__(self, items: list[Item]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for item in items:
            try:
                doc = self.pipeline.extract(item)
            except InputError as exc:
                outcomes.append(Outcome("unreadable", message=str(exc)))
                continue
            outcomes.append(Outcome("known" if self._known(doc) else "coded", doc))
        to_code = [o.doc for o in outcomes if o.status == "coded"]
        try:
            for _ in self.pipeline.code_documents(to_code):
                pass
        except Exception:  # noqa: BLE001 - one bad document must not lose the chunk: code each one alone
            for item, out in zip(items, outcomes):
                if out.status == "coded":
                    self._code_alone(item, out)
        return outcomes

    def _code_alone(self, item: Item, out: Outcome) -> None:
        try:
            out.doc = self.pipeline.extract(item)  # afresh: the failed batch may have half-coded it
            for _ in self.pipeline.code_documents([out.doc]):
                pass
        except Exception as exc:  # noqa: BLE001 - reported by the caller, counted as failed
            out.status, out.doc = "failed", None
            out.message = f"coding failed: {type(exc).__name__}: {' '.join(str(exc).split())}"

    def _known(self, doc: Document) -> bool:
        if self.known is None or not doc.id:
            return False
        try:
            return self.known(doc)
        except Exception:  # noqa: BLE001 - a lookup that fails only costs coding the document again
            return False


# ---------------------------------------------------------------------------------------------------------------
# the worker side

_coder: Coder | None = None


def _start_worker(settings: Settings, db_url: str | None, parent: int) -> None:
    global _coder
    _exit_with_parent(parent)
    _coder = Coder(Pipeline(settings), _stored_ids(db_url))


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker once its parent is gone (killed with -9, say): it would otherwise wait for work forever,
    holding the model's memory, since it keeps its own end of the pipe that brings it work."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="dyad-parent-watch", daemon=True).start()


def _code_in_worker(items: list[Item]) -> list[Outcome]:
    assert _coder is not None, "worker not initialised"
    return _coder(items)


def _stored_ids(db_url: str | None) -> Callable[[Document], bool] | None:
    """``holds(doc)`` on the database at ``db_url``, read-only; None where another process cannot see it (memory)."""
    if not db_url or not shared_database(db_url):
        return None
    from .store import Store

    try:
        return Store.open(db_url, upgrade=False).holds
    except DyadError:
        return None


def shared_database(db_url: str) -> bool:
    """Whether other processes see the database at ``db_url`` (an in-memory SQLite database they do not)."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(db_url)
    except Exception:  # noqa: BLE001 - not a URL: the store reports that itself
        return False
    return not (url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"))


# ---------------------------------------------------------------------------------------------------------------
# the parent side


def chunked(items: Iterable[Any], size_of: Callable[[Any], int] = lambda _: 0,
            max_items: int = CHUNK_ITEMS, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Any]]:
    """Lists of at most ``max_items`` items and, past the first item, at most ``max_bytes`` by ``size_of``."""
    chunk: list[Any] = []
    size = 0
    for item in items:
        n = size_of(item)
        if chunk and (len(chunk) >= max_items or size + n > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += n
    if chunk:
        yield chunk


def code_chunks(chunks: Iterable[tuple[Any, list[Item]]], settings: Settings, workers: int = 1,
                db_url: str | None = None, pipeline: Pipeline | None = None,
                known: Callable[[Document], bool] | None = None) -> Iterator[tuple[Any, list[Outcome]]]:
    """Each ``(tag, items)`` -> ``(tag, outcomes)``, in order. One worker: coded here with ``pipeline`` (or a new
    one) and ``known``; more: in ``workers`` processes, which look up stored ids in ``db_url`` themselves."""
    if workers <= 1:
        coder = Coder(pipeline or Pipeline(settings), known)
        for tag, items in chunks:
            yield tag, coder(items)
        return
    pool = _pool(settings, workers, db_url)
    pending: deque[tuple[Any, list[Item], Future]] = deque()
    try:
        for tag, items in chunks:
            pending.append((tag, items, pool.submit(items)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from _oldest(pending, pool)
        while pending:
            yield from _oldest(pending, pool)
    finally:
        for _, _, future in pending:  # left unread (the caller stopped early): not coded for nothing
            future.cancel()


def _oldest(pending: deque, pool: _Pool) -> Iterator[tuple[Any, list[Outcome]]]:
    """The oldest chunk's outcomes; after a worker died, every pending chunk's, each coded alone."""
    tag, items, future = pending[0]
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        pool.restart()
        while pending:
            tag, items, _ = pending.popleft()
            yield tag, pool.run_alone(items)
        return
    pending.popleft()
    yield tag, outcomes


_pools: dict[tuple[Settings, int, str | None], _Pool] = {}


def _pool(settings: Settings, workers: int, db_url: str | None) -> _Pool:
    """The pool for these settings, started on first use and kept until the process exits, so that repeated calls
    (``dyad watch`` ingests each feed's new pages in turn) do not load the model again each time."""
    key = (settings, workers, db_url)
    if key not in _pools:
        if not _pools:
            atexit.register(shutdown_pools)
        _pools[key] = _Pool(settings, workers, db_url)
    return _pools[key]


def shutdown_pools() -> None:
    """Stop every worker process this process started."""
    while _pools:
        _pools.popitem()[1].shutdown()


class _Pool:
    """A process pool of pipeline workers that can be replaced when one of them dies."""

    def __init__(self, settings: Settings, workers: int, db_url: str | None):
        self.settings, self.workers, self.db_url = settings, workers, db_url
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.settings, self.db_url, os.getpid()))

    def submit(self, items: list[Item]) -> Future:
        try:
            return self.executor.submit(_code_in_worker, items)
        except BrokenProcessPool as exc:  # a worker died before this chunk went out: it is coded again like the rest
            future: Future = Future()
            future.set_exception(exc)
            return future

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def run_alone(self, items: list[Item]) -> list[Outcome]:
        try:
            return self.submit(items).result()
        except BrokenProcessPool:
            self.restart()
            return [Outcome("failed", message="a worker process died while coding it") for _ in items]

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

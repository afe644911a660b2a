"""Coding chunks of items: outcomes in order, one bad document never loses the chunk, stored ones not coded."""

from __future__ import annotations

import pytest

from dyad.pipeline import Item, Pipeline
from dyad.workers import Coder, chunked, code_chunks, shared_database

TEXTS = ["Russian troops attacked Ukrainian positions on Monday.",
         "BOOM: Iran denied the accusation on Monday.",
         "Kenya and Uganda signed a trade agreement on Monday."]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_workers_one_failing_document_fails_alone(pipeline, monkeypatch):
    code_parsed = pipeline.code_parsed

    def fragile(doc, sdoc):
        if doc.text.startswith("BOOM"):
            raise RuntimeError("cannot code this one")
        return code_parsed(doc, sdoc)

    monkeypatch.setattr(pipeline, "code_parsed", fragile)
    items = [Item(TEXTS[0], "a"), Item(b"", "empty"), Item(TEXTS[1], "b"), Item(TEXTS[2], "c")]
    outcomes = Coder(pipeline)(items)
    assert [o.status for o in outcomes] == ["coded", "unreadable", "failed", "coded"]
    assert outcomes[1].message == "empty input"
    assert outcomes[2].message == "coding failed: RuntimeError: cannot code this one" and outcomes[2].doc is None
    first, last = outcomes[0].doc, outcomes[3].doc
    assert [e.code for e in first.events] == ["190"] and first.source_id == "a"
    alone = Coder(pipeline)([Item(TEXTS[2], "c")])[0].doc
    assert last.to_dict() == alone.to_dict()  # coded once, not twice, after the chunk was coded again one by one


def test_workers_stored_documents_are_not_coded(pipeline):
    stored = pipeline.extract(Item(TEXTS[0])).id
    outcomes = Coder(pipeline, known=lambda doc: doc.id == stored)([Item(t) for t in TEXTS])
    assert [o.status for o in outcomes] == ["known", "coded", "coded"]
    assert outcomes[0].doc.id == stored and outcomes[0].doc.events == [] and outcomes[0].doc.sentences == []
    broken = Coder(pipeline, known=lambda doc: 1 / 0)([Item(TEXTS[2])])  # a failed lookup: coded anyway
    assert broken[0].status == "coded" and broken[0].doc.events


def test_workers_code_chunks_in_order_in_one_process(pipeline):
    chunks = [(n, [Item(t, f"{n}{i}") for i, t in enumerate(TEXTS)]) for n in "xy"]
    got = list(code_chunks(iter(chunks), pipeline.settings, workers=1, pipeline=pipeline))
    assert [tag for tag, _ in got] == ["x", "y"]
    assert [o.doc.source_id for _, outs in got for o in outs] == ["x0", "x1", "x2", "y0", "y1", "y2"]


def test_workers_chunks_are_bounded_by_count_and_bytes():
    sizes = [1, 1, 1, 5, 9, 1, 1]
    assert list(chunked(sizes, lambda n: n, max_items=3, max_bytes=8)) == [[1, 1, 1], [5], [9], [1, 1]]
    assert list(chunked([], max_items=3)) == []


def test_workers_in_memory_database_is_not_shared():
    assert not shared_database("sqlite://") and not shared_database("sqlite:///:memory:")
    assert shared_database("sqlite:////tmp/x.db") and shared_database("postgresql://u@h/db")


def test_workers_a_killed_worker_is_replaced_and_nothing_is_lost(pipeline):
    import os
    import signal
    import time

    from dyad.workers import _pools, shutdown_pools

    items = [Item(f"{text} Officials met on day {n}.", f"d{n}-{i}") for n in range(16) for i, text in enumerate(TEXTS)]
    expected = [o.doc.to_dict() for o in Coder(pipeline)(items)]
    chunks = ((n, items[n:n + 8]) for n in range(0, len(items), 8))
    results = code_chunks(chunks, pipeline.settings, workers=2)
    got = [next(results)]
    pool = _pools[pipeline.settings, 2, None]  # (other tests may have left pools of their own)
    victim = next(iter(pool.executor._processes))  # a worker that may be holding later chunks
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while not pool.executor._broken and time.monotonic() < deadline:  # the next chunk goes to a broken pool
        time.sleep(0.05)
    got += list(results)
    try:
        assert [tag for tag, _ in got] == list(range(0, len(items), 8))
        outcomes = [o for _, outs in got for o in outs]
        assert [o.status for o in outcomes] == ["coded"] * len(items)
        assert [o.doc.to_dict() for o in outcomes] == expected
        assert victim not in pool.executor._processes  # the pool was started afresh
    finally:
        shutdown_pools()

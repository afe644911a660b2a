"""The bundled sample corpus: each article's expected events, quotes and places are found."""

from __future__ import annotations

import json
import math

import pytest

from dyad.demo import demo_items, run_demo
from dyad.lexicon import data_path

EXPECTED = [json.loads(line) for line in data_path("demo/expected.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def coded():
    from dyad.pipeline import default_pipeline

    pipe = default_pipeline()
    docs = list(pipe.code_documents(pipe.extract(i) for i in demo_items()))
    return {d.source_id: d for d in docs}


def test_demo_corpus_is_large_enough():
    assert len(EXPECTED) >= 12
    assert len({d["id"] for d in EXPECTED}) == len(demo_items())


def _km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(x))


@pytest.mark.parametrize("gold", EXPECTED, ids=[g["id"] for g in EXPECTED])
def test_demo_article(gold, coded):
    doc = coded[gold["id"]]
    found = {(e.source.code, e.target.code if e.target else None, e.root, e.modality) for e in doc.events}
    for g in gold.get("events", []):
        key = (g["source"], g.get("target"), g["code"][:2], g.get("modality", "asserted"))
        assert key in found, f"missing event {key}; found {sorted(found, key=str)}"
    for g in gold.get("quotes", []):
        q = [q for q in doc.quotes if g["text"].strip(' ,."') in q.text or q.text.strip(' ,."') in g["text"]]
        assert q, f"missing quote {g['text'][:40]!r}"
        assert q[0].speaker is not None and set(g["speaker"].split()) <= set((q[0].speaker.name or "").split()), \
            f"quote {g['text'][:30]!r}: speaker {q[0].speaker and q[0].speaker.name!r}, expected {g['speaker']!r}"
    for g in gold.get("places", []):
        p = [p for p in doc.places if p.text == g["text"]]
        assert p, f"missing place {g['text']}"
        assert _km(p[0].lat, p[0].lon, g["lat"], g["lon"]) < 161, f"{g['text']} placed at {p[0].lat},{p[0].lon}"


def test_demo_stores_and_shows(tmp_path, capsys):
    import io

    out = io.StringIO()
    store = run_demo(f"sqlite:///{tmp_path}/demo.db", out=out)
    counts = store.counts()
    store.close()
    assert counts["documents"] == len(EXPECTED)
    assert counts["event_mentions"] > 0
    text = out.getvalue()
    assert "dyad demo" in text and "quotes" in text

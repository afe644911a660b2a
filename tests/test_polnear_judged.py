"""Regression on real news: events judged correct by hand in PolNeAR dev articles must still be coded.

tests/gold/polnear_judged.jsonl holds 60 events drawn from the coder's output on the PolNeAR dev split
(benchmarks/polnear_events.py) with a verdict each; it keeps document ids and offsets only, the articles stay in
../shared. The articles holding a correct event are coded again, and at least 90% of the correct events must still
be produced: same document, same verb offsets, same source code, same CAMEO root, same target code.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import SHARED

JUDGED = Path(__file__).parent / "gold" / "polnear_judged.jsonl"
POLNEAR = SHARED / "data" / "polnear" / "data"
FLOOR = 0.90


def judged() -> list[dict]:
    return [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_judged_file_is_well_formed():
    rows = judged()
    assert len(rows) == 60
    for r in rows:
        assert r["verdict"] in ("correct", "wrong")
        assert (r["verdict"] == "correct") == (r["source_ok"] and r["act_ok_root"] and r["target_ok"])
        assert r["sentence_start"] <= r["verb_start"] < r["verb_end"] <= r["sentence_end"]
        assert r["verdict"] == "correct" or r["error"]
        assert "text" not in r and "sentence" not in r  # offsets only, no article text


def key(doc_id: str, source: str | None, code: str, target: str | None, start: int, end: int) -> tuple:
    return doc_id, start, end, source, code[:2], target


@pytest.mark.skipif(not (POLNEAR / "dev" / "text").is_dir(),
                    reason="PolNeAR dev articles not found in ../shared/data/polnear/data/dev/text")
def test_events_judged_correct_are_still_coded():
    import dyad

    correct = [r for r in judged() if r["verdict"] == "correct"]
    ids = sorted({r["doc"] for r in correct})
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        dates = {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")}
    items = [{"id": i, "text": (POLNEAR / "dev" / "text" / f"{i}.txt").read_text(encoding="utf-8"),
              "date": dates.get(i)} for i in ids]
    coded = set()
    for doc in dyad.code_many(items, batch_size=16):
        assert not doc.skipped, f"{doc.source_id}: {doc.skipped}"
        coded |= {key(doc.source_id, e.source.code if e.source else None, e.code,
                      e.target.code if e.target else None, e.verb.start, e.verb.end) for e in doc.events}
    lost = [r for r in correct
            if key(r["doc"], r["source"], r["code"], r["target"], r["verb_start"], r["verb_end"]) not in coded]
    for r in lost:
        print(f"lost: {r['doc']} verb {r['verb_start']}-{r['verb_end']} {r['source']} {r['code']} {r['target']}"
              f" ({r['reason']})")
    kept = len(correct) - len(lost)
    assert kept >= FLOOR * len(correct), f"{kept}/{len(correct)} events judged correct still coded; lost {len(lost)}"

"""The accuracy gate: dyad's F1 on the gold event set must not fall below the floors pinned in
tests/gold/floors.json (both splits; the test split is never used for tuning).

The floors were measured on the original items ev-0001..ev-0596 (odd ids dev, even ids test), so the gate
scores those items only. Later items (ev-0597 onward) are all dev, added as tuning material."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dyad.evaluate import evaluate, read_gold
from dyad.lexicon import data_path

GOLD = Path(__file__).parent / "gold" / "events.jsonl"
FLOORS = json.loads((Path(__file__).parent / "gold" / "floors.json").read_text())
ITEMS = list(read_gold(GOLD))
ORIGINAL = 596  # ev-0001..ev-0596: the split the floors were pinned on; frozen


def _number(item):
    return int(item["id"].removeprefix("ev-"))


def test_eval_gate_gold_file_matches_the_gold_schema():
    schema = json.loads(data_path("gold.schema.json").read_text())
    for item in ITEMS:
        jsonschema.validate(item, schema)
    assert len({i["id"] for i in ITEMS}) == len(ITEMS) >= 400


def test_eval_gate_split_rule_keeps_the_test_split_frozen():
    assert [_number(i) for i in ITEMS] == list(range(1, len(ITEMS) + 1))
    for item in ITEMS:
        n = _number(item)
        expected = ("dev" if n % 2 else "test") if n <= ORIGINAL else "dev"
        assert item["split"] == expected, item["id"]
    assert sum(i["split"] == "test" for i in ITEMS) == ORIGINAL // 2


@pytest.mark.parametrize("split", ["dev", "test"])
def test_eval_gate_floors(split):
    from dyad.pipeline import default_pipeline

    items = [i for i in ITEMS if i["split"] == split and _number(i) <= ORIGINAL]
    report = evaluate(items, default_pipeline())
    for name, floor in FLOORS[split].items():
        assert report.scores[name].f1 >= floor, f"{split} {name} F1 {report.scores[name].f1:.3f} < floor {floor}"

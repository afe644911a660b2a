"""The accuracy gate: dyad's F1 on the gold event set must not fall below the floors pinned in
tests/gold/floors.json (both splits; the test split is never used for tuning)."""

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


def test_eval_gate_gold_file_matches_the_gold_schema():
    schema = json.loads(data_path("gold.schema.json").read_text())
    for item in ITEMS:
        jsonschema.validate(item, schema)
    assert len({i["id"] for i in ITEMS}) == len(ITEMS) >= 400


@pytest.mark.parametrize("split", ["dev", "test"])
def test_eval_gate_floors(split):
    from dyad.pipeline import default_pipeline

    report = evaluate([i for i in ITEMS if i["split"] == split], default_pipeline())
    for name, floor in FLOORS[split].items():
        assert report.scores[name].f1 >= floor, f"{split} {name} F1 {report.scores[name].f1:.3f} < floor {floor}"

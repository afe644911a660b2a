"""dyad eval: scoring against gold JSONL."""

from __future__ import annotations

import json

import jsonschema
import pytest

from dyad.document import Document, Event, Mention, Span
from dyad.errors import InputError
from dyad.evaluate import Report, read_gold, score_document
from dyad.lexicon import data_path


def _event(src, tgt, code, modality="asserted"):
    return Event(Mention(src, src, src, 0, 1), Mention(tgt, tgt, tgt, 2, 3) if tgt else None, Span("v", 1, 2),
                 code, code[:2], "x", 0.0, 1, None, modality)


def test_evaluate_levels():
    gold = {"text": "t", "events": [{"source": "RUSGOV", "target": "UKR", "code": "190"},
                                    {"source": "FRA", "target": "IRN", "code": "111"}]}
    doc = Document(text="t", events=[_event("RUSMIL", "UKR", "194"), _event("FRA", "IRN", "112"),
                                     _event("DEU", None, "010")])
    r = Report()
    score_document(gold, doc, r)
    assert r.scores["events.code"].tp == 0
    assert r.scores["events.root"].tp == 1  # FRA IRN 11
    assert r.scores["events.country"].tp == 2  # RUS UKR 19 as well
    assert r.scores["events.country"].fp == 1 and r.scores["events.country"].fn == 0


def test_evaluate_modality_must_match():
    gold = {"text": "t", "events": [{"source": "RUS", "target": "UKR", "code": "190", "modality": "negated"}]}
    r = Report()
    score_document(gold, Document(text="t", events=[_event("RUS", "UKR", "190")]), r)
    assert r.scores["events.code"].tp == 0


def test_evaluate_read_gold_names_bad_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"text": "ok"}\n{oops\n')
    with pytest.raises(InputError, match="g.jsonl:2"):
        list(read_gold(p))


def test_evaluate_gold_files_match_schema():
    schema = json.loads(data_path("gold.schema.json").read_text())
    for line in data_path("demo/expected.jsonl").read_text().splitlines():
        jsonschema.validate(json.loads(line), schema)

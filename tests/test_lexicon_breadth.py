"""Common news wordings of CAMEO acts (tests/data/lexicon_breadth.tsv): light verbs with their nouns ("mounted an
assault on", "took legal action against"), phrasal verbs ("rounded on", "cut off ties with"), less common synonyms
("chastised", "strafed") and nominal events ("the EU's bailout of Greece"). Each sentence must be coded to its code,
asserted, with the expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "lexicon_breadth.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def _is(got: str | None, expected: str) -> bool:
    """An actor code matches the expected one when it begins with it; * is any actor, - no target."""
    return expected == "*" or (expected == "-" and got == "-") or (got != "-" and (got or "").startswith(expected))


def test_breadth_sentences_use_known_codes():
    lex = lexicon.load()
    assert len(ROWS) >= 100
    unknown = {r["code"] for r in ROWS} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code']}-{i}" for i, r in enumerate(ROWS)])
def test_breadth_sentence_is_coded_to_its_code(row):
    doc = dyad.code(row["sentence"], date=row["date"] or None)
    got = [(e.source.code, e.code, e.target.code if e.target else "-", e.modality) for e in doc.events]
    assert any(
        code == row["code"] and _is(src, row["source"]) and _is(tgt, row["target"]) and mod == "asserted"
        for src, code, tgt, mod in got
    ), f"{row['sentence']!r}: expected {row['source']} {row['code']} {row['target']}, got {got}"

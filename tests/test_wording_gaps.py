"""Wordings of acts across CAMEO roots the verb lexicon first missed (tests/data/wording_gaps.tsv): a predicate noun
the parser reads as an adjective ("took them captive"), a refusal read as an interjection ("said no to"), a noun with a
modifier of its own ("a chemical weapons attack"), persons handed back, joint patrols and training, a deed owned up
to, a show of force, and a demand made with "tell". Each sentence must be coded to its code, asserted, with the
expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_gaps.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def test_gap_sentences_have_known_codes():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code']}-{i}" for i, r in enumerate(ROWS)])
def test_gap_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# wordings near the rows above that are no such act: a statement told to the press, refugees let in, talks an army
# draws the rebels into, and a report that a court is told
NOT_ACTS = [
    ("10", "The German minister told reporters that Berlin would not pay."),
    ("10", "Obama told Putin that the annexation was illegal."),
    ("015", "Germany admitted 500 refugees last year."),
    ("19", "Afghan police engaged the Taliban in talks."),
    ("15", "The minister made the force of his objection plain."),
    ("091", "Kenyan police raided a militant hideout in Mombasa."),
    ("07", "The central bank released its quarterly figures on Monday."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_gap_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2015-06-01")


# what another said, told to someone, keeps its own mood: it is no act asked for
def test_report_told_to_someone_is_not_a_requested_act():
    doc = dyad.code("North Korea might test another missile within days, a South Korean minister told reporters.",
                    date="2015-06-01")
    assert not any(e.modality == "requested" for e in doc.events), [(e.code, e.modality) for e in doc.events]

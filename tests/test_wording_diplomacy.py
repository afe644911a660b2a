"""Wordings of CAMEO roots 01 (statements), 02 (appeals), 03 (intent to cooperate), 04 (consult), 05 (diplomatic
cooperation), 06 (material cooperation), 10 (demands), 11 (disapprove) and 12 (reject) as different writers put
them (tests/data/wording_diplomacy.tsv): synonyms and phrasal verbs ("lashed out at", "turned over", "balked at"),
light verbs with their nouns ("struck an upbeat note on", "lodged a complaint with", "won praise from"), nominal
events, passives, relative clauses, conjoined actors, attribution tails, meetings on the sidelines of a summit, and
these acts planned, supposed, denied, asked for or refused. Each sentence must give an event of its code (a
two-digit code: of that root), with the expected source, target and modality. Wordings still coded wrongly are
listed in the data file's header."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded, wording_rows

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_diplomacy.tsv"
ROWS = wording_rows(SENTENCES)


def test_diplomacy_sentences_cover_their_roots_with_known_codes():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS if r["code"]} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"
    roots = [(r["code"] or r["root"])[:2] for r in ROWS]
    assert all(roots.count(root) >= 20 for root in ("01", "02", "03", "04", "05", "06", "10", "11", "12"))
    assert {r["modality"] for r in ROWS} == {"asserted", "future", "hypothetical", "negated", "requested"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code'] or r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_diplomacy_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# wordings near the rows these sentences brought in that are no such act: a missile that struck, a town turned
# over that is no person, a turn to a subject, and a case or crowd thrown out
NOT_ACTS = [
    ("01", "Russian missiles struck the power station in Kharkiv."),
    ("06", "The rebels turned over the town to the army."),
    ("02", "The minister then turned to the question of fuel prices."),
    ("12", "A Kenyan court threw out the case against the former minister."),
    ("12", "Police in Nairobi threw out the protesters from the square."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_diplomacy_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2016-07-20")


# a meeting "on the sidelines" or "on the margins" of a gathering is held away from both sides' land (044), even
# where the gathering is in neither's country or its place is not named
@pytest.mark.parametrize("sentence", [
    "The Turkish president met the Greek prime minister on the sidelines of the NATO summit.",
    "Japanese and Chinese officials held talks on the margins of the G20 summit.",
])
def test_meeting_on_the_sidelines_is_at_a_third_location(sentence):
    doc = dyad.code(sentence, date="2016-07-20")
    assert any(e.code == "044" for e in doc.events), [(e.source.code, e.code) for e in doc.events]


# a demand for the withdrawal of someone's troops is made of them: they are its target
@pytest.mark.parametrize("sentence,source,target", [
    ("Russia demanded the withdrawal of NATO troops from its borders.", "RUS", "IGOWSTNAT"),
    ("Niger's junta demanded the departure of French soldiers.", "NER", "FRA"),
])
def test_demanded_withdrawal_targets_those_to_leave(sentence, source, target):
    doc = dyad.code(sentence, date="2023-08-10")
    got = [(e.source.code, e.code, e.target.code if e.target else None) for e in doc.events]
    assert any(s.startswith(source) and c == "106" and (t or "").startswith(target) for s, c, t in got), got

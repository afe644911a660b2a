"""Wordings of CAMEO roots 01-10 a new writer may use (tests/data/wording_variants.tsv): synonyms ("cautioned",
"encouraged", "disbursed"), phrasal verbs ("set free"), light verbs with their nouns ("had a phone conversation
with", "insisted on talks with"), predicate adjectives ("said it was open to talks"), passives, conjoined actors and
role nouns. Each sentence must be coded to its code, asserted, with the expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_variants.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def test_variant_sentences_cover_roots_01_to_10_with_known_codes():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"
    roots = {r["code"][:2] for r in ROWS}
    assert roots >= {f"{n:02d}" for n in range(1, 11)}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code']}-{i}" for i, r in enumerate(ROWS)])
def test_variant_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# wordings near the rows above that are no such act: a discussion with no one, an adjective that is not the
# predicate after "set", a crossing open to trucks, a president encouraged by progress, a leaflet handed out,
# "open to question", and lunch with reporters
NOT_ACTS = [
    ("04", "The German cabinet had a long discussion about the budget."),
    ("084", "The Kenyan government set a free trade target for 2020."),
    ("03", "The Egyptian border crossing is open to trucks carrying aid."),
    ("02", "Kenya's president was encouraged by the progress of the talks."),
    ("07", "Turkish police handed the protesters a leaflet."),
    ("03", "The Kenyan minister said it was open to question whether the plan would work."),
    ("04", "Egypt's foreign minister had lunch with journalists."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_variant_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2016-07-20")


# a meeting insisted on is asked for, not held
def test_talks_insisted_on_are_not_held():
    doc = dyad.code("The Palestinians insisted on direct talks with Israel.", date="2016-07-20")
    got = [(e.code, e.modality) for e in doc.events]
    assert ("108", "asserted") in got
    assert not any(c.startswith("04") and m == "asserted" for c, m in got), got


# an appeal a light verb makes is coded as appealing for what its noun asks
@pytest.mark.parametrize("sentence,code", [
    ("Nepal made an urgent appeal for international help.", "023"),
    ("Nepal issued an appeal for food aid.", "0233"),
    ("Nepal made an appeal to the rebels.", "020"),
])
def test_light_verb_appeal_takes_the_code_of_what_is_asked(sentence, code):
    doc = dyad.code(sentence, date="2016-07-20")
    assert any(e.code == code and e.modality == "asserted" for e in doc.events), [e.code for e in doc.events]

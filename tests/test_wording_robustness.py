"""Wordings of CAMEO roots 11-20 as different writers put them (tests/data/wording_robustness.tsv): synonyms, phrasal
verbs, light verbs with their nouns ("blockaded highways", "committed genocide against", "unleashed a wave of air
strikes on"), nominal events ("Russia's buildup of troops on the border"), passives, relative clauses, conjoined
actors and actors named by capital, title or role noun. Each sentence must give an asserted event of its root, with
the expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded

from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_robustness.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def test_wording_sentences_cover_roots_11_to_20():
    assert {r["root"] for r in ROWS} == {str(n) for n in range(11, 21)}
    assert all(sum(r["root"] == str(n) for r in ROWS) >= 15 for n in range(11, 21))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_wording_sentence_is_coded_to_its_root(row):
    assert_coded_to_row(row)


# wordings near the rows these sentences brought in that are no such act: a betrayal told as a stabbing in the back,
# troops committed to an ally, an error committed, a cost balked at, a sports side's attack, and workers threatening
# a strike of their own
NOT_ACTS = [
    ("18", "The Ohio senator said his own party had stabbed him in the back."),
    ("18", "Putin said Turkey had stabbed Russia in the back."),
    ("20", "The French president committed troops to the NATO mission in Estonia."),
    ("20", "Turkey committed a grave error in Syria, the Greek prime minister said."),
    ("12", "The Kenyan government balked at the cost of the new railway."),
    ("19", "The Brazilian side unleashed an attack on the Argentine goal."),
    ("138", "Kenyan doctors threatened the government with a strike."),
    ("18", "Russian forces captured the Ukrainian town, according to Ukrainian soldiers."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_wording_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2016-07-20")

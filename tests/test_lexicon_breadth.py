"""Common news wordings of CAMEO acts (tests/data/lexicon_breadth.tsv): light verbs with their nouns ("mounted an
assault on", "took legal action against"), phrasal verbs ("rounded on", "cut off ties with"), less common synonyms
("chastised", "strafed") and nominal events ("the EU's bailout of Greece"). Each sentence must be coded to its code,
asserted, with the expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded

from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "lexicon_breadth.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def test_breadth_sentences_use_known_codes():
    lex = lexicon.load()
    assert len(ROWS) >= 100
    unknown = {r["code"] for r in ROWS} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code']}-{i}" for i, r in enumerate(ROWS)])
def test_breadth_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# wordings near the rows above that are no such act: the noun of an adjunct ("despite concerns", "in case of an
# attack", "at the next meeting", "outside the embassy") is not the verb's object, a literal finger is pointed at no
# one, a chant is no arrest, and business is not force
NOT_ACTS = [
    ("012", "The Kenyan government raised taxes despite concerns from businesses."),
    ("19", "The French president continued his tour despite the attack in Nice."),
    ("115", "Germany brought extra troops to Lithuania in case of a Russian attack."),
    ("04", "The Ohio senator promised that at the next town hall meeting he will have a panel of scientists present."),
    ("17", "Sweden allowed a far-right politician to burn a copy of the Koran outside the Turkish embassy."),
    ("192", "Russian troops took up positions in the town."),
    ("19", "The South Korean carmaker launched an aggressive offensive in Europe's electric vehicle market."),
    ("173", "The crowd at the Republican rally in Cleveland chanted: Lock her up!"),
    ("051", "Vermont Senator Bernie Sanders extolled the small-town virtues of Vermont."),
    # restrictions on trade are an embargo, not curbs on political freedoms; a purpose infinitive beside a direct
    # object is no object noun ("use his strength to force" is no use of force)
    ("172", "India imposed sweeping import restrictions on Chinese electronics last month."),
    ("19", "The Kenyan president should use his popularity to force parliament to pass the budget."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_breadth_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2016-07-20")

"""Wordings of the acts of CAMEO roots 14, 15, 17, 18 and 19 (tests/data/wording_force.tsv): protests taken part
in, troops stationed along a frontier, raids carried out by police, crackdowns launched, killings carried out, fire
returned, positions hammered, acts done "in a show of force" or "in protest", nominal events with the by-phrase hung
on the "of" noun ("the arrest of a protester by Iranian security forces"), persons taken captive, and actors of many
countries and roles. Each sentence must give an asserted event of its root, with the expected source and target."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_force.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def test_force_sentences_cover_roots_14_15_17_18_19():
    roots = {"14", "15", "17", "18", "19"}
    assert {r["root"] for r in ROWS} == roots
    assert all(sum(r["root"] == n for r in ROWS) >= 30 for n in roots)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_force_sentence_is_coded_to_its_root(row):
    assert_coded_to_row(row)


def _events(sentence: str) -> list[tuple[str, str, str]]:
    doc = dyad.code(sentence, date="2015-06-01")
    return [(e.source.code, e.code, e.target.code if e.target else "-") for e in doc.events]


# the police that raid a home or an office coerce; armed forces that raid a camp fight; prosecutors investigate
# (one verb and code refined apart for each role)
@pytest.mark.parametrize("sentence,code", [
    ("Kenyan police raided the offices of an opposition newspaper in Nairobi.", "170"),
    ("Iranian security forces carried out a raid on the home of a prominent activist.", "170"),
    ("Israeli troops raided the Jenin refugee camp.", "190"),
    ("French prosecutors raided the headquarters of an engineering firm.", "091"),
])
def test_raid_is_coded_by_who_raids(sentence, code):
    assert any(c == code for _, c, _ in _events(sentence)), _events(sentence)


# property taken from its owner named in an "of" phrase is confiscated, not an abduction of the owner
def test_assets_of_a_person_seized_are_property():
    got = _events("Thai authorities seized the assets of a former Thai prime minister.")
    assert ("THAGOV", "1711", "THAELI") in got, got
    assert not any(c == "181" for _, c, _ in got), got


# troops stationed along a frontier are a mobilisation; stationed in an ally's land, they protect it
def test_troops_stationed_along_a_frontier_are_a_mobilisation():
    assert ("SAU", "154", "YEM") in _events("Saudi Arabia stationed troops along the Yemeni frontier.")
    assert ("DEU", "074", "LTU") in _events("Germany stationed a brigade in Lithuania.")


# "took two fishermen captive": the parser may read the predicate adjective as a clause of its own
def test_people_taken_captive_are_abducted():
    got = _events("Filipino militants took two Malaysian fishermen captive.")
    assert any(c == "181" and t.startswith("MYS") for _, c, t in got), got


# "the arrest of a protester by Iranian security forces": the by-phrase hung on the "of" noun names who acts
def test_by_phrase_on_the_of_noun_names_the_actor():
    assert any(s.startswith("IRN") and c == "173" for s, c, _ in
               _events("The arrest of a protester by Iranian security forces sparked fresh demonstrations."))
    assert any(s.startswith("RUS") and c == "174" for s, c, _ in
               _events("The expulsion of a journalist by Russian authorities drew protests."))


# Niger State is in Nigeria, not the country Niger
def test_niger_state_is_in_nigeria():
    got = _events("Boko Haram fighters abducted 40 students from a school in Niger State.")
    assert any(c == "181" and s.startswith("NGA") and t.startswith("NGA") for s, c, t in got), got


# an act done "in a show of force" shows force, whatever its verb; the parser may hang "in protest" on the object
def test_show_of_force_adjunct_recodes_the_act():
    assert ("CHNMIL", "150", "TWN") in _events("Chinese fighter jets flew near Taiwan in a show of force.")


def test_in_protest_hung_on_the_object_is_a_protest():
    got = _events("French farmers dumped manure outside government buildings in protest at EU rules.")
    assert any(s.startswith("FRA") and c.startswith("14") for s, c, _ in got), got


# wordings near the rows these sentences brought in that are no such act: a rival hammered in a debate, troops
# stationed in an ally's land, a rally hammered by rain, and a show of support
NOT_ACTS = [
    ("19", "The French president hammered his rivals in the televised debate."),
    ("15", "Britain stationed a battalion of troops in Estonia."),
    ("19", "Heavy rain hammered the opposition rally in Nairobi."),
    ("15", "Kenyan opposition supporters gathered in Nairobi in a show of support for the candidate."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_force_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2015-06-01")

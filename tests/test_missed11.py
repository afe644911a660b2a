"""Events a sentence names that were left uncoded: a that-clause the parser reads as one noun phrase ("demanded that
Israel and Hezbollah halt hostilities")."""

from __future__ import annotations

import dyad


def _events(text: str, date: str = "2019-05-01") -> set[tuple]:
    doc = dyad.code(text, date=date)
    return {(e.source.code, e.code, e.target.code if e.target else None, e.modality) for e in doc.events}


def _roots(text: str, date: str = "2019-05-01") -> set[tuple]:
    return {(s, c[:2], t, m) for s, c, t, m in _events(text, date)}


# 1. a that-clause read as a noun phrase: the verb before the object noun is the clause's verb


def test_demanded_that_two_sides_halt_hostilities_read_as_noun_phrase():
    got = _events("The African Union demanded on Monday that Ethiopia and Eritrea halt hostilities at once.")
    assert ("ETH", "0871", "ERI", "requested") in got
    assert ("ERI", "0871", "ETH", "requested") in got


def test_demanded_that_the_army_halt_operations_read_as_noun_phrase():
    got = _roots("The rebels in Colombia demanded on Friday that the army halt operations in the south.")
    assert any(s == "COLMIL" and c == "08" and m == "requested" for s, c, t, m in got), got


def test_demanded_that_state_share_evidence_read_as_noun_phrase():
    got = _events("India demanded on Monday that Pakistan share evidence linking the gunmen to the border raid.")
    assert ("PAK", "064", "IND", "requested") in got


def test_said_that_clause_with_real_verb_is_left_alone():
    # "the government plan cuts jobs": the parser finds the verb; no act of the government is made up
    got = _roots("The union in Kenya said that the government plan cuts jobs.")
    assert not any(s == "KENGOV" for s, c, t, m in got), got


def test_noun_object_of_plain_verb_keeps_its_reading():
    # a modifier noun that is also a verb ("halt") in an ordinary object phrase is no clause
    got = _roots("Kenya welcomed the halt order issued by the court on Tuesday.")
    assert not any(c == "08" for s, c, t, m in got), got

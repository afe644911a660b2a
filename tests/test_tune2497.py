"""Prepositions of time beside phrasal senses, conditional warnings, acts done with a means, riots and crowds in
squares, and members of a body named by a from-phrase."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def test_a_day_named_with_on_is_no_particle_of_a_phrasal_sense():
    got = events("Venezuela's government seized two foreign-owned oil fields on Thursday.")
    assert any(s == "VENGOV" and c == "1711" for s, c, _, _ in got), got


def test_a_phrasal_sense_with_its_own_object_is_still_dropped():
    got = events("The opposition seized on new revelations about the minister's finances.")
    assert not any(c.startswith("17") for _, c, _, _ in got), got

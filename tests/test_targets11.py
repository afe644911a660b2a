"""Targets named before and referred back to: a seized or released craft named again as "the ship", as a pronoun,
or by a relative clause the parser parts from its noun."""

from __future__ import annotations

from conftest import event_tuples


def _events(text: str, date: str = "2021-06-10") -> set[tuple]:
    return {(s, c[:3], t) for s, c, t, _ in event_tuples(text, date)}


def _targets(text: str, code: str, date: str = "2021-06-10") -> set:
    return {t for s, c, t, _ in event_tuples(text, date) if c.startswith(code)}


# 1. a craft referred back to: the country of the craft named before


def test_definite_craft_noun_takes_the_flag_of_the_craft_named_before():
    text = ("Egypt freed the Panamanian-flagged tanker Sea Lark on Monday, three weeks after its navy "
            "seized the vessel in the Red Sea.")
    assert _targets(text, "171") == {"PAN"}


def test_relative_clause_parted_from_its_craft_takes_its_country():
    text = "Malaysia handed back a Thai fishing boat on Monday that its coast guard had seized in April."
    assert "THA" in _targets(text, "171")


def test_pronoun_for_a_craft_refused_back_takes_its_country():
    text = ("Sri Lanka's navy seized an Indian fishing boat near Jaffna last week. "
            "Colombo refused on Friday to return it.")
    assert "IND" in _targets(text, "12")


def test_craft_noun_with_no_craft_named_before_gives_no_target():
    text = "Greek coast guards boarded the ship off Crete on Tuesday."
    assert all(t is None for s, c, t, _ in event_tuples(text, "2021-06-10"))


def test_pronoun_for_a_place_is_not_read_as_a_craft():
    # the nearest object before the pronoun is the port, not the craft
    text = ("Russian warships blockaded the port of Odesa for months. "
            "Ukraine said on Monday its forces had retaken it.")
    assert not any(t == "RUSMIL" for t in _targets(text, "19"))

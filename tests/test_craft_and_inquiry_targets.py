"""Targets the verb's own phrase leaves unnamed: a seized or released craft named again as "the ship", as a pronoun,
or by a relative clause the parser parts from its noun; wrongs an inquiry from abroad looks into, named only by the
place they happened in."""

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


# 2. wrongs with no author, looked into from abroad: the country they happened in


def test_inquiry_into_abuses_in_a_country_is_aimed_at_it():
    text = "The UN rights council voted on Monday to open an inquiry into rights abuses in Burundi."
    assert "BDI" in _targets(text, "09")


def test_evidence_of_war_crimes_in_a_town_of_a_region_takes_the_region_country():
    text = "ICC investigators began examining evidence of war crimes in the North Darfur town of Kutum."
    assert "SDN" in _targets(text, "09")


def test_own_country_inquiry_into_abuses_at_home_gives_no_target():
    text = "Burundi's government set up a commission of inquiry into rights abuses in Burundi on Monday."
    assert _targets(text, "09") == {None}


def test_abuses_with_their_author_named_keep_the_author():
    text = "The UN opened an inquiry on Monday into abuses by Burundi's police in Bujumbura."
    assert "BDI" not in _targets(text, "09")


def test_abuses_with_their_victims_named_give_no_place_target():
    text = "UN investigators will look into allegations of abuses against Rohingya refugees in Bangladesh."
    assert "BGD" not in _targets(text, "09")

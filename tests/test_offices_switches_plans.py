"""A town named "the port of X" in another country's context, a state's chief executive, a bare junta after an
international body's officials, switching recognition "from X to Y", and "plans to" read as a noun."""

from __future__ import annotations

import pytest

import dyad
from conftest import event_tuples


def events(text, date="2021-05-10"):
    return event_tuples(text, date)


# -- "the port of Palma": a Mozambican town, not only Palma de Mallorca -------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Islamist insurgents overran the port of Palma in northern Mozambique.", ("MOZINS", "192", "MOZ", "asserted")),
    ("Insurgents in Cabo Delgado attacked the port of Palma on Wednesday.", ("MOZINS", "190", "MOZ", "asserted")),
    ("Mozambican soldiers shelled the town of Palma after militants seized it.", ("MOZMIL", "194", "MOZ", "asserted")),
])
def test_a_town_takes_the_country_its_sentence_is_in(text, event):
    assert event in events(text)


def test_a_town_named_alone_keeps_its_likeliest_country():
    # (police that raid coerce, 170)
    assert ("ESPCOP", "170", "ESP", "asserted") in events("Spanish police raided the port of Palma.")


# -- a chief executive of a territory or state heads its government --------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Hong Kong's chief executive condemned the protesters.", "HKGGOV"),
    ("The chief executive of Hong Kong praised the police on Monday.", "HKGGOV"),
    ("Hong Kong chief executive Carrie Lam met Chinese President Xi Jinping.", "HKGGOV"),
])
def test_a_territorys_chief_executive_is_its_government(text, source):
    assert any(e[0] == source for e in events(text))


@pytest.mark.parametrize("text, source", [
    ("Gazprom's chief executive met Chinese President Xi Jinping.", "RUSBUS"),
    ("The chief executive of Gazprom praised the Chinese government.", "RUSBUS"),
    ("Google's chief executive met Indian Prime Minister Narendra Modi.", "USABUS"),
])
def test_a_companys_chief_executive_stays_business(text, source):
    assert any(e[0] == source for e in events(text))


# -- a junta with no country word is the state's, not an international body's ------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Mali's president met Ecowas leaders on Sunday. The junta later expelled the French ambassador.",
     ("MLIGOV", "174", "FRAGOV", "asserted")),
    ("Ecowas leaders imposed sanctions on Mali. The ruling junta expelled the French ambassador.",
     ("MLIGOV", "174", "FRAGOV", "asserted")),
    ("A UN envoy met opposition leaders in Yangon. The ruling junta arrested three journalists.",
     ("MMRGOV", "173", "MMRMED", "asserted")),
])
def test_a_bare_junta_takes_the_state_not_the_international_body(text, event):
    got = events(text)
    assert event in got
    assert not any(s.startswith("IGO") and c == event[1] for s, c, _, _ in got)


# -- "switched recognition from X to Y": relations with X are broken ----------------------------------------------

@pytest.mark.parametrize("text, source, old, new, mood", [
    ("Panama switched its diplomatic recognition from Taiwan to China on Monday.", "PAN", "TWN", "CHN", "asserted"),
    ("The Solomon Islands shifted recognition from Taipei to Beijing.", "SLB", "TWN", "CHN", "asserted"),
    ("Kiribati will switch diplomatic recognition from Taiwan to China, officials said.", "KIR", "TWN", "CHN",
     "future"),
])
def test_switching_recognition_breaks_relations_with_the_party_left(text, source, old, new, mood):
    got = events(text)
    assert (source, "054", new, mood) in got
    assert (source, "161", old, mood) in got


def test_switching_recognition_to_a_party_alone_breaks_nothing():
    got = events("Nicaragua switched recognition to Beijing.")
    assert ("NIC", "054", "CHN", "asserted") in got
    assert not any(c == "161" for _, c, _, _ in got)


# -- "X plans to stage a rally": the act, in the future -------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Kenya's main opposition coalition plans to hold a protest in Nairobi next week.",
     ("KENOPP", "141", "KENGOV", "future")),
    ("Nigeria's labour unions plans to stage a strike on Monday.", ("NGALAB", "143", "NGAGOV", "future")),
    ("Thailand's cabinet plans to impose a curfew in the south, a spokesman said.",
     ("THAGOV", "1723", None, "future")),
])
def test_plans_read_as_a_noun_still_gives_the_planned_act(text, event):
    assert event in events(text)


def test_plans_as_a_noun_under_a_verb_gives_no_act():
    got = events("The government's plans to cut pensions angered Spain's unions.")
    assert not any(c.startswith("17") or m == "future" for _, c, _, m in got)


@pytest.mark.parametrize("text", [
    "Kenya's main opposition party plans to stage a final campaign rally in Nairobi on Friday.",
    "Kenya's main opposition party will hold an election rally in Nairobi on Friday.",
])
def test_a_campaign_rally_is_against_no_one(text):
    got = events(text)
    assert ("KENOPP", "141", None, "future") in got


# -- "the city of X": a place the tagger misses is still found after the cue ------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Rebels attacked the city of Aleppo on Tuesday.", ("SYRREB", "190", "SYR", "asserted")),
    ("Rebels shelled the city of Aleppo overnight.", ("SYRREB", "194", "SYR", "asserted")),
])
def test_a_large_town_after_the_city_of_is_a_place(text, event):
    assert event in events(text)


def test_a_small_namesake_abroad_after_the_town_of_is_not_taken():
    doc = dyad.code("Gunmen raided the town of Baga on Sunday.", date="2021-05-10")
    assert not any(p.country == "ESP" for p in doc.places)

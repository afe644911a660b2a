"""A bare compass word as the story's own region, armed men named by a group that governs, US party legislators,
a state-led coalition as the subject of an act, and an institution's vehicle carrying civilians."""

from __future__ import annotations

import dyad


def _events(text: str, date: str = "2016-05-01") -> set[tuple]:
    doc = dyad.code(text, date=date)
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in doc.events}


def _codes(text: str, date: str = "2016-05-01") -> set[tuple]:
    return {(s, t) for s, _, t in _events(text, date)}


# 1. "the North", "the South": a region of the story's country, never a foreign town of that name


def test_the_north_is_a_region_of_the_story_country():
    assert _codes("Ugandan soldiers fought rebels in the North on Sunday.") == {("UGAMIL", "UGAREB")}


def test_the_south_is_a_region_of_the_story_country():
    assert ("MLIMIL", "MLIREB") in _codes("Malian troops clashed with rebels in the South overnight.")


def test_the_west_of_the_country_keeps_its_coding():
    assert _codes("Ugandan soldiers fought rebels in the west of the country.") == {("UGAMIL", "UGAREB")}


def test_the_north_stands_for_a_korean_state_in_a_story_about_the_koreas():
    assert _codes("Seoul accused the North of launching two missiles on Friday.") == {("KORGOV", "PRK")}


def test_the_south_stands_for_a_korean_state_in_a_story_about_the_koreas():
    assert ("PRK", "KOR") in _codes("North Korea threatened the South with retaliation on Monday.")


# 2. armed men named by a group in power: their force is force, not words


def test_group_gunmen_shooting_an_activist_is_force_not_criticism():
    found = _events("Taliban gunmen shot a well-known women's rights activist in Herat.", date="2023-03-01")
    assert found and all(code.startswith("19") or code.startswith("18") for _, code, _ in found), found


def test_group_fighters_attacking_an_activist_is_force():
    found = _events("Taliban fighters attacked a young rights activist in Herat.", date="2023-03-01")
    assert found and all(not code.startswith("11") for _, code, _ in found), found


def test_group_officials_attacking_an_activist_stay_words():
    found = _events("Taliban officials attacked a young rights activist in Herat.", date="2023-03-01")
    assert {code for _, code, _ in found} == {"111"}, found


# 3. a US party's legislators, with no other country in their phrase, are members of Congress


def test_republican_senators_are_the_us_legislature():
    found = _codes("Republican senators condemned Beijing over its treatment of Uyghurs.")
    assert {s for s, _ in found} == {"USALEG"}, found


def test_democratic_lawmakers_are_the_us_legislature():
    found = _codes("Democratic lawmakers criticised Russia over the jailing of a reporter.")
    assert {s for s, _ in found} == {"USALEG"}, found


def test_a_republican_congresswoman_is_the_us_legislature():
    found = _codes("A Republican congresswoman praised Taiwan for holding free elections.")
    assert ("USALEG", "TWN") in found, found


def test_democratic_representatives_are_the_us_legislature():
    found = _codes("Democratic representatives criticised Saudi Arabia over the war in Yemen.")
    assert {s for s, _ in found} == {"USALEG"}, found


def test_party_lawmakers_placed_abroad_keep_that_country():
    found = _codes("Democratic lawmakers in South Korea criticised Japan on Tuesday.")
    assert {s for s, _ in found} == {"KORLEG"}, found


def test_irish_republican_lawmakers_stay_irish():
    found = _codes("Irish republican lawmakers criticised Britain over the border.")
    assert {s for s, _ in found} == {"IRLLEG"}, found


def test_iraqi_republican_guard_stays_iraqi():
    found = _codes("Iraq's Republican Guard attacked Kurdish fighters near Kirkuk.")
    assert {s for s, _ in found} == {"IRQMIL"}, found


def test_turkish_republican_party_stays_turkish():
    found = _codes("The Republican People's Party accused the Turkish government of corruption.")
    assert {s for s, _ in found} == {"TURPTY"}, found


def test_democratic_party_of_japan_is_japanese():
    found = _codes("Lawmakers from the Democratic Party of Japan criticised China on Monday.")
    assert {s for s, _ in found} == {"JPNPTY"}, found


def test_a_trade_representative_is_no_legislator():
    assert not any(s == "USALEG" for s, _ in _codes("The trade representative criticised China on Monday."))


# 4. a state-led coalition as the subject of an act: the leading state's military


def test_state_led_coalition_as_subject_is_the_leaders_military():
    found = _codes("The Saudi-led coalition bombed rebel positions near Hodeidah on Friday.")
    assert {s for s, _ in found} == {"SAUMIL"}, found


def test_state_led_coalition_as_passive_agent_is_the_leaders_military():
    found = _codes("Rebel positions near Hodeidah were bombed by the Saudi-led coalition on Friday.")
    assert {s for s, _ in found} == {"SAUMIL"}, found


def test_state_led_coalition_aircraft_keep_their_coding():
    found = _codes("Saudi-led coalition jets bombed rebel positions near Hodeidah on Friday.")
    assert {s for s, _ in found} == {"SAUMIL"}, found


def test_the_leader_of_a_coalition_is_not_the_scene():
    found = _codes("The US-led coalition struck Islamic State fighters near Raqqa in Syria.")
    assert ("USAMIL", "SYRINS") in found, found


def test_a_backed_coalition_is_not_the_backers_military():
    found = _codes("The Saudi-backed coalition bombed rebel positions near Hodeidah on Friday.")
    assert not any(s == "SAUMIL" for s, _ in found), found


def test_a_coalition_joined_is_no_military():
    found = _codes("Norway will join the US-led coalition in the Gulf, the defence minister said.")
    assert not any(t == "USAMIL" for _, t in found), found


# 5. an institution's vehicle carries civilians


def test_a_school_bus_carries_civilians():
    found = _codes("Militants attacked a school bus near Peshawar in Pakistan on Monday.")
    assert found and {t for _, t in found} == {"PAKCVL"}, found


def test_a_church_bus_carries_civilians():
    found = _codes("Gunmen loyal to Islamic State ambushed a church bus in Minya, Egypt.")
    assert {t for _, t in found} == {"EGYCVL"}, found


def test_a_school_itself_stays_an_institution():
    found = _codes("Rebels shelled a school near Saada in Yemen on Monday.")
    assert {t for _, t in found} == {"YEMEDU"}, found


def test_a_police_van_stays_the_police():
    found = _codes("Rebels attacked a police van near Saada in Yemen.")
    assert {t for _, t in found} == {"YEMCOP"}, found

"""Crowd dispersals after a protest's demand, detention prolonged, and states named with a shared name."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2021-06-15"):
    return event_tuples(text, date)


# a clause of time inside a protest's demand is an act of its own

def test_a_dispersal_after_a_protests_demand_is_coded():
    got = events("Thousands of opposition supporters marched on the state house in Nairobi on Friday, demanding "
                 "that the president step down, before riot police dispersed them with tear gas.")
    assert ("KENCOP", "175", "KENOPP", "asserted") in got, got
    assert any(s == "KENOPP" and c.startswith("14") for s, c, _, _ in got), got


def test_a_dispersal_after_a_demand_with_a_lone_subject_is_coded():
    got = events("Farmers rallied outside the ministry in Lima, demanding that the minister step down, until police "
                 "fired tear gas at them.")
    assert ("PERCOP", "175", "PERCVL", "asserted") in got, got


def test_a_time_clause_the_demand_itself_sets_stays_uncoded():
    got = events("Thousands of teachers rallied in Nairobi on Monday, demanding that the government raise their pay "
                 "before the school year starts.")
    assert [c for _, c, _, _ in got if not c.startswith("14")] == [], got


def test_a_release_demanded_by_protesters_is_no_release():
    got = events("Hundreds of students marched in Nairobi on Tuesday, demanding that police free the leaders they "
                 "had arrested.")
    assert not any(c.startswith("08") and m == "asserted" for _, c, _, m in got), got


# detention prolonged, house arrest lifted

def test_a_court_extending_a_detention_detains():
    got = events("A Moscow court on Thursday extended the pre-trial detention of a British journalist by two "
                 "months.")
    assert ("RUSJUD", "173", "GBRMED", "asserted") in got, got


def test_prolonged_custody_is_a_detention():
    got = events("A Cairo court prolonged the custody of three opposition activists for another 45 days.")
    assert any(s == "EGYJUD" and c == "173" and t and t.startswith("EGY") for s, c, t, _ in got), got


def test_house_arrest_extended_and_lifted():
    got = events("Myanmar's junta extended the house arrest of the opposition leader on Monday.")
    assert ("MMRGOV", "173", "MMROPP", "asserted") in got, got
    got = events("Myanmar's junta lifted the house arrest of the opposition leader on Monday.")
    assert ("MMRGOV", "0841", "MMROPP", "asserted") in got, got


def test_an_extended_deadline_or_a_detention_centre_is_no_detention():
    assert events("Kenya extended the deadline for the talks by a week.") == []
    got = events("The government extended the migrant detention centre near the capital.")
    assert not any(c.startswith("17") for _, c, _, _ in got), got


# "North and South Korea": two states named with one shared name

def test_north_and_south_korea_hold_talks_with_each_other():
    got = events("North and South Korea held talks at the border village of Panmunjom on Thursday.")
    assert ("PRK", "040", "KOR", "asserted") in got, got
    assert ("KOR", "040", "PRK", "asserted") in got, got


def test_officers_from_north_and_south_korea_are_each_states_military():
    got = events("Army officers from North and South Korea will meet at Panmunjom next week.")
    assert ("PRKMIL", "040", "KORMIL", "future") in got, got
    assert ("KORMIL", "040", "PRKMIL", "future") in got, got


def test_north_and_south_korean_ships_are_two_navies():
    got = events("North and South Korean warships exchanged fire near the disputed maritime border on Monday.")
    assert any(s == "PRKMIL" and t == "KORMIL" for s, _, t, _ in got), got
    assert not any(s.startswith("USA") or (t or "").startswith("USA") for s, _, t, _ in got), got


def test_both_koreas_urged_to_talk():
    got = events("China urged North and South Korea on Monday to resume talks.")
    assert ("CHN", "026", "PRK", "asserted") in got or any(
        s == "CHN" and c.startswith("02") and t == "PRK" for s, c, t, _ in got), got
    assert any(s == "CHN" and c.startswith("02") and t == "KOR" for s, c, t, _ in got), got


def test_a_compass_word_before_a_us_state_names_no_country():
    assert events("Storms hit North and South Dakota on Friday.") == []


# who leads the body a force is from

def test_warplanes_from_a_led_coalition_are_the_leaders_forces():
    got = events("Warplanes from the Saudi-led coalition bombed a market in northern Yemen on Tuesday.")
    assert any(s == "SAUMIL" and c.startswith("19") for s, c, _, _ in got), got


def test_troops_of_a_led_force_are_the_leaders_forces():
    got = events("Troops of the French-led force killed ten militants in northern Mali on Sunday.")
    assert any(s == "FRAMIL" and c.startswith("19") for s, c, _, _ in got), got


def test_a_backer_of_the_coalition_is_not_its_leader():
    got = events("Warplanes from the Saudi-backed coalition bombed a market in northern Yemen on Tuesday.")
    assert not any(s.startswith("SAU") for s, _, _, _ in got), got


# a meeting held by two parties is between them

def test_a_meeting_held_by_two_leaders_is_mutual():
    got = events("The presidents of Kenya and Uganda held a meeting in Kampala on Monday.")
    assert ("KENGOV", "040", "UGAGOV", "asserted") in got, got
    assert ("UGAGOV", "040", "KENGOV", "asserted") in got, got


def test_a_meeting_with_another_is_one_way_and_a_cabinet_meeting_is_none():
    got = events("Kenya's president held a meeting with Uganda's president on Monday.")
    assert got == [("KENGOV", "040", "UGAGOV", "asserted")], got
    assert events("Kenya's cabinet held a meeting on Monday.") == []


# a fire an attack sets off is its damage

def test_fires_an_air_strike_sets_off_are_no_arson_of_their_own():
    got = events("Drones struck a fuel depot in the port city on Sunday, setting off huge fires, Ukrainian military "
                 "officials said.") + events("Houthi rebels shelled an oil terminal near Aden on Saturday, setting "
                                             "off a large fire.")
    assert not any(c == "1712" for _, c, _, _ in got), got
    assert any(s == "YEMREB" and c.startswith("19") for s, c, _, _ in got), got


def test_homes_set_on_fire_in_a_raid_are_still_arson():
    got = events("Rebels attacked a village in Darfur on Saturday, setting fire to dozens of homes.")
    assert any(s == "SDNREB" and c == "1712" for s, c, _, _ in got), got


# inspectors and monitors belong to no state of the scene

def test_inspectors_no_body_owns_are_not_the_expelling_states():
    got = events("Iran barred the nuclear inspectors from entering the country on Monday.")
    assert not any((t or "").startswith("IRN") for _, _, t, _ in got), got


def test_inspectors_in_a_text_naming_the_un_are_the_uns():
    got = events("North Korea defied the United Nations on Monday and expelled the nuclear inspectors from "
                 "Yongbyon.")
    assert any(s == "PRK" and t == "IGOUNO" and c.startswith("16") for s, c, t, _ in got), got
    assert not any("PRKIGO" in (s, t) for s, _, t, _ in got), got


def test_named_monitors_keep_their_body():
    got = events("Election observers from the OSCE criticised Sunday's vote in Azerbaijan.")
    assert any(s == "IGOEUROSC" and c.startswith("11") for s, c, _, _ in got), got


# people on the move pay no visit

def test_refugees_arriving_in_a_country_pay_no_visit():
    assert events("Thousands of Syrian refugees arrived in Greece on Monday.") == []
    got = events("Government troops have driven thousands of villagers from their homes in Darfur, Sudanese refugees "
                 "arriving in Chad said on Tuesday.")
    assert not any(c.startswith("04") for _, c, _, _ in got), got
    assert any(s == "SDNMIL" and c.startswith("20") for s, c, _, _ in got), got


def test_migrants_travelling_to_a_country_pay_no_visit():
    assert events("Hundreds of Afghan migrants travelled to Iran on Monday.") == []


def test_leaders_and_lawmakers_arriving_still_visit():
    got = events("Kenya's president arrived in Uganda on Monday for a two-day visit.")
    assert ("KENGOV", "042", "UGA", "asserted") in got, got
    got = events("A delegation of Palestinian lawmakers visited Jordan on Monday.")
    assert ("PSELEG", "042", "JOR", "asserted") in got, got


# "the South", "the North" in a story about the Koreas

def test_the_souths_president_in_a_korea_story_is_seouls():
    got = events("North Korea on Tuesday denounced the South's president as a traitor.")
    assert ("PRK", "111", "KORGOV", "asserted") in got, got


def test_the_north_urged_to_talk_is_pyongyang():
    got = events("South Korea's president urged the North on Monday to return to talks.")
    assert any(s == "KORGOV" and c.startswith("02") and t == "PRK" for s, c, t, _ in got), got


def test_the_south_accused_is_seoul():
    got = events("North Korea accused the South of staging provocative military drills.")
    assert any(s == "PRK" and c.startswith("112") and t == "KOR" for s, c, t, _ in got), got


def test_a_compass_word_opening_a_longer_name_or_outside_a_korea_story_is_no_korea():
    got = events("South Korea sent two warships to the North Atlantic on Monday.")
    assert not any("PRK" in (s, t) for s, _, t, _ in got), got
    got = events("Sudan's army attacked rebels in the South on Monday.")
    assert not any("KOR" in (s or "") + (t or "") for s, _, t, _ in got), got


def test_crowds_welcoming_a_leader_still_host_him():
    got = events("Thousands of supporters gave the opposition leader a warm welcome in Nairobi on Saturday.")
    assert any(s == "KENCVL" and c == "043" for s, c, _, _ in got), got

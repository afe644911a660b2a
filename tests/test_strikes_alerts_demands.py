"""Hunger strikes, alert levels, batons and seized drugs: codes of wire-style sentences."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def codes(got):
    return {c for _, c, _, _ in got}


def test_a_hunger_strike_launched_is_a_hunger_strike():
    got = events("Dozens of detained migrants in Belgian holding centres launched a hunger strike on Tuesday.")
    assert "142" in codes(got) and "143" not in codes(got) and "195" not in codes(got), got
    got = events("Jailed Kurdish activists in Turkey declared a hunger strike on Friday, their lawyers said.")
    assert "142" in codes(got), got


def test_a_labour_or_air_strike_launched_is_not_a_hunger_strike():
    got = events("Israel launched an air strike on Gaza on Tuesday.")
    assert "142" not in codes(got), got
    got = events("Dock workers in Antwerp launched a strike on Monday over pay.")
    assert "142" not in codes(got), got


def test_forces_placed_on_a_level_of_combat_readiness():
    got = events("Armenia's president placed the army on its highest level of combat readiness on Sunday.")
    assert ("ARMGOV", "152", None, "asserted") in got, got
    got = events("Armenia's president placed the army on combat readiness on Sunday.")
    assert ("ARMGOV", "152", None, "asserted") in got, got


def test_batons_swung_or_used_at_a_crowd_are_violent_repression():
    got = events("Riot police swung batons at students in Dhaka on Sunday.")
    assert ("BGDCOP", "175", "BGDEDU", "asserted") in got, got
    got = events("Police in Minsk used truncheons against opposition supporters on Sunday.")
    assert ("BLRCOP", "175", "BLROPP", "asserted") in got, got


def test_a_bat_swung_at_a_ball_is_no_event():
    assert events("The batsman swung his bat at the ball in the final over.") == []


def test_seized_drugs_are_confiscated_property():
    got = events("Colombian troops seized three tonnes of cocaine near the Venezuelan border on Monday.")
    assert ("COLMIL", "1711", None, "asserted") in got, got
    got = events("Peruvian police confiscated a haul of heroin from a gang in Lima.")
    assert any(c == "1711" for _, c, _, _ in got), got


def test_a_seized_ship_is_still_a_seizure():
    got = events("Iran's Revolutionary Guards seized a British tanker in the Strait of Hormuz on Friday.")
    assert any(c == "171" for _, c, _, _ in got) and "1711" not in codes(got), got


def test_a_hunger_strike_in_a_states_jails_is_aimed_at_that_state():
    got = events("Kurdish detainees launched a hunger strike in Turkish prisons on Monday.")
    assert any(c == "142" and t == "TUR" for _, c, t, _ in got), got
    got = events("Palestinian prisoners began a hunger strike in Israeli jails on Sunday.")
    assert any(c == "142" and t == "ISR" for _, c, t, _ in got), got


def test_a_hunger_strike_by_free_people_in_a_town_is_not_aimed_at_a_jailer():
    got = events("Palestinian students began a hunger strike in Ramallah on Sunday.")
    assert not any(t == "ISR" for _, _, t, _ in got), got


def test_an_alert_raised_amid_tensions_with_a_rival_is_aimed_at_it():
    got = events("Armenia's president placed the army on high alert on Friday amid rising tensions with Azerbaijan.")
    assert ("ARMGOV", "152", "AZE", "asserted") in got, got
    got = events("Pakistan put its air force on high alert on Tuesday amid a standoff with India.")
    assert ("PAK", "152", "IND", "asserted") in got, got


def test_an_alert_after_talks_with_a_rival_has_no_target():
    got = events("Armenia put its armed forces on high alert on Sunday after talks with Azerbaijan collapsed.")
    assert ("ARM", "152", None, "asserted") in got, got
    got = events("Greece put its navy on high alert on Monday.")
    assert ("GRC", "152", None, "asserted") in got, got


def test_a_warning_set_off_after_a_demand_is_the_demanders_and_aimed_at_whom_it_asks():
    got = events("Tehran demanded on Friday that London free a detained Iranian scientist, warning of serious "
                 "consequences.")
    assert ("IRNGOV", "130", "GBRGOV", "asserted") in got, got
    assert not any(c == "130" and s != "IRNGOV" for s, c, _, _ in got), got
    got = events("Ghana's opposition urged the president to sack the finance minister, threatening to call "
                 "mass protests.")
    assert any(s == "GHAOPP" and c.startswith("13") and t == "GHAGOV" for s, c, t, _ in got), got


def test_a_warning_in_a_later_sentence_keeps_no_target():
    got = events("Iran urged Britain to release the tanker. Its navy later warned of a firm response.")
    assert not any(c.startswith("13") and t == "GBR" for _, c, t, _ in got), got


def test_an_inquiry_into_war_crimes_by_forces_in_a_region_is_aimed_at_the_forces():
    got = events("UN investigators began investigating alleged war crimes by Sudanese and Chadian troops in the "
                 "Darfur region on Monday.")
    assert ("IGOUNO", "094", "SDNMIL", "asserted") in got and ("IGOUNO", "094", "TCDMIL", "asserted") in got, got


def test_an_inquiry_into_war_crimes_in_a_place_with_no_perpetrator_is_aimed_at_the_place():
    got = events("The International Criminal Court will investigate war crimes in Darfur.")
    assert any(c == "094" and t == "SDN" for _, c, t, _ in got), got

"""Aid handed over, missions ordered out, negotiators pulled out of talks, suspects captured by police, property
returned, land rights recognised: codes and sides of wire-style sentences."""

from __future__ import annotations

from conftest import event_tuples



def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def test_an_aid_package_handed_over_is_economic_aid():
    got = events("Saudi Arabia's king handed over a $300 million aid package to Yemen's government on Sunday.")
    assert ("SAUGOV", "071", "YEMGOV", "asserted") in got, got


def test_relief_handed_over_is_aid():
    got = events("Japan handed over relief supplies to Nepal on Tuesday.")
    assert any(s == "JPN" and c.startswith("07") and t == "NPL" for s, c, t, _ in got), got


def test_a_mission_ordered_out_of_the_country_is_expelled():
    got = events("Eritrea's government ordered the UN peacekeeping mission out of the country on Monday.")
    assert ("ERIGOV", "1661", "IGOUNO", "asserted") in got, got
    assert not any(c.startswith("17") for _, c, _, _ in got), got


def test_monitors_ordered_out_are_expelled_observers():
    got = events("Russia ordered the OSCE monitors out of the region on Friday.")
    assert any(s == "RUS" and c == "1662" for s, c, _, _ in got), got


def test_negotiators_pulled_out_of_talks_halt_negotiations():
    got = events("Egypt pulled its negotiators out of the talks in Cairo on Sunday.")
    assert ("EGY", "164", None, "asserted") in got, got
    assert not any(c.startswith("08") for _, c, _, _ in got), got


def test_police_who_capture_a_suspect_arrest_him():
    got = events("Mexican police captured a senior cartel boss in Sinaloa on Friday.")
    assert any(s == "MEXCOP" and c == "173" for s, c, _, _ in got), got


def test_forces_that_capture_a_town_still_take_it():
    got = events("Russian forces captured the town of Bakhmut on Saturday.")
    assert any(s == "RUSMIL" and c == "192" for s, c, _, _ in got), got


def test_artworks_returned_are_property_handed_back():
    got = events("Germany will return dozens of stolen artworks to Poland, the culture minister said.")
    assert ("DEU", "0842", "POL", "future") in got, got


def test_recognising_ancestral_lands_grants_rights():
    got = events("Tribal leaders in Manila demanded on Monday that the government recognise their ancestral lands.")
    assert any(s == "PHLGOV" and c == "0833" and m == "requested" for s, c, _, m in got), got


def test_a_strike_to_force_a_policy_act_is_for_policy_change():
    got = events("Ghana's teachers' unions began a nationwide strike on Monday to force the government to restore "
                 "the fuel subsidy.")
    assert any(c == "1432" for _, c, _, _ in got), got


def test_an_act_done_in_a_strike_against_a_reform_takes_its_aim():
    got = events("Italian dock workers will walk off the job on Friday in a new strike against the pension reform.")
    assert any(c == "1432" for _, c, _, _ in got), got


def test_each_conjoined_thing_protested_against_can_give_the_aim():
    got = events("Thousands of people marched through Quito on Saturday against poverty and the government's "
                 "handling of the economy.")
    assert any(c == "1412" for _, c, _, _ in got), got

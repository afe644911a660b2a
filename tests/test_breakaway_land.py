"""A breakaway territory named bare as what another state's threat or force is aimed at is its host state's land;
its host's own forces act against its separatists, and its authorities keep the territory's code."""

from __future__ import annotations

import pytest

import dyad


def events(text, date="2019-05-20"):
    doc = dyad.code(text, date=date)
    return [(e.source.code, e.code, e.target.code if e.target else None, e.target.territory if e.target else None)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Russia formally annexed Crimea on Tuesday.", ("RUS", "192", "UKR", "Crimea")),
    ("Russian troops seized Crimea in February.", ("RUSMIL", "171", "UKR", "Crimea")),
])
def test_another_state_taking_a_breakaway_territory_takes_its_hosts_land(text, expected):
    assert expected in events(text)


def test_a_threat_over_an_attack_on_the_territory_is_aimed_at_the_host():
    got = events("A senior Russian official warned that Moscow could resort to nuclear weapons if Crimea came under "
                 "attack.")
    assert any(e[1].startswith("13") and e[2] == "UKR" for e in got), got


def test_a_territory_with_a_de_facto_state_of_its_own_stays_separatist():
    got = events("Russian troops entered the village of Perevi in South Ossetia.", date="2008-08-12")
    assert ("RUSMIL", "192", "GEOSEP", "South Ossetia") in got, got


def test_the_hosts_own_forces_act_against_the_separatists():
    assert ("GEOMIL", "194", "GEOSEP", "South Ossetia") in events("Georgian troops shelled South Ossetia on Thursday.")


def test_a_statement_about_the_territory_keeps_its_code():
    assert ("RUS", "054", "GEOSEP", "Abkhazia") in events("Russia recognised Abkhazia as an independent state.")


def test_the_territorys_authorities_keep_their_code():
    got = events("Crimean authorities detained three Ukrainian activists on Monday.")
    assert any(e[0] == "UKRSEP" and e[1].startswith("17") for e in got), got


def test_warships_sent_to_the_territorys_coast_are_a_show_of_force_for_its_separatists():
    got = events("Russia's Black Sea Fleet sent three warships to the coast of Abkhazia on Sunday.", date="2008-08-10")
    assert not any(e[1].startswith("15") and e[2] == "GEO" for e in got), got

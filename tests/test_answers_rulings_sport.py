"""Threats of retaliation aimed at whoever acted before, rulings referred back to, inspectors let in, agreement
voiced, weapons loaded with poison gas, market and sport senses of force and surrender (news-style sentences written
for these tests)."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2019-03-01"):
    return event_tuples(text, date)


def test_a_vowed_response_is_a_threat_against_whoever_acted_before():
    got = events("Latvia expelled two Russian diplomats on Friday. Moscow vowed a firm response.")
    assert any(s == "RUSGOV" and c.startswith("13") and t == "LVA" for s, c, t, _ in got), got
    got = events("Poland expelled a Belarusian envoy on Monday. Minsk threatened reprisals.")
    assert any(s == "BLRGOV" and c.startswith("13") and t == "POL" for s, c, t, _ in got), got
    got = events("Bolivia nationalised a gas field run by a Brazilian firm on Monday, and Brasilia vowed to retaliate.")
    assert any(s == "BRAGOV" and c.startswith("13") and t == "BOL" for s, c, t, _ in got), got


def test_a_threat_after_a_friendly_act_takes_no_earlier_actor():
    got = events("Hungary praised Serbia on Monday. Belgrade vowed a firm response.")
    assert not any(c.startswith("13") and t == "HUN" for _, c, t, _ in got), got
    # a response to a need is no threat
    got = events("The minister vowed a quick response to the flood victims' needs.")
    assert not any(c.startswith("13") for _, c, _, _ in got), got


def test_a_ruling_referred_back_to_is_the_courts():
    got = events("A court in Minsk jailed an opposition leader for ten years on Monday. Washington criticised the "
                 "sentence.")
    assert ("USAGOV", "111", "BLRJUD", "asserted") in got, got
    got = events("A court in Baku convicted a journalist of tax evasion on Tuesday. The European Union condemned the "
                 "verdict.")
    assert any(c.startswith("11") and t == "AZEJUD" for _, c, t, _ in got), got


def test_inspectors_let_in_are_the_target_not_the_site():
    got = events("Iran allowed UN nuclear inspectors into its underground enrichment plant on Monday.")
    assert ("IRN", "0862", "IGOUNO", "asserted") in got, got
    got = events("Syria allowed OPCW inspectors into the town of Douma on Saturday.")
    assert any(s == "SYR" and c == "0862" and t == "IGOOPW" for s, c, t, _ in got), got
    # inspectors of no named body: the place they are let into
    got = events("Russia allowed inspectors into the Zaporizhzhia plant in Ukraine on Monday.")
    assert ("RUS", "0862", "UKR", "asserted") in got, got


def test_voiced_agreement_is_accord_each_way():
    got = events("Moscow and Beijing voiced full agreement on the Syrian crisis on Friday.")
    assert ("RUSGOV", "019", "CHNGOV", "asserted") in got, got
    assert ("CHNGOV", "019", "RUSGOV", "asserted") in got, got
    got = events("Chile's president expressed agreement with Peru on the need for a regional water plan.")
    assert ("CHLGOV", "019", "PER", "asserted") in got, got
    # hope for an agreement, or support for one, is no accord
    got = events("Chile and Peru expressed hope for an agreement on fishing rights.")
    assert not any(c == "019" for _, c, _, _ in got), got


def test_a_weapon_loaded_with_poison_gas_is_a_chemical_attack():
    got = events("Syrian government forces fired rockets loaded with nerve gas at the town of Khan Sheikhoun on Tuesday.")
    assert any(s == "SYRMIL" and c == "2041" for s, c, _, _ in got), got
    # other loads leave the weapon's code
    got = events("Syrian troops fired rockets loaded with explosives at the town of Douma on Monday.")
    assert any(s == "SYRMIL" and c == "195" for s, c, _, _ in got), got
    assert not any(c == "2041" for _, c, _, _ in got), got


def test_shares_that_surrender_gains_do_not_retreat():
    got = events("Shares in Seoul surrendered early gains on Tuesday as exporters retreated on a stronger won.")
    assert not any(c.startswith("087") for _, c, _, _ in got), got


def test_a_race_won_is_no_repression():
    got = events("Ethiopian runners swept the podium at the Boston Marathon on Monday, crushing a strong Kenyan "
                 "challenge.")
    assert not any(c.startswith("17") for _, c, _, _ in got), got
    # troops that crush a challenge still repress it
    got = events("Ethiopian troops crushed a rebel challenge in the north on Sunday.")
    assert ("ETHMIL", "175", "ETHREB", "asserted") in got, got


def test_fire_returned_is_aimed_at_whoever_fired_first():
    got = events("Indian troops fired on a Pakistani border post on Monday. Pakistani soldiers returned fire.")
    assert ("PAKMIL", "190", "INDMIL", "asserted") in got, got
    got = events("Israeli jets struck Gaza on Monday. Hamas hit back with rockets.")
    assert any(s == "PSEINS" and c.startswith("19") and t == "ISRMIL" for s, c, t, _ in got), got
    # after no act of force against it, fire returned names no one
    got = events("Pakistan praised India on Monday. Pakistani soldiers returned fire.")
    assert not any(c.startswith("19") and t is not None for _, c, t, _ in got), got

"""Sums of money pledged and appealed for, relief goods asked for and demanded, foreign forces expelled, and a state's
own forces pulled out."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def events(text, date="2021-06-15"):
    return event_tuples(text, date)


# ------------------------------------------------------------------ verb rows


def test_a_sum_pledged_in_aid_is_economic_aid():
    got = events("Britain pledged $2 billion in aid to Kenya on Tuesday.")
    assert ("GBR", "0331", "KEN", "asserted") in got


def test_aid_pledged_without_a_sum_stays_aid():
    got = events("Britain pledged aid to Kenya on Tuesday.")
    assert ("GBR", "033", "KEN", "asserted") in got


def test_a_credit_line_promised_is_economic_aid():
    got = events("Canada promised Ghana a $300 million credit line on Friday.")
    assert ("CAN", "0331", "GHA", "asserted") in got


def test_an_appeal_for_money_to_feed_people_is_an_appeal_for_relief():
    got = events("The UN food agency appealed on Monday for $50 million to feed flood victims in Malawi.")
    assert any(s == "IGOUNO" and c == "0233" for s, c, t, m in got)


def test_relief_goods_asked_for_are_humanitarian_aid():
    got = events("Chad asked France on Monday for emergency fodder for its herds.")
    assert ("TCD", "0233", "FRA", "asserted") in got


def test_emergency_aid_demanded_is_a_demand_for_humanitarian_aid():
    got = events("Kenya demanded emergency aid from Britain on Monday.")
    assert ("KEN", "1033", "GBR", "asserted") in got


def test_a_foreign_force_expelled_is_expelled_as_a_force():
    got = events("Niger expelled French troops on Sunday.")
    assert ("NER", "166", "FRAMIL", "asserted") in got


def test_a_threat_to_expel_a_foreign_force():
    got = events("Iraq's prime minister warned that Baghdad would expel US troops if Washington struck again.")
    assert ("IRQGOV", "136", "USAMIL", "asserted") in got


def test_diplomats_expelled_stay_individuals():
    got = events("Poland expelled three Russian diplomats on Monday.")
    assert ("POL", "174", "RUSGOV", "asserted") in got


# ------------------------------------------------------------------ withdrawals


def test_a_state_pulling_out_its_own_troops_is_its_military():
    got = events("Israel pulled its last troops out of southern Lebanon on Wednesday.")
    assert ("ISRMIL", "087", "LBN", "asserted") in got


def test_a_possible_withdrawal_of_its_troops_is_its_military():
    got = events("Analysts said Kenya might withdraw its troops from Somalia.")
    assert ("KENMIL", "087", "SOM", "hypothetical") in got


def test_a_withdrawal_asked_for_stays_the_state():
    got = events("Lebanon demanded on Tuesday that Israel pull its troops out of the south.")
    assert ("ISR", "087", "LBN", "requested") in got
    assert not any(s == "ISRMIL" for s, c, t, m in got)


# ------------------------------------------------------------------ actors and places


def actors(text, date="2021-06-15"):
    return [(a.code, a.text) for a in dyad.code(text, date=date).actors]


def test_a_place_after_conjoined_parties_lends_them_no_country():
    got = events("Turkey will host talks between the Libyan government and rebel groups in Istanbul next week.")
    assert ("TUR", "043", "LBYREB", "future") in got
    assert not any(t == "TURREB" or s == "TURREB" for s, c, t, m in got)


def test_conjoined_nationalities_before_a_role_still_share_it():
    got = events("Canadian and British troops began joint exercises on Monday.")
    assert any(s == "CANMIL" and t == "GBRMIL" for s, c, t, m in got)


def test_an_untagged_nationality_opening_the_sentence_places_an_ambiguous_town():
    got = events("Bosnian war crimes prosecutors opened an inquiry on Tuesday into the killing of villagers near Foca.")
    assert any(s == "BIHJUD" for s, c, t, m in got)
    assert not any((s or "").startswith("TUR") for s, c, t, m in got)


def test_a_title_the_recogniser_splits_still_names_the_person():
    got = actors("Myanmar's military detained State Counsellor Aung San Suu Kyi on Monday.", date="2020-06-01")
    assert ("MMRGOV", "State Counsellor Aung San Suu Kyi") in got


# ------------------------------------------------------------------ kinds of force and inquiry


def test_a_named_commander_killed_by_a_strike_is_assassinated():
    got = events("A drone strike by US forces killed General Ahmad Rezaei, commander of Iran's border guard, near the "
                 "airport on Friday.")
    assert any(c == "186" for s, c, t, m in got)


def test_a_named_farmer_killed_is_no_assassination():
    got = events("Soldiers killed Ahmed Khan, a farmer, near Kandahar on Monday.")
    assert not any(c == "186" for s, c, t, m in got)


def test_warplanes_pounding_a_place_bomb_from_the_air():
    got = events("Russian warplanes pounded rebel positions near Aleppo on Sunday.")
    assert any(s == "RUSMIL" and c == "195" for s, c, t, m in got)


def test_artillery_pounding_a_place_stays_shelling():
    got = events("Russian artillery pounded rebel positions near Aleppo on Sunday.")
    assert any(s == "RUSMIL" and c == "194" for s, c, t, m in got)


def test_a_commission_of_inquiry_into_abuses_investigates_abuses():
    got = events("The UN set up a commission of inquiry into alleged abuses by Burundi's government on Monday.")
    assert ("IGOUNO", "092", "BDIGOV", "asserted") in got


# ------------------------------------------------------------------ appeals and protests


def test_a_blockade_to_press_for_compensation_is_for_a_policy_change():
    got = events("Kenyan farmers blocked roads on Monday to press the government for compensation for crop losses.")
    assert any(s == "KENCVL" and c == "1442" for s, c, t, m in got)

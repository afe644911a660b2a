"""Wordings of arms, money, records and hosts handed or shipped; fronts opened and deportations begun; a state's own
Security Council; seas named after states; threats of nuclear weapons."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def events(text, date="2021-06-15"):
    return event_tuples(text, date)


def actors(text, date="2021-06-15"):
    return [(a.code, a.text) for a in dyad.code(text, date=date).actors]


# ------------------------------------------------------------------ verb rows


def test_air_defence_batteries_shipped_are_military_aid():
    got = events("Germany shipped two more air defence batteries to Poland last month.")
    assert ("DEU", "072", "POL", "asserted") in got


def test_a_deposit_handed_to_a_state_is_financial_aid():
    got = events("Qatar handed Egypt a $2 billion deposit on Monday to prop up its currency.")
    assert ("QAT", "071", "EGY", "asserted") in got


def test_a_host_at_a_summit_still_hosts_the_guests_it_names():
    got = events("Kenya's president will host his Ugandan counterpart in Nairobi next week at a summit of East African "
                 "leaders.")
    assert ("KENGOV", "043", "UGAGOV", "future") in got


def test_a_summit_hosted_names_no_guest():
    got = events("Kenya hosted a summit on regional trade on Monday.")
    assert not any(t is not None and c == "043" for s, c, t, m in got)


def test_a_roadmap_signed_by_two_parties_is_an_agreement_each_way():
    got = events("Sudan's army and the Rapid Support Forces signed a roadmap to end the fighting.")
    assert any(c == "057" and s == "SDNMIL" for s, c, t, m in got)


def test_records_handed_over_to_another_police_are_shared_information():
    got = events("Spanish police handed over bank records on the suspects to their French counterparts.")
    assert ("ESPCOP", "064", "FRACOP", "asserted") in got


def test_records_sent_to_a_state_are_shared_information():
    got = events("Colombia sent the files on the smuggling network to Ecuador on Tuesday.")
    assert ("COL", "064", "ECU", "asserted") in got


def test_opening_a_front_against_a_state_is_an_attack():
    got = events("Yemen's Houthi rebels opened a new front against Saudi Arabia on Sunday.")
    assert ("YEMREB", "190", "SAU", "asserted") in got


def test_beginning_a_mass_deportation_is_an_expulsion_of_civilians():
    got = events("Iran began the mass deportation of undocumented Afghans last week.")
    assert ("IRN", "201", "AFGCVL", "asserted") in got


def test_warning_ones_capital_could_resort_to_nuclear_weapons_is_a_threat():
    got = events("A senior Russian official warned on Monday that Moscow could resort to nuclear weapons if NATO "
                 "troops entered Ukraine.", date="2022-07-01")
    assert any(c == "1385" for s, c, t, m in got)
    assert not any(c == "2042" for s, c, t, m in got)


# ------------------------------------------------------------------ actors


def test_a_states_own_security_council_is_its_government():
    assert ("RUSGOV", "Security Council") in actors("Russia's Security Council met on Friday to discuss the sanctions.")
    assert ("UKRGOV", "Security Council") in actors("The Ukrainian Security Council approved the plan.")


def test_a_person_heading_a_states_security_council_is_its_government():
    got = events("Ivan Petrenko, deputy head of Russia's Security Council, criticised Poland on Friday.")
    assert ("RUSGOV", "111", "POL", "asserted") in got


def test_the_security_council_alone_is_the_un():
    got = events("The Security Council condemned Russia on Friday.")
    assert ("IGOUNO", "111", "RUS", "asserted") in got


def test_an_ocean_named_after_a_state_is_no_actor():
    got = events("Pirates hijacked a fishing boat in the Indian Ocean on Monday.")
    assert not any(t == "IND" for s, c, t, m in got)
    assert ("IND", "Indian") not in actors("Pirates hijacked a fishing boat in the Indian Ocean on Monday.")


def test_records_handed_to_ones_own_prosecutors_are_still_no_act():
    got = events("Kenyan police handed over the files to prosecutors on Monday.")
    assert not any(c.startswith("06") or c.startswith("08") for s, c, t, m in got)


def test_the_direct_object_not_a_phrase_on_the_verb_tells_a_handover():
    # "on the suspects" names a suspect, but the records are what is handed over
    got = events("Italian police handed over phone records on the fugitives to their Greek counterparts.")
    assert ("ITACOP", "064", "GRCCOP", "asserted") in got
    assert not any(c.startswith("063") for s, c, t, m in got)


def test_suspects_handed_over_are_still_an_extradition():
    got = events("Italian police handed over two suspects to their Greek counterparts.")
    assert any(c.startswith("063") for s, c, t, m in got)


# ------------------------------------------------------------------ asking from a capital


def test_a_capital_asked_for_something_is_its_government():
    got = events("Manila demanded an explanation from Beijing on Friday over the water cannon attack.")
    assert any(s == "PHLGOV" and c.startswith("10") and t == "CHNGOV" for s, c, t, m in got)


def test_an_ambassador_recalled_from_a_capital_leaves_the_country():
    got = events("Peru recalled its ambassador from Mexico City on Monday.")
    assert ("PER", "161", "MEX", "asserted") in got


def test_an_apology_demanded_is_asked_of_the_addressee_and_owed_to_the_asker():
    got = events("Manila demanded an apology from Beijing on Friday over the collision at sea.")
    assert ("PHLGOV", "100", "CHNGOV", "asserted") in got
    assert ("CHNGOV", "055", "PHLGOV", "requested") in got


def test_demanding_that_a_state_apologise_is_a_plain_demand():
    got = events("Algeria demanded on Sunday that France apologise for its colonial crimes.")
    assert ("DZA", "100", "FRA", "asserted") in got
    assert ("FRA", "055", "DZA", "requested") in got


# ------------------------------------------------------------------ a visit set off on the subject


def test_a_visit_set_off_on_the_subject_is_the_subjects_visit():
    got = events("Japan's prime minister, on a visit to Vietnam, pledged new loans for the country's railways.")
    assert ("JPNGOV", "042", "VNM", "asserted") in got


def test_an_act_of_a_visitor_named_so_is_done_to_the_hosts():
    got = events("Japan's prime minister, on a visit to Vietnam, expressed regret for the wartime famine.")
    assert any(s == "JPNGOV" and t == "VNM" and c != "042" for s, c, t, m in got)


def test_a_meeting_with_no_visit_phrase_codes_no_visit():
    got = events("Japan's prime minister met Vietnam's president on Monday.")
    assert not any(c == "042" for s, c, t, m in got)

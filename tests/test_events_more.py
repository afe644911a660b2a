"""More wordings of CAMEO acts: acts done in protest, hunger strikes by anyone, alerts, refusals, threats in a
warning, ultimatums, negated cooperation, resumed supplies and mass killings."""

from __future__ import annotations

import dyad


def events(text, date="2020-06-15"):
    doc = dyad.code(text, date=date)
    return [(e.source.code, e.code[:2], e.target.code if e.target else None, e.modality) for e in doc.events]


def test_an_act_done_in_protest_is_a_protest():
    got = events("Hundreds of Kenyan farmers dumped milk outside parliament on Monday in protest at the new dairy tax.")
    assert any(s == "KENCVL" and c == "14" and m == "asserted" for s, c, t, m in got)


def test_an_act_about_a_protest_is_no_protest_of_its_own():
    got = events("Kenyan police arrested dozens of farmers in protests over the dairy tax.")
    assert not any(c == "14" and s.endswith("COP") for s, c, t, m in got)


def test_a_hunger_strike_by_a_reporter_is_coded():
    got = events("A detained Egyptian reporter began a hunger strike in his cell on Sunday.")
    assert any(s == "EGYMED" and c == "14" for s, c, t, m in got)


def test_forces_put_on_alert_with_no_agent_show_the_posture_themselves():
    got = events("Indian troops along the border were placed on high alert on Friday.")
    assert ("INDMIL", "15", None, "asserted") in got


def test_forces_put_on_alert_by_a_named_agent_keep_the_agent_as_source():
    got = events("Indian troops were put on alert by the Indian government on Friday.")
    assert any(s == "INDGOV" and c == "15" for s, c, t, m in got)


def test_declining_to_allow_an_act_is_a_refusal_aimed_at_the_one_not_allowed():
    got = events("Austria declined on Monday to allow Hungary to ship its gas through the pipeline.")
    assert ("AUT", "12", "HUN", "asserted") in got


def test_a_fall_is_no_refusal():
    got = events("Austria's gas exports to Hungary declined sharply last year.")
    assert not any(c == "12" for s, c, t, m in got)


def test_warning_that_ones_own_side_could_use_force_is_a_threat():
    got = events("Iran's defence minister warned on Sunday that his country could test an atomic bomb in the desert.")
    assert ("IRNGOV", "13", None, "asserted") in got


def test_warning_that_ones_own_country_could_fare_badly_is_no_threat():
    got = events("Iran's finance minister warned on Sunday that his country could run out of foreign currency.")
    assert not any(c == "13" for s, c, t, m in got)


def test_a_pact_not_renewed_is_negated_cooperation_both_ways():
    got = events("Chile and Peru did not renew their border trade agreement, which expired in March.")
    assert ("CHL", "05", "PER", "negated") in got and ("PER", "05", "CHL", "negated") in got


def test_an_extradition_withheld_despite_requests_is_aimed_at_the_asking_country():
    got = events("Brazil has not extradited the former Italian militant despite repeated requests from Rome.")
    assert ("BRA", "06", "ITA", "negated") in got


def test_resumed_exports_are_economic_cooperation():
    got = events("Russia resumed wheat exports to Egypt on Monday after a two-week suspension.")
    assert ("RUS", "06", "EGY", "asserted") in got


def test_mass_executions_carried_out_are_mass_killings():
    got = events("Syrian government forces carried out mass executions of prisoners near Aleppo in 2013.")
    assert any(s == "SYRMIL" and c == "20" for s, c, t, m in got)


def test_a_gas_container_dropped_on_a_town_is_a_chemical_attack():
    got = events("Iraqi helicopters dropped chlorine canisters on the Kurdish town of Halabja.")
    assert any(s == "IRQMIL" and c == "20" for s, c, t, m in got)


def test_insisting_that_rebels_free_hostages_asks_for_the_release():
    got = events("The Philippine government insisted on Friday that the Abu Sayyaf militants free their captives before "
                 "any talks.")
    assert any(s == "PHLGOV" and c == "10" for s, c, t, m in got)
    assert any(s.startswith("PHL") and c == "08" and m == "requested" for s, c, t, m in got)


def test_insisting_on_a_fact_asks_for_nothing():
    got = events("The Philippine government insisted on Friday that the militants are losing the war.")
    assert not any(m == "requested" for s, c, t, m in got)


def test_releasing_opposition_figures_is_a_release_of_people():
    got = events("Belarusian activists demanded on Monday that the government release the jailed opposition figures.")
    assert any(s == "BLRGOV" and c == "08" and m == "requested" for s, c, t, m in got)


def test_troops_that_flee_retreat():
    got = events("Rebels overran the northern town of Kidal on Sunday after Malian soldiers fled.")
    assert ("MLIMIL", "08", None, "asserted") in got


def test_civilians_and_robbers_that_flee_do_not_retreat():
    assert not any(c == "08" for s, c, t, m in events("Thousands of Malian villagers fled to Niger on Sunday."))
    assert not any(c == "08" for s, c, t, m in events(
        "Armed robbers attacked a bank in the Brazilian city of Recife and fled with the cash."))


def test_a_leader_who_will_not_abandon_her_post_does_not_retreat():
    got = events("Peru's president said on Tuesday that she would not abandon her post.")
    assert not any(c == "08" for s, c, t, m in got)


def test_a_planned_price_rise_scrapped_is_a_policy_change():
    got = events("Ghana's government scrapped a planned increase in electricity tariffs on Friday.")
    assert ("GHAGOV", "08", None, "asserted") in got


def test_a_show_of_force_a_state_says_it_will_hold_is_a_future_act_not_an_intent():
    got = events("Turkey said on Monday it would hold naval exercises off Cyprus next week.")
    assert any(s.startswith("TUR") and c == "15" and m == "future" for s, c, t, m in got)
    assert not any(c == "03" for s, c, t, m in got)


def test_forces_kept_on_alert_show_force():
    got = events("South Korea kept its troops on high alert along the border on Sunday.")
    assert ("KOR", "15", None, "asserted") in got


def test_a_vow_to_protest_is_a_threat_of_protest():
    got = events("Armenian opposition leaders vowed on Monday to stage mass protests if the treaty was ratified.")
    assert any(s == "ARMOPP" and c == "13" for s, c, t, m in got)
    assert not any(c == "03" for s, c, t, m in got)


def test_a_truck_bombing_carried_out_is_a_car_bombing():
    doc = dyad.code("The Taliban carried out a truck bombing in Kabul on Monday, killing 30 people.", date="2017-05-31")
    assert any(e.code == "1832" and e.source.code == "AFGINS" for e in doc.events)


def test_gunmen_asked_to_be_handed_over_are_an_extradition():
    got = events("Kenya's president demanded on Monday that Somalia hand over gunmen who attacked a border post.")
    assert any(s == "SOM" and c == "06" and m == "requested" for s, c, t, m in got)


def test_a_gerund_after_a_span_of_time_takes_the_main_subject():
    got = events("Lebanon's president imposed a curfew on Sunday, two days after inviting French troops into the "
                 "country.")
    assert any(s == "LBNGOV" and c == "02" and t == "FRAMIL" for s, c, t, m in got)


def test_sanctions_asked_to_be_kept_up_are_a_requested_sanction():
    got = events("Poland urged Germany on Friday to keep up its sanctions on Belarus.")
    assert ("DEU", "16", "BLR", "requested") in got


def test_police_reinforcements_pouring_into_a_city_show_force_and_tourists_do_not():
    assert ("BOLCOP", "15", None, "asserted") in events("Bolivian police reinforcements poured into La Paz on Sunday.")
    assert not any(c == "15" for s, c, t, m in events("Thousands of Bolivian tourists poured into La Paz on Sunday."))


def test_two_role_nouns_joined_before_one_head_are_two_sources():
    got = events("Colombian students and trade unions staged a general strike on Thursday.")
    assert any(s == "COLEDU" and c == "14" for s, c, t, m in got)
    assert any(s == "COLLAB" and c == "14" for s, c, t, m in got)


def test_a_protest_planned_by_a_named_group_is_a_future_protest():
    got = events("Kenyan police were put on alert ahead of a planned march by farmers in Nairobi.")
    assert any(s == "KENCVL" and c.startswith("14") and m == "future" for s, c, _, m in got), got
    got = events("Troops were deployed in Harare ahead of protests planned by Zimbabwean teachers for Monday.")
    assert any(s == "ZWEEDU" and c.startswith("14") and m == "future" for s, c, _, m in got), got
    got = events("Police were put on alert ahead of a planned meeting between Kenyan farmers and the minister.")
    assert not any(c.startswith("04") for _, c, _, _ in got), got


def test_rioting_by_a_named_group_is_a_riot_against_no_one_side():
    got = events("Police fired tear gas after a night of rioting by Kenyan youths.")
    assert ("KENCVL", "14", None, "asserted") in got, got
    got = events("Youths rioted in the suburbs of Paris on Friday.")
    assert ("FRACVL", "14", None, "asserted") in got, got


def _codes(text, date="2020-06-15"):
    return [(e.source.code, e.code, e.target.code if e.target else None) for e in dyad.code(text, date=date).events]


def test_fire_of_two_weapons_named_together_is_one_act_for_each():
    got = _codes("Thai and Cambodian troops traded artillery and rocket fire near the disputed temple on Friday.",
                 date="2011-02-05")
    assert ("THAMIL", "194", "KHMMIL") in got and ("THAMIL", "195", "KHMMIL") in got, got
    assert ("THAMIL", "193", "KHMMIL") not in got, got
    got = _codes("Israeli and Hezbollah fighters exchanged small-arms and mortar fire along the border.",
                 date="2006-07-20")
    assert any(c == "193" for _, c, _ in got) and any(c == "194" for _, c, _ in got), got


def test_mortar_fire_exchanged_is_shelling_and_missiles_moved_a_mobilisation():
    got = _codes("Thai and Cambodian troops exchanged mortar fire near the temple.", date="2011-02-05")
    assert ("THAMIL", "194", "KHMMIL") in got, got
    got = _codes("Russia moved ballistic missiles to Kaliningrad on Monday.", date="2016-10-10")
    assert any(s == "RUS" and c == "154" for s, c, _ in got), got


def test_a_warning_about_how_things_stand_is_a_pessimistic_comment():
    got = _codes("Kenya's finance minister warned on Monday that the country's debts were becoming unpayable.",
                 date="2023-05-08")
    assert ("KENGOV", "012", None) in got, got
    # explaining another act, or about another actor's possible act, it is no comment of its own
    got = _codes("Kenya's bishops urged the opposition to call off its protests, warning that the violence risked "
                 "tearing the country apart.", date="2023-05-08")
    assert not any(c.startswith("01") for _, c, _ in got), got
    got = _codes("Egyptian officials warned that a collapse of the talks could prompt Hamas to resume rocket fire.",
                 date="2023-05-08")
    assert not any(c.startswith("01") for _, c, _ in got), got


def test_a_waterway_closed_to_someones_ships_is_a_blockade_of_them():
    got = _codes("Egypt closed the Suez Canal to Israeli ships on Monday.", date="1967-05-23")
    assert any(s == "EGY" and c == "191" and t and t.startswith("ISR") for s, c, t in got), got
    got = _codes("Iran threatened to close the Strait of Hormuz.", date="2012-01-05")
    assert not any(c == "191" for _, c, _ in got), got


def test_what_a_proposed_text_would_do_is_no_act():
    got = _codes("Britain tabled a proposal for a UN resolution that would impose sanctions on Iran.",
                 date="2010-05-18")
    assert not any(c.startswith("16") for _, c, _ in got), got

"""Which actor stands on each side of an event: the source and target chosen for a coded act."""

from __future__ import annotations

import dyad


def events(text, date="2020-06-15"):
    doc = dyad.code(text, date=date)
    return [(e.source.code, e.code, e.target.code if e.target else None, e.modality) for e in doc.events]


def test_a_capital_that_sanctions_are_on_is_its_government():
    got = events("Britain imposed fresh sanctions on Tehran on Friday.")
    assert ("GBR", "163", "IRNGOV", "asserted") in got


def test_a_capital_that_force_is_used_on_is_its_country():
    got = events("Russian warplanes carried out air strikes on Kyiv overnight.", date="2022-03-01")
    assert ("RUSMIL", "195", "UKR", "asserted") in got
    assert not any(t == "UKRGOV" for _, _, t, _ in got)


def test_sudans_paramilitary_forces_are_military_during_the_war():
    got = events("Aid groups accused the Rapid Support Forces of shelling a market in Omdurman.", date="2024-02-10")
    assert any(t == "SDNMIL" for _, _, t, _ in got), got


def test_the_moro_islamic_liberation_front_is_a_rebel_group():
    got = events("Philippine troops clashed with MILF fighters on Mindanao.", date="2011-10-20")
    assert any("PHLREB" in (s, t) for s, _, t, _ in got), got


def test_addressees_urged_to_return_to_talks_are_each_others_partners():
    got = events("Japan urged the Sri Lankan government and the Tamil Tiger rebels to resume negotiations in Oslo.",
                 date="2005-04-12")
    assert ("LKAGOV", "046", "LKAREB", "requested") in got, got
    assert ("LKAREB", "046", "LKAGOV", "requested") in got, got


def test_aid_agencies_a_state_acts_on_are_of_its_country():
    got = events("Ethiopia expelled seven foreign aid agencies from Tigray on Monday.")
    assert ("ETH", "1663", "ETHNGO", "asserted") in got, got


def test_people_driven_into_another_country_are_of_the_state_that_drove_them():
    got = events("Burundi's army drove thousands of villagers across the border into Rwanda.")
    assert any(s == "BDIMIL" and t == "BDICVL" for s, _, t, _ in got), got
    got = events("Syrian troops shelled villagers in Lebanon.")
    assert ("SYRMIL", "194", "LBNCVL", "asserted") in got, got


def test_a_ship_a_countrys_people_own_is_its_business():
    got = events("Pirates seized a Danish-owned cargo ship off Somalia.")
    assert any(t == "DNKBUS" for _, _, t, _ in got), got


def test_a_party_the_state_represses_is_the_opposition():
    got = events("The Supreme Court of Cambodia dissolved the Cambodia National Rescue Party on Thursday.",
                 date="2017-11-17")
    assert ("KHMJUD", "1722", "KHMOPP", "asserted") in got, got


def test_what_a_planted_bomb_tore_through_is_the_target():
    got = events("A car bomb planted by al-Shabaab tore through a Somali army convoy near Mogadishu.", date="2010-07-13")
    assert any(s == "SOMINS" and c.startswith("18") and t == "SOMMIL" for s, c, t, _ in got), got


def test_cooperation_between_their_forces_runs_each_way():
    got = events("Chile and Peru pledged to step up cooperation between their coast guards.")
    assert any(s == "CHL" and c.startswith("03") and t == "PER" for s, c, t, _ in got), got
    assert any(s == "PER" and c.startswith("03") and t == "CHL" for s, c, t, _ in got), got


def test_a_noun_in_apposition_to_a_country_names_it():
    got = events("Russia praised its ally Syria on Monday.")
    assert ("RUS", "051", "SYR", "asserted") in got, got


def test_talks_between_parties_take_the_hosting_verbs_mood():
    got = events("Ghana will host peace talks between the Malian government and Tuareg rebels next week.")
    assert not any(c.startswith("04") and s.startswith("MLI") and m == "asserted" for s, c, _, m in got), got
    got = events("Norway offered on Monday to host peace talks between the Colombian government and ELN rebels.")
    assert not any(c.startswith("04") and s.startswith("COL") for s, c, _, _ in got), got


def test_what_was_pleaded_for_is_asked_of_its_sender_and_sent_to_the_asker():
    got = events("Britain has not delivered the tanks that Kyiv has been pleading for.", date="2023-01-20")
    assert any(s == "GBR" and c.startswith("07") and t == "UKRGOV" for s, c, t, _ in got), got
    assert any(s == "UKRGOV" and c.startswith("02") and t == "GBR" for s, c, t, _ in got), got


def test_a_possessive_in_the_object_of_an_attack_is_not_the_attackers_own():
    got = events("Kurdish militants vowed revenge after Turkish and Iraqi jets bombed dozens of their hideouts.",
                 date="2019-05-10")
    assert ("TURMIL", "195", "TURINS", "asserted") in got, got
    assert ("IRQMIL", "195", "TURINS", "asserted") in got, got
    got = events("Somali militants said Kenyan and Ethiopian jets struck their camps overnight.", date="2016-03-02")
    assert ("KENMIL", "195", "SOMINS", "asserted") in got, got
    assert not any(t and t.endswith("MIL") for _, c, t, _ in got if c.startswith("19")), got
    got = events("Russia said it had moved its troops closer to the border.", date="2021-04-10")
    assert not any(c.startswith("19") for _, c, _, _ in got), got


def test_a_verb_read_as_a_modifier_of_its_object_keeps_its_object():
    got = events("Prison guards in Burundi routinely tortured inmates held without trial, according to a commission "
                 "report released on Friday.", date="2019-06-11")
    assert any(s == "BDICOP" and c.startswith("18") and t == "BDICVL" for s, c, t, _ in got), got


def test_abuse_told_in_the_past_as_a_habit_is_coded():
    got = events("Security forces in Iran routinely tortured protesters in custody, according to an Amnesty "
                 "report.", date="2022-11-14")
    assert any(s == "IRNCOP" and c == "1822" for s, c, _, m in got), got
    got = events("Police in Egypt routinely beat detainees, a rights group said.", date="2016-05-02")
    assert any(s == "EGYCOP" and c.startswith("18") for s, c, _, _ in got), got
    assert not events("Trump often blamed China for the trade deficit.", date="2019-05-02")


def test_a_missile_flown_over_a_country_is_a_show_of_force():
    got = events("North Korea fired two missiles over Japan on Friday.", date="2017-09-15")
    assert ("PRK", "150", "JPN", "asserted") in got, got
    got = events("Pyongyang test-fired an intermediate-range missile over Hokkaido on Monday.", date="2022-10-04")
    assert any(c == "150" and t == "JPN" for _, c, t, _ in got), got
    got = events("North Korea fired a missile at a South Korean island.", date="2010-11-23")
    assert not any(c == "150" for _, c, _, _ in got), got


def test_the_role_before_a_noun_modifying_a_site_owns_the_site():
    got = events("A suicide bomber blew himself up at a police training centre in Peshawar on Monday.",
                 date="2016-10-25")
    assert any(c.startswith("18") and t == "PAKCOP" for _, c, t, _ in got), got
    got = events("Militants attacked an army recruitment centre in Kabul on Tuesday.", date="2016-10-25")
    assert any(c.startswith("19") and t == "AFGMIL" for _, c, t, _ in got), got


def test_counted_demonyms_of_one_form_are_people():
    got = events("Hundreds of Lebanese marched in Beirut on Sunday.", date="2019-10-20")
    assert any(s == "LBNCVL" and c.startswith("14") for s, c, _, _ in got), got
    got = events("Tens of thousands of Japanese rallied in Tokyo against the new security laws.", date="2015-08-30")
    assert any(s == "JPNCVL" and c.startswith("14") for s, c, _, _ in got), got


def test_protesters_calling_for_a_leader_to_go_appeal_to_the_leader():
    got = events("Thousands of protesters rallied in Lima on Friday, calling for President Dina Boluarte to quit.",
                 date="2023-01-20")
    assert any(s == "PERCVL" and c.startswith("141") for s, c, _, _ in got), got
    assert any(s == "PERCVL" and c.startswith("02") and t == "PERGOV" for s, c, t, _ in got), got
    assert ("PERGOV", "0831", None, "requested") in got, got
    got = events("Thousands of farmers rallied outside parliament in Warsaw, demanding that the government halt "
                 "grain imports.", date="2023-04-11")
    assert not any(c.startswith(("02", "10")) for _, c, _, _ in got), got


def test_quitting_a_place_is_no_resignation():
    assert not any(c == "0831" for _, c, _, _ in events("The United States will quit Afghanistan by September.",
                                                         date="2021-04-14"))
    got = events("Britain's prime minister quit on Thursday.", date="2022-07-07")
    assert any(s == "GBRGOV" and c == "0831" for s, c, _, _ in got), got


def test_people_placed_to_serve_as_human_shields_are_used_as_such():
    got = events("Taliban fighters herded villagers into a mosque in Helmand province to use them as human shields.",
                 date="2010-02-15")
    assert any(c == "184" and t == "AFGCVL" for _, c, t, _ in got), got
    got = events("Islamic State fighters plan to use civilians in Raqqa as human shields.", date="2017-06-01")
    assert not any(c == "184" and m == "asserted" for _, c, _, m in got), got


def test_protests_by_no_one_named_that_led_to_an_act_are_its_cause():
    got = events("Peru's prime minister resigned on Sunday after a week of mass protests against the government.",
                 date="2020-11-15")
    assert not any(c.startswith("14") for _, c, _, _ in got), got
    got = events("Authorities lifted the curfew in the capital following violent protests over fuel prices.",
                 date="2019-10-20")
    assert not any(c.startswith("14") for _, c, _, _ in got), got
    got = events("France dropped the fuel tax rise after weeks of protests by the yellow vests.", date="2018-12-05")
    assert any(s == "FRACVL" and c.startswith("14") for s, c, _, _ in got), got


def test_an_act_named_with_any_is_no_act_in_particular():
    got = events("Kenya's police chief warned that officers would disperse any demonstrations by opposition "
                 "supporters.", date="2023-03-20")
    assert not any(s == "KENOPP" and c.startswith("14") for s, c, _, _ in got), got
    got = events("Israel said it would respond forcefully to any attack by Hezbollah.", date="2023-10-20")
    assert not any(s == "LBNINS" and c.startswith(("18", "19")) for s, c, _, _ in got), got
    got = events("Police fired tear gas at a demonstration by opposition supporters in Nairobi.", date="2023-03-20")
    assert any(s == "KENOPP" and c.startswith("14") for s, c, _, _ in got), got


def test_an_act_a_rejected_call_asks_for_is_not_done():
    got = events("Sri Lanka's president rejected calls to resign on Monday.", date="2022-04-11")
    assert not any(c.startswith("08") and m == "asserted" for _, c, _, m in got), got


def test_an_act_asked_of_no_named_actor_and_its_purpose_are_not_coded():
    got = events("Mali's government asked neighbouring states to send soldiers to help it fight jihadist militants.",
                 date="2013-01-11")
    assert any(s == "MLIGOV" and c.startswith("02") for s, c, _, _ in got), got
    assert not any(c.startswith(("07", "19")) for _, c, _, _ in got), got
    assert not any(t and t.endswith("MIL") for _, _, t, _ in got), got
    got = events("Haiti asked Kenya to send police officers.", date="2023-07-30")
    assert ("KEN", "074", "HTI", "requested") in got, got


def test_a_bare_count_that_protests_is_the_countrys_people():
    got = events("Thousands marched in Tbilisi on Sunday against the government of Georgia.", date="2023-03-12")
    assert any(s == "GEOCVL" and c.startswith("14") for s, c, _, _ in got), got
    got = events("Tens of thousands rallied in central Paris against the pension reform.", date="2023-03-12")
    assert any(s == "FRACVL" and c.startswith("14") for s, c, _, _ in got), got
    assert not events("Shares rallied in Tokyo on Monday.", date="2023-03-12")


def test_it_after_a_plural_group_stands_for_the_single_body_named_as_object():
    got = events("Opposition parties in Mali urged the junta to lift the curfew it imposed after the coup.",
                 date="2020-08-25")
    assert any(s == "MLIGOV" and c.startswith("17") for s, c, _, _ in got), got
    assert not any(s == "MLIOPP" and c.startswith("17") for s, c, _, _ in got), got


def test_the_office_of_a_leader_of_a_territory_coded_as_a_state():
    got = events("Taiwanese leader Tsai Ing-wen met US House Speaker Kevin McCarthy in California.", date="2023-04-06")
    assert any(s == "TWNGOV" and c.startswith("04") for s, c, _, _ in got), got


def test_an_employee_named_by_nationality_is_of_that_country():
    got = events("Russia has arrested a French employee of a shipping firm on suspicion of spying.", date="2024-06-07")
    assert any(s == "RUS" and c.startswith("17") and t == "FRABUS" for s, c, t, _ in got), got
    got = events("Iran detained a British employee of the Chinese embassy.", date="2024-06-07")
    assert any(t == "CHNGOV" for _, _, t, _ in got), got

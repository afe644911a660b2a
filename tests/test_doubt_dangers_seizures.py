"""Doubt cast on an inquiry, dangers that are no threats, words that attack, property seized, acts gone ahead with,
and purposes that are no complement."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2021-03-09"):
    return event_tuples(text, date)


def codes(got):
    return {c for _, c, _, _ in got}


# doubt cast on an inquiry or a ruling is criticism of whoever made it

def test_an_inquiry_questioned_is_criticism_of_its_authors():
    got = events("Sri Lanka's opposition leader questioned the police investigation into the bombing on Monday.")
    assert ("LKAOPP", "111", "LKACOP", "asserted") in got, got
    assert not any(c.startswith("09") for c in codes(got)), got


def test_a_ruling_questioned_is_criticism_of_the_court():
    got = events("The Kenyan opposition leader questioned the court's ruling on the election on Monday.")
    assert ("KENOPP", "111", "KENJUD", "asserted") in got, got


def test_people_questioned_are_still_questioned_by_the_police():
    got = events("Ugandan police questioned the opposition leader for six hours on Monday.")
    assert any(s == "UGACOP" and c.startswith("09") and t == "UGAOPP" for s, c, t, _ in got), got
    got = events("Nigerian police questioned the suspects after the attack on Monday.")
    assert any(s == "NGACOP" and c.startswith("09") for s, c, _, _ in got), got
    assert "111" not in codes(got), got


# a danger to a good is no threat made to anyone

def test_a_law_said_to_threaten_a_freedom_makes_no_threat():
    got = events("France's foreign ministry criticised Poland's new judicial law on Monday, saying it threatened "
                 "judicial independence.")
    assert ("FRAGOV", "111", "POL", "asserted") in got, got
    assert not any(c.startswith("13") for c in codes(got)), got


def test_a_drought_that_threatens_livelihoods_makes_no_threat():
    got = events("Kenyan officials warned on Monday that the drought threatens the livelihoods of millions.")
    assert not any(c.startswith("13") for c in codes(got)), got


def test_threats_made_to_actors_are_still_threats():
    got = events("Turkey threatened Greece over the island dispute on Monday.")
    assert ("TUR", "130", "GRC", "asserted") in got, got
    got = events("North Korea threatened to strike US bases in Guam.")
    assert any(s == "PRK" and c.startswith("138") for s, c, _, _ in got), got


# words that attack are criticism

def test_a_verbal_attack_is_criticism():
    got = events("The Turkish president's verbal attack on Israel drew a sharp rebuke from Jerusalem.")
    assert ("TURGOV", "111", "ISR", "asserted") in got, got
    assert "190" not in codes(got), got


def test_a_verbal_attack_launched_is_criticism():
    got = events("Venezuela's president launched a verbal attack on Colombia on Monday.")
    assert ("VENGOV", "111", "COL", "asserted") in got, got
    got = events("Iran's foreign minister launched a tirade against Saudi Arabia on Sunday.")
    assert ("IRNGOV", "111", "SAU", "asserted") in got, got


def test_an_attack_launched_by_troops_is_still_force():
    got = events("Israeli troops launched an attack on Hamas fighters in Jenin on Monday.")
    assert ("ISRMIL", "190", "PSEINS", "asserted") in got, got


# property seized

def test_control_of_a_company_seized_is_property_confiscated():
    got = events("Russian authorities seized control of the local business of a Finnish dairy company on Monday.")
    assert ("RUSGOV", "1711", "FINBUS", "asserted") in got, got


def test_bank_accounts_seized_are_property_confiscated():
    got = events("Kazakh authorities seized the bank accounts of an independent newspaper on Friday.")
    assert ("KAZGOV", "1711", "KAZMED", "asserted") in got, got
    assert not any(c.startswith("18") for c in codes(got)), got


def test_control_of_a_town_or_an_oil_field_seized_is_still_taken_land():
    got = events("M23 rebels seized control of the town of Bunagana on Monday.")
    assert any(s == "CODREB" and c == "192" for s, c, _, _ in got), got
    got = events("Islamic State militants seized control of an oil field in eastern Syria.")
    assert any(c == "192" for c in codes(got)), got


# acts gone ahead with, or not

def test_a_strike_not_gone_ahead_with_is_a_negated_strike():
    got = events("Nigeria's main labour unions did not go ahead with a planned general strike on Monday.")
    assert any(s == "NGALAB" and c == "143" and m == "negated" for s, c, _, m in got), got


def test_a_strike_and_a_march_gone_ahead_with_are_held():
    got = events("Kenyan doctors went ahead with their strike on Monday despite a court order.")
    assert any(s == "KENHLH" and c == "143" and m == "asserted" for s, c, _, m in got), got
    got = events("Opposition supporters in Togo went ahead with a march against the president on Saturday.")
    assert any(s == "TGOOPP" and c == "141" for s, c, _, _ in got), got


def test_an_offensive_pressed_ahead_with_is_force():
    got = events("Russian forces pressed ahead with their offensive on the Ukrainian town of Bakhmut.")
    assert any(s == "RUSMIL" and c == "190" for s, c, _, _ in got), got


def test_a_plan_gone_ahead_with_is_no_act():
    got = events("Uganda's government went ahead with the plan to build the oil pipeline.")
    assert not got, got
    got = events("Kenyan teachers went ahead on Monday.")
    assert not got, got


# an infinitive beside an object is a purpose, not the act the verb stops

def test_rights_suspended_to_fight_gangs_halt_no_fighting():
    got = events("Egypt's government declared a state of emergency on Monday, suspending some constitutional "
                 "rights to fight gangs that rob tourists.")
    assert not any(c.startswith("087") for c in codes(got)), got
    assert any(s == "EGYGOV" and c.startswith("172") for s, c, _, _ in got), got


def test_an_ultimatum_of_hours_to_leave_keeps_its_act():
    # (beside an object, an infinitive hung on the verb is a purpose, unless the object is a span of time)
    got = events("Sudan's army gave the rebels 72 hours to leave the city.")
    assert ("SDNMIL", "174", "SDNREB", "asserted") in got, got
    got = events("Mali gave the French ambassador 72 hours to leave the country.")
    assert ("MLI", "174", "FRAGOV", "asserted") in got, got


# disappointment at another's conduct is disapproval

def test_disappointment_expressed_at_a_state_is_disapproval():
    got = events("Japan expressed disappointment on Monday at China's handling of the fishing dispute.")
    assert ("JPN", "110", "CHN", "asserted") in got, got
    got = events("Germany voiced disappointment with Turkey's decision to close the base.")
    assert any(s == "DEU" and c == "110" and t == "TUR" for s, c, t, _ in got), got


def test_concern_expressed_stays_a_pessimistic_comment():
    got = events("Japan expressed concern over China's military build-up.")
    assert ("JPN", "012", "CHN", "asserted") in got, got


# an act asked for on the askers' own things ("their rights") is done to the askers

def test_their_rights_recognised_on_demand_are_the_askers():
    got = events("Indigenous leaders in Peru demanded on Monday that the government recognise their land rights.")
    assert any(s == "PERGOV" and c.startswith("08") and t == "PERCVL" and m == "requested"
               for s, c, t, m in got), got


def test_their_leaders_released_on_demand_are_the_askers():
    got = events("Sudanese protesters demanded that the army release their leaders.")
    assert any(s == "SDNMIL" and c.startswith("084") and t == "SDNCVL" for s, c, t, _ in got), got


def test_its_own_promises_honoured_name_no_asker():
    got = events("Bolivian miners demanded that the government honour its promises.")
    assert not any(m == "requested" and t == "BOLLAB" for _, _, t, m in got), got


def test_an_envoy_given_hours_to_leave_is_still_expelled():
    got = events("Bahrain gave Iran's charge d'affaires 48 hours to leave the country on Sunday.")
    assert any(s.startswith("BHR") and c.startswith("17") for s, c, _, _ in got), got


# a past tense joined to a demanded act is the demander's own second act

def test_a_strike_called_after_a_demand_is_the_demanders():
    got = events("The Kenyan opposition demanded that the government free its leader and called a nationwide "
                 "strike for Monday.")
    assert any(s == "KENOPP" and c.startswith("143") for s, c, _, _ in got), got
    assert not any(s == "KENGOV" and c.startswith("14") for s, c, _, _ in got), got


def test_two_bare_acts_demanded_are_both_asked():
    got = events("Ukraine demanded that Russia withdraw its troops and return the occupied land.")
    assert any(s == "RUS" and c.startswith("08") and m == "requested" for s, c, _, m in got), got
    assert not any(s == "UKR" and c.startswith("08") for s, c, _, _ in got), got


# force aimed at a company's ship is force, not business

def test_a_missile_fired_at_a_companys_ship_is_an_attack():
    got = events("Houthi rebels fired a missile at a cargo ship owned by a Danish shipping company on Monday.")
    assert ("YEMREB", "195", "DNKBUS", "asserted") in got, got


def test_employees_fired_by_a_company_are_still_no_event():
    assert not events("The Kenyan bank fired 300 employees on Monday.")
    assert not events("A Nigerian oil company fired its workers after the strike.")


# a noun a verb's row names with its modifier ("+air strike") is that verb's act, not one of its own

def test_air_strikes_asked_to_be_stepped_up_are_only_asked_for():
    got = events("Syrian rebel leaders called on NATO to intensify its air strikes on government forces.")
    assert any(s == "IGOWSTNAT" and c.startswith("19") and m == "requested" for s, c, _, m in got), got
    assert not any(c.startswith("19") and m == "asserted" for _, c, _, m in got), got


def test_air_strikes_intensified_are_still_force():
    got = events("Israel intensified its air strikes on Hamas in Gaza on Monday.")
    assert any(s == "ISR" and c.startswith("19") and t == "PSEINS" for s, c, t, _ in got), got
    assert len([e for e in got if e[1].startswith("19")]) == 1, got


# force a state threatens its own crowds with is repression

def test_troops_warned_to_fire_on_protesters_are_a_threat_of_repression():
    got = events("Kenya's interior minister warned protesters on Monday that police would open fire on anyone who "
                 "tried to storm parliament.")
    assert ("KENGOV", "137", "KENCVL", "asserted") in got, got


def test_force_threatened_against_opposition_supporters_is_repression():
    got = events("Togo's interior minister warned opposition supporters that security forces would use force to "
                 "break up any further protests.")
    assert ("TGOGOV", "137", "TGOOPP", "asserted") in got, got
    got = events("Belarus's interior minister threatened to use force against protesters.")
    assert ("BLRGOV", "137", "BLRCVL", "asserted") in got, got


def test_force_threatened_against_another_state_stays_military():
    got = events("Russia warned Ukraine that its forces would strike Kyiv.")
    assert ("RUS", "1384", "UKR", "asserted") in got, got


# cooperation stepped up, and joint forces set up

def test_a_joint_force_agreed_is_intent_to_cooperate_militarily():
    got = events("Kenya and Tanzania agreed on Monday to set up a joint force to fight cattle rustlers.")
    assert ("KEN", "0312", "TZA", "asserted") in got, got
    assert ("TZA", "0312", "KEN", "asserted") in got, got
    got = events("Mali and Niger set up a joint military force on their border.")
    assert ("MLI", "062", "NER", "asserted") in got, got


def test_cooperation_stepped_up_keeps_its_kind():
    got = events("Japan and Australia pledged to step up military cooperation.")
    assert ("JPN", "0312", "AUS", "asserted") in got, got
    got = events("Vietnam and India agreed to step up trade ties.")
    assert ("VNM", "0311", "IND", "asserted") in got, got


def test_a_task_force_of_ones_own_is_no_cooperation():
    assert not events("The Kenyan government set up a task force on corruption.")

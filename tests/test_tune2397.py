"""Verdicts, visits, crowd control, pronouns and role nouns: sides and codes of wire-style sentences."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def test_a_verdict_read_as_a_clause_is_still_a_verdict():
    got = events("A court in Cairo found a British teacher guilty of spreading false news on Sunday.")
    assert ("EGYJUD", "116", "GBREDU", "asserted") in got, got


def test_a_former_leader_of_a_breakaway_territory_is_a_former_office_holder():
    got = events("A court in Sarajevo found former Bosnian Serb leader Milan Petrovic guilty of war crimes.")
    assert ("BIHJUD", "116", "BIHELI", "asserted") in got, got
    got = events("Abkhaz leader Sergei Bagapsh met Russia's president in Moscow.", date="2009-06-01")
    assert any(s == "GEOSEP" for s, _, _, _ in got), got


def test_a_visit_set_off_after_the_subject_is_the_subjects():
    got = events("The Qatari emir, on a visit to Amman, urged Israel to lift its blockade of Gaza.")
    assert ("QATGOV", "042", "JOR", "asserted") in got, got
    got = events("Indian Foreign Minister Subrahmanyam Jaishankar, during a three-day visit to Egypt, praised "
                 "Cairo's economic reforms.")
    assert ("INDGOV", "042", "EGY", "asserted") in got, got


def test_a_visitor_who_is_received_is_the_passives_subject():
    got = events("Turkey's foreign minister, on a visit to Baghdad, was received by Iraq's president.")
    assert ("TURGOV", "042", "IRQ", "asserted") in got, got
    assert ("IRQGOV", "042", "IRQ", "asserted") not in got, got


def test_tear_gas_fired_at_people_read_as_a_participles_subject():
    got = events("Police in Harare fired tear gas at opposition supporters marching on parliament.")
    assert ("ZWECOP", "175", "ZWEOPP", "asserted") in got, got


def test_a_crowd_the_force_was_used_to_disperse_is_its_target():
    got = events("Hundreds of nurses gathered outside the health ministry in Nairobi on Monday. Riot police "
                 "fired tear gas to disperse them.")
    assert ("KENCOP", "175", "KENHLH", "asserted") in got, got
    got = events("Police in Dhaka used water cannon to break up a crowd of students.")
    assert any(s == "BGDCOP" and c == "175" and t == "BGDEDU" for s, c, t, _ in got), got


def test_them_is_not_the_one_an_infinitive_is_about():
    got = events("Ukrainian troops recaptured the village on Sunday. Their commander urged Russian soldiers still in "
                 "the area to surrender to them.", date="2022-09-12")
    assert ("RUSMIL", "0874", "UKRMIL", "requested") in got, got


def test_they_after_a_state_named_alone_is_the_plural_people_named_since():
    got = events("Greece deported 40 Pakistani migrants on Friday after they were detained by police in Athens.")
    assert ("GRCCOP", "173", "PAKCVL", "asserted") in got, got
    assert not any(t == "GRC" for _, c, t, _ in got if c == "173"), got


def test_protests_that_an_act_dated_in_the_past_took_place_during_are_not_coded():
    got = events("Rights groups accused police of beating students detained during protests in Lagos last October.")
    assert not any(c.startswith("14") for _, c, _, _ in got), got
    got = events("Police in Lagos detained 40 students during protests on Monday.")
    assert any(c.startswith("14") for _, c, _, _ in got), got


def test_talks_a_state_stands_ready_to_host_are_not_held():
    got = events("Oman said it stood ready to host a new round of talks between Iran and the United States.")
    assert any(s == "OMN" and c.startswith("03") for s, c, _, _ in got), got
    assert not any(c.startswith("04") for _, c, _, _ in got), got


def test_kidnapped_sailors_are_civilians_and_a_navys_are_military():
    got = events("Pirates kidnapped six Filipino sailors from a cargo ship off the coast of Nigeria.")
    assert any(t == "PHLCVL" for _, c, t, _ in got if c.startswith("18")), got
    got = events("Iran seized 15 British navy sailors in the Gulf.", date="2007-03-23")
    assert any(t == "GBRMIL" for _, _, t, _ in got), got


def test_a_bare_role_noun_after_a_conjoined_one_shares_its_nationality():
    got = events("Iran freed the detained British sailors and marines on Wednesday.", date="2007-04-04")
    assert any(t == "GBRMIL" for _, _, t, _ in got), got
    assert not any(t == "IRNMIL" for _, _, t, _ in got), got


def test_a_driver_named_by_no_trade_is_a_civilian():
    got = events("Taliban fighters abducted a Pakistani driver working for an aid group in Kunar.")
    assert any(t == "PAKCVL" for _, _, t, _ in got), got
    got = events("Truck drivers in Chile blocked highways on Monday to protest against fuel prices.")
    assert any(s == "CHLLAB" for s, _, _, _ in got), got


def test_a_protest_a_group_is_hyphened_as_leading_is_that_groups():
    got = events("Sri Lanka's president fled the country on Wednesday after months of student-led protests against "
                 "his government.", date="2022-07-13")
    assert ("LKAEDU", "141", "LKAGOV", "asserted") in got, got


def test_the_leader_of_a_protest_the_parser_hangs_on_what_it_is_against():
    got = events("Peru's president resigned on Friday after a week of protests against his rule led by opposition "
                 "lawmakers.")
    assert any(s == "PEROPP" and c.startswith("14") and t == "PERGOV" for s, c, t, _ in got), got


def test_members_of_a_group_are_the_group():
    got = events("Members of a drug gang kidnapped a newspaper reporter in the Brazilian city of Recife on Monday.")
    assert any(s == "BRACRM" and c.startswith("18") and t == "BRAMED" for s, c, t, _ in got), got


def test_a_demand_joined_to_an_act_on_someone_is_made_to_them():
    got = events("Kosovo summoned Serbia's ambassador and demanded an apology.")
    assert ("KSV", "100", "SRBGOV", "asserted") in got, got
    got = events("Ankara accused Athens of harassing its fishermen and demanded their immediate release.")
    assert any(s == "TURGOV" and c.startswith("10") and t == "GRCGOV" for s, c, t, _ in got), got


def test_a_denial_of_an_accusation_is_aimed_at_the_accuser():
    got = events("Uganda on Monday dismissed accusations by South Sudan that it was training rebel fighters.",
                 date="2016-05-02")
    assert ("UGA", "016", "SSD", "asserted") in got, got
    got = events("Iran denied Saudi accusations that it had armed Houthi rebels.", date="2017-11-06")
    assert ("IRN", "016", "SAU", "asserted") in got, got
    got = events("The army denied reports that its troops had fired on protesters in Yangon.", date="2021-03-01")
    assert ("MMRMIL", "016", "MMRCVL", "asserted") in got, got


def test_an_envoy_recalled_beside_an_expulsion_is_recalled_from_that_country():
    got = events("Bahrain expelled Iran's charge d'affaires on Sunday and recalled its own ambassador.",
                 date="2016-01-04")
    assert ("BHR", "161", "IRN", "asserted") in got, got
    got = events("Chad recalled its ambassador from Qatar on Wednesday.", date="2017-08-23")
    assert ("TCD", "161", "QAT", "asserted") in got, got


def test_a_credit_line_sought_is_a_request_for_economic_aid():
    got = events("Sri Lanka may seek a credit line from India if its reserves run out, officials said.")
    assert ("LKA", "0231", "IND", "hypothetical") in got, got


def test_an_upbeat_comment_about_relations_is_optimistic():
    got = events("Greece's foreign minister said he was upbeat about relations with Turkey.")
    assert ("GRCGOV", "013", "TUR", "asserted") in got, got


def test_a_peace_initiative_rejected_is_a_rejected_plan():
    got = events("Ethiopia rebuffed a peace initiative by Kenya on Monday.")
    assert ("ETH", "127", "KEN", "asserted") in got, got


def test_joint_patrols_agreed_to_resume_are_an_intent_of_military_cooperation():
    got = events("Spain and Morocco agreed on Friday to resume joint patrols against smugglers.")
    assert ("ESP", "0312", "MAR", "asserted") in got, got
    assert ("MAR", "0312", "ESP", "asserted") in got, got


def test_aid_increased_is_aid_given():
    got = events("Japan doubled its humanitarian aid to Ukraine on Tuesday.", date="2022-05-10")
    assert ("JPN", "073", "UKR", "asserted") in got, got
    got = events("Germany will step up military aid to Kyiv.", date="2022-05-10")
    assert ("DEU", "072", "UKR", "future") in got, got
    got = events("The government raised the minimum wage on Monday.")
    assert not got, got


def test_its_in_the_act_one_is_asked_to_do_is_the_one_asked():
    doc = dyad.code("France urged Russia to withdraw its troops from Georgia.", date="2008-08-20")
    assert any(a.code == "RUSMIL" for a in doc.actors), [a.code for a in doc.actors]
    assert not any(a.code == "FRAMIL" for a in doc.actors), [a.code for a in doc.actors]

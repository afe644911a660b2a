"""Prepositions of time beside phrasal senses, conditional warnings, acts done with a means, riots and crowds in
squares, and members of a body named by a from-phrase."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def test_a_day_named_with_on_is_no_particle_of_a_phrasal_sense():
    got = events("Venezuela's government seized two foreign-owned oil fields on Thursday.")
    assert any(s == "VENGOV" and c == "1711" for s, c, _, _ in got), got


def test_a_phrasal_sense_with_its_own_object_is_still_dropped():
    got = events("The opposition seized on new revelations about the minister's finances.")
    assert not any(c.startswith("17") for _, c, _, _ in got), got


def test_a_warning_to_a_state_that_it_could_lose_something_unless_it_acts_is_a_threat():
    got = events("The United States warned Serbia on Friday that it could lose trade benefits unless it "
                 "recognised Kosovo.")
    assert ("USA", "130", "SRB", "asserted") in got, got


def test_a_warning_that_names_the_warned_state_by_its_capital_is_a_threat_to_it():
    got = events("Brussels warned Poland on Tuesday that Warsaw could face fines if it ignored the court ruling.")
    assert any(c == "130" and t and t.startswith("POL") for _, c, t, _ in got), got


def test_a_warning_of_how_things_may_stand_addressed_to_no_one_is_no_threat():
    got = events("The finance minister of Greece warned that the country could run out of money if the talks "
                 "failed.")
    assert not any(c.startswith("13") for _, c, _, _ in got), got


def test_an_act_done_with_a_means_is_the_subjects_act():
    got = events("Protesters used burning tyres to block highways around Lima on Monday.")
    assert ("PERCVL", "144", "PERGOV", "asserted") in got, got


def test_a_means_used_in_a_relative_clause_tells_a_habit_not_an_act():
    got = events("Pakistan said militants who use the border region to launch attacks in Afghanistan were killed.")
    assert not any(c.startswith("19") and t == "AFG" for _, c, t, _ in got), got


def test_an_order_to_an_object_is_still_no_act_done():
    got = events("Kenya's president ordered troops to disperse protesters in Nairobi on Tuesday.")
    assert not any(c.startswith("17") for _, c, _, _ in got), got


def test_a_riot_against_the_police_is_aimed_at_them():
    got = events("Students in Dhaka rioted against the police on Sunday.")
    assert any(c == "145" and t == "BGDCOP" for _, c, t, _ in got), got


def test_crowds_that_pour_into_a_square_demonstrate():
    got = events("Crowds of protesters poured into Independence Square in Kyiv on Sunday.")
    assert any(s == "UKRCVL" and c == "141" for s, c, _, _ in got), got


def test_police_that_pour_into_a_square_do_not_protest():
    got = events("Chinese police reinforcements poured into the main square of Lhasa on Friday.")
    assert not any(c.startswith("14") for _, c, _, _ in got), got


def test_inspectors_from_a_body_let_in_are_that_body():
    got = events("North Korea let inspectors from the IAEA into its Yongbyon reactor on Tuesday.")
    assert ("PRK", "0862", "IGOUNO", "asserted") in got, got


def test_observers_from_a_body_speak_as_that_body():
    got = events("Observers from the African Union criticised Zimbabwe's police on Monday.")
    assert ("IGOAFRAFU", "111", "ZWECOP", "asserted") in got, got


def test_an_act_pleaded_for_with_someone_is_asked_of_them():
    got = events("Moldova's president pleaded with the European Union on Monday to send gas supplies.")
    assert any(s == "IGOEUREEC" and c.startswith("07") and m == "requested" for s, c, _, m in got), got
    assert not any(s.startswith("MDA") and c.startswith("07") for s, c, _, _ in got), got


def test_joint_drills_kicked_off_are_military_cooperation_each_way():
    got = events("India and France kicked off joint air force exercises on Monday.")
    assert ("INDMIL", "062", "FRAMIL", "asserted") in got, got
    assert ("FRAMIL", "062", "INDMIL", "asserted") in got, got

def test_time_prep_is_a_date_object_but_not_a_span_of_an_act(nlp):
    from dyad.arguments import time_prep

    doc = nlp("Protesters marched on Friday. The envoy called on Moscow. She is on the third day of a fast.")
    preps = {t.head.lower_ + " " + t.lower_ + " " + next(t.children).lower_: time_prep(t) for t in doc
             if t.dep_ == "prep" and t.lower_ == "on" and list(t.children)}
    assert preps.get("marched on friday") is True, preps
    assert preps.get("called on moscow") is False, preps
    assert preps.get("is on day") is False, preps

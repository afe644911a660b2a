"""Real-news precision: hostile vows, acts not expected or not planned, duties to speak, ideas dismissed, readiness
and confidence with nothing they are about, what one means to be, and appeals to a feeling (news-style sentences
written for these tests)."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def events(text, date="2016-05-01"):
    return event_tuples(text, date)


def test_a_vow_of_sanctions_or_expulsion_is_a_threat():
    assert ("USAPTY", "1312", "CHN", "asserted") in events("Donald Trump vowed to impose tariffs on China.")
    assert ("IRN", "1312", "ISR", "asserted") in events("Iran vowed to impose sanctions on Israel.")
    got = events("Iran vowed to expel Israeli diplomats.")
    assert ("IRN", "132", "ISRGOV", "asserted") in got
    assert not any(c == "030" for _, c, _, _ in got)
    # a friendly vow is still an intent to cooperate
    assert ("USAPTY", "030", "ISR", "asserted") in events("Donald Trump pledged to be a friend of Israel.")


def test_an_act_not_expected_or_not_planned_is_negated():
    assert ("USALEG", "111", "USAPTY", "negated") in events("Senator Ted Cruz is not expected to criticize Donald "
                                                           "Trump at the convention.")
    assert ("RUS", "190", "UKR", "negated") in events("Russia does not plan to attack Ukraine.")
    # expected or planned, it is to come
    assert ("USALEG", "111", "USAPTY", "future") in events("Senator Ted Cruz is expected to criticize Donald "
                                                          "Trump.")
    assert ("RUS", "190", "UKR", "future") in events("Russia plans to attack Ukraine.")


def test_a_statement_one_must_make_is_not_made():
    got = events("The Chinese foreign minister said Beijing must deny the reports.")
    assert got and all(m == "hypothetical" for _, c, _, m in got if c == "016")
    assert ("CHNGOV", "016", None, "asserted") in events("Beijing denied the reports.")


def test_a_deed_in_an_idea_dismissed_is_not_asserted():
    for noun in ("idea", "notion"):
        got = events(f"Senator Marco Rubio dismissed the {noun} that he had reached an agreement with Senator Ted "
                     "Cruz.")
        assert not any(c == "057" for _, c, _, _ in got), got
    # a deed stated as a fact stands
    assert ("USALEG", "057", "USALEG", "asserted") in events("Senator Marco Rubio struck a deal with Senator "
                                                            "Ted Cruz.")


def test_readiness_for_a_place_states_no_intent():
    assert not any(c[:2] == "03" for _, c, _, _ in events("Democrats who remain in the contest have only days to "
                                                           "get ready for Iowa."))
    assert not any(c[:2] == "03" for _, c, _, _ in events("Democrats said they are ready for Ohio."))
    # readiness for an act, or to do one, is an intent
    assert ("IRN", "030", "USA", "asserted") in events("Iran is ready for talks with the United States.")
    assert ("IRN", "036", "USA", "asserted") in events("Iran is ready to hold talks with the United States.")


def test_confidence_about_nothing_is_no_comment():
    assert not any(c == "013" for _, c, _, _ in events("Republican leaders in Congress are confident."))
    assert not any(c == "013" for _, c, _, _ in events("Republican leaders in Congress say they are confident "
                                                       "and rested."))
    assert ("USALEG", "013", "CUB", "asserted") in events("Senator Marco Rubio said he was confident that the "
                                                          "talks with Cuba would fail.")


def test_what_one_means_to_be_is_no_target():
    got = events("Russia is willing to be a mediator.")
    assert not any(t == "RUSGOV" for _, _, t, _ in got)
    got = events("Jeb Bush pledged to be the education president.")
    assert not any(t for _, _, t, _ in got)


def test_an_appeal_to_a_feeling_asks_no_one():
    assert not any(c[:2] == "02" for _, c, _, _ in events("Senator Ted Cruz is trying to appeal to a feeling of "
                                                          "resentment among rural voters."))
    # an appeal to people to act asks them
    assert ("USAPTY", "020", None, "asserted") in events("Hillary Clinton appealed to voters to turn out.")


def test_acknowledging_what_will_be_claims_no_deed():
    got = events("Senator Marco Rubio has acknowledged that he won't carry Florida.")
    assert not any(c == "015" for _, c, _, _ in got)
    # a deed of one's own forces is claimed
    assert ("RUSGOV", "015", None, "asserted") in events("The Russian defence ministry acknowledged that its jets "
                                                         "had bombed the village.")


def test_an_act_joined_to_one_asked_is_the_asked_ones():
    got = events("Donald Trump's advisers are pressuring Ted Cruz to talk about trade rather than continuing to "
                 "criticize Donald Trump.")
    assert ("USALEG", "111", "USAPTY", "asserted") in got
    assert ("USAPTY", "100", "USALEG", "asserted") in got
    assert not any(s == "USAPTY" and c == "111" for s, c, _, _ in got)
    # a participle joined to an infinitive-less complement of "told" is no act asked of the one told
    assert not any(c == "0841" for _, c, _, _ in events("The senator said he backs the plan, he told CNN in an "
                                                        "interview taped and released on Friday."))
    # a participle set off after the asked act is still the asker's own
    got = events("Kenya's president urged Uganda on Monday to support Nairobi in its border dispute with Somalia, "
                 "accusing Mogadishu of sending troops near the frontier.")
    assert ("KENGOV", "1123", "SOMGOV", "asserted") in got
    assert not any(s == "UGA" and c[:2] == "11" for s, c, _, _ in got)


def test_migrants_crossing_and_sending_money_home_is_no_visit_and_no_aid():
    assert not any(c[:2] == "04" for _, c, _, _ in events("Thousands of Guatemalan migrants crossing into Mexico "
                                                          "each month seek work, officials said."))
    assert not any(c[:2] == "07" for _, c, _, _ in events("Filipino migrants working abroad send money to the "
                                                          "Philippines."))
    # an official who crosses over visits; aid workers who send food to another country give aid
    assert ("CHNGOV", "042", "VNM", "asserted") in events("The Chinese foreign minister crossed into Vietnam on "
                                                          "Sunday for talks.")
    assert ("CHNNGO", "073", "NPL", "asserted") in events("Chinese aid workers sent food to Nepal.")


def test_an_army_of_workers_is_no_armed_force():
    got = events("An army of striking nurses rallied near the White House, demanding the resignation of Obama.")
    assert got and not any(s.endswith("MIL") for s, _, _, _ in got)
    # an army named as such is the armed force
    assert ("SDNMIL", "190", "SDNREB", "asserted") in events("The army of Sudan attacked the rebels.")


def test_a_seat_of_government_is_a_place_only_in_its_own_country():
    doc = dyad.code("Striking nurses rallied near the White House, demanding the resignation of Obama.",
                    date="2016-05-01")
    assert all(p.country == "USA" for p in doc.places if p.text == "White House")
    assert not any(e.source.code.startswith("MAR") for e in doc.events)

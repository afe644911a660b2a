"""Real-news precision: opinions, facts granted, stated possibilities, describing participles, declining comment,
offices held, criticism from no one named, barred acts, congressional committees and watchdog groups (news-style
sentences written for these tests)."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def events(text, date="2016-05-01"):
    return event_tuples(text, date)


def verbs(text, date="2016-05-01"):
    return [(e.verb.text, e.code) for e in dyad.code(text, date=date).events]


def test_a_verbless_clause_under_consider_is_an_opinion():
    assert not any(c == "014" for _, c in verbs("Many American voters who backed President Obama consider "
                                                "themselves moderate."))
    assert not any(c == "014" for _, c in verbs("Most Republican senators consider the feud with the White House a "
                                                "useful distraction that they can exploit."))
    # a policy option weighed is still one
    assert ("RUSGOV", "014", None, "asserted") in events("The Russian government is considering sanctions against "
                                                         "Turkey.")


def test_acknowledging_the_other_partys_deed_claims_nothing():
    got = verbs("When Senator Rubio criticized President Obama, he acknowledged that Obama had tapped into public "
                "anger.")
    assert not any(c == "015" for _, c in got)
    assert ("criticized", "111") in got
    # a deed of one's own forces is claimed
    assert ("RUSGOV", "015", None, "asserted") in events("The Russian defence ministry acknowledged that its jets had "
                                                         "bombed the village.")


def test_insisting_on_a_possibility_is_no_demand():
    assert not any(c[:3] == "100" for _, c in verbs("Some Democratic activists insist that Senator Sanders may still "
                                                    "win California."))
    assert any(c[:2] == "10" for _, c in verbs("The European Union insisted that Russia withdraw its troops from "
                                               "Crimea."))


def test_a_participle_before_its_noun_describes_it():
    got = verbs("Heading into the last contests, Clinton leads Sanders by 271 pledged delegates according to a count "
                "by The Associated Press.")
    assert not any(v == "pledged" for v, _ in got)
    # a pledge made after "and" is one
    assert ("JPN", "033", "NPL", "asserted") in events("Japan met the request and pledged aid to Nepal.")


def test_declining_to_describe_is_declining_comment():
    got = events("A State Department spokesman declined to describe the talks.")
    assert ("USAGOV", "011", None, "asserted") in got
    assert not any(c == "120" for _, c, _, _ in got)
    # declining to speak with a party refuses it
    assert ("UGAGOV", "120", "KENGOV", "asserted") in events("Uganda's president declined to speak with Kenya's "
                                                             "president.")


def test_an_office_held_is_no_target():
    got = events("Donald Trump often boasts about his plan for a wall on the border with Mexico, and has promised "
                 "that as president, he would build a huge one.")
    assert not any(t == "USAGOV" for _, _, t, _ in got)
    # "as" with a thing is no office: the target stays
    assert ("PRK", "016", "USA", "asserted") in events("North Korea dismissed as groundless US charges that it was "
                                                       "running a secret programme.")


def test_criticism_faced_from_no_actor_is_not_coded():
    got = verbs("Trump has faced criticism from rivals that the tone of his campaign has created an unsafe "
                "environment at his rallies.")
    assert not any(v == "faced" for v, _ in got)
    assert ("USAPTY", "111", "USAGOV", "asserted") in events(
        "President Obama has faced criticism from Republicans over his policy on Syria.")


def test_an_act_named_under_a_ban_is_not_done():
    assert not any(v == "exporting" for v, _ in verbs("The bill would impose restrictions on companies exporting "
                                                      "weapons to Iran."))
    assert not any(v == "entering" for v, _ in verbs("Senate Democrats condemned the proposed ban on Syrian refugees "
                                                     "entering the United States."))
    assert ("RUSBUS", "072", "IRN", "asserted") in events("Russian companies exported weapons to Iran.")


def test_congressional_committees_are_the_legislature():
    assert ("USALEG", "111", "RUS", "asserted") in events("The U.S. Senate Foreign Relations Committee criticized "
                                                          "Russia on Tuesday.")
    assert ("USALEG", "111", "RUS", "asserted") in events("The U.S. House Intelligence Committee criticized Russia "
                                                          "on Tuesday.")
    assert ("USALEG", "111", "RUS", "asserted") in events("The U.S. Senate Judiciary Committee criticized Russia on "
                                                          "Tuesday.")


def test_a_watchdog_group_is_no_government():
    got = events("Many Americans are angry about the emails. The government watchdog group filed a lawsuit against "
                 "the State Department in July.")
    assert got and all(not s.endswith("GOV") for s, c, _, _ in got if c[:3] == "115")
    assert any(s.endswith("NGO") for s, c, _, _ in got if c[:3] == "115")


def test_a_cause_championed_is_no_praise():
    assert not any(c == "051" for _, c in verbs("Senator Sanders said he would focus on the issues he championed "
                                                "during the primaries."))
    assert ("USALEG", "051", "RUSOPP", "asserted") in events("Senator Sanders championed Russian dissidents.")


def test_what_a_refused_thing_is_about_is_no_target():
    got = events("Senator Sanders shut down such questions for Clinton by rejecting an inquiry about her use of a "
                 "private server.")
    assert not any(t == "USAPTY" for _, c, t, _ in got if c[:2] == "12")
    # a comment about talks with a party is on that party
    assert ("KENGOV", "012", "SOM", "asserted") in events("The Kenyan president struck a gloomy note about the talks "
                                                          "with Somalia.")

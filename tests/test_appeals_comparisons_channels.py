"""Real-news precision: the target of an appeal to someone no actor names, a comparison's "than" phrase, the reason
phrase of praise or blame, pledges that vouch for a view, opinions given with "as" or a participle, goods that
"hit" someone, and acts asked for by appeals not made (news-style sentences written for these tests)."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2016-05-01"):
    return event_tuples(text, date)


def test_an_appeal_to_unnamed_people_takes_no_target_from_the_act_asked_for():
    for text in ("The militant group urged others to attack Americans.",
                 "Critics say the payments encourage others to kidnap Americans."):
        got = events(text)
        assert not any(s == "USACVL" for s, _, _, _ in got), (text, got)
    # an addressee named is asked, and the act asked for keeps its own target
    got = events("The militant group urged Iran to attack Americans.")
    assert ("IRN", "190", "USACVL", "requested") in got
    got = events("Germany urged Russia to release the Ukrainian sailors.")
    assert any(s == "DEU" and c.startswith("02") and t == "RUS" for s, c, t, _ in got), got


def test_a_comparison_names_no_target():
    for text in ("Farmers in Iowa would receive more from the plan than workers from Mexico.",
                 "Retirees in Ohio would gain far more from the tax cut than students from China."):
        got = events(text)
        assert not any(t in ("MEXLAB", "MEXCVL", "CHNEDU", "CHNCVL") for _, _, t, _ in got), (text, got)
    # a count with "more than" still names the target
    got = events("Russian forces shelled more than 20 Ukrainian villages.")
    assert any(s.startswith("RUS") and c == "194" and t == "UKR" for s, c, t, _ in got), got


def test_the_reason_for_blame_does_not_give_its_target():
    got = events("The bishop slammed the Boy Scouts for promoting camping trips for Mexican teenagers.")
    assert not any(c == "111" and t == "MEXCVL" for _, c, t, _ in got), got
    # the one blamed stays the target, and the deed blamed is coded
    got = events("Germany condemned North Korea for shelling a South Korean island.")
    assert ("DEU", "111", "PRK", "asserted") in got
    assert ("PRK", "194", "KOR", "asserted") in got
    got = events("France praised Turkey for sending aid to Syrian refugees.")
    assert any(s == "FRA" and c.startswith("051") and t == "TUR" for s, c, t, _ in got), got


def test_a_pledge_that_vouches_for_a_view_is_no_commitment():
    for text in ("The vice president pledged that President Obama really is in favor of free trade.",
                 "Germany pledged that France is a trusted partner."):
        got = events(text)
        assert not any(c.startswith("03") for _, c, _, _ in got), (text, got)
    # a pledge of an act stays
    got = events("Japan pledged that it is ready to help Nepal.")
    assert any(s == "JPN" and c.startswith("03") for s, c, _, _ in got), got
    got = events("China pledged to lend Pakistan two billion dollars.")
    assert any(s == "CHN" and c.startswith("03") and t == "PAK" for s, c, t, _ in got), got


def test_an_opinion_of_a_thing_is_no_policy_option():
    for text in ("The State Department considered the emails as classified and redacted details.",
                 "The ministry regards the agreement as dead.",
                 "The inspector general said the White House considers his recommendation handled."):
        got = events(text)
        assert not any(c == "014" for _, c, _, _ in got), (text, got)
    # weighing a step is still 014
    got = events("The Iranian government is considering sanctions against Israel.")
    assert any(s == "IRNGOV" and c == "014" for s, c, _, _ in got), got
    got = events("The French cabinet is considering recalling its ambassador from Rome.")
    assert any(c == "014" for _, c, _, _ in got), got


def test_goods_from_a_country_use_no_force():
    for text in ("Voters in districts hardest hit by Chinese imports tended to choose extreme lawmakers.",
                 "Factories in Ohio were hit hard by cheap Mexican steel."):
        got = events(text)
        assert not any(c[:2] in ("18", "19") for _, c, _, _ in got), (text, got)
    # forces of a country still use force, on a steel plant too
    got = events("Chinese warships hit a Vietnamese fishing boat.")
    assert any(s == "CHNMIL" and c[:2] == "19" and t == "VNM" for s, c, t, _ in got), got
    got = events("Russian troops shelled a Ukrainian steel plant.")
    assert any(s == "RUSMIL" and c == "194" and t == "UKR" for s, c, t, _ in got), got


def test_an_appeal_not_made_asks_for_nothing():
    for text in ("The senator has not called for the governor of Texas to resign.",
                 "Germany did not call on Russia to withdraw its troops.",
                 "Germany will call on Russia to withdraw its troops."):
        got = events(text)
        assert not any(m == "requested" for _, _, _, m in got), (text, got)
    # the appeal itself keeps its modality
    got = events("Germany did not call on Russia to withdraw its troops.")
    assert any(s == "DEU" and c.startswith("02") and t == "RUS" and m == "negated" for s, c, t, m in got), got
    # an appeal made asks for the act
    got = events("Germany called on Russia to withdraw its troops.")
    assert any(s == "RUS" and c.startswith("087") and m == "requested" for s, c, _, m in got), got


def test_a_medium_words_went_out_on_is_no_target():
    for text in ("The Mexican president warned followers on Facebook that the border could close.",
                 "The senator criticized the governor's plan on social media."):
        got = events(text)
        assert not any(t == "USABUS" or t == "USAMED" for _, _, t, _ in got), (text, got)
    # what is done to a company, or said of a state, on a medium still names its target
    assert any(s == "RUS" and c.startswith("163") and t == "USABUS" for s, c, t, _ in events(
        "Russia imposed sanctions on Facebook."))
    assert any(c == "111" and t == "DEU" for _, c, t, _ in events("The senator criticized Germany on Twitter."))


def test_a_topic_of_what_is_handed_over_is_no_recipient():
    got = events("The Obama administration refused to give up key information about Hillary Clinton's email.")
    assert not any(t == "USAPTY" for _, _, t, _ in got), got
    # a recipient named stays
    got = events("Pakistan handed over intelligence about the attackers to India.")
    assert any(s == "PAK" and c.startswith("06") and t == "IND" for s, c, t, _ in got), got


def test_backing_a_policy_is_not_backing_whom_it_acts_on():
    for text in ("The senator supports deporting Syrian refugees.",
                 "The governor backs squeezing out undocumented Mexican immigrants."):
        got = events(text)
        assert not any(c.startswith("05") and t in ("SYRREF", "MEXCVL") for _, c, t, _ in got), (text, got)
    # backing an actor, or an actor's bid, still names it
    assert any(s == "FRA" and c.startswith("05") and t == "DEU" for s, c, t, _ in events("France backed Germany's bid."))
    assert any(s == "FRA" and c.startswith("05") and t == "DEU" for s, c, t, _ in events("France backed Germany."))
    # backing a policy of giving to someone backs the one given to ("supports sending tanks to Ukraine"), where
    # deporting people to a country backs neither them nor it
    assert any(s == "DEU" and c.startswith("05") and t == "UKR"
               for s, c, t, _ in events("Germany supports sending tanks to Ukraine, the chancellor said."))
    got = events("Britain supports deporting illegal migrants to Rwanda.")
    assert any(s == "GBR" and c.startswith("05") for s, c, t, _ in got)
    assert not any(c.startswith("05") and t in ("GBRCVL", "RWA") for _, c, t, _ in got), got


def test_an_opinion_of_others_is_no_policy_option():
    got = events("While the senator considered drug companies her enemies, she took their donations.")
    assert not any(c == "014" for _, c, _, _ in got), got

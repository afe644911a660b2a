"""Real-news precision: rallies that are only where someone spoke, a fronted "under federal law", pastors and
priests as one person, opposition to a thing, points conceded, deeds acknowledged with nothing named, papers
released, candidates who march or show something, states named in sums of money, and notes struck (news-style
sentences written for these tests)."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2016-05-01"):
    return event_tuples(text, date)


def test_a_rally_someone_spoke_at_is_no_protest():
    for text in ("Senator Bernie Sanders said at an evening rally in downtown Manchester that the system is rigged.",
                 "Donald Trump, speaking later at a rally in Charleston, did not mention Paul Ryan.",
                 "The complaints include a remark made by a speaker at an anti-migrant rally in Dresden."):
        assert not any(c[:2] == "14" for _, c, _, _ in events(text)), text
    # a rally where something was done to the crowd took place
    got = events("Police detained dozens of people at a rally in Minsk on Sunday.")
    assert ("BLRCVL", "141", "BLRGOV", "asserted") in got
    assert ("BLRCOP", "173", "BLRCVL", "asserted") in got


def test_a_law_under_which_one_must_declare_is_no_state_of_emergency():
    got = events("Under federal law, American lobbyists must declare publicly if they represent foreign leaders.")
    assert not any(c.startswith("172") for _, c, _, _ in got), got
    assert ("ARM", "1724", None, "asserted") in events("Armenia declared martial law on Sunday.")
    assert ("THA", "1724", None, "asserted") in events("Thailand declared military law in the south.")
    assert ("ECUGOV", "1724", None, "asserted") in events("Ecuador's president declared a state of emergency.")


def test_a_pastor_who_said_he_called_someone_made_the_call():
    got = events("A pastor in Iowa who backs Senator Ted Cruz said he had telephoned Donald Trump twice.")
    assert ("USAREL", "041", "USAPTY", "asserted") in got
    assert not any(s == "USALEG" and c == "041" for s, c, _, _ in got), got
    got = events("A Nigerian priest who supports President Muhammadu Buhari said he had telephoned Senator Bukola "
                 "Saraki.")
    assert ("NGAREL", "041", "NGALEG", "asserted") in got


def test_opposition_to_a_thing_is_no_opposition_party():
    got = events("Opposition to the trade pact was at the heart of the senator's campaign in Ohio. Hillary Clinton "
                 "opposed it as a candidate.", "2016-07-27")
    assert not any(t is not None and t.endswith("OPP") for _, _, t, _ in got), got
    # the opposition as a party still acts
    assert ("KENOPP", "020", None, "asserted") in events("The Kenyan opposition called for protests on Monday.")
    assert ("KENCOP", "173", "KENOPP", "asserted") in events("Police arrested opposition supporters in Nairobi.")


def test_a_point_conceded_is_no_yielding():
    got = events("Donald Trump refused to concede that Senator Bernie Sanders's backers were unlikely to vote for "
                 "him.", "2016-06-08")
    assert not any(c[:2] in ("08", "12") for _, c, _, _ in got), got
    got = events("Senator Ted Cruz conceded that Donald Trump had won the primary.", "2016-06-08")
    assert not any(c[:2] == "08" for _, c, _, _ in got), got
    # a race or a defeat conceded, or refused, is
    assert ("USALEG", "080", "USAPTY", "asserted") in events("Senator Ted Cruz conceded the race to Donald Trump.",
                                                            "2016-06-08")
    assert ("USAPTY", "124", "USALEG", "asserted") in events("Donald Trump refused to concede defeat to Senator Ted "
                                                            "Cruz.", "2016-06-08")


def test_an_acknowledgement_of_nothing_named_claims_no_deed():
    got = events("Top aides to Senator Bernie Sanders acknowledged as much in a newspaper interview on Monday.")
    assert not any(c.startswith("015") for _, c, _, _ in got), got
    assert ("PAKINS", "015", None, "asserted") in events("The Pakistani Taliban acknowledged the attack on the "
                                                         "school.")
    assert ("RUS", "015", None, "asserted") in events("Russia acknowledged that its jets had struck the convoy.")
    assert ("SYRMIL", "015", None, "asserted") in events("The Syrian army admitted responsibility for the "
                                                         "shelling.")


def test_papers_ordered_released_are_no_persons_freed():
    got = events("A federal judge in California ordered the release of internal company documents.")
    assert not any(c.startswith("084") for _, c, _, _ in got), got
    got = events("The judge ordered the release of the emails in Washington.")
    assert not any(c.startswith("084") for _, c, _, _ in got), got
    # persons set free are
    assert ("EGYJUD", "0841", "EGYMED", "asserted") in events("A court in Cairo ordered the release of the jailed "
                                                             "journalists.")
    assert ("BLRJUD", "0841", "BLROPP", "asserted") in events("The court ordered the release of three opposition "
                                                             "activists in Minsk.")


def test_a_candidate_marching_or_showing_something_does_not_protest():
    for text in ("Hillary Clinton marched in the New York parade on Sunday.",
                 "Senator Ted Cruz is marching toward the nomination.",
                 "Donald Trump has demonstrated a fondness for brutal leaders."):
        assert not any(c[:2] == "14" for _, c, _, _ in events(text, "2016-06-12")), text
    # crowds that march or demonstrate protest
    assert ("SRBOPP", "141", "SRBGOV", "asserted") in events("Thousands of opposition supporters marched through "
                                                            "Belgrade on Saturday.")
    assert ("KOREDU", "141", "KORGOV", "asserted") in events("Students in Seoul demonstrated against the president.")
    assert ("KENOPP", "141", "KENGOV", "asserted") in events("Kenya's opposition leader led a march through Nairobi "
                                                            "on Monday.")


def test_a_state_named_in_a_sum_of_money_is_its_currency():
    got = events("Japan pledged 10 billion US dollars in aid.", "2016-06-12")
    assert got and not any(t == "USA" for _, _, t, _ in got), got
    got = events("The Canadian government will return about 1.7 billion Canadian dollars to businesses this year.",
                 "2016-06-12")
    assert not any(t == "CAN" for _, _, t, _ in got), got
    # the state that gives the money, or gets it, is still named
    assert ("USA", "071", "KEN", "asserted") in events("The United States gave 20 million US dollars to Kenya.",
                                                       "2016-06-12")


def test_notes_struck_and_emails_blasted_out_attack_no_one():
    for text in ("But Donald Trump also struck populist notes similar to those Senator Bernie Sanders had sounded.",
                 "The senator's message struck a chord with voters in Ohio.",
                 "Her campaign quickly blasted out an email to supporters."):
        assert not any(c[:2] in ("11", "19") for _, c, _, _ in events(text, "2016-06-12")), text
    # a note the row names is a comment; a blast at a rival and a strike by jets stand
    assert ("USAPTY", "013", "MEX", "asserted") in events("Donald Trump struck an upbeat note on relations with "
                                                          "Mexico.", "2016-06-12")
    assert ("USALEG", "111", "USAPTY", "asserted") in events("Senator Bernie Sanders blasted Donald Trump on Sunday.",
                                                             "2016-06-12")
    assert ("ISRMIL", "195", "PSEINS", "asserted") in events("Israeli jets struck Hamas positions in Gaza.")

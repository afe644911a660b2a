"""What is seized, and who clashes: a company a state seizes is confiscated property (1711), not people abducted;
office holders who clash with each other quarrel in words (111), where police and crowds fight (190)."""

from conftest import event_tuples


def test_a_company_seized_is_confiscated_property():
    assert event_tuples("Venezuela seized an American oil company on Monday.", "2007-05-10") == [
        ("VEN", "1711", "USABUS", "asserted")]
    assert event_tuples("Bolivia seized two Spanish firms on Friday.", "2012-05-10") == [
        ("BOL", "1711", "ESPBUS", "asserted")]


def test_people_seized_are_still_abducted():
    assert event_tuples("Somali pirates seized a Greek businessman off the coast.", "2010-05-10") == [
        ("SOMCRM", "181", "GRCBUS", "asserted")]


def test_office_holders_who_clash_quarrel_in_words():
    assert event_tuples("The French president clashed with the German chancellor over farm subsidies.",
                        "2016-05-10") == [("FRAGOV", "111", "DEUGOV", "asserted"), ("DEUGOV", "111", "FRAGOV", "asserted")]


def test_police_and_crowds_who_clash_fight():
    assert event_tuples("Kenyan police clashed with protesters in Nairobi.", "2016-05-10") == [
        ("KENCOP", "190", "KENCVL", "asserted"), ("KENCVL", "190", "KENCOP", "asserted")]

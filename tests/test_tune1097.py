"""Brokers of settled deals, phrases hung on the verb of saying, and other wire-style sentences."""

from __future__ import annotations

from conftest import event_tuples



def events(text, date="2020-06-15"):
    return event_tuples(text, date)


def test_the_broker_of_a_deal_an_act_is_done_under_mediated_between_its_parties():
    got = events("Rebel fighters handed the airport back to Mali under a deal brokered by Algeria.")
    assert ("DZA", "045", "MLI", "asserted") in got, got
    assert ("DZA", "045", "MLIREB", "asserted") in got, got


def test_the_broker_of_a_ceasefire_an_act_is_asked_under_mediated_between_its_parties():
    got = events("Armenia's prime minister called on Azerbaijan to withdraw its troops from the border area in "
                 "line with the Russian-brokered ceasefire.")
    assert ("RUS", "045", "AZE", "asserted") in got, got
    assert ("RUS", "045", "ARM", "asserted") in got or any(
        s == "RUS" and c == "045" and t and t.startswith("ARM") for s, c, t, _ in got), got


def test_talks_one_is_urged_to_return_to_are_no_settled_deal():
    got = events("Norway's foreign minister urged Sudan and South Sudan to return to AU-mediated talks.")
    assert not any(c == "045" for _, c, _, _ in got), got


def test_a_mediators_phrase_hung_on_the_verb_of_saying_is_the_reported_clauses():
    got = events("Israel and Hamas have not agreed a ceasefire, despite days of shuttle diplomacy by Egypt's "
                 "intelligence chief, officials in Cairo said.")
    assert ("EGYSPY", "045", "ISR", "asserted") in got, got
    assert ("EGYSPY", "045", "PSEINS", "asserted") in got, got


def test_an_inquiry_set_up_to_investigate_abuses_inquires_into_them():
    got = events("The UN Human Rights Council set up a fact-finding mission on Monday to investigate reported "
                 "abuses in Myanmar.")
    assert ("IGOUNO", "092", "MMR", "asserted") in got, got
    got = events("Peru's congress set up a commission to investigate Chinese influence over the country's ports.")
    assert ("PERLEG", "090", "CHN", "asserted") in got, got


def test_an_inquiry_set_up_into_abuses_is_an_inquiry_into_abuses():
    got = events("Nigeria's president ordered an inquiry into abuses by soldiers in the northeast.")
    assert any(s == "NGAGOV" and c == "092" and t == "NGAMIL" for s, c, t, _ in got), got
    got = events("The council voted to set up an inquiry into alleged abuses by police in Iran.")
    assert not any(c == "090" for _, c, _, _ in got), got
    got = events("Kenya's parliament set up a commission to investigate how funds meant for the police went missing.")
    assert not any(t == "KENCOP" for _, _, t, _ in got), got


def test_a_crowd_named_by_a_pronoun_that_police_disperse_is_repressed():
    got = events("Hundreds of teachers rallied outside parliament in Harare on Monday before police dispersed them.")
    assert ("ZWECOP", "175", "ZWEEDU", "asserted") in got, got

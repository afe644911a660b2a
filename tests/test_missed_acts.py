"""Events a sentence names that were left uncoded: a that-clause the parser reads as one noun phrase ("demanded that
Israel and Hezbollah halt hostilities"), gestures of remembrance (laying flowers, visiting a war shrine, sending an
offering), pessimistic comments ("saw little chance of a breakthrough with ..."), joint projects begun ("broke ground
on a pipeline") and a finite verb joined to a negated one ("did not visit ..., but sent ...")."""

from __future__ import annotations

from conftest import event_tuples


def _events(text: str, date: str = "2019-05-01") -> set[tuple]:
    return set(event_tuples(text, date))


def _roots(text: str, date: str = "2019-05-01") -> set[tuple]:
    return {(s, c[:2], t, m) for s, c, t, m in _events(text, date)}


# 1. a that-clause read as a noun phrase: the verb before the object noun is the clause's verb


def test_demanded_that_two_sides_halt_hostilities_read_as_noun_phrase():
    got = _events("The African Union demanded on Monday that Ethiopia and Eritrea halt hostilities at once.")
    assert ("ETH", "0871", "ERI", "requested") in got
    assert ("ERI", "0871", "ETH", "requested") in got


def test_demanded_that_the_army_halt_operations_read_as_noun_phrase():
    got = _roots("The rebels in Colombia demanded on Friday that the army halt operations in the south.")
    assert any(s == "COLMIL" and c == "08" and m == "requested" for s, c, t, m in got), got


def test_demanded_that_state_share_evidence_read_as_noun_phrase():
    got = _events("India demanded on Monday that Pakistan share evidence linking the gunmen to the border raid.")
    assert ("PAK", "064", "IND", "requested") in got


def test_said_that_clause_with_real_verb_is_left_alone():
    # "the government plan cuts jobs": the parser finds the verb; no act of the government is made up
    got = _roots("The union in Kenya said that the government plan cuts jobs.")
    assert not any(s == "KENGOV" for s, c, t, m in got), got


def test_noun_object_of_plain_verb_keeps_its_reading():
    # a modifier noun that is also a verb ("halt") in an ordinary object phrase is no clause
    got = _roots("Kenya welcomed the halt order issued by the court on Tuesday.")
    assert not any(c == "08" for s, c, t, m in got), got


# 2. gestures of remembrance (017)


def test_laid_flowers_at_memorial_is_symbolic_act():
    got = _events("Latvia's president laid flowers on Monday at the Riga memorial to the victims of the shipwreck.")
    assert ("LVAGOV", "017", None, "asserted") in got


def test_placed_wreath_at_tomb_is_symbolic_act():
    got = _events("The Polish president placed a wreath at the tomb of the unknown soldier in Warsaw on Sunday.")
    assert any(s == "POLGOV" and c == "017" for s, c, t, m in got), got


def test_visit_to_war_shrine_or_memorial_is_symbolic_act():
    got = _events("South Korea's president visited the national war memorial in Seoul on Tuesday.")
    assert ("KORGOV", "017", None, "asserted") in got
    assert not any(c.startswith("04") for s, c, t, m in got), got


def test_visit_to_a_country_stays_a_visit():
    got = _events("South Korea's president visited Vietnam on Tuesday.")
    assert ("KORGOV", "042", "VNM", "asserted") in got
    assert not any(c == "017" for s, c, t, m in got)


def test_sent_ritual_offering_is_symbolic_act():
    got = _events("Japan's defence minister sent a ritual offering to the shrine on Thursday.")
    assert ("JPNGOV", "017", None, "asserted") in got


def test_made_an_offer_is_not_an_offering():
    got = _events("Japan's defence minister made an offer to South Korea on Thursday.")
    assert not any(c == "017" for s, c, t, m in got), got


# 4. pessimistic comments: "saw little chance of ... with X"


def test_saw_little_chance_of_breakthrough_with_party():
    got = _events("Armenia's foreign minister said he saw little chance of a breakthrough with Azerbaijan this year.")
    assert ("ARMGOV", "012", "AZE", "asserted") in got


def test_saw_little_hope_of_restoring_ties_with_party():
    got = _events("Peru's prime minister said on Friday he saw little hope of restoring ties with Venezuela soon.")
    assert ("PERGOV", "012", "VEN", "asserted") in got


def test_held_out_slim_hope_of_deal():
    got = _events("Ukraine's president held out slim hope of a deal with Russia on Tuesday.")
    assert ("UKRGOV", "012", "RUS", "asserted") in got


def test_saw_a_chance_is_not_pessimism():
    got = _events("Peru's prime minister saw a chance to improve ties with Venezuela on Friday.")
    assert not any(c == "012" for s, c, t, m in got), got


def test_little_chance_of_rain_names_no_party():
    got = _events("Kenya's weather office saw little chance of rain on Friday.")
    assert not any(c == "012" and t is not None for s, c, t, m in got), got


# 5. joint projects begun: "broke ground on"


def test_two_states_broke_ground_on_pipeline():
    got = _events("Kenya and Uganda broke ground on Monday on a pipeline that will carry crude to the coast.")
    assert ("KEN", "061", "UGA", "asserted") in got
    assert ("UGA", "061", "KEN", "asserted") in got


def test_broke_new_ground_figuratively_is_no_cooperation():
    got = _events("Kenya's opposition broke new ground in the campaign on Monday.")
    assert not any(c.startswith("06") for s, c, t, m in got), got


# 3. a finite verb after "did not ..., but": its own tense, not the negation


def test_did_not_visit_but_sent_offering_is_asserted():
    got = _events("Japan's foreign minister did not visit the war shrine on Monday, but sent a ritual offering.")
    assert ("JPNGOV", "017", None, "negated") in got
    assert ("JPNGOV", "017", None, "asserted") in got


def test_did_not_visit_but_sent_aid_is_asserted():
    got = _events("Japan's prime minister did not visit China on Friday, but sent aid to Nepal.")
    assert ("JPNGOV", "042", "CHN", "negated") in got
    assert ("JPNGOV", "070", "NPL", "asserted") in got


def test_conjoined_bare_verb_still_shares_negation():
    got = _events("Russia did not recall its ambassador or expel any diplomats from Estonia on Monday.")
    assert not any(c.startswith("17") and m == "asserted" for s, c, t, m in got), got


def test_a_that_clause_read_as_a_noun_phrase_is_mended_before_the_actors_stage(monkeypatch):
    from dyad.pipeline import Pipeline

    pipe = Pipeline()
    seen = {}
    actors, _, _ = pipe.actors, pipe.events, pipe.quotes  # the later stages hold the actors stage itself

    def watching(doc, sdoc):
        seen.update({t.lower_: (t.dep_, t.head.lower_) for t in sdoc})
        return actors(doc, sdoc)

    monkeypatch.setattr(pipe, "actors", watching)
    pipe.code("The union demanded on Tuesday that Chad and Niger halt hostilities at once.", date="2020-06-15")
    assert seen["halt"] == ("ccomp", "demanded"), seen
    assert seen["hostilities"] == ("dobj", "halt"), seen

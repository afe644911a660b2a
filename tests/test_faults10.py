"""A government spokesman named by apposition, groups active in many countries, "seized control of", Boko Haram read
as a person's name, groups sharing a name across countries, a court finding a person guilty and weapons "fired
from" a country's platform."""

from __future__ import annotations

import dyad


def _events(text: str, date: str = "2016-05-01") -> set[tuple]:
    doc = dyad.code(text, date=date)
    return {(e.source.code, e.root, e.target.code if e.target else None) for e in doc.events}


def _speaker_code(text: str, name: str, date: str = "2016-05-01") -> str | None:
    doc = dyad.code(text, date=date)
    found = [q.speaker.code for q in doc.quotes if q.speaker is not None and name in (q.speaker.text or "")]
    assert found, [(q.speaker and q.speaker.text, q.text) for q in doc.quotes]
    return found[0]


# 1. a spokesman named by apposition, no country in his phrase: the government last named as acting


def test_spokesman_by_apposition_speaks_for_the_government_last_named_acting():
    text = ("Canada lifted its ban on imports of beef from Uruguay on Tuesday.\n\n"
            "Officials in Ottawa said inspections had found no sign of disease.\n\n"
            "Uruguay welcomed the decision on Wednesday.\n\n"
            "A government spokesman, Martin Silva, said: \"Our farmers have waited years for this.\"")
    assert _speaker_code(text, "Martin Silva") == "URYGOV"


def test_spokesman_with_title_before_name_speaks_for_the_government_last_named_acting():
    text = ("Britain froze the assets of three Venezuelan banks on Monday.\n\n"
            "Officials in London said the banks had helped evade sanctions.\n\n"
            "Venezuela condemned the measure.\n\n"
            "\"This is an act of economic aggression,\" said foreign ministry spokesman Luis Romero.")
    assert _speaker_code(text, "Luis Romero") == "VENGOV"


def test_spokesman_after_the_officials_of_a_country_stays_theirs():
    text = ("Ghana rejected the proposal on Monday.\n\n"
            "Officials in Abuja said the talks would go on.\n\n"
            "A government spokesman, Musa Bello, said: \"We remain hopeful.\"")
    assert _speaker_code(text, "Musa Bello") == "NGAGOV"


# 2. a group active in many countries, with no place of its own in the sentence: the group itself


def test_transnational_group_takes_no_country_from_the_rest_of_the_story():
    text = ("The White House said on Monday that the United States would step up its fight against terrorism.\n\n"
            "Islamic State attacked an army convoy on Tuesday, killing six soldiers.")
    found = _events(text)
    assert ("INS", "19", None) in found or any(s == "INS" for s, _, _ in found), found
    assert not any(s == "USAINS" for s, _, _ in found), found


def test_transnational_group_takes_the_country_its_sentence_names():
    assert ("IRQINS", "19", "IRQ") in _events("Islamic State fighters attacked a checkpoint in northern Iraq.")
    found = _events("Islamic State fighters massacred dozens of villagers, Iraqi officials said on Monday.")
    assert any(s == "IRQINS" and r == "20" for s, r, _ in found), found


def test_transnational_group_is_not_of_the_country_it_threatens():
    found = _events("Al-Qaeda threatened on Friday to attack France.")
    assert not any((s or "").startswith("FRA") for s, _, _ in found), found


def test_a_group_coded_by_its_role_alone_gives_no_country_to_those_it_acts_on():
    found = _events("Islamic State fighters expelled foreign aid agencies on Sunday.")
    assert not any((t or "").startswith("INS") and t != "INS" for _, _, t in found), found


# 7. a court finding a person guilty


def test_court_finds_person_named_by_name_guilty():
    assert ("KENJUD", "11", "KENCVL") in _events("A court in Nairobi found Peter Otieno guilty of fraud on Monday.")


def test_court_finds_person_with_nationality_guilty():
    assert ("EGYJUD", "11", "CANCVL") in _events("A court in Cairo found a Canadian tourist guilty of spying.")


def test_court_finds_person_of_a_role_guilty():
    found = _events("A Peruvian court found the former dictator guilty of corruption on Friday.")
    assert ("PERJUD", "11", "PERELI") in found, found
    assert ("BRAJUD", "11", "BRABUS") in _events("A Brazilian court found the businessman guilty of bribery.")

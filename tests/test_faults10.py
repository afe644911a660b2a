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


# 3. "seized control of" a place: coded as "seized" the place itself


def test_seized_control_of_a_town_as_seized_the_town():
    assert ("MLIREB", "19", "MLI") in _events("Malian rebels seized the town on Sunday.")
    assert ("MLIREB", "19", "MLI") in _events("Malian rebels seized control of the town on Sunday.")
    assert ("MLIREB", "19", "MLI") in _events("Malian rebels took control of the northern region on Sunday.")


def test_seized_control_of_an_unknown_name_is_a_place_of_the_group():
    found = _events("Congolese rebels seized control of Rutshuru on Monday.")
    assert ("CODREB", "19", "COD") in found, found
    found = _events("Congolese rebels took control of Bunagana, a town near the Ugandan border.")
    assert ("CODREB", "19", "COD") in found, found


def test_seized_control_of_a_named_place():
    assert ("YEMREB", "19", "YEM") in _events("Houthi rebels seized control of Sanaa in September.")


# 4. Boko Haram read by the tagger as a person's name is still the group


def test_boko_haram_tagged_as_a_person_is_the_group():
    assert ("NGAINS", "19", "NGA") in _events("Boko Haram attacked the town of Gwoza on Friday.", date="2014-06-01")
    assert ("NGAMIL", "19", "NGAINS") in _events("Soldiers fought Boko Haram near Maiduguri.", date="2014-06-01")
    assert ("TCDMIL", "19", "NGAINS") in _events("Chadian troops attacked Boko Haram in Niger.", date="2015-02-01")


# 5, 6. a group's name that other countries' groups share: the country of its context


def test_national_liberation_army_in_macedonia_is_not_colombian():
    found = _events("The National Liberation Army attacked a police post near Tetovo on Monday.", date="2001-05-01")
    assert any(s == "MKDREB" for s, _, _ in found), found
    found = _events("Ethnic Albanian fighters of the National Liberation Army clashed with Macedonian police near "
                    "Tetovo.", date="2001-05-01")
    assert not any((s or "").startswith("COL") or (t or "").startswith("COL") for s, _, t in found), found


def test_national_liberation_army_with_no_other_context_is_colombian():
    assert any(s == "COLREB" for s, _, _ in _events("The National Liberation Army attacked an army patrol on Sunday."))
    assert any(s == "COLREB" for s, _, _ in _events("The National Liberation Army bombed an oil pipeline in "
                                                     "Colombia."))


def test_tuc_of_another_country():
    assert any(s == "NGALAB" for s, _, _ in _events("The Nigerian TUC called a general strike over fuel prices."))
    assert any(s == "GHALAB" for s, _, _ in _events("Workers in Accra joined a strike called by the TUC."))
    assert any(s == "GBRLAB" for s, _, _ in _events("The TUC called a general strike in Britain."))


# 8. a weapon fired from a country's craft: that country's forces


def test_weapon_fired_from_a_national_craft():
    found = _events("Cruise missiles fired from Russian ships struck the port of Odesa on Friday.")
    assert ("RUSMIL", "19", "UKR") in found, found
    found = _events("Rockets fired from Israeli helicopters hit a car in Gaza.")
    assert any(s == "ISRMIL" and r == "19" for s, r, _ in found), found


def test_weapon_fired_from_a_place_is_not_from_a_craft():
    found = _events("A rocket fired from the hills hit the town of Ashkelon.")
    assert not any((s or "").endswith("MIL") for s, _, _ in found), found

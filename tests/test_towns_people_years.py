"""One-word towns the tagger takes for persons, small towns of a country the story does not name, persons named like
towns, offices read for the year an act is dated to, and a state's paramilitary force fighting its army."""

from __future__ import annotations

import dyad
from conftest import event_tuples


def places(text: str, date: str = "2023-05-01") -> list[tuple]:
    doc = dyad.code(text, date=date)
    return [(p.text, p.country, p.literal) for p in doc.places]


# -- a one-word town tagged as a person ------------------------------------------------------------------------------

def test_person_tagged_one_word_town_is_the_place_and_the_target():
    # the small model tags "Kharkiv" PERSON here
    assert ("Kharkiv", "UKR", True) in places("Russian missiles struck Kharkiv overnight, officials said.")
    assert event_tuples("Russian missiles struck Kharkiv overnight, officials said.", "2023-05-01") == [
        ("RUS", "195", "UKR", "asserted")]
    assert ("Kharkiv", "UKR", True) in places("Ukrainian officials said Kharkiv was hit.")


def test_person_tagged_town_with_a_region_reading_becomes_the_target():
    # "Kherson" (PERSON here) was found as a place before, but the actors stage kept the person and lost the target
    assert event_tuples("Russia shelled Kherson again on Tuesday.", "2023-05-01") == [
        ("RUS", "194", "UKR", "asserted")]


def test_one_word_names_marked_as_persons_stay_persons():
    # a name many towns share, a verb of speech after it, "he" after it
    assert not any(p[0] == "Jackson" for p in places("Madison Jones and Bush Smith met Jackson on Tuesday."))
    assert not any(p[0] == "Jackson" for p in places("Jackson told reporters the bill would pass."))


def test_referred_to_as_person_reads_pronouns_after_the_name():
    from dyad.parse import load_model
    from dyad.places import _referred_to_as_person
    from dyad.settings import from_env

    nlp = load_model(from_env().spacy_model)
    sdoc = nlp("Zelensky visited Kharkiv on Friday. He met soldiers at the front.")
    ent = next(e for e in sdoc.ents if e.text == "Kharkiv")
    assert not _referred_to_as_person(ent)  # "He" may be Zelensky, named before it
    sdoc = nlp("Reporters waited for Harlow outside the court. She did not appear.")
    ent = next((e for e in sdoc.ents if e.text == "Harlow"), None)
    assert ent is None or _referred_to_as_person(ent)


# -- a small town of another country than the one the story names -----------------------------------------------------

def test_small_town_of_a_country_the_story_never_names_is_no_place():
    # no Ada in Ghana is listed; Ada, Oklahoma is no reading of it in a Ghanaian story
    assert not any(p[0] == "Ada" for p in places("Ghanaian police arrested protesters near Ada."))
    assert event_tuples("Ghanaian police arrested protesters near Ada.", "2023-05-01") == [
        ("GHACOP", "173", "GHACVL", "asserted")]
    text = "Police in Ghana said protesters near Ada blocked a road. Officers arrested ten people near Ada."
    assert not any(p[0] == "Ada" for p in places(text))


def test_small_town_with_its_own_country_or_state_named_stays():
    assert ("Ada", "USA", True) in places("Mexican migrants were detained near Ada, Oklahoma.")
    assert ("Jos", "NGA", True) in places("Nigerian troops killed militants near Jos.")
    # a town near the country the sentence names is taken as read
    assert [(p[0], p[1]) for p in places("Israeli soldiers arrested two men near Jenin on Sunday.")] == [
        ("Jenin", "PSE")]


# -- a person named like a town -------------------------------------------------------------------------------------

def test_persons_file_name_tagged_as_a_place_is_the_person():
    # the small model tags "Obama" GPE here; Obama is also a town in Japan
    assert not any(p[0] == "Obama" for p in places("Tehran dismissed Obama as weak.", "2010-05-01"))
    assert event_tuples("Tehran dismissed Obama as weak.", "2010-05-01") == [("IRNGOV", "120", "USAGOV", "asserted")]
    assert [t[2] for t in event_tuples("Pyongyang threatened Obama with nuclear war.", "2010-05-01")] == ["USAGOV"]


def test_town_named_like_a_person_stays_where_the_words_say_it_is_the_town():
    assert ("Obama", "JPN", True) in places("Protests took place in Obama, a Japanese town.", "2010-05-01")
    assert ("Obama", "JPN", True) in places("Heavy snow cut off the town of Obama.", "2010-05-01")


# -- the office held in the year the act is dated to ----------------------------------------------------------------

def test_act_dated_to_an_earlier_year_reads_the_office_of_that_year():
    assert event_tuples("In 2008, Obama visited Iraq.", "2012-05-01") == []  # not yet president: no code
    assert event_tuples("In 2010, Obama visited Iraq.", "2012-05-01") == [("USAGOV", "042", "IRQ", "asserted")]
    assert event_tuples("Obama visited Iraq on Monday.", "2012-05-01") == [("USAGOV", "042", "IRQ", "asserted")]
    # the year of another clause's act, and a year inside a noun phrase, leave the office of the story's day
    assert event_tuples("Obama criticized the 2008 decision.", "2012-05-01")[0][0] == "USAGOV"
    assert ("USAGOV", "190", "IRQ", "asserted") in event_tuples(
        "Obama said on Monday that Bush invaded Iraq in 2003.", "2012-05-01")


def test_act_date_finds_the_year_on_the_persons_verb():
    from dyad.actor_persons import _act_date
    from dyad.parse import load_model
    from dyad.settings import from_env

    nlp = load_model(from_env().spacy_model)

    def when(text: str, name: str, date: str = "2012-05-01") -> str | None:
        sdoc = nlp(text)
        return _act_date(next(t for t in sdoc if t.text == name), date)

    assert when("Obama in 2008 promised to close the camp.", "Obama") == "2008-07-01"
    assert when("Putin signed the treaty in 1998.", "Putin") == "1998-07-01"
    assert when("Back in 2005, Merkel met Bush in Washington.", "Merkel") == "2005-07-01"
    assert when("Obama will visit Iraq in 2013.", "Obama") == "2012-05-01"  # a later year: the story's day
    assert when("Obama criticized the 2008 decision.", "Obama") == "2012-05-01"
    assert when("Obama visited Iraq in 2008.", "Obama", None) is None


# -- a paramilitary force the organizations table codes as its state's military ---------------------------------------

def test_paramilitary_and_army_of_one_code_are_two_sides():
    assert event_tuples("The RSF attacked army positions in Khartoum.", "2023-06-01") == [
        ("SDNMIL", "190", "SDNMIL", "asserted")]
    assert event_tuples("Sudan's army attacked the Rapid Support Forces.", "2023-06-01") == [
        ("SDNMIL", "190", "SDNMIL", "asserted")]
    # conjoined as the subject of a mutual act they are two sides too, and one of them is no actor acting on itself
    assert event_tuples("The Sudanese army and the RSF clashed in Khartoum on Tuesday.", "2023-05-10") == [
        ("SDNMIL", "190", "SDNMIL", "asserted")]
    assert event_tuples("The army and the police clashed in Khartoum on Tuesday.", "2023-05-10") == [
        ("SDNMIL", "190", "SDNCOP", "asserted"), ("SDNCOP", "190", "SDNMIL", "asserted")]


def test_two_people_keeps_one_armed_actor_and_its_roles_as_one():
    from dyad.actor_index import ActorMention, two_people

    rsf = ActorMention(0, 1, 0, "SDNMIL", "Rapid Support Forces", "org")
    army = ActorMention(3, 4, 3, "SDNMIL", "Sudanese military", "role")
    police = ActorMention(3, 4, 3, "SDNCOP", "Sudanese police", "role")
    ministry = ActorMention(0, 1, 0, "SDNGOV", "Ministry of Interior", "org")
    government = ActorMention(3, 4, 3, "SDNGOV", "Sudanese government", "role")
    assert two_people(rsf, army) and two_people(army, rsf)
    assert not two_people(rsf, rsf)
    assert not two_people(army, army)
    assert not two_people(ministry, government)  # a ministry is its government
    assert not two_people(police, police)


def test_a_person_of_the_users_persons_file_is_not_read_as_a_town(tmp_path):
    import dataclasses

    from dyad.pipeline import Pipeline
    from dyad.settings import from_env

    (tmp_path / "persons.tsv").write_text("name\taliases\tcode\tfrom\tuntil\tnote\n"
                                          "Kenta Kushiro\t\tJPNGOV\t2015-01-01\t\t\n", encoding="utf-8")
    text = "Tehran dismissed Kushiro as weak."
    plain = Pipeline(dataclasses.replace(from_env(), dict_dir=None)).code(text, date="2020-05-01")
    assert any(p.text == "Kushiro" for p in plain.places)  # a town in Japan, with no one of that name known
    users = Pipeline(dataclasses.replace(from_env(), dict_dir=tmp_path)).code(text, date="2020-05-01")
    assert not any(p.text == "Kushiro" for p in users.places)

"""Pronouns of persons: a pronoun opening a sentence continues the subject of the sentence before; a subject
pronoun earlier in the sentence counts as its subject; an object pronoun stands for none of its clause's
(conjoined) subjects; a private person ("a steel worker", "an agent") is the one a pronoun stands for when named
nearest, so that it names no actor rather than a wrong one; an object "it" after a thing named as a subject is
that thing; "it" is no one person's office; a possessive in an apposition is not the person it is apposed to
(news-style sentences written for these tests)."""

from __future__ import annotations

import dyad


def refs(text, date="2016-05-01"):
    """(pronoun, the name of the actor it was resolved to), in order; pronouns left unresolved are not listed."""
    return [(m.text, m.name) for m in dyad.code(text, date=date).actors if m.kind == "pronoun"]


def test_a_pronoun_opening_a_sentence_continues_the_subject_before():
    got = refs("Talk radio host Rush Limbaugh accused Democrats of hiding their debates. He said voters do not know "
               "what Senator Bernie Sanders is saying. He blamed the news media.")
    assert ("He", "Bernie Sanders") not in got, got
    got = refs("Jay Carney, a former press secretary for President Barack Obama, now works for a retailer in "
               "Seattle. He declined to comment.")
    assert ("He", "Barack Obama") not in got, got
    # a possessive in the sentence's subject
    got = refs("Governor John Kasich met Prime Minister Benjamin Netanyahu in Jerusalem on Monday. Back in Ohio, his "
               "staff criticized the state legislature.")
    assert got == [("his", "John Kasich")], got


def test_the_official_named_before_is_still_the_pronoun():
    got = refs("Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva. He urged Russia to halt "
               "air strikes.")
    assert got == [("He", "John Kerry")], got
    got = refs("President Barack Obama met Prime Minister Narendra Modi on Monday. He praised the Indian leader.")
    assert got == [("He", "Barack Obama")], got
    got = refs("Prime Minister Theresa May met President Donald Trump in Washington. She told him the alliance "
               "mattered.", "2017-01-27")
    assert ("She", "Theresa May") in got and ("him", "Donald Trump") in got, got


def test_a_subject_pronoun_earlier_in_the_sentence_is_its_subject():
    got = refs("Governor John Kasich skipped the rally in Ohio. He visited Prime Minister Benjamin Netanyahu in "
               "Jerusalem, where he also met with local reporters.")
    assert got == [("He", "John Kasich"), ("he", "John Kasich")], got


def test_an_object_pronoun_is_none_of_its_clauses_conjoined_subjects():
    got = refs("Senator Tom Reed and Senator Bob Hall sent the complaint to the U.S. attorney in Boston, asking him "
               "to open an inquiry.")
    assert ("him", "Tom Reed") not in got and ("him", "Bob Hall") not in got, got
    # the one asked, named by name, stays the pronoun
    got = refs("Senator Tom Reed met Attorney General Loretta Lynch, urging her to open an inquiry.")
    assert got == [("her", "Loretta Lynch")], got


def test_a_private_person_who_tells_is_the_pronoun_he_or_she_of_the_clause_told():
    got = refs("Senator Bernie Sanders spoke at a rally in Toledo. A retired teacher said she would vote for "
               "Hillary Clinton.")
    assert got == [], got
    # a named candidate who tells stays the one told of
    got = refs("Senator Bernie Sanders spoke at a rally in Toledo. Sanders said he would vote against the bill.")
    assert got == [("he", "Bernie Sanders")], got


def test_a_private_person_named_nearer_is_the_object_pronoun():
    got = refs("Hillary Clinton toured a factory in Ohio. She threw a book at an agent on her security detail, "
               "hitting him on the head.")
    assert not any(p == "him" for p, _ in got), got
    got = refs("President Barack Obama met Prime Minister Narendra Modi on Monday and praised him.")
    assert ("him", "Narendra Modi") in got, got


def test_an_object_it_after_a_thing_named_as_a_subject_is_that_thing():
    got = refs("The Palestinians rejected talks until the freeze was due to expire, and Prime Minister Benjamin "
               "Netanyahu refused to extend it.", "2010-10-01")
    assert not any(p == "it" for p, _ in got), got
    got = refs("In Georgia, a religious-freedom bill faced dismal prospects after the state's governor said he would "
               "not support it.")
    assert not any(p == "it" for p, _ in got), got
    # a state that says what it will do is still its "it"
    got = refs("Russia said the ceasefire was holding and that it would send aid to Syria.")
    assert any(p == "it" and n == "Russia" for p, n in got), got


def test_a_possessive_in_an_apposition_is_not_the_person_it_is_apposed_to():
    got = refs("President Barack Obama met senators on Monday. Denis McDonough, his chief of staff, criticized "
               "Donald Trump.")
    assert got == [("his", "Barack Obama")], got


def test_given_names_tell_gender():
    got = refs("Secretary of State Hillary Clinton received a letter about a visit to Kiev by Chelsea Clinton and her "
               "husband.", "2012-06-01")
    assert ("her", "Hillary Clinton") not in got, got
    got = refs("Jay Carney met Hillary Clinton in Ohio. He praised her.")
    assert ("He", "Hillary Clinton") not in got and ("her", "Hillary Clinton") in got, got

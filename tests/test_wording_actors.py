"""One easy act with its source or target named in the ways wire copy names actors (tests/data/wording_actors.tsv):
titles with and without names, institutions by their own names, capitals and seats of government as metonyms,
demonyms and nationality adjectives, group nouns, international organisations and agencies, armed groups and their
backers, companies and media, persons known by the office held on the row's date, pronouns and definite references
across sentences, possessives, of-phrases and appositives. Each sentence must give an event of its code (two digits:
of that root), with the expected source, target and modality. Namings still coded wrongly are listed in the data
file's header."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import assert_coded_to_row, event_tuples, wording_rows

from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_actors.tsv"
ROWS = wording_rows(SENTENCES)


def test_actor_sentences_cover_namings_and_countries():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS if r["code"]} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"
    assert len(ROWS) >= 300
    states = {r["code"] for _, r in lexicon.read_tsv(lexicon.data_path("countries.tsv"))}
    countries = {c[:3] for r in ROWS for c in (r["source"], r["target"]) if c[:3] in states}
    assert len(countries) >= 60, sorted(countries)
    frames = Counter(r["frame"] for r in ROWS)
    assert len(frames) == 14 and min(frames.values()) >= 14, frames


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['frame']}-{r['code'] or r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_actor_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


def _events(text: str, date: str) -> list[tuple[str, str, str, str]]:
    return [(s, c, t or "-", m) for s, c, t, m in event_tuples(text, date)]


def _has(got, source: str, root: str, target: str) -> bool:
    return any(s.startswith(source) and c.startswith(root) and t.startswith(target) for s, c, t, _ in got)


# a surname of the persons file standing alone, which the recogniser left unmarked ("Meloni met ...") or took for a
# common noun ("Trump accused ..."), is the person, with the office held that day
@pytest.mark.parametrize("sentence,date,source,root,target", [
    ("Meloni met Zelenskiy in Rome on Tuesday.", "2024-06-12", "ITAGOV", "04", "UKRGOV"),
    ("Trump accused Iran of attacking the tanker.", "2019-06-20", "USAGOV", "11", "IRN"),
])
def test_surname_alone_is_the_person(sentence, date, source, root, target):
    got = _events(sentence, date)
    assert _has(got, source, root, target), got


# a full name of the persons file that the recogniser took for an organisation's is the person
def test_full_name_taken_for_an_organisation_is_the_person():
    got = _events("Tunisia's president met Giorgia Meloni in Tunis.", "2023-07-30")
    assert _has(got, "TUNGOV", "04", "ITAGOV"), got


# a title's own nationality word, not a place in a phrase the parser hung on the title, gives the person's country
def test_appositive_title_nationality_over_a_place_after_it():
    got = _events("Abdel Fattah al-Sisi, Egypt's president, met Olaf Scholz, the German chancellor, in Cairo.",
                  "2023-06-01")
    assert _has(got, "EGYGOV", "04", "DEUGOV"), got


# a former president between terms is a former office holder, then a candidate
@pytest.mark.parametrize("date,source", [("2022-01-15", "USAELI"), ("2024-03-10", "USAPTY")])
def test_former_president_between_terms(date, source):
    got = _events("Trump criticised Biden over the withdrawal from Afghanistan.", date)
    assert _has(got, source, "11", "USAGOV"), got


# "Turkey's Erdogan": a country with no title before a known name gives the office the person holds that day
def test_country_possessive_on_a_known_surname():
    got = _events("Turkey's Erdogan met Russia's Putin in Sochi.", "2023-05-01")
    assert _has(got, "TURGOV", "04", "RUSGOV"), got


# a backer joined by a hyphen ("Rwandan-backed", "UN-backed") owns no part of the actor and is no scene
@pytest.mark.parametrize("sentence,date,source,root,target", [
    ("Rwandan-backed rebels attacked Congolese troops.", "2023-06-01", "CODREB", "19", "CODMIL"),
    ("Iranian-sponsored militias attacked American troops in Syria.", "2023-06-01", "SYR", "19", "USAMIL"),
    ("Libya's UN-backed government criticised Turkey over the deal.", "2020-06-01", "LBYGOV", "11", "TUR"),
])
def test_backer_is_not_the_actor_s_country(sentence, date, source, root, target):
    got = _events(sentence, date)
    assert _has(got, source, root, target), got


# parliaments, outlets and companies by their own names
@pytest.mark.parametrize("sentence,source,root,target", [
    ("The Storting criticised Russia over the arrests.", "NORLEG", "11", "RUS"),
    ("Russian police detained a Bloomberg News reporter in Moscow.", "RUSCOP", "17", "USAMED"),
    ("China imposed sanctions on Boeing.", "CHN", "16", "USABUS"),
])
def test_bodies_outlets_and_companies_by_name(sentence, source, root, target):
    got = _events(sentence, "2023-06-01")
    assert _has(got, source, root, target), got

"""Nominal events (tests/data/wording_nouns.tsv): acts named by a noun, their source named by a possessive, a
by-phrase, a premodifier or the of-phrase of a withdrawal, their target by the noun's prepositions; nouns of acts a
verb names coded as that verb's object rows code their of-phrase ("the delivery of tanks": "deliver +tank"), and aid
named as a noun. Each sentence must give an asserted event of its code (two digits: of that root), with the expected
source and target. Wordings still coded wrongly are listed in the data file's header."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded, wording_rows

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_nouns.tsv"
ROWS = wording_rows(SENTENCES)


def test_noun_sentences_cover_roots():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS if r["code"]} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"
    roots = {(r["code"] or r["root"])[:2] for r in ROWS}
    assert len(roots) >= 15, sorted(roots)
    assert len(ROWS) >= 100


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code'] or r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_noun_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# the same nouns in their other senses, or aid and deliveries whose fate a verb tells: no event of the noun's root
@pytest.mark.parametrize("root,sentence", [
    ("07", "The delivery of the baby went smoothly at the district hospital."),
    ("07", "Parcel deliveries to rural areas slowed during the holidays."),
    ("07", "The evacuation of the office building took less than an hour."),
    ("03", "A pledge drive for the public radio station raised $40,000."),
    ("03", "Students recited the pledge of allegiance before class."),
    ("15", "The build-up of ice on the wings caused the crash."),
    ("15", "A build-up of pressure in the pipe burst the valve."),
    ("08", "The release of the report was delayed by a week."),
    ("08", "The lifting of heavy weights injured the athlete."),
    ("16", "The suspension of the striker by the club angered fans."),
    ("05", "The signing of the striker by the club was announced on Friday."),
    ("14", "The storming of the castle was the film's best scene."),
    ("07", "Aid to the region was debated in parliament for months."),
    ("07", "Japanese aid workers arrived in the capital on Monday."),
])
def test_noun_in_another_sense_is_no_event(root, sentence):
    assert_not_coded(root, sentence, "2023-05-10")


def _events(sentence: str) -> list[tuple[str, str, str]]:
    doc = dyad.code(sentence, date="2023-05-10")
    return [(e.source.code, e.code, e.target.code if e.target else "-") for e in doc.events]


# aid a verb tells the fate of is that verb's act, not a second act of giving it
@pytest.mark.parametrize("sentence,root", [
    ("The United States suspended part of its military aid to Egypt on Wednesday.", "16"),
    ("Washington withheld $300 million in military aid to Egypt.", "16"),
    ("Britain cut its development aid to Malawi by half.", "16"),
])
def test_aid_a_verb_tells_the_fate_of_is_not_given(sentence, root):
    got = _events(sentence)
    assert any(c.startswith(root) for _, c, _ in got), got
    assert not any(c.startswith("07") for _, c, _ in got), got


# the of-phrase of a verb's noun picks the verb's object row
@pytest.mark.parametrize("sentence,code", [
    ("Germany's delivery of air defence systems to Ukraine began on Monday.", "072"),
    ("Japan's delivery of humanitarian aid to Turkey continued for a third day.", "073"),
    ("The European Union's lifting of sanctions on Belarus came after the release of prisoners.", "085"),
    ("Iran's release of two French citizens was welcomed in Paris.", "0841"),
    ("Washington's suspension of military aid to Egypt followed the coup.", "1622"),
    ("Britain's severing of diplomatic ties with Iran came after the embassy attack.", "161"),
])
def test_verb_noun_takes_the_code_of_its_object_row(sentence, code):
    got = _events(sentence)
    assert any(c == code for _, c, _ in got), got


def test_build_up_is_one_token():
    doc = dyad.code("Russia's military build-up near Ukraine's border alarmed NATO.", date="2023-05-10")
    assert any(e.code == "154" and e.source.code.startswith("RUS") and e.target and e.target.code.startswith("UKR")
               for e in doc.events), [(e.source.code, e.code) for e in doc.events]

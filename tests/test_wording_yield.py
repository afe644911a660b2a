"""Wordings of CAMEO roots 07 (aid), 08 (yield), 09 (investigate), 13 (threaten) and 16 (reduce relations) as
different writers put them (tests/data/wording_yield.tsv): synonyms and phrasal verbs ("furnished", "ferried", "paid
out", "called back"), light verbs with their nouns ("imposed an asset freeze on", "placed sanctions on", "signed off on
a bailout"), nominal events, passives, relative clauses, conjoined actors, attribution tails, threats told as what the
other side will suffer ("would pay a heavy price"), and these acts planned, supposed, denied, asked for or refused.
Each sentence must give an event of its code (a two-digit code: of that root), with the expected source, target and
modality. Wordings still coded wrongly are listed at the end of the data file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row, assert_not_coded, wording_rows

import dyad
from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "wording_yield.tsv"
ROWS = wording_rows(SENTENCES)


def test_yield_sentences_cover_their_roots_with_known_codes():
    lex = lexicon.load()
    unknown = {r["code"] for r in ROWS if r["code"]} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"
    roots = [(r["code"] or r["root"])[:2] for r in ROWS]
    assert all(roots.count(root) >= 20 for root in ("07", "08", "09", "13", "16"))
    assert {r["modality"] for r in ROWS} == {"asserted", "future", "hypothetical", "negated", "requested"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code'] or r['root']}-{i}" for i, r in enumerate(ROWS)])
def test_yield_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)


# wordings near the rows these sentences brought in that are no such act: a search for survivors, a price paid in
# the past or by one's own side, a generation giving way to another, a bill withdrawn by its sponsor, and trucks
# that bring a storm's damage
NOT_ACTS = [
    ("09", "Turkish rescue workers searched the rubble of homes for survivors."),
    ("13", "Ukraine paid a heavy price for the war, the president said."),
    ("13", "Israel said its soldiers would pay a price for the failure."),
    ("08", "The old guard gave way to a new generation of leaders in Vietnam."),
    ("07", "The storm brought heavy rain to northern Vietnam."),
    ("09", "Kenyan police searched the area for the missing climbers."),
]


@pytest.mark.parametrize("code,sentence", NOT_ACTS, ids=[f"not-{c}-{i}" for i, (c, _) in enumerate(NOT_ACTS)])
def test_yield_rows_leave_other_senses_uncoded(code, sentence):
    assert_not_coded(code, sentence, "2016-07-20")


# what a speaker says another will suffer is a threat against it, by the speaker, whatever the verb of saying
@pytest.mark.parametrize("sentence,source,target", [
    ("China warned that Washington would pay a heavy price for arming Taiwan.", "CHN", "USA"),
    ("Iran said the United States would pay a heavy price if it attacked.", "IRN", "USA"),
    ("Moscow said Kyiv would face the consequences of the drone attacks.", "RUS", "UKR"),
])
def test_fate_told_of_another_is_a_threat(sentence, source, target):
    doc = dyad.code(sentence, date="2016-07-20")
    got = [(e.source.code, e.code, e.target.code if e.target else None, e.modality) for e in doc.events]
    assert any(s.startswith(source) and c.startswith("13") and (t or "").startswith(target) and m == "asserted"
               for s, c, t, m in got), got


# a release urged on someone is asked of it: the appeal and the requested release
def test_release_urged_is_requested_of_the_addressee():
    doc = dyad.code("The UN urged Iran to release the detained activists.", date="2016-07-20")
    got = [(e.source.code, e.code, e.modality) for e in doc.events]
    assert ("IGOUNO", "0253", "asserted") in got
    assert any(s.startswith("IRN") and c == "0841" and m == "requested" for s, c, m in got), got


# peacekeepers sent to a mission go to the country the mission serves
def test_peacekeepers_sent_to_a_mission_protect_its_country():
    doc = dyad.code("Nepal sent 800 peacekeepers to the UN mission in South Sudan.", date="2016-07-20")
    got = [(e.source.code, e.code, e.target.code if e.target else None) for e in doc.events]
    assert ("NPL", "074", "SSD") in got, got


# forces supplied with arms are the ones the arms go to
def test_forces_supplied_with_arms_receive_them():
    doc = dyad.code("Russia supplied the Syrian army with fighter jets.", date="2016-07-20")
    got = [(e.source.code, e.code, e.target.code if e.target else None) for e in doc.events]
    assert ("RUS", "072", "SYRMIL") in got, got


# an act one's own side would do on a condition, told with the speaker after it, is offered (03x), not a plan
def test_conditional_act_of_own_side_told_before_the_speaker_is_an_offer():
    doc = dyad.code("Sri Lanka's government would lift the curfew if the protests ended, the defence minister said.",
                    date="2016-07-20")
    got = [(e.source.code, e.code, e.modality) for e in doc.events]
    assert any(s.startswith("LKA") and c.startswith("03") and m == "asserted" for s, c, m in got), got
    doc = dyad.code("Egypt will host the talks, officials said.", date="2016-07-20")
    assert not any(e.code.startswith("03") for e in doc.events), [e.code for e in doc.events]


# an inquiry into reports, allegations or an incident looks into the act their clause tells
@pytest.mark.parametrize("sentence,code", [
    ("The UN is investigating reports that the army shelled a village near Idlib.", "093"),
    ("Kenya is looking into allegations that police tortured the suspects.", "092"),
    ("The Israeli army is investigating an incident in which a school in Gaza was hit.", "093"),
])
def test_inquiry_into_reports_takes_the_reported_act(sentence, code):
    doc = dyad.code(sentence, date="2016-07-20")
    assert any(e.code == code for e in doc.events), [(e.code, e.modality) for e in doc.events]


# access given to inspectors or aid workers lets in the involvement they stand for
@pytest.mark.parametrize("sentence,code", [
    ("Iran granted IAEA inspectors access to the enrichment site.", "0862"),
    ("Myanmar gave aid workers access to Rakhine state.", "0863"),
])
def test_access_given_takes_the_kind_of_those_let_in(sentence, code):
    doc = dyad.code(sentence, date="2016-07-20")
    assert any(e.code == code and e.modality == "asserted" for e in doc.events), [e.code for e in doc.events]


# the parser may hang a passive verb's own "of" phrase on the agent's name, or a handover's "to" on the relative
# clause that tells how the thing was taken
@pytest.mark.parametrize("sentence,source,code,target", [
    ("Iran was warned by Washington of severe consequences.", "USA", "130", "IRN"),
    ("Turkey returned the fishing boat it had seized to Greece.", "TUR", "0842", "GRC"),
])
def test_misattached_phrases_keep_their_verb(sentence, source, code, target):
    doc = dyad.code(sentence, date="2016-07-20")
    got = [(e.source.code, e.code, e.target.code if e.target else None) for e in doc.events]
    assert any(s.startswith(source) and c == code and (t or "").startswith(target) for s, c, t in got), got

"""The quotes stage: direct, indirect and mixed quotes, speakers, cue verbs, carried-over speakers; odd marks never
crash or swallow an article."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dyad
from dyad.quotes import find_quotes


def test_quotes_said_after_quote_with_pronoun_speaker():
    doc = dyad.code('Russian Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n'
                    '"We will not accept any ultimatum from the West," he said.', date="2019-02-04")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.speaker.name == "Sergei Lavrov" and q.speaker.code == "RUSGOV" and q.cue == "said"


def test_quotes_said_name_after_quote():
    doc = dyad.code('"The border will stay open to traders," said Kenyan Trade Minister Mary Otieno.',
                    date="2019-02-04")
    assert doc.quotes[0].speaker.name == "Mary Otieno"


def test_quotes_colon_before_quote():
    doc = dyad.code('Opposition leader Ana Ruiz said: "We will keep marching until our voices are heard."',
                    date="2019-02-04")
    assert doc.quotes[0].speaker.name == "Ana Ruiz"


def test_quotes_next_paragraph_without_cue_keeps_speaker():
    doc = dyad.code('Georgian President Mikheil Saakashvili spoke in Tbilisi.\n\n'
                    '"We will defend our territory," he said.\n\n'
                    '"Nobody will take it from us by force."', date="2008-08-20")
    assert [q.speaker.name for q in doc.quotes] == ["Mikheil Saakashvili", "Mikheil Saakashvili"]


def test_quotes_curly_and_guillemets():
    text = "« Nous ne céderons pas », a-t-il dit. “This is a turning point for the region,” she said."
    spans = find_quotes(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans] == ["Nous ne céderons pas", "This is a turning point for the region,"]


def test_quotes_unclosed_mark_closes_at_paragraph_end():
    text = 'He said "this never ends\n\nThe next paragraph is plain text.'
    paras = [(0, 24), (26, len(text))]
    spans = find_quotes(text, paras)
    assert spans == [(9, 24)]


def _one(text, date="2019-02-04"):
    doc = dyad.code(text, date=date)
    return doc, doc.quotes


def test_quotes_straight_marks_said_after():
    doc, qs = _one('Kenya\'s Foreign Minister Mary Otieno met her counterpart in Nairobi.\n\n'
                   '"We will not close the border to traders," Otieno said on Tuesday.')
    assert len(qs) == 1 and qs[0].kind == "direct" and qs[0].cue == "said"
    assert qs[0].text == "We will not close the border to traders,"
    assert qs[0].speaker.name == "Mary Otieno" and qs[0].speaker.code == "KENGOV"  # fullest name, actor code


def test_quotes_guillemets_and_low_high_marks():
    text = "« Nous ne céderons pas », a-t-il dit. „Wir geben nicht auf“, sagte er. »Wir bleiben«, sagte sie."
    spans = find_quotes(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans] == ["Nous ne céderons pas", "Wir geben nicht auf", "Wir bleiben"]
    doc, qs = _one("« We will never give up the fight for our land », said opposition leader Ana Ruiz.")
    assert qs[0].text == "We will never give up the fight for our land" and qs[0].speaker.name == "Ana Ruiz"


def test_quotes_single_inside_double():
    text = "\"They told us 'never again' and we believed them,\" said Ana Ruiz."
    spans = find_quotes(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans] == ["They told us 'never again' and we believed them,"]
    doc, qs = _one("“They told us ‘never again’ and we believed them,” said opposition leader Ana Ruiz.")
    assert len(qs) == 1 and "‘never again’" in qs[0].text and qs[0].speaker.name == "Ana Ruiz"


def test_quotes_doubled_apostrophes():
    text = "''The deal is done,'' the minister said, and Bob's ''plan'' was not."
    assert [text[s:e] for s, e in find_quotes(text, [(0, len(text))])] == ["The deal is done,", "plan"]


def test_quotes_over_several_paragraphs():
    text = ('Thousands of people marched through the capital on Monday for the fourth week running.\n\n'
            'Opposition leader Ana Ruiz told the crowd:\n\n'
            '“We have marched for a month and we will march for another.\n\n'
            '“Nobody will silence the people of this country,” she said.\n\n'
            'The rally ended at dusk.')
    doc, qs = _one(text)
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("We have marched") and q.text.endswith("of this country,")
    assert q.speaker.name == "Ana Ruiz"


def test_quotes_multi_paragraph_needs_an_opening_mark():
    text = 'He said "this never ends\n\nThe next paragraph is plain text with a "quote" in it.'
    paras = [(0, 24), (26, len(text))]
    assert find_quotes(text, paras)[0] == (9, 24)
    # a quote left open in its last paragraph closes there, each paragraph on its own
    text = '"First part\n\n"second part'
    assert find_quotes(text, [(0, 11), (13, len(text))]) == [(1, 11), (14, len(text))]


def test_quotes_dash_name_after_quote():
    doc, qs = _one("“Trade is the only way out of poverty for our farmers.” ― Mary Otieno\n\n"
                   "“The border must stay open to everyone.” - Ana Ruiz")
    assert [q.speaker.name for q in qs] == ["Mary Otieno", "Ana Ruiz"]


def test_quotes_name_colon_before_quote():
    doc, qs = _one('At the rally, Ana Ruiz: "We will keep marching until our voices are heard."')
    assert qs[0].speaker.name == "Ana Ruiz" and qs[0].cue == ":"


def test_quotes_said_name_then_quote_continues():
    doc, qs = _one('"The border is closed to traders," said Kenyan Trade Minister Mary Otieno, '
                   '"and it will stay closed until the talks resume."')
    assert len(qs) == 2 and all(q.speaker.name == "Mary Otieno" for q in qs)
    assert all(q.cue == "said" for q in qs)


def test_quotes_no_cue_quote_continues_previous_speaker():
    doc, qs = _one("Opposition leader Ana Ruiz spoke in Caracas on Monday.\n\n"
                   "“We will keep marching,” she said.\n\n"
                   "“The government cannot stop the people forever.”")
    assert [q.speaker.name for q in qs] == ["Ana Ruiz", "Ana Ruiz"]


def test_quotes_scare_quotes_without_a_speaker_are_dropped():
    doc, qs = _one("The so-called “peace dividend for the region” never arrived in the border towns.")
    assert qs == []


def test_quotes_indirect_said_that():
    doc, qs = _one("Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would not accept new sanctions.")
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "indirect" and q.cue == "said" and q.text == "that Moscow would not accept new sanctions"
    assert q.speaker.name == "Sergei Lavrov" and q.speaker.code == "RUSGOV"


def test_quotes_indirect_without_that():
    doc, qs = _one("The French foreign minister warned the talks could collapse within days.")
    assert len(qs) == 1 and qs[0].kind == "indirect" and qs[0].cue == "warned"
    assert qs[0].text == "the talks could collapse within days" and qs[0].speaker.code == "FRAGOV"


def test_quotes_according_to():
    doc, qs = _one("According to Kenyan Trade Minister Mary Otieno, the border will reopen next week.")
    assert len(qs) == 1 and qs[0].cue == "according to" and qs[0].kind == "indirect"
    assert qs[0].text == "the border will reopen next week" and qs[0].speaker.name == "Mary Otieno"
    doc, qs = _one("The border will reopen next week, according to Kenyan Trade Minister Mary Otieno.")
    assert qs[0].text == "The border will reopen next week" and qs[0].speaker.name == "Mary Otieno"


def test_quotes_mixed_partial_quote_in_reported_speech():
    doc, qs = _one('Opposition leader Ana Ruiz said the new law was "a disgrace to the republic" and vowed to fight it.')
    mixed = [q for q in qs if q.kind == "mixed"]
    assert len(mixed) == 1 and mixed[0].speaker.name == "Ana Ruiz"
    assert mixed[0].text.startswith("the new law was") and '"a disgrace to the republic"' in mixed[0].text
    assert not [q for q in qs if q.kind == "direct"]  # the partial quote is folded into the mixed one


def test_quotes_directive_and_intent():
    doc, qs = _one("Kenyan Trade Minister Mary Otieno urged traders to stay calm. She vowed to reopen the border.")
    assert [(q.cue, q.text) for q in qs] == [("urged", "traders to stay calm"), ("vowed", "to reopen the border")]
    assert [q.speaker.name for q in qs] == ["Mary Otieno", "Mary Otieno"]


def test_quotes_pronoun_speaker_keeps_its_span_and_shows_the_person():
    text = 'Russian Foreign Minister Sergei Lavrov spoke in Moscow.\n\n"We will not accept any ultimatum," he said.'
    doc, qs = _one(text)
    sp = qs[0].speaker
    assert text[sp.start:sp.end] == "he" and sp.name == "Sergei Lavrov"


def test_quotes_unattributed_noun_phrase_speaker():
    doc, qs = _one('"The water is not safe to drink," a spokesman for the city utility said.')
    assert qs[0].speaker.text == "a spokesman for the city utility" and qs[0].speaker.code is None


@pytest.mark.parametrize("text", [
    'He said "unbalanced and never closed', '"""', "«»«", '„ “ ” "', '"a" "b\n\n"c', "''", "'' ''x",
    'She said: "\n\n"\n\n"', "» end",
])
def test_quotes_odd_marks_code_without_error(text):
    doc = dyad.code(text + " The minister said the talks would go on.")
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


def _paras(text):
    paras = []
    pos = 0
    for part in text.split("\n"):
        if part:
            paras.append((pos, pos + len(part)))
        pos += len(part) + 1
    return paras


MARKS = '"“”«»„\''


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "“”«»„\'‘’\n.,')), max_size=200))
def test_quotes_odd_marks_never_crash_or_swallow(text):
    for s, e in find_quotes(text, _paras(text)):
        assert 0 <= s < e <= len(text)
        if "\n" in text[s:e]:
            # only a genuine quotation over several paragraphs: each later paragraph opens with a mark, and a
            # mark closes it
            for line in text[s:e].split("\n")[1:]:
                assert not line or line.lstrip()[:1] in MARKS
            assert text[e:].lstrip(" \t")[:1] in MARKS  # closed by a mark (content is trimmed of spaces)


def test_quotes_transcript_turns():
    doc, qs = _one("Vice presidential candidate Mike Pence spoke to Fox News on Sunday.\n\n"
                   "WALLACE: Will the debate go ahead as planned next week?\n\n"
                   "PENCE: Well, look, we expect it to go ahead and we are ready for it.\n\n"
                   "UPDATE: This story has been updated.")
    turns = [q for q in qs if q.cue == ":"]
    assert [(q.speaker.text, q.speaker.name, q.text) for q in turns] == [
        ("WALLACE", "Wallace", "Will the debate go ahead as planned next week?"),
        ("PENCE", "Mike Pence", "Well, look, we expect it to go ahead and we are ready for it.")]


def test_quotes_parenthetical_said_inside_reported_speech():
    doc, qs = _one("The talks, Kenyan Trade Minister Mary Otieno said, will resume in Nairobi next month.")
    assert len(qs) == 1 and qs[0].kind == "indirect" and qs[0].cue == "said"
    assert qs[0].text.startswith("The talks") and qs[0].text.endswith("next month")
    assert qs[0].speaker.name == "Mary Otieno"


def test_quotes_object_of_a_naming_verb_with_partial_quote():
    doc, qs = _one('Opposition leader Ana Ruiz called the new law "a disgrace to the republic" on Monday.')
    assert len(qs) == 1 and qs[0].kind == "mixed" and qs[0].cue == "called"
    assert qs[0].text.startswith("the new law")


def test_quotes_complement_stops_before_a_non_restrictive_clause():
    doc, qs = _one("Kenyan Trade Minister Mary Otieno said the border would reopen on Monday, "
                   "which traders welcomed after weeks of losses.")
    assert qs[0].text == "the border would reopen on Monday"


def test_quotes_continuation_needs_the_same_mark():
    text = '"First paragraph of a quoted article\n\n“A new quote,” she said.'
    spans = find_quotes(text, [(0, 36), (38, len(text))])
    assert [text[s:e] for s, e in spans] == ["First paragraph of a quoted article", "A new quote,"]


def test_quotes_speaker_beside_the_quote_when_the_parse_misses_it():
    doc, qs = _one("Retired general Michael Flynn spoke on Thursday.\n\n"
                   "“He is absolutely right about the generals,” Flynn, a top campaign surrogate, said on Thursday "
                   "on the “Fox and Friends” show. “There is a lot of frustration within the ranks.”")
    assert [q.text for q in qs] == ["He is absolutely right about the generals,",
                                    "There is a lot of frustration within the ranks."]  # not the show's title
    assert all(q.speaker is not None and q.speaker.name == "Michael Flynn" for q in qs)


WORDS = ["The minister", "said", "he", "warned", "that", "talks", "could collapse", "according to", "officials",
         ",", ".", ":", " - ", "\n\n", '"', "“", "”", "«", "»", "„", "''", "‘", "’"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_quotes_random_marks_through_the_pipeline(parts):
    text = "Officials met in Geneva on Monday to discuss the ceasefire. " + " ".join(parts)
    doc = dyad.code(text)
    multi = [(s, e) for s, e in find_quotes(doc.text, doc.paragraphs) if "\n" in doc.text[s:e]]
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text and q.kind in ("direct", "indirect", "mixed")
        if "\n" in q.text:  # only where a genuine quotation runs over several paragraphs
            assert any(s < q.end and q.start < e for s, e in multi)


def test_quotes_participle_after_object_takes_the_main_subject():
    doc, qs = _one("Both Russian houses of parliament have backed Georgian separatists, urging the Kremlin to "
                   "recognize the rebel regions as independent states.", date="2008-08-25")
    urging = [q for q in qs if q.cue == "urging"]
    assert urging and urging[0].speaker.code == "RUSLEG"
    assert urging[0].text == "the Kremlin to recognize the rebel regions as independent states"


def test_quotes_an_empty_pair_of_marks_opens_no_continuation():
    text = '"a\n" "'
    assert [text[s:e] for s, e in find_quotes(text, _paras(text))] == ["a"]


def test_fullest_names_are_unique_or_left_alone():
    # a surname two people of the document share is not expanded to either (and the choice never depends on the
    # order a set happens to iterate in)
    from types import SimpleNamespace

    from dyad.quotes import _fullest_names

    people = ["Scott", "Bobby Scott", "Tim Scott", "Kaine", "Tim Kaine", "Pence"]
    index = SimpleNamespace(mentions=[SimpleNamespace(kind="person", person=p) for p in people])
    assert _fullest_names(index) == {"Scott": "Scott", "Bobby Scott": "Bobby Scott", "Tim Scott": "Tim Scott",
                                     "Kaine": "Tim Kaine", "Tim Kaine": "Tim Kaine", "Pence": "Pence"}

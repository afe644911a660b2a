"""The quotes stage: direct quotes, speakers, cue verbs, carried-over speakers; odd marks never crash."""

from __future__ import annotations

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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "“”«»„\n.,')), max_size=200))
def test_quotes_odd_marks_never_crash_or_swallow(text):
    paras = []
    pos = 0
    for part in text.split("\n"):
        if part:
            paras.append((pos, pos + len(part)))
        pos += len(part) + 1
    for s, e in find_quotes(text, paras):
        assert 0 <= s < e <= len(text)
        assert "\n" not in text[s:e]  # never runs past its paragraph

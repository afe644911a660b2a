"""Tone on GDELT's AvgTone scale: 100 * (positive - negative words) / all words, words judged by VADER."""

from __future__ import annotations

import pytest

import dyad
from dyad.document import Document
from dyad.tone import score, text_tone, tone_of, word_counts


def test_tone_counts_words_by_vader_valence():
    # "great" and "success" are positive in VADER's lexicon; the other four words are not rated
    assert word_counts("The talks were a great success.") == (2, 0, 6)
    assert text_tone("The talks were a great success.") == pytest.approx(100 * 2 / 6, abs=1e-3)
    # "rebels", "killed", "brutal" and "attack" are all negative
    assert word_counts("Rebels killed ten villagers in a brutal attack.") == (0, 4, 8)
    assert text_tone("Rebels killed ten villagers in a brutal attack.") == -50.0


def test_tone_negation_flips_a_word_not_its_count():
    assert word_counts("Russia attacked Georgia.")[1] == 1
    assert word_counts("Russia did not attack Georgia.") == (1, 0, 5)


def test_tone_neutral_and_empty():
    assert text_tone("The committee met in Geneva on Tuesday.") == 0.0
    assert word_counts("") == (0, 0, 0)
    assert text_tone("   ") is None
    assert tone_of(0, 0, 0) is None
    assert tone_of(1, 3, 10) == -20.0


def test_tone_document_pools_its_sentences_and_events_take_their_sentence():
    text = "The talks were a great success. The committee met in Geneva on Tuesday."
    doc = Document(text=text, sentences=[(0, 31), (32, len(text))])
    score(doc)
    # 2 positive words of 6 + 7 words: the document's ratio, not the mean of the sentences' ratios
    assert doc.tone == pytest.approx(100 * 2 / 13, abs=1e-3)


def test_tone_skipped_document_has_none():
    doc = Document(text="Le parlement a soutenu les séparatistes.", skipped="language fr", sentences=[(0, 40)])
    assert score(doc).tone is None


def test_tone_pipeline_fills_document_and_event_tone():
    text = ("Rebels killed ten villagers in a brutal attack on Monday, officials in Kenya said.\n\n"
            "Kenya and Uganda signed a trade agreement in Kampala.")
    doc = dyad.code(text, date="2024-03-12")
    assert doc.tone is not None and doc.tone < 0
    assert doc.to_dict()["tone"] == doc.tone
    assert doc.events
    for e in doc.events:
        start, end = doc.sentences[e.sentence]
        assert e.tone == text_tone(doc.text[start:end])
        assert e.to_dict()["tone"] == e.tone
    assert Document.from_dict(doc.to_dict()).to_dict() == doc.to_dict()

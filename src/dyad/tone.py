"""Tone: how positive or negative a document and each of its sentences reads, on GDELT's AvgTone scale.

GDELT defines an article's tone as ``(positive words - negative words) / all words * 100``: -100 (every word
negative) to +100 (every word positive), news typically between -10 and +10, 0 neutral or balanced. dyad computes
exactly that ratio, with vaderSentiment (a lexicon-based scorer that runs offline, from the lexicon file its
package ships) deciding which words are positive and which negative:

- Each sentence is scored on its own, as VADER is built to score sentences. VADER gives every word a valence
  from its lexicon (7,500 rated words and emoticons) after its rules: a negation before a word flips its sign
  ("did not attack" makes "attack" positive, "not good" makes "good" negative), intensifiers and capitals change
  only its strength, and a "but" weighs the words after it more heavily (strength again, not sign).
- A word with valence above 0 counts as one positive word, below 0 as one negative word, whatever its strength;
  every other word (VADER's word tokens: punctuation dropped, contractions kept whole) counts in the total only.
- A sentence's tone is ``100 * (positive - negative) / words`` over its words; the document's tone is the same
  ratio over all its sentences' words together (so long sentences weigh more, as in GDELT's per-article count).

VADER's ``compound`` score (a squashed sum of valences, -1..+1) and its ``pos``/``neg`` shares (each word weighted
by its strength) are not used: neither is a word count, so neither is on GDELT's scale.
"""

from __future__ import annotations

from functools import lru_cache

from .document import Document

DECIMALS = 3


def _analyzer():
    """A VADER analyzer whose ``polarity_scores`` returns each word's valence after VADER's rules."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    class WordValences(SentimentIntensityAnalyzer):
        # polarity_scores computes every word's valence, applies its negation and "but" rules, then passes the
        # list to score_valence to sum; returning the list unsummed gives the per-word valences
        def score_valence(self, sentiments, text):  # noqa: ARG002 - VADER's signature
            return list(sentiments)

    return WordValences()


@lru_cache(maxsize=1)
def _valences():
    return _analyzer()


def word_counts(text: str) -> tuple[int, int, int]:
    """(positive words, negative words, all words) of one sentence, by VADER's valences.

    >>> word_counts("Russia did not attack Georgia.")   # the negation turns "attack" positive
    (1, 0, 5)
    """
    if not text.strip():
        return 0, 0, 0
    valences = _valences().polarity_scores(text)
    return sum(v > 0 for v in valences), sum(v < 0 for v in valences), len(valences)


def tone_of(positive: int, negative: int, words: int) -> float | None:
    """GDELT's AvgTone from word counts: ``100 * (positive - negative) / words``; None for no words."""
    if words <= 0:
        return None
    return round(100.0 * (positive - negative) / words, DECIMALS)


def text_tone(text: str) -> float | None:
    """The tone of a text scored as one sentence.

    >>> text_tone("The talks were a great success.")
    33.333
    """
    return tone_of(*word_counts(text))


def score(doc: Document) -> Document:
    """Tone stage: reads ``doc.text`` and ``doc.sentences`` (from parse) and the events' sentence indexes;
    fills ``doc.tone`` and each event's ``tone`` (the tone of its sentence). A document that was not coded
    (``skipped``) or has no sentences keeps ``tone`` None."""
    if doc.skipped or not doc.sentences:
        return doc
    counts = [word_counts(doc.text[start:end]) for start, end in doc.sentences]
    doc.tone = tone_of(sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))
    for event in doc.events:
        if 0 <= event.sentence < len(counts):
            event.tone = tone_of(*counts[event.sentence])
    return doc

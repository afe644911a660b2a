"""The quotes stage: direct quotations -> speaker, cue verb and content span.

Reads the text, the parse and the actors stage's mentions; fills ``Document.quotes``. Quotation marks are paired
within a paragraph (straight, curly, guillemets, low-high); an opening mark left unclosed at a paragraph's end closes
there, so an odd mark never swallows the rest of an article. The speaker is the subject of a speech verb next to the
quote ("..., he said", "said X", "X said: ..."); a pronoun is the person the actors stage resolved it to. A quote
with no cue that follows a quoted paragraph continues that paragraph's speaker.
"""

from __future__ import annotations

from .actors import ActorIndex, Actors
from .document import Document, Quote
from .lexicon import data_path, read_tsv

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "‟": "”", "»": "«"}
MIN_WORDS = 3


def _cue_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for _, r in read_tsv(data_path("cue_verbs.tsv")))


class Quotes:
    def __init__(self, actors: Actors):
        self.actors = actors
        self.cues = _cue_verbs()

    def __call__(self, doc: Document, sdoc) -> Document:
        index: ActorIndex = sdoc.user_data.get("dyad.actors") or ActorIndex()
        spans = find_quotes(doc.text, doc.paragraphs or [(0, len(doc.text))])
        quotes: list[Quote] = []
        prev: Quote | None = None
        prev_para = None
        for start, end in spans:
            content = doc.text[start:end]
            if len(content.split()) < MIN_WORDS:
                continue
            para = _paragraph_of(doc.paragraphs, start)
            speaker, cue = self._attribute(sdoc, index, doc, start, end, para)
            if speaker is None and cue is None and prev is not None and prev_para is not None:
                # a quote with no cue in the paragraph after (or the same paragraph as) a quote keeps its speaker
                if para == prev_para or (para is not None and _next_paragraph(doc, prev_para) == para):
                    speaker, cue = prev.speaker, prev.cue
            q = Quote(speaker, cue, "direct", content, start, end, doc.sentence_of(start))
            quotes.append(q)
            prev, prev_para = q, para
        doc.quotes = quotes
        return doc

    def _attribute(self, sdoc, index: ActorIndex, doc: Document, start: int, end: int, para):
        """Speaker and cue of the quote at [start, end): a speech verb outside the marks, in the same sentence or
        paragraph, nearest to the quote."""
        p_start, p_end = para if para else (0, len(doc.text))
        candidates = []
        for tok in sdoc.char_span(p_start, p_end, alignment_mode="expand") or []:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in self.cues:
                continue
            if start - 1 <= tok.idx < end + 1:
                continue  # inside the quote
            dist = tok.idx - end if tok.idx >= end else start - (tok.idx + len(tok))
            candidates.append((dist, tok))
        for _, verb in sorted(candidates, key=lambda x: x[0]):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not (start <= c.idx < end):
                    m = index.at(c.i)
                    if m is None:
                        return None, verb.text
                    return self.actors.evidence(m.antecedent or m if m.kind == "pronoun" else m, sdoc, doc), verb.text
            return None, verb.text
        # "... ," - Name  /  Name: "..."
        return None, None


def _paragraph_of(paragraphs, offset: int):
    for p in paragraphs:
        if p[0] <= offset < p[1]:
            return p
    return None


def _next_paragraph(doc: Document, para):
    try:
        i = doc.paragraphs.index(para)
    except ValueError:
        return None
    return doc.paragraphs[i + 1] if i + 1 < len(doc.paragraphs) else None


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content spans (without marks) of the quotations in ``text``. Marks pair within a paragraph; an unclosed mark
    closes at the paragraph's end. Never raises, whatever the marks."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        i = p_start
        while i < p_end:
            ch = text[i]
            close = OPEN_CLOSE.get(ch)
            if close is None or (ch == "»" and "«" not in text[i:p_end]):
                i += 1
                continue
            j = text.find(close, i + 1, p_end)
            if j == -1:
                content = (i + 1, p_end)
                i = p_end
            else:
                content = (i + 1, j)
                i = j + 1
            s, e = content
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
    return out

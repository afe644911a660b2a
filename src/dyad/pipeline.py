"""Runs the stages in order, batching texts through spaCy.

extract -> parse -> places (found) -> actors -> events -> quotes -> places (events located) -> tone. Places are
found before the actors so that a literal place named as a target codes as its country. Documents that are empty or
not in a coded language skip the parse and are returned with ``skipped`` set.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import tone
from .actors import Actors
from .document import Document
from .errors import InputError
from .events import Events
from .extract import extract
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .parse import parse
from .parse_repairs import mend_object_clauses
from .petrarch_dict import discard_events
from .quotes import Quotes
from .settings import Settings, from_env


@dataclass(slots=True)
class Item:
    """One input to code: raw content with what the caller knows of it."""

    content: str | bytes
    id: str | None = None
    kind: str | None = None  # html | text | None (sniffed)
    date: str | None = None
    url: str | None = None
    default_date: str | None = None  # used only where the page gives no date (a crawl date)


def as_item(obj) -> Item:
    """A str (text or HTML) or a dict with id, text or html, date, url -> Item."""
    if isinstance(obj, Item):
        return obj
    if isinstance(obj, (str, bytes)):
        return Item(obj)
    if isinstance(obj, dict):
        if obj.get("html") is not None:
            return Item(obj["html"], obj.get("id"), "html", obj.get("date"), obj.get("url"))
        if obj.get("text") is not None:
            return Item(obj["text"], obj.get("id"), "text", obj.get("date"), obj.get("url"))
        raise InputError(f"item {obj.get('id', '?')}: needs a 'text' or 'html' field")
    raise InputError(f"cannot code an item of type {type(obj).__name__}")


class Pipeline:
    """The coding pipeline, built once (model, lexicon, gazetteer) and applied to many documents."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or from_env()

    # the stages are built on first use: a process that only extracts, or hands coding to worker processes,
    # never loads the lexicon, the gazetteer or the model
    @functools.cached_property
    def lexicon(self) -> Lexicon:
        return load_lexicon(self.settings.dict_dir, self.settings.dict_only)

    @functools.cached_property
    def actors(self) -> Actors:
        return Actors(self.lexicon)

    @functools.cached_property
    def events(self) -> Events:
        return Events(self.lexicon, self.actors)

    @functools.cached_property
    def quotes(self) -> Quotes:
        return Quotes(self.actors)

    @functools.cached_property
    def places(self):
        from .places import Places

        return Places(self.settings, lexicon=self.lexicon)

    def extract(self, item: Item) -> Document:
        doc = extract(item.content, kind=item.kind, url=item.url, date=item.date, settings=self.settings,
                      default_date=item.default_date)
        doc.source_id = item.id
        return doc

    def code_documents(self, docs: Iterable[Document], batch_size: int | None = None,
                       isolate: bool = False) -> Iterator[Document]:
        """Parse and code already-extracted documents, in their order; skipped ones pass through uncoded. With
        ``isolate``, a fault in one document's coding marks it skipped (``error: coding failed: ...``, as the
        workers report it) and the rest go on; without, it is raised (the workers re-code such a chunk one by
        one)."""
        pending: list[Document] = []
        for doc in docs:
            pending.append(doc)
            if len(pending) >= (batch_size or self.settings.batch_size) * 4:
                yield from self._code_batch(pending, batch_size, isolate)
                pending = []
        if pending:
            yield from self._code_batch(pending, batch_size, isolate)

    def _code_batch(self, docs: list[Document], batch_size: int | None, isolate: bool = False) -> Iterator[Document]:
        to_parse = [d for d in docs if not d.skipped and d.text.strip()]
        for doc, sdoc in parse(to_parse, self.settings.spacy_model, batch_size or self.settings.batch_size):
            try:
                self.code_parsed(doc, sdoc)
            except Exception as exc:  # noqa: BLE001 - one document's fault, reported on it, must not stop the rest
                if not isolate:
                    raise
                doc.events, doc.quotes, doc.places, doc.actors = [], [], [], []
                doc.skipped = f"error: coding failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
        yield from docs

    def code_parsed(self, doc: Document, sdoc) -> Document:
        """Run the coding stages on one parsed document."""
        # "demanded that Israel halt hostilities" read as one noun: mended before any stage reads the parse
        mend_object_clauses(sdoc, self.lexicon.verbs)
        self.places.find_places(doc, sdoc)
        self.actors(doc, sdoc)
        self.events(doc, sdoc)
        if self.lexicon.discards:
            discard_events(doc, self.lexicon.discards)
        self.quotes(doc, sdoc)
        self.places.locate_events(doc)
        tone.score(doc)
        return doc

    def code(self, content, date: str | None = None, url: str | None = None) -> Document:
        item = as_item(content)
        item.date = date or item.date
        item.url = url or item.url
        return next(self.code_documents([self.extract(item)]))

    def code_many(self, items: Iterable, batch_size: int = 64, n_process: int = 1) -> Iterator[Document]:
        """Code many items in batches, in their order. An item that cannot be read yields a Document with empty
        text and ``skipped`` set to the one-line reason, so a batch never stops for one bad item.

        ``n_process`` > 1 extracts and codes in that many worker processes (see ``dyad.workers``), each loading
        the pipeline once; items are read lazily and only a few chunks are in flight at a time.
        """
        if n_process > 1:
            yield from self._code_many_in_workers(items, n_process)
            return

        def extracted():
            for obj in items:
                try:
                    yield self.extract(as_item(obj))
                except InputError as exc:
                    yield Document(text="", source_id=_item_id(obj), skipped=f"error: {exc}")

        yield from self.code_documents(extracted(), batch_size, isolate=True)

    def _code_many_in_workers(self, items: Iterable, n_process: int) -> Iterator[Document]:
        from .workers import chunked, code_chunks

        def chunks():
            for group in chunked(items, _item_size):
                ready: list[Item] = []
                unreadable: dict[int, str] = {}
                for i, obj in enumerate(group):
                    try:
                        ready.append(as_item(obj))
                    except InputError as exc:
                        unreadable[i] = str(exc)
                yield (group, unreadable), ready

        for (group, unreadable), outcomes in code_chunks(chunks(), self.settings, n_process):
            coded = iter(outcomes)
            for i, obj in enumerate(group):
                if i in unreadable:
                    yield Document(text="", source_id=_item_id(obj), skipped=f"error: {unreadable[i]}")
                    continue
                out = next(coded)
                if out.doc is not None:
                    yield out.doc
                else:
                    yield Document(text="", source_id=_item_id(obj), skipped=f"error: {out.message}")


def _item_id(obj) -> str | None:
    if isinstance(obj, Item):
        return obj.id
    return obj.get("id") if isinstance(obj, dict) else None


def _item_size(obj) -> int:
    if isinstance(obj, Item):
        obj = obj.content
    elif isinstance(obj, dict):
        obj = obj.get("html") or obj.get("text")
    return len(obj) if isinstance(obj, (str, bytes)) else 0


_DEFAULT: dict[Settings, Pipeline] = {}


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    settings = settings or from_env()
    if settings not in _DEFAULT:
        _DEFAULT[settings] = Pipeline(settings)
    return _DEFAULT[settings]

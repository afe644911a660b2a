"""dyad: political event data from raw news pages.

    import dyad
    doc = dyad.code(text_or_html, date="2008-08-25", url=None)
    doc.events, doc.quotes, doc.places, doc.actors, doc.to_dict()
    for doc in dyad.code_many(items, batch_size=64, n_process=1): ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .document import Document, Event, Location, Mention, Place, Quote, Span
from .errors import DyadError, InputError

__all__ = ["code", "code_many", "Document", "Event", "Mention", "Quote", "Place", "Location", "Span",
           "DyadError", "InputError"]
__version__ = "0.1.0"


def code(text_or_html: str | bytes, date: str | None = None, url: str | None = None) -> Document:
    """Code one article (plain text, scraped text with page chrome, or HTML) into a Document."""
    from .pipeline import default_pipeline

    return default_pipeline().code(text_or_html, date=date, url=url)


def code_many(items: Iterable, batch_size: int = 64, n_process: int = 1) -> Iterator[Document]:
    """Code many items (str, or dict with id, text or html, date, url) in batches through the parser."""
    from .pipeline import default_pipeline

    return default_pipeline().code_many(items, batch_size=batch_size, n_process=n_process)

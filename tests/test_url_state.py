"""url_state: which listed URLs a store holds the page of, directly or through a redirect, on every backend."""

from __future__ import annotations

from dyad.document import Document
from dyad.hashing import content_hash
from dyad.store import Store
from dyad.url_state import UrlState


def _doc(text: str, url: str) -> Document:
    return Document(text=text, id=content_hash(text), url=url)


def test_url_state_stored_and_redirected_on_every_backend(store_url):
    store = Store.open(store_url)
    try:
        state = UrlState(store)
        store.add(_doc("Officials met in Geneva on Tuesday to resume the talks.", "https://a.example/geneva"))
        store.add(_doc("The parliament in Tbilisi voted on the budget late on Friday.", "https://a.example/tbilisi"))
        state.redirected("http://a.example/geneva", "https://a.example/geneva")  # http -> https
        state.redirected("https://a.example/short/1", "https://a.example/elsewhere")  # to a page not stored
        state.redirected("https://a.example/short/2", "https://a.example/elsewhere")
        state.redirected("https://a.example/short/2", "https://a.example/tbilisi")  # led elsewhere since
        asked = ["https://a.example/geneva", "http://a.example/geneva", "https://a.example/short/1",
                 "https://a.example/short/2", "https://a.example/unknown", "https://a.example/geneva"]
        assert state.stored(asked) == {"https://a.example/geneva", "http://a.example/geneva",
                                       "https://a.example/short/2"}
        # a list longer than one query's worth of parameters
        many = [f"https://b.example/{i}" for i in range(1200)] + ["https://a.example/tbilisi"]
        assert state.stored(many) == {"https://a.example/tbilisi"}
        assert state.stored([]) == set()
    finally:
        store.close()

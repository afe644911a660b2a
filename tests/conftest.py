"""Shared fixtures: the spaCy model loads once per session; stores on every backend; a web site on 127.0.0.1 and
news pages to serve on it; the check that a row of a sentence file is coded to its code."""

from __future__ import annotations

import html
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy as sa

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_f0fa622a62322573.txt"
PG_URL = os.environ.get("DYAD_TEST_PG")


@pytest.fixture(scope="session")
def nlp():
    import spacy

    from dyad.settings import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seed_page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_body(seed_page) -> str:
    """The seed article's body, from its first sentence to its end (as extract should leave it)."""
    return seed_page[seed_page.index("Both Russian houses"):].strip()


# ---------------------------------------------------------------------------------------------------------------
# stores: the same behaviour on every backend

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="DYAD_TEST_PG not set")),
]


@pytest.fixture(params=BACKENDS)
def store_url(request):
    """A URL to an empty database: SQLite in memory, or a fresh PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield "sqlite://"
        return
    admin = sa.create_engine(sa.make_url(PG_URL))
    schema = f"dyad_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


# ---------------------------------------------------------------------------------------------------------------
# a web site on the loopback interface, for feeds and fetching (no test uses the network)


@dataclass
class Route:
    """What the site answers for one path. ``failures`` are statuses answered first, one per request."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering (longer than a client's timeout: a page that times out)
    failures: list[int] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived


class Site:
    """A threaded HTTP server on a loopback address; ``routes`` maps a path to a Route, ``hits`` logs requests."""

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.stopping = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                site.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
                route = site.routes.get(self.path)
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.delay and site.stopping.wait(route.delay):
                    return
                if route.failures:
                    return self._send(route.failures.pop(0), b"unavailable", "text/plain", route.headers)
                if route.status != 200:
                    return self._send(route.status, route.body, route.content_type, route.headers)
                validators = {}
                if route.etag:
                    validators["ETag"] = route.etag
                if route.last_modified:
                    validators["Last-Modified"] = route.last_modified
                if (route.etag and self.headers.get("If-None-Match") == route.etag) or \
                        (route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
                    return self._send(304, b"", None, validators)
                self._send(200, route.body, route.content_type, {**route.headers, **validators})

            def _send(self, status, body, content_type, headers=None):
                try:
                    self.send_response(status)
                    if content_type:
                        self.send_header("Content-Type", content_type)
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a timeout test)

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.host = host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    """A web site on 127.0.0.1 that a test fills with routes."""
    s = Site()
    yield s
    s.close()


# ---------------------------------------------------------------------------------------------------------------
# news pages for that site, built from PolNeAR articles read from ../shared at test time (never stored here)

POLNEAR_DEV = SHARED / "data" / "polnear" / "data" / "dev" / "text"
OUTLET = "The Evening Ledger"  # the outlet of the pages that ``page`` builds


def articles(n: int) -> list[tuple[str, str, str]]:
    """(title, date, body paragraphs as HTML) of the first ``n`` PolNeAR dev articles."""
    out = []
    for path in sorted(POLNEAR_DEV.glob("*.txt"))[:n]:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        date = path.name.split("_")[1]
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in lines[1:])
        out.append((lines[0].rstrip("."), date, body))
    return out


def page(title: str, date: str, body: str) -> bytes:
    """A news page as outlets serve them: navigation, the article, related links and a footer."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {OUTLET}</title>
<meta property="og:site_name" content="{OUTLET}">
<meta property="article:published_time" content="{date}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/world/">World</a>
<a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Reporter | {date}</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Markets close higher</a></li><li><a href="/y">Weather</a></li></ul></aside>
</main><footer><p>Copyright {OUTLET}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>
""".encode()


def event_tuples(text: str, date: str) -> list[tuple]:
    """(source, code, target, modality) of each event dyad codes in ``text`` published on ``date``."""
    import dyad

    doc = dyad.code(text, date=date)
    return [(e.source.code, e.code, e.target.code if e.target else None, e.modality) for e in doc.events]


def actor_is(got: str | None, expected: str) -> bool:
    """An actor code matches the expected one when it begins with it (a country alone leaves the role open); * is
    any actor, - no target."""
    return expected == "*" or (expected == "-" and got == "-") or (got != "-" and (got or "").startswith(expected))


def wording_rows(path: Path) -> list[dict]:
    """The rows of a wording file (sentence, date, code, source, target, ...), where a two-digit ``code`` is a root:
    such a row asks for any code under it (see assert_coded_to_row)."""
    from dyad import lexicon

    return [{**r, "code": "", "root": r["code"]} if len(r["code"]) == 2 else r for _, r in lexicon.read_tsv(path)]


def assert_coded_to_row(row: dict) -> None:
    """The row's sentence (coded on its date) gives an event of its code (or, for a row that gives a ``root``
    instead, of a code under that root), source and target, in the row's ``modality`` (asserted where it gives
    none)."""
    import dyad

    doc = dyad.code(row["sentence"], date=row["date"] or None)
    got = [(e.source.code, e.code, e.target.code if e.target else "-", e.modality) for e in doc.events]
    wanted = row.get("code") or row["root"]
    mood = row.get("modality") or "asserted"
    assert any(
        (code == row["code"] if row.get("code") else code.startswith(row["root"]))
        and actor_is(src, row["source"]) and actor_is(tgt, row["target"]) and mod == mood
        for src, code, tgt, mod in got
    ), f"{row['sentence']!r}: expected {row['source']} {wanted} {row['target']} {mood}, got {got}"


def assert_not_coded(code: str, sentence: str, date: str) -> None:
    """The sentence, coded on the date, gives no event whose code begins with ``code``: a wording near a lexicon row
    that is no such act."""
    import dyad

    doc = dyad.code(sentence, date=date)
    got = [(e.source.code, e.code, e.target.code if e.target else "-") for e in doc.events]
    assert not any(c.startswith(code) for _, c, _ in got), f"{sentence!r}: got {got}"

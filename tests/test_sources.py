"""sources: files, folders, JSONL, WARC, URL lists and stdin -> RawItems and BadItems."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import socket
import sys
import threading
from pathlib import Path

import pytest

from dyad.extract import extract
from dyad.fetch import USER_AGENT, Fetcher
from dyad.settings import Settings
from dyad.sources import BadItem, KnownItem, RawItem, iter_items

ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>Talks collapse in Geneva</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks collapse in Geneva</h1>
<p>Negotiators from both sides left the table on Thursday after a third round of talks failed to produce an
agreement on prisoner exchanges.</p>
<p>The foreign minister said the delegation would return home, adding that the other side had refused every
compromise offered over the past week.</p></article><footer>Copyright 2021 Daily Planet</footer></body></html>
"""
TEXT = "Russian MPs back Georgia's breakaway regions\n\nBoth Russian houses of parliament have backed the drive.\n"


def items(paths, **kw):
    return list(iter_items([str(p) for p in paths], Settings(**kw)))


def fetched(paths, **kw):
    """The items of URL lists, fetched without delays or retries."""
    with Fetcher(delay=0, retries=0) as f:
        return list(iter_items([str(p) for p in paths], Settings(), fetcher=f, **kw))


# ------------------------------------------------------------------------------------------------ single files


def test_sources_html_and_text_files(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.md").write_text(TEXT, encoding="utf-8")
    got = items([tmp_path / "a.html", tmp_path / "b.txt", tmp_path / "c.md"])
    assert [(i.id, i.kind, i.origin) for i in got] == [
        ("a", "html", str(tmp_path / "a.html")),
        ("b", "text", str(tmp_path / "b.txt")),
        ("c", None, str(tmp_path / "c.md")),
    ]
    assert all(isinstance(i, RawItem) and isinstance(i.content, bytes) for i in got)
    assert extract(got[1].content, kind=got[1].kind).title == "Russian MPs back Georgia's breakaway regions"


def test_sources_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    [bad] = items([missing])
    assert bad == BadItem(str(missing), f"{missing}: no such file or folder")


def test_sources_oversize_file_not_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 12_300_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("an over-size file was read"))
    [bad] = items([big])
    assert isinstance(bad, BadItem)
    assert bad.message == f"{big}: 12.3 MB exceeds --max-bytes 10485760, skipped"


def test_sources_empty_and_binary_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b" \n\n")
    (tmp_path / "x.bin").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    got = items([tmp_path / "empty.txt", tmp_path / "x.bin", tmp_path / "doc.pdf"])
    assert [i.message for i in got] == [
        f"{tmp_path / 'empty.txt'}: empty file, skipped",
        f"{tmp_path / 'x.bin'}: binary file (NUL bytes), skipped",
        f"{tmp_path / 'doc.pdf'}: binary file (PDF document), skipped",
    ]


def test_sources_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    [item] = list(iter_items(["-"], Settings()))
    assert item == RawItem(id="stdin", origin="-", content=TEXT.encode("utf-8"), kind=None)


def test_sources_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    [bad] = list(iter_items(["-"], Settings()))
    assert bad == BadItem("-", "-: empty standard input, skipped")


def test_sources_stdin_jsonl(monkeypatch):
    data = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    got = list(iter_items(["-"], Settings(max_bytes=30), stdin_format="jsonl"))
    assert [(i.id, i.origin, i.content) for i in got] == [("a", "-:1", "One."), ("b", "-:2", "Two.")]


# ------------------------------------------------------------------------------------------------ JSONL


def test_sources_jsonl_malformed_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": TEXT, "date": "2008-08-25", "url": "https://example.org/1"}),
        '{"id": "two", "text": "broken',
        "",
        json.dumps({"id": 3, "html": ARTICLE}),
        json.dumps({"id": "four"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "six", "text": "Bad date.", "date": 20080825}),
    ]) + "\n", encoding="utf-8")
    got = items([path])
    goods = [i for i in got if isinstance(i, RawItem)]
    bads = [i for i in got if isinstance(i, BadItem)]
    assert [(i.id, i.kind, i.origin) for i in goods] == [
        ("one", "text", f"{path}:1"), ("3", "html", f"{path}:4"), ("batch:7", "text", f"{path}:7")]
    assert goods[0].date == "2008-08-25" and goods[0].url == "https://example.org/1"
    assert goods[0].content == TEXT
    assert [b.origin for b in bads] == [f"{path}:2", f"{path}:5", f"{path}:6", f"{path}:8"]
    assert bads[0].message.startswith(f"{path}:2: malformed JSON line (")
    assert bads[1].message == f'{path}:5: no "text" or "html" string'
    assert bads[2].message == f"{path}:6: expected a JSON object, got list"
    assert bads[3].message == f'{path}:8: "date" must be a string'
    assert all("\n" not in b.message for b in bads)


def test_sources_jsonl_gz_streams(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for n in range(5):
            f.write(json.dumps({"id": f"d{n}", "text": f"Item {n}."}) + "\n")
    stream = iter_items([str(path)], Settings())
    first = next(stream)
    assert first.id == "d0" and first.origin == f"{path}:1"
    assert [i.id for i in stream] == ["d1", "d2", "d3", "d4"]


# ------------------------------------------------------------------------------------------------ WARC


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)

        def response(url, body, content_type, date, status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                             warc_headers_dict={"WARC-Date": date})

        writer.write_record(writer.create_warc_record(
            "https://example.org/geneva", "request", payload=io.BytesIO(b"GET /geneva HTTP/1.1\r\n\r\n"),
            warc_headers_dict={"WARC-Date": "2021-03-04T12:00:00Z"}))
        writer.write_record(response("https://example.org/geneva", ARTICLE.encode("utf-8"),
                                     "text/html; charset=utf-8", "2021-03-04T12:00:00Z"))
        writer.write_record(response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png",
                                     "2021-03-04T12:00:01Z"))
        writer.write_record(response("https://example.org/gone", b"<html>Not found</html>", "text/html",
                                     "2021-03-04T12:00:02Z", status="404 Not Found"))
        cafe = ARTICLE.replace('<meta charset="utf-8">', "").replace("Negotiators", "Café “Négociateurs”")
        writer.write_record(response("https://example.org/cafe", cafe.encode("cp1252"),
                                     "text/html; charset=windows-1252", "2021-03-05T08:30:00Z"))


def test_sources_warc_gz_two_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    got = items([path])
    assert all(isinstance(i, RawItem) for i in got)
    assert [(i.url, i.date, i.default_date, i.kind) for i in got] == [
        ("https://example.org/geneva", None, "2021-03-04T12:00:00Z", "html"),
        ("https://example.org/cafe", None, "2021-03-05T08:30:00Z", "html"),
    ]
    assert got[0].origin.startswith(f"{path}@")
    assert got[0].id.startswith("urn:uuid:")
    assert got[1].content.count("Café “Négociateurs”") == 1  # decoded with the charset of the HTTP header
    doc = extract(got[1].content, kind=got[1].kind, url=got[1].url, date=got[1].date,
                  default_date=got[1].default_date)
    assert doc.text.startswith("Café “Négociateurs” from both sides")
    # the page's own date wins over the crawl date; the crawl date is only a fallback
    page = extract(ARTICLE, kind="html")
    assert doc.date == (page.date or "2021-03-05")
    undated = extract("<html><body><article><p>" + "Kenya and Uganda signed a trade agreement on Monday. " * 3
                      + "</p></article></body></html>", kind="html", default_date="2021-03-05T08:30:00Z")
    assert undated.date == "2021-03-05" and undated.published == "2021-03-05T08:30:00Z"


KOMMERSANT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Moscow paper reports talks</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>Moscow paper reports talks</h1>
<p>The Russian business daily «Коммерсантъ» reported on Tuesday that Russian and Ukrainian negotiators had met
in Istanbul to discuss a new exchange of prisoners.</p>
<p>Officials in Kyiv said the talks would continue next week, according to the newspaper, which quoted a
source close to the delegation.</p></article></body></html>
"""


def test_sources_warc_gz_charset_only_in_meta(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "news.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")  # no charset
        writer.write_record(writer.create_warc_record(
            "https://example.org/kommersant", "response", payload=io.BytesIO(KOMMERSANT.encode("windows-1251")),
            http_headers=headers, warc_headers_dict={"WARC-Date": "2022-03-29T09:00:00Z"}))
    [item] = items([path])
    assert isinstance(item.content, bytes)  # undecoded: the HTTP header names no charset
    assert item.size == path.stat().st_size
    doc = extract(item.content, kind=item.kind, url=item.url, default_date=item.default_date)
    assert "«Коммерсантъ»" in doc.text  # read with the page's own <meta> charset, not guessed as windows-1252
    assert doc.title == "Moscow paper reports talks" and doc.language == "en"


def test_sources_warc_is_streamed_not_read_whole(tmp_path, monkeypatch):
    import random

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(5)
    words = ["talks", "minister", "border", "said", "troops", "agreement", "Tuesday", "capital", "officials"]
    path = tmp_path / "big.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n in range(150):
            body = " ".join(rng.choice(words) + str(rng.randrange(10**6)) for _ in range(1500))
            page = f"<html><head><title>Page {n}</title></head><body><article><p>{body}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=io.BytesIO(page.encode()), http_headers=headers))
    size = path.stat().st_size
    assert size > 1_000_000
    opened = []

    def spy_open(*args, **kwargs):
        f = open(*args, **kwargs)
        opened.append(f)
        return f

    monkeypatch.setattr("dyad.sources.open", spy_open, raising=False)
    stream = iter_items([str(path)], Settings())
    first = next(stream)
    assert first.url == "https://example.org/0"
    assert opened[0].tell() < size / 10  # the first page comes out with little of the archive read
    rest = list(stream)
    assert len(rest) == 149 and rest[-1].url == "https://example.org/149"
    assert sum(i.size for i in (first, *rest)) <= size


def test_sources_warc_not_an_archive(tmp_path):
    for name, data in (("plain.warc", b"not a warc at all\n" * 10), ("packed.warc.gz", gzip.compress(b"hello\n"))):
        path = tmp_path / name
        path.write_bytes(data)
        assert items([path]) == [BadItem(str(path), f"{path}: not a WARC archive, skipped")]


def test_sources_warc_corrupt_record(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n")
    [bad] = items([path])
    assert bad.message.startswith(f"{path}: WARC read error after 0 records (")
    assert "\n" not in bad.message


def test_sources_warc_truncated_keeps_good_records(tmp_path):
    path = tmp_path / "cut.warc.gz"
    _write_warc(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    got = items([path])
    assert isinstance(got[0], RawItem) and got[0].url == "https://example.org/geneva"
    assert all(isinstance(i, RawItem) or "WARC read error" in i.message for i in got)


def test_sources_warc_record_over_size(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    got = items([path], max_bytes=300)
    assert len(got) == 2 and all(isinstance(i, BadItem) for i in got)
    assert "exceeds --max-bytes 300, skipped" in got[0].message


# ------------------------------------------------------------------------------------------------ folders


def test_sources_folder_mixed(tmp_path):
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a_good.txt").write_text(TEXT, encoding="utf-8")
    (root / "b_empty.txt").write_bytes(b"")
    (root / "c.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00")
    (root / "d.html").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "e.txt").write_text(TEXT, encoding="utf-8")
    (root / ".secret.txt").write_text(TEXT, encoding="utf-8")
    (root / ".hidden" / "f.txt").write_text(TEXT, encoding="utf-8")
    got = items([root])
    assert [(type(i).__name__, Path(i.origin).name) for i in got] == [
        ("RawItem", "a_good.txt"),
        ("BadItem", "b_empty.txt"),
        ("BadItem", "c.bin"),
        ("RawItem", "d.html"),
        ("RawItem", "e.txt"),
    ]
    assert got[1].message == f"{root / 'b_empty.txt'}: empty file, skipped"
    assert got[2].message == f"{root / 'c.bin'}: binary file (executable), skipped"
    assert got[3].kind == "html"


# ------------------------------------------------------------------------------------------------ URL lists


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {
        "/article.html": ("text/html; charset=utf-8", ARTICLE.encode("utf-8")),
        "/plain.txt": ("text/plain; charset=windows-1252", "Café “quoted”, the mayor said.".encode("cp1252")),
        "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    }

    def do_GET(self):  # noqa: N802
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path == "/agent":
            body = self.headers.get("User-Agent", "").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", page[0])
        self.send_header("Content-Length", str(len(page[1])))
        self.end_headers()
        self.wfile.write(page[1])

    def log_message(self, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sources_url_list(tmp_path, server):
    dead = f"http://127.0.0.1:{_closed_port()}/x"
    path = tmp_path / "feeds.urls"
    path.write_text("\n".join([
        "# pages to fetch",
        f"{server}/article.html",
        f"{server}/missing",
        "",
        f"{server}/plain.txt",
        f"{server}/logo.png",
        f"{server}/moved",
        dead,
        f"{server}/agent",
    ]) + "\n")
    got = fetched([path])
    kinds = [type(i).__name__ for i in got]
    assert kinds == ["RawItem", "BadItem", "RawItem", "BadItem", "RawItem", "BadItem", "RawItem"]
    article, missing, plain, logo, moved, refused, agent = got
    assert article.kind == "html" and article.url == f"{server}/article.html" and article.origin == f"{path}:2"
    assert missing.message == f"{path}:3: {server}/missing: HTTP 404, skipped"
    assert plain.kind == "text" and plain.content == "Café “quoted”, the mayor said."
    assert logo.message == f"{path}:6: {server}/logo.png: not a page (image/png), skipped"
    assert moved.url == f"{server}/article.html" and moved.id == f"{server}/moved"
    # the host is down: its robots.txt cannot be read, so its page is not asked for
    assert refused.message.startswith(f"{path}:8: {dead}: robots.txt unavailable: ")
    assert "ConnectError" in refused.message and refused.message.endswith(", skipped")
    assert agent.content == USER_AGENT.encode()
    assert all("\n" not in b.message for b in (missing, logo, refused))
    assert extract(article.content, kind="html").title == "Talks collapse in Geneva"


def test_sources_url_list_detected_in_txt(tmp_path, server):
    path = tmp_path / "list.txt"
    path.write_text(f"{server}/article.html\n\n{server}/plain.txt\n")
    got = fetched([path])
    assert [i.url for i in got] == [f"{server}/article.html", f"{server}/plain.txt"]


def test_sources_text_with_a_url_is_not_a_list(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("https://example.org/a\nThis line is prose, not a URL.\n")
    [item] = items([path])
    assert isinstance(item, RawItem) and item.kind == "text"


def test_sources_url_listed_twice_is_fetched_once(tmp_path, server):
    first, second = tmp_path / "a.urls", tmp_path / "b.urls"
    first.write_text(f"{server}/article.html\n{server}/plain.txt\n{server}/article.html\n")
    second.write_text(f"{server}/plain.txt\n")
    got = fetched([first, second])
    assert [(type(i).__name__, i.origin) for i in got] == [
        ("KnownItem", f"{first}:3"), ("RawItem", f"{first}:1"), ("RawItem", f"{first}:2"),
        ("KnownItem", f"{second}:1")]

"""CLI inputs -> a stream of raw items, one page at a time.

``iter_items(paths, settings)`` turns files, folders, ``-`` (standard input), ``.jsonl`` files, WARC archives and
URL lists into ``RawItem``s for ``extract``, and anything it cannot use into a ``BadItem`` carrying a one-line
message. Archives and JSONL files are streamed record by record, never loaded whole; a single-page file larger
than ``settings.max_bytes`` is reported without being read. Nothing here raises for one bad item.

What each input gives:

- ``.html`` / ``.htm``: one item, kind 'html'; ``.txt`` / ``.text``: one item, kind 'text'; any other file: one
  item whose kind ``extract`` sniffs. The item id is the file stem; its origin the path.
- ``.jsonl`` (or ``.jsonl.gz``): one item per line with ``id``, ``text`` or ``html`` (``html`` wins when both are
  given: it carries the title and date), optional ``date`` and ``url``; origin ``path:line``; a line without an
  ``id`` gets ``stem:line``. A malformed line is a ``BadItem`` naming file and line.
- ``.warc`` / ``.warc.gz``: one item per HTML response record; url from ``WARC-Target-URI``, date from
  ``WARC-Date``, text decoded with the charset of the HTTP header (else ``extract`` reads ``<meta charset>``);
  origin ``path@offset``. Other records (requests, images, redirects) are passed over silently.
- a file whose non-empty lines are all http(s) URLs (``.urls``, or any text file that holds only URLs; ``#``
  starts a comment): each URL is fetched politely with ``fetch.Fetcher`` (robots.txt, a minimum interval per host,
  retries with back-off), in the order that keeps every host busy soonest; origin ``path:line``. A URL disallowed
  by robots.txt or whose fetch failed is a ``BadItem``. A URL listed before in the same call, or one a stored
  document came from (``known``, a store's ``UrlState``), is not fetched: it is a ``KnownItem``.
- a folder: every file under it, recursively, in sorted order, hidden files and folders skipped.
- ``-``: standard input, as one text item (or as JSONL with ``stdin_format="jsonl"``).

Every item carries ``size``, the bytes of input on disk it accounts for, so that progress can be told against
``input_size(paths)`` before the items are known.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from dyad.errors import InputError
from dyad.extract import binary_kind, decode_bytes, format_size
from dyad.settings import Settings

if TYPE_CHECKING:
    from dyad.fetch import Fetcher
    from dyad.url_state import UrlState

__all__ = ["RawItem", "BadItem", "KnownItem", "iter_items", "input_size", "jsonl_items", "warc_items"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text")
_URL_LINE = re.compile(rb"https?://[^\s/$.?#][^\s]*", re.I)


@dataclass(slots=True)
class RawItem:
    """One page to extract: its content as read (bytes, or text when the charset was known) and what is known of it."""

    id: str
    origin: str  # where it came from: "path", "path:line" (JSONL, URL list) or "path@offset" (WARC)
    content: bytes | str
    kind: str | None = None  # 'html' | 'text' | None (let extract sniff)
    url: str | None = None
    date: str | None = None
    # a date to use only where the page itself gives none (a WARC record's crawl date)
    default_date: str | None = None
    # bytes of input this item accounts for (a file's size; a line's, or a record's share of its archive on disk),
    # so that progress through the input can be told against ``input_size``
    size: int = field(default=0, compare=False)


@dataclass(slots=True)
class BadItem:
    """An input that could not be read, with a one-line message saying why (it starts with the origin)."""

    origin: str
    message: str
    size: int = field(default=0, compare=False)  # bytes of input passed over (see RawItem.size)


@dataclass(slots=True)
class KnownItem:
    """A listed URL not fetched: a stored document came from it, or it was listed before in the same run."""

    origin: str
    url: str
    size: int = field(default=0, compare=False)  # bytes of input passed over (see RawItem.size)


SourceItem = RawItem | BadItem | KnownItem


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def iter_items(
    paths: list[str], settings: Settings | None = None, *, stdin_format: str = "text",
    fetcher: Fetcher | None = None, known: UrlState | None = None,
) -> Iterator[SourceItem]:
    """Each input path -> RawItems and BadItems (and KnownItems), lazily, in the order given (folders in sorted
    order; the pages of a URL list in the order its hosts are free).

    URL lists are fetched with ``fetcher`` (by default one made here with ``settings.max_bytes``, and closed when
    the items end); with ``known``, a URL whose page is in that store is not fetched again.
    """
    settings = settings or Settings()
    web = _Web(settings, fetcher, known)
    try:
        for path in paths:
            if path == "-":
                yield from _stdin(settings, stdin_format)
                continue
            p = Path(path)
            try:
                if p.is_dir():
                    yield from _folder(p, settings, web)
                elif p.exists():
                    yield from _file(p, settings, web)
                else:
                    yield BadItem(path, f"{path}: no such file or folder")
            except OSError as e:  # a path we may not even stat
                yield BadItem(path, f"{path}: cannot read ({_one_line(e.strerror or e)})")
    finally:
        web.close()


def input_size(paths: list[str]) -> int | None:
    """The bytes on disk of every input under ``paths``, as ``iter_items`` would read them (hidden files and
    folders left out); None when one of them is standard input, whose size is not known beforehand."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        p = Path(path)
        try:
            if p.is_dir():
                for dirpath, dirnames, filenames in os.walk(p):
                    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                    for name in filenames:
                        if not name.startswith("."):
                            try:
                                total += (Path(dirpath) / name).stat().st_size
                            except OSError:
                                pass
            elif p.exists():
                total += p.stat().st_size
        except OSError:
            pass
    return total


# ---------------------------------------------------------------------------------------------------------------
# standard input, folders, single files


def _stdin(settings: Settings, stdin_format: str) -> Iterator[RawItem | BadItem]:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is not None:
            data = stream.read(settings.max_bytes + 1)
        else:
            data = sys.stdin.read(settings.max_bytes + 1).encode("utf-8", "surrogateescape")
    except (OSError, ValueError) as e:
        yield BadItem("-", f"-: cannot read standard input ({_one_line(e)})")
        return
    if stdin_format == "jsonl":
        if len(data) > settings.max_bytes:
            # JSONL may be any length: stream what is left instead of refusing
            rest = stream if stream is not None else None
            lines = _chain_lines(data, rest)
        else:
            lines = iter(data.splitlines(keepends=True))
        yield from _jsonl_lines(lines, "-", "stdin", settings)
        return
    if len(data) > settings.max_bytes:
        yield BadItem("-", f"-: standard input exceeds --max-bytes {settings.max_bytes}, skipped", len(data))
        return
    if not data.strip():
        yield BadItem("-", "-: empty standard input, skipped")
        return
    yield RawItem(id="stdin", origin="-", content=data, kind=None, size=len(data))


def _chain_lines(head: bytes, rest: BinaryIO | None) -> Iterator[bytes]:
    lines = head.splitlines(keepends=True)
    if rest is None or not lines:
        yield from lines
        return
    tail = lines.pop() if not lines[-1].endswith(b"\n") else None
    yield from lines
    for line in rest:
        if tail is not None:
            line, tail = tail + line, None
        yield line
    if tail is not None:
        yield tail


def _folder(root: Path, settings: Settings, web: _Web) -> Iterator[SourceItem]:
    found: list[tuple[tuple[str, ...], Path]] = []
    bad: list[tuple[tuple[str, ...], BadItem]] = []

    def onerror(e: OSError) -> None:
        where = e.filename or str(root)
        rel = tuple(Path(where).relative_to(root).parts) if Path(where).is_relative_to(root) else (where,)
        bad.append((rel, BadItem(where, f"{where}: cannot read ({_one_line(e.strerror or e)})")))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                full = Path(dirpath) / name
                found.append((full.relative_to(root).parts, full))
    entries: list[tuple[tuple[str, ...], Path | BadItem]] = [*found, *bad]
    entries.sort(key=lambda e: e[0])
    for _, entry in entries:
        if isinstance(entry, BadItem):
            yield entry
            continue
        try:
            yield from _file(entry, settings, web)
        except OSError as e:
            yield BadItem(str(entry), f"{entry}: cannot read ({_one_line(e.strerror or e)})")


def _suffix(p: Path) -> str:
    name = p.name.lower()
    for double in (".warc.gz", ".jsonl.gz", ".arc.gz"):
        if name.endswith(double):
            return double
    return p.suffix.lower()


def _file(p: Path, settings: Settings, web: _Web) -> Iterator[SourceItem]:
    origin = str(p)
    suffix = _suffix(p)
    if suffix in (".jsonl", ".jsonl.gz", ".ndjson"):
        yield from _jsonl(p, settings)
        return
    if suffix in (".warc", ".warc.gz", ".arc", ".arc.gz"):
        yield from _warc(p, settings)
        return
    size = p.stat().st_size
    if size > settings.max_bytes:
        yield BadItem(origin, f"{origin}: {format_size(size)} exceeds --max-bytes {settings.max_bytes}, skipped",
                      size)
        return
    try:
        data = p.read_bytes()
    except OSError as e:
        yield BadItem(origin, f"{origin}: cannot read ({_one_line(e.strerror or e)})", size)
        return
    if not data.strip():
        yield BadItem(origin, f"{origin}: empty file, skipped", size)
        return
    what = binary_kind(data)
    if what:
        yield BadItem(origin, f"{origin}: binary file ({what}), skipped", size)
        return
    if suffix in HTML_SUFFIXES:
        yield RawItem(id=p.stem, origin=origin, content=data, kind="html", size=size)
        return
    urls = _url_list(data)
    if urls is not None and (urls or suffix == ".urls"):
        yield from web.items(urls, origin)
        return
    kind = "text" if suffix in TEXT_SUFFIXES else None
    yield RawItem(id=p.stem, origin=origin, content=data, kind=kind, size=size)


# ---------------------------------------------------------------------------------------------------------------
# JSONL


def _jsonl(p: Path, settings: Settings) -> Iterator[RawItem | BadItem]:
    origin = str(p)
    try:
        with open(p, "rb") as raw:
            lines = gzip.open(raw) if origin.lower().endswith(".gz") else raw
            yield from _jsonl_lines(lines, origin, p.name.split(".")[0], settings, position=raw.tell)
    except (OSError, EOFError) as e:
        yield BadItem(origin, f"{origin}: cannot read ({_one_line(getattr(e, 'strerror', None) or e)})")


def jsonl_items(stream: Iterable[bytes], origin: str, name: str, settings: Settings) -> Iterator[RawItem | BadItem]:
    """The items of a JSONL stream opened elsewhere (an object store), already decompressed."""
    try:
        yield from _jsonl_lines(stream, origin, name.split(".")[0], settings)
    except (OSError, EOFError) as e:
        yield BadItem(origin, f"{origin}: cannot read ({_one_line(getattr(e, 'strerror', None) or e)})")


def _jsonl_lines(lines: Iterable[bytes], origin: str, stem: str, settings: Settings,
                 position: Callable[[], int] | None = None) -> Iterator[RawItem | BadItem]:
    """One item per line; ``position()`` tells how far into the file (on disk) the lines have been read."""
    read = 0
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue  # its bytes count with the next item
        where = f"{origin}:{lineno}"
        if position is None:
            size = len(raw)
        else:
            size, read = position() - read, position()
        if len(raw) > settings.max_bytes:
            yield BadItem(where, f"{where}: line of {format_size(len(raw))} exceeds --max-bytes "
                                 f"{settings.max_bytes}, skipped", size)
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            yield BadItem(where, f"{where}: malformed JSON line ({e.msg} at column {e.colno})", size)
            continue
        except UnicodeDecodeError:
            yield BadItem(where, f"{where}: malformed JSON line (not UTF-8)", size)
            continue
        if not isinstance(obj, dict):
            yield BadItem(where, f"{where}: expected a JSON object, got {type(obj).__name__}", size)
            continue
        if isinstance(obj.get("html"), str):
            content, kind = obj["html"], "html"
        elif isinstance(obj.get("text"), str):
            content, kind = obj["text"], "text"
        else:
            yield BadItem(where, f'{where}: no "text" or "html" string', size)
            continue
        wrong = [k for k in ("date", "url") if obj.get(k) is not None and not isinstance(obj[k], str)]
        if wrong:
            yield BadItem(where, f'{where}: "{wrong[0]}" must be a string', size)
            continue
        item_id = obj.get("id")
        yield RawItem(
            id=str(item_id) if item_id is not None else f"{stem}:{lineno}",
            origin=where,
            content=content,
            kind=kind,
            url=obj.get("url"),
            date=obj.get("date"),
            size=size,
        )


# ---------------------------------------------------------------------------------------------------------------
# WARC

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _charset(content_type: str | None) -> str | None:
    m = _CHARSET.search(content_type or "")
    return m.group(1) if m else None


def _decoded(data: bytes, charset: str | None) -> bytes | str:
    """Text when a declared charset reads the bytes; else the bytes, for extract to decode."""
    if not charset:
        return data
    try:
        return decode_bytes(data, charset)
    except InputError:
        return data


def _warc(p: Path, settings: Settings) -> Iterator[RawItem | BadItem]:
    yield from warc_items(lambda: open(p, "rb"), str(p), p.name, settings, total=lambda: p.stat().st_size)


def warc_items(open_stream: Callable[[], BinaryIO], origin: str, name: str, settings: Settings,
               total: Callable[[], int] = lambda: 0) -> Iterator[RawItem | BadItem]:
    """The HTML responses of a WARC (or ARC) archive, gzipped or not, in the seekable stream ``open_stream()``
    opens (a file, or an object in a store); ``total()`` is its size on disk where known."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    read = 0  # bytes of the file accounted for by the items yielded so far

    def share() -> int:
        nonlocal read
        size, read = f.tell() - read, f.tell()
        return size

    try:
        with open_stream() as f:
            head = f.read(64)
            if head.startswith(b"\x1f\x8b"):
                f.seek(0)
                with gzip.open(f) as z:
                    head = z.read(64)
            if not head.lstrip().startswith((b"WARC/", b"filedesc:")):
                yield BadItem(origin, f"{origin}: not a WARC archive, skipped", total())
                return
            f.seek(0)
            records = ArchiveIterator(f, arc2warc=True)
            for record in records:
                # the offset is known only once the record has been read (warcio reads to its end for it)
                if record.rec_type not in ("response", "resource"):
                    continue
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    if not (status or "").startswith("2"):
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(_HTML_TYPES):
                    continue
                if (record.length or 0) > settings.max_bytes:
                    where = f"{origin}@{records.get_record_offset()}"
                    yield BadItem(where, f"{where}: record of {format_size(record.length)} exceeds --max-bytes "
                                         f"{settings.max_bytes}, skipped", share())
                    continue
                payload = record.content_stream().read(settings.max_bytes + 1)
                offset = records.get_record_offset()
                where = f"{origin}@{offset}"
                count += 1
                if len(payload) > settings.max_bytes:
                    yield BadItem(where, f"{where}: record exceeds --max-bytes {settings.max_bytes}, skipped", share())
                    continue
                if not payload.strip():
                    yield BadItem(where, f"{where}: empty response, skipped", share())
                    continue
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                yield RawItem(
                    id=record_id or f"{name}@{offset}",
                    origin=where,
                    content=_decoded(payload, _charset(content_type)),
                    kind="html",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    default_date=record.rec_headers.get_header("WARC-Date"),
                    size=share(),
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield BadItem(origin, f"{origin}: WARC read error after {count} records ({_one_line(e)})", _rest(total, read))
    except Exception as e:  # warcio raises many kinds of error on a corrupt record
        yield BadItem(origin, f"{origin}: WARC read error after {count} records ({type(e).__name__}: "
                              f"{_one_line(e)})", _rest(total, read))


def _rest(total: Callable[[], int], read: int) -> int:
    try:
        return max(total() - read, 0)
    except OSError:
        return 0



# ---------------------------------------------------------------------------------------------------------------
# URL lists


def _url_list(data: bytes) -> list[tuple[int, str]] | None:
    """(line number, URL) for each URL when every non-empty, non-comment line is an http(s) URL, else None."""
    if not data.lstrip()[:8].lower().startswith((b"http://", b"https://", b"#")):
        return None
    urls = []
    for lineno, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(b"#"):
            continue
        if not _URL_LINE.fullmatch(line):
            return None
        try:
            urls.append((lineno, line.decode("ascii")))
        except UnicodeDecodeError:
            urls.append((lineno, line.decode("utf-8", "replace")))
    return urls


class _Web:
    """How the URL lists of one ``iter_items`` call are fetched: through one ``Fetcher`` (its robots.txt and host
    timings kept from list to list), passing over the URLs met before in the call and those ``known`` as stored."""

    def __init__(self, settings: Settings, fetcher: Fetcher | None, known: UrlState | None):
        self.settings = settings
        self.given = fetcher
        self.made: Fetcher | None = None
        self.known = known
        self.seen: set[str] = set()

    @property
    def fetcher(self) -> Fetcher:
        if self.given is not None:
            return self.given
        if self.made is None:
            from dyad.fetch import Fetcher

            self.made = Fetcher(max_bytes=self.settings.max_bytes)
        return self.made

    def close(self) -> None:
        if self.made is not None:
            self.made.close()

    def items(self, urls: list[tuple[int, str]], origin: str) -> Iterator[SourceItem]:
        stored = self.known.stored([url for _, url in urls]) if self.known is not None else set()
        todo: list[tuple[int, str]] = []
        for lineno, url in urls:
            if url in self.seen or url in stored:
                yield KnownItem(f"{origin}:{lineno}", url, len(url) + 1)
            else:
                self.seen.add(url)
                todo.append((lineno, url))
        for lineno, url in self.fetcher.in_turn(todo, lambda line: line[1]):
            item = self._fetch(url, f"{origin}:{lineno}")
            item.size = len(url) + 1  # its line of the list
            yield item

    def _fetch(self, url: str, where: str) -> RawItem | BadItem:
        from dyad.fetch import FetchError, page_content

        try:
            if not self.fetcher.allowed(url):
                return BadItem(where, f"{where}: {url}: disallowed by robots.txt, skipped")
            r = self.fetcher.get_page(url)
        except FetchError as e:
            message = str(e) if str(e).startswith(url) else f"{url}: {e}"
            return BadItem(where, f"{where}: {message}, skipped")
        except Exception as e:  # noqa: BLE001 - whatever one URL does, the rest of the list goes in
            return BadItem(where, f"{where}: {url}: fetch failed ({type(e).__name__}: {_one_line(e)}), skipped")
        if r.url != url and self.known is not None:
            self.known.redirected(url, r.url)
        content, kind = page_content(r)
        return RawItem(id=url, origin=where, content=content, kind=kind, url=r.url)

"""Page -> Document: title, date, outlet, language and the clean body text.

Reads raw bytes or text (HTML, or plain text still carrying page chrome) and fills ``Document.text``,
``id`` (the content hash), ``title``, ``outlet``, ``date``, ``published``, ``url``, ``language`` and ``skipped``.

Cheap work first: bytes are checked (empty, binary, too large) and decoded; HTML goes to trafilatura; plain text
goes to chrome-line removal against the patterns in ``data/chrome.tsv`` and a title finder. Paragraphs in the
returned text are separated by a blank line ("\\n\\n"); whitespace inside a paragraph is collapsed.
Every failure is an ``InputError`` with a one-line message.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache

from dyad.document import Document
from dyad.errors import InputError
from dyad.hashing import content_hash
from dyad.lexicon import data_path, read_tsv
from dyad.settings import Settings

__all__ = ["extract", "decode_bytes", "binary_kind", "sniff_kind", "parse_when", "format_size"]

LANGID_CHARS = 2000
# how sure the identifier must be of a short text's uncapitalised words to call it other than English
SHORT_TEXT_SURE = 0.3
# chrome lines are short; a longer line is never tested against the patterns
MAX_CHROME_LINE = 400

# ---------------------------------------------------------------------------------------------------------------
# bytes: binary check and decoding

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "rar archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x7fELF", "executable"),
    (b"\xca\xfe\xba\xbe", "Java class"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "font"),
    (b"wOF2", "font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# bytes that never occur in text (tab, newlines, form feed, escape excluded)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def format_size(n: int) -> str:
    """A byte count for messages: "12.3 MB", "950 kB", "40 bytes"."""
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    if n >= 10_000:
        return f"{n / 1e3:.0f} kB"
    return f"{n} bytes"


def binary_kind(data: bytes) -> str | None:
    """What binary thing ``data`` is ("PDF document", "NUL bytes", ...), or None when it may be text."""
    head = data[:8192]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return "MP4 media"
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "NUL bytes"
    if head:
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if controls / len(head) > 0.10:
            return "control bytes"
    return None


# encodings charset-normalizer may pick for short Western text where windows-1252 fits as well
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "ascii"}
_COMMON_SYMBOLS = set("“”‘’„‚–—…€«»‹›°£¥§©®™·•×÷¡¿´¨ªº±²³¹½¼¾µ¶¢¤¦¯¸\u00a0\u00ad†‡‰ˆ˜")
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                  "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252"}


def _plausible_western(text: str) -> bool:
    """True when ``text`` (a windows-1252 reading) looks like Western text rather than mojibake."""
    ascii_letters = other_letters = odd_symbols = 0
    for ch in text:
        if ch < "\x80":
            if ch.isalpha():
                ascii_letters += 1
        elif ch.isalpha():
            other_letters += 1
        elif ch not in _COMMON_SYMBOLS:
            odd_symbols += 1
    letters = ascii_letters + other_letters
    return letters > 0 and other_letters <= 0.25 * letters and odd_symbols <= max(1, len(text) // 200)


def _decode_with(data: bytes, label: str) -> str | None:
    name = _LABEL_ALIASES.get(label.strip().lower(), label.strip())
    try:
        codecs.lookup(name)
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        if name == "cp1252":
            return data.decode("latin-1")
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text: a BOM, then a declared charset, then UTF-8, then detection (windows-1252 on a tie).

    Raises ``InputError`` when no encoding gives sensible text.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name)
            except UnicodeDecodeError:
                raise InputError(f"undecodable bytes: invalid {name} after its byte-order mark") from None
    if declared:
        text = _decode_with(data, declared)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    best = matches[0] if matches else None
    if cp1252 is not None and _plausible_western(cp1252):
        if best is None or best.coherence == 0 or best.encoding in _WESTERN:
            return cp1252
        ties = [m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence]
        if any(m.encoding in _WESTERN for m in ties):
            return cp1252
    if best is not None:
        text = str(best)
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if text and printable >= 0.95 * len(text):
            return text
    raise InputError("undecodable bytes: not UTF-8 and no known text encoding fits")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def _html_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


# ---------------------------------------------------------------------------------------------------------------
# kind sniffing

_TAG = re.compile(
    r"<(?:p|div|br|a|span|h[1-6]|head|body|meta|title|script|style|li|ul|ol|table|tr|td|article|section|nav"
    r"|header|footer|main|img|link|figure|form|input|b|i|em|strong)\b[^<>]{0,500}>",
    re.I,
)


def sniff_kind(text: str) -> str:
    """'html' when ``text`` starts like an HTML document or holds several tags, else 'text'."""
    head = text[:5000].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("<?xml") and "<html" in head[:1000]:
        return "html"
    tags = 0
    for _ in _TAG.finditer(text, 0, 20000):
        tags += 1
        if tags >= 4:
            return "html"
    return "text"


# ---------------------------------------------------------------------------------------------------------------
# dates

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_TZ_ABBR = {"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
            "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
            "pdt": -420, "ist": 330, "jst": 540}
_MONTH_RE = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_TIME_RE = (r"(?:(?:\s*[,T@-]\s*|\s+(?:at\s+)?)(?P<hh>\d{1,2})[:h.](?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
            r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>z\b|utc|gmt|[+-]\d{2}:?\d{2}|[a-z]{3,4}\b)?"
            r"(?:\s*(?P<tz2>[+-]\d{2}:?\d{2}))?)?")
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME_RE, re.I),
    re.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})" + _TIME_RE, re.I),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r",?\s+(?P<y>\d{4})" + _TIME_RE, re.I),
    re.compile(_MONTH_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME_RE, re.I),
)


def _tz_minutes(tz: str | None) -> int | None:
    if not tz:
        return None
    tz = tz.lower()
    if tz in _TZ_ABBR:
        return _TZ_ABBR[tz]
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", tz)
    if m:
        return (1 if m.group(1) == "+" else -1) * (int(m.group(2)) * 60 + int(m.group(3)))
    return None


def parse_when(text: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The first date in ``text``: (ISO day, full UTC timestamp or None, (start, end) of the match).

    Numeric dates are read day first unless that is impossible ("08/25/2008"). A time without a time zone gives
    the day only: a timestamp is never guessed into UTC.
    """
    found = [hit for pattern in _DATE_PATTERNS if (hit := _first_date(pattern, text))]
    if not found:
        return None, None, None
    return min(found, key=lambda hit: hit[2][0])


def _first_date(pattern: re.Pattern, text: str) -> tuple[str, str | None, tuple[int, int]] | None:
    for m in pattern.finditer(text):
        g = m.groupdict()
        try:
            year, day = int(g["y"]), int(g["d"])
            month = _MONTHS[g["mon"][:3].lower()] if g.get("mon") else int(g["m"])
            if pattern is _DATE_PATTERNS[1] and month > 12 >= day:
                day, month = month, day  # US order, e.g. 08/25/2008
            if not 1900 <= year <= 2100:
                continue
            stamp = datetime(year, month, day)
        except (ValueError, KeyError):
            continue
        published = None
        tz = _tz_minutes(g.get("tz2")) if g.get("tz2") else _tz_minutes(g.get("tz"))
        if g.get("hh") is not None and tz is not None:
            hour = int(g["hh"])
            if g.get("ampm"):
                hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
            try:
                local = stamp.replace(hour=hour, minute=int(g["mi"]), second=int(g["ss"] or 0))
            except ValueError:
                local = None
            if local is not None:
                published = (local - timedelta(minutes=tz)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return stamp.strftime("%Y-%m-%d"), published, m.span()
    return None


def _date_argument(date: str) -> tuple[str, str | None]:
    """A caller's ``date``: an ISO day, or a timestamp reduced to its day (with its zone, the UTC time -> published)."""
    value = date.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        day, published, span = parse_when(value)
        if day is None:
            raise InputError(f"date {date!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
        return day, published
    day = stamp.strftime("%Y-%m-%d")
    if stamp.tzinfo is None:  # a day, or a local time in an unknown zone: never guessed into UTC
        return day, None
    return day, stamp.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------------------------
# text clean-up

# C0/C1 controls (not tab or newline), lone surrogates, zero-width and byte-order marks, soft hyphens
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u200b\u200e\u200f\ufeff\u00ad\ufffe\uffff]")
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _sanitise(text: str) -> str:
    text = _BREAKS.sub("\n", text)
    text = _JUNK.sub("", text)
    return unicodedata.normalize("NFC", text)


@dataclass(slots=True, frozen=True)
class _Chrome:
    kind: str
    match: Callable[[str], re.Match | None]
    needs: tuple[str, ...]  # the line (lower-cased) must hold one of these before the pattern is tried
    note: str


@cache
def _chrome_patterns() -> tuple[tuple[_Chrome, ...], re.Pattern, re.Pattern]:
    """The page-chrome patterns of ``data/chrome.tsv`` (kind, pattern, needs, note), compiled once.

    Each pattern must match a whole line (case-insensitive). ``needs`` lists words one of which the line must
    hold before the pattern is tried at all (a cheap gate for the costly patterns). A pattern written ``.*X.*``
    ("a line holding X") is run as a search for X, the same on one line and faster. The other patterns are also
    joined into one alternation, so that a line matching none of them is rejected in one call.
    """
    rows = [r for _, r in read_tsv(data_path("chrome.tsv"))]
    out, anchored = [], []
    for r in rows:
        pattern = r["pattern"]
        needs = tuple(w.strip().lower() for w in (r.get("needs") or "").split(",") if w.strip())
        if pattern.startswith(".*") and pattern.endswith(".*") and not pattern.endswith("\\.*"):
            match = re.compile(pattern[2:-2], re.I).search
        else:
            match = re.compile(pattern, re.I).fullmatch
            if not needs:
                anchored.append(re.sub(r"\(\?P<\w+>", "(?:", pattern))
        out.append(_Chrome(r["kind"], match, needs, r["note"]))
    gate = re.compile("|".join(f"(?:{p})" for p in anchored), re.I)
    words = sorted({w for c in out for w in c.needs}, key=len, reverse=True)
    needs_gate = re.compile("|".join(re.escape(w) for w in words) or "(?!)")
    return tuple(out), gate, needs_gate


def _chrome(line: str) -> tuple[str, re.Match] | None:
    """(kind, match) of the first chrome pattern matching the whole line, or None."""
    if len(line) > MAX_CHROME_LINE:
        return None
    patterns, gate, needs_gate = _chrome_patterns()
    lower = line.lower()
    any_anchored = gate.fullmatch(line) is not None
    if not any_anchored and needs_gate.search(lower) is None:
        return None
    for c in patterns:
        if c.needs:
            if not any(w in lower for w in c.needs):
                continue
        elif not any_anchored:
            continue
        m = c.match(line)
        if m:
            return c.kind, m
    return None


_CLOSERS = "\"'”’»)]›"
_TERMINAL = ".!?…"


def _terminal(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL


def _body_like(line: str) -> bool:
    """A line that reads as article prose: it ends a sentence, or is long."""
    words = line.count(" ") + 1
    return words >= 20 or (words >= 2 and _terminal(line))


def _key(line: str) -> str:
    return line.casefold()


@dataclass(slots=True)
class _Meta:
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    published: str | None = None


def _note_chrome(kind: str, m: re.Match, meta: _Meta) -> None:
    groups = m.re.groupindex
    if "outlet" in groups and m.group("outlet") and meta.outlet is None:
        meta.outlet = m.group("outlet").strip()
    if "when" in groups and m.group("when") and meta.date is None:
        day, published, _ = parse_when(m.group("when"))
        if day:
            meta.date, meta.published = day, published


def _date_line(line: str) -> tuple[str, str | None] | None:
    """(day, published) when the line is a bare date ("Monday, 25 August 2008 14:32 CET")."""
    if len(line) > 60 or not any(ch.isdigit() for ch in line):
        return None
    day, published, span = parse_when(line)
    if day and span[1] - span[0] >= 0.6 * len(line):
        return day, published
    return None


def _wrapped(prev: str, line: str) -> bool:
    """True when ``line`` continues ``prev``, hard-wrapped mid-sentence."""
    if _terminal(prev):
        return False
    return line[0].islower() or (line[0].isdigit() and prev[-1].isalpha()) or prev[-1] in ",;-–("


def _paragraphs(lines: list[str], keep: list[bool]) -> list[str]:
    """Kept lines -> paragraphs. A blank or dropped line ends a paragraph; so does a line that reads as a
    paragraph of its own. A line is joined to the one before only when it was hard-wrapped mid-sentence."""
    paras: list[str] = []
    current: list[str] = []
    for line, kept in zip(lines, keep):
        if not line or not kept:
            if current:
                paras.append(" ".join(current))
                current = []
            continue
        if current and not _wrapped(current[-1], line):
            paras.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paras.append(" ".join(current))
    return paras


def _clean_text(text: str, meta: _Meta) -> str:
    """Plain text with page chrome -> body paragraphs; fills ``meta`` with the title, outlet and dates found.

    Chrome lines go first (and the headline list after a "Related stories" line). Then, above the first line
    that reads as prose, a line repeated near the top, or else the first short line without closing
    punctuation, is the title; the other short lines there (section names, datelines, dates) go too.
    """
    lines = [" ".join(raw.split()) for raw in text.split("\n")]
    n = len(lines)
    keep = [bool(line) for line in lines]
    i = 0
    while i < n:
        line = lines[i]
        if not line:
            i += 1
            continue
        hit = _chrome(line)
        if hit:
            kind, m = hit
            keep[i] = False
            _note_chrome(kind, m, meta)
            if kind == "related":  # the headline list after "Related stories" goes as well
                j, dropped = i + 1, 0
                while j < n and dropped < 15:
                    if lines[j]:
                        if _body_like(lines[j]):
                            break
                        keep[j] = False
                        dropped += 1
                    j += 1
                i = j
                continue
        i += 1

    paras = _paragraphs(lines, keep)
    if not paras:
        return ""
    first_body = next((k for k, p in enumerate(paras) if _body_like(p)), None)
    if first_body is None:
        return "\n\n".join(paras)
    top = paras[: first_body + 2][:8]
    # a line repeated near the top is the headline, even when it ends with "?" or "!"
    counts: dict[str, int] = {}
    for p in top:
        counts[_key(p)] = counts.get(_key(p), 0) + 1
    title_key = next((_key(p) for p in top if counts[_key(p)] > 1 and p.count(" ") < 30), None)
    header = paras[:first_body]
    if title_key is None:
        for p in header:
            words = p.count(" ") + 1
            if 2 <= words <= 30 and p[-1] not in ".,;:" and not _date_line(p):
                title_key = _key(p)
                break
    title = None
    body = []
    for k, p in enumerate(paras):
        if title_key is not None and _key(p) == title_key:
            title = title or p
            continue
        if k < first_body:
            stamp = _date_line(p)
            if stamp:
                if meta.date is None:
                    meta.date, meta.published = stamp
                continue
            if p.count(" ") < 8:  # short labels above the article: section names, datelines
                continue
        body.append(p)
    if not body:  # nothing but a headline: keep it as the text
        return "\n\n".join(paras)
    meta.title = title
    return "\n\n".join(body)


# ---------------------------------------------------------------------------------------------------------------
# HTML

_PUBLISHED = re.compile(
    r"""(?:(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished"""
    r"""|pubdate|publishdate|dc\.date(?:\.issued)?)["'][^>]{0,40}?content\s*=\s*["']"""
    r"""|"datePublished"\s*:\s*")(?P<when>[^"'<>]{8,40})""",
    re.I,
)


def _clean_html(html: str, url: str | None, meta: _Meta) -> tuple[str, str | None]:
    from trafilatura import bare_extraction

    result = None
    # precision first (it leaves menus and teaser lists out); the balanced default only when that finds nothing
    for precise in (True, False):
        try:
            result = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                     favor_precision=precise)
        except Exception:  # trafilatura and lxml raise many kinds of error on broken markup
            result = None
        if result is not None and result.text:
            break
    if result is None or not result.text:
        raise InputError("no article text found in HTML")
    meta.outlet = " ".join(result.sitename.split()) if result.sitename else None
    meta.title = " ".join(result.title.split()) if result.title else None
    if meta.title and meta.outlet:  # "Talks collapse in Geneva | Daily Planet" -> "Talks collapse in Geneva"
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if meta.title.endswith(sep + meta.outlet) and len(meta.title) > len(sep + meta.outlet):
                meta.title = meta.title[: -len(sep + meta.outlet)]
                break
    if result.date:
        day, _, _ = parse_when(result.date)
        meta.date = day
    m = _PUBLISHED.search(html, 0, 200_000)
    if m:
        day, published, _ = parse_when(m.group("when"))
        if day and (meta.date is None or meta.date == day):
            meta.date, meta.published = day, published
    lines = [" ".join(line.split()) for line in _sanitise(result.text).split("\n")]
    title_key = _key(meta.title) if meta.title else None
    paras = []
    for line in lines:
        if not line or (title_key and _key(line) == title_key):
            continue
        hit = _chrome(line)
        if hit:
            _note_chrome(*hit, meta)
            continue
        paras.append(line)
    if not any(_body_like(p) for p in paras):
        raise InputError("no article text found in HTML")
    return "\n\n".join(paras), result.url or url


# ---------------------------------------------------------------------------------------------------------------
# language


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, offline. A short text gives the identifier little to go on
    ("Putin met Erdogan in Sochi."): an unsure guess (probability under 0.5, or under 0.95 for a text of under 50
    words) with English among its five best readings is taken as English. Names carry no language, and in a short
    text they can outweigh the rest ("Kenyan President William Ruto met Tanzania's president." reads as Swahili):
    there the words that are not capitalised are judged alone, and a reading of them that is not English and under
    SHORT_TEXT_SURE is taken as English too."""
    sample = text[:LANGID_CHARS]
    if sum(1 for ch in sample[:200] if ch.isalpha()) < 3:
        return None
    ranked = _identifier().rank(sample)[:5]
    lang, prob = ranked[0]
    words = sample.split()
    short = len(words) < 50
    if lang != "en" and any(code == "en" for code, _ in ranked) and (prob < 0.5 or (short and prob < 0.95)):
        return "en"
    if lang != "en" and short:
        rest = " ".join(w for w in words if not w[:1].isupper())
        rest_lang, rest_prob = _identifier().rank(rest)[0] if rest else ("en", 0.0)
        if rest_lang == "en" or rest_prob < SHORT_TEXT_SURE:
            return "en"
    return lang


# ---------------------------------------------------------------------------------------------------------------
# the stage


def extract(
    content: bytes | str,
    *,
    kind: str | None = None,
    url: str | None = None,
    date: str | None = None,
    settings: Settings | None = None,
    default_date: str | None = None,
) -> Document:
    """A raw page -> a ``Document`` with clean body text, id, title, outlet, date, published, language, skipped.

    ``kind`` is 'html' or 'text' (None: sniffed). ``date`` (ISO day or timestamp) overrides any date on the page;
    ``default_date`` is used only where the page gives none.
    Raises ``InputError`` for empty, binary, over-size or undecodable input, and for HTML with no article.
    """
    settings = settings or Settings()
    if kind not in (None, "html", "text"):
        raise InputError(f"unknown input kind {kind!r}: expected 'html' or 'text'")
    if isinstance(content, bytes | bytearray | memoryview):
        data = bytes(content)
        if len(data) > settings.max_bytes:
            raise InputError(f"input is {format_size(len(data))}, over --max-bytes {settings.max_bytes}")
        if not data.strip():
            raise InputError("empty input")
        what = binary_kind(data)
        if what:
            raise InputError(f"binary input ({what}), not a text or HTML page")
        if kind != "text" and (kind == "html" or sniff_kind(data[:20000].decode("latin-1")) == "html"):
            text = decode_bytes(data, _html_charset(data))
        else:
            text = decode_bytes(data)
    elif isinstance(content, str):
        text = content
        if len(text) * 4 > settings.max_bytes and len(text.encode("utf-8", "surrogatepass")) > settings.max_bytes:
            size = format_size(len(text.encode("utf-8", "surrogatepass")))
            raise InputError(f"input is {size}, over --max-bytes {settings.max_bytes}")
    else:
        raise InputError(f"cannot read input of type {type(content).__name__}: expected bytes or str")

    if kind is None:
        kind = sniff_kind(text)
    meta = _Meta()
    page_url = url
    if kind == "html":
        body, page_url = _clean_html(text, url, meta)
        page_url = url or page_url
    else:
        text = _sanitise(text)
        if not text.strip():
            raise InputError("empty input")
        body = _clean_text(text, meta)
        if not body:
            raise InputError("no article text left after removing page chrome")

    if date:
        meta.date, meta.published = _date_argument(date)
    elif default_date and not meta.date:  # e.g. a crawl date: only where the page gives none
        meta.date, meta.published = _date_argument(default_date)
    language = _language(body)
    doc = Document(
        text=body,
        id=content_hash(body),
        url=page_url,
        outlet=meta.outlet,
        title=meta.title,
        date=meta.date,
        published=meta.published,
        language=language,
    )
    if language is not None and language not in settings.languages:
        doc.skipped = f"language {language} not coded"
    return doc

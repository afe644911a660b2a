"""Reads actor, agent, verb and discard dictionaries in PETRARCH/TABARI format and maps them onto dyad's lexicon.

The formats are those of PETRARCH2's dictionaries (``Phoenix.*.actors.txt``, ``Phoenix.agents.txt``,
``CAMEO.2.0.txt``, ``Phoenix.discards.txt``):

actors    ``WORD_WORD_ [CODE]`` starts an entry; ``+WORD_WORD`` lines add synonyms; ``[CODE]`` lines or further
          ``[CODE ...]`` groups add codes, optionally restricted in time: ``[CODE >YYMMDD]`` from that day,
          ``[CODE <YYMMDD]`` up to it, ``[CODE YYMMDD-YYMMDD]`` between (YYYYMMDD also accepted; YY 00-30 is 20YY).
          An unrestricted code is the entry's reading outside the restricted periods. ``[---]`` is the null code.
agents    ``WORD_WORD {PLURAL} [~ROL]``: a role noun whose role is added after the actor's code; ``[IGO~]`` puts it
          before; ``!PERSON! = MAN, MEN, ...`` defines a substitution used as ``CONGRESS!PERSON!``.
verbs     ``&NAME`` synsets of ``+WORD`` members; ``--- NAME [CODE] ---`` opens a block of synonymous verbs (a verb
          line may carry its own ``[CODE]``; ``+ASK_FOR`` is a verb with a particle); ``- <before> * <after> [CODE]``
          patterns apply to every verb of the block: ``{...}`` a noun phrase (last word the head), ``(PREP ...)`` a
          prepositional phrase, ``&NAME`` any member of a synset, ``+`` the target and ``$`` the source.
discards  a phrase per line; a sentence holding it is not coded; with a leading ``+`` the whole story is not.

``#`` starts a comment anywhere on a line, as in PETRARCH; ``<!-- ... -->`` comments are skipped.

What maps onto dyad's model is imported: named actors (countries, persons with dated offices, organizations),
role nouns, verbs with their particles and prepositions and an optional object noun, and discards. What does not
(patterns constrained before the verb, nouns inside prepositional phrases, multi-word noun phrases, source
markers, prefix agent codes, paired codes' second half, verb transformations) is counted by reason in an
:class:`ImportReport`, never an error. Malformed lines are recorded as :class:`DictionaryError` messages naming
the file and line and skipped; ``strict=True`` raises the first instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DictionaryError
from .lexicon import PREPOSITIONS

_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_BLOCK = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_BRACKETS = re.compile(r"\[([^\]]*)\]")


# ---------------------------------------------------------------------------------------------------- records

@dataclass(slots=True, frozen=True)
class ActorCode:
    code: str
    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None


@dataclass(slots=True)
class ActorEntry:
    """One actor: its phrases (the first is the root), its codes, and where it was read."""

    phrases: list[str]
    codes: list[ActorCode]
    where: str


@dataclass(slots=True, frozen=True)
class Agent:
    phrase: str  # lower-case words separated by single spaces
    role: str
    where: str
    derived: bool = False  # the singular of a phrase written in the plural


@dataclass(slots=True, frozen=True)
class VerbRule:
    """A verb pattern in dyad's terms: lemma + particles/prepositions + optional object nouns -> CAMEO code."""

    lemma: str
    preps: tuple[str, ...]
    noun: frozenset[str] | None
    code: str
    target_prep: str | None  # a preposition whose object the pattern marks as the target ("(TO +)")
    where: str


@dataclass(slots=True, frozen=True)
class Discard:
    phrase: str  # lower-case words separated by single spaces
    story: bool  # True: the whole story is not coded
    whole_word: bool  # True: the phrase must end at a word boundary ("XXX_")
    where: str


@dataclass(slots=True)
class ImportReport:
    """What one file gave: entries read, entries imported, lines skipped by reason, malformed lines."""

    path: str
    kind: str
    entries: int = 0
    imported: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: list[DictionaryError] = field(default_factory=list)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def summary(self) -> str:
        parts = [f"{self.path}: {self.kind}, {self.entries} entries, {self.imported} imported"]
        if self.skipped:
            parts.append("not mapped: " + ", ".join(f"{n} {r}" for r, n in self.skipped.most_common()))
        if self.errors:
            parts.append(f"{len(self.errors)} malformed lines skipped (first: {self.errors[0]})")
        return "; ".join(parts)


class _Reader:
    """Lines of a dictionary file with comments removed, numbered; malformed lines recorded or raised."""

    def __init__(self, path: Path, kind: str, strict: bool):
        self.path = Path(path)
        self.report = ImportReport(str(path), kind)
        self.strict = strict
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise DictionaryError(f"{path}: cannot read dictionary file ({exc.strerror or exc})") from None
        if b"\x00" in raw:
            raise DictionaryError(f"{path}: not a text file")
        try:
            self.text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise DictionaryError(f"{path}:{line}: not UTF-8 ({exc.reason})") from None

    def lines(self):
        """(line number, line without comments, stripped of the line end) for every line with content."""
        in_comment = False
        for n, line in enumerate(self.text.splitlines(), 1):
            if in_comment:
                if "-->" in line:
                    in_comment = False
                    line = line[line.index("-->") + 3:]
                else:
                    continue
            while "<!--" in line:
                head, _, rest = line.partition("<!--")
                if "-->" in rest:
                    line = head + rest[rest.index("-->") + 3:]
                else:
                    line, in_comment = head, True
            if "#" in line:
                line = line[:line.index("#")]
            if line.strip():
                yield n, line.rstrip()

    def where(self, n: int) -> str:
        return f"{self.path}:{n}"

    def error(self, n: int, msg: str) -> None:
        err = DictionaryError(f"{self.path}:{n}: {msg}")
        if self.strict:
            raise err
        self.report.errors.append(err)


def _words(phrase: str) -> str:
    """A dictionary phrase (WORD_WORD or WORD WORD) as lower-case words separated by single spaces."""
    return " ".join(phrase.replace("_", " ").lower().split())


# ---------------------------------------------------------------------------------------------------- dates

def parse_date(s: str) -> str:
    """A TABARI date (YYMMDD, YY 00-30 = 20YY; or YYYYMMDD) as an ISO day; ValueError if it is not one."""
    if not s.isdigit() or len(s) not in (6, 8):
        raise ValueError(f"'{s}' is not a YYMMDD or YYYYMMDD date")
    if len(s) == 6:
        yy = int(s[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), s[2:]
    else:
        year, rest = int(s[:4]), s[4:]
    try:
        return dt.date(year, int(rest[:2]), int(rest[2:4])).isoformat()
    except ValueError:
        raise ValueError(f"'{s}' is not a valid date") from None


def parse_code(text: str) -> ActorCode:
    """``CODE``, ``CODE >D``, ``CODE <D`` or ``CODE D1-D2`` -> ActorCode; ValueError if malformed."""
    parts = re.sub(r"([<>])\s+", r"\1", text).split()  # "> 140608" as written in some entries
    if not parts:
        raise ValueError("empty code")
    code = parts[0].upper()
    if code != "---" and not _CODE.match(code):
        raise ValueError(f"'{parts[0]}' is not an actor code")
    if len(parts) == 1:
        return ActorCode(code)
    if len(parts) > 2:
        raise ValueError(f"'[{text}]' has more than a code and a date restriction")
    r = parts[1]
    if r.startswith(">"):
        return ActorCode(code, since=parse_date(r[1:]))
    if r.startswith("<"):
        return ActorCode(code, until=parse_date(r[1:]))
    if "-" in r:
        a, _, b = r.partition("-")
        since, until = parse_date(a), parse_date(b)
        if since > until:
            raise ValueError(f"'{r}' ends before it starts")
        return ActorCode(code, since, until)
    raise ValueError(f"'{r}' is not a date restriction (>D, <D or D-D)")


# ---------------------------------------------------------------------------------------------------- actors

def read_actors(path: Path, strict: bool = False) -> tuple[list[ActorEntry], ImportReport]:
    """Entries of a PETRARCH/TABARI actor dictionary."""
    rd = _Reader(path, "actors", strict)
    entries: list[ActorEntry] = []
    cur: ActorEntry | None = None

    def codes_of(n: int, text: str) -> list[ActorCode]:
        out = []
        if text.count("[") != text.count("]"):
            rd.error(n, f"unbalanced brackets in '{text.strip()}'")
            return out
        for group in _BRACKETS.findall(text):
            try:
                out.append(parse_code(group))
            except ValueError as exc:
                rd.error(n, str(exc))
        return out

    for n, line in rd.lines():
        s = line.strip()
        if s.startswith("["):
            if cur is None:
                rd.error(n, "a code line before any actor")
                continue
            cur.codes.extend(codes_of(n, s))
        elif s.startswith("+"):
            if cur is None:
                rd.error(n, "a synonym before any actor")
                continue
            phrase, _, rest = s[1:].partition("[")
            if _words(phrase):
                cur.phrases.append(_words(phrase))
            if rest:
                cur.codes.extend(codes_of(n, "[" + rest))
        else:
            phrase, bracket, rest = s.partition("[")
            if not _words(phrase):
                rd.error(n, f"no actor phrase in '{s}'")
                continue
            cur = ActorEntry([_words(phrase)], codes_of(n, bracket + rest) if bracket else [], rd.where(n))
            entries.append(cur)
    rd.report.entries = len(entries)
    for e in entries:
        if any(c.code != "---" for c in e.codes):
            rd.report.imported += 1
        else:
            rd.report.skip("actors with no code or the null code")
    return entries, rd.report


def _day(iso: str, delta: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=delta)).isoformat()


def periods(codes: list[ActorCode]) -> list[ActorCode]:
    """An entry's codes as periods that do not leave its unrestricted code overlapping a restricted one: each
    unrestricted code holds outside the union of the restricted periods (the first unrestricted code wins)."""
    dated = [c for c in codes if c.dated and c.code != "---"]
    default = next((c for c in codes if not c.dated), None)
    out = list(dated)
    if default is None or default.code == "---":
        return out
    lo, hi = "0001-01-01", "9999-12-31"
    merged: list[list[str]] = []
    for a, b in sorted(((c.since or lo), (c.until or hi)) for c in dated):
        if merged and (merged[-1][1] == hi or a <= _day(merged[-1][1], 1)):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    start: str | None = None
    for a, b in merged:
        if a != lo:
            out.append(ActorCode(default.code, start, _day(a, -1)))
        if b == hi:
            return out
        start = _day(b, 1)
    out.append(ActorCode(default.code, start, None))
    return out


# ---------------------------------------------------------------------------------------------------- agents

def read_agents(path: Path, strict: bool = False) -> tuple[list[Agent], ImportReport]:
    """Role nouns of a PETRARCH agents dictionary. Plural forms in {...} are not kept: dyad matches role nouns by
    lemma, so a phrase written in the plural is kept in the singular as well."""
    rd = _Reader(path, "agents", strict)
    markers: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for n, line in rd.lines():
        s = line.strip()
        if "!" in s and "=" in s:
            m = re.match(r"^!([^!\s]+)!\s*=\s*(.+)$", s)
            if not m:
                rd.error(n, f"substitution marker incorrectly defined: '{s}'")
                continue
            markers[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        rd.report.entries += 1
        if "[" not in s or "]" not in s:
            rd.error(n, f"agent without a [~CODE]: '{s}'")
            continue
        phrase, _, rest = s.partition("[")
        code = rest.partition("]")[0].strip().upper()
        if "{" in phrase:
            if "}" not in phrase:
                rd.error(n, "missing '}'")
                continue
            phrase = phrase[:phrase.index("{")]
        if code.endswith("~") and _CODE.match(code[:-1]):
            rd.report.skip("codes put before the actor's (IGO~, NGO~)")
            continue
        if not (code.startswith("~") and _CODE.match(code[1:])):
            rd.error(n, f"'[{code}]' is not an agent code ([~ROL] or [ROL~])")
            continue
        forms = [phrase]
        m = re.search(r"!([^!\s]*)!", phrase)
        if m:
            if m.group(1) not in markers:
                rd.error(n, f"substitution marker !{m.group(1)}! is not defined")
                continue
            forms = [phrase[:m.start()] + sub + phrase[m.end():] for sub in markers[m.group(1)]]
        for f in forms:
            words = _words(f).split()
            if not words:
                continue
            # dyad matches role nouns by lemma: a plural head ("ARMED_FORCES") is also kept in the singular
            for last in sorted(_noun_forms(words[-1])):
                agents.append(Agent(" ".join(words[:-1] + [last]), code[1:], rd.where(n), last != words[-1]))
        rd.report.imported += 1
    return agents, rd.report


# ---------------------------------------------------------------------------------------------------- verbs

def _noun_forms(word: str) -> set[str]:
    """A pattern noun and, where it looks plural, its singular: dyad matches the object's lemma."""
    w = word.lower()
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    elif w.endswith(("ses", "xes", "zes", "ches", "shes")) and len(w) > 4:
        out.add(w[:-2])
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    return out


def _tokens(text: str) -> list[str]:
    """Pattern text split into words, with ( ) { } as tokens of their own."""
    return re.sub(r"([(){}])", r" \1 ", text).split()


class _Block:
    def __init__(self, name: str, code: str, where: str):
        self.name, self.code, self.where = name, code, where
        self.verbs: list[tuple[str, tuple[str, ...]]] = []  # (lemma, particles)
        self.patterns: list[tuple[int, str]] = []  # (line, text)


def read_verbs(path: Path, cameo=None, strict: bool = False) -> tuple[list[VerbRule], ImportReport]:
    """Verb rules of a PETRARCH verb dictionary. ``cameo`` (a collection of codes), when given, is the set of
    codes a rule may carry; others are counted as not mapped."""
    rd = _Reader(path, "verbs", strict)
    rep = rd.report
    synsets: dict[str, set[str]] = {}
    cur_syn: str | None = None
    block: _Block | None = None
    rules: list[VerbRule] = []

    def close(b: _Block | None) -> None:
        if b is None:
            return
        if not b.verbs:
            rep.skip("blocks without a mappable verb", 1)
            if b.patterns:
                rep.skip("patterns of blocks without a mappable verb", len(b.patterns))
            return
        for n, text in b.patterns:
            rep.entries += 1
            mapped = _pattern(rd, n, text, synsets, cameo)
            if mapped is None:
                continue
            preps, noun, code, target_prep = mapped
            for lemma, vpreps in b.verbs:
                rules.append(VerbRule(lemma, vpreps + preps, noun, code, target_prep, rd.where(n)))
            rep.imported += 1

    for n, line in rd.lines():
        s = line.strip()
        if s.startswith("---"):
            close(block)
            cur_syn = None
            m = _BLOCK.match(s)
            if not m:
                rd.error(n, f"block header is not '--- NAME [CODE] ---': '{s}'")
                block = None
                continue
            block = _Block(m.group(1), m.group(2).strip(), rd.where(n))
        elif s.startswith("&"):
            cur_syn = s.split()[0]
            synsets.setdefault(cur_syn, set())
        elif s.startswith("+") and cur_syn is not None:
            member = _words(s[1:])
            if len(member.split()) == 1:
                synsets[cur_syn] |= _noun_forms(member)
            else:
                rep.skip("multi-word synset members")
        elif s.startswith("~"):
            rep.skip("verb transformations")
        elif s.startswith("-"):
            if block is None:
                rd.error(n, "a pattern outside a verb block")
                continue
            block.patterns.append((n, s[1:]))
        else:
            if block is None:
                rd.error(n, f"a verb outside a verb block: '{s}'")
                continue
            rep.entries += 1
            s = s.split(";")[0].strip()  # TABARI's ';' comments ("SCRAP {...};shan 8/30/93")
            if s.count("{") != s.count("}") or s.count("[") != s.count("]"):
                rd.error(n, f"unbalanced brackets in '{s}'")
                continue
            codes = _BRACKETS.findall(s)
            head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", s).split()
            if len(head) != 1:
                rd.error(n, f"a verb line must hold one verb: '{s}'")
                continue
            verb = head[0]
            code = (codes[0].strip() if codes else block.code) or "---"
            if "_" in verb:
                parts = verb.split("_")
                if not parts[0].startswith("+"):
                    rep.skip("multi-word verbs with words before the verb")
                    continue
                rest = [p.lower() for p in parts[1:] if p]
                if not all(p in PREPOSITIONS for p in rest):
                    rep.skip("multi-word verbs whose other words are not particles")
                    continue
                lemma, particles = parts[0][1:].lower(), tuple(rest)
            else:
                lemma, particles = verb.lstrip("+").lower(), ()
            if "-" in lemma and lemma.replace("-", "").isalpha():
                rep.skip("hyphenated verbs (the parser splits them)")
                continue
            if not lemma.isalpha():
                rd.error(n, f"'{verb}' is not a verb")
                continue
            block.verbs.append((lemma, particles))
            if code == "---":
                rep.skip("verbs with the null code (no event alone)")
            else:
                c = code.split(":")[0]
                if cameo is not None and c not in cameo:
                    rep.skip("codes not in the CAMEO table")
                else:
                    rules.append(VerbRule(lemma, particles, None, c, None, rd.where(n)))
                    rep.imported += 1
    close(block)
    return rules, rep


def _pattern(rd: _Reader, n: int, text: str, synsets, cameo):
    """One '- ... * ... [CODE]' pattern -> (preps, noun forms, code, target preposition), or None (counted)."""
    rep = rd.report
    if text.count("[") != 1 or not text.rstrip().endswith("]"):
        rd.error(n, f"pattern does not end in one [CODE]: '-{text}'")
        return None
    body, _, code = text.rpartition("[")
    code = code.rstrip()[:-1].strip()
    if "*" not in body:
        rd.error(n, f"pattern without '*' for the verb: '-{text}'")
        return None
    before, _, after = body.partition("*")
    if before.strip():
        rep.skip("patterns with words before the verb")
        return None
    if code == "---" or not code:
        rep.skip("patterns with the null code")
        return None
    if ":" in code:
        first, _, second = code.partition(":")
        if not first:
            rep.skip("patterns coded for the target side only ([:CODE])")
            return None
        rep.skip("paired codes (first kept)")
        code = first
    if cameo is not None and code not in cameo:
        rep.skip("codes not in the CAMEO table")
        return None
    toks = _tokens(after)
    if toks.count("(") != toks.count(")") or toks.count("{") != toks.count("}"):
        rd.error(n, f"unbalanced brackets in '-{text}'")
        return None
    preps: list[str] = []
    noun: set[str] | None = None
    target_prep = None
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "(":
            j = toks.index(")", i) if ")" in toks[i:] else -1
            if j < 0 or "(" in toks[i + 1:j]:
                rd.error(n, f"unbalanced brackets in '-{text}'")
                return None
            inner = toks[i + 1:j]
            if not inner or inner[0].lower() not in PREPOSITIONS:
                rep.skip("prepositional phrases dyad does not know the preposition of")
                return None
            if len(inner) == 2 and inner[1] == "+":
                target_prep = inner[0].lower()
            elif len(inner) > 1:
                rep.skip("patterns marking the source" if "$" in inner else "nouns inside prepositional phrases")
                return None
            preps.append(inner[0].lower())
            i = j + 1
            continue
        if t == "{":
            rep.skip("multi-word noun phrases")
            return None
        if t == "$":
            rep.skip("patterns marking the source")
            return None
        if t == "+":
            i += 1
            continue
        if t in ("%", "^") or t.startswith(("%", "^")):
            rep.skip("patterns with % or ^ markers")
            return None
        if noun is None and t.lower() in PREPOSITIONS:  # a particle: "- * UP RESISTANCE", "- * OFF (FOR)"
            preps.append(t.lower())
            i += 1
            continue
        if noun is not None:
            rep.skip("patterns with more than one noun")
            return None
        if t.startswith("&"):
            if t not in synsets:
                rd.error(n, f"synset {t} is not defined")
                return None
            if not synsets[t]:
                rep.skip("synsets with no single-word member")
                return None
            noun = set(synsets[t])
        elif re.fullmatch(r"[A-Za-z][A-Za-z'\-]*_?", t):
            noun = _noun_forms(t.rstrip("_"))
        else:
            rep.skip("patterns with other tokens")
            return None
        i += 1
    if noun is None and not preps:
        rep.skip("patterns that add nothing to the verb")
        return None
    return tuple(preps), (frozenset(noun) if noun else None), code, target_prep


# ---------------------------------------------------------------------------------------------------- discards

def read_discards(path: Path, strict: bool = False) -> tuple[list[Discard], ImportReport]:
    rd = _Reader(path, "discards", strict)
    out = []
    for n, line in rd.lines():
        s = line.strip()
        rd.report.entries += 1
        story = s.startswith("+")
        if story:
            s = s[1:]
        whole = s.rstrip().endswith("_")
        words = _words(s)
        if not words:
            rd.error(n, "empty discard phrase")
            continue
        out.append(Discard(words, story, whole, rd.where(n)))
        rd.report.imported += 1
    return out, rd.report


def discard_hit(discards: list[Discard], text: str) -> Discard | None:
    """The first discard phrase found in ``text`` (case-insensitive; starting at a word boundary, and ending at
    one when the phrase was written with a final '_')."""
    low = " " + " ".join(re.sub(r"[^\w'\-]+", " ", text.lower()).split()) + " "
    for d in discards:
        needle = " " + d.phrase + (" " if d.whole_word else "")
        if needle in low:
            return d
    return None


# ---------------------------------------------------------------------------------------------------- folders

def kind_of(path: Path) -> str | None:
    """Which PETRARCH dictionary a file is, by its name (``*actors*``, ``*agents*``, ``*discards*``, ``*verbs*``)
    or, for other ``.txt`` files, by content (a verb dictionary has ``--- NAME [CODE] ---`` block lines)."""
    name = path.name.lower()
    if name.endswith(".tsv") or not path.is_file():
        return None
    for kind in ("actors", "agents", "discards", "verbs"):
        if kind in name:
            return kind
    if name.endswith(".txt"):
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for _, line in zip(range(5000), f):
                    if _BLOCK.match(line.strip()):
                        return "verbs"
        except OSError:
            return None
    return None


@dataclass(slots=True)
class Imported:
    """Everything read from the PETRARCH-format files of one folder."""

    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    verbs: list[VerbRule] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    reports: list[ImportReport] = field(default_factory=list)

    def has(self, kind: str) -> bool:
        return any(r.kind == kind for r in self.reports)


def read_folder(folder: Path, cameo=None, strict: bool = False) -> Imported:
    """Read every PETRARCH-format dictionary in ``folder`` (files in name order)."""
    out = Imported()
    for path in sorted(Path(folder).iterdir()):
        kind = kind_of(path)
        if kind == "actors":
            items, rep = read_actors(path, strict)
            out.actors += items
        elif kind == "agents":
            items, rep = read_agents(path, strict)
            out.agents += items
        elif kind == "verbs":
            items, rep = read_verbs(path, cameo, strict)
            out.verbs += items
        elif kind == "discards":
            items, rep = read_discards(path, strict)
            out.discards += items
        else:
            continue
        out.reports.append(rep)
    return out


# ---------------------------------------------------------------------------------------------------- to dyad

def _display(phrase: str) -> str:
    return " ".join(w if any(c.isdigit() for c in w) else (w.upper() if "." in w else w.capitalize())
                    for w in phrase.split())


def actor_rows(entries: list[ActorEntry], country_codes: set[str]):
    """Actor entries as dyad rows: (countries, persons, organizations), each a list of dicts with the columns of
    countries.tsv, persons.tsv and organizations.tsv. An entry whose current code (undated, or open-ended) is a
    country code gives names of that country; any other entry with dated codes is a person (an office holder);
    the rest are named organizations or groups."""
    countries: dict[str, dict[str, str]] = {}
    persons: list[dict[str, str]] = []
    orgs: list[dict[str, str]] = []
    for e in entries:
        codes = [c for c in e.codes if c.code != "---"]
        if not codes:
            continue
        names = [_display(p) for p in dict.fromkeys(e.phrases)]
        current = [c for c in codes if c.until is None]
        if current and all(c.code == current[0].code for c in current) and current[0].code in country_codes:
            # a country (its earlier codes, as USRUKR before 1991 for Ukraine, have no place in countries.tsv)
            code = current[0].code
            row = countries.setdefault(code, {"code": code, "name": names[0], "aliases": "", "adjectives": "",
                                              "capital": "", "seats": ""})
            row["aliases"] = "|".join(dict.fromkeys(
                a for a in [*row["aliases"].split("|"), *names] if a and a != row["name"]))
            continue
        aliases = "|".join(names[1:])
        if any(c.dated for c in codes):
            for c in periods(codes):
                persons.append({"name": names[0], "aliases": aliases, "code": c.code, "from": c.since or "",
                                "until": c.until or "", "note": e.where})
        else:
            orgs.append({"name": names[0], "aliases": aliases, "code": codes[0].code, "case": "", "from": "",
                         "until": "", "note": e.where})
    return list(countries.values()), persons, orgs


# where an imported pattern's target is looked for, in order: PETRARCH takes it from the verb's object or from a
# prepositional phrase on the verb; place prepositions (in, near, at) are left out, as places are not targets
IMPORTED_TARGETS = ("dobj", "dative", "prep:with", "prep:against", "prep:on", "prep:to", "prep:into", "prep:for",
                    "prep:from", "prep:of", "prep:toward", "prep:towards", "prep:over")


def lay_over(lex, imported: Imported, country_codes: set[str]) -> None:
    """Lay what was imported over ``lex`` (a dyad.lexicon.Lexicon), as a user's TSV rows are: an imported verb
    pattern replaces one with the same verb, prepositions and object nouns; an imported name replaces a person or
    organization row of that name; imported country names are added to the country's row; an imported role noun
    replaces the row of the same phrase. Dictionaries the caller chose to replace were simply not loaded."""
    from .lexicon import VerbPattern

    seen: set[tuple] = set()
    fresh: dict[str, list[VerbPattern]] = {}
    for r in imported.verbs:
        key = (r.lemma, r.preps, r.noun)
        if key in seen:
            continue  # the first pattern for a key wins, as in PETRARCH's own dictionaries
        seen.add(key)
        extra = tuple(f"prep:{p}" for p in r.preps if f"prep:{p}" not in IMPORTED_TARGETS)
        targets = IMPORTED_TARGETS + extra
        if r.target_prep:
            targets = (f"prep:{r.target_prep}",) + tuple(t for t in targets if t != f"prep:{r.target_prep}")
        fresh.setdefault(r.lemma, []).append(VerbPattern(r.lemma, r.preps, r.noun, r.code, targets, None, r.where))
    for lemma, pats in fresh.items():
        keys = {(p.lemma, p.preps, p.noun) for p in pats}
        kept = [p for p in lex.verbs.get(lemma, []) if (p.lemma, p.preps, p.noun) not in keys]
        lex.verbs[lemma] = sorted(kept + pats, key=lambda p: -p.specificity)

    countries, persons, orgs = actor_rows(imported.actors, country_codes)
    names = {r["name"].lower() for r in persons + orgs}
    names |= {a.lower() for r in persons + orgs for a in r["aliases"].split("|") if a}
    lex.persons = [r for r in lex.persons if r["name"].lower() not in names] + persons
    lex.organizations = [r for r in lex.organizations if r["name"].lower() not in names] + orgs
    by_code = {r["code"].upper(): i for i, r in enumerate(lex.countries)}
    for row in countries:
        if row["code"] in by_code:
            old = dict(lex.countries[by_code[row["code"]]])
            old["aliases"] = "|".join(dict.fromkeys(a for a in [*old.get("aliases", "").split("|"), row["name"],
                                                                 *row["aliases"].split("|")] if a))
            lex.countries[by_code[row["code"]]] = old
        else:
            lex.countries.append(row)
    for a in sorted(imported.agents, key=lambda a: not a.derived):  # a phrase as written wins over a derived one
        lex.roles[tuple(a.phrase.split())] = a.role
    lex.discards = lex.discards + imported.discards
    lex.imports = lex.imports + imported.reports


def discard_events(doc, discards: list[Discard]) -> None:
    """Drop a document's events where a discard phrase occurs: all of them for a story-level phrase, those of the
    sentence for a sentence-level one (PETRARCH does not code such sentences at all)."""
    if not doc.events:
        return
    story = [d for d in discards if d.story]
    if story and discard_hit(story, doc.text):
        doc.events = []
        return
    sentence = [d for d in discards if not d.story]
    if not sentence or not doc.sentences:
        return
    hit = {i for i, (s, e) in enumerate(doc.sentences) if discard_hit(sentence, doc.text[s:e])}
    if hit:
        doc.events = [ev for ev in doc.events if ev.sentence not in hit]

"""Loads every data file of dyad once: the CAMEO and PLOVER tables, the verb lexicon and the actor dictionaries.

Files are TSV with a header line; lines starting with ``#`` are comments; ``|`` separates alternatives in a field.
A user dictionary directory (``--dict DIR`` or ``DYAD_DICT``) may hold files of the same names: their rows are
laid over the package's (a row with the same key replaces the package's row), or, with ``replace`` (``--dict-only``),
used instead of the package's file. The folder may also hold dictionaries in PETRARCH/TABARI format (read by
``petrarch_dict``): actor files stand for countries/persons/organizations/territories.tsv, an agents file for
roles.tsv, a verb file for verbs/complements/event_nouns.tsv. Errors name the file and line.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import DictionaryError

PREPOSITIONS = frozenset(
    "about across ahead aside after against along alongside among around as at away back before behind between by down "
    "for from in into near of off on onto out over through to toward towards under up upon with within without".split()
)


def data_path(name: str) -> Path:
    return Path(str(resources.files("dyad") / "data" / name))


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV data file as (line number, {column: value}); comments and blank lines skipped."""
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read dictionary file ({exc})") from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DictionaryError(f"{path}:{n}: {len(cells)} columns, the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append((n, dict(zip(header, cells))))
    return rows


def _rows(name: str, dict_dir: Path | None, key: str | None = None, replace: bool = False,
          package: bool = True) -> list[tuple[str, int, dict[str, str]]]:
    """The package's rows of ``name``, with a user file of the same name laid over them (or, with ``replace``,
    instead of them). ``package=False`` leaves the package's rows out."""
    user_file = dict_dir is not None and (Path(dict_dir) / name).exists()
    out = [] if not package or (replace and user_file) else \
        [(str(data_path(name)), n, r) for n, r in read_tsv(data_path(name))]
    if user_file:
        user = [(str(Path(dict_dir) / name), n, r) for n, r in read_tsv(Path(dict_dir) / name)]
        if key:
            replaced = {r[key].lower() for _, _, r in user}
            out = [row for row in out if row[2][key].lower() not in replaced]
        out += user
    return out


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@dataclass(slots=True, frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad: int
    plover: str | None
    plover_mode: str | None = None  # PLOVER's mode ("phone", "visit", "heavy-weapons")
    plover_context: str | None = None  # PLOVER's context ("economic", "military")


@dataclass(slots=True, frozen=True)
class VerbPattern:
    lemma: str
    preps: tuple[str, ...]  # particles / prepositions the verb must govern
    noun: frozenset[str] | None  # lemmas the object head may have, for light verbs
    code: str
    targets: tuple[str, ...]
    xcomp: str | None
    where: str  # file:line, for messages
    comp: frozenset[str] | None = None  # lemmas the verb's complement may have: "decline ~comment"

    @property
    def specificity(self) -> int:
        # a multiword object ("+economic aid") is more specific than a one-word one ("+aid")
        noun = (3 if all(" " in n for n in self.noun) else 2) if self.noun else 0
        return len(self.preps) + noun + (2 if self.comp else 0)


DEFAULT_TARGETS = ("dobj", "prep:with", "prep:against", "prep:on", "prep:to")
XCOMP_MODALITIES = {"", "requested", "future", "hypothetical", "negated"}


@dataclass(slots=True)
class Lexicon:
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    countries: list[dict[str, str]] = field(default_factory=list)
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    organizations: list[dict[str, str]] = field(default_factory=list)
    territories: list[dict[str, str]] = field(default_factory=list)
    persons: list[dict[str, str]] = field(default_factory=list)
    first_names: dict[str, str] = field(default_factory=dict)
    # (governing root, complement code prefix) -> code
    complements: dict[tuple[str, str], str] = field(default_factory=dict)
    # event noun lemma -> (code, target prepositions)
    event_nouns: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    event_noun_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "delivery": ("deliver",)
    # PETRARCH-format discards (petrarch_dict.Discard) and what each imported file gave (petrarch_dict.ImportReport)
    discards: list = field(default_factory=list)
    imports: list = field(default_factory=list)
    # noun -> (code, who acts: of/from/between/addressee in order, target: requester or -)
    requested_acts: dict[str, tuple[str, tuple[str, ...], str]] = field(default_factory=dict)
    # weapon or craft noun -> the code an attack by it takes ("warplanes struck" 195, "tanks attacked" 194)
    arms: dict[str, str] = field(default_factory=dict)
    # (verb lemma, code) -> (source roles, refined code): "police charged" 173, "militants bombed" 183
    source_refinements: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (verb, code, role) -> code
    # places, buildings and craft an act of force can be aimed at (sites.tsv), and those of them an armed force
    # holds ("militant camps", "military bases")
    sites: frozenset[str] = frozenset()
    held_sites: frozenset[str] = frozenset()

    def event(self, code: str) -> CameoCode:
        return self.cameo[code]


def load_cameo() -> dict[str, CameoCode]:
    """Every CAMEO code of ``cameo.tsv`` with its PLOVER type, mode and context from ``plover.tsv`` (None where
    that table gives none)."""
    plover = {r["cameo"]: r for _, r in read_tsv(data_path("plover.tsv"))}
    out = {}
    for _, r in read_tsv(data_path("cameo.tsv")):
        p = plover.get(r["code"], {})
        out[r["code"]] = CameoCode(r["code"], r["root"], r["name"], float(r["goldstein"]), int(r["quad"]),
                                   p.get("plover") or None, p.get("mode") or None, p.get("context") or None)
    return out


@functools.lru_cache(maxsize=1)
def load_sites() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of ``sites.tsv``, and those of them marked ``held``, lower-cased; read once per process."""
    rows = read_tsv(data_path("sites.tsv"))
    return (frozenset(r["noun"].lower() for _, r in rows),
            frozenset(r["noun"].lower() for _, r in rows if r.get("held") == "yes"))


@functools.lru_cache(maxsize=1)
def _word_list_rows() -> tuple[tuple[int, dict[str, str]], ...]:
    return tuple(read_tsv(data_path("word_lists.tsv")))


def word_list(kind: str) -> frozenset[str]:
    """The words of one kind in ``data/word_lists.tsv``, lower-cased (the file is read once)."""
    words = frozenset(r["word"].strip().lower() for _, r in _word_list_rows() if r["kind"] == kind)
    if not words:
        raise DictionaryError(f"{data_path('word_lists.tsv')}: no words of kind {kind!r}")
    return words


def word_numbers(kind: str) -> dict[str, int]:
    """The words of one kind in ``data/word_lists.tsv`` with the number each stands for, in file order."""
    words: dict[str, int] = {}
    for n, r in _word_list_rows():
        if r["kind"] == kind:
            try:
                words[r["word"].strip().lower()] = int(r["number"])
            except ValueError:
                raise DictionaryError(f"{data_path('word_lists.tsv')}:{n}: number {r['number']!r}") from None
    if not words:
        raise DictionaryError(f"{data_path('word_lists.tsv')}: no words of kind {kind!r}")
    return words


def known_code(code: str, cameo: dict[str, CameoCode], where: str) -> str:
    """``code`` if the CAMEO table has it, else a DictionaryError naming the file and line."""
    if code not in cameo:
        raise DictionaryError(f"{where}: unknown CAMEO code '{code}'")
    return code


def parse_verb_row(r: dict[str, str], where: str, cameo: dict[str, CameoCode]) -> list[VerbPattern]:
    """One pattern per lemma of the row: "reject|rebuff|spurn +offer" is three patterns alike but for the verb."""
    words = r["pattern"].lower().split()
    if not words:
        raise DictionaryError(f"{where}: empty pattern")
    noun = None
    comp = None
    preps: list[str] = []
    for w in words[1:]:
        if w.startswith("~"):
            comp = frozenset(n for n in w[1:].split("|") if n)
            continue
        if w.startswith("+"):
            noun = frozenset(n.strip() for n in " ".join(words[words.index(w):])[1:].split("|") if n.strip())
            break
        if w not in PREPOSITIONS:
            raise DictionaryError(f"{where}: '{w}' in pattern '{r['pattern']}' is neither a preposition, "
                                  f"a '~verb' complement nor a '+noun' object")
        preps.append(w)
    code = known_code(r["code"], cameo, where)
    targets = tuple(split(r.get("target", ""))) or DEFAULT_TARGETS
    for t in targets:
        if t not in ("dobj", "dative", "mutual", "reverse", "inverse", "-") and not t.startswith("prep:"):
            raise DictionaryError(f"{where}: unknown target slot '{t}'")
    xcomp = r.get("xcomp", "")
    if xcomp not in XCOMP_MODALITIES:
        raise DictionaryError(f"{where}: unknown xcomp modality '{xcomp}'")
    lemmas = [w for w in words[0].split("|") if w]
    if not lemmas:
        raise DictionaryError(f"{where}: no verb in pattern '{r['pattern']}'")
    return [VerbPattern(lemma, tuple(preps), noun, code, targets, xcomp or None, where, comp) for lemma in lemmas]


def _petrarch(dict_dir: Path | None, cameo):
    """The PETRARCH-format dictionaries in ``dict_dir``, if any; malformed lines are reported on standard error."""
    if dict_dir is None or not Path(dict_dir).is_dir():
        return None
    from .petrarch_dict import read_folder

    imported = read_folder(Path(dict_dir), cameo=cameo)
    for rep in imported.reports:
        if rep.errors:
            logging.getLogger("dyad").warning(
                f"dyad: {rep.path}: {len(rep.errors)} malformed lines skipped; first: {rep.errors[0]}")
    return imported if imported.reports else None


@functools.lru_cache(maxsize=8)
def load(dict_dir: Path | None = None, replace: bool = False) -> Lexicon:
    """The lexicon, with any user dictionaries in ``dict_dir`` laid over the package's (or, with ``replace``, used
    instead of the package's dictionaries of the same kind). Loaded once per process."""
    lex = Lexicon(cameo=load_cameo())
    lex.sites, lex.held_sites = load_sites()
    imported = _petrarch(dict_dir, lex.cameo)

    def own(kind: str) -> bool:  # keep the package's dictionaries of this kind?
        return not (replace and imported is not None and imported.has(kind))

    verbs, actors, roles = own("verbs"), own("actors"), own("agents")
    for path, n, r in _rows("verbs.tsv", dict_dir, "pattern", replace, verbs):
        for vp in parse_verb_row(r, f"{path}:{n}", lex.cameo):
            lex.verbs.setdefault(vp.lemma, []).append(vp)
    for pats in lex.verbs.values():
        pats.sort(key=lambda p: -p.specificity)
    lex.countries = [r for _, _, r in _rows("countries.tsv", dict_dir, "code", replace, actors)]
    for path, n, r in _rows("roles.tsv", dict_dir, "phrase", replace, roles):
        if not r.get("role"):
            raise DictionaryError(f"{path}:{n}: role is empty")
        lex.roles[tuple(r["phrase"].lower().split())] = r["role"].upper()
    lex.organizations = [r for _, _, r in _rows("organizations.tsv", dict_dir, "name", replace, actors)]
    lex.territories = [r for _, _, r in _rows("territories.tsv", dict_dir, None, replace, actors)]
    lex.persons = [r for _, _, r in _rows("persons.tsv", dict_dir, None, replace, actors)]
    for path, n, r in _rows("complements.tsv", dict_dir, None, replace, verbs):
        lex.complements[(r["root"], r["complement"])] = known_code(r["code"], lex.cameo, f"{path}:{n}")
    for path, n, r in _rows("event_nouns.tsv", dict_dir, "noun", replace, verbs):
        lex.event_nouns[r["noun"].lower()] = (known_code(r["code"], lex.cameo, f"{path}:{n}"),
                                              tuple(split(r.get("target", ""))))
        if r.get("verb"):
            lex.event_noun_verbs[r["noun"].lower()] = tuple(split(r["verb"].lower()))
    for path, n, r in _rows("requested_acts.tsv", dict_dir, "noun", replace, verbs):
        known_code(r["code"], lex.cameo, f"{path}:{n}")
        actor = tuple(split(r.get("actor", "")))
        if not actor or any(a not in ("of", "from", "with", "between", "owner", "addressee") for a in actor):
            raise DictionaryError(f"{path}:{n}: actor must be of, from, with, between, owner or addressee, "
                                  "separated by |")
        if r.get("target", "-") not in ("requester", "asker", "country", "-", ""):
            raise DictionaryError(f"{path}:{n}: target must be requester, asker, country or -")
        lex.requested_acts[r["noun"].lower()] = (r["code"], actor, r.get("target") or "-")
    for path, n, r in _rows("arms.tsv", dict_dir, "noun", replace, verbs):
        lex.arms[r["noun"].lower()] = known_code(r["code"], lex.cameo, f"{path}:{n}")
    for path, n, r in _rows("source_refinements.tsv", dict_dir, None, replace, verbs):
        for code in (r["code"], r["refined"]):
            known_code(code, lex.cameo, f"{path}:{n}")
        for role in split(r["roles"]):  # one verb and code may be refined apart for different roles
            lex.source_refinements[(r["verb"].lower(), r["code"], role)] = r["refined"]
    lex.first_names = {r["name"].lower(): r["gender"] for _, _, r in _rows("first_names.tsv", dict_dir, key="name",
                                                                             replace=replace)}
    from .petrarch_dict import Discard

    for path, n, r in _rows("discards.tsv", dict_dir, "phrase", replace, verbs):
        if r.get("scope", "sentence") not in ("sentence", "story"):
            raise DictionaryError(f"{path}:{n}: scope must be sentence or story")
        lex.discards.append(Discard(" ".join(r["phrase"].lower().split()), r.get("scope") == "story", True,
                                    f"{path}:{n}"))
    if imported is not None:
        from .petrarch_dict import lay_over

        lay_over(lex, imported, {r["code"].upper() for _, r in read_tsv(data_path("countries.tsv"))})
    return lex


@dataclass(slots=True, frozen=True)
class Shadowed:
    """A verb pattern (or some of its object nouns / complement verbs) that never fires: an earlier pattern of the
    same lemma and equal specificity fits whatever it would fit, and among equals the earlier row wins."""
    lemma: str
    pattern: VerbPattern  # the later, shadowed pattern
    by: VerbPattern  # the earlier pattern that wins
    dead: tuple[str, ...]  # the object nouns ("+x") and complement verbs ("~x") of ``pattern`` that never fire
    whole: bool  # no wording of ``pattern`` is left


def _wording(p: VerbPattern) -> str:
    out = " ".join((p.lemma, *p.preps))
    if p.comp:
        out += " ~" + "|".join(sorted(p.comp))
    if p.noun:
        out += " +" + "|".join(sorted(p.noun))
    return out


def shadowed_patterns(lex: Lexicon) -> list[Shadowed]:
    """Every pattern of ``lex.verbs`` that an earlier pattern of equal specificity covers, wholly or for some of its
    object nouns or complement verbs (see ``VerbPattern.specificity``; ``events.match`` takes the first pattern of
    the sorted list that fits). A pattern of an inquiry code (09x) also fits by what the inquiry looks into, so only
    another 09x pattern shadows it."""
    out: list[Shadowed] = []
    for lemma, pats in lex.verbs.items():
        for j, b in enumerate(pats):
            combos = [(n, c) for n in (sorted(b.noun) if b.noun else [None])
                      for c in (sorted(b.comp) if b.comp else [None])]
            dead_by: dict[tuple, VerbPattern] = {}
            for a in pats[:j]:
                if a.specificity != b.specificity or not set(a.preps) <= set(b.preps):
                    continue
                if b.code.startswith("09") and not a.code.startswith("09"):
                    continue
                for n, c in combos:
                    if (n, c) in dead_by:
                        continue
                    if (a.noun is None or n in a.noun) and (a.comp is None or c in a.comp):
                        dead_by[(n, c)] = a
            for a in dict.fromkeys(dead_by.values()):
                mine = [k for k, v in dead_by.items() if v is a]
                dead = tuple(sorted({f"+{n}" for n, _ in mine if n} | {f"~{c}" for _, c in mine if c}))
                out.append(Shadowed(lemma, b, a, dead, len(dead_by) == len(combos)))
    return out


def shadowed_key(s: Shadowed) -> tuple[str, str, str, str, str]:
    """A key for ``s`` that does not depend on line numbers: (shadowed wording, its code, winning wording, its code,
    dead nouns/complements)."""
    return (_wording(s.pattern), s.pattern.code, _wording(s.by), s.by.code, " ".join(s.dead))

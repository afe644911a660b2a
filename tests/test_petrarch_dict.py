"""PETRARCH/TABARI-format dictionaries: parsing PETRARCH2's own files, mapping them onto dyad's lexicon, errors
that name the file and line, and a parser that never raises anything but DictionaryError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad import lexicon
from dyad import petrarch_dict as pd
from dyad.errors import DictionaryError
from dyad.pipeline import Pipeline
from dyad.settings import Settings

from conftest import SHARED

PETRARCH = SHARED / "data" / "petrarch"
CAMEO_CODES = set(lexicon.load().cameo)

needs_petrarch = pytest.mark.skipif(not PETRARCH.is_dir(), reason="PETRARCH2 dictionaries not in ../shared")


# ---------------------------------------------------------------------------------------------------- PETRARCH2's files

@pytest.fixture(scope="module")
def countries():
    return pd.read_actors(PETRARCH / "Phoenix.Countries.actors.txt")


def _entry(entries, phrase):
    return next(e for e in entries if phrase in e.phrases)


@needs_petrarch
def test_petrarch_dict_country_actors(countries):
    entries, rep = countries
    assert rep.entries == len(entries) == 18390
    assert rep.imported == 18350  # the rest have no code or the null code
    afg = _entry(entries, "afghanistan")
    assert afg.codes == [pd.ActorCode("AFG")]
    assert "afghan" in afg.phrases and "kabul" in afg.phrases
    assert afg.where.endswith("Phoenix.Countries.actors.txt:45")


@needs_petrarch
def test_petrarch_dict_date_restricted_leader(countries):
    putin = _entry(countries[0], "vladimir putin")
    assert "putin" in putin.phrases
    assert pd.ActorCode("RUSGOV", since="2008-05-08") in putin.codes
    assert pd.ActorCode("RUSELI", "1970-01-01", "1999-08-09") in putin.codes
    assert pd.ActorCode("RUSELI") in putin.codes  # the reading outside every restricted period
    rows = {(r["code"], r["from"], r["until"]) for r in pd.actor_rows([putin], {"RUS"})[1]}
    assert ("RUSGOV", "2008-05-08", "") in rows
    assert ("RUSELI", "", "1969-12-31") in rows  # the unrestricted code fills the gaps only


@needs_petrarch
def test_petrarch_dict_country_with_earlier_codes_is_a_country(countries):
    ukraine = _entry(countries[0], "ukraine")
    assert pd.ActorCode("USRUKR", until="1991-08-24") in ukraine.codes
    rows, persons, orgs = pd.actor_rows([ukraine], {"UKR"})
    assert [r["code"] for r in rows] == ["UKR"] and not persons and not orgs
    assert "Ukrainian" in rows[0]["aliases"].split("|")


@needs_petrarch
def test_petrarch_dict_malformed_dates_are_counted_with_file_and_line(countries):
    errors = [str(e) for e in countries[1].errors]
    assert len(errors) == 8
    assert any("Phoenix.Countries.actors.txt:2039: '9008223' is not a YYMMDD" in e for e in errors)


@needs_petrarch
def test_petrarch_dict_international_and_nonstate_actors():
    entries, rep = pd.read_actors(PETRARCH / "Phoenix.International.actors.txt")
    assert rep.entries == 7841
    ban = _entry(entries, "ban ki-moon")
    assert pd.ActorCode("IGOUNO", since="2007-01-01") in ban.codes
    assert _entry(entries, "iaea").codes == [pd.ActorCode("IGOUNOIAE")]
    entries, rep = pd.read_actors(PETRARCH / "Phoenix.MilNonState.actors.txt")
    assert rep.entries == rep.imported == 1021
    assert _entry(entries, "abu nidal organization").codes == [pd.ActorCode("IMGMUSALQ")]


@needs_petrarch
def test_petrarch_dict_agents():
    agents, rep = pd.read_agents(PETRARCH / "Phoenix.agents.txt")
    assert rep.entries == 2245 and rep.imported == 2240
    assert rep.skipped["codes put before the actor's (IGO~, NGO~)"] == 3
    roles = {a.phrase: a.role for a in agents if not a.derived}
    derived = {a.phrase: a.role for a in agents if a.derived}
    assert roles["farmer"] == "AGR"
    assert roles["soldier"] == "MIL"
    assert roles["congressman"] == roles["congresswoman"] == "LEG"  # !PERSON! substituted
    assert roles["buddhist student"] == "BUDEDU"
    assert roles["armed patrols"] == derived["armed patrol"] == "MIL"  # a plural head kept in the singular too
    assert derived["armed force"] == "MIL" and roles["armed force"] == "UAF"  # ARMED_FORCES and ARMED_FORCE
    assert any("Phoenix.agents.txt:544:" in str(e) for e in rep.errors)


@needs_petrarch
def test_petrarch_dict_verbs():
    rules, rep = pd.read_verbs(PETRARCH / "CAMEO.2.0.txt", cameo=CAMEO_CODES)
    assert rep.entries == 6485
    assert rep.imported == 3740  # "between" and "aside" became particles dyad reads
    assert rep.skipped["nouns inside prepositional phrases"] == 841
    got = {(r.lemma, r.preps, r.noun, r.code) for r in rules}
    assert ("ask", (), None, "020") in got  # ASK [020]
    assert ("request", (), frozenset({"extradition"}), "0213") in got  # - * EXTRADITION [0213] in ASK's block
    assert ("call", ("off",), None, "160") in got  # +CALL_OFF [160]
    assert ("rush", ("to",), None, "042") in got  # - * (TO) [042:043]: first of a paired code
    # a synset as the object: - * &CURRENCY [0231] in ASK's block
    assert any(r.lemma == "ask" and r.code == "0231" and r.noun and {"dollar", "euro"} <= r.noun for r in rules)


@needs_petrarch
def test_petrarch_dict_discards():
    discards, rep = pd.read_discards(PETRARCH / "Phoenix.discards.txt")
    assert rep.entries == rep.imported == 506
    story = {d.phrase for d in discards if d.story}
    assert "manchester united" in story
    assert pd.discard_hit(discards, "The Asian Cup final was played on Sunday.") is not None
    assert pd.discard_hit(discards, "Russia recognised Abkhazia on Tuesday.") is None


@needs_petrarch
def test_petrarch_dict_folder_detection():
    kinds = {p.name: pd.kind_of(p) for p in PETRARCH.iterdir()}
    assert kinds["CAMEO.2.0.txt"] == "verbs"  # by content
    assert kinds["Phoenix.agents.txt"] == "agents"
    assert kinds["Phoenix.MilNonState.actors.txt"] == "actors"
    assert kinds["LICENSE"] is None


@needs_petrarch
def test_petrarch_dict_replaces_the_lexicon():
    lex = lexicon.load(PETRARCH, replace=True)
    assert {r.kind for r in lex.imports} == {"actors", "agents", "verbs", "discards"}
    assert not lex.complements and not lex.event_nouns and not lex.territories
    assert all(p.where.startswith(str(PETRARCH)) for pats in lex.verbs.values() for p in pats)
    assert lex.roles[("soldier",)] == "MIL"
    assert lex.roles[("armed", "force")] == "UAF"  # as written in the file, not derived from ARMED_FORCES


# ---------------------------------------------------------------------------------------------------- small files

def _write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_petrarch_dict_bad_line_names_file_and_line(tmp_path):
    p = _write(tmp_path, "mine.actors.txt", "FREEDONIA_ [FRE]\nRUFUS_FIREFLY_\n    [FREGOV 330199-]\n")
    entries, rep = pd.read_actors(p)
    assert [str(e) for e in rep.errors] == [f"{p}:3: '330199' is not a valid date"]
    with pytest.raises(DictionaryError, match=r"mine\.actors\.txt:3: '330199' is not a valid date"):
        pd.read_actors(p, strict=True)


def test_petrarch_dict_bad_verb_and_agent_lines_name_file_and_line(tmp_path):
    verbs = _write(tmp_path, "mine.verbs.txt", "--- BLAST [111] ---\nBLAST\n- * &NOWHERE [112]\n- * (WITH [113]\n")
    _, rep = pd.read_verbs(verbs, cameo=CAMEO_CODES)
    assert [str(e) for e in rep.errors] == [f"{verbs}:3: synset &NOWHERE is not defined",
                                            f"{verbs}:4: unbalanced brackets in '- * (WITH [113]'"]
    agents = _write(tmp_path, "mine.agents.txt", "GENDARME [~COP]\nCOURTIER\n")
    _, rep = pd.read_agents(agents)
    assert [str(e) for e in rep.errors] == [f"{agents}:2: agent without a [~CODE]: 'COURTIER'"]


def test_petrarch_dict_unreadable_file_is_a_dictionary_error(tmp_path):
    p = tmp_path / "bad.actors.txt"
    p.write_bytes(b"FREEDONIA_ [FRE]\n\xff\xfe [XXX]\n")
    with pytest.raises(DictionaryError, match=r"bad\.actors\.txt:2: not UTF-8"):
        pd.read_actors(p)


def _freedonia(folder: Path) -> Path:
    _write(folder, "fr.actors.txt", "FREEDONIA_ [FRE]\n+FREEDONIAN_\nSYLVANIA_ [SYL]\n")
    _write(folder, "fr.agents.txt", "!PERSON! = MAN, MEN\nBORDER_GUARD [~COP]\nGUARDS!PERSON! [~COP]\n")
    _write(folder, "fr.verbs.txt", "&GRAIN\n+WHEAT\n+BARLEY\n\n####### VERB PATTERNS #######\n"
                                   "--- CRITICIZE [111] ---\nBLAST\nLAMBASTE\n"
                                   "--- GIVE [---] ---\nSHIP\n- * &GRAIN [0233]\n")
    _write(folder, "fr.discards.txt", "FOOTBALL\n+DUCK SOUP\n")
    return folder


def test_petrarch_dict_overlay_keeps_dyads_own(tmp_path):
    lex = lexicon.load(_freedonia(tmp_path))
    assert "blast" in lex.verbs and "recognize" in lex.verbs  # imported beside the package's
    assert lex.roles[("border", "guard")] == "COP" and lex.roles[("guardsman",)] == "COP"
    assert any(r["name"] == "Freedonia" for r in lex.organizations)


def test_petrarch_dict_replace_leaves_only_the_users(tmp_path):
    lex = lexicon.load(_freedonia(tmp_path), replace=True)
    assert set(lex.verbs) == {"blast", "lambaste", "ship"}
    assert lex.verbs["ship"][0].noun == frozenset({"wheat", "barley"})
    assert ("troop",) not in lex.roles
    assert [r["name"] for r in lex.organizations] == ["Freedonia", "Sylvania"]


def test_petrarch_dict_codes_through_the_pipeline(tmp_path):
    pipe = Pipeline(Settings(dict_dir=_freedonia(tmp_path), dict_only=True))

    def coded(text):
        return [(e.source.code, e.code, e.target.code if e.target else None) for e in pipe.code(text).events]

    assert coded("Freedonia blasted Sylvania on Monday.") == [("FRE", "111", "SYL")]
    assert coded("Freedonia shipped wheat to Sylvania.") == [("FRE", "0233", "SYL")]
    # a sentence-level discard drops that sentence's events; a story-level one the whole story's
    assert coded("Freedonia blasted Sylvania over a football match.") == []
    assert coded("Freedonia blasted Sylvania. Duck Soup opened in cinemas.") == []


# ---------------------------------------------------------------------------------------------------- fuzz

FORMAT_CHARS = "ABCDEFGHabc_+-*&~$!=#<>:;[]{}()0123456789 \t\n.,'\"/%^"
# pieces of real lines, so that random files reach deep into each format's grammar
PIECES = ["--- BLAST [111] ---", "---  X   [---]  ---", "- *", "- $ *", "*", "(", ")", "{", "}", "[", "]", "[010]",
          "[042:043]", "[:173]", "[RUSGOV >080508]", "[AFG 700101-991231]", "[ABC <9901]", "&GRAIN", "&GRAIN_",
          "+WHEAT", "+", "$", "WORD_", "UP", "TO", "!PERSON! = MAN, MEN", "X!PERSON!", "[~MIL]", "[IGO~]",
          "<!--", "-->", "#", ";", "~ a b = c", "\n", "\n", "\n", "\t"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=FORMAT_CHARS, max_size=400) | st.text(max_size=200)
       | st.lists(st.sampled_from(PIECES) | st.text(alphabet=FORMAT_CHARS, max_size=6), max_size=60).map(" ".join),
       strict=st.booleans())
def test_petrarch_dict_parsers_raise_only_dictionary_errors(text, strict):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "fuzz.txt"
        p.write_text(text, encoding="utf-8")
        for read in (pd.read_actors, pd.read_agents, pd.read_discards,
                     lambda path, strict: pd.read_verbs(path, CAMEO_CODES, strict)):
            try:
                items, rep = read(p, strict=strict)
            except DictionaryError as exc:
                assert str(exc).startswith(str(p))
                continue
            assert all(str(e).startswith(f"{p}:") for e in rep.errors)
        try:
            entries, _ = pd.read_actors(p)
            pd.actor_rows(entries, {"AFG"})
        except DictionaryError:
            pass


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=200))
def test_petrarch_dict_parsers_on_random_bytes(data):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "fuzz.actors.txt"
        p.write_bytes(data)
        try:
            pd.read_actors(p)
        except DictionaryError as exc:
            assert str(exc).startswith(str(p))


def test_petrarch_dict_cli_dict_only(tmp_path):
    from typer.testing import CliRunner

    from dyad.cli import app
    from dyad.settings import from_env

    (tmp_path / "dicts").mkdir()
    folder = _freedonia(tmp_path / "dicts")
    article = _write(tmp_path, "a.txt", "Freedonia lambasted Sylvania on Monday.")
    res = CliRunner().invoke(app, ["code", str(article), "--format", "jsonl", "--dict", str(folder), "--dict-only"])
    assert res.exit_code == 0, res.output
    events = json.loads(res.stdout.splitlines()[0])["events"]
    assert [(e["source"]["code"], e["code"], e["target"]["code"]) for e in events] == [("FRE", "111", "SYL")]
    assert from_env({"DYAD_DICT": str(folder), "DYAD_DICT_ONLY": "1"}).dict_only
    assert not from_env({"DYAD_DICT": str(folder)}).dict_only

"""The lexicon: data files load once; user dictionaries override; errors name the file and line."""

from __future__ import annotations

import pytest

from dyad import lexicon
from dyad.errors import DictionaryError


def test_lexicon_covers_every_cameo_root():
    lex = lexicon.load()
    roots = {p.code[:2] for pats in lex.verbs.values() for p in pats}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}


def test_lexicon_plover_rules():
    lex = lexicon.load()
    assert lex.cameo["010"].plover is None
    assert lex.cameo["020"].plover == "REQUEST"
    assert lex.cameo["190"].plover == "ASSAULT"


def test_lexicon_user_dictionary_overrides(tmp_path):
    (tmp_path / "verbs.tsv").write_text("pattern\tcode\ttarget\txcomp\tnote\nbless\t051\tdobj\t\t\n")
    lex = lexicon.load(tmp_path)
    assert lex.verbs["bless"][0].code == "051"


def test_lexicon_user_dictionary_error_names_file_and_line(tmp_path):
    (tmp_path / "verbs.tsv").write_text("pattern\tcode\ttarget\txcomp\tnote\nbless\t999\tdobj\t\t\n")
    with pytest.raises(DictionaryError, match=r"verbs.tsv:2: unknown CAMEO code '999'"):
        lexicon.load(tmp_path)


def test_lexicon_user_dictionary_bad_slot(tmp_path):
    (tmp_path / "verbs.tsv").write_text("pattern\tcode\ttarget\txcomp\tnote\nbless\t051\tsideways\t\t\n")
    with pytest.raises(DictionaryError, match=r"verbs.tsv:2: unknown target slot"):
        lexicon.load(tmp_path)


def test_lexicon_covers_every_specific_cameo_code():
    """Every specific three-digit code (not the 'not specified' x0 ones) has a verb or noun pattern of its own or
    of one of its four-digit subtypes, or a complement rule that gives it."""
    lex = lexicon.load()
    specific = {c for c in lex.cameo if len(c) == 3 and not c.endswith("0")}
    assert len(specific) == 127
    given = {p.code[:3] for pats in lex.verbs.values() for p in pats}
    given |= {code[:3] for code, _ in lex.event_nouns.values()}
    given |= {code[:3] for code in lex.complements.values()}
    assert not specific - given, f"no pattern gives {sorted(specific - given)}"
    verbs_only = {p.code[:3] for pats in lex.verbs.values() for p in pats}
    assert len(specific & verbs_only) >= 120


def test_lexicon_role_nouns_count():
    lex = lexicon.load()
    assert len(lex.roles) >= 300
    codes = set(lex.roles.values())
    assert codes >= {"GOV", "MIL", "LEG", "JUD", "COP", "REB", "SEP", "OPP", "INS", "SPY", "BUS", "MED", "CVL", "EDU",
                     "HLH", "HRI", "LAB", "REF", "ELI"}


def test_lexicon_complement_pattern_requires_its_complement_verb():
    [pat] = lexicon.parse_verb_row({"pattern": "decline ~comment", "code": "011", "target": "-", "xcomp": ""},
                                   "test", lexicon.load().cameo)
    assert pat.comp == frozenset({"comment"}) and pat.specificity == 2


def test_lexicon_multiword_object_is_more_specific():
    cameo = lexicon.load().cameo
    [one] = lexicon.parse_verb_row({"pattern": "seek +aid", "code": "023"}, "test", cameo)
    [two] = lexicon.parse_verb_row({"pattern": "seek +economic aid", "code": "0231"}, "test", cameo)
    assert two.specificity > one.specificity


def test_lexicon_persons_date_ranges_are_well_formed():
    """Office periods: ISO days, from <= until, one person's periods never overlap, and a name or alias is
    never shared by two people whose periods overlap (the document's date could not tell them apart)."""
    import datetime
    import re

    lex = lexicon.load()
    day = datetime.date.fromisoformat
    periods: dict[str, list[tuple[datetime.date, datetime.date]]] = {}
    by_alias: dict[str, list[tuple[str, datetime.date, datetime.date]]] = {}
    for r in lex.persons:
        start = day(r["from"]) if r["from"] else datetime.date.min
        end = day(r["until"]) if r["until"] else datetime.date.max
        assert start <= end, r
        assert re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", r["code"]), r
        for s, e in periods.get(r["name"], []):
            assert end < s or start > e, f"{r['name']}: overlapping office periods"
        periods.setdefault(r["name"], []).append((start, end))
        for alias in {r["name"], *lexicon.split(r["aliases"])}:
            for other, s, e in by_alias.get(alias.lower(), []):
                assert other == r["name"] or end < s or start > e, f"'{alias}' names {other} and {r['name']}"
            by_alias.setdefault(alias.lower(), []).append((r["name"], start, end))


def test_lexicon_persons_read_against_the_date():
    import dyad

    def code(text, date):
        return [(e.source.code, e.code) for e in dyad.code(text, date=date).events]

    assert ("FRAGOV", "042") in code("Nicolas Sarkozy visited Russia.", "2008-08-12")
    assert not any(s == "FRAGOV" for s, _ in code("Nicolas Sarkozy visited Russia.", "2015-03-01"))
    assert ("GBRGOV", "111") in code("Tony Blair condemned Iraq.", "2003-03-01")


def test_lexicon_plover_mode_and_context():
    lex = lexicon.load()
    assert (lex.cameo["041"].plover, lex.cameo["041"].plover_mode) == ("CONSULT", "phone")
    assert (lex.cameo["0331"].plover, lex.cameo["0331"].plover_context) == ("AGREE", "economic")
    assert lex.cameo["195"].plover_mode == "heavy-weapons" and lex.cameo["010"].plover_mode is None


def test_lexicon_pattern_row_may_name_several_verbs():
    pats = lexicon.parse_verb_row({"pattern": "reject|rebuff +offer", "code": "125", "target": "dobj"}, "test",
                                  lexicon.load().cameo)
    assert [p.lemma for p in pats] == ["reject", "rebuff"] and all(p.noun == frozenset({"offer"}) for p in pats)


def test_lexicon_word_lists_by_kind():
    """data/word_lists.tsv: its header documents each kind; number kinds map words to numbers; a kind with no rows
    is an error rather than an empty list."""
    path = lexicon.data_path("word_lists.tsv")
    header = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    rows = [r for _, r in lexicon.read_tsv(path)]
    for kind in {r["kind"] for r in rows}:
        assert f" {kind}:" in header, kind
        if any(r["number"] for r in rows if r["kind"] == kind):
            words = lexicon.word_numbers(kind)
            assert all(isinstance(n, int) and n > 0 for n in words.values())
        else:
            words = lexicon.word_list(kind)
        assert words and all(w == w.lower() for w in words)
    assert lexicon.word_numbers("group-size")["both"] == 2
    assert "say" in lexicon.word_list("fate-saying") & lexicon.word_list("reporting")
    with pytest.raises(DictionaryError, match="word_lists.tsv"):
        lexicon.word_list("no-such-kind")

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
    pat = lexicon.parse_verb_row({"pattern": "decline ~comment", "code": "011", "target": "-", "xcomp": ""},
                                 "test", lexicon.load().cameo)
    assert pat.comp == frozenset({"comment"}) and pat.specificity == 2


def test_lexicon_multiword_object_is_more_specific():
    cameo = lexicon.load().cameo
    one = lexicon.parse_verb_row({"pattern": "seek +aid", "code": "023"}, "test", cameo)
    two = lexicon.parse_verb_row({"pattern": "seek +economic aid", "code": "0231"}, "test", cameo)
    assert two.specificity > one.specificity

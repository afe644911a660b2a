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

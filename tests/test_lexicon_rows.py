"""Rows of the verb lexicon that can never fire: among patterns of equal specificity the first row wins, so a later
row with the same wording is dead. Known dead rows are listed in tests/data/shadowed_rows_known.tsv until settled;
a new one fails."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import assert_coded_to_row

from dyad import lexicon

KNOWN = Path(__file__).parent / "data" / "shadowed_rows_known.tsv"
HEADER = "pattern\tcode\ttarget\txcomp\tnote\n"


def known() -> Counter:
    # a key may stand for several rows alike: a further copy of a known dead row is a new one
    return Counter((r["shadowed"], r["code"], r["by"], r["by_code"], r["dead"]) for _, r in lexicon.read_tsv(KNOWN))


def describe(s: lexicon.Shadowed) -> str:
    return (f"{s.pattern.where} '{lexicon.shadowed_key(s)[0]}' {s.pattern.code} is shadowed "
            f"{'wholly' if s.whole else 'for ' + ' '.join(s.dead)} by {s.by.where} "
            f"'{lexicon.shadowed_key(s)[2]}' {s.by.code}")


def test_no_new_shadowed_verb_rows():
    left = known()
    new = []
    for s in lexicon.shadowed_patterns(lexicon.load()):
        if left[lexicon.shadowed_key(s)] > 0:
            left[lexicon.shadowed_key(s)] -= 1
        else:
            new.append(describe(s))
    assert not new, "rows that never fire (remove or narrow them):\n" + "\n".join(new)


def test_known_shadowed_rows_are_still_shadowed():
    # a settled pair leaves the list
    live = Counter(lexicon.shadowed_key(s) for s in lexicon.shadowed_patterns(lexicon.load()))
    stale = sorted((known() - live).elements())
    assert not stale, "settled, drop from shadowed_rows_known.tsv:\n" + "\n".join("\t".join(k) for k in stale)


def test_duplicated_row_is_shadowed(tmp_path):
    (tmp_path / "verbs.tsv").write_text(HEADER + "bless +army\t042\tdobj\t\t\nbless +army|navy\t051\tdobj\t\t\n")
    found = [s for s in lexicon.shadowed_patterns(lexicon.load(tmp_path)) if s.lemma == "bless"]
    assert [(s.pattern.code, s.by.code, s.dead, s.whole) for s in found] == [("051", "042", ("+army",), False)]


def test_equal_wording_of_several_verbs_is_shadowed_per_verb(tmp_path):
    (tmp_path / "verbs.tsv").write_text(HEADER + "bless|anoint +army\t042\tdobj\t\t\nanoint +army\t051\tdobj\t\t\n")
    found = [s for s in lexicon.shadowed_patterns(lexicon.load(tmp_path)) if s.lemma in ("bless", "anoint")]
    assert [(s.lemma, s.pattern.code, s.whole) for s in found] == [("anoint", "051", True)]


def test_more_specific_or_different_wording_is_not_shadowed(tmp_path):
    (tmp_path / "verbs.tsv").write_text(
        HEADER + "bless +army\t042\tdobj\t\t\nbless +royal army\t051\tdobj\t\t\nbless to +army\t051\tdobj\t\t\n"
        "bless ~visit\t042\tdobj\t\t\nbless +visit\t043\tdobj\t\t\n")
    assert not [s for s in lexicon.shadowed_patterns(lexicon.load(tmp_path)) if s.lemma == "bless"]


def test_inquiry_pattern_is_shadowed_only_by_an_inquiry_pattern(tmp_path):
    # a 09x pattern also fits by what the inquiry looks into
    (tmp_path / "verbs.tsv").write_text(HEADER + "bless +abuse\t042\tdobj\t\t\nbless +abuse\t092\tdobj\t\t\n")
    assert not [s for s in lexicon.shadowed_patterns(lexicon.load(tmp_path)) if s.lemma == "bless"]


SETTLED = [r for _, r in lexicon.read_tsv(Path(__file__).parent / "data" / "shadowed_rows_settled.tsv")]


@pytest.mark.parametrize("row", SETTLED, ids=[f"{r['code']}-{i}" for i, r in enumerate(SETTLED)])
def test_settled_wording_takes_the_right_row(row):
    assert_coded_to_row(row)

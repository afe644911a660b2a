"""One news-style sentence per CAMEO event code (tests/data/cameo_sentences.tsv): dyad must code each sentence to
its code, with the expected source and target. The file covers every specific three-digit code (those not ending
in 0) and the four-digit codes the lexicon marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded_to_row

from dyad import lexicon

SENTENCES = Path(__file__).parent / "data" / "cameo_sentences.tsv"
ROWS = [r for _, r in lexicon.read_tsv(SENTENCES)]


def _specific(lex) -> set[str]:
    return {c for c in lex.cameo if len(c) == 3 and not c.endswith("0")}


def test_codes_sentence_file_covers_every_specific_code():
    lex = lexicon.load()
    assert len(_specific(lex)) == 127
    missing = _specific(lex) - {r["code"] for r in ROWS}
    assert not missing, f"no test sentence for {sorted(missing)}"
    unknown = {r["code"] for r in ROWS} - set(lex.cameo)
    assert not unknown, f"unknown codes in {SENTENCES.name}: {sorted(unknown)}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['code']}-{i}" for i, r in enumerate(ROWS)])
def test_codes_sentence_is_coded_to_its_code(row):
    assert_coded_to_row(row)

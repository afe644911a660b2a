"""Shared fixtures: the spaCy model loads once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_f0fa622a62322573.txt"


@pytest.fixture(scope="session")
def nlp():
    import spacy

    from dyad.settings import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seed_page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_body(seed_page) -> str:
    """The seed article's body, from its first sentence to its end (as extract should leave it)."""
    return seed_page[seed_page.index("Both Russian houses"):].strip()

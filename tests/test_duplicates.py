"""Near-duplicates: shingles, MinHash band keys, folding in the store across runs, and precision/recall on real
articles with small edits (the set is built by benchmarks/near_duplicates.py from PolNeAR)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from dyad import duplicates
from dyad.cli import app
from dyad.document import Document
from dyad.hashing import content_hash
from dyad.schema import documents
from dyad.store import Store, alembic_config

from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import near_duplicates  # noqa: E402

POLNEAR_TRAIN = SHARED / "data" / "polnear" / "data" / "train" / "text"

# written for these tests
STORY = (
    "Kenya and Uganda signed a railway agreement in Kampala on Monday, ending two years of talks over the route. "
    "The line will run from the port of Mombasa to the Ugandan capital and is due to open in 2030. "
    "Officials from both governments said the project would cut freight costs by almost half. "
    "Opposition lawmakers in Nairobi criticised the loan terms and called for a parliamentary inquiry."
)
COPY = (
    "Kenya and Uganda signed a railway agreement in Kampala on Monday, ending two years of talks over the route. "
    "The line will run from the port of Mombasa to the Ugandan capital and is due to open in 2030. "
    "Officials from both governments said the project would cut freight costs by nearly half. "
    "Opposition lawmakers in Nairobi criticised the loan terms and called for a parliamentary inquiry.\n\n"
    "Sign up for our daily newsletter."
)
OTHER = (
    "Peru's congress opened a bribery inquiry into three former ministers on Thursday, prosecutors said. "
    "The ministers deny taking payments from a construction firm that won contracts for a highway in the Andes."
)


def _doc(text: str, url: str, outlet: str | None = None) -> Document:
    return Document(text=text, id=content_hash(text), url=url, outlet=outlet)


def test_duplicates_shingles_and_jaccard():
    assert duplicates.shingles("Russia backed  the REBELS, officials said.") == {
        "russia backed the", "backed the rebels", "the rebels officials", "rebels officials said"}
    assert duplicates.shingles("Two words") == {"two words"}
    assert duplicates.shingles("  ") == frozenset()
    a, b = duplicates.shingles(STORY), duplicates.shingles(COPY)
    assert duplicates.jaccard(a, a) == 1.0
    assert duplicates.THRESHOLD <= duplicates.jaccard(a, b) < 1.0
    assert duplicates.jaccard(a, duplicates.shingles(OTHER)) < 0.05
    assert duplicates.jaccard(a, frozenset()) == 0.0


def test_duplicates_band_keys_are_stable_and_shared_by_copies():
    bands, rows = duplicates.banding()
    assert bands * rows <= duplicates.NUM_PERM
    story = duplicates.fingerprint(STORY)
    assert len(story.keys) == bands
    assert duplicates.fingerprint(STORY).keys == story.keys  # the same on every run: keys are stored
    assert all(-2**63 <= k < 2**63 for k in story.keys)
    assert set(story.keys) & set(duplicates.fingerprint(COPY).keys)
    assert not set(story.keys) & set(duplicates.fingerprint(OTHER).keys)
    assert duplicates.fingerprint("Too short to match approximately.").keys == ()


@pytest.fixture
def store(store_url):
    s = Store.open(store_url)
    yield s
    s.close()


def test_duplicates_store_folds_a_near_copy_and_records_its_source(store):
    assert store.add(_doc(STORY, "https://wire.example/a", "Wire")) == "ingested"
    copy = _doc(COPY, "https://paper.example/b", "Paper")
    kept = store.stored_as(copy)
    assert kept is not None and kept[0] == content_hash(STORY) and duplicates.THRESHOLD <= kept[1] < 1
    assert store.add(copy) == "duplicate"
    assert store.add(_doc(OTHER, "https://paper.example/c", "Paper")) == "ingested"
    assert store.counts()["documents"] == 2
    sources = store.sources(content_hash(STORY))
    assert [(s["url"], s["outlet"], s["content_id"]) for s in sources] == [
        ("https://wire.example/a", "Wire", content_hash(STORY)),
        ("https://paper.example/b", "Paper", content_hash(COPY)),
    ]
    assert sources[0]["similarity"] == 1.0 and sources[1]["similarity"] == kept[1]
    # the same copy again, from a third site: found by its own content hash, recorded once more
    assert store.stored_as(_doc(COPY, "https://third.example/b")) == kept
    assert store.add(_doc(COPY, "https://third.example/b", "Third")) == "duplicate"
    assert store.add(_doc(COPY, "https://third.example/b", "Third")) == "duplicate"
    assert len(store.sources(content_hash(STORY))) == 3


def test_duplicates_index_persists_across_runs_and_migration_indexes_old_documents(tmp_path):
    url = f"sqlite:///{tmp_path}/dyad.db"
    with Store.open(url) as first:
        first.add(_doc(STORY, "https://wire.example/a"))
    with Store.open(url) as later:  # a later run finds the copy through the stored band keys
        assert later.add(_doc(COPY, "https://paper.example/b")) == "duplicate"
        assert len(later.sources(content_hash(STORY))) == 2

    from alembic import command

    engine = sa.create_engine(url)
    with engine.begin() as conn:  # back to before the index: the upgrade must index what is stored
        command.downgrade(alembic_config(conn), "0003_feeds")
    with engine.begin() as conn:
        assert "document_bands" not in sa.inspect(conn).get_table_names()
    engine.dispose()
    with Store.open(url) as upgraded:
        assert upgraded.add(_doc(COPY, "https://third.example/b")) == "duplicate"
        sources = upgraded.sources(content_hash(STORY))
        # rows from before the revision are taken as exact copies (the downgrade dropped what the copy carried)
        assert [s["content_id"] for s in sources] == [content_hash(STORY), content_hash(STORY), content_hash(COPY)]


def test_duplicates_ingest_counts_a_near_copy_in_a_later_run_as_duplicate(tmp_path):
    runner = CliRunner()
    (tmp_path / "wire.txt").write_text(STORY)
    (tmp_path / "paper.txt").write_text(COPY)
    db = f"sqlite:///{tmp_path}/t.db"
    first = runner.invoke(app, ["ingest", str(tmp_path / "wire.txt"), "--db", db])
    assert first.exit_code == 0 and "ingested 1" in first.stderr, first.stderr
    later = runner.invoke(app, ["ingest", str(tmp_path / "paper.txt"), "--db", db])
    assert later.exit_code == 0, later.stderr
    assert "ingested 0" in later.stderr and "duplicate 1" in later.stderr, later.stderr
    again = runner.invoke(app, ["ingest", str(tmp_path / "paper.txt"), "--db", db])
    assert "duplicate 1" in again.stderr, again.stderr
    with Store.open(db) as store:
        assert store.counts()["documents"] == 1
        # files carry no URL: the near-copy is recorded by its text, once however often it is ingested
        with store.engine.connect() as conn:
            (kept_id,) = conn.execute(sa.select(documents.c.id)).scalars().all()
        sources = store.sources(kept_id)
        assert len(sources) == 2 and all(s["url"] is None for s in sources)
        assert sources[0]["content_id"] == kept_id and sources[0]["similarity"] == 1.0
        assert sources[1]["content_id"] != kept_id and duplicates.THRESHOLD <= sources[1]["similarity"] < 1.0


def test_duplicates_ingest_codes_neither_kind_of_copy():
    from dyad.pipeline import Item, default_pipeline
    from dyad.workers import Coder

    with Store.open("sqlite://") as store:
        store.add(_doc(STORY, "https://wire.example/a"))
        outcomes = Coder(default_pipeline(), known=store.holds)([Item(STORY), Item(COPY), Item(OTHER)])
    assert [o.status for o in outcomes] == ["known", "known", "coded"]
    assert outcomes[1].doc.events == [] and outcomes[1].doc.sentences == []


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR not in ../shared")
def test_duplicates_precision_and_recall_on_edited_real_articles():
    firsts, later = near_duplicates.build_set(POLNEAR_TRAIN, originals=40, seed=7)
    assert len(firsts) == 40 and len(later) == 80
    copies = [c for c in later if c.original]
    assert {c.kind for c in copies} == set(near_duplicates.EDITS)
    # the copies really are edited: none is an exact copy, and every kind changes the shingles
    assert all(content_hash(c.text) != content_hash(next(f.text for f in firsts if f.name == c.original))
               for c in copies)
    with Store.open("sqlite://") as store:
        r = near_duplicates.run(firsts, later, store)
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, r

"""`dyad demo`: the bundled sample corpus, coded into a fresh embedded database, shown to the user."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .lexicon import data_path
from .pipeline import Item, Pipeline
from .settings import from_env
from .store import Store


def demo_items() -> list[Item]:
    """The sample articles, with the publication dates recorded beside them."""
    folder = data_path("demo")
    dates = {}
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            dates[row["id"]] = row.get("date")
    return [Item(p.read_bytes(), p.stem, "text", dates.get(p.stem), None) for p in sorted(folder.glob("*.txt"))]


def run_demo(db: str | None = None, out=None) -> Store:
    """Code the sample corpus into a fresh database (``dyad-demo.db`` here unless ``db`` is given) and print a
    table of the events, quotes and places found."""
    from rich.console import Console
    from rich.table import Table

    out = out or sys.stdout
    if db is None:
        path = Path("dyad-demo.db")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = f"sqlite:///{path}"
    settings = from_env().with_(db_url=db)
    store = Store.open(settings.db_url)
    pipeline = Pipeline(settings)
    docs = list(pipeline.code_documents(pipeline.extract(i) for i in demo_items()))
    counts = store.add_all(docs)
    console = Console(file=out, width=160)
    t = Table(title=f"dyad demo: {len(docs)} articles -> {db}", title_justify="left")
    for c in ("date", "source", "code", "target", "event", "modality", "where", "evidence"):
        t.add_column(c)
    for d in docs:
        for e in d.events:
            t.add_row(e.date or "", e.source.code, e.code, e.target.code if e.target else "", e.name, e.modality,
                      e.location.name if e.location else "", e.evidence)
    console.print(t)
    q = Table(title="quotes", title_justify="left")
    for c in ("speaker", "code", "cue", "kind", "quote"):
        q.add_column(c)
    for d in docs:
        for x in d.quotes:
            q.add_row(x.speaker.name if x.speaker else "?", (x.speaker.code or "") if x.speaker else "",
                      x.cue or "", x.kind, x.text if len(x.text) < 80 else x.text[:77] + "...")
    console.print(q)
    n_places = sum(len(d.places) for d in docs)
    console.print(f"{n_places} places, {sum(len(d.events) for d in docs)} events, "
                  f"{sum(len(d.quotes) for d in docs)} quotes; stored: {dict(counts)}. "
                  f"Query them with: dyad events --db {db}", highlight=False)
    return store

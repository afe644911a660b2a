"""`dyad code`: inputs -> coded documents, without storing them; and the readable table of what was found."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import IO

from .document import Document
from .errors import InputError
from .pipeline import Item, Pipeline
from .settings import Settings
from .sources import BadItem, KnownItem, iter_items


def _stdin_jsonl(report: Callable[[str], None]) -> tuple[list[Item], int]:
    items, bad = [], 0
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            from .pipeline import as_item

            item = as_item(obj)
            item.id = obj.get("id") or f"-:{n}"
            items.append(item)
        except (ValueError, InputError) as exc:
            bad += 1
            report(f"-:{n}: malformed JSONL line ({exc}), skipped")
    return items, bad


def code_inputs(paths: list[str], settings: Settings, date: str | None = None, url: str | None = None,
                stdin_jsonl: bool = False, report: Callable[[str], None] = print,
                progress: Callable[[int, int | None], None] | None = None) -> tuple[list[Document], int]:
    """Code every input under ``paths``; returns the documents and the number of problems reported.

    ``progress(1, total)`` is called as each document is coded, ``total`` being the number of documents."""
    pipeline = Pipeline(settings)
    problems = 0
    docs: list[Document] = []
    items: list[Item] = []
    for path in paths:
        if path == "-" and stdin_jsonl:
            got, bad = _stdin_jsonl(report)
            items.extend(got)
            problems += bad
            continue
        for it in iter_items([path], settings):
            if isinstance(it, KnownItem):  # a URL listed twice: coded once
                continue
            if isinstance(it, BadItem):
                problems += 1
                report(it.message)
                continue
            from_jsonl = re.search(r"\.jsonl(\.gz)?:\d+$", it.origin) is not None
            items.append(Item(it.content, it.id if from_jsonl else None, it.kind, it.date, it.url, it.default_date))
    extracted = []
    for it in items:
        it.date = date or it.date
        it.url = url or it.url
        try:
            extracted.append(pipeline.extract(it))
        except InputError as exc:
            problems += 1
            report(f"{it.id or 'input'}: {exc}, skipped")
    for doc in pipeline.code_documents(extracted):
        if doc.skipped:
            report(f"{doc.source_id or doc.id}: {doc.skipped}")
        docs.append(doc)
        if progress:
            progress(1, len(extracted))
    return docs, problems


def render_table(docs: list[Document], out: IO) -> None:
    """Each document's title, then its events, quotes and places as tables."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=150)
    for doc in docs:
        console.print(f"[bold]{doc.title or doc.source_id or doc.id}[/bold]  {doc.date or ''}  {doc.outlet or ''}",
                      highlight=False)
        if doc.skipped:
            console.print(f"  not coded: {doc.skipped}", markup=False)
            continue
        t = Table(title="events", title_justify="left")
        for c in ("source", "code", "target", "name", "modality", "evidence"):
            t.add_column(c)
        for e in doc.events:
            t.add_row(e.source.code or "", e.code, e.target.code if e.target else "", e.name, e.modality, e.evidence)
        console.print(t)
        q = Table(title="quotes", title_justify="left")
        for c in ("speaker", "code", "cue", "kind", "text"):
            q.add_column(c)
        for x in doc.quotes:
            q.add_row(x.speaker.name if x.speaker else "", x.speaker.code or "" if x.speaker else "", x.cue or "",
                      x.kind, x.text if len(x.text) < 90 else x.text[:87] + "...")
        console.print(q)
        p = Table(title="places", title_justify="left")
        for c in ("text", "country", "lat", "lon", "feature", "literal"):
            p.add_column(c)
        for x in doc.places:
            p.add_row(x.text, x.country or "", f"{x.lat:.2f}" if x.lat is not None else "",
                      f"{x.lon:.2f}" if x.lon is not None else "", x.feature, "yes" if x.literal else "no")
        console.print(p)

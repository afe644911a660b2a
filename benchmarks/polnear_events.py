"""Events coded from real news: the PolNeAR dev articles, a fixed random sample printed for judging by hand.

    python benchmarks/polnear_events.py [FOLDER] [--n 60] [--seed 2026] [--skeleton FILE] [--score FILE]

FOLDER is the PolNeAR dev split (default ../shared/data/polnear/data/dev); its text/ files are coded with
dyad.code_many, each with its file name (without .txt) as id and the publication date from PolNeAR's
metadata.tsv. Every coded event is collected (all modalities), sorted by (doc id, sentence, verb start), and N
of them are drawn with random.Random(SEED). Each drawn event is printed with its sentence, source, verb, CAMEO
code, target and modality.

--skeleton FILE writes one JSON line per drawn event with the fields of tests/gold/polnear_judged.jsonl (offsets
and codes, no article text) and empty verdicts, to be filled in by hand.
--score FILE reads a judged file and prints its precision figures and error counts (README's table).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "data" / "dev"
ERROR_TYPES = ("not an event", "attribution", "wrong actor", "wrong act", "wrong target", "target missing",
               "wrong modality", "parse error")


def read_dates(folder: Path) -> dict[str, str]:
    """File name -> publication date (YYYY-MM-DD) from PolNeAR's metadata.tsv, next to the split folders."""
    meta = folder.parent / "metadata.tsv"
    if not meta.exists():
        return {}
    with meta.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")
                if row.get("publication_date") not in (None, "", "None")}


def read_items(folder: Path, only: set[str] | None = None) -> list[dict]:
    """The split's articles as code_many items: id (file name), text, date where the metadata gives one."""
    text_dir = folder / "text"
    if not text_dir.is_dir():
        raise SystemExit(f"error: no text/ folder in {folder}")
    dates = read_dates(folder)
    items = []
    for path in sorted(text_dir.glob("*.txt")):
        ident = path.stem
        if only is not None and ident not in only:
            continue
        items.append({"id": ident, "text": path.read_text(encoding="utf-8"), "date": dates.get(ident)})
    return items


def code_items(items: list[dict]) -> list:
    import dyad

    return list(dyad.code_many(items, batch_size=16, n_process=1))


def collect_events(docs) -> list[tuple]:
    """(doc, event) for every coded event, sorted by (doc id, sentence, verb start)."""
    rows = [(doc, ev) for doc in docs for ev in doc.events]
    rows.sort(key=lambda r: (r[0].source_id, r[1].sentence, r[1].verb.start, r[1].verb.end, r[1].code,
                             r[1].source.code if r[1].source else "", r[1].target.code if r[1].target else ""))
    return rows


def sentence_span(doc, ev) -> tuple[int, int]:
    """Character offsets of the event's sentence in the document's text."""
    if 0 <= ev.sentence < len(doc.sentences):
        return tuple(doc.sentences[ev.sentence])
    return 0, len(doc.text)


def actor(a) -> tuple[str | None, str | None]:
    return (a.text, a.code) if a is not None else (None, None)


def skeleton_row(doc, ev, s_start: int, s_end: int) -> dict:
    return {"doc": doc.source_id, "sentence_start": s_start, "sentence_end": s_end,
            "verb_start": ev.verb.start, "verb_end": ev.verb.end,
            "source": ev.source.code if ev.source else None, "code": ev.code,
            "target": ev.target.code if ev.target else None, "modality": ev.modality,
            "source_ok": None, "act_ok_root": None, "act_ok_code": None, "target_ok": None,
            "modality_ok": None, "verdict": None, "error": None, "reason": ""}


def score(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    n = len(rows)

    def count(key):
        return sum(1 for r in rows if r[key] is True)

    correct = sum(1 for r in rows if r["verdict"] == "correct")
    lines = ["| measure | judged right | share |", "|---|---:|---:|"]
    for label, k in (("event correct (source, act root, target)", None), ("source actor", "source_ok"),
                     ("act, CAMEO root", "act_ok_root"), ("act, full CAMEO code", "act_ok_code"),
                     ("target actor", "target_ok"), ("modality", "modality_ok")):
        c = correct if k is None else count(k)
        lines.append(f"| {label} | {c}/{n} | {c / n:.0%} |")
    errors = Counter(r["error"] for r in rows if r["verdict"] != "correct")
    lines += ["", "| main error of a wrong event | count |", "|---|---:|"]
    lines += [f"| {e} | {c} |" for e, c in errors.most_common()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--skeleton", help="write the drawn events as a judging skeleton (JSONL, no article text)")
    ap.add_argument("--score", help="print the figures of a judged file and stop")
    args = ap.parse_args(argv)
    if args.score:
        print(score(Path(args.score)))
        return 0
    items = read_items(Path(args.folder))
    if not items:
        print(f"error: no .txt articles in {args.folder}/text", file=sys.stderr)
        return 2
    t = time.perf_counter()
    docs = code_items(items)
    for doc in docs:
        if doc.skipped:
            print(f"skipped {doc.source_id}: {doc.skipped}", file=sys.stderr)
    elapsed = time.perf_counter() - t
    rows = collect_events(docs)
    modalities = Counter(ev.modality for _, ev in rows)
    print(f"{len(docs)} articles, {len(rows)} events coded in {elapsed:.1f} s; "
          + ", ".join(f"{m} {c}" for m, c in modalities.most_common()))
    sample = random.Random(args.seed).sample(range(len(rows)), min(args.n, len(rows)))
    skeleton = []
    for k, i in enumerate(sample, 1):
        doc, ev = rows[i]
        s_start, s_end = sentence_span(doc, ev)
        st, sc = actor(ev.source)
        tt, tc = actor(ev.target)
        print(f"\n#{k} [{i}] {doc.source_id} sent {ev.sentence} ({s_start}-{s_end}) verb {ev.verb.start}-{ev.verb.end}")
        print("   " + " ".join(doc.text[s_start:s_end].split()))
        print(f"   SOURCE {st!r} {sc} | VERB {ev.verb.text!r} | {ev.code} {ev.name} | "
              f"TARGET {tt!r} {tc} | {ev.modality}")
        skeleton.append(skeleton_row(doc, ev, s_start, s_end))
    if args.skeleton:
        with open(args.skeleton, "w", encoding="utf-8") as fh:
            for row in skeleton:
                fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""dyad's own lexicon against PETRARCH2's dictionaries (read through dyad's importer) on the gold event set.

    python benchmarks/petrarch_dictionaries.py [GOLD] [--petrarch DIR] [--format table|json]

Scores each split of GOLD (default tests/gold/events.jsonl) with the same pipeline and four sets of dictionaries:

  dyad            the package's lexicon
  PETRARCH2       PETRARCH2's actor, agent, verb and discard files replacing it (dyad eval ... --dict DIR --dict-only)
  PETRARCH2 verbs PETRARCH2's verb file replacing dyad's verb patterns only; dyad's actors and role nouns kept
  PETRARCH2 actors PETRARCH2's actor and agent files replacing dyad's actors and role nouns only; dyad's verbs kept
  dyad + PETRARCH2 PETRARCH2's files laid over dyad's lexicon (dyad eval ... --dict DIR, without --dict-only)

The last two show which half of the dictionaries a difference comes from. Each partial set is a temporary folder
of links to the files in DIR (default ../shared/data/petrarch); nothing is copied. Also printed: what the importer
took from each file and what it could not map.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from dyad import lexicon
from dyad.evaluate import Report, read_gold, score_document
from dyad.petrarch_dict import kind_of, read_folder
from dyad.pipeline import Pipeline
from dyad.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "gold" / "events.jsonl"
DEFAULT_PETRARCH = ROOT.parent / "shared" / "data" / "petrarch"
LEVELS = ("code", "root", "country")


def _linked(src: Path, kinds: set[str], into: Path) -> Path:
    into.mkdir()
    for p in src.iterdir():
        if kind_of(p) in kinds:
            (into / p.name).symlink_to(p.resolve())
    return into


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--petrarch", default=str(DEFAULT_PETRARCH), help="folder of PETRARCH2's dictionaries")
    ap.add_argument("--format", choices=("table", "json", "readme"), default="table",
                    help="readme: the two tables of the README's section, in its layout")
    args = ap.parse_args(argv)
    src = Path(args.petrarch)
    if not src.is_dir():
        print(f"no PETRARCH dictionaries in {src}", file=sys.stderr)
        return 2
    gold = list(read_gold(args.gold))
    splits = sorted({g.get("split") for g in gold if g.get("split")}) or [None]

    results: dict = {"imports": [], "runs": {}}
    for rep in read_folder(src, cameo=set(lexicon.load().cameo)).reports:
        results["imports"].append({"file": Path(rep.path).name, "kind": rep.kind, "entries": rep.entries,
                                   "imported": rep.imported, "not_mapped": dict(rep.skipped.most_common()),
                                   "malformed": [str(e) for e in rep.errors]})
    with tempfile.TemporaryDirectory() as tmp:
        configs = {
            "dyad": Settings(),
            "PETRARCH2": Settings(dict_dir=src, dict_only=True),
            "PETRARCH2 verbs": Settings(dict_dir=_linked(src, {"verbs"}, Path(tmp) / "verbs"), dict_only=True),
            "PETRARCH2 actors": Settings(dict_dir=_linked(src, {"actors", "agents"}, Path(tmp) / "actors"),
                                         dict_only=True),
            "dyad + PETRARCH2": Settings(dict_dir=src),
        }
        for name, settings in configs.items():
            t = time.perf_counter()
            pipe = Pipeline(settings)
            for split in splits:
                items = [g for g in gold if split is None or g.get("split") == split]
                report = Report()
                docs = pipe.code_many([{"id": g.get("id"), "text": g["text"], "date": g.get("date")} for g in items])
                said = silent = 0
                for g, doc in zip(items, docs):
                    score_document(g, doc, report)
                    said += sum(1 for e in doc.events if e.code == "010")
                    silent += len(g.get("events") or []) if not doc.events else 0
                results["runs"].setdefault(name, {})[split or "all"] = {
                    "items": len(items),
                    "gold_events": sum(len(g.get("events") or []) for g in items),
                    "coded_010": said,  # bare "make statement" events, PETRARCH's commonest junk
                    "gold_events_in_sentences_coded_empty": silent,
                    **{lvl: report.scores[f"events.{lvl}"].to_dict() for lvl in LEVELS},
                }
            results["runs"][name]["seconds"] = round(time.perf_counter() - t, 1)

    if args.format == "json":
        json.dump(results, sys.stdout, indent=2)
        print()
        return 0
    if args.format == "readme":
        _readme(results["runs"])
        return 0
    for imp in results["imports"]:
        nm = ", ".join(f"{n} {r}" for r, n in imp["not_mapped"].items())
        print(f"{imp['file']}: {imp['kind']}, {imp['entries']} entries, {imp['imported']} imported; "
              f"{len(imp['malformed'])} malformed lines" + (f"; not mapped: {nm}" if nm else ""))
    print()
    print("| dictionaries | split | level | precision | recall | F1 |")
    print("|---|---|---|---|---|---|")
    for name, by_split in results["runs"].items():
        for split, r in by_split.items():
            if split == "seconds":
                continue
            for lvl in LEVELS:
                s = r[lvl]
                print(f"| {name} | {split} | {lvl} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    print()
    print("| dictionaries | split | gold events | events coded | of which 010 | gold events in sentences with none coded |")
    print("|---|---|---|---|---|---|")
    for name, by_split in results["runs"].items():
        for split, r in by_split.items():
            if split != "seconds":
                coded = r["code"]["tp"] + r["code"]["fp"]
                print(f"| {name} | {split} | {r['gold_events']} | {coded} | {r['coded_010']} | "
                      f"{r['gold_events_in_sentences_coded_empty']} |")
    return 0


def _readme(runs: dict) -> None:
    """The side-by-side table (dyad against PETRARCH2, per split and level) and the half-and-half F1 table."""
    print("| split | level | dyad P | dyad R | dyad F1 | PETRARCH2 P | PETRARCH2 R | PETRARCH2 F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for split in [k for k in runs["dyad"] if k != "seconds"]:
        for lvl in LEVELS:
            a, b = runs["dyad"][split][lvl], runs["PETRARCH2"][split][lvl]
            print(f"| {split} | {lvl} | {a['precision']:.3f} | {a['recall']:.3f} | **{a['f1']:.3f}** | "
                  f"{b['precision']:.3f} | {b['recall']:.3f} | **{b['f1']:.3f}** |")
    print()
    print("| dictionaries | code | root | country |")
    print("|---|---|---|---|")
    for name, label in (("dyad", "dyad's actors and verbs"), ("PETRARCH2 verbs", "dyad's actors, PETRARCH2's verbs"),
                        ("PETRARCH2 actors", "PETRARCH2's actors and agents, dyad's verbs"),
                        ("PETRARCH2", "PETRARCH2's actors, agents and verbs"),
                        ("dyad + PETRARCH2", "PETRARCH2's laid over dyad's (`--dict` without `--dict-only`)")):
        splits = [k for k in runs[name] if k != "seconds"]
        cells = [" / ".join(f"{runs[name][sp][lvl]['f1']:.3f}" for sp in splits) for lvl in LEVELS]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())

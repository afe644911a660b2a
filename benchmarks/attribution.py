"""Quotation and attribution accuracy on PolNeAR (brat standoff), printed as a table.

    python benchmarks/attribution.py [FOLDER] [--format table|json] [--errors N]

FOLDER holds text/ and attributions/ (default: the PolNeAR dev split, ../shared/data/polnear/data/dev). Each
article's text is coded as it is and its quotes are scored by dyad.attribution_eval (its docstring gives the
rules: one annotator per article, match at half the longer span, direct/mixed/indirect by quotation marks).
--errors N prints N missed gold attributions and N unmatched predicted quotes, for looking at what fails.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from dyad.attribution_eval import (
    AttributionReport,
    evaluate_folder,
    format_table,
    read_brat_folder,
    score_document,
    speaker_right,
)
from dyad.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "data" / "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--format", choices=("table", "json"), default="table")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false quotes")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    gold = read_brat_folder(args.folder)
    t = time.perf_counter()
    misses, false, wrong_speaker = [], [], []
    report = None
    for g, doc, report in evaluate_folder(gold, Pipeline()):
        if args.errors:
            groups, pairs = score_document(g, doc, AttributionReport())
            mg, mq = {a for a, _ in pairs}, {b for _, b in pairs}
            misses += [(g.id, a) for i, a in enumerate(g.attributions) if i not in mg]
            false += [(g.id, doc.quotes[grp[0]]) for i, grp in enumerate(groups) if i not in mq]
            wrong_speaker += [(g.id, g.attributions[a], doc.quotes[groups[b][0]]) for a, b in pairs
                              if g.attributions[a].source
                              and not speaker_right(g.attributions[a], doc.quotes[groups[b][0]], doc)]
    elapsed = time.perf_counter() - t
    if report is None:
        print("no articles", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_table(report))
        print(f"({elapsed:.1f} s)")
    if args.errors:
        rng = random.Random(args.seed)
        print("\n# missed gold attributions")
        for ident, a in rng.sample(misses, min(args.errors, len(misses))):
            print(f"[{a.kind}] {ident}: SOURCE {a.source_text!r} CONTENT {a.content_text[:160]!r}")
        print("\n# predicted quotes matching no gold attribution")
        for ident, q in rng.sample(false, min(args.errors, len(false))):
            print(f"[{q.kind}] {ident}: SPEAKER {q.speaker.text if q.speaker else None!r} "
                  f"CUE {q.cue!r} TEXT {q.text[:160]!r}")
        print("\n# wrong speakers")
        for ident, a, q in rng.sample(wrong_speaker, min(args.errors, len(wrong_speaker))):
            print(f"[{a.kind}] {ident}: GOLD {a.source_text!r} PRED {q.speaker.text if q.speaker else None!r} "
                  f"({q.speaker.name if q.speaker else None!r}) TEXT {q.text[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

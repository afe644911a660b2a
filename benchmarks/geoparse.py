"""Geoparsing: toponym recall and precision, and accuracy within 161 km, on LGL and GeoVirus.

    python benchmarks/geoparse.py [--corpus lgl|geovirus ...] [--limit N] [--errors FILE]

Corpora: ../shared/data/geo/lgl.xml (588 US local news articles) and ../shared/data/geo/geovirus.xml (229 WikiNews
paragraphs). Each is split in two halves by article id (``dyad.geo_eval.split_of``): ``dev`` is used for tuning,
``test`` only for reporting. Definitions are in ``dyad.geo_eval``. Before scoring, the gazetteer index is built
once into a fresh folder to time the first use and measure the index size; then the cached index is opened again.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from dyad.geo_eval import evaluate, read_corpus

HERE = Path(__file__).resolve()
GEO = HERE.parents[2] / "shared" / "data" / "geo"
CORPORA = {"lgl": GEO / "lgl.xml", "geovirus": GEO / "geovirus.xml"}

INDEX_PROBE = """
import resource, sys, time
from pathlib import Path
from dyad import gazetteer as gz
from dyad.settings import Settings
settings = Settings(cache_dir=Path(sys.argv[1]))
t = time.perf_counter(); g = gz.Gazetteer.open(settings); g.lookup("Tbilisi"); dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_SELF)
print(dt, ru.ru_maxrss / 1024, g.path.stat().st_size / 2**20, ru.ru_utime + ru.ru_stime)
"""


def index_figures() -> dict:
    """First-use build and later open, each in a fresh process: seconds, peak memory (MB) and index size (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = {}
        for step in ("build", "open"):
            line = subprocess.run([sys.executable, "-c", INDEX_PROBE, tmp], check=True, capture_output=True,
                                  text=True).stdout.split()
            out[step] = {"seconds": round(float(line[0]), 2), "peak_mb": round(float(line[1])), "index_mb":
                         round(float(line[2]), 1), "cpu_seconds": round(float(line[3]), 1)}
        return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="default: both")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles of each corpus")
    ap.add_argument("--errors", type=Path, help="write misses and far-off points (dev half only) as JSONL here")
    ap.add_argument("--no-index", action="store_true", help="skip the index build timing")
    args = ap.parse_args()

    if not args.no_index:
        ix = index_figures()
        print(f"gazetteer index: first-use build {ix['build']['seconds']} s ({ix['build']['cpu_seconds']} s CPU for "
              f"the whole process; peak {ix['build']['peak_mb']} MB), "
              f"open {ix['open']['seconds']} s (peak {ix['open']['peak_mb']} MB), "
              f"size {ix['build']['index_mb']} MB")
    rows = []
    errors = []
    notes = []
    for name in args.corpus or ["lgl", "geovirus"]:
        articles = read_corpus(CORPORA[name])
        if args.limit:
            articles = articles[: args.limit]
        started = time.perf_counter()
        scores = evaluate(articles)
        elapsed = time.perf_counter() - started
        for split in ("dev", "test", "all"):
            s = scores[split]
            rows.append((name, split, s))
        errors += [dict(corpus=name, **e) for e in scores["dev"].errors]
        far = Counter(e["feature"] for e in scores["all"].errors if e["kind"] == "far")
        notes.append(f"{name}: {sum(far.values())} recalled toponyms placed over 161 km off, by the feature dyad chose: "
                     + ", ".join(f"{k} {v}" for k, v in far.most_common()))
        print(f"{name}: {len(articles)} articles in {elapsed:.1f} s", file=sys.stderr)
    print()
    print("| corpus | split | articles | gold | predicted | recall | precision | accuracy (161 km) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, split, s in rows:
        print(f"| {name} | {split} | {s.articles} | {s.gold} | {s.predicted} | {s.recall:.3f} | {s.precision:.3f} | "
              f"{s.accuracy:.3f} |")
    print()
    for line in notes:
        print(line)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"\npeak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

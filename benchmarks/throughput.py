"""Throughput: dyad.code_many against the raw spaCy pipeline it uses, on the same texts, in one process.

    python benchmarks/throughput.py [--limit N] [--corpus DIR]

Texts: the 840 PolNeAR train articles (../shared/data/polnear/data/train/text). Each side first codes a warm-up
batch; then dyad, raw spaCy, and dyad again are timed (the two dyad runs are averaged, so drift on a noisy
machine falls on both sides). Prints words/s for both and their ratio. Peak memory is then measured for each side
alone, in a fresh child process that loads only that pipeline and codes the same texts (in one process the
peaks of the two pipelines would add up). Targets: ratio >= 0.8, dyad's peak memory under 1.5 GB.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import spacy

import dyad
from dyad.settings import from_env

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "data" / "polnear" / "data" / "train" / "text"


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def time_raw(nlp, texts: list[str]) -> float:
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t


def time_dyad(texts: list[str]) -> tuple[float, int]:
    t = time.perf_counter()
    events = 0
    for doc in dyad.code_many(texts, batch_size=64):
        events += len(doc.events)
    return time.perf_counter() - t, events


def peak(side: str, files: list[Path]) -> None:
    """Child process: load one pipeline, code the texts, print the peak resident memory in MB."""
    texts = [f.read_text(encoding="utf-8") for f in files]
    if side == "raw":
        nlp = spacy.load(from_env().spacy_model)
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    else:
        for _ in dyad.code_many(texts, batch_size=64):
            pass
    print(peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident memory. /proc's VmHWM starts afresh at exec; ru_maxrss on Linux keeps the
    peak of the process that forked us, so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--peak", choices=["raw", "dyad"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    if args.peak:
        peak(args.peak, files)
        return
    texts = [f.read_text(encoding="utf-8") for f in files]
    warm = texts[:64]
    model = from_env().spacy_model
    nlp = spacy.load(model)
    for _ in nlp.pipe(warm, batch_size=64):
        pass
    for _ in dyad.code_many(warm, batch_size=64):
        pass
    n_words = words(texts)
    dy1, n_events = time_dyad(texts)
    raw = time_raw(nlp, texts)
    dy2, _ = time_dyad(texts)
    dy = (dy1 + dy2) / 2
    print(f"corpus: {len(texts)} articles, {n_words} words ({args.corpus})")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, spaCy {spacy.__version__}, model {model}")
    print(f"raw spaCy nlp.pipe(batch_size=64): {n_words / raw:,.0f} words/s ({raw:.1f} s)")
    print(f"dyad.code_many(batch_size=64):     {n_words / dy:,.0f} words/s ({dy1:.1f} s, {dy2:.1f} s; "
          f"{n_events} events)")
    print(f"ratio dyad / raw spaCy: {raw / dy:.2f}  (target >= 0.8)")
    for side in ("raw", "dyad"):
        cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--peak", side]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        mb = float(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()[-1])
        label = "raw spaCy alone" if side == "raw" else "dyad alone"
        print(f"peak memory, {label}: {mb:,.0f} MB" + ("  (target < 1,500 MB)" if side == "dyad" else ""))


if __name__ == "__main__":
    main()

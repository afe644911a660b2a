"""Throughput: dyad.code_many against the raw spaCy pipeline it uses, with 1 and 2 processes, on the same texts.

    python benchmarks/throughput.py [--limit N] [--corpus DIR] [--processes 1,2]

Texts: the 840 PolNeAR train articles (../shared/data/polnear/data/train/text). Each configuration runs in a fresh
child process, one after the other, in this order: raw spaCy ``nlp.pipe(batch_size=64, n_process=n)`` then
``dyad.code_many(batch_size=64, n_process=n)``, for each n. With one process each side first codes a warm-up batch
(the model is loaded before the clock starts); with several, the time includes starting the workers (spaCy forks
its workers from a process that has the model loaded; dyad spawns fresh workers that each load it), because a run
of the command pays for that too.

Reported for each: words/s as measured; CPU seconds of the main process (timed part) and of each worker, and the
peak resident memory (VmHWM) of each, sampled from /proc every 0.2 s; and an idle-machine estimate of words/s,
from the CPU seconds: the run cannot be shorter than its busiest process, nor than all its work spread over the
cores it can use. Then dyad's ratio to raw spaCy at each process count, and the scaling from 1 to 2 processes, from
the measured times and from the estimates. On a shared machine (Linux gives each session a fair share of the
CPUs, whatever its number of processes) the measured scaling says more about the neighbours than about dyad; the
estimate does not depend on them. Targets: dyad with 2 workers >= 0.8 of raw spaCy with n_process=2; peak memory
per worker under 1.2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "data" / "polnear" / "data" / "train" / "text"


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# ------------------------------------------------------------------------------------------------ memory


def _vm_hwm_mb(pid: int | str) -> float | None:
    """A process's peak resident memory (VmHWM) in MB, or None when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int | str) -> float | None:
    """A process's CPU time so far (user + system), or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14 and 15 of stat)


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


class PeakMemory:
    """Samples the peak memory and the CPU time of this process and of every process below it, until stopped."""

    def __init__(self, every: float = 0.2):
        self.every = every
        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self.cpu_at_start = _cpu_seconds(os.getpid()) or 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._sample()

    def _sample(self) -> None:
        me = os.getpid()
        todo, seen = [me], set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            mb, cpu = _vm_hwm_mb(pid), _cpu_seconds(pid)
            if mb is not None:
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), mb)
            if cpu is not None:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
            todo += _children(pid)

    def report(self) -> dict:
        """Peak MB of the main process and of each worker; CPU seconds of the main process (in the timed part)
        and of each worker (all of its life), largest first."""
        me = os.getpid()
        # spaCy's and multiprocessing's helper processes (a resource tracker) are small; workers hold the model
        workers = [pid for pid, mb in self.peaks.items() if pid != me and mb > 200]
        return {"main_mb": self.peaks.get(me, 0.0),
                "worker_mb": sorted((self.peaks[pid] for pid in workers), reverse=True),
                "main_cpu": self.cpu.get(me, 0.0) - self.cpu_at_start,
                "worker_cpu": sorted((self.cpu.get(pid, 0.0) for pid in workers), reverse=True)}


# ------------------------------------------------------------------------------------------------ one run


def run(side: str, n_process: int, files: list[Path]) -> dict:
    """Child process: code the texts one way, return its figures."""
    texts = [f.read_text(encoding="utf-8") for f in files]
    warm = texts[:16]
    events = 0
    if side == "raw":
        import spacy

        from dyad.settings import from_env

        nlp = spacy.load(from_env().spacy_model)
        for _ in nlp.pipe(warm, batch_size=64):
            pass
        with PeakMemory() as memory:
            start = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
                pass
            seconds = time.perf_counter() - start
    else:
        import dyad

        if n_process == 1:
            for _ in dyad.code_many(warm, batch_size=64):
                pass
        from dyad.workers import shutdown_pools

        with PeakMemory() as memory:
            start = time.perf_counter()
            for doc in dyad.code_many(texts, batch_size=64, n_process=n_process):
                events += len(doc.events)
            seconds = time.perf_counter() - start
            memory._sample()  # the workers' last figures, before they are stopped
        shutdown_pools()
    figures = memory.report()
    # on an idle machine the run could take no less than its busiest process, nor than all the work spread over
    # the cores it can use: an estimate for a shared machine, where the wall-clock time depends on the others
    cpus = [figures["main_cpu"], *figures["worker_cpu"]]
    usable = min(os.cpu_count() or 1, len([c for c in cpus if c > 1.0]) or 1)
    figures["idle_estimate"] = max(max(cpus), sum(cpus) / usable)
    return {"seconds": seconds, "events": events, **figures}


def child(side: str, n_process: int, args) -> dict:
    cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--run", side, "--n", str(n_process)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.strip().splitlines()[-1])
    result["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--processes", default="1,2", help="process counts to measure (default 1,2)")
    ap.add_argument("--run", choices=["raw", "dyad"], help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    if args.run:
        print(json.dumps(run(args.run, args.n, files)))
        return
    import spacy

    from dyad.settings import from_env

    texts = [f.read_text(encoding="utf-8") for f in files]
    n_words = words(texts)
    print(f"corpus: {len(texts)} articles, {n_words:,} words ({args.corpus})")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start, "
          f"{platform.python_implementation()} {platform.python_version()}, spaCy {spacy.__version__}, "
          f"model {from_env().spacy_model}")
    results: dict[tuple[str, int], dict] = {}
    for n in [int(x) for x in args.processes.split(",")]:
        for side in ("raw", "dyad"):
            r = results[side, n] = child(side, n, args)
            label = f"raw spaCy nlp.pipe(n_process={n})" if side == "raw" else f"dyad.code_many(n_process={n})"
            workers = ", ".join(f"{mb:,.0f}" for mb in r["worker_mb"]) or "-"
            worker_cpu = ", ".join(f"{c:,.1f}" for c in r["worker_cpu"]) or "-"
            print(f"{label:<34} {n_words / r['seconds']:>7,.0f} words/s measured ({r['seconds']:.1f} s), "
                  f"{n_words / r['idle_estimate']:>7,.0f} words/s idle estimate  |  CPU s: main {r['main_cpu']:.1f}, "
                  f"workers {worker_cpu}  |  peak MB: main {r['main_mb']:,.0f}, workers {workers}"
                  + (f"  ({r['events']} events)" if side == "dyad" else ""), flush=True)
    print(f"load average at end {os.getloadavg()[0]:.1f}")
    for key, what in (("seconds", "measured"), ("idle_estimate", "idle estimate")):
        for n in sorted({n for _, n in results}):
            raw, dy = results["raw", n], results["dyad", n]
            print(f"ratio dyad / raw spaCy, {n} process{'es' if n > 1 else ''} ({what}): {raw[key] / dy[key]:.2f}"
                  + ("  (target >= 0.8)" if n == 2 else ""))
        if ("raw", 1) in results and ("raw", 2) in results:
            for side in ("raw", "dyad"):
                print(f"scaling 1 -> 2 processes, {side} ({what}): "
                      f"{results[side, 1][key] / results[side, 2][key]:.2f}x")
    worst = max((mb for (side, n), r in results.items() if side == "dyad" and n > 1 for mb in r["worker_mb"]),
                default=None)
    if worst is not None:
        print(f"peak memory of a dyad worker: {worst:,.0f} MB  (target < 1,200 MB)")


if __name__ == "__main__":
    main()

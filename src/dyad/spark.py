"""dyad as a Spark job: WARC or JSONL in (local or object-store paths), Parquet documents, events, quotes, places out.

Run it with `dyad spark INPUT... --output DIR [--master local[2]]`, or on a cluster with spark-submit and this file:

    spark-submit --master yarn "$(python -c 'import dyad.spark as s; print(s.__file__)')" \\
        s3://bucket/crawl/*.warc.gz --output s3a://bucket/dyad/

The stages:

1. **read** — the driver lists the inputs (a local folder gives the WARC and JSONL files under it; a path with a
   scheme, ``s3://``, ``gs://``, ``hdfs://``, ``https://``..., is taken as one file) and hands out one file per
   task. Each task streams its file with smart_open (local files with ``open``) through the readers of `dyad ingest`
   (``sources.warc_items`` / ``sources.jsonl_items``), and extracts each page (``extract``).
2. **deduplicate** — pages with the same content hash are one document, the first in input order kept, as the
   store keeps the first URL it saw.
3. **code** — ``mapPartitions`` codes each partition in batches with ``pipeline.default_pipeline``: the spaCy model,
   lexicon and gazetteer load once per Python worker process, which Spark keeps and reuses for the following tasks
   (``spark.python.worker.reuse``, on by default), so once per executor core, not once per task or page.
4. **write** — four Parquet tables under the output: ``documents``, ``events``, ``quotes``, ``places``, with the
   columns of the store's tables of the same names (``events`` is ``event_mentions``; ids are left out), so a
   Spark run and `dyad ingest` give the same rows.

An input that cannot be read, a page that cannot be extracted and a document that fails to code are each reported
in one line (collected on the driver) and skipped; the run goes on.

pyspark is an optional extra (``pip install dyad[spark]``) and needs Java 17 or later. Every node needs dyad and
its spaCy model installed (or shipped, e.g. a packed virtual environment with ``--archives``); reading from S3,
GCS or Azure needs smart_open's extra for it (``pip install "smart_open[s3]"``).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.errors import DyadError, InputError
from dyad.settings import Settings, from_env
from dyad.sources import BadItem, KnownItem, RawItem, iter_items, jsonl_items, warc_items

__all__ = ["run", "SparkResult", "TABLES", "main"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
# Parquet table -> the store's table whose columns it has
TABLES = {"documents": "documents", "events": "event_mentions", "quotes": "quotes", "places": "places"}


class SparkError(DyadError):
    """The Spark job cannot start or cannot write its output."""


@dataclass(slots=True)
class SparkResult:
    counts: Counter  # documents, uncoded, duplicate, skipped, failed, events, quotes, places
    problems: list[str]  # one line per input, page or document skipped


# ---------------------------------------------------------------------------------------------------------------
# inputs (on the driver)


def _suffix(name: str) -> str:
    lower = name.lower().rsplit("/", 1)[-1]
    for suffix in (*WARC_SUFFIXES, *JSONL_SUFFIXES):
        if lower.endswith(suffix):
            return suffix
    return ""


def _remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def list_inputs(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(files to read, problems): local folders expanded to their WARC and JSONL files in sorted order."""
    files: list[str] = []
    problems: list[str] = []
    for path in paths:
        if _remote(path):
            if _suffix(path):
                files.append(path)
            else:
                problems.append(f"{path}: dyad spark reads WARC (.warc[.gz]) or JSONL (.jsonl[.gz]), skipped")
            continue
        path = path.removeprefix("file://")
        local = Path(path)
        if local.is_dir():
            found = sorted(
                p for p in local.rglob("*")
                if p.is_file() and _suffix(p.name)
                and not any(part.startswith(".") for part in p.relative_to(local).parts)
            )
            if not found:
                problems.append(f"{path}: no WARC or JSONL file in this folder")
            files.extend(str(p) for p in found)
        elif local.is_file():
            if _suffix(local.name):
                files.append(str(local))
            else:
                problems.append(f"{path}: dyad spark reads WARC (.warc[.gz]) or JSONL (.jsonl[.gz]), skipped")
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


# ---------------------------------------------------------------------------------------------------------------
# tasks (on the executors)


def _remote_items(path: str, settings: Settings) -> Iterator[RawItem | BadItem]:
    """The items of a WARC or JSONL file in an object store (or at any URL smart_open reads), streamed."""
    import smart_open

    suffix, name = _suffix(path), path.rsplit("/", 1)[-1]
    if suffix in WARC_SUFFIXES:  # warcio reads gzip itself, record by record
        yield from warc_items(lambda: smart_open.open(path, "rb", compression="disable"), path, name, settings)
        return
    with smart_open.open(path, "rb") as f:  # .jsonl.gz decompressed by its extension
        yield from jsonl_items(f, path, name, settings)


def read_file(task: tuple[int, str], settings: Settings) -> Iterator[tuple[str, Any]]:
    """One input file -> ("doc", (doc id, ((file, record), Document))) for each page, ("problem", message) else."""
    from dyad.extract import extract

    index, path = task
    try:
        items = _remote_items(path, settings) if _remote(path) else iter_items([path], settings)
        for n, item in enumerate(items):
            if isinstance(item, BadItem):
                yield "problem", item.message
                continue
            if isinstance(item, KnownItem):  # a URL listed twice: read once
                continue
            assert isinstance(item, RawItem)
            try:
                doc = extract(item.content, kind=item.kind, url=item.url, date=item.date, settings=settings,
                              default_date=item.default_date)
            except InputError as exc:
                yield "problem", f"{item.origin}: {exc}, skipped"
                continue
            doc.source_id = item.id
            yield "doc", (doc.id, ((index, n), doc))
    except Exception as exc:  # noqa: BLE001 - a transport or archive failure on one file must not end the job
        yield "problem", f"{path}: cannot read ({type(exc).__name__}: {' '.join(str(exc).split())})"


def _first(a: tuple, b: tuple) -> tuple:
    """Of two (copies, ((file, record), Document)) with one content hash: the earlier page, all copies counted."""
    return (a[0] + b[0], min(a[1], b[1], key=lambda page: page[0]))


def code_partition(docs: Iterable[tuple[Any, Any]], settings: Settings) -> Iterator[tuple[str, Any]]:
    """Code a partition's documents in batches with the worker's one pipeline -> tagged rows: a store table's name
    and a row of it, ("failed", message) for a document that could not be coded, and one ("stats", Counter)."""
    from datetime import datetime, timezone

    from dyad.pipeline import default_pipeline
    from dyad.store import document_rows

    pipeline = default_pipeline(settings)  # built once per Python worker process, kept across tasks
    stats: Counter = Counter()

    def code(batch: list) -> Iterator[tuple[str, Any]]:
        try:
            coded = list(pipeline.code_documents(batch))
        except Exception:  # noqa: BLE001 - as ingest does: code the batch again one by one
            coded = []
            for doc in batch:
                try:
                    coded.extend(pipeline.code_documents([doc]))
                except Exception as one:  # noqa: BLE001 - reported, counted, the partition goes on
                    stats["failed"] += 1
                    yield "failed", f"{doc.source_id or doc.id}: coding failed: {type(one).__name__}: {one}"
        now = datetime.now(timezone.utc)
        for doc in coded:
            stats["uncoded"] += doc.skipped is not None
            for table, rows in document_rows(doc, doc.url, doc.outlet, now):
                if table.name in TABLES.values():
                    stats[table.name] += len(rows)
                    for row in rows:
                        yield table.name, row

    batch: list = []
    for _, (copies, (_, doc)) in docs:
        stats["duplicate"] += copies - 1
        batch.append(doc)
        if len(batch) >= settings.batch_size:
            yield from code(batch)
            batch = []
    if batch:
        yield from code(batch)
    yield "stats", stats


# ---------------------------------------------------------------------------------------------------------------
# the job (on the driver)


_PY_ERROR = re.compile(r"^(\w+(?:Error|Exception)): (.+)$", re.M)


def _one_line(exc: BaseException) -> str:
    """A Spark failure in one line: the Python error a worker raised when there is one, else the first line."""
    text = str(exc).strip()
    found = [m for m in _PY_ERROR.finditer(text) if not m.group(1).startswith(("Py4J", "org."))]
    if found:
        return f"{found[-1].group(1)}: {found[-1].group(2).strip()}"
    return (text.splitlines() or [type(exc).__name__])[0]


def spark_schema(table_name: str):
    """The Spark schema of a store table: its columns and types, without the table's own id."""
    import sqlalchemy as sa
    from pyspark.sql import types as T

    from dyad.schema import metadata

    table = metadata.tables[table_name]
    fields = []
    for col in table.columns:
        if col.name == "id" and table_name != "documents":
            continue
        t = col.type
        if isinstance(t, sa.Boolean):
            st = T.BooleanType()
        elif isinstance(t, sa.Integer):
            st = T.LongType()
        elif isinstance(t, (sa.Float, sa.Double, sa.Numeric)):
            st = T.DoubleType()
        elif isinstance(t, sa.DateTime):
            st = T.TimestampType()
        else:
            st = T.StringType()
        fields.append(T.StructField(col.name, st, nullable=True))
    return T.StructType(fields)


def session(master: str | None = None, conf: dict[str, str] | None = None):
    """A SparkSession: ``master`` when given (a local master runs its Python workers on this interpreter and binds
    to 127.0.0.1), else whatever spark-submit configured."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkError("dyad spark needs pyspark: pip install dyad[spark]") from None
    builder = SparkSession.builder.appName("dyad")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # pyspark starts local Python workers as $PYSPARK_PYTHON (else `python3`): make it this interpreter,
            # the one dyad is installed in; a local run talks to itself on the loopback interface only
            os.environ["PYSPARK_PYTHON"] = sys.executable
            os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # bind to loopback only, whatever the host name says
            builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    builder = builder.config("spark.ui.showConsoleProgress", "false")  # dyad reports on standard error itself
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - py4j and the JVM fail in many ways; say so in one line
        reason = _one_line(exc)
        if "JAVA_GATEWAY_EXITED" in str(exc) or "Java gateway process exited" in str(exc):
            reason = "Java did not start (Spark needs Java 17 or later: is java on PATH, or JAVA_HOME set?)"
        raise SparkError(f"cannot start Spark: {reason}") from None


def run(inputs: list[str], output: str, settings: Settings | None = None, *, master: str | None = None,
        partitions: int | None = None, overwrite: bool = False, conf: dict[str, str] | None = None,
        spark=None) -> SparkResult:
    """Code ``inputs`` on Spark and write the Parquet tables under ``output``; returns counts and problems.

    Raises SparkError when Spark cannot start or the output cannot be written, InputError when no input is usable.
    """
    settings = settings or from_env()
    files, problems = list_inputs(inputs)
    if not files:
        raise InputError("no WARC or JSONL input to read" + (f" ({problems[0]})" if problems else ""))
    if not overwrite and not _remote(output):  # say so before any work (Spark itself says so only when writing)
        there = [name for name in TABLES if (Path(output.removeprefix("file://")) / name).exists()]
        if there:
            raise InputError(f"{output} already holds {', '.join(there)}: use --overwrite to replace")
    own = spark is None
    spark = spark or session(master, conf)
    try:
        from pyspark import StorageLevel

        sc = spark.sparkContext
        read = sc.parallelize(list(enumerate(files)), len(files)).flatMap(lambda t: read_file(t, settings))
        read.persist(StorageLevel.MEMORY_AND_DISK)
        problems += read.filter(lambda r: r[0] == "problem").map(lambda r: r[1]).collect()
        # one document per content hash: (copies, the first page)
        unique = (read.filter(lambda r: r[0] == "doc").map(lambda r: r[1]).mapValues(lambda page: (1, page))
                  .reduceByKey(_first, partitions or max(sc.defaultParallelism, 1)))
        coded = unique.mapPartitions(lambda docs: code_partition(docs, settings))
        coded.persist(StorageLevel.MEMORY_AND_DISK)
        mode = "overwrite" if overwrite else "errorifexists"
        for name, table in TABLES.items():
            schema = spark_schema(table)
            columns = schema.fieldNames()
            rows = coded.filter(lambda r, t=table: r[0] == t).map(lambda r, c=columns: tuple(r[1].get(k) for k in c))
            try:
                spark.createDataFrame(rows, schema).write.mode(mode).parquet(f"{output.rstrip('/')}/{name}")
            except Exception as exc:  # noqa: BLE001 - AnalysisException and the JVM's errors, in one line
                raise SparkError(f"cannot write {output}/{name}: {_one_line(exc)}") from None
        counts: Counter = Counter()
        failed: list[str] = []
        for tag, value in coded.filter(lambda r: r[0] in ("stats", "failed")).collect():
            if tag == "stats":
                counts.update(value)
            else:
                failed.append(value)
        coded.unpersist()
        read.unpersist()
    finally:
        if own:
            spark.stop()
    for name, table in TABLES.items():
        counts[name] = counts.pop(table, 0)
    problems += failed
    counts["skipped"] = len(problems) - len(failed)
    return SparkResult(counts, problems)


def summary(result: SparkResult) -> str:
    c = result.counts
    line = (f"documents {c['documents']}, duplicate {c['duplicate']}, skipped {c['skipped']}, failed {c['failed']}; "
            f"events {c['events']}, quotes {c['quotes']}, places {c['places']}")
    if c["uncoded"]:
        line += f" ({c['uncoded']} documents stored uncoded: not English or empty)"
    return line


def main(argv: list[str] | None = None) -> int:
    """The spark-submit entry point: ``spark.py INPUT... --output DIR [--partitions N] [--overwrite]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="dyad.spark", description="Code WARC or JSONL inputs on Spark into "
                                     "Parquet documents, events, quotes and places.")
    parser.add_argument("inputs", nargs="+", help="WARC or JSONL files or folders, local or object-store paths")
    parser.add_argument("--output", required=True, help="folder (local or object store) for the Parquet tables")
    parser.add_argument("--partitions", type=int, default=None, help="partitions to code in")
    parser.add_argument("--overwrite", action="store_true", help="replace tables already in the output folder")
    args = parser.parse_args(argv)
    try:
        result = run(args.inputs, args.output, partitions=args.partitions, overwrite=args.overwrite)
    except DyadError as exc:
        print(f"dyad spark: {exc}", file=sys.stderr)
        return 2
    for line in result.problems:
        print(line, file=sys.stderr)
    print(summary(result), file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""The `dyad` command line. Each command parses its options, then calls a library function.

Exit codes: 0 all done; 1 some items were skipped or failed (each reported on standard error); 2 usage error or
nothing could be done. Results go to standard output unless -o FILE is given; messages go to standard error.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .document import evidence_text, plover_label
from .errors import DyadError
from .settings import Settings, from_env

app = typer.Typer(
    name="dyad",
    help="Political event data from raw news pages: who did what to whom, who said what, and where.\n\n"
         "Example: dyad code article.html --format table",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="SQLAlchemy database URL; default $DYAD_DB, else sqlite:///dyad.db in the current folder.")]
OutOption = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write results to FILE instead of stdout.")]
DictOption = Annotated[Optional[Path], typer.Option(
    "--dict", help="Folder of user dictionaries, in dyad's TSV format or PETRARCH's, laid over dyad's own "
                   "(default $DYAD_DICT).")]
DictOnlyOption = Annotated[bool, typer.Option(
    "--dict-only", help="The --dict folder's dictionaries replace dyad's own of the same kind instead of being "
                        "laid over them (default $DYAD_DICT_ONLY).")]
DelayOption = Annotated[float, typer.Option(
    "--delay", min=0, help="Seconds between two requests to one host (longer when its robots.txt asks).")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a response.")]
RetriesOption = Annotated[int, typer.Option(
    "--retries", min=0, help="Retries of a request that timed out, failed to connect, or got 429 or 5xx.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", help="At most this many rows.")]
QueryFormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _settings(db: str | None = None, dict_dir: Path | None = None, dict_only: bool = False, **kw) -> Settings:
    s = from_env()
    return s.with_(db_url=db, dict_dir=dict_dir, dict_only=dict_only or None, **kw)


def _fail(exc: Exception, code: int = 2):
    _err(f"dyad: {exc}")
    raise typer.Exit(code)


class _Output:
    """Standard output, or the file named by -o."""

    def __init__(self, path: Path | None):
        self.path = path
        self.f = None

    def __enter__(self):
        if self.path is None:
            return sys.stdout
        self.f = open(self.path, "w", encoding="utf-8", newline="")
        return self.f

    def __exit__(self, *exc):
        if self.f:
            self.f.close()


# ---------------------------------------------------------------------------------------------------- code

@app.command("code")
def code_cmd(
    files: Annotated[Optional[list[str]], typer.Argument(help="Files to code (.txt, .html, .jsonl); - for stdin.")] = None,
    format: Annotated[str, typer.Option("--format", help="json, jsonl or table.")] = "json",
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for every input.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Source URL for every input.")] = None,
    output: OutOption = None,
    dict_dir: DictOption = None,
    dict_only: DictOnlyOption = False,
):
    """Code articles without storing them, and print the documents.

    json prints one object for one input and an array for several. A .jsonl input (or - with --format jsonl)
    holds one object per line with id, text or html, and optional date and url; the output then holds one
    document per line with the same id. table prints the events in a readable table.

    Example: dyad code article.html --date 2008-08-25 --format table
    """
    from .coding import code_inputs, render_table
    from .progress import ProgressBar

    if format not in ("json", "jsonl", "table"):
        _fail(f"unknown --format {format!r}: use json, jsonl or table")
    with ProgressBar("coding", unit="documents") as bar:

        def coded(n: int, total: int | None) -> None:
            bar.set_total(total)
            bar.advance(n)

        try:
            docs, problems = code_inputs(files or ["-"], _settings(dict_dir=dict_dir, dict_only=dict_only),
                                         date=date, url=url,
                                         stdin_jsonl=format == "jsonl", report=bar.print, progress=coded)
        except DyadError as exc:
            _fail(exc)
    with _Output(output) as out:
        if format == "json":
            body = [d.to_dict() | ({"id": d.source_id} if d.source_id else {}) for d in docs]
            json.dump(body[0] if len(body) == 1 and len(files or ["-"]) == 1 and not problems else body, out,
                      ensure_ascii=False, indent=2)
            out.write("\n")
        elif format == "jsonl":
            for d in docs:
                row = d.to_dict()
                if d.source_id:
                    row["id"] = d.source_id
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            render_table(docs, out)
    if problems and not docs:
        raise typer.Exit(2)
    raise typer.Exit(1 if problems else 0)


# ---------------------------------------------------------------------------------------------------- ingest

@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, .html, .txt, .jsonl, .warc[.gz], URL lists.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Processes that extract, parse and code (this one stores).")] = 1,
    dict_dir: DictOption = None,
    dict_only: DictOnlyOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip inputs larger than this.")] = 10 * 1024 * 1024,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
    retries: RetriesOption = 3,
):
    """Code and store articles; end with counts of ingested, duplicate, skipped and failed items.

    Each document is stored in its own transaction, keyed by a hash of its cleaned text: ingesting the same
    input again stores nothing twice (a new URL for a stored article is recorded), and an interrupted ingest
    resumes where it stopped when run again. A bad item is reported in one line and skipped; the rest goes in.
    Exit code 1 if anything was skipped or failed. Inputs are streamed, never read whole; --workers N codes in
    N processes while this one stores. Progress (rate, time left) shows on standard error.

    A URL list (a file of http(s) URLs, one a line) is fetched as dyad watch fetches pages: robots.txt obeyed (a
    disallowed URL is reported and skipped), at most one request per --delay seconds to a host (or its
    Crawl-delay), retries with back-off; hosts take turns, so one site's delay does not hold up the others. A
    URL whose page is already stored, or listed twice, is not fetched again: it counts as a duplicate.

    Example: dyad ingest articles/ feeds.warc.gz --db sqlite:///news.db
    """
    from .fetch import Fetcher
    from .ingest import COUNT_KEYS, ingest
    from .pipeline import Pipeline
    from .progress import ProgressBar
    from .sources import input_size
    from .store import Store

    settings = _settings(db, dict_dir, dict_only, max_bytes=max_bytes)
    try:
        store = Store.open(settings.db_url)
    except DyadError as exc:
        _fail(exc)
    fetcher = Fetcher(delay=delay, timeout=timeout, retries=retries, max_bytes=max_bytes)
    with ProgressBar("ingesting", total=input_size(paths), unit="items", by_bytes=True) as bar:
        try:
            counts = ingest(paths, store, Pipeline(settings), workers=workers, report=bar.print,
                            progress=bar.advance, fetcher=fetcher)
        except DyadError as exc:
            fetcher.close()
            store.close()
            _fail(exc)
    fetcher.close()
    store.close()
    summary = ", ".join(f"{k} {counts[k]}" for k in COUNT_KEYS)
    if counts.get("uncoded"):
        summary += f" (of which {counts['uncoded']} stored uncoded: not English or empty)"
    _err(f"{summary}; {bar.summary()}")
    good = counts["ingested"] + counts["duplicate"]
    if good == 0 and (counts["skipped"] or counts["failed"]):
        raise typer.Exit(2)
    raise typer.Exit(1 if counts["skipped"] or counts["failed"] else 0)


# ---------------------------------------------------------------------------------------------------- watch

@app.command("watch")
def watch_cmd(
    feeds: Annotated[Path, typer.Argument(metavar="FEEDS.txt", help="File of feed URLs (RSS or Atom), one a line; # starts a comment.")],
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for tests and cron).")] = False,
    db: DbOption = None,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 20.0,
    retries: RetriesOption = 3,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes for parsing (kept between polls).")] = 1,
    dict_dir: DictOption = None,
    dict_only: DictOnlyOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip pages larger than this.")] = 10 * 1024 * 1024,
):
    """Poll RSS and Atom feeds and ingest the pages of new items, until interrupted (or once, with --once).

    Each poll sends the feed's last ETag and Last-Modified back, so an unchanged feed costs a 304. New items'
    pages are fetched with robots.txt honoured, at most one request per --delay seconds to a host, and retries
    with back-off; then coded and stored as by dyad ingest. What each feed has listed is kept in the database, so
    a restart fetches nothing twice; a page that failed for a passing reason is tried again at the next polls.
    A failing feed or page is reported in one line and the poll goes on. After each poll a line of counts goes to
    standard error. With --once the exit code is 1 if a feed or page failed.

    Example: dyad watch feeds.txt --every 15m --db sqlite:///news.db
    """
    from .fetch import Fetcher
    from .pipeline import Pipeline
    from .store import Store
    from .watch import Watcher, parse_interval, watch

    settings = _settings(db, dict_dir, dict_only, max_bytes=max_bytes)
    try:
        interval = parse_interval(every)
        store = Store.open(settings.db_url)
        pipeline = Pipeline(settings)
    except DyadError as exc:
        _fail(exc)
    fetcher = Fetcher(delay=delay, timeout=timeout, retries=retries, max_bytes=max_bytes)
    watcher = Watcher(store, pipeline, fetcher, workers=workers, report=_err)
    try:
        counts = watch(feeds, watcher, interval, polls=1 if once else None)
    except DyadError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _err("stopped")
        raise typer.Exit(0)
    finally:
        fetcher.close()
        store.close()
    if counts["feed_failed"] == counts["feeds"]:
        raise typer.Exit(2)
    problems = counts["feed_failed"] + counts["unfetched"] + counts["skipped"] + counts["failed"]
    raise typer.Exit(1 if problems else 0)


# ---------------------------------------------------------------------------------------------------- spark

@app.command("spark")
def spark_cmd(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", help="WARC or JSONL files or folders; local, or object-store paths (s3://, gs://, ...).")],
    output: Annotated[str, typer.Option("--output", help="Folder (local or object store) for the Parquet tables.")],
    master: Annotated[str, typer.Option("--master", help="Spark master: local[2], local[*], spark://host:7077, yarn.")] = "local[*]",
    partitions: Annotated[Optional[int], typer.Option("--partitions", min=1, help="Partitions to code in (default: Spark's parallelism).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace tables already in the output folder.")] = False,
    dict_dir: DictOption = None,
    dict_only: DictOnlyOption = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip pages larger than this.")] = 10 * 1024 * 1024,
):
    """Code WARC or JSONL inputs as a Spark job and write Parquet tables: documents, events, quotes, places.

    The same pipeline as dyad ingest, loaded once per Python worker; pages with the same content are one document,
    as in the store, and the tables have the store's columns. Needs the spark extra (pyspark) and Java 17 or later.
    On a cluster, run this module's file with spark-submit instead (see the README). A bad input or page is
    reported in one line and skipped; the run ends with counts.

    Example: dyad spark crawl/ --output out/ --master local[2]
    """
    from .spark import run, summary

    settings = _settings(dict_dir=dict_dir, dict_only=dict_only, max_bytes=max_bytes)
    try:
        result = run(inputs, output, settings, master=master, partitions=partitions, overwrite=overwrite)
    except DyadError as exc:
        _fail(exc)
    for line in result.problems:
        _err(line)
    _err(summary(result))
    raise typer.Exit(1 if result.problems else 0)


# ---------------------------------------------------------------------------------------------------- queries

def _query_output(rows: list[dict], format: str, output: Path | None, columns: list[tuple[str, callable]]) -> None:
    with _Output(output) as out:
        if format == "json":
            json.dump(rows, out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif format == "csv":
            w = csv.writer(out)
            w.writerow([c for c, _ in columns])
            for r in rows:
                w.writerow([f(r) for _, f in columns])
        else:
            from rich.console import Console
            from rich.table import Table

            t = Table(show_lines=False)
            for c, _ in columns:
                t.add_column(c)
            for r in rows:
                t.add_row(*[str(f(r) if f(r) is not None else "") for _, f in columns])
            Console(file=out, width=160).print(t)


def _query(db, fetch, format: str, output: Path | None, columns) -> None:
    """Run ``fetch(store)`` on the database and print its rows in ``format``."""
    if format not in ("table", "json", "csv"):
        _fail(f"unknown --format {format!r}: use table, json or csv")
    store = _open_store(db)
    try:
        rows = fetch(store)
    finally:
        store.close()
    _query_output(rows, format, output, columns)


def _open_store(db):
    from .store import Store

    try:
        return Store.open(_settings(db).db_url)
    except DyadError as exc:
        _fail(exc)


EVENT_COLUMNS = [
    ("date", lambda r: r.get("date")),
    ("source", lambda r: r["source"]["code"]),
    ("code", lambda r: r["code"]),
    ("target", lambda r: r["target"]["code"] if r.get("target") else None),
    ("name", lambda r: r["name"]),
    ("plover", lambda r: plover_label(r["plover"], r["plover_mode"], r["plover_context"])),
    ("modality", lambda r: r["modality"]),
    ("evidence", lambda r: evidence_text(r["source"]["text"], r["verb"]["text"],
                                         (r.get("target") or {}).get("text"))),
    ("document", lambda r: r["document_id"]),
]
# csv keeps PLOVER's type, mode and context apart
EVENT_CSV_COLUMNS = [
    *EVENT_COLUMNS[:5],
    ("plover", lambda r: r["plover"]),
    ("plover_mode", lambda r: r["plover_mode"]),
    ("plover_context", lambda r: r["plover_context"]),
    *EVENT_COLUMNS[6:],
]


@app.command("events")
def events_cmd(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Actor code prefix, on either side (RUS, RUSGOV).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Source actor code prefix.")] = None,
    target: Annotated[Optional[str], typer.Option("--target", help="Target actor code prefix.")] = None,
    code: Annotated[Optional[str], typer.Option("--code", help="CAMEO code prefix (05, 051).")] = None,
    territory: Annotated[Optional[str], typer.Option("--territory", help="Region an actor on either side belongs to (Abkhazia, Crimea, Kashmir).")] = None,
    modality: Annotated[str, typer.Option("--modality", help="asserted (default), negated, future, hypothetical, requested, or all.")] = "asserted",
    since: Annotated[Optional[str], typer.Option("--since", help="Events on or after this day.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Events on or before this day.")] = None,
    limit: LimitOption = None,
    format: QueryFormatOption = "table",
    output: OutOption = None,
):
    """List stored events; only asserted ones unless --modality says otherwise.

    json prints one array of events shaped as in the document JSON, each with document_id and date. table
    and csv give each event's PLOVER type, mode and context (csv in three columns).

    Example: dyad events --actor RUS --code 05 --format json
    """
    _query(db, lambda store: store.events(
        source=source, target=target, code=code, actor=actor, modality=None if modality == "all" else modality,
        date_from=since, date_to=until, limit=limit, territory=territory), format, output,
        EVENT_CSV_COLUMNS if format == "csv" else EVENT_COLUMNS)


@app.command("quotes")
def quotes_cmd(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Words in the speaker's name.")] = None,
    limit: LimitOption = None,
    format: QueryFormatOption = "table",
    output: OutOption = None,
):
    """List stored quotations with their speakers.

    Example: dyad quotes --speaker Bagapsh --format json
    """
    _query(db, lambda store: store.quotes(speaker=speaker, limit=limit), format, output, [
        ("date", lambda r: r.get("date")),
        ("speaker", lambda r: (r.get("speaker") or {}).get("name")),
        ("code", lambda r: (r.get("speaker") or {}).get("code")),
        ("cue", lambda r: r.get("cue")),
        ("kind", lambda r: r.get("kind")),
        ("text", lambda r: r.get("text")),
        ("document", lambda r: r["document_id"]),
    ])


@app.command("places")
def places_cmd(
    db: DbOption = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Place name.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Country code (GEO, RUS).")] = None,
    limit: LimitOption = None,
    format: QueryFormatOption = "table",
    output: OutOption = None,
):
    """List stored places with coordinates, country and whether the name was meant literally.

    Example: dyad places --country GEO --format csv
    """
    _query(db, lambda store: store.places(name=name, country=country, limit=limit), format, output, [
        ("text", lambda r: r["text"]), ("name", lambda r: r["name"]), ("country", lambda r: r["country"]),
        ("lat", lambda r: r["lat"]), ("lon", lambda r: r["lon"]), ("feature", lambda r: r["feature"]),
        ("literal", lambda r: r["literal"]), ("document", lambda r: r["document_id"]),
    ])


@app.command("export")
def export_cmd(
    format: Annotated[str, typer.Option("--format", help="gdelt, jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave article text and quotes out.")] = False,
    output: OutOption = None,
):
    """Export stored events: gdelt (GDELT 2.0's 61-column event table, tab-separated, no header: one row per
    asserted event, its mentions aggregated by date, actors, code and location, with NumMentions, NumSources,
    NumArticles and AvgTone), jsonl (one event mention per line), csv, or parquet (needs the parquet extra).

    --no-text leaves article text and quotes out, for sharing data without redistributing articles.

    Example: dyad export --format gdelt --no-text -o events.tsv
    """
    from .export import export, export_size
    from .progress import ProgressBar, format_duration

    if format not in ("gdelt", "jsonl", "csv", "parquet"):
        _fail(f"unknown --format {format!r}: use gdelt, jsonl, csv or parquet")
    if format == "parquet" and output is None:
        _fail("--format parquet needs -o FILE")
    store = _open_store(db)
    try:
        with ProgressBar("exporting", total=export_size(store, format), unit="rows") as bar:
            if format == "parquet":
                with open(output, "wb") as out:
                    n = export(store, format, out, no_text=no_text, progress=bar.advance)
            else:
                with _Output(output) as out:
                    n = export(store, format, out, no_text=no_text, progress=bar.advance)
    except DyadError as exc:
        _fail(exc)
    finally:
        store.close()
    _err(f"exported {n} event mentions in {format_duration(bar.elapsed())}")


# ---------------------------------------------------------------------------------------------------- serve

@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on; any but loopback needs DYAD_TOKEN.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
):
    """Serve the HTTP API and the web interface over a database.

    The web interface (events table, timeline, actor network, map, article view, coding a pasted article) is
    at /; the API's OpenAPI document is at /openapi.json and browsable at /docs. Every asset is served by dyad
    itself. Reads are open on a loopback address. Writes (POST /documents) need DYAD_TOKEN as a bearer token.
    Asked to listen on any other address with no DYAD_TOKEN set, dyad serve refuses to start.

    Example: DYAD_TOKEN=s3cret dyad serve --host 0.0.0.0 --port 8000 --db sqlite:///news.db
    """
    try:
        from .serve import check_host, serve
    except ImportError as exc:
        _fail(f"dyad serve needs the serve extra (pip install 'dyad[serve]'): {exc}")
    settings = _settings(db)
    try:
        check_host(host, settings.token)
        serve(settings, host=host, port=port)
    except DyadError as exc:
        _fail(exc)


# ---------------------------------------------------------------------------------------------------- eval, demo

@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: id, text, date, events, quotes, places.")],
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    split: Annotated[Optional[str], typer.Option(
        "--split", help="Score only the items whose \"split\" field has this value (dev, test).")] = None,
    dict_dir: DictOption = None,
    dict_only: DictOnlyOption = False,
    output: OutOption = None,
):
    """Score dyad against gold data: precision, recall and F1 per component.

    Events are scored by full CAMEO code, by root code, and with actors compared by country only; quotes by
    content overlap and speaker; places by name and distance (within 161 km).

    Example: dyad eval tests/gold/events.jsonl --split test --format json
    """
    from .evaluate import evaluate, format_table, read_gold
    from .pipeline import Pipeline
    from .progress import ProgressBar

    if format not in ("table", "json"):
        _fail(f"unknown --format {format!r}: use table or json")
    try:
        items = [g for g in read_gold(gold) if split is None or g.get("split") == split]
        if not items:
            _fail(f"no gold items{' in split ' + repr(split) if split else ''} in {gold}")
        with ProgressBar("coding", total=len(items), unit="items") as bar:
            pipeline = Pipeline(_settings(dict_dir=dict_dir, dict_only=dict_only))
            report = evaluate(items, pipeline, progress=bar.advance)
    except (DyadError, OSError) as exc:
        _fail(exc)
    with _Output(output) as out:
        if format == "json":
            json.dump(report.to_dict(), out, indent=2)
            out.write("\n")
        else:
            out.write(format_table(report) + "\n")
    raise typer.Exit(1 if report.errors else 0)


@app.command("demo")
def demo_cmd(
    db: Annotated[Optional[str], typer.Option("--db", help="Database URL (default: a fresh dyad-demo.db here).")] = None,
):
    """Code the bundled sample corpus into a fresh embedded database and show what dyad found.

    The corpus is a dozen short news articles written for the project. The database is left behind for
    `dyad events`, `dyad quotes` and `dyad places` to query.

    Example: dyad demo
    """
    from .demo import run_demo

    try:
        run_demo(db)
    except DyadError as exc:
        _fail(exc)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

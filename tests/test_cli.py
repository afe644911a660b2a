"""The command line: names, flags, exit codes and output shapes promised in DESIGN.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.lexicon import data_path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import cli_docs  # noqa: E402

runner = CliRunner()
SCHEMA = json.loads(data_path("document.schema.json").read_text())
COMMANDS = ["code", "ingest", "watch", "spark", "events", "quotes", "places", "export", "serve", "eval", "demo"]


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_help_reads_like_documentation(name):
    res = run(name, "--help")
    assert res.exit_code == 0
    assert "Example: dyad " + name in res.output.replace("\n", " ").replace("  ", " ") or \
        f"dyad {name}" in res.output.split("Example:")[-1]


def test_cli_docs_are_current():
    assert cli_docs.command_names() == COMMANDS
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_docs.render(), \
        "docs/cli.md is stale: run `make docs`"


ARTICLE = ("Turkish Foreign Minister Ali Demir met his Greek counterpart in Athens on Tuesday.\n\n"
           "Greece and Turkey agreed to resume talks on maritime borders, officials said.\n")


def test_cli_code_json_validates_against_schema(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    res = run("code", str(f), "--date", "2024-03-12")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["date"] == "2024-03-12"


def test_cli_code_several_inputs_give_an_array(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.txt").write_text(ARTICLE.replace("Tuesday", "Monday" if n == "a" else "Friday"))
    res = run("code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert res.exit_code == 0
    docs = json.loads(res.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    for d in docs:
        jsonschema.validate(d, SCHEMA)


def test_cli_code_url_list_fetches_a_url_listed_twice_once(tmp_path, site):
    from conftest import Route

    site.routes["/a.html"] = Route(f"<html><body><article><p>{ARTICLE}</p></article></body></html>".encode())
    f = tmp_path / "pages.urls"
    f.write_text(f"{site.url('/a.html')}\n{site.url('/a.html')}\n")
    res = run("code", str(f))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["url"] == site.url("/a.html")
    assert site.paths() == ["/robots.txt", "/a.html"]


def test_cli_code_jsonl_keeps_ids(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "x1", "text": ARTICLE, "date": "2024-03-12"}) + "\n"
                 + "{not json\n"
                 + json.dumps({"id": "x2", "text": "Kenya and Uganda signed a trade agreement on Monday."}) + "\n")
    res = run("code", str(f), "--format", "jsonl")
    assert res.exit_code == 1  # the malformed line is reported and skipped
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["x1", "x2"]
    assert "line 2" in res.stderr or ":2" in res.stderr


def test_cli_code_stdin_jsonl():
    res = run("code", "-", "--format", "jsonl", input=json.dumps({"id": "s1", "text": ARTICLE}) + "\n")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["id"] == "s1"


def test_cli_code_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    res = run("code", str(f), "--format", "table")
    assert res.exit_code == 0
    assert "events" in res.stdout


def test_cli_unknown_format_is_a_usage_error(tmp_path):
    res = run("code", "--format", "xml")
    assert res.exit_code == 2
    assert "xml" in res.stderr


def test_cli_ingest_bad_inputs_are_skipped_not_fatal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Le président français a critiqué Moscou.\n\nThe French president "
                                        "criticised Moscow on Monday over the arrest of a journalist.".encode("cp1252"))
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (folder / "bad.jsonl").write_text("{oops\n" + json.dumps({"id": "j1", "text": "Kenya and Uganda signed a "
                                                             "trade agreement on Monday."}) + "\n")
    big = folder / "big.txt"
    big.write_text("word " * 3000)
    db = f"sqlite:///{tmp_path}/t.db"
    res = run("ingest", str(folder), "--db", db, "--max-bytes", "10000")
    assert res.exit_code == 1, res.output
    err = res.stderr
    for name in ("empty.txt", "binary.txt", "nav.html", "big.txt", "bad.jsonl"):
        assert name in err, name
    assert "ingested 3" in err, err  # good.txt, latin1.txt, j1
    assert "items/s" in err.splitlines()[-1]  # the summary ends with the rate
    again = run("ingest", str(folder / "good.txt"), "--db", db)
    assert again.exit_code == 0
    assert "duplicate 1" in again.stderr
    ev = run("events", "--db", db, "--format", "json", "--modality", "all")
    rows = json.loads(ev.stdout)
    assert all("document_id" in r and "date" in r for r in rows)


def test_cli_ingest_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    res = run("ingest", str(tmp_path / "empty.txt"), "--db", f"sqlite:///{tmp_path}/t.db")
    assert res.exit_code == 2


def test_cli_queries_and_export(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    db = f"sqlite:///{tmp_path}/t.db"
    assert run("ingest", str(f), "--db", db).exit_code == 0
    for cmd in ("events", "quotes", "places"):
        for fmt in ("table", "json", "csv"):
            res = run(cmd, "--db", db, "--format", fmt)
            assert res.exit_code == 0, (cmd, fmt, res.output)
    out = tmp_path / "g.tsv"
    res = run("export", "--format", "gdelt", "--db", db, "-o", str(out))
    assert res.exit_code == 0
    for line in out.read_text().splitlines():
        assert len(line.split("\t")) == 61


def test_cli_events_show_plover_mode_and_context(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russian troops shelled Ukrainian positions near Kharkiv on Monday.")
    db = f"sqlite:///{tmp_path}/t.db"
    assert run("ingest", str(f), "--db", db).exit_code == 0
    rows = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert [(r["code"], r["plover"], r["plover_mode"], r["plover_context"]) for r in rows] == [
        ("194", "ASSAULT", "heavy-weapons", "military")]
    lines = run("events", "--db", db, "--format", "csv").stdout.splitlines()
    header, row = lines[0].split(","), lines[1].split(",")
    assert header[:9] == ["date", "source", "code", "target", "name", "plover", "plover_mode", "plover_context",
                          "modality"]
    assert row[5:8] == ["ASSAULT", "heavy-weapons", "military"]
    table = run("events", "--db", db, "--format", "table").stdout
    assert "plover" in table and "ASSAULT" in table


def test_cli_eval_reports_scores(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Russian troops attacked Ukrainian positions on Monday.",
                                "date": "2023-05-02",
                                "events": [{"source": "RUSMIL", "target": "UKR", "code": "190"}]}) + "\n")
    res = run("eval", str(gold), "--format", "json")
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert set(report["scores"]) >= {"events.code", "events.root", "events.country"}


def test_cli_events_filter_by_territory(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Abkhaz separatists attacked Georgian police near Sukhumi on Monday.\n\n"
                 "Russia criticised Ukraine on Tuesday.")
    db = f"sqlite:///{tmp_path}/t.db"
    assert run("ingest", str(f), "--db", db).exit_code == 0
    rows = json.loads(run("events", "--db", db, "--territory", "abkhazia", "--format", "json").stdout)
    assert rows and all("Abkhazia" in (r["source"].get("territory"), (r["target"] or {}).get("territory"))
                        for r in rows)
    assert json.loads(run("events", "--db", db, "--territory", "Crimea", "--format", "json").stdout) == []

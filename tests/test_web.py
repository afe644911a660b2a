"""The web interface in a real browser: Debian's Chromium driven by Playwright, headless, against ``dyad serve``.

Chromium is found with ``shutil.which`` (``DYAD_CHROMIUM`` overrides it); Playwright's own browser download is
never used. Screenshots are kept under ``test-artifacts/web/``. Every request the pages make must go to dyad
itself: the interface works offline.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from dyad.demo import demo_items
from dyad.pipeline import Pipeline
from dyad.settings import Settings
from dyad.store import Store
from test_serve import start_server

ROOT = Path(__file__).resolve().parents[1]
ARTEFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = os.environ.get("DYAD_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - playwright is pinned in requirements.txt
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here: install Debian's chromium or set DYAD_CHROMIUM"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed"),
]

ARTICLE = ("Turkish Foreign Minister Ali Demir met his Greek counterpart in Athens on Tuesday.\n\n"
           "Greece and Turkey agreed to resume talks on maritime borders, officials said.\n\n"
           "\"We want a lasting peace in the Aegean,\" Demir told reporters.\n")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``dyad serve`` over the bundled sample corpus, coded into a fresh SQLite database."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web')}/demo.db"
    pipeline = Pipeline(Settings())
    with Store.open(url) as store:
        store.add_all(pipeline.code_documents(pipeline.extract(item) for item in demo_items()))
        assert store.counts()["event_mentions"] > 20
    proc, base = start_server(url)
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server, request):
    """A page that records every request and console error; its screenshot is saved when the test ends."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.requests, pg.errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.base = server
    yield pg
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTEFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def only_local(pg) -> None:
    here = urlsplit(pg.base).netloc
    elsewhere = [u for u in pg.requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != here]
    assert elsewhere == [], f"requests left the host: {elsewhere}"


def test_web_events_page_draws_table_timeline_network_and_map(page):
    page.goto(page.base + "/")
    expect(page.locator("#status")).to_contain_text("events match")  # written once every view is drawn
    rows = page.locator("#events tbody tr")
    assert rows.count() > 10
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#network g.node").count() >= 4
    assert page.locator("#network line.edge").count() >= 2
    assert page.locator("#map path.land").count() > 150  # Natural Earth countries, served by dyad
    assert page.locator("#map circle.place-dot").count() > 3
    assert "GeoNames" in page.locator("footer").inner_text()
    assert "match" in page.locator("#status").inner_text()
    assert page.errors == []
    only_local(page)


def test_web_filters_narrow_every_view(page):
    page.goto(page.base + "/")
    expect(page.locator("#status")).to_contain_text("events match")
    page.fill("input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**actor=RUS**")
    expect(page.locator("#status")).to_contain_text("match")
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        source, target = rows.nth(i).locator("td").nth(1).inner_text(), rows.nth(i).locator("td").nth(3).inner_text()
        assert source.startswith("RUS") or target.startswith("RUS")
    dyads = page.locator("#network line.edge title").all_text_contents()
    assert dyads and all("RUS" in d.split(":")[0] for d in dyads)  # every dyad drawn has RUS on one side
    page.fill("input[name=code]", "5x")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#status.error")
    assert "code" in page.locator("#status").inner_text()
    assert page.errors == [] or all("400" in e for e in page.errors)  # the refused query is logged by Chromium
    only_local(page)


def test_web_article_view_shows_why_a_row_exists(page):
    page.goto(page.base + "/")
    link = page.locator("#events tbody tr td a").first
    link.wait_for()
    verb_text = None
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/article/**")
    page.wait_for_selector("#text .mark.verb.on")
    doc_id = href.split("/article/")[1].split("?")[0]
    verb_start = int(href.split("verb=")[1])
    doc = httpx.get(f"{page.base}/documents/{doc_id}").json()
    event = next(e for e in doc["events"] if e["verb"]["start"] == verb_start)
    verb_text = page.locator("#text .mark.verb.on").first.inner_text()
    assert verb_text == event["verb"]["text"]
    assert page.locator("#text .mark.src.on").first.inner_text() in event["source"]["text"]
    assert page.locator("#doc-events tr.on").count() == 1
    assert page.locator("#text .mark.place").count() >= 1
    assert page.locator("#text .mark.quote").count() == sum(1 for _ in doc["quotes"]) or doc["quotes"]
    # pointing at another event in the side table marks its evidence instead
    rows = page.locator("#doc-events tr")
    for i, e in enumerate(doc["events"]):  # the code cell names the event's PLOVER type, mode and context
        label = " / ".join(x for x in (e["plover"], e["plover_mode"], e["plover_context"]) if x)
        assert rows.nth(i).locator("td").nth(1).get_attribute("title") == (f"PLOVER {label}" if label else "")
    if rows.count() > 1:
        other = next(i for i in range(rows.count()) if doc["events"][i]["verb"]["start"] != verb_start)
        page.mouse.move(0, 0)
        rows.nth(other).hover()
        marked = page.locator(f'#text .mark.verb[data-ev~="{other}"]').first
        assert "on" in marked.get_attribute("class")
    assert page.errors == []
    only_local(page)


def test_web_paste_an_article_and_see_it_coded(page):
    page.goto(page.base + "/try")
    page.fill("#content", ARTICLE)
    page.fill("#date", "2024-03-12")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#doc-events tr[data-ev]")
    assert "event" in page.locator("#status").inner_text()
    codes = page.locator("#doc-events tr[data-ev] td").all_inner_texts()
    assert any(c.startswith("TUR") for c in codes) and any(c.startswith("GRC") for c in codes)
    assert page.locator("#text .mark.verb").count() >= 1
    assert page.locator("#text .mark.quote").count() >= 1
    assert page.locator("#text .mark.place").count() >= 1
    assert page.errors == []
    only_local(page)


def test_web_upload_a_file(page, tmp_path):
    f = tmp_path / "article.html"
    f.write_text("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>"
                 + ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>", encoding="utf-8")
    page.goto(page.base + "/try")
    page.set_input_files("#file", str(f))
    expect(page.locator("#content")).to_have_value(re.compile("Aegean"))
    assert page.is_checked("#is-html")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#doc-events tr[data-ev]")
    assert page.locator("#title").inner_text() == "Talks resume"
    only_local(page)


def test_web_api_docs_are_served_locally(page):
    page.goto(page.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock-summary-path", has_text="/events/aggregate").count() == 1
    only_local(page)

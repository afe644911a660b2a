"""extract: page -> clean body, title, outlet, dates, language, content hash."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from dyad.document import Document
from dyad.errors import InputError
from dyad.extract import decode_bytes, extract, parse_when, sniff_kind
from dyad.hashing import content_hash
from dyad.settings import Settings

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Talks collapse in Geneva | Daily Planet</title>
  <meta property="og:site_name" content="Daily Planet">
  <meta property="og:title" content="Talks collapse in Geneva">
  <meta property="article:published_time" content="2021-03-04T10:20:00+01:00">
</head>
<body>
  <header><a href="/">Daily Planet</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Talks collapse in Geneva</h1>
      <p class="byline">By Jane Doe</p>
      <p>Negotiators from both sides left the table on Thursday after a third round of talks failed to produce
         an agreement on prisoner exchanges.</p>
      <p>Advertisement</p>
      <p>The foreign minister said the delegation would return home. "We came in good faith," she said, adding
         that the other side had refused every compromise offered over the past week.</p>
      <p>Observers said the collapse made renewed fighting along the border more likely in the coming weeks.</p>
    </article>
  </main>
  <footer><p>Copyright 2021 Daily Planet. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""

NO_ARTICLE_HTML = """<!doctype html><html><head><title>Daily Planet</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div><ul><li><a href="/a">Story one headline here</a></li><li><a href="/b">Story two headline</a></li></ul></div>
<footer>Copyright 2021 Daily Planet. All rights reserved.</footer></body></html>
"""

CHROME = [
    "Euronews is no longer accessible on Internet Explorer",
    "Internet Explorer",
    "Euronews logo",
    "Text size",
    "Aa Aa",
]


# ------------------------------------------------------------------------------------------------ the seed page


def test_extract_seed_title_and_outlet(seed_page):
    doc = extract(seed_page)
    assert isinstance(doc, Document)
    assert doc.title == "Russian MPs back Georgia's breakaway regions"
    assert doc.outlet == "Euronews"
    assert doc.language == "en"
    assert doc.skipped is None


def test_extract_seed_body_start_and_end(seed_page):
    doc = extract(seed_page)
    assert doc.text.startswith("Both Russian houses of parliament")
    assert doc.text.endswith("to do the same.")


def test_extract_seed_no_chrome_left(seed_page):
    doc = extract(seed_page)
    for chrome in CHROME:
        assert chrome not in doc.text
    assert "Russian MPs back Georgia's breakaway regions" not in doc.text  # the title (and its repeat) is gone


def test_extract_seed_paragraphs(seed_page, seed_body):
    doc = extract(seed_page)
    # same words as the body of the page; every line of the page is its own paragraph
    assert doc.text.split() == seed_body.split()
    lines = [line.strip() for line in seed_body.splitlines() if line.strip()]
    assert doc.text.split("\n\n") == lines
    assert "\n\n“There is no other way" in doc.text
    assert "\n\n“Our two peoples" in doc.text


def test_extract_seed_id_is_content_hash(seed_page):
    doc = extract(seed_page)
    assert doc.id == content_hash(doc.text)
    assert len(doc.id) == 16 and int(doc.id, 16) >= 0
    # the same article with other whitespace hashes the same
    respaced = seed_page.replace("\n\n", "\n\n\n").replace(". ", ".  ")
    assert extract(respaced).id == doc.id
    # and bytes give the same document as text
    assert extract(seed_page.encode("utf-8")).id == doc.id


def test_extract_seed_is_fast(seed_page):
    extract(seed_page)  # language model loaded
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        extract(seed_page)
    assert (time.perf_counter() - start) / runs < 0.02


def test_extract_hashing_ignores_whitespace_and_normalisation():
    assert content_hash("Caf\u00e9  au\n\nlait") == content_hash("Cafe\u0301 au lait")
    assert content_hash("a b") != content_hash("ab")


# ------------------------------------------------------------------------------------------------ plain text chrome


def test_extract_text_chrome_across_outlets():
    page = "\n".join([
        "Skip to main content",
        "Home > World > Europe",
        "Kremlin hails vote on breakaway regions",
        "By Ivan Petrov, Moscow correspondent",
        "Updated: 26 August 2008 14:32 GMT",
        "Share",
        "Facebook Twitter Email Print",
        "",
        "The Russian parliament voted on Monday to recognise two breakaway regions of Georgia.",
        "",
        "Advertisement",
        "",
        "The vote was unanimous in both houses, officials said.",
        "Read more: Georgia says vote violates international law",
        "",
        "Related stories",
        "Georgia recalls ambassador",
        "Oil prices rise on Caucasus tension",
        "",
        "Sign up for our daily newsletter to get the top stories in your inbox.",
        "We use cookies to improve your experience on our site.",
        "© 2008 Example News Ltd. All rights reserved.",
    ])
    doc = extract(page)
    assert doc.title == "Kremlin hails vote on breakaway regions"
    assert doc.text == ("The Russian parliament voted on Monday to recognise two breakaway regions of Georgia.\n\n"
                        "The vote was unanimous in both houses, officials said.")
    assert doc.date == "2008-08-26"
    assert doc.published == "2008-08-26T14:32:00Z"


def test_extract_text_without_chrome_is_kept_whole():
    text = "Russia recognised Abkhazia and South Ossetia on Tuesday."
    doc = extract(text)
    assert doc.text == text
    assert doc.title is None


def test_extract_text_short_line_is_not_lost():
    assert extract("Russia attacks Georgia").text == "Russia attacks Georgia"


def test_extract_text_hard_wrapped_lines_are_joined():
    text = ("Both Russian houses of parliament have backed Georgian separatists' drive\n"
            "for independence, a move set to worsen ties with the West.\n"
            "The Kremlin has yet to decide.")
    doc = extract(text)
    assert doc.text.split("\n\n") == [
        "Both Russian houses of parliament have backed Georgian separatists' drive for independence, "
        "a move set to worsen ties with the West.",
        "The Kremlin has yet to decide.",
    ]


def test_extract_text_whitespace_normalised():
    doc = extract("  Moscow \t backs   the   regions.  \r\n\r\n\r\n Tbilisi\u00a0protests. ")
    assert doc.text == "Moscow backs the regions.\n\nTbilisi protests."


# ------------------------------------------------------------------------------------------------ dates


def test_extract_date_argument_overrides():
    doc = extract("Updated: 26/08/2008\n\nRussia recognised the regions on Tuesday.", date="2008-08-27")
    assert doc.date == "2008-08-27"
    assert doc.published is None


def test_extract_date_argument_timestamp_gives_day_and_utc():
    doc = extract("Russia recognised the regions on Tuesday.", date="2008-08-26T16:05:00+04:00")
    assert doc.date == "2008-08-26"
    assert doc.published == "2008-08-26T12:05:00Z"


def test_extract_date_argument_warc_style_and_naive():
    doc = extract("Russia recognised the regions on Tuesday.", date="2008-08-26T16:05:00Z")
    assert (doc.date, doc.published) == ("2008-08-26", "2008-08-26T16:05:00Z")
    doc = extract("Russia recognised the regions on Tuesday.", date="2008-08-26T16:05:00")
    assert (doc.date, doc.published) == ("2008-08-26", None)  # no zone: the day only, never a guessed UTC time
    doc = extract("Russia recognised the regions on Tuesday.", date="26 August 2008")
    assert (doc.date, doc.published) == ("2008-08-26", None)


def test_extract_date_argument_invalid():
    with pytest.raises(InputError, match="not an ISO 8601 date"):
        extract("Russia recognised the regions on Tuesday.", date="someday")


@pytest.mark.parametrize(
    "text, day, published",
    [
        ("25/08/2008", "2008-08-25", None),
        ("08/25/2008", "2008-08-25", None),
        ("Monday, 25 August 2008 14:32 CET", "2008-08-25", "2008-08-25T13:32:00Z"),
        ("Aug. 25, 2008 2:32 p.m. EDT", "2008-08-25", "2008-08-25T18:32:00Z"),
        ("2008-08-25T14:32:00Z", "2008-08-25", "2008-08-25T14:32:00Z"),
        ("25-08-2008", "2008-08-25", None),
        ("Posted 25 August 2008, updated 2008-08-26", "2008-08-25", None),
        ("2008-02-30", None, None),
        ("no date here", None, None),
    ],
)
def test_extract_parse_when(text, day, published):
    assert parse_when(text)[:2] == (day, published)


# ------------------------------------------------------------------------------------------------ bytes


def test_extract_cp1252_bytes_decode():
    doc = extract("Café “quoted” in the old town, the mayor said.".encode("cp1252"))
    assert doc.text == "Café “quoted” in the old town, the mayor said."


def test_extract_latin1_bytes_decode():
    text = "Le café crème coûte trois euros à Genève, a déclaré le maire."
    doc = extract(text.encode("latin-1"))
    assert doc.text == text
    assert doc.language == "fr"


def test_extract_decode_bytes_short_cp1252():
    assert decode_bytes("Café “quoted”".encode("cp1252")) == "Café “quoted”"


def test_extract_decode_bytes_other_scripts():
    text = "Президент России подписал указ о признании независимости Абхазии и Южной Осетии."
    assert decode_bytes(text.encode("cp1251")) == text
    assert decode_bytes("\ufeffBOM text".encode("utf-8")) == "BOM text"
    assert decode_bytes("UTF-16 text".encode("utf-16")) == "UTF-16 text"


def test_extract_utf8_bom_stripped():
    doc = extract("\ufeffRussia recognised the regions.".encode("utf-8"))
    assert doc.text == "Russia recognised the regions."


@pytest.mark.parametrize("content", [b"", b"   \n\t ", "", " \n "])
def test_extract_empty_input(content):
    with pytest.raises(InputError, match="^empty input$"):
        extract(content)


@pytest.mark.parametrize(
    "content, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip archive"),
        (b"hello\x00world\x00", "NUL bytes"),
        (bytes(range(1, 9)) * 20, "control bytes"),
    ],
)
def test_extract_binary_input(content, what):
    with pytest.raises(InputError) as info:
        extract(content)
    assert str(info.value) == f"binary input ({what}), not a text or HTML page"


def test_extract_undecodable_bytes():
    with pytest.raises(InputError, match="^undecodable bytes"):
        extract(bytes(range(0x80, 0x100)) * 3)


def test_extract_oversize_input():
    small = Settings(max_bytes=100)
    with pytest.raises(InputError) as info:
        extract(b"Russia recognised the regions. " * 10, settings=small)
    assert str(info.value) == "input is 310 bytes, over --max-bytes 100"
    with pytest.raises(InputError, match="over --max-bytes 100"):
        extract("Russia recognised the regions. " * 10, settings=small)


def test_extract_error_messages_are_one_line():
    for content in (b"", b"%PDF-1.4", bytes(range(0x80, 0x100)) * 3, NO_ARTICLE_HTML):
        with pytest.raises(InputError) as info:
            extract(content)
        assert "\n" not in str(info.value)


def test_extract_unknown_kind():
    with pytest.raises(InputError, match="unknown input kind"):
        extract("text", kind="pdf")


# ------------------------------------------------------------------------------------------------ HTML


def test_extract_html_article():
    doc = extract(ARTICLE_HTML)
    assert doc.title == "Talks collapse in Geneva"
    assert doc.outlet == "Daily Planet"
    assert doc.date == "2021-03-04"
    assert doc.published == "2021-03-04T09:20:00Z"
    assert doc.language == "en"
    paras = doc.text.split("\n\n")
    assert paras[0].startswith("Negotiators from both sides left the table on Thursday")
    assert paras[-1] == "Observers said the collapse made renewed fighting along the border more likely in the coming weeks."
    assert len(paras) == 3
    for chrome in ("Politics", "Sport", "Advertisement", "Copyright", "Privacy", "By Jane Doe", "Talks collapse"):
        assert chrome not in doc.text


def test_extract_html_title_without_site_suffix():
    html = ("<html><head><title>Talks collapse in Geneva | Daily Planet</title>"
            '<meta property="og:site_name" content="Daily Planet"></head><body><div><p>Negotiators from both sides '
            "left the table on Thursday after talks failed.</p></div></body></html>")
    doc = extract(html)
    assert (doc.title, doc.outlet) == ("Talks collapse in Geneva", "Daily Planet")
    assert doc.text == "Negotiators from both sides left the table on Thursday after talks failed."


def test_extract_html_bytes_with_meta_charset():
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("good faith", "bonne foi – “good”")
    doc = extract(html.encode("cp1252"), url="https://example.org/geneva")
    assert "bonne foi – “good”" in doc.text
    assert doc.url == "https://example.org/geneva"


def test_extract_html_kind_given():
    doc = extract(ARTICLE_HTML.encode("utf-8"), kind="html")
    assert doc.title == "Talks collapse in Geneva"


def test_extract_html_without_article():
    with pytest.raises(InputError) as info:
        extract(NO_ARTICLE_HTML)
    assert str(info.value) == "no article text found in HTML"


def test_extract_sniff_kind():
    assert sniff_kind("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_kind("  <html><p>x</p></html>") == "html"
    assert sniff_kind("<div><p>One</p><p>Two</p><br></div>") == "html"
    assert sniff_kind("Prices rose 5% while x < y and a <b> tag appeared.") == "text"


# ------------------------------------------------------------------------------------------------ language


def test_extract_french_is_skipped():
    doc = extract("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, "
                  "provoquant la colère des syndicats qui appellent à la grève.")
    assert doc.language == "fr"
    assert doc.skipped == "language fr not coded"


def test_extract_german_is_skipped():
    doc = extract("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen, "
                  "teilte ein Regierungssprecher in Berlin mit.")
    assert doc.language == "de"
    assert doc.skipped == "language de not coded"


def test_a_short_english_text_full_of_names_is_english():
    # the names alone read as Swahili; the words around them are English
    for text in ("Kenyan President William Ruto met Tanzania's president.",
                 "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.",
                 "Kenyan President Mwai Kibaki met Tanzanian President Jakaya Kikwete."):
        doc = extract(text)
        assert doc.language == "en" and doc.skipped is None, (text, doc.language)


def test_a_short_text_in_another_language_is_still_skipped():
    for text, lang in (("Rais William Ruto amekutana na Rais Samia Suluhu Hassan mjini Nairobi leo.", "sw"),
                       ("El presidente de México se reunió el lunes con su homólogo de Guatemala.", "es"),
                       ("Le président kenyan William Ruto a rencontré la présidente tanzanienne.", "fr")):
        doc = extract(text)
        assert doc.language == lang and doc.skipped == f"language {lang} not coded", (text, doc.language)


def test_extract_language_setting():
    doc = extract("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen.",
                  settings=Settings(languages=("en", "de")))
    assert doc.language == "de"
    assert doc.skipped is None


# ------------------------------------------------------------------------------------------------ properties


def _check(content):
    try:
        doc = extract(content)
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert isinstance(doc, Document)
    assert doc.text.strip()
    assert "\x00" not in doc.text
    assert doc.id == content_hash(doc.text)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_extract_any_bytes_document_or_input_error(content):
    _check(content)


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_extract_any_text_document_or_input_error(content):
    _check(content)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<html>", "<!doctype html>", "Russia backed the regions.",
                                 "\n", "Advertisement", "<br>", "\x00", "é", "<title>T</title>", "&amp;"]),
                max_size=40))
def test_extract_any_markup_document_or_input_error(parts):
    text = "".join(parts)
    _check(text)
    _check(text.encode("utf-8"))

"""Attribution scoring against brat standoff files: reading, kinds, matching, speakers, annotator choice."""

from __future__ import annotations

import pytest

from dyad.attribution_eval import (AttributionReport, classify, format_table, group_quotes, match, read_ann,
                                   read_brat_folder, score_document)
from dyad.document import Document, Mention, Quote
from dyad.errors import InputError

TEXT = ('Mayor Ada Stone said the bridge would reopen in May.\n\n'
        '"We have the money and the crews," she said.\n\n'
        'Critics called the plan rushed.')


def _ann(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _spans(text, *parts):
    out = []
    for part in parts:
        s = text.index(part)
        out.append((s, s + len(part)))
    return out


def _gold_lines(text):
    (s1, e1), (c1, d1), (k1, l1) = _spans(text, "Mayor Ada Stone", "said", "the bridge would reopen in May")
    q_start = text.index('"We')
    q_end = text.index('," she') + 2
    she = text.index("she said")
    cue2 = she + 4
    return [f"T1\tSource {s1} {e1}\tMayor Ada Stone", f"T2\tCue {c1} {d1}\tsaid",
            f"T3\tContent {k1} {l1}\tthe bridge would reopen in May", f"T4\tAttribution {c1} {d1}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T5\tSource {she} {she + 3}\tshe", f"T6\tCue {cue2} {cue2 + 4}\tsaid",
            f"T7\tContent {q_start} {q_end}\tquote", f"T8\tAttribution {cue2} {cue2 + 4}\tsaid",
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5"]


def test_attribution_eval_reads_brat_and_classifies(tmp_path):
    gold = read_ann(_ann(tmp_path, "a.ann", _gold_lines(TEXT)), TEXT)
    assert [g.kind for g in gold] == ["indirect", "direct"]
    assert gold[0].source_text == "Mayor Ada Stone"
    assert gold[0].content_text == "the bridge would reopen in May"


def test_attribution_eval_discontinuous_content_and_no_source(tmp_path):
    text = '"One part," he said, "and the other part."'
    lines = ["T1\tContent 0 11;21 42\tx", "T2\tCue 15 19\tsaid", "T3\tAttribution 15 19\tsaid",
             "E1\tAttribution-no-source:T3 Content:T1 Cue:T2"]
    gold = read_ann(_ann(tmp_path, "b.ann", lines), text)
    assert gold[0].content == [(0, 11), (21, 42)] and gold[0].source == [] and gold[0].kind == "direct"


def test_attribution_eval_mixed_kind():
    text = 'He said voters were "tired of the same old promises" and wanted change now.'
    s = text.index("voters")
    assert classify(text, [(s, len(text) - 1)]) == "mixed"


def test_attribution_eval_bad_span_is_one_line_error(tmp_path):
    with pytest.raises(InputError, match="outside the text"):
        read_ann(_ann(tmp_path, "c.ann", ["T1\tContent 5 500\tx", "E1\tAttribution:T1 Content:T1"]), "short")
    with pytest.raises(InputError, match="not a brat span line"):
        read_ann(_ann(tmp_path, "d.ann", ["T1\tContent five six\tx"]), "short text")


def _quote(text, part, kind, speaker=None, speaker_part=None):
    s = text.index(part)
    sp = None
    if speaker_part:
        ss = text.index(speaker_part)
        sp = Mention(speaker_part, None, speaker, ss, ss + len(speaker_part))
    return Quote(sp, "said", kind, part, s, s + len(part))


def test_attribution_eval_match_needs_half_of_the_longer_span():
    text = "Officials said the bridge would reopen in May after repairs to its deck were finished."
    gold = [type("G", (), {"content": _spans(text, "the bridge would reopen in May after repairs")})()]
    assert match(gold, [_spans(text, "the bridge would reopen in May")])
    assert not match(gold, [_spans(text, "the bridge")])  # a fifth of the gold span


def test_attribution_eval_interrupted_quote_is_one_attribution():
    text = '"The bridge is safe," she said, "and it will reopen in May."\n\n"We are ready."'
    she = text.index("she")
    sp = Mention("she", None, "Ada Stone", she, she + 3)
    quotes = [_quote(text, "The bridge is safe,", "direct"), _quote(text, "and it will reopen in May.", "direct"),
              _quote(text, "We are ready.", "direct")]
    for q in quotes:
        q.speaker = sp
    assert group_quotes(text, quotes) == [[0, 1], [2]]  # a new paragraph is a new attribution


def test_attribution_eval_scores_and_speakers(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    _ann(tmp_path / "attributions", "art_aaaa.ann", _gold_lines(TEXT))
    _ann(tmp_path / "attributions", "art_bbbb.ann", ["T1\tContent 0 5\tMayor", "E1\tAttribution:T1 Content:T1"])
    docs = read_brat_folder(tmp_path)
    assert len(docs) == 1 and docs[0].annotator == "aaaa" and len(docs[0].attributions) == 2
    quotes = [
        _quote(TEXT, "the bridge would reopen in May", "indirect", "Ada Stone", "Mayor Ada Stone"),
        # the speaker is named elsewhere: right because the name holds the gold source's resolved name
        _quote(TEXT, "We have the money and the crews,", "direct", "Ada Stone", "Mayor Ada Stone"),
        _quote(TEXT, "the plan rushed", "indirect", None),
    ]
    she = TEXT.index("she")
    doc = Document(text=TEXT, quotes=quotes, actors=[Mention("she", None, "Ada Stone", she, she + 3)])
    report = AttributionReport()
    score_document(docs[0], doc, report)
    assert (report.rows["all"].pred, report.rows["all"].pred_matched) == (3, 2)
    assert (report.rows["all"].gold, report.rows["all"].gold_matched) == (2, 2)
    assert (report.rows["direct"].pred, report.rows["direct"].gold, report.rows["direct"].gold_matched) == (1, 1, 1)
    assert report.speaker_counts("direct") == (1, 1)
    assert report.speaker_counts("direct", strict=True) == (0, 1)  # "she" as written names nobody
    assert report.speaker_counts() == (2, 2)
    assert "speaker accuracy (direct): 1.000 (1/1)" in format_table(report)


def test_attribution_eval_folder_without_annotations(tmp_path):
    with pytest.raises(InputError, match="needs text/ and attributions/"):
        read_brat_folder(tmp_path)

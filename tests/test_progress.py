"""Progress bars: drawn on a terminal with count, rate and time left; silent otherwise; a summary line always."""

from __future__ import annotations

import io

from rich.console import Console

from dyad.progress import ProgressBar, format_duration


def test_progress_bar_on_a_terminal_shows_share_count_and_rate():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with ProgressBar("ingesting", total=1000, unit="items", by_bytes=True, console=console) as bar:
        bar.advance(1, 250)
        bar.advance(1, 250)
        bar._progress.refresh()
        drawn = out.getvalue()
        assert "ingesting" in drawn and "50%" in drawn and "2 items" in drawn and "/s" in drawn
        bar.print("a.txt: empty file, skipped")
    assert "a.txt: empty file, skipped" in out.getvalue()
    assert bar.count == 2 and bar.summary().startswith("2 items in ")


def test_progress_bar_without_a_terminal_draws_nothing_but_messages():
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=120)
    with ProgressBar("exporting", total=10, unit="rows", console=console) as bar:
        for _ in range(10):
            bar.advance()
        bar.print("one message")
    assert out.getvalue() == "one message\n"
    assert bar.summary().endswith("rows/s")


def test_progress_total_known_later_and_durations():
    out = io.StringIO()
    with ProgressBar("coding", console=Console(file=out, force_terminal=True, width=120)) as bar:
        bar.set_total(4)
        bar.advance()
        bar._progress.refresh()
        assert "25%" in out.getvalue()
    assert [format_duration(s) for s in (4.24, 185, 7620)] == ["4.2 s", "3 min 5 s", "2 h 7 min"]

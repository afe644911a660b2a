"""Progress of long commands on standard error: a bar with the count, the rate and the time left.

    with ProgressBar("ingesting", total=input_size(paths), unit="items", by_bytes=True) as bar:
        ingest(..., report=bar.print, progress=bar.advance)
    print(bar.summary(), file=sys.stderr)          # "840 items in 4 min 2 s, 3.5 items/s"

The bar is drawn only when standard error is a terminal; messages printed through ``bar.print`` appear above it
(or as plain lines when there is no terminal). Standard output is never touched. ``total`` counts items, or input
bytes with ``by_bytes`` (the time left is then told from the share of the input read, which is known before the
items are); with no total the bar shows the count and rate alone.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn


def format_duration(seconds: float) -> str:
    """``4.2 s``, ``3 min 5 s``, ``2 h 7 min``."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


class ProgressBar:
    """A context manager around a rich progress bar on standard error (see the module's docstring)."""

    def __init__(self, label: str, total: int | None = None, unit: str = "items", by_bytes: bool = False,
                 console: Console | None = None):
        self.label, self.unit, self.by_bytes = label, unit, by_bytes
        self.console = console or Console(stderr=True, highlight=False)
        self.count = 0
        self.started = time.monotonic()
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[count]} {task.fields[unit]}"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            disable=not self.console.is_terminal,
        )
        self._task = self._progress.add_task(label, total=total or None, count=0, unit=unit, rate="")

    def __enter__(self) -> ProgressBar:
        self.started = time.monotonic()
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def advance(self, items: int = 1, nbytes: int = 0) -> None:
        """``items`` more done, accounting for ``nbytes`` of input (used when the total is in bytes)."""
        self.count += items
        self._progress.update(self._task, advance=nbytes if self.by_bytes else items, count=self.count,
                              rate=f"{self.rate():.1f}/s")

    def set_total(self, total: int | None) -> None:
        """The total, once it is known (None: unknown)."""
        self._progress.update(self._task, total=total or None)

    def print(self, message: str) -> None:
        """A message line on standard error, above the bar."""
        self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def rate(self) -> float:
        elapsed = self.elapsed()
        return self.count / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        """``N items in T, R items/s``."""
        return f"{self.count} {self.unit} in {format_duration(self.elapsed())}, {self.rate():.1f} {self.unit}/s"

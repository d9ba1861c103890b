"""Progress of a batch on a terminal: stories, sentences a second, events, skipped stories.

A progress bar from tqdm (a dependency of spaCy already, kept up by its authors) on stderr,
only when stderr is a terminal and the run is not quiet: a log file or a pipe gets the final
summary alone.
"""

from __future__ import annotations

import sys
from typing import Optional


class Progress:
    """Counts what a batch did, and shows it on a terminal as it goes."""

    def __init__(self, enabled: Optional[bool] = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.stories = self.sentences = self.events = self.skipped = 0
        self._bar = None

    def __enter__(self) -> "Progress":
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(file=self.stream, unit=" stories", dynamic_ncols=True, leave=False)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()

    def story(self, sentences: int, events: int) -> None:
        self.stories += 1
        self.sentences += sentences
        self.events += events
        if self._bar is not None:
            self._bar.update(1)
            rate = self.sentences / max(self._bar.format_dict.get("elapsed") or 1e-9, 1e-9)
            self._bar.set_postfix_str(f"{rate:,.0f} sentences/s, {self.events:,} events, {self.skipped} skipped",
                                      refresh=False)

    def skip(self) -> None:
        self.skipped += 1

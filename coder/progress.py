"""Progress of a batch: what it did (stories, discarded, sentences, events, records skipped by
reason), shown on a terminal as it goes.

A progress bar from tqdm (a dependency of spaCy already, kept up by its authors) on stderr,
only when stderr is a terminal and the run is not quiet: a log file or a pipe gets the final
summary alone. Reading is lazy, so the number of stories is not known ahead: the bar
estimates it from the share of the input files' bytes read (``readers.Position``), which
gives its percentage and time left (none for stdin). The counts are the run's record: a resumed run starts from the interrupted
run's counts (``restore``), and the provenance and the summary line report ``counts()``.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Optional


class Progress:
    """Counts what a batch did, and shows it on a terminal as it goes."""

    def __init__(self, enabled: Optional[bool] = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.stories = self.discarded = self.sentences = self.events = 0
        self.skipped_by = Counter()  # bad records by kind ("invalid-json": 2)
        self._bar = None

    @property
    def skipped(self) -> int:
        return sum(self.skipped_by.values())

    def __enter__(self) -> "Progress":
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(file=self.stream, unit=" stories", dynamic_ncols=True, leave=False,
                             initial=self.stories)
            self._first = self.sentences  # a resumed run's rate counts this run's sentences
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()

    def story(self, sentences: int, events: int, discarded: bool = False, read: Optional[float] = None) -> None:
        """Count a coded story; ``read``: the share of the input read so far, if known, from
        which the bar estimates the stories to come (its total) and so the time left."""
        self.stories += 1
        self.discarded += discarded
        self.sentences += sentences
        self.events += events
        if self._bar is not None:
            if read:
                self._bar.total = max(self.stories, round(self.stories / read))
            self._bar.update(1)
            rate = (self.sentences - self._first) / max(self._bar.format_dict.get("elapsed") or 1e-9, 1e-9)
            self._bar.set_postfix_str(f"{rate:,.0f} sentences/s, "
                                      f"{self.events:,} events, {self.skipped} skipped", refresh=False)

    def skip(self, kind: str = "unreadable") -> None:
        self.skipped_by[kind] += 1

    def counts(self) -> dict:
        """The counts as the provenance and a checkpoint keep them."""
        return {"stories": self.stories, "discarded": self.discarded, "sentences": self.sentences,
                "events": self.events, "skipped": self.skipped,
                "skipped_by_reason": dict(sorted(self.skipped_by.items()))}

    def restore(self, counts: dict) -> None:
        """Go on from an interrupted run's counts (``counts()`` of it)."""
        self.stories, self.discarded = counts["stories"], counts["discarded"]
        self.sentences, self.events = counts["sentences"], counts["events"]
        self.skipped_by = Counter(counts.get("skipped_by_reason", {}))

    def summary(self) -> str:
        """'3 stories coded (0 discarded), 5 events, 2 bad records skipped (invalid-json 1, no-date 1)'."""
        reasons = ", ".join(f"{kind} {n}" for kind, n in sorted(self.skipped_by.items()))
        return (f"{self.stories} stories coded ({self.discarded} discarded), {self.events} events, "
                f"{self.skipped} bad records skipped" + (f" ({reasons})" if reasons else ""))

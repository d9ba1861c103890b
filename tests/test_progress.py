"""The progress of a batch: counted always, shown only on a terminal."""

from __future__ import annotations

import io

from coder.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_and_shows_on_a_terminal():
    stream = Terminal()
    with Progress(stream=stream) as progress:
        progress.story(sentences=3, events=2)
        progress.skip()
        progress.story(sentences=1, events=0)
    assert (progress.stories, progress.sentences, progress.events, progress.skipped) == (2, 4, 2, 1)
    assert "stories" in stream.getvalue()


def test_no_bar_when_stderr_is_no_terminal_or_the_run_is_quiet():
    for progress in (Progress(stream=io.StringIO()), Progress(enabled=False, stream=Terminal())):
        with progress:
            progress.story(sentences=2, events=1)
        assert progress.stream.getvalue() == "" and progress.stories == 1

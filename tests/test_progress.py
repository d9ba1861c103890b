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


def test_the_bar_estimates_the_stories_to_come_from_the_share_read():
    stream = Terminal()
    with Progress(stream=stream) as progress:
        progress.story(sentences=2, events=1, read=0.25)
        assert progress._bar.total == 4  # a quarter of the input gave one story: four in all
        progress.story(sentences=2, events=1, read=0.4)
        assert progress._bar.total == 5
        progress.story(sentences=2, events=1)  # not known (stdin): the estimate stays
        assert progress._bar.total == 5


def test_position_follows_the_bytes_read(tmp_path):
    import gzip
    import json

    from coder.readers import Position, read

    lines = [json.dumps({"id": f"s{k}", "date": "2024-01-02", "text": "Peru praised Chile. " * 20}) + "\n"
             for k in range(200)]
    plain, packed = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_text("".join(lines))
    packed.write_bytes(gzip.compress("".join(lines).encode()))
    position = Position()
    first, second = read(str(plain), position=position), read(str(packed), position=position)
    assert position.total == plain.stat().st_size + packed.stat().st_size
    shares = [position.fraction() for _ in first] + [position.fraction() for _ in second]
    assert len(shares) == 400 and shares == sorted(shares)
    assert 0 < shares[0] and shares[-1] <= 1.0  # read a block at a time: ahead of the stories a little
    assert position.fraction() == 1.0  # both read to the end
    assert Position().fraction() is None  # nothing expected: not known
    stdin = Position()
    read("-", position=stdin)
    assert stdin.fraction() is None

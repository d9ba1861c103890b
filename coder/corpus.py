"""A corpus as the analyst's commands read it (``dict gaps``, ``dict diff``): any input ``coder
code`` reads, checked before any coding, with the stories that cannot be read reported on
stderr as ``file:line: reason`` and skipped."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, Optional

from .errors import CoderError
from .model import ReadError, Story
from .readers import DEFAULT_MAX_CHARS, normalize_date, read


def check_inputs(inputs: list, date: Optional[str] = None) -> None:
    """Every input exists and ``date`` is a date, before anything is coded."""
    if date:
        try:
            normalize_date(date)
        except ValueError as exc:
            raise CoderError(str(exc)) from None
    for source in inputs:
        if source != "-" and not Path(source).exists():
            raise CoderError(f"{source}: no such file or folder")


def read_corpus(inputs: list, date: Optional[str] = None, fmt: Optional[str] = None,
                skipped: Optional[list] = None, max_chars: int = DEFAULT_MAX_CHARS,
                allow_undated: bool = False) -> Iterator[Story]:
    """The stories of every input in order; a record that cannot be read is reported on stderr
    and appended to ``skipped``."""
    for source in inputs:
        for item in read(source, date, fmt, max_chars=max_chars, allow_undated=allow_undated):
            if isinstance(item, ReadError):
                print(f"coder: skipped {item}", file=sys.stderr)
                if skipped is not None:
                    skipped.append(item)
            else:
                yield item


def add_corpus_options(parser) -> None:
    """The input options ``coder code`` has, for a command that reads a corpus."""
    parser.add_argument("inputs", nargs="+", metavar="CORPUS",
                        help="stories: a .jsonl/.json/.xml/.txt file, a folder of them, or - for stdin")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="the date of .txt stories, and of JSON stories that have none")
    parser.add_argument("--input-format", choices=("jsonl", "xml", "txt"),
                        help="read inputs as this format, whatever their file names say")
    parser.add_argument("--allow-undated", action="store_true",
                        help="read stories with no date (and no --date) too, coded undated, instead of skipping them")
    parser.add_argument("--max-chars", metavar="N", type=int, default=DEFAULT_MAX_CHARS,
                        help=f"skip (and report) a story longer than N characters (default {DEFAULT_MAX_CHARS:,}; 0: no limit)")


def corpus_of(args) -> Iterator[Story]:
    """The stories the corpus options of a command ask for."""
    return read_corpus(args.inputs, args.date, args.input_format, max_chars=args.max_chars,
                       allow_undated=args.allow_undated)


def trimmed(text: str, start: int, end: int, width: int = 110) -> str:
    """The sentence ``text`` cut to about ``width`` characters around ``text[start:end]``, with
    "..." where it was cut: examples in a table stay one line."""
    text = text.replace("\n", " ")
    if len(text) <= width:
        return text
    room = max(0, width - (end - start)) // 2
    left = max(0, min(start - room, len(text) - width))
    right = min(len(text), left + width)
    return ("..." if left > 0 else "") + text[left:right].strip() + ("..." if right < len(text) else "")

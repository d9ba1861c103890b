"""``coder code``: code stories into an event table."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from ..errors import CoderError
from . import coder_for

EPILOG = """\
examples:
  coder code examples/ --date 2024-02-23             (the example stories of a checkout)
  coder code article.txt --date 2024-07-31
  coder code stories.jsonl --format jsonl --output events.jsonl
  coder code stories.jsonl --reading petrarch2 --dict phoenix/   (an imported PETRARCH set)
  coder code corpus/ --format tsv > events.tsv        (every .jsonl/.json/.xml/.txt in corpus/)
  cat stories.jsonl | coder code - --format csv

inputs:
  .jsonl/.json  one story per line: {"id", "date", "text"}, optional "title", "source", "url";
                a .json file may hold an array of them
  .xml          PETRARCH XML: <Sentence id="..." date="yyyymmdd"><Text>...</Text></Sentence>;
                consecutive sentences of one story (ID-1, ID-2) with one date are one story
  .txt          one story; id = its path in the input folder (a/article); a short first line is
                the headline; date from --date

Stories that cannot be read are reported on stderr as file:line: reason and skipped; the
others are still coded. The same input, dictionaries and version give byte-identical output.
"""


NAME, GROUP, ORDER = "code", None, 10

def add_parser(commands, common) -> argparse.ArgumentParser:
    code = commands.add_parser("code", help="code stories into an event table",
                               description="Code stories into an event table.", epilog=EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    code.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for stdin")
    code.add_argument("-f", "--format", choices=("table", "tsv", "csv", "jsonl"), default="table",
                      help="output format (default: table)")
    code.add_argument("-o", "--output", metavar="FILE", type=Path, help="write here instead of stdout")
    code.add_argument("--date", metavar="YYYY-MM-DD",
                      help="the date of .txt stories, and of JSON stories that have none")
    code.add_argument("--input-format", choices=("jsonl", "xml", "txt"),
                      help="read inputs as this format, whatever their file names say")
    code.add_argument("--strict", action="store_true",
                      help="exit with status 1 when any story could not be read")
    code.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    common(code)
    return code

def run(args) -> int:
    from ..model import ReadError
    from ..progress import Progress
    from ..readers import normalize_date, read
    from ..writers import open_writer

    if args.date:
        try:
            normalize_date(args.date)
        except ValueError as exc:
            raise CoderError(str(exc)) from None
    for source in args.inputs:  # every input and the output path are checked before any coding
        if source != "-" and not Path(source).exists():
            raise CoderError(f"{source}: no such file or folder")
    if args.output and not args.output.parent.is_dir():
        raise CoderError(f"{args.output}: the folder {args.output.parent} does not exist")
    started, began = time.perf_counter(), dt.datetime.now(dt.timezone.utc)
    coder = coder_for(args)
    coder.nlp  # a missing model is reported before any output is written
    errors = []

    progress = Progress(enabled=False if args.quiet else None)

    def stories():
        for source in args.inputs:
            for item in read(source, args.date, args.input_format):
                if isinstance(item, ReadError):
                    errors.append(item)
                    progress.skip()
                    print(f"coder: skipped {item}", file=sys.stderr)
                else:
                    yield item

    # a table is written to a temporary file beside it and renamed when whole: a run that stops
    # half-way never leaves a truncated table under the table's name
    partial = args.output.with_name(f".{args.output.name}.part") if args.output else None
    try:
        stream = partial.open("w", encoding="utf-8", newline="") if partial else sys.stdout
    except OSError as exc:
        raise CoderError(f"{args.output}: cannot write: {exc.strerror}") from None
    coded = discarded = 0
    try:
        writer = open_writer(args.format, stream)
        with progress:
            for result in coder.analyse_stories(stories()):
                coded += 1
                discarded += result.discarded is not None
                events = result.events
                for event in events:
                    writer.write(event)
                progress.story(len(result.analyses), len(events))
        writer.close()
    finally:
        if partial:
            stream.close()
    if partial:
        os.replace(partial, args.output)
    if args.output:  # how the table was made, beside it
        from .. import provenance

        counts = {"stories": coded, "discarded": discarded, "sentences": progress.sentences,
                  "events": writer.count, "skipped": len(errors)}
        provenance.write(args.output, provenance.record(coder, args, counts, began))
    if not args.quiet:
        seconds = time.perf_counter() - started
        print(f"coder: {coded} stories coded ({discarded} discarded), {writer.count} events, "
              f"{len(errors)} stories skipped, {seconds:.2f} s", file=sys.stderr)
    return 1 if errors and args.strict else 0

"""``coder code``: code stories into an event table (the run itself is ``coder.batch``)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..batch import CHUNK
from . import OUTPUT_HELP, output_file
from ..readers import DEFAULT_MAX_CHARS

EPILOG = """\
examples:
  coder code examples/ --date 2024-02-23             (the example stories of a checkout)
  coder code article.txt --date 2024-07-31
  coder code stories.jsonl --format jsonl --output events.jsonl
  coder code stories.jsonl --reading petrarch2 --dict phoenix/   (an imported PETRARCH set)
  coder code corpus/ --format tsv > events.tsv        (every .jsonl/.json/.xml/.txt in corpus/)
  cat stories.jsonl | coder code - --format csv
  coder code corpus/ -f tsv -o events.tsv --workers 4 --errors bad.jsonl
  coder code corpus/ -f tsv -o events.tsv --resume    (after a kill or Ctrl-C: finishes the table)
  coder code corpus/ -f parquet -o events.parquet --columns +issues,+url

inputs:
  .jsonl/.json  one story per line: {"id", "date", "text"}, optional "title", "source", "url";
                a .json file may hold an array of them
  .xml          PETRARCH XML: <Sentence id="..." date="yyyymmdd"><Text>...</Text></Sentence>;
                consecutive sentences of one story (ID-1, ID-2) with one date are one story
  .txt          one story; id = its path in the input folder (a/article); a short first line is
                the headline; date from --date

workers:
  Stories are coded by --workers processes (default: every core), whole stories in chunks of
  --chunk; the table comes out in input order, the same bytes whatever the number of workers.

bad input:
  A record that cannot be used (invalid JSON, not UTF-8, not an object, no id, no text, a text
  over --max-chars, a bad date, no date without --date or --allow-undated) is reported on stderr
  as file:line: reason, written to --errors FILE as a JSON line {"file", "line", "kind",
  "reason"}, and skipped; the rest is coded. The summary counts the skipped records by kind.

resume:
  With --output, the table is written to .NAME.part beside it and renamed when whole; a
  checkpoint .NAME.part.ckpt is kept after each chunk. After a kill, a crash or Ctrl-C, the same
  command with --resume finishes the table: no story missing, none twice, byte-identical to a
  run never stopped. Other inputs or options are refused. tsv, csv and jsonl can be resumed;
  table and parquet are finished at the end and cannot.

exit status:
  0 something was coded (or the input was empty); 1 every record was bad; 2 a user error, or
  --strict met a bad record; 130 interrupted (Ctrl-C: the output ends with a whole story).

The same input, dictionaries, reading and version give byte-identical output; --output FILE
also writes FILE.meta.json (versions, inputs, options, workers, counts). -o - is stdout, as
without -o: no meta file, no .part file, no --resume. See docs/batch.md.
"""


NAME, GROUP, ORDER = "code", None, 10


def add_parser(commands, common) -> argparse.ArgumentParser:
    code = commands.add_parser("code", help="code stories into an event table",
                               description="Code stories into an event table.", epilog=EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    code.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for stdin")
    code.add_argument("-f", "--format", choices=("table", "tsv", "csv", "jsonl", "parquet"),
                      help="output format (default: the --output file's suffix, .tsv .csv .jsonl .parquet, "
                           "else table); parquet needs the extra: pip install \"coder[parquet]\"")
    code.add_argument("-o", "--output", metavar="FILE", type=output_file, help=OUTPUT_HELP)
    code.add_argument("--columns", metavar="+NAME,...",
                      help="extra columns after the event's: +issues (the issues named in the event's sentence), "
                           "+url (the story's url), +source (the story's \"source\" field, who published it, "
                           "written as news_source), +story_source (FILE:LINE where the story was read)")
    code.add_argument("--date", metavar="YYYY-MM-DD",
                      help="the date of .txt stories, and of JSON stories that have none")
    code.add_argument("--allow-undated", action="store_true",
                      help="code stories that have no date (their events have an empty date) instead of "
                           "skipping them")
    code.add_argument("--max-chars", metavar="N", type=int, default=DEFAULT_MAX_CHARS,
                      help="a story longer than this many characters is skipped whole and reported "
                           "(default: %(default)s; 0: no limit)")
    code.add_argument("--input-format", choices=("jsonl", "xml", "txt"),
                      help="read inputs as this format, whatever their file names say")
    code.add_argument("--errors", metavar="FILE", type=Path,
                      help="write every bad record here as a JSON line {file, line, kind, reason}")
    code.add_argument("--strict", action="store_true",
                      help="stop with status 2 at the first bad record (the output is complete up to the "
                           "last whole story before it)")
    code.add_argument("--workers", metavar="N", type=int, default=os.cpu_count() or 1,
                      help="worker processes (default: all cores, here %(default)s; 1: no pool)")
    code.add_argument("--chunk", metavar="N", type=int, default=CHUNK,
                      help="stories a worker codes at a time; a resume checkpoint is kept after each "
                           "(default: %(default)s)")
    code.add_argument("--resume", action="store_true",
                      help="finish the table of an interrupted run of the same command (needs --output; "
                           "tsv, csv or jsonl)")
    code.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary on stderr")
    common(code)
    return code


def run(args) -> int:
    from ..batch import run as run_batch

    return run_batch(args)

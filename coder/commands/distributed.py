"""``coder distributed``: code JSON-lines files over a Dask cluster (the run is ``coder.distributed``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import OUTPUT_HELP, output_file

EPILOG = """\
examples:
  coder distributed stories.jsonl -f tsv -o events.tsv --workers 2     (a cluster on this machine)
  coder distributed corpus/*.jsonl --scheduler tcp://10.0.0.5:8786 -f tsv -o events.tsv
  coder distributed corpus/*.jsonl.gz --scheduler tcp://10.0.0.5:8786 --dict phoenix/ \\
      -f jsonl -o events.jsonl --errors bad.jsonl

a cluster (pip install "coder[dask]" on every machine):
  dask scheduler                                (on one machine; it prints tcp://HOST:8786)
  dask worker tcp://HOST:8786 --nthreads 1      (on each machine, one per core)

The input files (and --dict folders) must be readable at the same path on every worker. Each
file is cut at line ends into partitions of about --blocksize bytes (a .gz file is one); each
worker builds its coder once and keeps it. The table is written here (to --output FILE, else
or with -o - to stdout), in input order: the same bytes as `coder code` gives on the same files
with the same options. Bad records are reported as
FILE:LINE: reason and skipped. See docs/distributed.md.
"""

NAME, GROUP, ORDER = "distributed", None, 15


def add_parser(commands, common) -> argparse.ArgumentParser:
    parser = commands.add_parser("distributed", help="code JSON-lines files over a Dask cluster",
                                 description="Code JSON-lines files over a Dask cluster into one event table.",
                                 epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="JSON-lines files (.jsonl, .json, .jsonl.gz)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler, such as tcp://10.0.0.5:8786 (default: start a cluster of "
                             "--workers processes on this machine)")
    parser.add_argument("--workers", metavar="N", type=int,
                        help="worker processes of the cluster started without --scheduler (default: all cores)")
    parser.add_argument("--blocksize", metavar="BYTES", type=int, default=8 << 20,
                        help="bytes of input a partition (default: %(default)s, some thousands of stories)")
    parser.add_argument("-f", "--format", choices=("table", "tsv", "csv", "jsonl", "parquet"), default="tsv",
                        help="output format (default: tsv)")
    parser.add_argument("-o", "--output", metavar="FILE", type=output_file, help=OUTPUT_HELP)
    parser.add_argument("--columns", metavar="+NAME,...", help="extra columns, as coder code's: +issues,+url,"
                                                               "+source,+story_source")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the date of stories that have none")
    parser.add_argument("--allow-undated", action="store_true", help="code stories that have no date")
    parser.add_argument("--max-chars", metavar="N", type=int, default=200_000,
                        help="a story's text longer than this is a bad record (default: 200000)")
    parser.add_argument("--errors", metavar="FILE", type=Path,
                        help="write every bad record here as a JSON line {file, line, kind, reason}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    common(parser)
    return parser


def run(args) -> int:
    from ..distributed import run as run_distributed

    args.strict = False
    counts = run_distributed(args)
    return 1 if counts.get("skipped") and not counts.get("stories") else 0

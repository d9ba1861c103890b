"""``coder table``: count events and average their Goldstein scores by dyad, actor, code, root,
quad class and date."""

from __future__ import annotations

import argparse
import os
import sys

from ..errors import CoderError
from . import OUTPUT_HELP, output_file

EPILOG = """\
examples:
  coder code stories.jsonl -f tsv -o events.tsv      (first, an event table to summarise)
  coder table events.tsv                             (events by root, most first)
  coder table events.tsv --by quad --freq month      (each quad class, month by month)
  coder table events.tsv --by dyad --top 10          (the ten most frequent dyads)
  coder table events.tsv --by date,dyad --freq week --top 5   (the top 5 dyads, week by week)
  coder table events.tsv --by source --sort goldstein -f markdown -o sources.md
  coder table 2023.jsonl 2024.jsonl --by root,quad -f csv > roots.csv
  coder code stories.jsonl -f jsonl -q | coder table - --by code
  coder table events.tsv --by quad -f csv -o -      (-o - is stdout, as without -o)

groupings (--by, one or more, comma-separated, in the order of the columns):
  dyad    source and target together (IRQGOV->USA)     source, target   one actor
  code    the event code, with its label               root    the two-digit root, with its label
  quad    the quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
          4 material conflict (0: a dictionary's own code outside CAMEO)
  date    the story date, by --freq: day (yyyy-mm-dd), week (its Monday), month (yyyy-mm),
          year; --freq alone groups by the date first

Each row gives the events of the group, their share of all events (%) and their mean Goldstein
score (-10 conflict .. +10 cooperation). Events whose story had no date are counted in a
"(no date)" period (an empty date cell in TSV and CSV), never dropped.

--top N keeps the N groups with the most events; with the date among the groupings, the N most
frequent of the other groupings over the whole table, in every period. Rows come by period
when the date is a grouping, else most events first (--sort count|goldstein|key, --reverse).

EVENTS are files `coder code` wrote as TSV, CSV, JSON lines or Parquet (Parquet needs pyarrow:
pip install "coder[parquet]"), or - for stdin; the format is told by the content. The aligned
table `coder code` prints by default is for reading and is not read back: write -f tsv.
"""


NAME, GROUP, ORDER = "table", None, 50


def add_parser(commands, common) -> argparse.ArgumentParser:
    from ..tables import FORMATS, FREQS, SORTS

    table = commands.add_parser("table", help="count events by dyad, actor, code, root, quad class, date",
                                description="Count events and average their Goldstein scores by dyad, "
                                            "actor, code, root, quad class and date.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_events_argument(table)
    table.add_argument("--by", default=None, metavar="GROUPING[,GROUPING]",
                       help="dyad, source, target, code, root, quad, date (default: root)")
    table.add_argument("--freq", choices=FREQS, help="group dates by day, week, month or year (default: day)")
    table.add_argument("--top", type=positive, metavar="N", help="only the N groups with the most events")
    table.add_argument("--sort", choices=SORTS,
                       help="most events first (count), highest mean Goldstein first, or by the groups "
                            "themselves (key); default: key with a date grouping, else count")
    table.add_argument("--reverse", action="store_true", help="the other way round")
    table.add_argument("-f", "--format", choices=FORMATS, default="table",
                       help="an aligned table, TSV, CSV or Markdown (default: table)")
    table.add_argument("-o", "--output", metavar="FILE", type=output_file, help=OUTPUT_HELP)
    table.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return table


def add_events_argument(parser: argparse.ArgumentParser) -> None:
    """EVENTS..., as coder table and coder plot read them."""
    parser.add_argument("events", nargs="+", metavar="EVENTS",
                        help="an event table of `coder code` (TSV, CSV, JSON lines, Parquet), or - for stdin")


def positive(text: str) -> int:
    """A --top N: a whole number from 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number from 1")
    return int(text)


def groupings(by, freq) -> tuple[str, ...]:
    """The groupings asked for; --freq without a date grouping puts the date first."""
    from ..tables import parse_groupings

    try:
        names = parse_groupings(by) if by else (() if freq else ("root",))
    except ValueError as exc:
        raise CoderError(str(exc)) from None
    return names if not freq or "date" in names else ("date",) + names


def run(args) -> int:
    from ..eventfiles import read_events
    from ..tables import render, select, summarise

    by = groupings(args.by, args.freq)
    if args.output and not args.output.parent.is_dir():
        raise CoderError(f"{args.output}: the folder {args.output.parent} does not exist")
    summary = summarise(read_events(args.events), by, args.freq or "day")
    items = select(summary, args.sort, args.top, args.reverse)
    text = render(summary, items, args.format)
    if args.output:
        partial = args.output.with_name(f".{args.output.name}.part")
        try:
            partial.write_text(text, encoding="utf-8", newline="")
            os.replace(partial, args.output)
        except OSError as exc:
            raise CoderError(f"{args.output}: cannot write: {exc.strerror}") from None
    else:
        sys.stdout.write(text)
    if not args.quiet:
        undated = ""
        if summary.undated:
            undated = f", {summary.undated} without a date" + (" (the (no date) period)" if "date" in by else "")
        shown = f" ({len(items)} shown)" if len(items) < len(summary.groups) else ""
        print(f"coder: {summary.total} events in {len(summary.groups)} groups{shown}{undated}", file=sys.stderr)
    return 0

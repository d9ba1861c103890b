"""``coder plot``: a time series of an event table, one line per quad class, root, dyad or actor."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CoderError

EPILOG = """\
examples:
  coder code stories.jsonl -f tsv -o events.tsv      (first, an event table to plot)
  coder plot events.tsv -o quads.png                 (events per month, a line per quad class)
  coder plot events.tsv -o roots.png --by root --top 6 --freq week
  coder plot events.tsv -o dyads.png --by dyad --top 5 --value goldstein
  coder plot 2023.jsonl 2024.parquet -o year.svg --freq year

--value count plots the events of each period (0 where there are none); --value goldstein
their mean Goldstein score (-10 conflict .. +10 cooperation), with a gap where a period has no
event to average. --top N draws the N quad classes, roots, dyads or actors with the most events
over the whole table (default: every quad class, else 5). Events without a date cannot be
placed in time: their number is printed under the plot and on stderr.

The picture's format is the output's suffix: .png, .svg or .pdf. EVENTS are read as by
`coder table` (TSV, CSV, JSON lines, Parquet, or - for stdin).

Plotting needs matplotlib, an optional extra: pip install "coder[plot]"
"""


NAME, GROUP, ORDER = "plot", None, 60


def add_parser(commands, common) -> argparse.ArgumentParser:
    from ..plot import BY, VALUES
    from ..tables import FREQS
    from .table import add_events_argument, positive

    plot = commands.add_parser("plot", help="plot event counts or mean Goldstein over time",
                               description="Plot event counts or mean Goldstein score over time, a line "
                                           "per quad class, root, dyad or actor.",
                               epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_events_argument(plot)
    plot.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                      help="the picture to write (.png, .svg or .pdf)")
    plot.add_argument("--by", choices=BY, default="quad", help="a line per ... (default: quad)")
    plot.add_argument("--value", choices=VALUES, default="count",
                      help="events per period, or their mean Goldstein score (default: count)")
    plot.add_argument("--freq", choices=FREQS, default="month", help="the period (default: month)")
    plot.add_argument("--top", type=positive, metavar="N",
                      help="only the N with the most events (default: every quad class, else 5)")
    plot.add_argument("--title", help="the title (default: what is plotted, and the files)")
    plot.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return plot


def run(args) -> int:
    from .. import plot
    from ..eventfiles import read_events
    from ..tables import summarise

    plot.require_matplotlib()  # before reading a large table
    if args.output.suffix.lower() not in plot.SUFFIXES:
        raise CoderError(f"{args.output}: a plot is written as {', '.join(plot.SUFFIXES)}; name the file so")
    if not args.output.parent.is_dir():
        raise CoderError(f"{args.output}: the folder {args.output.parent} does not exist")
    top = args.top if args.top else (None if args.by == "quad" else 5)
    summary = summarise(read_events(args.events), ("date", args.by), args.freq)
    timeline, lines = plot.series(summary, args.value, top)
    shown = sum(line.count for line in lines)
    other = summary.total - summary.undated - shown
    names = [Path(name).name if name != "-" else "stdin" for name in args.events]
    title = args.title or plot.title_for(args.value, args.by, args.freq, top, names)
    fig = plot.figure(timeline, lines, value=args.value, by=args.by, freq=args.freq, title=title,
                      undated=summary.undated, other=other)
    plot.save(fig, args.output)
    if not args.quiet:
        undated = f", {summary.undated} without a date not shown" if summary.undated else ""
        hidden = f", {other} of other {plot.BY_NAMES[args.by]}s not shown" if other else ""
        print(f"coder: {args.output}: {shown} events in {len(lines)} lines over {len(timeline)} "
              f"{args.freq}s{hidden}{undated}", file=sys.stderr)
    return 0

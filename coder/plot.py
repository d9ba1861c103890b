"""Time series of event tables: event counts or mean Goldstein score per period, one line per
quad class, root, dyad or actor.

matplotlib is an optional extra (``pip install "coder[plot]"``): coding needs none of it. The
figure is drawn with the Agg canvas, never a screen, so that it works on a server and in CI.
Periods without events count 0 events; their mean Goldstein score is undefined and left as a
gap in the line, not drawn as 0 (which would read as a neutral month).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import CoderError
from .tables import Summary, key_order, periods, value_label

PLOT_EXTRA = 'pip install "coder[plot]"'
BY = ("quad", "root", "dyad", "source", "target")
VALUES = ("count", "goldstein")
SUFFIXES = (".png", ".svg", ".pdf")
# cooperation green, conflict red; verbal light, material dark (as ICEWS and GDELT plots do)
QUAD_COLOURS = {1: "#74c476", 2: "#1b7837", 3: "#fd8d3c", 4: "#b2182b", 0: "#969696"}
BY_NAMES = {"quad": "quad class", "root": "CAMEO root", "dyad": "dyad", "source": "source actor",
            "target": "target actor"}
# no creation date or software version inside the file: the same table gives the same bytes
_NO_STAMP = {".png": {"Software": None}, ".svg": {"Date": None}, ".pdf": {"CreationDate": None, "Producer": None}}


def require_matplotlib():
    """matplotlib, or an error that names the extra to install."""
    try:
        import matplotlib
    except ImportError:
        raise CoderError(f"coder plot needs matplotlib, an optional extra: {PLOT_EXTRA}") from None
    return matplotlib


@dataclass
class Series:
    """One line of the plot: its key (a quad class, root, dyad or actor), its legend label and a
    value per period (NaN: no events to average)."""

    key: object
    label: str
    values: list[float]
    count: int


def series(summary: Summary, value: str, top: Optional[int]) -> tuple[list[dt.date], list[Series]]:
    """The periods from the first dated event to the last, and a line per group of the second
    grouping of ``summary`` (which is ``("date", by)``): the ``top`` groups with the most dated
    events over the whole table, most first (every group when ``top`` is None)."""
    grouping = summary.by[1]
    dated = {key: group for key, group in summary.groups.items() if key[0] is not None}
    if not dated:
        raise CoderError("no event has a date: nothing to plot over time (try `coder table`)")
    timeline = periods(min(key[0] for key in dated), max(key[0] for key in dated), summary.freq)
    totals: dict = {}
    for key, group in dated.items():
        totals[key[1]] = totals.get(key[1], 0) + group.count
    # the most events first (ties: in key order), the top of them; quad classes then 1 to 4
    shown = sorted(totals, key=lambda k: (-totals[k], key_order((k,))))[:top]
    if grouping == "quad":
        shown.sort()
    lines = []
    for key in shown:
        values = []
        for start in timeline:
            group = dated.get((start, key))
            if value == "count":
                values.append(float(group.count) if group else 0.0)
            else:
                values.append(group.goldstein if group else math.nan)
        lines.append(Series(key, legend_label(grouping, key, summary), values, totals[key]))
    return timeline, lines


def legend_label(grouping: str, key, summary: Summary) -> str:
    """``1 verbal cooperation``, ``14 Protest``, ``IRQGOV->USA``."""
    label = value_label(grouping, key, summary)
    return f"{key} {label}" if label else str(key)


def figure(timeline: list[dt.date], lines: list[Series], *, value: str, by: str, freq: str,
           title: str, undated: int = 0, other: int = 0):
    """The plot as a matplotlib Figure (not yet saved): a line per series over the periods,
    dates on the x-axis, the legend beside the axes."""
    require_matplotlib()
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(10, 5.2), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    for line in lines:
        colour = QUAD_COLOURS.get(line.key) if by == "quad" else None
        # a dot on each period with events: a mean of one lone period is a point, not a line,
        # and a sparse count stands out from the zeros around it
        dots = [not math.isnan(v) and (value == "goldstein" or v > 0) for v in line.values]
        ax.plot(timeline, line.values, label=f"{line.label} ({line.count})", color=colour,
                marker="o", markevery=dots, markersize=4, linewidth=1.6)
    if value == "goldstein":
        ax.axhline(0, color="#444444", linewidth=0.8)
        ax.set_ylim(-10.5, 10.5)
        ax.set_ylabel("mean Goldstein score (-10 conflict .. +10 cooperation)")
    else:
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(f"events per {freq}")
    ax.set_xlabel({"day": "date", "week": "week (from Monday)"}.get(freq, freq))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(title)
    legend_title = f"{BY_NAMES[by]} (events)"
    ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    notes = []
    if other:
        notes.append(f"{other} events of other {BY_NAMES[by]}s not shown")
    if undated:
        notes.append(f"{undated} events without a date not shown")
    if notes:
        ax.text(1.01, 0.0, "\n".join(notes), transform=ax.transAxes, fontsize=8, color="#555555",
                ha="left", va="bottom")
    return fig


def title_for(value: str, by: str, freq: str, top: Optional[int], names: list[str]) -> str:
    what = "Events" if value == "count" else "Mean Goldstein score"
    whom = f"top {top} {BY_NAMES[by]}s" if top and by != "quad" else BY_NAMES[by]
    return f"{what} per {freq} by {whom}: {', '.join(names)}"


def save(fig, path: Path) -> None:
    """Write the figure; its format is the file's suffix (.png, .svg, .pdf)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CoderError(f"{path}: a plot is written as {', '.join(SUFFIXES)}; name the file so")
    FigureCanvasAgg(fig)
    try:
        fig.savefig(path, metadata=_NO_STAMP[suffix])
    except OSError as exc:
        raise CoderError(f"{path}: cannot write: {exc.strerror}") from None

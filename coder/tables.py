"""Summaries of event tables: counts and mean Goldstein score by dyad, actor, code, root, quad
class and date period.

Events are counted as they stream by (one running count and Goldstein sum per group), so a
corpus of any size is summarised in the memory its groups take. An event whose story had no
date is counted in a bucket of its own, ``(no date)``, never dropped: an analyst comparing the
sum of a table with the number of events must find them all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from tabulate import tabulate

from .eventfiles import EventRow

GROUPINGS = ("dyad", "source", "target", "code", "root", "quad", "date")
FREQS = ("day", "week", "month", "year")
SORTS = ("count", "goldstein", "key")
FORMATS = ("table", "tsv", "csv", "markdown")
NO_DATE = "(no date)"
# the quad classes as event-data users name them (ICEWS, GDELT); 0: a dictionary's own code
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict", 0: "not CAMEO"}


def parse_groupings(text: str) -> tuple[str, ...]:
    """``"root,quad"`` -> ("root", "quad"), each checked against ``GROUPINGS``."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in GROUPINGS]
    if not names or unknown:
        raise ValueError(f"--by {text!r}: expected one or more of {', '.join(GROUPINGS)}, separated by commas")
    if len(set(names)) != len(names):
        raise ValueError(f"--by {text!r}: a grouping named twice")
    return names


@lru_cache(maxsize=65536)  # events share dates: each is bucketed once
def period(day: Optional[dt.date], freq: str) -> Optional[dt.date]:
    """The first day of the period (day, ISO week from Monday, month, year) that holds ``day``."""
    if day is None or freq == "day":
        return day
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown period {freq!r}; expected one of {', '.join(FREQS)}")


def periods(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Every period from the one holding ``first`` to the one holding ``last``: a time series
    shows the periods without events too."""
    start, end, out = period(first, freq), period(last, freq), []
    while start <= end:
        out.append(start)
        if freq == "day":
            start += dt.timedelta(days=1)
        elif freq == "week":
            start += dt.timedelta(days=7)
        elif freq == "month":
            start = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        else:
            start = start.replace(year=start.year + 1)
    return out


def period_label(start: Optional[dt.date], freq: str) -> str:
    """``2024-07-31`` (day; week: its Monday), ``2024-07`` (month), ``2024`` (year)."""
    if start is None:
        return NO_DATE
    return start.strftime({"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[freq])


def key_value(row: EventRow, grouping: str, freq: str):
    """The value of one grouping for one event (a date period's first day for ``date``)."""
    if grouping == "date":
        return period(row.date, freq)
    if grouping == "dyad":
        return f"{row.source}->{row.target}"
    if grouping == "quad":
        return row.quad_class
    return getattr(row, grouping)


@dataclass
class Group:
    """One group's running count and Goldstein sum."""

    count: int = 0
    goldstein_sum: float = 0.0

    @property
    def goldstein(self) -> float:
        return self.goldstein_sum / self.count


@dataclass
class Summary:
    """Events counted by the groupings ``by``, dates bucketed by ``freq``."""

    by: tuple[str, ...]
    freq: str = "day"
    groups: dict = field(default_factory=dict)  # key tuple -> Group
    total: int = 0
    undated: int = 0
    labels: dict = field(default_factory=dict)  # event code -> its label, as the first event gave it

    def add(self, row: EventRow) -> None:
        key = tuple(key_value(row, grouping, self.freq) for grouping in self.by)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = Group()
        group.count += 1
        group.goldstein_sum += row.goldstein
        self.total += 1
        self.undated += row.date is None
        if "code" in self.by and row.code not in self.labels:
            self.labels[row.code] = row.label


def summarise(rows: Iterable[EventRow], by: tuple[str, ...], freq: str = "day") -> Summary:
    summary = Summary(by, freq)
    for row in rows:
        summary.add(row)
    return summary


def key_order(key: tuple) -> tuple:
    """Keys in ascending order, the ``(no date)`` bucket after every date."""
    return tuple((value is None, "" if value is None else value) for value in key)


def top_keys(summary: Summary, top: int) -> set:
    """The ``top`` most frequent values of the groupings other than the date (each over every
    period), or the ``top`` most frequent periods when the date is the only grouping. Ties go to
    the key first in order, so that the choice is reproducible."""
    others = [i for i, grouping in enumerate(summary.by) if grouping != "date"] or [0]
    totals: dict = {}
    for key, group in summary.groups.items():
        part = tuple(key[i] for i in others)
        totals[part] = totals.get(part, 0) + group.count
    ranked = sorted(totals, key=lambda part: (-totals[part], key_order(part)))
    return set(ranked[:top])


def select(summary: Summary, sort: Optional[str] = None, top: Optional[int] = None,
           reverse: bool = False) -> list[tuple[tuple, Group]]:
    """The groups to show, in order: by period when the date is a grouping (``sort`` None),
    else most events first; ``top`` keeps the most frequent (see ``top_keys``)."""
    items = list(summary.groups.items())
    if top is not None:
        kept = top_keys(summary, top)
        others = [i for i, grouping in enumerate(summary.by) if grouping != "date"] or [0]
        items = [(key, group) for key, group in items if tuple(key[i] for i in others) in kept]
    sort = sort or ("key" if "date" in summary.by else "count")
    if sort == "key":
        order = lambda item: key_order(item[0])  # noqa: E731
    elif sort == "count":
        order = lambda item: (-item[1].count, key_order(item[0]))  # noqa: E731
    elif sort == "goldstein":
        order = lambda item: (-item[1].goldstein, -item[1].count, key_order(item[0]))  # noqa: E731
    else:
        raise ValueError(f"--sort {sort!r}: expected one of {', '.join(SORTS)}")
    items.sort(key=order)
    return items[::-1] if reverse else items


@lru_cache(maxsize=1)
def root_labels() -> dict:
    """Each CAMEO root's label from the built-in codebook ("14" -> "Protest")."""
    from . import yamlsource
    from .codebook import Codebook
    from .resources import dictionaries_dir

    codebook = Codebook.from_yaml(yamlsource.load(dictionaries_dir() / "cameo.yaml", "cameo.yaml"))
    return {code: info.label for code, info in codebook.codes.items() if len(code) == 2}


def value_label(grouping: str, value, summary: Summary) -> str:
    """What a key value means, for the column beside it and a plot's legend: a quad class's
    name, a root's or a code's label; "" for actors and dates."""
    if grouping == "quad":
        return QUAD_NAMES.get(value, "")
    if grouping == "root":
        return root_labels().get(value, "")
    if grouping == "code":
        return summary.labels.get(value, "")
    return ""


def columns(summary: Summary) -> list[str]:
    """The header: each grouping (code, root and quad followed by their label), then events,
    share of all events (%) and mean Goldstein score."""
    names = []
    for grouping in summary.by:
        if grouping == "date":
            names.append("date" if summary.freq == "day" else summary.freq)
        else:
            names.append(grouping)
        names.extend({"code": ["label"], "root": ["root_label"], "quad": ["quad_name"]}.get(grouping, []))
    return names + ["events", "share", "mean_goldstein"]


def cells(summary: Summary, items: list[tuple[tuple, Group]], machine: bool) -> list[list[str]]:
    """The rows as text. ``machine`` (TSV, CSV): the ``(no date)`` period is an empty cell, as
    missing values are in those formats; for people it is named."""
    rows = []
    for key, group in items:
        row = []
        for grouping, value in zip(summary.by, key):
            if grouping == "date":
                row.append("" if machine and value is None else period_label(value, summary.freq))
            else:
                row.append(str(value))
            if grouping in ("code", "root", "quad"):
                row.append(value_label(grouping, value, summary))
        share = 100.0 * group.count / summary.total
        row += [str(group.count), f"{share:.1f}", f"{group.goldstein:.2f}"]
        rows.append(row)
    return rows


def render(summary: Summary, items: list[tuple[tuple, Group]], fmt: str) -> str:
    """The table in one of ``FORMATS``: an aligned table or Markdown for people, TSV or CSV
    (share in percent, Goldstein to two decimals) for other tools."""
    header = columns(summary)
    if fmt in ("tsv", "csv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(cells(summary, items, machine=True))
        return out.getvalue()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    numeric = ("events", "share", "mean_goldstein", "quad")
    align = ["right" if name in numeric else "left" for name in header]
    rows = cells(summary, items, machine=False)
    if not rows:
        return "(no events)\n"
    return tabulate(rows, headers=header, tablefmt="simple" if fmt == "table" else "pipe",
                    disable_numparse=True, colalign=align) + "\n"

"""Write event tables: an aligned table for reading, TSV/CSV/JSON lines/Parquet for analysis.

TSV, CSV, JSON lines and Parquet carry every field of ``Event.FIELDS`` in that order
(``penta_class`` right after ``quad_class``), then the extra columns asked for with
``--columns`` (``EXTRA_COLUMNS``), and are written as events come (streaming; Parquet in row
groups); the table is for people, is laid out at the end, and keeps narrow: of the two classes
it shows the quad class only.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from typing import IO, Mapping, Optional, Sequence

from tabulate import tabulate

from .errors import CoderError
from .model import Event

FORMATS = ("table", "tsv", "csv", "jsonl", "parquet")
TABLE_COLUMNS = (("story", "story_id"), ("sent", "sentence_id"), ("date", "date"),
                 ("source", "source"), ("code", "code"), ("event", "label"), ("target", "target"),
                 ("quad", "quad_class"), ("goldstein", "goldstein"))
# --columns +NAME: the column each adds and what it holds. The input's "source" (who published
# the story: "VOA") is written as news_source, since `source` is already the event's source actor.
EXTRA_COLUMNS = {
    "issues": ("issues", "the issues named in the event's sentence (dictionaries' issues section)"),
    "url": ("url", "the story's \"url\" field in the input"),
    "source": ("news_source", "the story's \"source\" field in the input (who published it)"),
    "story_source": ("story_source", "where the story was read: FILE:LINE of the input"),
}
ROW_GROUP = 10_000  # Parquet rows per row group


def extra_columns(names: Sequence[str]) -> tuple:
    """The output column names of ``--columns +issues,+url`` names, in the order given."""
    return tuple(EXTRA_COLUMNS[name][0] for name in names)


class Writer:
    """Writes events, each with the values of the extra columns (``{column: value}``)."""

    def __init__(self, stream: IO, columns: Sequence[str] = ()):
        self.stream = stream
        self.columns = tuple(columns)
        self.count = 0

    def write(self, event: Event, extra: Optional[Mapping] = None) -> None:
        self.count += 1
        self._write(event, extra or {})

    def row(self, event: Event, extra: Mapping) -> dict:
        values = event.to_dict()
        values.update((column, extra.get(column)) for column in self.columns)
        return values

    def _write(self, event: Event, extra: Mapping) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(Writer):
    def _write(self, event: Event, extra: Mapping) -> None:
        values = self.row(event, extra)
        if "issues" in values:
            values["issues"] = list(values["issues"] or ())
        self.stream.write(json.dumps(values, ensure_ascii=False) + "\n")


class DelimitedWriter(Writer):
    """TSV or CSV. ``header=False`` when appending to a table begun by an interrupted run."""

    def __init__(self, stream: IO[str], delimiter: str, columns: Sequence[str] = (), header: bool = True):
        super().__init__(stream, columns)
        self.delimiter = delimiter
        self.csv = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        if header:
            self.csv.writerow(Event.FIELDS + self.columns)

    def _write(self, event: Event, extra: Mapping) -> None:
        values = self.row(event, extra)
        if "issues" in values:
            values["issues"] = ";".join(values["issues"] or ())
        row = ["" if v is None else v for v in values.values()]
        if self.delimiter == "\t":  # TSV has no quoting: tabs and newlines become spaces
            row = [" ".join(str(v).split()) if isinstance(v, str) else v for v in row]
        self.csv.writerow(row)


class TableWriter(Writer):
    def __init__(self, stream: IO[str], columns: Sequence[str] = ()):
        super().__init__(stream, columns)
        self.rows = []

    def _write(self, event: Event, extra: Mapping) -> None:
        values = self.row(event, extra)
        values["goldstein"] = f"{event.goldstein:.1f}"
        if "issues" in values:
            values["issues"] = ", ".join(values["issues"] or ())
        fields = [field for _, field in TABLE_COLUMNS] + list(self.columns)
        self.rows.append([_short(str(values[field] if values[field] is not None else ""),
                                 30 if field == "label" else 24) for field in fields])

    def close(self) -> None:
        if self.rows:
            headers = [name for name, _ in TABLE_COLUMNS] + list(self.columns)
            align = ["right" if name in ("quad", "goldstein") else "left" for name in headers]
            self.stream.write(tabulate(self.rows, headers=headers, tablefmt="simple",
                                       disable_numparse=True, colalign=align) + "\n")
        super().close()


class ParquetWriter(Writer):
    """Parquet (pyarrow, the optional extra ``coder[parquet]``) for pandas and R users, written
    in row groups of ``ROW_GROUP`` events as they come. Dates are dates, classes and scores
    numbers, issues a list of strings. ``stream`` is a binary file."""

    def __init__(self, stream: IO[bytes], columns: Sequence[str] = ()):
        super().__init__(stream, columns)
        pa, pq = _pyarrow()
        self.pa = pa
        types = {"date": pa.date32(), "quad_class": pa.int8(), "penta_class": pa.int8(),
                 "goldstein": pa.float64(), "issues": pa.list_(pa.string())}
        names = Event.FIELDS + self.columns
        self.schema = pa.schema([(name, types.get(name, pa.string())) for name in names])
        self.file = pq.ParquetWriter(stream, self.schema)
        self.pending = {name: [] for name in names}

    def _write(self, event: Event, extra: Mapping) -> None:
        values = self.row(event, extra)
        if values["date"]:
            values["date"] = dt.date.fromisoformat(values["date"])
        if "issues" in values:
            values["issues"] = list(values["issues"] or ())
        for name, value in values.items():
            self.pending[name].append(value)
        if len(self.pending["code"]) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending["code"]:
            self.file.write_table(self.pa.table(self.pending, schema=self.schema), row_group_size=ROW_GROUP)
            self.pending = {name: [] for name in self.pending}

    def close(self) -> None:
        self._flush()
        self.file.close()
        super().close()


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CoderError('--format parquet needs pyarrow: pip install "coder[parquet]"') from None
    return pa, pq


def _short(value: str, width: int) -> str:
    return value[: width - 1] + "…" if len(value) > width else value


def open_writer(fmt: str, stream: IO, columns: Sequence[str] = (), header: bool = True) -> Writer:
    """A writer of ``fmt`` on ``stream`` (binary for parquet, text otherwise), with the extra
    ``columns`` (output column names, see ``extra_columns``) after the event's fields."""
    if fmt == "jsonl":
        return JsonLinesWriter(stream, columns)
    if fmt in ("tsv", "csv"):
        return DelimitedWriter(stream, "\t" if fmt == "tsv" else ",", columns, header)
    if fmt == "table":
        return TableWriter(stream, columns)
    if fmt == "parquet":
        return ParquetWriter(stream, columns)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")

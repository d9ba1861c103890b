"""Write event tables: an aligned table for reading, TSV/CSV/JSON lines for analysis.

TSV, CSV and JSON lines carry every field of ``Event.FIELDS`` in that order (``penta_class``
right after ``quad_class``) and are written as events come (streaming); the table is for people,
is laid out at the end, and keeps narrow: of the two classes it shows the quad class only.
"""

from __future__ import annotations

import csv
import json
from typing import IO

from tabulate import tabulate

from .model import Event

FORMATS = ("table", "tsv", "csv", "jsonl")
TABLE_COLUMNS = (("story", "story_id"), ("sent", "sentence_id"), ("date", "date"),
                 ("source", "source"), ("code", "code"), ("event", "label"), ("target", "target"),
                 ("quad", "quad_class"), ("goldstein", "goldstein"))


class Writer:
    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.count = 0

    def write(self, event: Event) -> None:
        self.count += 1
        self._write(event)

    def _write(self, event: Event) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(Writer):
    def _write(self, event: Event) -> None:
        self.stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")


class DelimitedWriter(Writer):
    def __init__(self, stream: IO[str], delimiter: str):
        super().__init__(stream)
        self.delimiter = delimiter
        self.csv = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        self.csv.writerow(Event.FIELDS)

    def _write(self, event: Event) -> None:
        row = ["" if v is None else v for v in event.to_dict().values()]
        if self.delimiter == "\t":  # TSV has no quoting: tabs and newlines become spaces
            row = [" ".join(str(v).split()) if isinstance(v, str) else v for v in row]
        self.csv.writerow(row)


class TableWriter(Writer):
    def __init__(self, stream: IO[str]):
        super().__init__(stream)
        self.rows = []

    def _write(self, event: Event) -> None:
        values = event.to_dict()
        values["goldstein"] = f"{event.goldstein:.1f}"
        self.rows.append([_short(str(values[field] if values[field] is not None else ""),
                                 30 if field == "label" else 24) for _, field in TABLE_COLUMNS])

    def close(self) -> None:
        if self.rows:
            headers = [name for name, _ in TABLE_COLUMNS]
            align = ["right" if name in ("quad", "goldstein") else "left" for name in headers]
            self.stream.write(tabulate(self.rows, headers=headers, tablefmt="simple",
                                       disable_numparse=True, colalign=align) + "\n")
        super().close()


def _short(value: str, width: int) -> str:
    return value[: width - 1] + "…" if len(value) > width else value


def open_writer(fmt: str, stream: IO[str]) -> Writer:
    if fmt == "jsonl":
        return JsonLinesWriter(stream)
    if fmt in ("tsv", "csv"):
        return DelimitedWriter(stream, "\t" if fmt == "tsv" else ",")
    if fmt == "table":
        return TableWriter(stream)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")

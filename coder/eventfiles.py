"""Read event tables back: the TSV, CSV, JSON lines and Parquet files ``coder code`` writes.

The analyst's tools (``coder table``, ``coder plot``) read what ``coder code`` wrote, often a
whole corpus of it, so rows are streamed one at a time and only the fields they group by are
kept. The format is told by the file's content, not its name (``events.txt`` holding TSV is
read as TSV; a pipe from ``coder code -f jsonl`` is read as JSON lines; gzip is unpacked). A row that cannot be
read stops the reading with ``file:line: what is wrong``: a table that silently skipped rows
would count wrong. The aligned ``table`` format of ``coder code`` is for people and is not read
back; it is recognised and named in the error.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import itertools
import json
import operator
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from .errors import InputError

# the columns of Event.FIELDS the summaries use; a table without one of them is not an event table
REQUIRED = ("date", "source", "target", "code", "root", "quad_class", "goldstein")
PARQUET_EXTRA = 'pip install "coder[parquet]"'
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class EventRow(NamedTuple):
    """The fields of one event that tables and plots group by and average."""

    date: Optional[dt.date]  # None: the event's story had no date
    source: str
    target: str
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float


def read_events(sources: Iterable[str]) -> Iterator[EventRow]:
    """Every event of every source (a path, or ``-`` for stdin), in file order."""
    for source in sources:
        yield from read_event_file(source)


def read_event_file(source: str) -> Iterator[EventRow]:
    """The events of one file (or ``-``), whichever format ``coder code`` wrote it in."""
    if source == "-":
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        magic = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        if magic == b"PAR1":
            raise InputError("<stdin>: Parquet is read from a file (its index is at the end), not from stdin")
        if magic[:2] == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=stream)
        yield from _read_text(stream, "<stdin>")
        return
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a folder; give the event table files themselves")
    try:
        with path.open("rb") as stream:
            magic = stream.read(4)
        if magic == b"PAR1":
            yield from _read_parquet(path, source)
            return
        opener = gzip.open if magic[:2] == b"\x1f\x8b" else open  # events.tsv.gz, as corpora are kept
        with opener(path, "rb") as stream:
            yield from _read_text(stream, source)
    except (gzip.BadGzipFile, EOFError) as exc:
        raise InputError(f"{source}: a broken gzip file: {exc}") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror}") from None


def _read_text(stream, name: str) -> Iterator[EventRow]:
    """TSV, CSV or JSON lines, told by the first line: ``{`` starts a JSON object, a header of
    column names separated by tabs or commas starts a TSV or CSV table."""
    lines = _decoded(stream, name)
    first = next(lines, None)
    if first is None:  # an empty file: coder code wrote no event as JSON lines
        return
    first = first.lstrip("\ufeff")
    lines = itertools.chain([first], lines)
    if first.lstrip().startswith("{"):
        yield from _read_jsonl(lines, name)
    elif "\t" in first:
        yield from _read_delimited(lines, name, "\t")
    elif "," in first:
        yield from _read_delimited(lines, name, ",")
    elif first.split()[:2] == ["story", "sent"]:
        raise InputError(f"{name}:1: this is the aligned table `coder code` prints for reading, which "
                         "is not read back (it shortens long values); write the events with "
                         "`coder code ... -f tsv` (or csv, jsonl, parquet) and give that file")
    else:
        raise InputError(f"{name}:1: not an event table of `coder code`: expected a TSV or CSV header "
                         "(story_id, sentence_id, date, ...), a JSON object a line, or Parquet")


def _decoded(stream, name: str) -> Iterator[str]:
    """The lines of a stream, decoded one by one (not in blocks), so that a byte that is not
    UTF-8 is reported at its own line. Line ends are kept, as csv wants them."""
    for number, line in enumerate(stream, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}:{number}: not UTF-8 ({exc.reason} at column {exc.start + 1})") from None
        yield line


def _read_delimited(lines: Iterator[str], name: str, delimiter: str) -> Iterator[EventRow]:
    # coder code writes TSV with the csv module too (a quote in a sentence is quoted), so both
    # are read with it; line_num counts the lines of a field that spans several
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
        missing = [column for column in REQUIRED if column not in header]
        if missing:
            kind = "TSV" if delimiter == "\t" else "CSV"
            raise InputError(f"{name}:1: a {kind} header without the column(s) {', '.join(missing)}: "
                             "expected the columns `coder code` writes (story_id, sentence_id, date, ...)")
        width = len(header)
        label = header.index("label") if "label" in header else None
        kept = operator.itemgetter(*(header.index(column) for column in REQUIRED))
        for cells in reader:
            if not cells:
                continue  # a blank line (a hand-edited file's last line)
            if len(cells) != width:
                raise InputError(f"{name}:{reader.line_num}: {len(cells)} fields, expected {width} "
                                 f"as in the header")
            yield _row(kept(cells), "" if label is None else cells[label], name, reader.line_num)
    except csv.Error as exc:
        raise InputError(f"{name}:{reader.line_num}: {exc}") from None


def _read_jsonl(lines: Iterator[str], name: str) -> Iterator[EventRow]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{number}: not JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(record, dict):
            raise InputError(f"{name}:{number}: expected a JSON object (one event a line)")
        missing = [column for column in REQUIRED if column not in record]
        if missing:
            raise InputError(f"{name}:{number}: an event without {', '.join(missing)}")
        yield _row(tuple(record[column] for column in REQUIRED), record.get("label"), name, number)


def _read_parquet(path: Path, name: str) -> Iterator[EventRow]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{name}: a Parquet file; reading it needs pyarrow, an optional extra: "
                         f"{PARQUET_EXTRA}") from None
    try:
        table = pq.ParquetFile(path)
        columns = table.schema_arrow.names
        missing = [column for column in REQUIRED if column not in columns]
        if missing:
            raise InputError(f"{name}: a Parquet file without the column(s) {', '.join(missing)}")
        number = 0
        kept = list(REQUIRED) + (["label"] if "label" in columns else [])
        for batch in table.iter_batches(columns=kept, batch_size=16384):
            for record in batch.to_pylist():
                number += 1
                yield _row(tuple(record[column] for column in REQUIRED), record.get("label"), name,
                           number, ": row ")
    except InputError:
        raise
    except Exception as exc:  # pyarrow's errors have no common base we could name
        raise InputError(f"{name}: not a readable Parquet file: {exc}") from None


def _row(values: tuple, label, name: str, number: int, at: str = ":") -> EventRow:
    """One event's fields (``values`` in ``REQUIRED`` order), checked: a date that is no date,
    or a Goldstein score that is no number, is an error at its line (a count over such rows
    would be wrong). The place is put together only for an error: this runs for every row."""
    date, source, target, code, root, quad_class, goldstein = values
    try:
        goldstein = float(goldstein)
        quad_class = int(quad_class)
        if quad_class not in (0, 1, 2, 3, 4):
            raise ValueError
        date = _date(date)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name}{at}{number}: {_what_is_wrong(values, exc)}") from None
    code = _text(code)
    return EventRow(date, _text(source), _text(target), code, _text(label), _text(root) or code[:2],
                    quad_class, goldstein)


def _what_is_wrong(values: tuple, exc: Exception) -> str:
    date, goldstein, quad_class = values[0], values[6], values[5]
    if isinstance(exc, BadDate):
        return f"date {str(date).strip()!r} is not a date: expected yyyy-mm-dd"
    try:
        float(goldstein)
    except (TypeError, ValueError):
        return f"goldstein {goldstein!r} is not a number"
    return f"quad_class {quad_class!r} is not 0-4"


class BadDate(ValueError):
    """A date cell that holds something other than yyyy-mm-dd."""


def _date(value) -> Optional[dt.date]:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _iso_date(str(value).strip())


@lru_cache(maxsize=65536)
def _iso_date(text: str) -> Optional[dt.date]:
    """A yyyy-mm-dd date, parsed once however many events share it."""
    if not text:
        return None
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise BadDate(text)


def _text(value) -> str:
    return "" if value is None else str(value)

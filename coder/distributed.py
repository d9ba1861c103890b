"""Code JSON-lines files over a Dask cluster: the same table as ``coder code``, from many machines.

    pip install "coder[dask]"
    dask scheduler                                   # on one machine (prints tcp://HOST:8786)
    dask worker tcp://HOST:8786 --nthreads 1         # on each machine, as many as it has cores
    coder distributed stories/*.jsonl --scheduler tcp://HOST:8786 -f tsv -o events.tsv

The files are cut at line ends into byte ranges of about ``blocksize`` (a ``.gz`` file is one
range: it cannot be entered in the middle), each range one partition of a ``dask.bag``. A
worker reads its range itself (the files must be readable at the same path on every worker: a
shared or copied folder) and codes its stories with a Coder it builds once per process and
keeps for every later partition (``coder_for``: the compiled dictionaries come from the cache).
It sends back only what the table needs (events and the stories' url, source and place), and
the client writes the partitions in input order with ``coder code``'s writers, so the table
holds the same bytes as ``coder code`` on the same files with the same options. Bad records
are reported as ``FILE:LINE: reason`` as ``coder code`` reports them. At most two partitions
a worker are in flight, so the client's memory stays flat however large the corpus.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import io
import logging
import sys
import time
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from .errors import CoderError
from .model import ReadError, Story

BLOCKSIZE = 8 << 20  # bytes of JSON lines a partition: some thousands of stories
IN_FLIGHT = 2  # partitions a worker may have waiting


def require_dask():
    """``dask.bag`` and ``distributed``, or a CoderError that names the extra to install."""
    try:
        import dask.bag
        import distributed
    except ImportError as exc:
        raise CoderError(f"coding over a Dask cluster needs the [dask] extra ({exc.name} is not installed): "
                         "pip install \"coder[dask]\"  (or: pip install \"dask[bag]\" distributed)") from None
    return dask.bag, distributed


# --- the partitions ---------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Part:
    """Lines ``line``... of ``path``, the bytes from ``start`` to ``end`` (-1: to the file's end).
    ``path`` is absolute (a worker's folder is not ours); ``name`` is the file as the user gave
    it, for FILE:LINE in reports (the same as ``coder code``'s)."""
    path: str
    start: int
    end: int
    line: int = 1
    name: str = ""


def parts_of(path: Union[str, Path], blocksize: int = BLOCKSIZE) -> Iterator[Part]:
    """A file cut at line ends every ``blocksize`` bytes or so, counting lines so that a bad
    record is reported at its line. A ``.gz`` file, or a ``.json`` file holding an array of
    stories, is one part: neither can be entered in the middle."""
    name, path = str(path), str(Path(path).resolve())
    start = position = 0
    line = 1
    with open(path, "rb") as stream:
        if path.lower().endswith(".gz") or stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            yield Part(path, 0, -1, 1, name)
            return
        stream.seek(0)
        for number, raw in enumerate(stream, 1):
            position += len(raw)
            if position - start >= blocksize:
                yield Part(path, start, position, line, name)
                start, line = position, number + 1
    if position > start or start == 0:
        yield Part(path, start, position, line, name)


def read_part(part: Part, rules: dict) -> list:
    """The records of one part (``Story`` or ``ReadError``), placed at their line in the file."""
    from .readers import read_stream

    if part.end < 0:  # a whole file: .gz, or a JSON array
        with (gzip.open if part.path.lower().endswith(".gz") else open)(part.path, "rb") as stream:
            return list(read_stream(stream, part.name or part.path, "jsonl", **rules))
    with open(part.path, "rb") as stream:
        stream.seek(part.start)
        block = stream.read(part.end - part.start)
    return [_moved(item, part.line - 1) for item in read_stream(io.BytesIO(block), part.name or part.path, "jsonl", **rules)]


def _moved(item, lines: int):
    """A record read from a part, its FILE:LINE counted from the start of the file."""
    name, _, number = item.origin.rpartition(":")
    if not lines or not number.isdigit():
        return item
    return dataclasses.replace(item, origin=f"{name}:{int(number) + lines}")


# --- on a worker --------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def worker_coder(settings: tuple):
    """This process's Coder for ``settings`` (``coder_for``'s options as sorted pairs): built on
    the first partition, kept for the rest, so the dictionaries are loaded once a worker."""
    from .commands import coder_for

    return coder_for(argparse.Namespace(**dict(settings)))


def code_part(part: Part, settings: tuple, rules: dict) -> tuple:
    """Code one part: ``(records, coded stories)``, the stories stripped of their text (the
    client needs only their url, source and place)."""
    from .batch import coded

    records = read_part(part, rules)
    stories = [item for item in records if isinstance(item, Story)]
    results = [coded(result) for result in worker_coder(settings).analyse_stories(stories, parses=False)]
    light = [item if isinstance(item, ReadError) else dataclasses.replace(item, text="", sentences=None)
             for item in records]
    return light, results


# --- on the client ------------------------------------------------------------------------------

def code_files(paths: Sequence[Union[str, Path]], output: Optional[Union[str, Path]] = None, *,
               scheduler: Any = None, workers: Optional[int] = None, fmt: str = "tsv",
               dictionaries: Union[str, Path, Sequence, None] = None, builtins: bool = True,
               reading: Optional[str] = None, model: Optional[str] = None, cache: bool = True,
               date: Optional[str] = None, allow_undated: bool = False, max_chars: int = 200_000,
               columns: Sequence[str] = (), errors: Optional[Union[str, Path]] = None,
               blocksize: int = BLOCKSIZE, quiet: bool = True) -> dict:
    """Code JSON-lines files over a Dask cluster into one table (``output``; None: stdout).

    ``scheduler``: the scheduler's address (``"tcp://host:8786"``), a ``distributed.Client``,
    or None for a cluster of ``workers`` processes on this machine. The other options are
    ``coder code``'s (``columns``: ``("issues", "url")``). Returns the counts (stories,
    sentences, events, skipped by kind).
    """
    args = argparse.Namespace(
        inputs=[str(p) for p in paths], output=Path(output) if output else None, format=fmt,
        dict=_folders(dictionaries), no_builtins=not builtins, reading=reading, model=model, no_cache=not cache,
        date=date, allow_undated=allow_undated, max_chars=max_chars, errors=Path(errors) if errors else None,
        columns=",".join("+" + c.lstrip("+") for c in columns), scheduler=scheduler, workers=workers,
        blocksize=blocksize, quiet=quiet, strict=False)
    return run(args)


def _folders(dictionaries) -> Optional[list]:
    if dictionaries is None or isinstance(dictionaries, (list, tuple)):
        return [Path(d) for d in dictionaries] if dictionaries else None
    return [Path(dictionaries)]


def check(args) -> None:
    """The inputs, the options and the output folder, before any cluster is reached."""
    from .readers import normalize_date

    for path in args.inputs:
        if not Path(path).is_file():
            raise CoderError(f"{path}: no such file (coder distributed reads JSON-lines files: .jsonl, .jsonl.gz)")
    try:
        normalize_date(args.date)
    except ValueError as exc:
        raise CoderError(str(exc)) from None
    if args.blocksize < 1 or (args.workers is not None and args.workers < 1) or args.max_chars < 0:
        raise CoderError("--blocksize and --workers must be at least 1, --max-chars at least 0")
    for name, path in (("--output", args.output), ("--errors", args.errors)):
        if path is not None and not path.parent.is_dir():
            raise CoderError(f"{name} {path}: the folder {path.parent} does not exist")
    if args.format == "parquet" and args.output is None:
        raise CoderError("--format parquet is written to a file: give --output FILE")


def run(args) -> dict:
    """``coder distributed``: code ``args.inputs`` over the cluster, write the table; the counts."""
    from .batch import Chunk, ErrorLog, Output, Run, parse_columns
    from .commands import coder_for
    from .progress import Progress
    from .writers import extra_columns

    bag, distributed = require_dask()
    check(args)
    columns = parse_columns(args.columns)
    folders = tuple(str(Path(folder).resolve()) for folder in args.dict or ()) or None
    settings = tuple(sorted({"dict": folders, "no_builtins": args.no_builtins, "reading": args.reading,
                             "model": args.model, "no_cache": args.no_cache}.items()))
    coder_for(argparse.Namespace(**dict(settings))).nlp  # dictionaries compiled, cached and the model found
    # here, so that a user error is said here, not in a worker's traceback
    rules = {"date": args.date, "allow_undated": args.allow_undated, "max_chars": args.max_chars}
    started = time.perf_counter()
    client, owned = _connect(distributed, args.scheduler, args.workers)
    output = Output(args, extra_columns(columns))
    progress = Progress(enabled=False)
    batch = Run(args, None, columns, progress, output, ErrorLog(args.errors, None) if args.errors else None)
    output.open(False, {}, True)
    try:
        partitions = bag.from_sequence(list(_parts(args.inputs, args.blocksize)), partition_size=1)
        coded = partitions.map(code_part, settings, rules).to_delayed()
        limit = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})))
        for records, results in _in_order(client, coded, limit):
            batch.write(Chunk(records, batch.records + len(records)), results)
    except BaseException:
        output.abandon(close=False)
        raise
    finally:
        if batch.errors:
            batch.errors.close()
        for thing in owned:
            thing.close()
    output.finish()
    if not args.quiet:
        print(f"coder: {progress.summary()}, {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return progress.counts()


def _parts(paths: Iterable[str], blocksize: int) -> Iterator[Part]:
    for path in paths:
        yield from parts_of(path, blocksize)


def _connect(distributed, scheduler, workers: Optional[int]) -> tuple:
    """A Client of the scheduler given (an address, or a Client used as it is), else of a new
    cluster on this machine; and what to close at the end."""
    if isinstance(scheduler, distributed.Client):
        return scheduler, ()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="30s", set_as_default=False)
        except OSError as exc:
            raise CoderError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        return client, (client,)
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None,
                                       silence_logs=logging.ERROR)
    client = distributed.Client(cluster, set_as_default=False)
    return client, (client, cluster)


def _in_order(client, delayed: list, limit: int) -> Iterator[Any]:
    """Each partition's result in input order, with at most ``limit`` partitions in flight.
    A partition's result is a one-element list (the bag's one record)."""
    pending = deque()
    for task in delayed:
        pending.append(client.compute(task))
        while len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


__all__ = ["code_files", "code_part", "parts_of", "read_part", "require_dask", "Part"]

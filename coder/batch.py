"""Code a corpus: ``coder code``'s run.

Stories are read lazily in input order and cut into chunks of whole stories (a story's
sentences stay together: "he" in its third sentence is the president named in its first). The
chunks are coded by a pool of worker processes, forked after the dictionaries and the spaCy
pipeline are loaded (on Linux; elsewhere each worker loads the cached dictionaries once), with
at most two chunks a worker in flight, and written back in input order: the table is the same
bytes whatever the number of workers.

A table written to a file goes to ``.NAME.part`` beside it and is renamed into place when whole.
After each chunk is written, ``.NAME.part.ckpt`` records how many input records were used and
how long the ``.part`` (and the ``--errors`` file) then were; ``--resume`` truncates them to that
point, skips those records and goes on, so that a run killed at any moment (SIGKILL included)
is finished with no story missing and none written twice, byte for byte the table of a run
never stopped. The checkpoint also holds the identity of the run (inputs with sizes and
modification times, the options that shape the table, the dictionaries, reading, model and
coder version): a resume with other inputs or options is refused, not spliced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator, Optional

from . import __version__
from .errors import CoderError
from .model import ReadError, Story
from .progress import Progress
from .readers import Position
from .writers import EXTRA_COLUMNS, extra_columns, open_writer

CHUNK = 64  # stories a worker codes at a time (--chunk), and how often a checkpoint is written
CHUNK_CHARS = 1_000_000  # ... or fewer, when their text reaches this many characters
IN_FLIGHT = 2  # chunks a worker may have waiting, so the reader never runs far ahead
RESUMABLE = ("tsv", "csv", "jsonl")  # written as they go; the table and Parquet are finished at the end
FORK = sys.platform.startswith("linux")  # fork after loading; on macOS forking a loaded process is unsafe
SETTINGS = ("dict", "no_builtins", "reading", "model", "no_cache")  # the options coder_for reads


# --- the work of one worker -----------------------------------------------------------------

@dataclass(frozen=True)
class CodedStory:
    """What the writers need of a coded story, without spaCy objects, so a worker can send it
    back: its events, each with the issues of its sentence."""
    sentences: int
    discarded: bool
    events: tuple = ()  # (Event, issues)


def coded(result) -> CodedStory:
    """A ``StoryResult`` as a ``CodedStory``."""
    events = tuple((event, analysis.issues) for analysis in result.analyses for event in analysis.events)
    return CodedStory(len(result.analyses), result.discarded is not None, events)


_coder = None  # the Coder of this process: set before the pool forks, or loaded by a spawned worker


def code_chunk(stories: list) -> list:
    """Code a chunk of whole stories (in a worker, or in-process with one worker)."""
    return [coded(result) for result in _coder.analyse_stories(stories, parses=False)]  # a long story's parse let go


def _start_worker(settings: Optional[tuple]) -> None:
    """A worker leaves Ctrl-C to the main process, ends itself when that process is gone (killed),
    and, when spawned rather than forked, loads the Coder once (the dictionaries from the cache)."""
    global _coder
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    if settings is not None:
        from .commands import coder_for

        _coder = coder_for(settings)
        loaded()


def _ready() -> int:
    return os.getpid()


class Workers:
    """Chunks coded in input order: in this process (one worker), or by a pool of processes
    with at most ``IN_FLIGHT`` chunks a worker outstanding."""

    def __init__(self, count: int, args):
        self.count, self.pool = count, None
        if count > 1:
            import multiprocessing

            fork = FORK
            settings = None if fork else argparse.Namespace(**{name: getattr(args, name, None) for name in SETTINGS})
            context = multiprocessing.get_context("fork" if fork else "spawn")
            self.pool = ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker,
                                            initargs=(settings,))
            self.pool.submit(_ready).result()  # forked now, before a progress bar starts a thread

    def submit(self, stories: list) -> Future:
        if self.pool is not None:
            return self.pool.submit(code_chunk, stories)
        done = Future()
        done.set_result(code_chunk(stories))
        return done

    def ordered(self, chunks: Iterable["Chunk"]) -> Iterator[tuple]:
        """(chunk, [CodedStory, ...]) for each chunk, in input order."""
        limit = IN_FLIGHT * self.count if self.pool is not None else 1
        pending = deque()
        try:
            for chunk in chunks:
                pending.append((chunk, self.submit(chunk.stories)))
                while len(pending) >= limit:
                    chunk, future = pending.popleft()
                    yield chunk, future.result()
            while pending:
                chunk, future = pending.popleft()
                yield chunk, future.result()
        except BrokenProcessPool:
            raise CoderError("a worker process died (out of memory?); the output is complete up to the "
                             "last whole story: --resume finishes it, fewer --workers use less memory") from None

    def close(self, cancel: bool = False) -> None:
        if self.pool is None:
            return
        if cancel:  # Ctrl-C or an error: the work in flight is thrown away, not waited for
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


# --- reading in chunks ----------------------------------------------------------------------

@dataclass
class Chunk:
    """Consecutive input records (stories and bad records); ``end``: records read up to its end."""
    items: list
    end: int
    stops: bool = False  # ends at the first bad record, under --strict

    @property
    def stories(self) -> list:
        return [item for item in self.items if isinstance(item, Story)]


def records(args, position=None) -> Iterator:
    """Every input record in order: ``Story`` or ``ReadError``. Every source is checked here,
    before any is read (the readers are lazy); ``position`` (``readers.Position``) follows
    how far through the inputs' bytes reading has gone."""
    from .readers import read

    sources = [read(source, args.date, args.input_format, max_chars=args.max_chars,
                    allow_undated=args.allow_undated, position=position) for source in args.inputs]
    return chain.from_iterable(sources)


def chunks(items: Iterable, done: int, size: int, strict: bool) -> Iterator[Chunk]:
    """Chunks of ``size`` whole stories (fewer when long); ``done`` records were read before."""
    current, stories, chars, number = [], 0, 0, done
    for number, item in enumerate(items, done + 1):
        current.append(item)
        if isinstance(item, Story):
            stories += 1
            chars += len(item.text) + sum(len(text) for _, text in item.sentences or ())
        stops = strict and isinstance(item, ReadError)
        if stops or stories >= size or chars >= CHUNK_CHARS:
            yield Chunk(current, number, stops)
            if stops:
                return
            current, stories, chars = [], 0, 0
    if current:
        yield Chunk(current, number)


# --- where the table goes -------------------------------------------------------------------

class Output:
    """The table: stdout, or ``.NAME.part`` renamed to NAME when whole, with a checkpoint
    ``.NAME.part.ckpt`` after each whole chunk when the format is written as it goes."""

    def __init__(self, args, columns: tuple):
        self.path: Optional[Path] = args.output
        self.format, self.columns = args.format, columns
        self.part = self.path.with_name(f".{self.path.name}.part") if self.path else None
        self.ckpt = self.path.with_name(f".{self.path.name}.part.ckpt") if self.path else None
        self.resumable = self.path is not None and self.format in RESUMABLE
        self.raw = self.stream = self.writer = None

    def open(self, resume: bool, identity: dict, quiet: bool) -> Optional[dict]:
        """Open the table; with ``resume``, where the interrupted run stopped (its checkpoint)."""
        state = self._checkpoint(identity, quiet) if resume else None
        if self.ckpt is not None and state is None and self.ckpt.exists():
            self.ckpt.unlink()  # a fresh start: an old checkpoint must not describe the new .part
        if self.path is None:
            self.stream = sys.stdout.buffer if self.format == "parquet" else sys.stdout
        else:
            try:
                self.raw = self.part.open("r+b" if state else "wb")
            except OSError as exc:
                raise CoderError(f"{self.path}: cannot write: {exc.strerror}") from None
            if state:
                self.raw.truncate(state["bytes"])  # what was written after the checkpoint goes
                self.raw.seek(state["bytes"])
            self.stream = (self.raw if self.format == "parquet"
                           else io.TextIOWrapper(self.raw, encoding="utf-8", newline=""))
        self.writer = open_writer(self.format, self.stream, self.columns, header=not state)
        return state

    def _checkpoint(self, identity: dict, quiet: bool) -> Optional[dict]:
        if not (self.ckpt.exists() and self.part.exists()):
            if not quiet:
                print(f"coder: no interrupted run of {self.path} to resume; coding from the start", file=sys.stderr)
            return None
        try:
            state = json.loads(self.ckpt.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CoderError(f"{self.ckpt}: cannot read the checkpoint ({exc}); run without --resume "
                             "to start again") from None
        changed = [key for key in identity if state.get("identity", {}).get(key) != identity[key]]
        if changed:
            raise CoderError(f"cannot resume {self.path}: the {', '.join(changed)} differ from the "
                             "interrupted run's; run the same command, or start again without --resume")
        if self.part.stat().st_size < state["bytes"]:
            raise CoderError(f"cannot resume {self.path}: {self.part} is shorter than its checkpoint "
                             "(a crash of the machine?); start again without --resume")
        return state

    def save(self, state: dict) -> None:
        """Record a checkpoint: everything written so far is on disk (for SIGKILL: in the kernel)."""
        self.stream.flush()
        if not self.resumable:
            return
        state = dict(state, bytes=self.raw.tell())
        temporary = self.ckpt.with_name(self.ckpt.name + ".tmp")
        temporary.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.ckpt)  # a checkpoint is whole, or the previous one stays

    def finish(self) -> None:
        """Close the table and, written to a file, rename it into place."""
        self.writer.close()
        if self.path is not None:
            self.stream.close()
            os.replace(self.part, self.path)
            if self.ckpt.exists():
                self.ckpt.unlink()

    def abandon(self, close: bool = True) -> None:
        """Stopped early: keep a resumable .part as far as its checkpoint, drop any other; on
        stdout, end the output (``close``: lay out the table of the stories so far)."""
        if self.stream is None:
            return
        if self.path is None:
            if close:
                self.writer.close()
            return
        if self.resumable:
            self.stream.flush()
        self.stream.close()
        if not self.resumable and self.part.exists():
            self.part.unlink()


class ErrorLog:
    """``--errors FILE``: each bad record as a JSON line {"file", "line", "kind", "reason"}."""

    def __init__(self, path: Optional[Path], state: Optional[dict]):
        self.path, self.handle = path, None
        if path is None:
            return
        offset = (state or {}).get("errors")
        if state and offset is not None and state.get("errors_path") == str(path) and path.exists():
            self.handle = path.open("r+b")
            self.handle.truncate(offset)
            self.handle.seek(offset)
        else:
            try:
                self.handle = path.open("wb")
            except OSError as exc:
                raise CoderError(f"{path}: cannot write: {exc.strerror}") from None

    def write(self, error: ReadError) -> None:
        if self.handle is not None:
            self.handle.write((json.dumps(error.to_dict(), ensure_ascii=False) + "\n").encode("utf-8"))

    def state(self) -> dict:
        if self.handle is None:
            return {}
        self.handle.flush()
        return {"errors": self.handle.tell(), "errors_path": str(self.path)}

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


# --- Ctrl-C ---------------------------------------------------------------------------------

class Interrupts:
    """Ctrl-C stops at once, except while a chunk is being written: then right after it, so that
    the output always ends with a whole story."""

    def __init__(self):
        self.writing = self.pending = False
        self.previous = None

    def __enter__(self) -> "Interrupts":
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _handle(self, signum, frame) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def protect(self):
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


# --- the run --------------------------------------------------------------------------------

def parse_columns(text: Optional[str]) -> tuple:
    """``+issues,+url`` -> ("issues", "url"): the --columns names, checked, in the order given."""
    names = []
    for part in (text or "").split(","):
        name = part.strip().lstrip("+")
        if not name:
            continue
        if name not in EXTRA_COLUMNS:
            raise CoderError(f"--columns: unknown column {part.strip()!r}; expected "
                             f"{', '.join('+' + n for n in EXTRA_COLUMNS)}")
        if name not in names:
            names.append(name)
    return tuple(names)


SUFFIX_FORMATS = {".tsv": "tsv", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def output_format(fmt: Optional[str], output: Optional[Path]) -> str:
    """The format asked for, else the one the output file's name says: ``-o events.tsv`` is a
    TSV table an analyst loads in pandas or R, not the aligned table printed for reading."""
    if fmt:
        return fmt
    return SUFFIX_FORMATS.get(output.suffix.lower(), "table") if output else "table"


def check(args) -> None:
    """The options and the output paths, before anything is loaded or coded (the inputs and
    --date are checked by ``records``)."""
    args.format = output_format(getattr(args, "format", None), args.output)
    for name in ("workers", "chunk"):
        if getattr(args, name) < 1:
            raise CoderError(f"--{name} must be at least 1")
    if args.max_chars < 0:
        raise CoderError("--max-chars must be 0 (no limit) or more")
    if args.output and not args.output.parent.is_dir():
        raise CoderError(f"{args.output}: the folder {args.output.parent} does not exist")
    if args.errors and not args.errors.parent.is_dir():
        raise CoderError(f"--errors {args.errors}: the folder {args.errors.parent} does not exist")
    if args.format == "parquet" and not args.output:
        raise CoderError("--format parquet is written to a file: give --output FILE")
    if args.format == "parquet":
        from .writers import _pyarrow

        _pyarrow()  # a missing extra is said before any coding
    if args.resume:
        if not args.output:
            raise CoderError("--resume finishes a table written to a file: give the same --output FILE")
        if args.format not in RESUMABLE:
            raise CoderError(f"--resume: the {args.format} format is finished at the end of a run and cannot "
                             f"be resumed; use --format {', '.join(RESUMABLE)}")
        if "-" in args.inputs:
            raise CoderError("--resume cannot check that stdin holds the same stories again; give files")


def identity(coder, args, columns: tuple) -> dict:
    """What a table depends on: a checkpoint made for other inputs or options is not resumed."""
    from .dictionary import fingerprint
    from .provenance import input_files

    meta = coder.nlp.meta
    return {"inputs": input_files(args.inputs, hashed=False),
            "options": {"format": args.format, "columns": list(columns), "date": args.date,
                        "input_format": args.input_format, "max_chars": args.max_chars,
                        "allow_undated": args.allow_undated, "no_builtins": getattr(args, "no_builtins", False)},
            "dictionaries": fingerprint(args.dict), "reading": coder.reading.name,
            "model": f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
            "versions": f"coder {__version__} spacy {metadata.version('spacy')}"}


@dataclass
class Run:
    """One `coder code` run over its inputs."""
    args: object
    coder: object
    columns: tuple
    progress: Progress
    output: Output
    errors: Optional[ErrorLog] = None
    began: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    records: int = 0  # input records used (stories and bad records)
    resumed: bool = False
    workers: int = 1
    identity: dict = field(default_factory=dict)
    position: Optional[object] = None  # readers.Position of the inputs, for the progress bar's ETA

    def write(self, chunk: Chunk, results: list) -> None:
        """Write a chunk's stories and report its bad records, then record a checkpoint."""
        results = iter(results)
        for item in chunk.items:
            if isinstance(item, ReadError):
                self.report(item)
                continue
            story: CodedStory = next(results)
            extra = {"url": item.url, "news_source": item.source, "story_source": item.origin}
            for event, issues in story.events:
                extra["issues"] = issues
                self.output.writer.write(event, extra)
            self.progress.story(story.sentences, len(story.events), story.discarded,
                                self.position.fraction() if self.position is not None else None)
        self.records = chunk.end
        self.output.save({"identity": self.identity, "records": self.records, "counts": self.progress.counts(),
                          "started": self.began.isoformat(), **(self.errors.state() if self.errors else {})})

    def report(self, error: ReadError) -> None:
        self.progress.skip(error.kind)
        if self.errors:
            self.errors.write(error)
        if not self.args.strict:
            print(f"coder: skipped {error}", file=sys.stderr)


def run(args) -> int:
    """Code the inputs into the table: the exit status (0: coded; 1: nothing could be coded;
    2: --strict met a bad record; 130: interrupted)."""
    started = time.perf_counter()
    batch, items = start(args)
    try:
        stopped = code_all(batch, items)
    except KeyboardInterrupt:
        print(interrupted_message(batch), file=sys.stderr)
        return 130
    finally:
        if batch.errors:
            batch.errors.close()
    output, progress = batch.output, batch.progress
    if stopped is not None:
        output.abandon()
        where = (f"; {output.part} holds them (--resume without --strict codes the rest, skipping it)"
                 if output.resumable else "")
        raise CoderError(f"{stopped} (--strict stops at the first bad record: the output is complete up to "
                         f"the {progress.stories} stories before it{where})")
    output.finish()
    if args.output:  # how the table was made, beside it
        from . import provenance

        record = provenance.record(batch.coder, args, progress.counts(), batch.began, batch.workers, batch.resumed)
        provenance.write(args.output, record)
    if not args.quiet:
        print(f"coder: {progress.summary()}, {time.perf_counter() - started:.2f} s"
              + (" (resumed)" if batch.resumed else ""), file=sys.stderr)
    return 1 if progress.skipped and not progress.stories else 0


def start(args) -> tuple:
    """Check, load the Coder, open the table (where an interrupted run stopped, with --resume):
    the ``Run`` and the input records."""
    from .commands import coder_for

    global _coder
    check(args)
    columns = parse_columns(args.columns)
    position = Position()
    items = records(args, position)
    _coder = coder = coder_for(args)
    coder.nlp  # a missing model is reported before any output is written
    loaded()
    output = Output(args, extra_columns(columns))
    batch = Run(args, coder, columns, Progress(enabled=False if args.quiet else None), output)
    batch.position = position
    batch.identity = identity(coder, args, columns)
    state = output.open(args.resume, batch.identity, args.quiet)
    if state:
        batch.resumed, batch.records = True, state["records"]
        batch.began = dt.datetime.fromisoformat(state["started"])
        batch.progress.restore(state["counts"])
    batch.errors = ErrorLog(args.errors, state) if args.errors else None
    return batch, items


def loaded() -> None:
    """Leave what is loaded (the dictionaries, the spaCy pipeline) out of the garbage
    collector's full passes: they live as long as the process, and each full pass walked all of
    their objects again while coding (a tenth of ``coder code``'s CPU time on 2,000
    one-sentence stories). Before the pool forks, so the workers inherit it (and their pages stay
    shared: no pass writes to those objects' headers)."""
    gc.freeze()


def code_all(batch: Run, items: Iterator) -> Optional[ReadError]:
    """Code and write every chunk after the records already done; the bad record --strict
    stopped at, if any. On Ctrl-C or an error the pool is stopped and the .part kept as far
    as its checkpoint."""
    args, workers = batch.args, None
    try:
        with Interrupts() as interrupts:
            pieces = chunks(islice(items, batch.records, None), batch.records, args.chunk, args.strict)
            first = list(islice(pieces, 2))  # one chunk in all: coded in this process, no pool
            workers = Workers(args.workers if len(first) > 1 else 1, args)
            batch.workers = workers.count
            with batch.progress:
                for chunk, results in workers.ordered(chain(first, pieces)):
                    with interrupts.protect():
                        batch.write(chunk, results)
                    if chunk.stops:
                        workers.close()
                        return chunk.items[-1]
    except BaseException as exc:
        if workers:
            workers.close(cancel=True)
        batch.output.abandon(close=isinstance(exc, KeyboardInterrupt))
        raise
    workers.close()
    return None


def interrupted_message(batch: Run) -> str:
    stories, output = batch.progress.stories, batch.output
    if output.path is None:
        return (f"coder: interrupted; the output holds the first {stories} stories, whole (written to a file "
                "with --output, a table can be finished later with --resume)")
    if not output.resumable:
        return (f"coder: interrupted after {stories} stories; {output.path} was not written (the {output.format} "
                f"format is finished at the end: tsv, csv and jsonl can be resumed)")
    return (f"coder: interrupted; {stories} stories are written, whole, to {output.part}; run the same "
            f"command with --resume to finish {output.path}")

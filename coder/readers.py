"""Read stories: JSON lines, a JSON array, PETRARCH XML, plain text files, folders of them,
``.gz`` of any of them, or stdin.

Readers yield ``Story`` objects and, for records that cannot be used, ``ReadError``s that say
``file:line: reason`` and name the kind of problem (``KINDS``); one bad record never stops the
rest from being read. Everything is read lazily, piece by piece: a JSON-lines file a line at a
time, PETRARCH XML a record at a time, a folder a file at a time, so that memory stays flat
however large the corpus (a ``.json`` array is the exception: it is parsed whole).
"""

from __future__ import annotations

import codecs
import datetime as _dt
import gzip
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from .errors import InputError
from .model import ReadError, Story

FORMATS = ("jsonl", "xml", "txt")
SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".xml": "xml", ".txt": "txt"}
DEFAULT_MAX_CHARS = 200_000
Item = Union[Story, ReadError]

# Every kind of ReadError, with what it means (docs/input.md shows an example of each).
KINDS = {
    "invalid-json": "a line (or a .json array) that is not valid JSON",
    "not-utf8": "a line, record or file that is not UTF-8 text",
    "not-an-object": "a JSON value that is not an object {...}",
    "no-id": "no 'id' (or <Sentence id>), an empty one, or one that is not a string or whole number",
    "no-text": "no text, an empty one, or one that is not a string",
    "too-long": "a story whose text is over max_chars characters: skipped whole",
    "bad-date": "a date that is not yyyy-mm-dd or yyyymmdd",
    "no-date": "a story without a date, no default date given, and undated stories not allowed",
    "bad-xml": "a PETRARCH record that is not well-formed XML",
    "no-records": "an input read as PETRARCH XML that holds no <Sentence> record",
    "unreadable": "a file that cannot be opened or read to its end (permissions, a broken .gz)",
}

_BLOCK = 1 << 16  # bytes read at a time
_BOM = codecs.BOM_UTF8
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Rules:
    """What a reader does with a story's date and length: ``date`` (ISO) fills stories without
    one; without it an undated story is a ``no-date`` error unless ``allow_undated``; a text over
    ``max_chars`` characters (0: no limit) is a ``too-long`` error."""

    date: Optional[str] = None
    max_chars: int = DEFAULT_MAX_CHARS
    allow_undated: bool = False


def normalize_date(value) -> Optional[str]:
    """A story date as ISO yyyy-mm-dd; accepts yyyymmdd, yyyy-mm-dd and ISO date-times."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"date {value!r}: expected yyyy-mm-dd or yyyymmdd") from None


def rules_for(date: Optional[str] = None, max_chars: int = DEFAULT_MAX_CHARS,
              allow_undated: bool = False) -> Rules:
    """The reading rules, the default date checked: a bad one is an ``InputError`` (a user
    error, reported before anything is read)."""
    try:
        iso = normalize_date(date)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if max_chars is None or max_chars < 0:
        raise InputError(f"max_chars {max_chars!r}: expected a number of characters, 0 for no limit")
    return Rules(iso, max_chars, allow_undated)


# --- where the stories are ----------------------------------------------------------------


class Position:
    """How far reading has gone through its inputs, in bytes on disk (a .gz file's compressed
    bytes): what a progress bar estimates the stories still to come from, as reading is lazy
    and the number of stories unknown. Unknown (None) when an input is stdin."""

    def __init__(self) -> None:
        self.total, self.finished, self.known = 0, 0, True
        self._file = None

    def expect(self, paths: Iterable[Path]) -> None:
        for path in paths:
            try:
                self.total += path.stat().st_size
            except OSError:
                pass  # reported when it is read

    def fraction(self) -> Optional[float]:
        """The share of the inputs' bytes read so far (0 to 1), or None when not known."""
        if not self.known or not self.total:
            return None
        try:
            current = self._file.tell() if self._file is not None else 0
        except (OSError, ValueError):
            current = 0
        return min(1.0, (self.finished + current) / self.total)


def read(source: str, date: Optional[str] = None, fmt: Optional[str] = None, *,
         max_chars: int = DEFAULT_MAX_CHARS, allow_undated: bool = False,
         position: Optional[Position] = None) -> Iterator[Item]:
    """Stories from a file, a folder (every .jsonl/.json/.ndjson/.xml/.txt in it, and their .gz,
    sorted) or ``-`` (stdin, its format sniffed from its first characters).

    The source, ``fmt`` and ``date`` are checked at once (``InputError``: no such file, an
    empty folder, a bad date); reading starts when the result is iterated, lazily. A
    ``position`` follows how far through the files' bytes reading has gone.
    """
    position = position if position is not None else Position()
    rules = rules_for(date, max_chars, allow_undated)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if source == "-":
        position.known = False
        return _read_stdin(fmt, rules)
    path = Path(source)
    if path.is_dir():
        files = story_files(path)
        if not files:
            raise InputError(f"{source}: no .jsonl, .json, .xml or .txt files (or .gz of them) in this folder")
        position.expect(files)
        return _read_folder(path, files, fmt, rules, position)
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    position.expect([path])
    return _read_path(path, fmt, rules, position=position)


def story_files(folder: Path) -> list:
    """The files of a folder that ``read`` reads, in the order it reads them."""
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and _suffix_format(p))


def _read_stdin(fmt: Optional[str], rules: Rules) -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None) or _TextAsBytes(sys.stdin)  # a notebook's stdin has no bytes
    yield from _stories(stream, "<stdin>", fmt, "stdin", rules)


class _TextAsBytes:
    """A text stream read as UTF-8 bytes, a block at a time."""

    def __init__(self, text):
        self.text = text

    def read1(self, size: int) -> bytes:
        return self.text.read(max(1, size // 4)).encode("utf-8", errors="surrogateescape")


def _read_folder(folder: Path, files: list, fmt: Optional[str], rules: Rules,
                 position: Optional[Position] = None) -> Iterator[Item]:
    for file in files:  # a .txt story's id is its path in the folder: a/article and b/article differ
        yield from _read_path(file, fmt, rules, _stem(file.relative_to(folder)), position)


def read_file(path: Path, date: Optional[str] = None, fmt: Optional[str] = None,
              stem: Optional[str] = None, *, max_chars: int = DEFAULT_MAX_CHARS,
              allow_undated: bool = False) -> Iterator[Item]:
    """The stories of one file (``stem``: the id of a .txt story, by default the file's name)."""
    return _read_path(Path(path), fmt, rules_for(date, max_chars, allow_undated), stem)


def read_stream(stream: BinaryIO, name: str = "<stdin>", fmt: Optional[str] = None, *,
                stem: Optional[str] = None, date: Optional[str] = None, max_chars: int = DEFAULT_MAX_CHARS,
                allow_undated: bool = False) -> Iterator[Item]:
    """The stories of an open binary stream (gzip-compressed or not), read as it comes; errors
    name ``name``. Without ``fmt`` the format is sniffed from the first characters. A text
    story's id is ``stem``, by default the name's file name without its suffixes."""
    stem = stem or ("stdin" if name == "<stdin>" else _stem(Path(Path(name).name)))
    return _stories(stream, name, fmt, stem, rules_for(date, max_chars, allow_undated))


def _suffix_format(path: Path) -> Optional[str]:
    """The format a file's name says: ``stories.jsonl`` and ``stories.jsonl.gz`` are JSON lines."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIXES.get(Path(name).suffix)


def _stem(relative: Path) -> str:
    """A .txt story's id: its path without the suffixes that give its format (a/article.txt.gz -> a/article)."""
    if relative.suffix.lower() == ".gz":
        relative = relative.with_suffix("")
    return (relative.with_suffix("") if relative.suffix.lower() in SUFFIXES else relative).as_posix()


def _read_path(path: Path, fmt: Optional[str], rules: Rules, stem: Optional[str] = None,
               position: Optional[Position] = None) -> Iterator[Item]:
    try:
        raw = path.open("rb")
        size = os.fstat(raw.fileno()).st_size
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    stream = gzip.GzipFile(fileobj=raw, mode="rb") if path.suffix.lower() == ".gz" else raw
    if position is not None:
        position._file = raw
    try:
        with raw, stream:
            yield from _stories(stream, str(path), fmt or _suffix_format(path), stem or _stem(Path(path.name)), rules)
    finally:
        if position is not None:
            position._file, position.finished = None, position.finished + size


# --- one binary input, read piece by piece ------------------------------------------------------


class _Replay(io.RawIOBase):
    """A stream that gives back the bytes already taken from it to sniff its format, then the rest."""

    def __init__(self, prefix: bytes, stream):
        self._prefix, self._stream = prefix, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._prefix:
            data, self._prefix = self._prefix[:len(buffer)], self._prefix[len(buffer):]
        else:
            data = _read_some(self._stream, len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _first_character(data: bytes) -> bytes:
    """The first byte that is not blank, after a byte-order mark if there is one (b"" if none yet)."""
    data = data.lstrip()
    return (data[len(_BOM):].lstrip() if data.startswith(_BOM) else data)[:1]


def _read_some(stream, size: int) -> bytes:
    """What the stream has now, up to ``size`` bytes: a pipe's first lines are read as they come,
    not after ``size`` bytes have arrived."""
    return stream.read1(size) if hasattr(stream, "read1") else stream.read(size)


class _Input:
    """One binary input: its first non-blank byte (``start``, to sniff its format) and its bytes,
    as lines or blocks. A failure part-way (a truncated .gz, a disk error) ends the input; it is
    kept in ``failure``, to be reported after the stories read before it."""

    def __init__(self, stream, name: str):
        self.name, self.failure, self.start, self._lines = name, None, b"", 0
        prefix = b""
        try:
            while not self.start:  # blank lines first: read on to the first character
                block = _read_some(stream, _BLOCK)
                if not block:
                    break
                prefix += block
                self.start = _GZIP_MAGIC if prefix.startswith(_GZIP_MAGIC) else _first_character(prefix)
        except (OSError, EOFError, zlib.error) as exc:
            self._fail(exc)
        self.buffer = io.BufferedReader(_Replay(prefix, stream), _BLOCK)

    def _fail(self, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        past = f" past line {self._lines} (the stories before it were read)" if self._lines else ""
        self.failure = ReadError(self.name, f"cannot read{past}: {reason}", "unreadable")

    def lines(self) -> Iterator[bytes]:
        if self.failure:
            return
        try:
            for line in self.buffer:
                self._lines += 1
                yield line
        except (OSError, EOFError, zlib.error) as exc:
            self._fail(exc)

    def blocks(self) -> Iterator[bytes]:
        if self.failure:
            return
        try:
            while True:
                block = self.buffer.read1(_BLOCK)
                if not block:
                    return
                yield block
        except (OSError, EOFError, zlib.error) as exc:
            self._fail(exc)

    def text_blocks(self) -> Iterator[str]:
        """The input as text, a block at a time; bytes that are not UTF-8 are kept as lone
        surrogates (surrogateescape), for the reader to report where they are."""
        decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
        for block in self.blocks():
            yield decoder.decode(block)
        yield decoder.decode(b"", final=True)


def sniff(start: Union[str, bytes]) -> str:
    """Guess the format of unnamed input from its first non-blank character: '{' or '[' JSON,
    '<' XML, anything else plain text."""
    start = start.decode("latin-1") if isinstance(start, bytes) else start.lstrip()[:1]
    return "jsonl" if start in ("{", "[") else "xml" if start == "<" else "txt"


def _stories(stream, name: str, fmt: Optional[str], stem: str, rules: Rules) -> Iterator[Item]:
    source = _Input(stream, name)
    if source.start == _GZIP_MAGIC and not source.failure:  # gzip-compressed stdin or file without .gz
        source = _Input(gzip.GzipFile(fileobj=source.buffer, mode="rb"), name)
    fmt = fmt or sniff(source.start)
    if fmt == "jsonl":
        array = source.start == b"[" and not _lines_only(name)
        items = _json_array(source, rules) if array else _json_lines(source, rules)
    elif fmt == "xml":
        items = _petrarch_stories(source, rules)
    elif fmt == "txt":
        items = _plain(source, stem, rules)
    else:
        raise InputError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")
    yield from items
    if source.failure:
        yield source.failure


def _lines_only(name: str) -> bool:
    """A .jsonl or .ndjson file (or a .gz of one) holds JSON lines only: a '[' at its start is a
    bad first line, not an array of stories (as it is in a .json file or on stdin)."""
    name = name.lower()
    return (name[:-3] if name.endswith(".gz") else name).endswith((".jsonl", ".ndjson"))


# --- one story, checked --------------------------------------------------------------------


def _date_or_error(value, origin: str, rules: Rules) -> Union[Optional[str], ReadError]:
    """The story's ISO date, the default date when it has none, or the ReadError that says why not."""
    try:
        date = normalize_date(value)
    except ValueError as exc:
        return ReadError(origin, str(exc), "bad-date")
    if date is None and rules.date is None and not rules.allow_undated:
        return ReadError(origin, "no date (give one to stories without a date with --date, "
                                 "or code them undated with --allow-undated)", "no-date")
    return date or rules.date


def _too_long(origin: str, story_id: str, length: int, rules: Rules) -> Optional[ReadError]:
    if rules.max_chars and length > rules.max_chars:
        return ReadError(origin, f"story {story_id!r} has {length:,} characters of text, over --max-chars "
                                 f"{rules.max_chars:,}: skipped whole (raise --max-chars to code it)", "too-long")
    return None


def _story(record, origin: str, rules: Rules) -> Item:
    """A Story from one JSON record, or the ReadError that says why not."""
    if not isinstance(record, dict):
        return ReadError(origin, f"expected a JSON object {{\"id\", \"date\", \"text\"}}, not {_json_type(record)}",
                         "not-an-object")
    ident, text = record.get("id"), record.get("text")
    if ident is None or ident == "":
        return ReadError(origin, "missing 'id' and 'text'" if text is None else "missing 'id'", "no-id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        return ReadError(origin, f"'id' must be a string or a whole number, not {json.dumps(ident)[:40]}", "no-id")
    if text is None:
        return ReadError(origin, "missing 'text'", "no-text")
    if not isinstance(text, str):
        return ReadError(origin, f"'text' must be a string, not {_json_type(text)}", "no-text")
    if not text.strip():
        return ReadError(origin, "empty 'text'", "no-text")
    long = _too_long(origin, str(ident), len(text), rules)
    if long:
        return long
    date = _date_or_error(record.get("date"), origin, rules)
    if isinstance(date, ReadError):
        return date
    story = Story(id=str(ident), text=text, date=date, title=_optional_str(record.get("title")),
                  source=_optional_str(record.get("source")), url=_optional_str(record.get("url")), origin=origin)
    for field in ("id", "text", "title", "source", "url"):
        value = getattr(story, field)
        if value is not None and not _is_utf8(value):  # a "\ud800" escape: not text, no table could hold it
            return ReadError(origin, f"'{field}' holds an unpaired surrogate escape (\\ud800-\\udfff), which is "
                                     f"not text", "not-utf8")
    return story


def _json_type(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def _optional_str(value) -> Optional[str]:
    return None if value is None else str(value)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- JSON lines and JSON arrays --------------------------------------------------------------


def _json_lines(source: _Input, rules: Rules) -> Iterator[Item]:
    """One story per line: {"id", "date", "text"}, optional "title", "source", "url". Lines are
    split on newline bytes only (a U+2028 inside a text is no line break), each decoded on its
    own: a line that is not UTF-8 is reported and the next one read."""
    for number, raw in enumerate(source.lines(), 1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if not raw.strip():
            continue
        yield _json_line(raw, f"{source.name}:{number}", rules)


def _json_line(raw: bytes, origin: str, rules: Rules) -> Item:
    raw = raw[:-1] if raw.endswith(b"\n") else raw  # so that a column is that of the line
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadError(origin, f"not UTF-8 text ({exc.reason} at byte {exc.start + 1} of the line)", "not-utf8")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(origin, f"not valid JSON ({_json_problem(exc)} at column {exc.colno})", "invalid-json")
    except (ValueError, RecursionError) as exc:  # an integer of 5,000 digits, arrays nested 10,000 deep
        return ReadError(origin, f"not valid JSON ({str(exc)[:80] or type(exc).__name__})", "invalid-json")
    return _story(record, origin, rules)


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_array(source: _Input, rules: Rules) -> Iterator[Item]:
    """A .json file holding an array of story objects (a pretty-printed export). The file is
    read whole, its elements decoded one by one: each bad element is reported with its number
    and line; JSON that is broken ends the array there (its end cannot be found)."""
    text = b"".join(source.blocks()).decode("utf-8-sig", errors="surrogateescape")
    decoder, name = json.JSONDecoder(), source.name
    position = _JSON_SPACE.match(text).end() + 1  # past the '['
    lines = _LineCounter(text)
    index = 0
    while True:
        position = _JSON_SPACE.match(text, position).end()
        if index == 0 and text.startswith("]", position):
            return
        index += 1
        origin = f"{name}:{lines.at(position)}"
        try:
            record, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{name}:{exc.lineno}", f"not valid JSON ({_json_problem(exc)} at column {exc.colno}); "
                                                    f"the rest of the array is not read", "invalid-json")
            return
        except (ValueError, RecursionError) as exc:
            yield ReadError(origin, f"not valid JSON ({str(exc)[:80] or type(exc).__name__}); "
                                    f"the rest of the array is not read", "invalid-json")
            return
        item = _story(record, origin, rules)
        yield item if isinstance(item, Story) else ReadError(origin, f"story {index} of the array: {item.reason}",
                                                             item.kind)
        position = _JSON_SPACE.match(text, position).end()
        if text.startswith(",", position):
            position += 1
            continue
        if not text.startswith("]", position):
            where = lines.at(position)
            yield ReadError(f"{name}:{where}", "not valid JSON (expected ',' or ']' after "
                                               f"story {index} of the array); the rest is not read", "invalid-json")
        return


class _LineCounter:
    """Line numbers of increasing positions in a text, counted once."""

    def __init__(self, text: str):
        self.text, self.position, self.line = text, 0, 1

    def at(self, position: int) -> int:
        if position > self.position:
            self.line += self.text.count("\n", self.position, position)
            self.position = position
        return self.line


# --- PETRARCH XML ----------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE = re.compile(r"<Sentence\b.*?(?:</Sentence\s*>|(?=<Sentence\b)|\Z)", re.DOTALL)
# A record, or one of the elements between records that PETRARCH acts on (<Config>, <Stop>).
_ELEMENT = re.compile(_SENTENCE.pattern + r"|<(Config|Stop)\b[^>]*>", re.DOTALL)
_STORY_OF = re.compile(r"^(.*?)[-_]\d+$")


def story_id_of(sentence_id: str) -> str:
    """PETRARCH sentence ids are story id + '-N' or '_N': the story is what comes before."""
    match = _STORY_OF.match(sentence_id)
    return match.group(1) if match else sentence_id


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _without_comments(blocks: Iterable[str]) -> Iterator[str]:
    """The text with its comments blanked out (lines kept); a comment that a block boundary
    cuts is held back until it closes."""
    pending = ""
    for block in blocks:
        text = _COMMENT.sub(_blank, pending + block)
        cut = text.find("<!--")  # after the substitution any "<!--" left has no end yet
        if cut < 0:
            cut = len(text) - next((k for k in (3, 2, 1) if text.endswith("<!-"[:k])), 0)
        if cut:
            yield text[:cut]
        pending = text[cut:]
    if pending:
        yield pending  # a comment never closed: its text is read, as a parser reading on would


def _scan(blocks: Iterable[str]) -> Iterator[tuple]:
    """Each <Sentence> record, <Config> and <Stop> element of a PETRARCH text as (line, snippet,
    is_record), reading the text block by block: a record is taken once its end is in view (its
    closing tag, the next <Sentence>, or the end of the text); the text between elements is
    dropped. Each record is then parsed on its own, so that one broken record loses only itself
    (``iterparse`` would stop the whole file at the first stray '&', and refuse a file of bare
    records without one root element)."""
    buffer, line = "", 1  # line: the line number at buffer[0]
    blocks = iter(blocks)
    done = False
    while not done:
        block = next(blocks, None)
        done = block is None
        buffer += block or ""
        position, at, end, hold = 0, line, 0, None  # at: the line at position
        for match in _ELEMENT.finditer(buffer):
            record = match.group(1) is None
            if record and not done and _open_ended(buffer, match):
                hold = match.start()  # wait for the rest of this record
                break
            at += buffer.count("\n", position, match.start())
            position, end = match.start(), match.end()
            yield at, match.group(0), record
        if hold is None:  # keep what may be the start of the next element
            tail = buffer.rfind("<", end)
            hold = tail if tail >= 0 else len(buffer)
        at += buffer.count("\n", position, hold)
        buffer, line = buffer[hold:], at


def _open_ended(buffer: str, match: re.Match) -> bool:
    """A record whose end is not in view: no closing tag, and the text stops at or just after it."""
    snippet = match.group(0)
    closed = snippet.endswith(">") and snippet[:-1].rstrip().endswith("</Sentence")
    return not closed and len(buffer) - match.end() <= len("<Sentence>")


def petrarch_elements(text: Union[str, Iterable[str]], name: str) -> Iterator[Union[tuple, ReadError]]:
    """The <Sentence> records of PETRARCH XML, and the <Config> and <Stop> elements outside
    them, in document order, as (origin, element, lines); comments are blanked out (lines
    kept). ``lines`` is the line of each <Config> inside a record, in document order. A record
    that is not well-formed (or not UTF-8) is a ReadError; the rest are still read. ``text`` is
    the whole text or its blocks, read as they come."""
    for line, snippet, record in _scan(_without_comments([text] if isinstance(text, str) else text)):
        origin = f"{name}:{line}"
        if not _is_utf8(snippet):
            yield ReadError(origin, "not UTF-8 text", "not-utf8")
            continue
        if not record:  # <Config ...> or <Stop>: the opening tag holds all PETRARCH reads
            snippet = snippet if snippet.endswith("/>") else snippet[:-1] + "/>"
        try:
            element = ET.fromstring(snippet)
        except ET.ParseError as exc:
            row, column = exc.position
            problem = str(exc).split(":")[0]  # "not well-formed (invalid token)", "unclosed token", ...
            yield ReadError(origin, f"not well-formed XML ({problem} at line {line + row - 1}, column {column + 1})",
                            "bad-xml")
            continue
        inner = tuple(line + snippet.count("\n", 0, m.start())
                      for m in re.finditer(r"<Config\b", snippet)) if record else ()
        yield origin, element, inner


def petrarch_records(text: Union[str, Iterable[str]], name: str) -> Iterator[Union[tuple, ReadError]]:
    """Each <Sentence> record as (origin, element), comments blanked out (lines kept)."""
    for item in petrarch_elements(text, name):
        if isinstance(item, ReadError):
            yield item
        elif item[1].tag == "Sentence":
            yield item[0], item[1]


class _Group:
    """The consecutive records of one story being gathered; its text is dropped (and only
    counted) once it is over max_chars, so that a runaway story cannot fill the memory."""

    def __init__(self, origin: str, sentence_id: str, date: Optional[str], alone: bool):
        self.origin, self.first_id, self.date, self.alone = origin, sentence_id, date, alone
        self.sentences: list = []
        self.length = 0

    def takes(self, sentence_id: str, date: Optional[str], alone: bool) -> bool:
        return not (alone or self.alone or self.date != date or story_id_of(self.first_id) != story_id_of(sentence_id))

    def add(self, sentence_id: str, body: str, rules: Rules) -> None:
        self.length += len(body) + bool(self.sentences)
        if not (rules.max_chars and self.length > rules.max_chars):
            self.sentences.append((sentence_id, body))

    def story(self, rules: Rules) -> Item:
        story_id = self.first_id if self.alone else story_id_of(self.first_id)
        return _too_long(self.origin, story_id, self.length, rules) or Story(
            id=story_id, text="", date=self.date, sentences=tuple(self.sentences), origin=self.origin)


def read_petrarch_xml(text: Union[str, Iterable[str]], name: str, *, date: Optional[str] = None,
                      max_chars: int = DEFAULT_MAX_CHARS, allow_undated: bool = False) -> Iterator[Item]:
    """The stories of a PETRARCH XML text (a string, or its blocks as they are read)."""
    yield from _petrarch(text, name, rules_for(date, max_chars, allow_undated))


def _petrarch_stories(source: _Input, rules: Rules) -> Iterator[Item]:
    found = False
    for item in _petrarch(source.text_blocks(), source.name, rules):
        found = True
        yield item
    if not found and not source.failure:
        yield ReadError(source.name, "no <Sentence> records: not PETRARCH XML (see --input-format)", "no-records")


def _petrarch(text: Union[str, Iterable[str]], name: str, rules: Rules) -> Iterator[Item]:
    """PETRARCH XML: <Sentence id date><Text>. Consecutive sentences of one story id and one
    date are coded as one story (sentence ids kept); a sentence always keeps its own date. A
    record carrying its own expected coding (<EventCoding>: a validation or unit-test record) is
    a story of its own, with its sentence id as story id, so that nothing (a pronoun's referent,
    a story discard) carries over between unrelated records."""
    group: Optional[_Group] = None
    for item in petrarch_records(text, name):
        if isinstance(item, ReadError):
            yield item
            continue
        origin, element = item
        sentence_id = (element.get("id") or "").strip()
        body = " ".join((element.findtext("Text") or "").split())
        if not sentence_id:
            yield ReadError(origin, "<Sentence> has no id", "no-id")
            continue
        if not body:
            yield ReadError(origin, f"<Sentence id={sentence_id!r}> has no <Text>", "no-text")
            continue
        date = _date_or_error(element.get("date"), origin, rules)
        if isinstance(date, ReadError):
            yield date
            continue
        alone = next(element.iter("EventCoding"), None) is not None
        if group and not group.takes(sentence_id, date, alone):
            yield group.story(rules)
            group = None
        group = group or _Group(origin, sentence_id, date, alone)
        group.add(sentence_id, body, rules)
    if group:
        yield group.story(rules)


# --- plain text ------------------------------------------------------------------------------


def _plain(source: _Input, stem: str, rules: Rules) -> Iterator[Item]:
    """A plain-text story: id = its path in the folder (or file name stem); a short first line
    without final stop is the headline. Read a block at a time; past max_chars the text is only
    counted, so that a stray huge file costs no memory."""
    name, origin = source.name, f"{source.name}:1"
    parts, length, lines = [], 0, 0
    for block in source.text_blocks():
        bad = _NOT_UTF8.search(block)
        if bad:
            line = lines + block.count("\n", 0, bad.start()) + 1
            yield ReadError(f"{name}:{line}", f"not UTF-8 text (byte 0x{ord(bad.group()) - 0xDC00:02x})", "not-utf8")
            return
        length += len(block)
        lines += block.count("\n")
        if not (rules.max_chars and length > rules.max_chars):
            parts.append(block)
    if source.failure:
        return
    long = _too_long(origin, stem, length, rules)  # first: of a long file only the start is kept
    if long:
        yield long
        return
    text = "".join(parts)
    if not text.strip():
        yield ReadError(origin, "empty story", "no-text")
        return
    date = _date_or_error(None, origin, rules)
    if isinstance(date, ReadError):
        yield date
        return
    lines_of = text.splitlines()
    while lines_of and not lines_of[0].strip():
        lines_of.pop(0)
    title = None
    rest = [line for line in lines_of[1:] if line.strip()]
    first = lines_of[0].strip()
    if rest and len(first.split()) <= 25 and first[-1:] not in ".!?\"”'’:;":
        title, lines_of = first, lines_of[1:]
    yield Story(id=stem, text="\n".join(lines_of).strip(), date=date, title=title, origin=origin)


_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message without a trailing 'at' ("Unterminated string starting at"), as the
    column follows it in our message."""
    return re.sub(r"\s+at$", "", exc.msg)

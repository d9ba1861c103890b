"""Read stories: JSON lines, PETRARCH XML, plain text files, folders of them, or stdin.

Readers yield ``Story`` objects and, for records that cannot be used, ``ReadError``s that say
``file:line: reason``; one bad record never stops the rest from being read.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator, Optional, Union

from .errors import InputError
from .model import ReadError, Story

FORMATS = ("jsonl", "xml", "txt")
SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".xml": "xml", ".txt": "txt"}
Item = Union[Story, ReadError]


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


def read(source: str, date: Optional[str] = None, fmt: Optional[str] = None) -> Iterator[Item]:
    """Stories from a file, a folder (every .jsonl/.json/.xml/.txt in it, sorted) or ``-``."""
    if source == "-":
        text = sys.stdin.read()
        yield from read_text(text, "<stdin>", "stdin", fmt or sniff(text), date)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            raise InputError(f"{source}: no .jsonl, .json, .xml or .txt files in this folder")
        for file in files:  # a .txt story's id is its path in the folder: a/article and b/article differ
            yield from read_file(file, date, fmt, file.relative_to(path).with_suffix("").as_posix())
        return
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    yield from read_file(path, date, fmt)


def read_file(path: Path, date: Optional[str] = None, fmt: Optional[str] = None,
              stem: Optional[str] = None) -> Iterator[Item]:
    """The stories of one file. In JSON lines a line that is not UTF-8 is reported and skipped,
    the other lines are read; in other formats the whole file must be UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(f"{path}", f"cannot read: {exc.strerror}")
        return
    text = data.decode("utf-8", errors="surrogateescape")
    kind = fmt or SUFFIXES.get(path.suffix.lower()) or sniff(text)
    if kind != "jsonl":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(f"{path}", f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            return
    yield from read_text(text, str(path), stem or path.stem, kind, date)


def sniff(text: str) -> str:
    """Guess the format of unnamed input: '{' starts JSON lines, '<' XML, anything else text."""
    start = text.lstrip()[:1]
    return "jsonl" if start == "{" else "xml" if start == "<" else "txt"


def read_text(text: str, name: str, stem: str, fmt: str, date: Optional[str]) -> Iterator[Item]:
    if fmt == "jsonl" and text.lstrip().startswith("["):
        yield from read_json_array(text, name, date)
    elif fmt == "jsonl":
        yield from read_jsonl(text, name, date)
    elif fmt == "xml":
        found = False
        for item in read_petrarch_xml(text, name):
            found = True
            yield item
        if not found:
            yield ReadError(name, "no <Sentence> records: not PETRARCH XML (see --input-format)")
    elif fmt == "txt":
        yield from read_plain(text, name, stem, date)
    else:
        raise InputError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")


def read_jsonl(text: str, name: str, default_date: Optional[str] = None) -> Iterator[Item]:
    """One story per line: {"id", "date", "text"}, optional "title", "source", "url". A story
    without a date takes ``default_date`` (--date)."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # bytes that were not UTF-8 (read with surrogateescape)
            yield ReadError(origin, "not UTF-8 text")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield from _story(record, origin, default_date)


def read_json_array(text: str, name: str, default_date: Optional[str] = None) -> Iterator[Item]:
    """A .json file holding an array of story objects (a pretty-printed export)."""
    try:
        records = json.loads(text)
    except (json.JSONDecodeError, UnicodeEncodeError) as exc:
        where = f"{name}:{exc.lineno}" if isinstance(exc, json.JSONDecodeError) else name
        yield ReadError(where, f"not valid JSON ({getattr(exc, 'msg', 'not UTF-8 text')})")
        return
    for number, record in enumerate(records, 1):
        yield from _story(record, f"{name}: story {number}", default_date)


def _story(record, origin: str, default_date: Optional[str]) -> Iterator[Item]:
    """A Story from one JSON record, or the ReadError that says why not."""
    if not isinstance(record, dict):
        yield ReadError(origin, "expected a JSON object {\"id\", \"date\", \"text\"}")
        return
    missing = [key for key in ("id", "text") if not record.get(key) and record.get(key) != 0]
    if missing:
        yield ReadError(origin, f"missing {' and '.join(repr(m) for m in missing)}")
        return
    if not isinstance(record["text"], str):
        yield ReadError(origin, "'text' must be a string")
        return
    try:
        date = normalize_date(record.get("date")) or normalize_date(default_date)
    except ValueError as exc:
        yield ReadError(origin, str(exc))
        return
    yield Story(id=str(record["id"]), text=record["text"], date=date,
                title=_optional_str(record.get("title")), source=_optional_str(record.get("source")),
                url=_optional_str(record.get("url")), origin=origin)


def _optional_str(value) -> Optional[str]:
    return None if value is None else str(value)


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE = re.compile(r"<Sentence\b.*?(?:</Sentence\s*>|(?=<Sentence\b)|\Z)", re.DOTALL)
# A record, or one of the elements between records that PETRARCH acts on (<Config>, <Stop>).
_ELEMENT = re.compile(_SENTENCE.pattern + r"|<(Config|Stop)\b[^>]*>", re.DOTALL)
_STORY_OF = re.compile(r"^(.*?)[-_]\d+$")


def story_id_of(sentence_id: str) -> str:
    """PETRARCH sentence ids are story id + '-N' or '_N': the story is what comes before."""
    match = _STORY_OF.match(sentence_id)
    return match.group(1) if match else sentence_id


def petrarch_elements(text: str, name: str) -> Iterator[Union[tuple, ReadError]]:
    """The <Sentence> records of PETRARCH XML, and the <Config> and <Stop> elements outside
    them, in document order, as (origin, element, lines); comments are blanked out (lines
    kept). ``lines`` is the line of each <Config> inside a record, in document order. A record
    that is not well-formed is a ReadError; the rest are still read."""
    text = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for match in _ELEMENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        origin = f"{name}:{line}"
        snippet = match.group(0)
        if match.group(1):  # <Config ...> or <Stop>: the opening tag holds all PETRARCH reads
            snippet = snippet if snippet.endswith("/>") else snippet[:-1] + "/>"
        try:
            element = ET.fromstring(snippet)
        except ET.ParseError as exc:
            yield ReadError(origin, f"not well-formed XML ({exc})")
            continue
        inner = () if match.group(1) else tuple(
            line + snippet.count("\n", 0, m.start()) for m in re.finditer(r"<Config\b", snippet))
        yield origin, element, inner


def petrarch_records(text: str, name: str) -> Iterator[Union[tuple, ReadError]]:
    """Each <Sentence> record as (origin, element), comments blanked out (lines kept)."""
    for item in petrarch_elements(text, name):
        if isinstance(item, ReadError):
            yield item
        elif item[1].tag == "Sentence":
            yield item[0], item[1]


def read_petrarch_xml(text: str, name: str) -> Iterator[Item]:
    """PETRARCH XML: <Sentence id date><Text>. Consecutive sentences of one story id and one
    date are coded as one story (sentence ids kept); a sentence always keeps its own date. A
    record carrying its own expected coding (<EventCoding>: a validation or unit-test record) is
    a story of its own, with its sentence id as story id, so that nothing (a pronoun's referent,
    a story discard) carries over between unrelated records."""
    group: list = []

    def flush():
        if group:
            first_origin, first_id, date, _, alone = group[0]
            yield Story(id=first_id if alone else story_id_of(first_id), text="", date=date,
                        sentences=tuple((sid, body) for _, sid, _, body, _ in group), origin=first_origin)
            group.clear()

    for item in petrarch_records(text, name):
        if isinstance(item, ReadError):
            yield item
            continue
        origin, element = item
        sentence_id = (element.get("id") or "").strip()
        body = " ".join((element.findtext("Text") or "").split())
        if not sentence_id:
            yield ReadError(origin, "<Sentence> has no id")
            continue
        if not body:
            yield ReadError(origin, f"<Sentence id={sentence_id!r}> has no <Text>")
            continue
        try:
            date = normalize_date(element.get("date"))
        except ValueError as exc:
            yield ReadError(origin, str(exc))
            continue
        alone = next(element.iter("EventCoding"), None) is not None
        if group:
            _, last_id, last_date, _, last_alone = group[-1]
            if alone or last_alone or last_date != date or story_id_of(last_id) != story_id_of(sentence_id):
                yield from flush()
        group.append((origin, sentence_id, date, body, alone))
    yield from flush()


def read_plain(text: str, name: str, stem: str, date: Optional[str]) -> Iterator[Item]:
    """A plain-text story: id = file name stem; a short first line without final stop is the headline."""
    try:
        date = normalize_date(date)
    except ValueError as exc:
        yield ReadError(name, str(exc))
        return
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not "".join(lines).strip():
        yield ReadError(f"{name}:1", "empty story")
        return
    title = None
    rest = [line for line in lines[1:] if line.strip()]
    first = lines[0].strip()
    if rest and len(first.split()) <= 25 and first[-1:] not in ".!?\"”'’:;":
        title, lines = first, lines[1:]
    yield Story(id=stem, text="\n".join(lines).strip(), date=date, title=title, origin=f"{name}:1")

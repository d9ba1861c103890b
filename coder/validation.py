"""``coder validate``: code PETRARCH validation records and compare with the expected events.

A validation file is PETRARCH's XML (``validation.dev.xml``, PETRARCH's unit-test records)::

    <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
    <EventCoding sourcecode="ARN" targetcode="GON" eventcode="042"></EventCoding>
    <Text>...</Text>
    <Parse>...</Parse>               (ignored: coder parses the text itself)
    </Sentence>

- ``<EventCoding noevents="True">``: the sentence must code nothing.
- ``<EventCoding error="dateline">`` (also ``bad_input_parse``, ``storydiscard``,
  ``sentencediscard``): PETRARCH is expected to stop on the record with that error; such records
  are not scored, they are listed apart with what coder coded.
- A source or target written in quotes (``sourcecode='"INJURY TOLL"'``) is the text of an actor
  that PETRARCH found without a code (its ``new_actor_length`` option): coder writes codes, never
  such texts, so these records are flagged and listed apart too.
- ``<Config option="require_dyad" value="false">`` (in ``<Environment>`` or in a ``<Sentence>``)
  changes one of PETRARCH's options from that record on, as PETRARCH does: ``require_dyad``
  (the reading's ``require_target``) and the ``comma_*`` clause lengths. Other options
  (``stop_on_error``, ``new_actor_length``, ...) do not change what coder codes; they are
  listed as not used.
- A ``<Stop>`` element ends the records, as it does for PETRARCH.

Events are compared as sets of ``(source, target, eventcode)`` triples; a record is correct when
the sets are equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .errors import InputError
from .model import ReadError, Story
from .readers import normalize_date, petrarch_elements
from .reading import petrarch_options


@dataclass(frozen=True)
class Record:
    """One validation sentence and the events PETRARCH's authors expect from it."""
    id: str
    date: Optional[str]  # ISO yyyy-mm-dd, None when absent or unreadable
    category: str
    text: str
    expected: frozenset  # {(source, target, eventcode)}
    noevents: bool = False  # <EventCoding noevents="True">: nothing must be coded
    error: Optional[str] = None  # the error PETRARCH is expected to raise ("dateline", ...)
    actor_text: bool = False  # expects quoted actor texts ("INJURY TOLL"), not codes
    where: str = ""  # FILE:LINE of the <Sentence> tag
    config: tuple = ()  # (option, value, FILE:LINE) of the <Config> elements to apply before coding it

    @property
    def scored(self) -> bool:
        """Whether the record counts in the exact-match table."""
        return self.error is None and not self.actor_text


@dataclass
class Result:
    """A record and the events coder coded for it (``error``: why coding failed, if it did)."""
    record: Record
    coded: frozenset = frozenset()
    error: Optional[str] = None

    @property
    def exact(self) -> bool:
        return self.error is None and compare(self.record.expected, self.coded)


def _iso(date: Optional[str]) -> Optional[str]:
    """The record's date as yyyy-mm-dd, None when absent or unreadable (PETRARCH then stops on
    the record with a dateline error, which the record expects)."""
    try:
        return normalize_date(date)
    except ValueError:
        return None


def read_records(path) -> list:
    """The records of a PETRARCH validation file, up to a <Stop> element if there is one.

    Records are found as ``coder code`` finds them (``readers.petrarch_elements``: each
    <Sentence> parsed on its own, comments skipped); a record that is not well-formed XML, or a
    file without any record, is an ``InputError`` naming its place."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    records, pending, stopped = [], [], False
    for item in petrarch_elements(text, path.name):
        if isinstance(item, ReadError):
            raise InputError(f"{path}:{item.origin.rsplit(':', 1)[1]}: {item.reason}")
        where, element, config_lines = item
        if element.tag == "Stop":
            stopped = True
            break
        if element.tag == "Config":
            pending.append(_config(element, where))
            continue
        for config, line in zip(element.iter("Config"), config_lines):
            pending.append(_config(config, f"{path.name}:{line}"))
        expected, noevents, error = set(), False, None
        for coding in element.iter("EventCoding"):
            attributes = {key.strip().lower(): value.strip() for key, value in coding.attrib.items()}
            if attributes.get("noevents", "").lower() == "true":
                noevents = True
            elif "error" in attributes:
                error = attributes["error"] or "error"
            elif "eventcode" in attributes:
                expected.add((attributes.get("sourcecode", ""), attributes.get("targetcode", ""),
                              attributes["eventcode"]))
        body = element.find("Text")
        sentence = " ".join((body.text or "").split()) if body is not None else ""
        attributes = {key.strip(): value.strip() for key, value in element.attrib.items()}
        records.append(Record(
            id=attributes.get("id", ""), date=_iso(attributes.get("date")),
            category=attributes.get("category", "") or "(none)", text=sentence,
            expected=frozenset(expected), noevents=noevents, error=error,
            actor_text=any(code.startswith('"') for s, t, _ in expected for code in (s, t)),
            where=where, config=tuple(pending)))
        pending = []
        if next(element.iter("Stop"), None) is not None:
            stopped = True
            break  # a <Stop> inside a record ends the records after it
    if not records and not stopped:
        raise InputError(f"{path}: no <Sentence> records: not a PETRARCH validation file")
    return records


def _config(element, where: str) -> tuple:
    attributes = {key.strip().lower(): value.strip() for key, value in element.attrib.items()}
    return attributes.get("option", ""), attributes.get("value", ""), where


def code_records(records: list, coder) -> tuple:
    """Code each record from its text and date (never its parse) with ``coder`` (a
    ``coder.Coder``), applying the <Config> options met so far to its reading; returns
    (results, options not used)."""
    runs, unused, current = [], [], coder  # runs of records coded with one reading, parsed in batches
    for record in records:
        if record.config:
            changes, skipped = petrarch_options(record.config)
            current, unused = current.with_reading(current.reading.replace(**changes)), unused + skipped
        if not runs or runs[-1][0] is not current:
            runs.append((current, []))
        runs[-1][1].append(record)
    results = []
    for run, group in runs:
        stories = [Story(id=r.id, text="", date=r.date, sentences=((r.id, r.text),), origin=r.where) for r in group]
        for record, (_, events) in zip(group, run.code_stories(stories)):
            results.append(Result(record, frozenset((e.source, e.target or "---", e.code) for e in events)))
    return results, unused


def compare(expected: set, coded: set) -> bool:
    """Exact match: the same set of (source, target, eventcode) triples."""
    return set(expected) == set(coded)


def _events(events) -> str:
    return "; ".join(" ".join(e) for e in sorted(events)) or "(nothing)"


def summarize(results: Iterable, unused: Iterable = ()) -> str:
    """A table per category (records, exact, %), then every failing record with what was expected
    and what was coded, then the records not scored (expecting an error or actor texts), then
    the PETRARCH options of the file that coder does not use."""
    results = [r if isinstance(r, Result) else Result(r[0], frozenset(r[1])) for r in results]
    scored = [r for r in results if r.record.scored]
    categories: dict = {}
    for result in scored:
        categories.setdefault(result.record.category, []).append(result)
    width = max([len("category"), len("all")] + [len(c) for c in categories])
    lines = [f"{'category':<{width}}  records  exact      %"]

    def row(name: str, group: list) -> str:
        exact = sum(r.exact for r in group)
        share = 100.0 * exact / len(group) if group else 0.0
        return f"{name:<{width}}  {len(group):7d}  {exact:5d}  {share:5.1f}"

    lines += [row(name, group) for name, group in sorted(categories.items())]
    lines.append(row("all", scored))
    failing = [r for r in scored if not r.exact]
    lines += ["", f"failing records: {len(failing)}"]
    for result in failing:
        record = result.record
        lines.append(f"  {record.id} [{record.category}] {record.where}".rstrip())
        lines.append(f"    text:     {record.text}")
        lines.append(f"    expected: {_events(record.expected)}")
        if result.error:
            lines.append(f"    error:    {result.error}")
        else:
            lines.append(f"    coded:    {_events(result.coded)}")
            missing, extra = record.expected - result.coded, result.coded - record.expected
            if missing and result.coded:
                lines.append(f"    missing:  {_events(missing)}")
            if extra and record.expected:
                lines.append(f"    extra:    {_events(extra)}")
    errors = [r for r in results if r.record.error is not None]
    lines += ["", f"records expecting a PETRARCH error (not scored): {len(errors)}"]
    for result in errors:
        record = result.record
        outcome = (f"error: {result.error}" if result.error else
                   "nothing coded" if not result.coded else f"coded {_events(result.coded)}")
        lines.append(f"  {record.id} [{record.category}] {record.where}: expects {record.error}; {outcome}")
    texts = [r for r in results if r.record.error is None and r.record.actor_text]
    lines += ["", f"records expecting actor texts instead of codes (not scored): {len(texts)}"]
    for result in texts:
        record = result.record
        lines.append(f"  {record.id} [{record.category}] {record.where}: expected {_events(record.expected)}; "
                     f"coded {_events(result.coded)}")
    unused = list(unused)
    if unused:
        lines += ["", f"PETRARCH options in the file not used: {len(unused)}"]
        lines += [f"  {where}: {option}: {why}" for option, where, why in unused]
    return "\n".join(lines) + "\n"

"""``coder evaluate``: score coded events against gold codings.

Three kinds of gold file, told apart by their content (docs/evaluate.md has the details):

- **CAMEO codebook examples** (YAML, ``records:`` of ``{id, text, code, source, target, ...}``):
  each record's text is coded as one story dated 2010-01-01; a record is a hit when some coded
  event has its root (its exact code); every coded event of another root is a wrong-root event.
  Actors, where the record gives them, are matched loosely: the coded code starts with a listed
  country code.
- **PETRARCH validation XML** (``<Sentence>`` records with ``<EventCoding>`` rows): the file is
  coded as ``coder code`` codes it (``readers.read_file``, no ``<Config>`` handling); a record is
  exact when its coded (source, target, code) set equals the expected one, as ``coder validate``
  compares them; events are also counted one by one (recall and precision).
- **Gold YAML** (``records:`` of ``{story_id, sent_index, must, may}``): the stories come from
  ``--stories`` files; a field of a gold event matches a coded value by prefix, a list gives
  alternatives and "" matches anything. Recall counts the must events matched (each by a coded
  event of its own); precision the coded events on gold sentences that match a must or may entry.
  Stories read from PETRARCH XML are addressed record by record: story_id = the record's id,
  sent_index 0 (``StoryPool``).

Everything is measured through ``coder.Coder``; nothing here parses or codes by hand.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .errors import CoderError, InputError

EXAMPLES, PETRARCH, GOLD = "cameo-examples", "petrarch-xml", "gold-yaml"
FORMAT_NAMES = {EXAMPLES: "CAMEO codebook examples", PETRARCH: "PETRARCH validation XML", GOLD: "gold YAML"}
EXAMPLES_DATE = "2010-01-01"
# Country codes of the PLOVER annotations that are not ISO-3166 alpha-3, and the code coder
# writes for the same country: an older convention (JAP) and two misspellings.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


class GoldError(InputError):
    """A gold file that cannot be used: FILE:LINE: reason."""

    def __init__(self, path, line: Optional[int], reason: str):
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")


# --- the figures ------------------------------------------------------------------------------

def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class RootRow:
    """Per CAMEO root: gold items (events or records) of the root and how many were found; coded
    events of the root and how many were right."""
    gold: int = 0
    found: int = 0
    exact: int = 0  # CAMEO examples only: records whose exact code was coded
    coded: int = 0
    correct: int = 0

    def to_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "recall": round(share(self.found, self.gold), 4),
                "coded": self.coded, "correct": self.correct,
                "precision": round(share(self.correct, self.coded), 4), "exact": self.exact}


@dataclass
class Report:
    """What one gold file (or a union of gold YAML files) measured."""
    path: str
    format: str
    figures: dict  # name -> number, in the order they are printed
    roots: dict = field(default_factory=dict)  # root -> RootRow
    shown: list = field(default_factory=list)  # --show: one dict per record with a miss or false positive
    notes: list = field(default_factory=list)
    categories: dict = field(default_factory=dict)  # PETRARCH: category -> [records, exact]

    def to_dict(self, show: bool = False) -> dict:
        result = {"file": self.path, "format": self.format, **self.figures,
                  "roots": {root: row.to_dict() for root, row in sorted_roots(self.roots)}}
        if self.categories:
            result["categories"] = {name: {"records": n, "exact": k, "share": round(share(k, n), 4)}
                                    for name, (n, k) in sorted(self.categories.items())}
        if self.notes:
            result["notes"] = list(self.notes)
        if show:
            result["shown"] = self.shown
        return result


def sorted_roots(roots: dict) -> list:
    return sorted(roots.items(), key=lambda item: (not item[0].isdigit(), item[0]))


def _rounded(figures: dict) -> dict:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}


# --- reading gold files -----------------------------------------------------------------------

def detect(path: Path) -> tuple:
    """(format, content): 'petrarch-xml' with the text, or a YAML format with the loaded file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(path, None, "no such file") from None
    except OSError as exc:
        raise GoldError(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise GoldError(path, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if path.suffix.lower() == ".xml" or text.lstrip().startswith("<"):
        return PETRARCH, text
    data = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        raise GoldError(path, _line(data) or 1, "unknown gold format: expected PETRARCH validation XML, or YAML "
                        "with a `records:` list (CAMEO codebook examples or a gold YAML; see coder evaluate --help)")
    records = data["records"]
    first = next((r for r in records if isinstance(r, dict)), None)
    if first is None:
        raise GoldError(path, _line(records) or 1, "`records:` holds no record")
    if {"story_id", "sent_index", "must", "may"} & set(first):
        return GOLD, data
    if {"text", "code"} <= set(first):
        return EXAMPLES, data
    raise GoldError(path, _line(first), "unknown gold format: a record has story_id, sent_index, must and may "
                    "(gold YAML) or text and code (CAMEO codebook examples)")


def _load_yaml(path: Path):
    from .errors import DictionaryError
    from .yamlsource import load

    try:
        return load(path)
    except DictionaryError as exc:
        raise GoldError(path, exc.line or None, exc.message) from None


def _line(value) -> int:
    return getattr(value, "line", 0)


def _text(value, path, where, what: str, allow_empty: bool = True) -> str:
    """A string field; numbers are refused where a leading zero may have been lost."""
    if isinstance(value, str) and (allow_empty or value.strip()):
        return value.strip()
    if value is None and allow_empty:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        reason = (f"{what} {value!r} is a number to YAML, which drops leading zeros (042 reads as 34): "
                  f"quote it ('042')")
    else:
        reason = f"{what} must be a string, not {value!r}"
    raise GoldError(path, _line(value) or _line(where), reason)


@dataclass(frozen=True)
class ExampleRecord:
    id: str
    text: str
    code: str
    root: str
    sources: tuple  # country codes (3 letters or IGO/NGO...), legacy codes mapped
    targets: tuple
    reciprocal: bool
    linked_roots: frozenset
    where: str

    @property
    def has_actors(self) -> bool:
        return bool(self.sources or self.targets)


def _actor_codes(value, path, record) -> tuple:
    if value in (None, "", []):
        return ()
    items = value if isinstance(value, list) else [value]
    codes = []
    for item in items:
        code = item.get("code") if isinstance(item, dict) else item
        code = _text(code, path, item if isinstance(item, dict) else record, "an actor's code")
        if code:
            codes.append(LEGACY_CODES.get(code[:3], code[:3]))
    return tuple(codes)


def read_examples(path: Path, data: dict) -> list:
    records, seen = [], {}
    for record in data["records"]:
        if not isinstance(record, dict):
            raise GoldError(path, _line(record) or _line(data["records"]), "a record must be a mapping")
        where = f"{path.name}:{_line(record)}"
        rid = str(record.get("id", "")).strip() or f"{path.stem}:{_line(record)}"
        if rid in seen:
            raise GoldError(path, _line(record), f"record id {rid!r} again (first at line {seen[rid]})")
        seen[rid] = _line(record)
        code = _text(record.get("code"), path, record, "`code`", allow_empty=False)
        text = _text(record.get("text"), path, record, "`text`", allow_empty=False)
        if not (code[:2].isdigit() and len(code) >= 2):
            raise GoldError(path, _line(record.get("code")) or _line(record), f"code {code!r}: expected a CAMEO code")
        root = _text(record.get("root"), path, record, "`root`") or code[:2]
        linked = record.get("linked_codes") or []
        linked = linked if isinstance(linked, list) else [linked]
        records.append(ExampleRecord(
            id=rid, text=text, code=code, root=root, sources=_actor_codes(record.get("source"), path, record),
            targets=_actor_codes(record.get("target"), path, record), reciprocal=record.get("reciprocal") is True,
            linked_roots=frozenset(_text(c, path, record, "a linked code")[:2] for c in linked), where=where))
    return records


@dataclass(frozen=True)
class GoldEvent:
    """A gold event: each field a tuple of alternatives, matched by prefix ("" matches anything)."""
    source: tuple
    code: tuple
    target: tuple
    line: int = 0

    def matches(self, event: tuple) -> bool:
        source, code, target = event
        return (_prefix(self.source, source) and _prefix(self.code, code) and _prefix(self.target, target))

    @property
    def root(self) -> str:
        """The root of the first code alternative ('*' when it names no root)."""
        first = self.code[0] if self.code else ""
        return first[:2] if len(first) >= 2 else "*"

    def __str__(self) -> str:
        return " ".join("|".join(a or '""' for a in alts) or '""' for alts in (self.source, self.code, self.target))


def _prefix(alternatives: tuple, value: str) -> bool:
    return any((value or "").startswith(alt) for alt in alternatives)


@dataclass(frozen=True)
class GoldSentence:
    story_id: str
    sent_index: int
    must: tuple
    may: tuple
    text: Optional[str]
    where: str
    line: int


def _alternatives(event: dict, key: str, path, required: bool = False) -> tuple:
    value = event.get(key)
    if value is None or value == []:
        if required:
            raise GoldError(path, _line(event), f"a gold event needs `{key}`")
        return ("",)
    items = value if isinstance(value, list) else [value]
    return tuple(_text(item, path, event, f"`{key}`") for item in items)


def read_gold(path: Path, data: dict) -> list:
    sentences, seen = [], {}
    for record in data["records"]:
        if not isinstance(record, dict):
            raise GoldError(path, _line(record) or _line(data["records"]), "a record must be a mapping")
        line = _line(record)
        for key in ("story_id", "sent_index"):
            if record.get(key) in (None, ""):
                raise GoldError(path, line, f"a record needs `{key}`")
        story_id = str(record["story_id"]).strip()
        index = record["sent_index"]
        if isinstance(index, str) and index.strip().isdigit():
            index = int(index)
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            raise GoldError(path, line, f"sent_index {index!r}: expected a sentence number (0 = the title)")
        key = (story_id, index)
        if key in seen:
            raise GoldError(path, line, f"story {story_id!r} sentence {index} again (first at line {seen[key]})")
        seen[key] = line
        lists = {}
        for name in ("must", "may"):
            events = record.get(name) or []
            if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
                raise GoldError(path, _line(events) or line, f"`{name}` must be a list of {{source, code, target}}")
            lists[name] = tuple(GoldEvent(_alternatives(e, "source", path), _alternatives(e, "code", path, True),
                                          _alternatives(e, "target", path), _line(e)) for e in events)
        text = record.get("text")
        sentences.append(GoldSentence(story_id, index, lists["must"], lists["may"],
                                      text if isinstance(text, str) else None, f"{path.name}:{line}", line))
    return sentences


# --- matching ---------------------------------------------------------------------------------

def max_matching(items, candidates, fits) -> dict:
    """The most ``items`` matched, each to a candidate of its own that ``fits(item, candidate)``:
    {item index: candidate index} (a maximum bipartite matching; the lists are short)."""
    owner: dict = {}  # candidate index -> item index

    def assign(m: int, seen: set) -> bool:
        for c, candidate in enumerate(candidates):
            if c in seen or not fits(items[m], candidate):
                continue
            seen.add(c)
            if c not in owner or assign(owner[c], seen):
                owner[c] = m
                return True
        return False

    for m in range(len(items)):
        assign(m, set())
    return {m: c for c, m in owner.items()}


def match_musts(musts: tuple, coded: list) -> dict:
    """The most must events matched, each by a coded event of its own: {must index: coded index}."""
    return max_matching(musts, coded, lambda must, event: must.matches(event))


def score_sentence(gold: GoldSentence, coded: list) -> tuple:
    """(matched must indices, correct flags per coded event) for one gold sentence; ``coded`` is
    a list of (source, code, target)."""
    matched = match_musts(gold.must, coded)
    correct = [any(g.matches(event) for g in gold.must + gold.may) for event in coded]
    return matched, correct


# --- evaluating -------------------------------------------------------------------------------

def _triple(event) -> tuple:
    return event.source, event.code, event.target or ""


def _event_text(triple: tuple) -> str:
    source, code, target = triple
    return f"{source or '---'} {code} {target or '---'}"


def evaluate_examples(path: Path, records: list, coder) -> Report:
    stories = [{"id": r.id, "date": EXAMPLES_DATE, "text": r.text} for r in records]
    roots: dict = {}
    counts = Counter()
    shown = []
    for record, result in zip(records, coder.analyse_stories(stories)):
        events = result.events
        right_roots = {record.root} | record.linked_roots
        root_hit = any(e.root == record.root for e in events)
        exact_hit = any(e.code == record.code for e in events)
        actors = [e for e in events if _actors_match(record, e)]
        wrong = [e for e in events if e.root not in right_roots]
        counts.update(records=1, root_hits=root_hit, exact_hits=exact_hit, coded=len(events), wrong=len(wrong),
                      with_actors=record.has_actors,
                      actor_root_hits=any(e.root == record.root for e in actors),
                      actor_exact_hits=any(e.code == record.code for e in actors))
        row = roots.setdefault(record.root, RootRow())
        row.gold += 1
        row.found += root_hit
        row.exact += exact_hit
        for event in events:
            coded_row = roots.setdefault(event.root, RootRow())
            coded_row.coded += 1
            coded_row.correct += event.root in right_roots
        if not exact_hit or wrong:
            shown.append({
                "id": record.id, "where": record.where, "text": record.text, "expected": record.code,
                "source": list(record.sources), "target": list(record.targets), "reciprocal": record.reciprocal,
                "coded": [_event_text(_triple(e)) for e in events],
                "miss": None if exact_hit else ("code" if root_hit else "root"),
                "wrong_root": [_event_text(_triple(e)) for e in wrong],
                "discarded": result.discarded})
    n, coded = counts["records"], counts["coded"]
    recall, precision = share(counts["root_hits"], n), share(coded - counts["wrong"], coded)
    figures = {
        "records": n, "root_hits": counts["root_hits"], "root_share": share(counts["root_hits"], n),
        "exact_hits": counts["exact_hits"], "exact_share": share(counts["exact_hits"], n),
        "coded": coded, "wrong_root": counts["wrong"], "wrong_root_per_sentence": share(counts["wrong"], n),
        "records_with_actors": counts["with_actors"],
        "actor_root_hits": counts["actor_root_hits"], "actor_root_share": share(counts["actor_root_hits"], n),
        "actor_exact_hits": counts["actor_exact_hits"], "actor_exact_share": share(counts["actor_exact_hits"], n),
        "recall": recall, "precision": precision, "f1": f1(precision, recall)}
    return Report(str(path), EXAMPLES, _rounded(figures), roots, shown)


def _actors_match(record: ExampleRecord, event) -> bool:
    """Loose: the coded source (target) starts with one of the listed country codes; a side
    listed empty accepts anything; a reciprocal record's parties may stand on either side."""
    sources, targets = record.sources, record.targets
    if record.reciprocal:
        sources = targets = record.sources + record.targets
    return ((not sources or _prefix(sources, event.source)) and
            (not targets or _prefix(targets, event.target or "")))


def evaluate_petrarch(path: Path, coder) -> Report:
    from .model import ReadError, Story
    from .readers import read_file
    from .validation import compare, read_records

    records = read_records(path)
    if not any(r.expected or r.noevents or r.error for r in records):
        raise GoldError(path, None, "no record has an <EventCoding>: not a validation file (code it with coder code)")
    items = list(read_file(path, fmt="xml", allow_undated=True))  # an undated record is still scored
    notes = [f"not read by coder code: {item}" for item in items if isinstance(item, ReadError)]
    coded: dict = {}  # (sentence id, occurrence) -> set of (source, target, code)
    occurrences = Counter()
    for result in coder.analyse_stories(i for i in items if isinstance(i, Story)):
        events: dict = {}  # sentence id -> [events of each of its analyses, in order]
        for analysis in result.analyses:
            events.setdefault(analysis.sentence.sentence_id, []).append(analysis.events)
        for sid, _ in result.story.sentences:  # a discarded story has no analyses: nothing coded
            found = events.get(sid, [])
            coded[(sid, occurrences[sid])] = {(e.source, e.target or "---", e.code)
                                              for e in (found.pop(0) if found else [])}
            occurrences[sid] += 1
    seen = Counter()
    roots: dict = {}
    categories: dict = {}
    counts = Counter()
    shown = []
    for record in records:
        key = (record.id, seen[record.id])
        seen[record.id] += 1
        if not record.scored:
            continue
        found = coded.get(key, set())
        exact = compare(record.expected, found)
        counts.update(scored=1, exact=exact, expected=len(record.expected), coded=len(found),
                      correct=len(record.expected & found))
        category = categories.setdefault(record.category, [0, 0])
        category[0] += 1
        category[1] += exact
        for _, _, code in record.expected:
            row = roots.setdefault(code[:2], RootRow())
            row.gold += 1
        for triple in record.expected & found:
            roots[triple[2][:2]].found += 1
        for triple in found:
            row = roots.setdefault(triple[2][:2], RootRow())
            row.coded += 1
            row.correct += triple in record.expected
        if not exact:
            shown.append({"id": record.id, "category": record.category, "where": record.where, "text": record.text,
                          "expected": sorted(" ".join(t) for t in record.expected),
                          "coded": sorted(" ".join(t) for t in found),
                          "missing": sorted(" ".join(t) for t in record.expected - found),
                          "extra": sorted(" ".join(t) for t in found - record.expected)})
    recall, precision = share(counts["correct"], counts["expected"]), share(counts["correct"], counts["coded"])
    figures = {"records": len(records), "scored": counts["scored"], "exact": counts["exact"],
               "exact_share": share(counts["exact"], counts["scored"]),
               "expected_events": counts["expected"], "coded_events": counts["coded"],
               "correct_events": counts["correct"], "recall": recall, "precision": precision,
               "f1": f1(precision, recall)}
    return Report(str(path), PETRARCH, _rounded(figures), roots, shown, notes, categories)


class StoryPool:
    """The --stories files, read once; stories are coded on demand, once each.

    A gold names a sentence by story id and index. A PETRARCH XML record is also addressed by
    its own id (``records``), index 0: ``coder code`` codes each record's text as one sentence
    (sentence id = record id) and gathers consecutive records of one story prefix and date into
    a story, so ``AFP0808020840_1`` is sentence ``AFP0808020840_1`` of story ``AFP0808020840``.
    A record id used twice in a story gives its second record index 1, and so on. Where two
    groups of records get the same story id (``T_1 T_2 X_1 T_3``: story T twice) both are kept,
    the later one under a key no gold can name, so that each record is still reached by its id."""

    def __init__(self, paths: Iterable, coder, warn=None):
        from .model import ReadError
        from .readers import read

        self.coder, self.stories, self.results = coder, {}, {}
        self.records: dict = {}  # record id -> [(story key, its n-th sentence of that id)]
        self.paths = [str(p) for p in paths]
        for source in self.paths:
            for item in read(source, allow_undated=True):  # an undated gold story is still scored
                if isinstance(item, ReadError):
                    if warn:
                        warn(f"skipped {item}")
                elif item.sentences is None:
                    self.stories.setdefault(item.id, item)
                else:
                    key = item.id if item.id not in self.stories else f"{item.id}\n{len(self.stories)}"
                    self.stories[key] = item
                    seen = Counter()
                    for sentence_id, _ in item.sentences:
                        self.records.setdefault(sentence_id, []).append((key, seen[sentence_id]))
                        seen[sentence_id] += 1

    def key(self, story_id: str, index: int) -> Optional[tuple]:
        """(story key, sentence id or None, n) for a gold's (story id, index): a record id (of a
        story read from PETRARCH XML) names its record; otherwise the story's sentence ``index``."""
        story = self.stories.get(story_id)
        if story_id in self.records and (story is None or story.sentences is not None):
            found = self.records[story_id]
            return (found[index][0], story_id, found[index][1]) if index < len(found) else (found[0][0], story_id, None)
        return (story_id, None, index) if story is not None else None

    def code(self, keys: Iterable) -> None:
        wanted = [k for k in dict.fromkeys(keys) if k in self.stories and k not in self.results]
        for key, result in zip(wanted, self.coder.analyse_stories(self.stories[k] for k in wanted)):
            sentences, order = {}, []
            for a in result.analyses:
                coded = (a.sentence.text, [_triple(e) for e in a.events])
                sentences.setdefault(a.sentence.sentence_id, coded)
                order.append((a.sentence.sentence_id, coded))
            self.results[key] = (sentences, result.discarded, order)

    def sentence(self, key: tuple) -> Optional[tuple]:
        """(text, coded events) of a ``key()``, or None when the story has no such sentence."""
        story_key, record, n = key
        sentences, _, order = self.results[story_key]
        if record is None:
            return sentences.get(str(n))
        found = [coded for sid, coded in order if sid == record]
        return found[n] if n is not None and n < len(found) else None


def _normal(text: Optional[str]) -> str:
    return " ".join((text or "").split()).lower()


def evaluate_gold(path: Path, sentences: list, pool: StoryPool) -> Report:
    if pool is None or not pool.paths:
        raise GoldError(path, None, "a gold YAML names its stories by id: give the stories with --stories FILE.jsonl")
    keys = [pool.key(gold.story_id, gold.sent_index) for gold in sentences]
    for gold, key in zip(sentences, keys):
        if key is None:
            raise GoldError(path, gold.line, f"story {gold.story_id!r} is in none of the --stories files "
                            f"({', '.join(pool.paths)})")
    pool.code(key[0] for key in keys)
    roots: dict = {}
    counts = Counter()
    shown, mismatched, discarded = [], [], set()
    for gold, key in zip(sentences, keys):
        discard = pool.results[key[0]][1]
        found = None if discard else pool.sentence(key)
        if discard:
            discarded.add(gold.story_id)
            text, coded = None, []
        elif found is None:
            if key[1] is not None:
                raise GoldError(path, gold.line, f"record {gold.story_id!r} is coded as one sentence "
                                f"(index 0; 1, 2, ... for a record id used again); no sentence {gold.sent_index}")
            story_sentences = pool.results[key[0]][0]
            numbers = sorted(int(s) for s in story_sentences if s.isdigit())
            span = f"sentences {numbers[0]}-{numbers[-1]}" if numbers else "no sentences"
            raise GoldError(path, gold.line, f"story {gold.story_id!r} has {span} as coder splits it; "
                            f"no sentence {gold.sent_index}")
        else:
            text, coded = found
            if gold.text is not None and _normal(gold.text) != _normal(text):
                mismatched.append(gold.where)
        matched, correct = score_sentence(gold, coded)
        counts.update(sentences=1, must=len(gold.must), may=len(gold.may), matched=len(matched),
                      coded=len(coded), correct=sum(correct))
        for m, must in enumerate(gold.must):
            row = roots.setdefault(must.root, RootRow())
            row.gold += 1
            row.found += m in matched
        for event, right in zip(coded, correct):
            row = roots.setdefault(event[1][:2], RootRow())
            row.coded += 1
            row.correct += right
        missed = [str(g) for m, g in enumerate(gold.must) if m not in matched]
        wrong = [_event_text(e) for e, right in zip(coded, correct) if not right]
        if missed or wrong:
            shown.append({"story_id": gold.story_id, "sent_index": gold.sent_index, "where": gold.where,
                          "text": text, "discarded": discard, "coded": [_event_text(e) for e in coded],
                          "missed": missed, "false_positives": wrong})
    figures = _gold_figures(counts)
    figures["stories_discarded"] = len(discarded)
    figures["text_mismatches"] = len(mismatched)
    notes = []
    if discarded:
        notes.append(f"{len(discarded)} stories discarded as a whole by coder (nothing coded): "
                     + ", ".join(sorted(discarded)))
    if mismatched:
        more = " ..." if len(mismatched) > 5 else ""
        notes.append(f"{len(mismatched)} gold sentences whose `text` differs from coder's sentence of that "
                     f"index (is the numbering the same?): {', '.join(mismatched[:5])}{more}")
    return Report(str(path), GOLD, figures, roots, shown, notes)


def _gold_figures(counts: Counter) -> dict:
    recall, precision = share(counts["matched"], counts["must"]), share(counts["correct"], counts["coded"])
    return _rounded({"sentences": counts["sentences"], "must": counts["must"], "may": counts["may"],
                     "matched": counts["matched"], "coded": counts["coded"], "correct": counts["correct"],
                     "recall": recall, "precision": precision, "f1": f1(precision, recall)})


def union(reports: list) -> Report:
    """The gold YAML reports pooled: their counts added (a sentence in two files counts twice)."""
    counts, roots = Counter(), {}
    for report in reports:
        counts.update({k: report.figures[k] for k in ("sentences", "must", "may", "matched", "coded", "correct")})
        for root, row in report.roots.items():
            total = roots.setdefault(root, RootRow())
            for name in ("gold", "found", "coded", "correct"):
                setattr(total, name, getattr(total, name) + getattr(row, name))
    figures = _gold_figures(counts)
    return Report(" + ".join(Path(r.path).name for r in reports), "union", figures, roots)


def evaluate(paths: list, coder, stories: Iterable = (), warn=None) -> list:
    """A Report per gold file, then their union when there are several gold YAML files.
    Every file is read (and checked) before anything is coded."""
    loaded = []
    for path in map(Path, paths):
        kind, content = detect(path)
        if kind == EXAMPLES:
            content = read_examples(path, content)
        elif kind == GOLD:
            content = read_gold(path, content)
        loaded.append((path, kind, content))
    stories = list(stories)
    pool = StoryPool(stories, coder, warn) if stories else None
    if stories and not any(kind == GOLD for _, kind, _ in loaded) and warn:
        warn("note: --stories is used by gold YAML files only; none was given")
    reports = []
    for path, kind, content in loaded:
        if kind == EXAMPLES:
            reports.append(evaluate_examples(path, content, coder))
        elif kind == PETRARCH:
            reports.append(evaluate_petrarch(path, coder))
        else:
            reports.append(evaluate_gold(path, content, pool))
    golds = [r for r in reports if r.format == GOLD]
    if len(golds) > 1:
        reports.append(union(golds))
    return reports


# --- printing ---------------------------------------------------------------------------------

def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _figure(label: str, value: str, detail: str = "") -> str:
    return f"  {label:<24}{value:>7}  {detail}".rstrip()


def _table(rows: list, headers: list) -> list:
    from tabulate import tabulate

    text = tabulate(rows, headers=headers, disable_numparse=True,
                    colalign=("left",) + ("right",) * (len(headers) - 1))
    return ["", *("  " + line for line in text.splitlines())]


def render(report: Report, show: bool = False) -> str:
    """The figures of one report as text: headline figures, then the per-root table."""
    f = report.figures
    lines = [f"{report.path}  ({FORMAT_NAMES.get(report.format, 'union of the gold YAML files')})"]
    if report.format == EXAMPLES:
        n = f["records"]
        lines += [
            _figure("records", str(n), f"each coded as one story dated {EXAMPLES_DATE}"),
            _figure("expected root coded", _pct(f["root_share"]), f"({f['root_hits']} of {n} records)"),
            _figure("exact code coded", _pct(f["exact_share"]), f"({f['exact_hits']} of {n})"),
            _figure("wrong-root events", f"{f['wrong_root_per_sentence']:.2f}",
                    f"per sentence ({f['wrong_root']} of {f['coded']} coded events)")]
        if f["records_with_actors"]:
            lines += [
                f"  with actors, matched loosely ({f['records_with_actors']} records list actors; the coded "
                "source and target start with a listed country code):",
                _figure("  expected root coded", _pct(f["actor_root_share"]), f"({f['actor_root_hits']} of {n})"),
                _figure("  exact code coded", _pct(f["actor_exact_share"]), f"({f['actor_exact_hits']} of {n})")]
        lines += [_figure("root-level recall", _pct(f["recall"]), "(= expected root coded)"),
                  _figure("root-level precision", _pct(f["precision"]),
                          "(coded events of the record's root or a linked code's)"),
                  _figure("root-level F1", _pct(f["f1"]))]
        lines += _table([[root, r.gold, r.found, _pct(share(r.found, r.gold)) if r.gold else "", r.exact, r.coded,
                          r.correct, _pct(share(r.correct, r.coded)) if r.coded else ""]
                         for root, r in sorted_roots(report.roots)],
                        ["root", "records", "root coded", "%", "exact", "coded events", "right root", "%"])
    elif report.format == PETRARCH:
        lines += [
            _figure("records", str(f["records"]), f"({f['scored']} scored; coded as `coder code` codes the file)"),
            _figure("exact records", _pct(f["exact_share"]), f"({f['exact']} of {f['scored']})"),
            _figure("event recall", _pct(f["recall"]), f"({f['correct_events']} of {f['expected_events']} expected)"),
            _figure("event precision", _pct(f["precision"]),
                    f"({f['correct_events']} of {f['coded_events']} coded)"),
            _figure("event F1", _pct(f["f1"]))]
        lines += _table([[name, n, k, _pct(share(k, n))] for name, (n, k) in sorted(report.categories.items())],
                        ["category", "records", "exact", "%"])
        lines += _table(_event_rows(report), ["root", "expected", "found", "recall", "coded", "correct", "precision"])
    else:
        lines += [
            _figure("sentences", str(f["sentences"]), f"({f['must']} must events, {f['may']} may)"),
            _figure("recall", _pct(f["recall"]), f"({f['matched']} of {f['must']} must events matched)"),
            _figure("precision", _pct(f["precision"]),
                    f"({f['correct']} of {f['coded']} coded events on gold sentences match a must or may entry)"),
            _figure("F1", _pct(f["f1"]))]
        lines += _table(_event_rows(report), ["root", "must", "matched", "recall", "coded", "correct", "precision"])
    lines += [f"  note: {note}" for note in report.notes]
    if show and report.shown:
        lines += ["", *_shown(report)]
    return "\n".join(lines) + "\n"


def _event_rows(report: Report) -> list:
    return [[root, r.gold, r.found, _pct(share(r.found, r.gold)) if r.gold else "", r.coded, r.correct,
             _pct(share(r.correct, r.coded)) if r.coded else ""] for root, r in sorted_roots(report.roots)]


def _list(items) -> str:
    return "; ".join(items) or "(nothing)"


def _shown(report: Report) -> list:
    lines = []
    if report.format == EXAMPLES:
        lines.append(f"  records with a miss or a wrong-root event: {len(report.shown)}")
        for item in report.shown:
            actors = " ".join(filter(None, [
                f"source {' '.join(item['source'])}" if item["source"] else "",
                f"target {' '.join(item['target'])}" if item["target"] else "",
                "reciprocal" if item["reciprocal"] else ""]))
            lines.append(f"  {item['id']}  {item['where']}  expects {item['expected']}  {actors}".rstrip())
            lines.append(f"    text:       {item['text']}")
            lines.append(f"    coded:      {_list(item['coded'])}"
                         + (f"  (story discarded: {item['discarded']})" if item["discarded"] else ""))
            if item["miss"] == "root":
                lines.append(f"    missed:     root {item['expected'][:2]}")
            elif item["miss"]:
                lines.append(f"    missed:     code {item['expected']} (root coded)")
            if item["wrong_root"]:
                lines.append(f"    wrong root: {_list(item['wrong_root'])}")
    elif report.format == PETRARCH:
        lines.append(f"  records not coded exactly: {len(report.shown)}")
        for item in report.shown:
            lines.append(f"  {item['id']} [{item['category']}] {item['where']}")
            lines.append(f"    text:     {item['text']}")
            lines.append(f"    expected: {_list(item['expected'])}")
            lines.append(f"    coded:    {_list(item['coded'])}")
            if item["missing"] and item["coded"]:
                lines.append(f"    missing:  {_list(item['missing'])}")
            if item["extra"] and item["expected"]:
                lines.append(f"    extra:    {_list(item['extra'])}")
    else:
        lines.append(f"  sentences with a missed must event or a false positive: {len(report.shown)}")
        for item in report.shown:
            lines.append(f"  {item['story_id']} sentence {item['sent_index']}  {item['where']}")
            text = item["text"] if item["text"] is not None else f"(story discarded: {item['discarded']})"
            lines.append(f"    text:     {text}")
            lines.append(f"    coded:    {_list(item['coded'])}")
            if item["missed"]:
                lines.append(f"    missed:   {_list(item['missed'])}")
            if item["false_positives"]:
                lines.append(f"    false positive: {_list(item['false_positives'])}")
    return lines


def as_json(reports: list, coder, show: bool = False) -> str:
    from . import __version__

    return json.dumps({"coder": __version__, "reading": coder.reading.name,
                       "files": [r.to_dict(show) for r in reports]}, indent=2, ensure_ascii=False) + "\n"


__all__ = ["evaluate", "render", "as_json", "Report", "GoldEvent", "GoldSentence", "match_musts",
           "score_sentence", "detect", "read_examples", "read_gold", "GoldError", "CoderError"]

"""Import PETRARCH / TABARI dictionaries into coder's YAML dictionaries.

``coder dict import-petrarch --verbs F --actors F [--actors F ...] --agents F --discards F
[--issues F] --out DIR`` reads the flat-text dictionaries of PETRARCH-1 (TABARI-style verb
patterns, e.g. ``PETR.Validate.verbs.txt``) and PETRARCH-2 (``CAMEO.2.0.txt``, with ``( )``
prepositional and ``{ }`` noun phrases), their actor, agent, discard and issue files, and writes
``actors.yaml``, ``agents.yaml``, ``verbs.yaml``, ``synsets.yaml``, ``discards.yaml``,
``issues.yaml`` and ``extra-codes.yaml`` in coder's format (docs/dictionaries.md). Every entry
written carries a ``# from FILE:LINE`` comment; every entry that could not be converted is
reported as ``FILE:LINE: reason``, never dropped silently.

What the PETRARCH formats mean, as read from PETRARCH's own reader and matcher (and how each is
converted):

- Comments: ``#`` anywhere ends the line; ``<!-- ... -->`` (also over several lines) and lines
  starting with ``<!`` are skipped.
- Stems: TABARI matched a word not followed by ``_`` as a stem (prefix). PETRARCH-1 and -2 do
  not stem at all: actor and agent words must equal the text's words (their readers replace
  ``_`` by a space and drop a final ``_``, "PETR does not do stemming"). Names are therefore
  written as exact words; ``--stems`` writes TABARI's reading instead (``ARGENTIN`` becomes
  ``Argentin*``), which needs the stem extension of the loader.
- Actor and agent names: ``_`` joins consecutive words; in PETRARCH-1 a space allowed other
  words of the same noun phrase in between: coder's gap ``..`` (``ITHILEN TELEVISION`` is
  ``Ithilen .. Television``, matching "Ithilen state-run television"; PETRARCH-2 reads the
  space as ``_``, which a gap also matches).
- Actor codes: ``[CODE]`` is the default; ``[CODE <DATE]``, ``[CODE >DATE]`` and
  ``[CODE DATE-DATE]`` are date-bounded, every bound inclusive, the first restriction that holds
  wins, else the default, else no code. Dates are ``YYYYMMDD`` or ``YYMMDD``; a two-digit year
  00-30 is 20YY and 31-99 is 19YY (PETRARCH's ``dstr_to_ordate``). ``---`` is the null code
  ("recognised, but not an actor"): a dated ``---`` becomes a period without a term; a name
  whose only code is ``---`` cannot be written and is reported.
- Agents: ``[~ROLE]`` appends the role after the actor code, ``[ROLE~]`` puts it before;
  ``{PLURAL}`` gives every other form there is (written as a noun of its own), ``{}`` none: such
  agents go in a group ``as_written: true`` (no lemma matching: ``POLICE {}`` is not
  "polices"); ``!MARK! = A, B`` substitution sets are expanded.
- Verb blocks: ``--- LABEL [code] ---`` gives the block's default code; each synonym line is a
  verb (own ``[code]`` optional) sharing the block's patterns. coder's verbs are lemmas:
  inflected heads (``SAID``) are lemmatised with spaCy (``say``); the forms listed in ``{...}``
  that spaCy lemmatises to the verb need no entry (it lemmatises the text too); the others
  (``STAGE {STAGED}``: spaCy's lemma of "staged" is "stag") are kept as an entry for their
  written forms under the lemma spaCy gives them (``{verb: stag, forms: [staged]}``), with the
  verb's code and patterns, so that a lemma error does not lose a verb. ``+VERB_PARTICLE`` becomes ``verb particle``; ``WORD_+VERB`` (words before the verb)
  becomes patterns of the verb (``word * => code``). Of two blocks whose heads share a lemma
  the one written in the lemma's own form, else the first, has the lemma's entry; the other's
  inflected head (``LEFT`` beside ``LEAVE``) is an entry for that form only (``forms: [left]``);
  a block repeating the same head (``SHOT`` twice) adds its patterns to the first.
- Patterns (PETRARCH-1/TABARI): ``*`` the verb, ``$`` source, ``+`` target, ``&SET`` a synonym
  set, ``_`` joins adjacent words, a space allows words in between: written as a gap
  ``..6`` (GAP below), ``^`` "skip a noun phrase": coder's ``^``,
  ``%`` a compound actor that is both source and target (``X and Y agreed``): ``$mutual``, ``{a|b}`` TABARI disjunctions
  (skipped by PETRARCH too). ``[a:b]`` in PETRARCH-1 is a two-way event: source->target coded
  ``a`` and target->source coded ``b``: coder's ``a:b``; ``[---:b]`` (reverse only) is reported.
- Patterns (PETRARCH-2): words are phrase heads; ``(PREP ...)`` a prepositional phrase,
  ``{MOD ... HEAD}`` a noun phrase: the markers are dropped and their words kept, with gaps
  ``..6`` between top-level elements and ``..3`` (PHRASE_GAP) inside a phrase. ``[a:b]`` is an
  active code and a passive one: ``[a:a]`` is ``a`` (coder codes the passive with the same code
  and swapped roles), ``[a:b]`` is reported (``--approximate`` keeps ``a``), ``[:b]`` (passive
  only) is reported. ``~`` verb transformations are reported.
- Codes: ``---`` is no event (a default ``---`` means the verb codes only through its
  patterns; a pattern coded ``---`` is reported as "code --- (no event)"). Numeric codes of 2-4
  digits that are not CAMEO codes go to ``extra-codes.yaml``; anything else (``075A``, ``[def]``)
  is reported.
- Synonym sets: ``&NAME`` then ``+PHRASE`` lines; PETRARCH-1 adds each phrase's plural (its
  pattern words match as written), which the import writes too, except after a final ``_`` on
  the name or the phrase; a member ``+&OTHER`` is another set, expanded in place (TABARI's
  nested sets).
- Discards: ``+PHRASE`` is story level, a plain phrase sentence level.
- Issues: ``PHRASE [CODE]``; ``n:`` and ``v:`` (PETRARCH generates plurals and verb forms) are
  dropped since coder matches by lemma; ``+`` gives both a space and a hyphen; ``~`` and ``~~``
  exclusion phrases have no equivalent and are reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

GAP = 6  # a space between TABARI pattern words: up to 6 intervening tokens
PHRASE_GAP = 3  # between the words of one PETRARCH-2 ( ) or { } phrase
HEADER = "# Imported from PETRARCH dictionaries by `coder dict import-petrarch`."
FILES = ("actors.yaml", "agents.yaml", "verbs.yaml", "synsets.yaml", "discards.yaml", "issues.yaml",
         "extra-codes.yaml")
EXTRA_LABEL = "imported from PETRARCH, not a CAMEO code"
FUNCTION_WORDS = frozenset("of the and for in on at to by from with de del della la le les el al du des da "
                           "di do dos das von van der den bin ibn y et".split())
WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*\Z")
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
BRACKET = re.compile(r"\[([^\]]*)\]")


# --- the report ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    where: str  # FILE:LINE
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Report:
    """What was converted (counts per kind), what was approximated and what was not converted."""
    counts: dict = field(default_factory=dict)  # kind -> {what: n}
    notes: Counter = field(default_factory=Counter)
    approximated: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    written: list = field(default_factory=list)
    examples: dict = field(default_factory=dict)  # note -> a few examples shown with it
    seconds: float = 0.0

    def skip(self, where: str, reason: str) -> None:
        self.skipped.append(Problem(where, reason))

    def approx(self, where: str, reason: str) -> None:
        self.approximated.append(Problem(where, reason))

    def count(self, kind: str, what: str, n: int = 1) -> None:
        self.counts.setdefault(kind, {}).setdefault(what, 0)
        self.counts[kind][what] += n

    @property
    def converted(self) -> int:
        return sum(n for counts in self.counts.values() for n in counts.values())

    @staticmethod
    def in_order(problems: list) -> list:
        """By file (in the order the files were read), then line."""
        files: dict = {}
        for p in problems:
            files.setdefault(p.where.rsplit(":", 1)[0], len(files))

        def key(p):
            name, _, line = p.where.rpartition(":")
            return files[name], int(line) if line.isdigit() else 0

        return sorted(problems, key=key)

    def text(self) -> str:
        lines = [f"imported in {self.seconds:.1f} s; wrote {', '.join(self.written) or 'nothing'}", "",
                 "converted:"]
        for kind, counts in self.counts.items():
            lines.append(f"  {kind + ':':11} " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        if self.notes:
            lines += ["", "notes:"]
            for what, n in self.notes.items():
                shown = self.examples.get(what, [])
                more = ", ..." if len(shown) < n else ""
                lines.append(f"  {what}: {n}" + (f" ({', '.join(shown)}{more})" if shown else ""))
        lines += ["", f"approximated (converted, but not exactly as PETRARCH codes them): {len(self.approximated)}"]
        lines += [f"  {p}" for p in self.in_order(self.approximated)]
        lines += ["", f"not converted: {len(self.skipped)}"]
        lines += [f"  {p}" for p in self.in_order(self.skipped)]
        return "\n".join(lines) + "\n"


class Unconvertible(Exception):
    """An element or entry that coder's format cannot express; the message is the reason."""


# --- reading the flat files ---------------------------------------------------------------

def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def logical_lines(path: Path) -> list:
    """(line number, text) of the lines that hold something, comments removed as PETRARCH does:
    ``#`` to the end of the line, ``<!-- ... -->`` even over several lines, lines starting ``<!``."""
    result, in_comment = [], False
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        while "<!--" in line:
            before, after = line.split("<!--", 1)
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_comment = before, True
        if line.lstrip().startswith("<!"):
            continue
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            result.append((number, line))
    return result


def connected_words(text: str) -> list:
    """The words of a PETRARCH phrase as (word, exact, gap_before): ``exact`` when the word is
    followed by ``_`` (TABARI: a whole word, not a stem), ``gap_before`` when a space (not
    ``_``) separates it from the previous word."""
    words, gap = [], False
    for match in re.finditer(r"([^\s_]+)(_*)(\s*)", text):
        word, underscores, spaces = match.groups()
        words.append((word, bool(underscores), gap))
        gap = bool(spaces)
    return words


def capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def actor_name(words: list, stems: bool, gaps: bool = False) -> str:
    """An actor name in coder's spelling: words capitalised, function words in lower case,
    abbreviations (a one-word name of 2-3 letters, a word with dots) kept in capitals so that the
    loader matches them case-sensitively ("US" is not "us")."""
    leading_the = len(words) > 1 and words[0][0].upper() == "THE"
    single = len(words) - leading_the == 1
    out = []
    for i, (word, exact, gap_before) in enumerate(words):
        letters = sum(c.isalpha() for c in word)
        core = not (i == 0 and leading_the)
        if word.isupper() and core and ((single and 2 <= letters <= 3 and word.isalpha()) or "." in word):
            text = word
        elif i > 0 and word.lower() in FUNCTION_WORDS:
            text = word.lower()
        else:
            text = capitalised(word)
        gap = ".. " if gaps and i > 0 and gap_before and not (i == 1 and leading_the) else ""
        out.append(gap + text + ("*" if stems and not exact and any(c.isalnum() for c in word) else ""))
    return " ".join(out)


def lower_phrase(words: list, stems: bool = False, gaps: bool = False) -> str:
    """The phrase in lower case; with ``gaps``, a space between PETRARCH words (other words of
    the noun phrase may come between) is coder's gap ``..``."""
    return " ".join((".. " if gaps and gap and k else "") + w.lower() + ("*" if stems and not exact else "")
                    for k, (w, exact, gap) in enumerate(words))


# --- the loader's view of a phrase (to find the duplicates it would refuse) -----------------

class PhraseKeys:
    """Split a phrase into the keys coder's loader stores it under (its own splitter: spaCy's
    tokenizer, lower case except 2-3 letter all-capital words, ``word*`` stems), so that the
    duplicates it would refuse are caught and reported here."""

    def __init__(self):
        from ..dictionary import default_splitter

        self.split = default_splitter()

    def __call__(self, phrase: str) -> tuple:
        return tuple(self.split(without_the(phrase)))


# --- lemmas ---------------------------------------------------------------------------------

class Lemmatizer:
    """Verb lemmas from spaCy's rule lemmatizer (the English model coder codes with); a word
    that is already a verb lemma in spaCy's tables stays as it is."""

    def __init__(self, report: Report):
        self.cache: dict = {}
        self.pipe, self.base, self.irregular = None, set(), set()
        try:
            import spacy

            from ..nlp import MODELS

            for name in MODELS:
                try:
                    nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler",
                                                    "senter"])
                except OSError:
                    continue
                self.vocab, self.pipe = nlp.vocab, nlp.get_pipe("lemmatizer")
                try:
                    self.base = set(self.pipe.lookups.get_table("lemma_index")["verb"])
                    self.irregular = set(self.pipe.lookups.get_table("lemma_exc")["verb"])
                except (KeyError, AttributeError):  # pragma: no cover - a lookup-mode lemmatizer
                    self.base, self.irregular = set(), set()
                break
        except Exception:  # pragma: no cover - spaCy always comes with coder
            self.pipe = None
        if self.pipe is None:
            report.notes["no spaCy model: verbs written lower-cased, not lemmatised"] += 1

    def __call__(self, word: str, keep_base: bool = True) -> str:
        """The lemma; with ``keep_base`` a known verb lemma stays itself (the suffix rules would cut
        "bring" to "bre", and "found" is a verb too)."""
        word = word.lower()
        if keep_base and word in self.base:
            return word
        if (word, keep_base) not in self.cache:
            lemma = word
            inflected = word in self.irregular or word.endswith(("ed", "ing")) or (
                word.endswith("s") and not word.endswith("ss"))  # else the rules cut "unimpress"
            if self.pipe is not None and (inflected or not keep_base):
                from spacy.tokens import Doc

                doc = self.pipe(Doc(self.vocab, words=[word], pos=["VERB"]))
                lemma = doc[0].lemma_.lower() or word
            self.cache[word, keep_base] = lemma
        return self.cache[word, keep_base]


def regular_forms(lemma: str) -> set:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma[-1:].isalpha() and lemma[-1] not in "aeiouwxy":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


# --- event codes ----------------------------------------------------------------------------

class Codes:
    """Checks event codes against the CAMEO codebook; collects the numeric non-CAMEO ones."""

    def __init__(self, report: Report, approximate: bool):
        import yaml

        from ..resources import dictionaries_dir

        cameo = yaml.safe_load((dictionaries_dir() / "cameo.yaml").read_text(encoding="utf-8"))
        self.cameo = {str(code) for code in cameo["codes"]}
        self.extra: dict = {}  # code -> where first used
        self.report, self.approximate = report, approximate

    def one(self, code: str, where: str) -> str:
        if code in self.cameo:
            return code
        if re.fullmatch(r"[0-9]{2,4}[A-Z]?", code):
            self.extra.setdefault(code, where)
            return code
        raise Unconvertible(f"code [{code}] is neither a CAMEO code nor 2-4 digits with an optional "
                            "upper-case letter")

    def event(self, raw: str, where: str, style: str) -> tuple:
        """(code or None for ---, approximation reason or None); raises Unconvertible. A PETRARCH-1
        two-way code [a:b] is coder's "a:b"."""
        raw = raw.strip()
        if raw in ("---", ""):
            return None, None
        if ":" not in raw:
            return self.one(raw, where), None
        first, _, second = (part.strip() for part in raw.partition(":"))
        if style == "petrarch2":
            if not first or first == "---":
                raise Unconvertible(f"code [{raw}] is passive-only: PETRARCH-2 codes {second} only for a "
                                    "passive verb, with source and target reversed; coder has no such code")
            if first == second:
                self.report.notes["PETRARCH-2 [a:a] codes read as a (same code active and passive)"] += 1
                return self.one(first, where), None
            if not self.approximate:
                raise Unconvertible(f"code [{raw}]: PETRARCH-2 codes {first} in the active voice and {second} "
                                    "in the passive; coder has one code for both (--approximate keeps the first)")
            return self.one(first, where), f"[{raw}] written as {first}: the passive code {second} is dropped"
        if first and first != "---" and second in ("", "---"):
            return self.one(first, where), None  # no reverse event: exactly a one-way code
        if not first or first == "---":
            raise Unconvertible(f"code [{raw}] codes only the reverse direction; no equivalent")
        # PETRARCH-1 [a:b]: source->target a and target->source b, coder's "a:b"
        return f"{self.one(first, where)}:{self.one(second, where)}", None


# --- YAML text ------------------------------------------------------------------------------

def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def comment(text: str) -> str:
    return "# " + " ".join(str(text).split())


def write_file(path: Path, sources: list, body: list) -> None:
    lines = [HEADER, f"# Sources: {', '.join(sources)}.",
             "# Each entry says where it came from (`# from FILE:LINE`); see the import report for what"
             " was not converted.", ""]
    path.write_text("\n".join(lines + body) + "\n", encoding="utf-8")


# --- actors ---------------------------------------------------------------------------------

@dataclass
class ActorEntry:
    where: str
    names: list = field(default_factory=list)  # (text, where, words)
    defaults: list = field(default_factory=list)  # (code or None, where, raw)
    terms: list = field(default_factory=list)  # (code or None, start, end, where, raw)
    bracketed: bool = False  # a [code] was written for it, even one that could not be read


def parse_date(text: str) -> dt.date:
    """PETRARCH's dates: more than 7 characters is YYYYMMDD (its first 8 digits), else YYMMDD
    (its first 6), a two-digit year 00-30 being 20YY and 31-99 19YY."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"date {text.strip()!r}: expected YYYYMMDD or YYMMDD")
    if len(digits) <= 7:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        digits = f"{year}{digits[2:6]}"
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def odd_dates(content: str) -> list:
    """The dates of a restriction that PETRARCH reads by cutting them (7 or 9+ digits)."""
    return [d for d in re.findall(r"\d+", content) if len(d) not in (6, 8)]


def parse_actor_code(content: str) -> tuple:
    """``CODE``, ``CODE <DATE``, ``CODE >DATE``, ``CODE DATE-DATE`` -> (code, start, end, dated)."""
    match = re.match(r"\s*([^\s<>]+)\s*(.*?)\s*\Z", content)
    if not match:
        raise ValueError("empty code")
    code, rest = match.groups()
    if not rest:
        return code, None, None, False
    if rest[0] in "<>":
        date = parse_date(rest[1:])
        return (code, None, date, True) if rest[0] == "<" else (code, date, None, True)
    if "-" in rest:
        first, _, second = rest.partition("-")
        start, end = parse_date(first), parse_date(second)
        if end < start:
            raise ValueError(f"restriction {rest!r}: the end is before the start")
        return code, start, end, True
    raise ValueError(f"restriction {rest!r}: expected <DATE, >DATE or DATE-DATE")


def actor_code(code: str, where: str, report: Report) -> Optional[str]:
    """None for the null code ---; raises Unconvertible for what coder cannot write."""
    if code == "---":
        return None
    if re.fullmatch(r"[A-Z]{3,}", code):
        return code
    if re.fullmatch(r"[A-Za-z]{3,}", code):
        report.approx(where, f"actor code [{code}] written in capitals as {code.upper()}")
        return code.upper()
    if "/" in code and all(re.fullmatch(r"[A-Za-z]{3,}", part) for part in code.split("/")):
        return code.upper()  # a name for several actors, each coded (coder's "A/B", as PETRARCH writes it)
    raise Unconvertible(f"actor code [{code}] is not made of letters")


def resolve_terms(entry: ActorEntry) -> tuple:
    """(default code, [(code, start, end, where, raw)]) equivalent to PETRARCH's rule (first
    restriction that holds, else the default), with no term coded ---."""
    default = entry.defaults[0][0] if entry.defaults else None
    if all(code is not None for code, *_ in entry.terms):
        return default, list(entry.terms)
    # A dated --- (a period in which the name is not an actor) cannot be a term: cut time into the
    # periods where PETRARCH's answer is constant and write the coded ones as terms, no default.
    points = sorted({d for _, start, end, *_ in entry.terms for d in
                     ([start] if start else []) + ([end + dt.timedelta(days=1)] if end else [])})

    def code_on(day):
        for code, start, end, *_ in entry.terms:
            if (start is None or start <= day) and (end is None or day <= end):
                return code
        return default

    bounds = [None] + points
    periods = []
    for i, start in enumerate(bounds):
        end = bounds[i + 1] - dt.timedelta(days=1) if i + 1 < len(bounds) else None
        day = start if start is not None else points[0] - dt.timedelta(days=1)
        code = code_on(day)
        if periods and periods[-1][0] == code:
            periods[-1][2] = end
        else:
            periods.append([code, start, end])
    if all(code is not None for code, _, _ in periods):
        return default, list(entry.terms)
    where, raw = entry.terms[0][3], " ".join(t[4] for t in entry.terms + [(None, None, None, None, d[2])
                                                                            for d in entry.defaults[:1]])
    return None, [(code, start, end, where, f"(periods of {raw})") for code, start, end in periods
                  if code is not None]


def import_actors(paths: list, stems: bool, keys: PhraseKeys, report: Report) -> list:
    """Actor entries as dicts {code, terms, names, where}, duplicates and errors reported."""
    entries = []
    for path in paths:
        current = None
        for number, line in logical_lines(path):
            where = f"{path.name}:{number}"
            text = line.split(";", 1)[0].rstrip()  # ';' is the old KEDS/TABARI comment
            stripped = text.strip()
            if not stripped:
                continue
            if stripped.startswith("["):
                name_part = ""
            elif stripped.startswith("+"):
                name_part = stripped[1:].split("[", 1)[0]
            else:
                name_part = stripped.split("[", 1)[0]
                if current is not None and current.names and not current.bracketed:
                    # PETRARCH-1 gives a run of names without codes the codes that follow them
                    report.notes["names without a code joined to the codes after them (as PETRARCH-1 "
                                 "reads them)"] += 1
                else:
                    current = ActorEntry(where)
                    entries.append(current)
            if current is None:
                report.skip(where, "code or synonym before any actor name")
                continue
            if name_part.strip():
                words = connected_words(name_part)
                if not words:
                    report.skip(where, f"name {name_part.strip()!r} has no words")
                elif any(gap for _, _, gap in words[1:]):
                    report.notes["actor names with spaces written with gaps `..` (PETRARCH-1: other words of "
                                 "the noun phrase may come between)"] += 1
                if words:
                    current.names.append((actor_name(words, stems, gaps=True), where, words))
            if stripped.startswith("+") and "[" in stripped:
                report.skip(where, f"code on a synonym line ignored ({stripped.split('[', 1)[1].split(']')[0]!r}): "
                                   "PETRARCH reads codes only after the first name of an entry")
                continue
            for content in BRACKET.findall(stripped):
                current.bracketed = True
                try:
                    code, start, end, dated = parse_actor_code(content)
                    code = actor_code(code, where, report)
                except ValueError as exc:
                    report.skip(where, f"[{content}]: {exc}")
                    continue
                except Unconvertible as exc:
                    report.skip(where, str(exc))
                    continue
                for odd in odd_dates(content):
                    report.approx(where, f"[{content.strip()}]: date {odd} read as "
                                         f"{parse_date(odd).isoformat()} (PETRARCH reads the first "
                                         f"{6 if len(odd) <= 7 else 8} digits)")
                if dated:
                    current.terms.append((code, start, end, where, f"[{content.strip()}]"))
                else:
                    current.defaults.append((code, where, f"[{content.strip()}]"))
    result, seen = [], {}
    for entry in entries:
        for code, where, raw in entry.defaults[1:]:
            report.skip(where, f"second default code {raw} ignored; the first, "
                               f"[{entry.defaults[0][0] or '---'}], is kept")
        if not entry.names:
            continue
        default, terms = resolve_terms(entry)
        if default is None and not terms:
            null = bool(entry.defaults) or bool(entry.terms)
            reason = ("code --- only (a name PETRARCH recognises but does not code, e.g. to block a shorter "
                      "name inside it): coder has no null actors" if null else
                      "no code that could be converted" if entry.bracketed else "no actor code")
            report.skip(entry.where, f"{reason}; names not converted: "
                                     + ", ".join(name for name, _, _ in entry.names))
            continue
        identity = (default, tuple((c, s, e) for c, s, e, *_ in terms))
        names = []
        for name, where, words in entry.names:
            key = keys(name)
            if key in seen:
                other_identity, other_where = seen[key]
                if other_identity != identity:
                    report.skip(where, f"name {name!r} ({describe(identity)}) is already {describe(other_identity)}"
                                       f" at {other_where}; the first is kept (PETRARCH-1 uses the first, "
                                       "PETRARCH-2 the last)")
                elif other_where != where:
                    report.notes["actor names repeated with the same code (written once)"] += 1
                continue
            seen[key] = (identity, where)
            names.append((name, where))
        if names:
            result.append({"code": default, "terms": terms, "names": names, "where": entry.where})
            report.count("actors", "entries")
            report.count("actors", "names", len(names))
            if terms:
                report.count("actors", "dated terms", len(terms))
    return result


def describe(identity: tuple) -> str:
    """An actor's codes in a message: "IRQ", "IRQGOV/IRQELI by date", "IRQ, else by date"."""
    default, terms = identity
    dated = "/".join(dict.fromkeys(code for code, _, _ in terms))
    if not terms:
        return str(default)
    return f"{dated} by date" + (f", else {default}" if default else "")


def actors_yaml(entries: list) -> list:
    body = ["# Dates: PETRARCH reads YYMMDD years 00-30 as 20YY and 31-99 as 19YY; every bound is inclusive;",
            "# the first term that holds wins, else `code`, else the name is not an actor on that date.",
            "actors:"]
    for entry in entries:
        first = True
        if entry["code"]:
            body.append(f"  - code: {q(entry['code'])}  {comment('from ' + entry['where'])}")
            first = False
        if entry["terms"]:
            body.append(f"  {'- ' if first else '  '}terms:" + (f"  {comment('from ' + entry['where'])}" if first else ""))
            first = False
            for code, start, end, where, raw in entry["terms"]:
                parts = [f"code: {q(code)}"]
                if start:
                    parts.append(f"from: {q(start.isoformat())}")
                if end:
                    parts.append(f"to: {q(end.isoformat())}")
                body.append(f"      - {{{', '.join(parts)}}}  {comment(f'from {where} {raw}')}")
        body.append("    names:")
        for name, where in entry["names"]:
            body.append(f"      - {q(name)}  {comment('from ' + where)}")
    return body


# --- agents ---------------------------------------------------------------------------------

def import_agents(path: Path, stems: bool, keys: PhraseKeys, report: Report) -> list:
    """Agent groups [(role, place, [(noun, where)])] in first-seen order."""
    markers, groups, seen = {}, {}, {}
    for number, line in logical_lines(path):
        where = f"{path.name}:{number}"
        text = line.strip()
        if "!" in text and "=" in text:
            match = re.match(r"!([^!]+)!\s*=\s*(.*)\Z", text)
            if not match:
                report.skip(where, "substitution set: expected !NAME! = A, B, ...")
                continue
            markers[match.group(1)] = [item.strip() for item in match.group(2).split(",") if item.strip()]
            continue
        if "[" not in text or "]" not in text.split("[", 1)[1]:
            report.skip(where, "agent without a [code]")
            continue
        phrase, _, rest = text.partition("[")
        code = rest.partition("]")[0].replace(" ", "")
        if code.startswith("~"):
            role, place = code[1:], "after"
        elif code.endswith("~"):
            role, place = code[:-1], "before"
        else:
            report.skip(where, f"agent code [{code}]: expected [~ROLE] or [ROLE~]")
            continue
        if not re.fullmatch(r"[A-Z]{3,}", role):
            report.skip(where, f"agent code [{code}]: the role is not made of capital letters")
            continue
        plural, as_written = None, False
        if "{" in phrase:
            if "}" not in phrase:
                report.skip(where, "missing '}' after the plural")
                continue
            plural = phrase[phrase.index("{") + 1:phrase.index("}")].strip()
            phrase = phrase[:phrase.index("{")]
            as_written = True  # PETRARCH makes no other forms: POLICE {} is not "polices"
        phrases, failed = [phrase.strip()], False
        while not failed and any("!" in p for p in phrases):
            expanded = []
            for p in phrases:
                match = re.search(r"!([^!]+)!", p)
                if not match or match.group(1) not in markers:
                    report.skip(where, f"substitution marker {match.group(0) if match else '!'} is not defined "
                                       "(expected a line !NAME! = A, B, ... before it)")
                    failed = True
                    break
                expanded += [p[:match.start()] + sub + p[match.end():] for sub in markers[match.group(1)]]
            phrases = expanded
        if failed:
            continue
        if len(phrases) > 1:
            report.notes["agent nouns made from substitution sets (!MARK!)"] += len(phrases)
        if plural:
            phrases.append(plural)
        for p in phrases:
            words = connected_words(p)
            if not words:
                continue
            noun = lower_phrase(words, stems, gaps=True)
            key = keys(noun)
            if key in seen:
                if seen[key][0][:2] != (role, place):
                    other = seen[key]
                    report.skip(where, f"agent noun {noun!r} is already "
                                       f"{'[~' + other[0][0] + ']' if other[0][1] == 'after' else '[' + other[0][0] + '~]'}"
                                       f" at {other[1]}; the first is kept (PETRARCH-1 uses the first, PETRARCH-2 the last)")
                continue
            seen[key] = ((role, place, as_written), where)
            groups.setdefault((role, place, as_written), []).append((noun, where))
            report.count("agents", "nouns")
    report.count("agents", "role groups", len(groups))
    return [(role, place, as_written, nouns) for (role, place, as_written), nouns in groups.items()]


def agents_yaml(groups: list) -> list:
    body = ["# code: ROLE appends the role after the actor code ([~ROLE]); place: before puts it first ([ROLE~]).",
            "# as_written: true: the nouns match only as written (PETRARCH's {PLURAL} lists every form).",
            "agents:"]
    for role, place, as_written, nouns in groups:
        body.append(f"  - code: {q(role)}")
        if place == "before":
            body.append("    place: before")
        if as_written:
            body.append("    as_written: true")
        body.append("    nouns:")
        body += [f"      - {q(noun)}  {comment('from ' + where)}" for noun, where in nouns]
    return body


# --- discards and issues --------------------------------------------------------------------

def import_discards(path: Path, report: Report) -> dict:
    result = {"story": [], "sentence": []}
    seen = set()
    for number, line in logical_lines(path):
        where = f"{path.name}:{number}"
        text = line.strip()
        scope = "story" if text.startswith("+") else "sentence"
        words = connected_words(text.lstrip("+"))
        phrase = lower_phrase(words)
        if not phrase:
            report.skip(where, "empty discard phrase")
            continue
        if (scope, phrase) in seen:
            continue
        seen.add((scope, phrase))
        result[scope].append((phrase, where))
        report.count("discards", f"{scope}-level phrases")
    return result


def discards_yaml(discards: dict) -> list:
    body = ["discards:"]
    for scope in ("story", "sentence"):
        if not discards[scope]:
            body.append(f"  {scope}: []")
            continue
        body.append(f"  {scope}:")
        body += [f"    - {q(phrase)}  {comment('from ' + where)}" for phrase, where in discards[scope]]
    return body


def issue_forms(target: str, report: Report) -> list:
    """PETRARCH's expansions: n: and v: (left to lemma matching), + -> space and hyphen."""
    if re.search(r"\b[nv]:", target):
        report.notes["issue n:/v: expansions left to coder's lemma matching"] += 1
        target = re.sub(r"\b[nv]:", "", target)
    parts = target.split("+")
    forms = []
    for joins in itertools.product((" ", "-"), repeat=len(parts) - 1):
        form = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))
        forms.append(" ".join(form.replace("_", " ").split()).lower())
    return forms


def import_issues(path: Path, keys: PhraseKeys, report: Report) -> list:
    codes, seen, category = {}, {}, None
    for number, line in logical_lines(path):
        where = f"{path.name}:{number}"
        text = line.strip()
        if text.startswith("<"):
            match = re.search(r'CATEGORY="([^"]*)"', text)
            category = match.group(1) if match else None
            continue
        if text.startswith("~"):
            scope = "story" if text.startswith("~~") else "sentence"
            report.skip(where, f"exclusion phrase {text.lstrip('~').strip()!r} ({scope} level): coder's issues "
                               "have no exclusions")
            continue
        if "[" not in text or "]" not in text:
            report.skip(where, "issue phrase without a [CODE]")
            continue
        code = text[text.index("[") + 1:text.index("]")].strip()
        target = text[:text.index("[")].strip()
        if not code or not target:
            report.skip(where, "issue without a phrase or a code")
            continue
        for phrase in issue_forms(target, report):
            key = keys(phrase)
            if key in seen:
                if seen[key][0] != code:
                    report.skip(where, f"issue phrase {phrase!r} is already [{seen[key][0]}] at {seen[key][1]}")
                continue
            seen[key] = (code, where)
            codes.setdefault(code, {"category": category, "phrases": []})["phrases"].append((phrase, where))
            report.count("issues", "phrases")
    report.count("issues", "codes", len(codes))
    return [(code, data["category"], data["phrases"]) for code, data in codes.items()]


def issues_yaml(issues: list) -> list:
    body = ["issues:"]
    for code, category, phrases in issues:
        body.append(f"  - code: {q(code)}" + (f"  {comment('category ' + category)}" if category else ""))
        body.append("    phrases:")
        body += [f"      - {q(phrase)}  {comment('from ' + where)}" for phrase, where in phrases]
    return body


# --- verbs: reading -------------------------------------------------------------------------

@dataclass
class Block:
    label: str
    where: str
    code: str
    header: str
    patterns: list = field(default_factory=list)  # (where, text)
    verbs: list = field(default_factory=list)  # (where, text)


@dataclass
class Synset:
    name: str
    where: str
    members: list = field(default_factory=list)  # (where, text)
    plurals: bool = True  # PETRARCH-1 adds each member's plural, unless the name ends in _


def read_verb_file(path: Path, report: Report) -> tuple:
    blocks, synsets, current_synset, block = [], {}, None, None
    for number, line in logical_lines(path):
        where = f"{path.name}:{number}"
        text = line.strip()
        if text.startswith("---"):
            codes = BRACKET.findall(text)
            label = text.strip("-").split("[", 1)[0].strip()
            block = Block(label, where, codes[0].strip() if codes else "---", " ".join(text.split()))
            blocks.append(block)
            current_synset = None
            for extra in codes[1:]:
                report.skip(where, f"second code [{extra}] in the block header ignored (PETRARCH reads the first)")
        elif text.startswith("-"):
            current_synset = None
            if block is None:
                report.skip(where, "pattern outside a verb block")
            else:
                block.patterns.append((where, text))
        elif text.startswith("&"):
            raw = text.split()[0]
            name = raw[1:].rstrip("_").lower()
            if not NAME_RE.match(name):
                report.skip(where, f"synonym set name {raw!r} cannot be written")
                current_synset = None
            elif name in synsets:
                report.skip(where, f"synonym set {raw} is already defined at {synsets[name].where}; "
                                   "its members here are added to it")
                current_synset = synsets[name]
            else:
                current_synset = synsets[name] = Synset(name, where, plurals=not raw.endswith("_"))
        elif text.startswith("+") and current_synset is not None:
            current_synset.members.append((where, text[1:].strip()))
        elif text.startswith("~"):
            current_synset = None
            report.skip(where, f"verb transformation {' '.join(text.split())!r}: coder has no transformations")
        else:
            current_synset = None
            if block is None:
                report.skip(where, "verb outside a block (no --- LABEL [code] --- line before it)")
            else:
                block.verbs.append((where, text))
    return blocks, synsets


def petrarch_plural(phrase: str) -> Optional[str]:
    """PETRARCH-1's plural of a synonym-set phrase (its last word): Y -> IES, else +S; a word
    already ending in S is left as it is (PETRARCH would write "dollarses")."""
    if phrase.endswith("s"):
        return None
    if phrase.endswith("y"):
        return phrase[:-1] + "ies"
    return phrase + "s"


def resolve_synsets(synsets: dict, report: Report, plurals: bool = False) -> dict:
    """name -> [(phrase, where, note)], nested sets expanded; with ``plurals`` (PETRARCH-1, whose
    pattern words match as written) each phrase's plural too, unless the set's name or the
    phrase ends in ``_``."""
    resolved: dict = {}

    def members(name: str, stack: tuple) -> list:
        if name in resolved:
            return resolved[name]
        result = []
        for where, text in synsets[name].members:
            if text.startswith("&"):
                inner = text[1:].strip().rstrip("_").lower()
                if inner in stack:
                    report.skip(where, f"synonym set &{inner} contains itself")
                elif inner not in synsets:
                    report.skip(where, f"synonym set &{inner.upper()} is not defined")
                else:
                    report.notes["nested synonym sets expanded"] += 1
                    result += [(p, w, f"via &{inner}") for p, w, _ in members(inner, stack + (inner,))]
                continue
            if "{" in text or "}" in text:
                report.skip(where, f"synonym {text!r}: braces cannot be written in a synonym set")
                continue
            phrase = " ".join(text.replace("_", " ").split()).lower()
            if phrase:
                result.append((phrase, where, ""))
                plural = petrarch_plural(phrase) if plurals and synsets[name].plurals and not text.endswith("_") else None
                if plural:
                    result.append((plural, where, "plural"))
                    report.notes["plurals added to synonym-set phrases (PETRARCH-1 matches words as written)"] += 1
        resolved[name] = result
        return result

    for name in synsets:
        members(name, (name,))
    return resolved


# --- verbs: patterns ------------------------------------------------------------------------

CARET = object()


def element(token: str, synsets: dict) -> object:
    """A pattern token in coder's pattern language (a string), CARET for ^, or Unconvertible."""
    if token == "*":
        return "*"
    if token == "$":
        return "$source"
    if token == "+":
        return "$target"
    if token == "^":
        return CARET
    if token == "%":
        return "$mutual"  # a compound actor that is both source and target ('X and Y agreed')
    if token.startswith("&"):
        name = token[1:].rstrip("_").lower()
        if name not in synsets:
            raise Unconvertible(f"synonym set {token} is not defined")
        return "&" + name
    word = token.lower()
    if WORD_RE.match(word):
        return word
    if '"' not in word and "\\" not in word:
        return q(word)
    raise Unconvertible(f"word {token!r} cannot be written in a pattern")


def render(items: list) -> str:
    """items: (element or CARET, gap before: 0 adjacent, else the gap size) -> pattern text."""
    out, pending = [], 0
    for item, gap in items:
        if item is CARET:
            item = "^"  # one noun phrase, skipped
        pending = max(pending, gap)
        if out and pending:
            out.append(f"..{pending}")
        out.append(item)
        pending = 0
    return " ".join(out)


def split_code(text: str) -> tuple:
    """A pattern line's body and its [code] (the last bracket)."""
    body = text[1:]
    match = None
    for match in BRACKET.finditer(body):
        pass
    if match is None:
        raise Unconvertible("pattern without a [code]")
    return body[:match.start()], match.group(1).strip()


def p1_pattern(body: str, synsets: dict) -> list:
    """A PETRARCH-1/TABARI pattern body -> items (element, gap before it)."""
    if "{" in body or "}" in body:
        raise Unconvertible("TABARI disjunctive set {...}: PETRARCH skips such patterns too")
    body = body.replace("_ ", " ").strip()
    if body.endswith("_"):
        body = body[:-1]
    if body.count("*") != 1:
        raise Unconvertible("a pattern needs exactly one * (the verb)")
    items, gap = [], 0
    for token in re.findall(r"\*|[^\s_*]+|[\s_]+", body):
        if not token.strip("_ \t"):  # a connector: '_' joins adjacent words, a space allows a gap
            gap = GAP if any(c.isspace() for c in token) else 0
            continue
        items.append((element(token, synsets), gap))
        gap = 0
    return items


def p2_pattern(body: str, synsets: dict) -> list:
    """A PETRARCH-2 pattern body (with ( ) and { } phrases) -> items."""
    items, depth, phrase, last_phrase, counter = [], 0, None, None, 0
    for token in body.replace("*", " * ").split():
        opens = len(token) - len(token.lstrip("({"))
        closes = len(token) - len(token.rstrip(")}"))
        core = token.strip("(){}")
        if depth == 0 and opens:
            counter += 1
            phrase = counter
        depth += opens
        inside = phrase if depth > 0 else None
        for i, word in enumerate(w for w in core.split("_") if w):
            if i > 0:
                gap = 0
            elif items and inside is not None and inside == last_phrase:
                gap = PHRASE_GAP
            else:
                gap = GAP
            items.append((element(word, synsets), gap))
            last_phrase = inside
        depth -= closes
        if depth < 0:
            raise Unconvertible("unbalanced ( ) or { } in the pattern")
        if depth == 0:
            phrase = None
    if depth != 0:
        raise Unconvertible("unbalanced ( ) or { } in the pattern")
    return items


def convert_pattern(where: str, text: str, style: str, synsets: dict, codes: Codes, parse: Callable,
                    report: Report) -> Optional[tuple]:
    """(pattern text, the PETRARCH line) or None when reported as not convertible."""
    try:
        body, raw = split_code(text)
        code, reason = codes.event(raw, where, style)
        if code is None:
            raise Unconvertible("code --- (no event)")
        items = p1_pattern(body, synsets) if style == "petrarch1" else p2_pattern(body, synsets)
        if sum(1 for item, _ in items if item == "*") != 1:
            raise Unconvertible("a pattern needs exactly one * (the verb)")
        pattern = f"{render(items)} => {code}"
        try:
            parse(pattern)
        except Exception as exc:  # a generated pattern that coder's grammar refuses
            raise Unconvertible(f"converted pattern {pattern!r} does not parse: {str(exc).splitlines()[0]}")
    except Unconvertible as exc:
        report.skip(where, f"pattern {' '.join(text.split())!r}: {exc}")
        return None
    if reason:
        report.approx(where, f"pattern {' '.join(text.split())!r}: {reason}")
    if style == "petrarch2" and re.search(r"[(){}]", body):
        report.notes["PETRARCH-2 ( ) and { } phrase markers dropped (words kept, with gaps)"] += 1
    return pattern, " ".join(text.split())


# --- verbs: entries -------------------------------------------------------------------------

@dataclass
class VerbForm:
    lemma: str
    particle: str
    written: str
    where: str
    base: bool  # written in the lemma's own form
    order: int
    lead: str = ""  # words before the verb ("WIRE_+TAP"): written as patterns "wire * ..."
    only: str = ""  # the written forms this entry is for ("left" of "leave"), when another is the lemma's

    @property
    def text(self) -> str:
        return f"{self.lemma} {self.particle}".strip()

    @property
    def word(self) -> str:
        """The verb as written, lower case, without particles or markers ("said")."""
        return re.split(r"[\s_]+", self.written.strip().lstrip("+"))[0].lstrip("+").lower()


@dataclass
class Entry:
    block: Block
    forms: list
    code: Optional[str]
    patterns: list  # (where, pattern, original)
    inline: bool = False  # patterns of its own (merged or made), not the block's shared list


def parse_verb_line(text: str) -> tuple:
    """'+CORDON_OFF {+CORDONED_OFF ...} [123]' -> ('+CORDON_OFF', ['+CORDONED_OFF', ...], '123' or None)."""
    code = None
    if "[" in text:
        text, _, rest = text.partition("[")
        code = rest.partition("]")[0].strip()
    forms = []
    if "{" in text:
        text, _, rest = text.partition("{")
        forms = [f for f in rest.partition("}")[0].replace(",", " ").split() if f.strip("+_")]
    return text.strip(), forms, code


def verb_words(text: str) -> tuple:
    """(verb word, particles, plus-marked, lead words) of a PETRARCH verb: ``WIRE_+TAP`` is the
    verb TAP with the word WIRE before it."""
    words = [w for w in re.split(r"[\s_]+", text.strip()) if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    index = marked[0] if marked else 0
    lead = [w.lower() for w in words[:index]]
    if any(not WORD_RE.match(w) for w in lead):
        raise Unconvertible(f"multi-word verb {text!r}: the words before the verb cannot be written in a pattern")
    return (words[index].lstrip("+"), [w.lstrip("+").lower() for w in words[index + 1:]], bool(marked),
            " ".join(lead))


def import_verbs(path: Path, style: str, codes: Codes, report: Report) -> tuple:
    """(entries, synsets) for verbs.yaml and synsets.yaml."""
    from ..patterns import _parser

    blocks, raw_synsets = read_verb_file(path, report)
    if style == "auto":
        style = "petrarch2" if any("(" in t.split("[", 1)[0] for b in blocks for _, t in b.patterns) else "petrarch1"
    report.notes[f"verb file read as {style} ({path.name})"] += 1
    synsets = resolve_synsets(raw_synsets, report, plurals=style == "petrarch1")
    lemma = Lemmatizer(report)
    parse = _parser().parse
    entries, order, listed_forms = [], itertools.count(), []
    for block in blocks:
        patterns = []
        for where, text in block.patterns:
            converted = convert_pattern(where, text, style, synsets, codes, parse, report)
            if converted:
                patterns.append((where, *converted))
        groups: dict = {}
        for where, text in block.verbs:
            verb, forms, own_code = parse_verb_line(text)
            try:
                word, particles, marked, lead = verb_words(verb)
            except Unconvertible as exc:
                report.skip(where, str(exc))
                continue
            if particles and not marked:
                report.notes["multi-word verbs without a + (first word taken as the verb)"] += 1
            head = lemma(word)
            if head != word.lower():
                report.notes["verbs lemmatised"] += 1
                shown = report.examples.setdefault("verbs lemmatised", [])
                if len(shown) < 10:
                    shown.append(f"{word}->{head}")
            listed = []
            for form in forms:
                try:
                    fword, fparticles, _, flead = verb_words(form)
                except Unconvertible:
                    fword, fparticles, flead = form, None, None
                if fparticles != particles or flead != lead:
                    report.skip(where, f"form {form} of {verb.lstrip('+')} is not a form of the same verb "
                                       f"{' '.join([head, *particles])!r} (other particles or words before it)")
                elif lemma(fword, keep_base=False) == head or lemma(fword) == head:
                    report.notes["irregular forms dropped"] += 1  # spaCy lemmatises the text to the head
                else:
                    listed.append((form, fword.lower(), lemma(fword, keep_base=False)))
            raw = own_code if own_code is not None else block.code
            try:
                code, reason = codes.event(raw, where, style)
            except Unconvertible as exc:
                report.skip(where, f"verb {verb}: default {exc}; the verb keeps only its patterns")
                code, reason = None, None
            if reason:
                report.approx(where, f"verb {verb}: {reason}")
            vf = VerbForm(head, " ".join(particles), verb, where, word.lower() == head, next(order), lead)
            groups.setdefault(code, []).append(vf)
            listed_forms += [(VerbForm(flemma, vf.particle, form, where, False, next(order), lead, only=fword), vf)
                             for form, fword, flemma in listed]
        for code, forms in groups.items():
            if code is None and not patterns:
                for vf in forms:
                    report.skip(vf.where, f"verb {vf.written}: no code ({block.header}) and no convertible "
                                          "pattern: nothing to code")
                continue
            entries.append(Entry(block, forms, code, patterns))
    entries = one_entry_per_verb(entries, style, report)
    entries = with_listed_forms(entries, listed_forms, report)
    report.count("verbs", "entries", len(entries))
    report.count("verbs", "verbs and synonyms", sum(len(e.forms) for e in entries))
    report.count("verbs", "patterns", len({where for e in entries for where, *_ in e.patterns}))
    report.count("synsets", "sets", len(synsets))
    report.count("synsets", "phrases", sum(len(m) for m in synsets.values()))
    return entries, synsets, raw_synsets, style


def one_entry_per_verb(entries: list, style: str, report: Report) -> list:
    """coder has one entry per lemma (and particle); PETRARCH has one per written form. The first
    block of a lemma, written in the lemma's own form if one is, keeps the lemma; another
    block's inflected head (``LEFT`` beside ``LEAVE``) becomes an entry for that written form
    only (``forms: [left]``); a block repeating the same head (``SHOT`` twice) adds its patterns
    to the first (PETRARCH-1; PETRARCH-2 keeps the first definition); a verb with words before
    it (``WIRE_+TAP``) becomes patterns of the verb (``wire * => 1711``)."""
    best: dict = {}
    for entry in entries:
        for vf in entry.forms:
            key = (vf.lemma, vf.particle)
            if vf.lead:
                continue
            if key not in best or (vf.base, -vf.order) > (best[key].base, -best[key].order):
                best[key] = vf
    owner = {id(vf): entry for entry in entries for vf in entry.forms}
    result, taken, leads = [], {}, []
    for entry in entries:
        kept, restricted = [], []
        for vf in entry.forms:
            winner = best.get((vf.lemma, vf.particle))
            if vf.lead:
                leads.append((vf, entry))
            elif winner is vf:
                kept.append(vf)
            elif vf.word == winner.word:
                if style == "petrarch2":
                    report.skip(vf.where, f"verb {vf.written} is already an entry at {winner.where}; PETRARCH-2 "
                                          "keeps the first definition")
                    continue
                merge_into(owner[id(winner)], entry, vf, report)
            elif (vf.lemma, vf.particle, vf.word) in taken:
                report.skip(vf.where, f"verb {vf.written} is already an entry at {taken[vf.lemma, vf.particle, vf.word]}")
            else:
                taken[vf.lemma, vf.particle, vf.word] = vf.where
                vf.only = vf.word
                restricted.append(Entry(entry.block, [vf], entry.code, entry.patterns))
                report.notes["inflected verbs beside their lemma's entry, written for their own form (forms: [...])"] += 1
        entry.forms = kept
        result += ([entry] if kept else []) + restricted  # in PETRARCH's order
    for vf, entry in leads:
        attach_lead(result, best, owner, vf, entry, report)
    return result


def with_listed_forms(entries: list, listed: list, report: Report) -> list:
    """PETRARCH's listed forms of a verb (``STAGE {STAGED STAGING}``) that spaCy does not
    lemmatise to the verb ("staged" becomes "stag") are kept, each as an entry for its own
    written forms under the lemma spaCy gives them (``{verb: stag, forms: [staged, staging]}``),
    with the code and patterns of the verb's entry: text with such a form is coded as PETRARCH
    coded it, whatever spaCy makes of it. They follow their verb's entry."""
    owner = {id(vf): entry for entry in entries for vf in entry.forms}
    by_lemma = {(vf.lemma, vf.particle): entry for entry in entries for vf in entry.forms if not vf.only}
    taken = {(vf.lemma, vf.particle, vf.only) for entry in entries for vf in entry.forms if vf.only}
    after: dict = {}
    made: dict = {}  # (verb entry, spaCy's lemma, particle) -> the entry for its forms
    for vf, head in listed:
        entry = owner.get(id(head)) or by_lemma.get((head.lemma, head.particle))
        if entry is None or (vf.lemma, vf.particle, vf.only) in taken:
            continue  # its verb was not converted (reported there), or the form is an entry already
        taken.add((vf.lemma, vf.particle, vf.only))
        key = (id(entry), vf.lemma, vf.particle)
        if key in made:
            made[key].forms[0].only += " " + vf.only
        else:
            made[key] = Entry(entry.block, [vf], entry.code, entry.patterns, entry.inline)
            after.setdefault(id(entry), []).append(made[key])
        note = "listed forms spaCy does not lemmatise to their verb, kept as entries for their own form (forms: [...])"
        report.notes[note] += 1
        shown = report.examples.setdefault(note, [])
        if len(shown) < 10:
            shown.append(f"{vf.only}->{vf.lemma}")
    return [made for entry in entries for made in [entry, *after.get(id(entry), [])]]


def merge_into(target: Entry, entry: Entry, vf: VerbForm, report: Report) -> None:
    """A block repeating another's verb (``SHOT`` in two blocks): its patterns join the first's,
    and its code stands when the first has none."""
    if entry is target:
        return
    target.patterns = list(target.patterns) + [p for p in entry.patterns if p not in target.patterns]
    target.inline = True
    if target.code is None:
        target.code = entry.code
    elif entry.code is not None and entry.code != target.code:
        report.approx(vf.where, f"verb {vf.written}: its block's code [{entry.code}] is dropped; the first block's "
                                f"[{target.code}] is the verb's default (its patterns are kept)")
    report.notes["verbs repeated in several blocks: their patterns merged into the first block's entry"] += 1


def with_lead(pattern: str, lead: str) -> str:
    """A pattern of a verb with words before it: the words go right before ``*``."""
    return " ".join(f"{lead} *" if token == "*" else token for token in pattern.split(" "))


def attach_lead(entries: list, best: dict, owner: dict, vf: VerbForm, entry: Entry, report: Report) -> None:
    """``WIRE_+TAP`` in a block: patterns ``wire * ...`` on the verb tap's entry (made if none)."""
    winner = best.get((vf.lemma, vf.particle))
    target = owner[id(winner)] if winner is not None else None
    if target is None or target not in entries:
        target = Entry(entry.block, [VerbForm(vf.lemma, vf.particle, vf.written, vf.where, True, vf.order)],
                       None, [], inline=True)
        best[(vf.lemma, vf.particle)] = target.forms[0]
        owner[id(target.forms[0])] = target
        entries.append(target)
    made = [(where, with_lead(pattern, vf.lead), original) for where, pattern, original in entry.patterns]
    if entry.code:
        made.append((vf.where, f"{vf.lead} * => {entry.code}", f"{vf.written} [{entry.code}]"))
    target.patterns = list(target.patterns) + made
    target.inline = True
    report.notes["verbs with words before them written as patterns of the verb (wire * ...)"] += 1


def verbs_yaml(entries: list) -> list:
    body = [f"# A space between PETRARCH pattern words (words may come between) is written as a gap ..{GAP}; "
            f"inside a PETRARCH-2 ( ) or {{ }} phrase as ..{PHRASE_GAP}.", "verbs:"]
    anchored: dict = {}
    last_block = None
    for entry in entries:
        if entry.block is not last_block:
            body.append(f"  {comment(entry.block.header + ' (from ' + entry.block.where + ')')}")
            last_block = entry.block
        first, *others = entry.forms
        body.append(f"  - verb: {q(first.text)}  {comment(f'from {first.where} {first.written}')}")
        if first.only:
            body.append(f"    forms: [{', '.join(q(form) for form in first.only.split())}]")
        if others:
            body.append("    synonyms:")
            body += [f"      - {q(vf.text)}  {comment(f'from {vf.where} {vf.written}')}" for vf in others]
        if entry.code:
            body.append(f"    code: {q(entry.code)}")
        if entry.patterns and entry.inline:
            body.append("    patterns:")
            body += [f"      - {q(pattern)}  {comment(f'from {where} {original}')}"
                     for where, pattern, original in entry.patterns]
        elif entry.patterns:
            anchor = "p" + re.sub(r"\W", "_", entry.block.where)
            if id(entry.block) in anchored:
                body.append(f"    patterns: *{anchor}")
            else:
                anchored[id(entry.block)] = anchor
                body.append(f"    patterns: &{anchor}")
                body += [f"      - {q(pattern)}  {comment(f'from {where} {original}')}"
                         for where, pattern, original in entry.patterns]
    return body


def synsets_yaml(synsets: dict, raw: dict) -> list:
    body = ["synsets:"]
    for name, members in synsets.items():
        body.append(f"  {name}:  {comment('from ' + raw[name].where)}")
        if not members:
            body[-1] = f"  {name}: []  {comment('from ' + raw[name].where)}"
        for phrase, where, note in members:
            body.append(f"    - {q(phrase)}  {comment(f'from {where} {note}'.strip())}")
    return body


def extra_codes_yaml(extra: dict) -> list:
    body = ["# Event codes used by the imported verbs that are not CAMEO codes (old WEIS-style codes); one",
            "# under a CAMEO root takes that root's quad class, others 0.",
            "codes:"]
    for code in sorted(extra):
        quad = quad_class_of_root(code[:2])
        body.append(f"  {q(code)}: {{label: {q(EXTRA_LABEL)}, root: {q(code[:2])}, quad_class: {quad}, goldstein: 0.0}}"
                    f"  {comment('first used at ' + extra[code])}")
    return body


# --- the command ----------------------------------------------------------------------------

from ..codebook import quad_class_of_root  # noqa: E402
from ..dictionary import without_the  # noqa: E402
from .dialect import read_config, write_settings  # noqa: E402


def import_petrarch(out: Path, verbs: Optional[Path] = None, actors: Optional[list] = None,
                    agents: Optional[Path] = None, discards: Optional[Path] = None,
                    issues: Optional[Path] = None, stems: bool = False, approximate: bool = False,
                    verb_format: str = "auto", config: Optional[Path] = None) -> Report:
    """Convert the given PETRARCH files and write coder's YAML files to ``out``; returns the report."""
    started = time.perf_counter()
    report = Report()
    actors = list(actors or [])
    out.mkdir(parents=True, exist_ok=True)
    keys = PhraseKeys()
    files: dict = {}
    style = None
    if actors:
        entries = import_actors(actors, stems, keys, report)
        files["actors.yaml"] = ([p.name for p in actors], actors_yaml(entries))
    if agents:
        groups = import_agents(agents, stems, keys, report)
        files["agents.yaml"] = ([agents.name], agents_yaml(groups))
    if verbs:
        codes = Codes(report, approximate)
        entries, synsets, raw, style = import_verbs(verbs, verb_format, codes, report)
        files["verbs.yaml"] = ([verbs.name], verbs_yaml(entries))
        if synsets:
            files["synsets.yaml"] = ([verbs.name], synsets_yaml(synsets, raw))
        if codes.extra:
            files["extra-codes.yaml"] = ([verbs.name], extra_codes_yaml(codes.extra))
            report.count("extra codes", "numeric non-CAMEO event codes", len(codes.extra))
    if discards:
        files["discards.yaml"] = ([discards.name], discards_yaml(import_discards(discards, report)))
    if issues:
        files["issues.yaml"] = ([issues.name], issues_yaml(import_issues(issues, keys, report)))
    for name in FILES:  # an earlier import's file that this one does not replace would be loaded too
        stale = out / name
        if name not in files and stale.is_file() and stale.read_text(encoding="utf-8",
                                                                      errors="replace").startswith(HEADER):
            stale.unlink()
    for name, (sources, body) in files.items():
        write_file(out / name, sources, body)
        report.written.append(name)
    options = read_config(config, report) if config else {}
    write_settings(out, petrarch1=style == "petrarch1", options=options)  # read sentences as PETRARCH does
    if options:
        report.count("settings", "PETRARCH options", len(options))
    report.written.append("settings.yaml")
    report.seconds = time.perf_counter() - started
    return report


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """The options of ``coder dict import-petrarch``."""
    parser.description = ("Convert PETRARCH-1/TABARI or PETRARCH-2 dictionaries to coder's YAML dictionaries. "
                          "Prints what was converted and every entry that could not be, as FILE:LINE: reason.")
    parser.add_argument("--verbs", metavar="F", type=Path, help="verb dictionary (PETR.Validate.verbs.txt, CAMEO.2.0.txt)")
    parser.add_argument("--actors", metavar="F", type=Path, action="append",
                        help="actor dictionary (repeatable: Phoenix.Countries.actors.txt, ...)")
    parser.add_argument("--agents", metavar="F", type=Path, help="agent dictionary")
    parser.add_argument("--discards", metavar="F", type=Path, help="discard list")
    parser.add_argument("--issues", metavar="F", type=Path, help="issue list (Phoenix.IssueCoding.txt)")
    parser.add_argument("--config", metavar="F", type=Path,
                        help="PETRARCH configuration file (PETR_config.ini): its require_dyad and comma_* "
                             "options go into settings.yaml (default: PETRARCH's defaults)")
    parser.add_argument("--out", metavar="DIR", type=Path, required=True,
                        help="directory to write the YAML files to (created if needed)")
    parser.add_argument("--verb-format", choices=("auto", "petrarch1", "petrarch2"), default="auto",
                        help="pattern syntax of the verb file (default: petrarch2 when patterns use ( ) phrases)")
    parser.add_argument("--stems", action="store_true",
                        help="TABARI reading: an actor or agent word without a final _ is a stem (WORD*); "
                             "PETRARCH itself matches whole words")
    parser.add_argument("--approximate", action="store_true",
                        help="write PETRARCH-2 [a:b] codes (a in the active voice, b in the passive) as a, "
                             "instead of reporting them")


def run(args) -> int:
    """Run the import for parsed ``args``; prints the report; 0 when something was converted."""
    inputs = [getattr(args, "verbs", None), *(getattr(args, "actors", None) or []), getattr(args, "agents", None),
              getattr(args, "discards", None), getattr(args, "issues", None)]
    inputs = [p for p in inputs if p]
    config = getattr(args, "config", None)
    if not inputs:
        print("coder dict import-petrarch: give at least one of --verbs, --actors, --agents, --discards, "
              "--issues", file=sys.stderr)
        return 1
    missing = [str(p) for p in inputs + ([config] if config else []) if not Path(p).is_file()]
    if missing:
        print(f"coder dict import-petrarch: cannot read {', '.join(missing)}", file=sys.stderr)
        return 1
    report = import_petrarch(
        Path(args.out), verbs=args.verbs, actors=args.actors, agents=args.agents, discards=args.discards,
        issues=args.issues, stems=getattr(args, "stems", False), approximate=getattr(args, "approximate", False),
        verb_format=getattr(args, "verb_format", "auto"), config=config)
    sys.stdout.write(f"coder dict import-petrarch -> {args.out}\n" + report.text())
    return 0 if report.converted else 1

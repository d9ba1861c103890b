"""``coder dict lint``: find the dictionary mistakes that load without an error but code wrongly.

The loader (``coder.dictionary``) already stops at what it cannot use: unknown event codes, an
actor name given two different codes, a verb listed twice, a pattern that does not parse. What
it lets through is what this module looks for: entries that are listed twice with the same
meaning (only the first is ever used, so an edit to the second does nothing), actor terms whose
dates overlap or are out of order, patterns that can never fire or that change nothing, verbs
and nouns written as a form spaCy never gives as a lemma (so the entry is never looked up), and,
on request, event codes that no verb gives.

Every check reads the YAML through ``coder.yamlsource``, so every finding names the file, line
and column of the entry at fault. Names and phrases are normalised by the loader's own
functions (``Compiler.split``, ``without_the``), so that "the same name" means what it means to
the coder. One function per check; ``lint`` runs them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import yaml

from . import yamlsource
from .dictionary import (BUILTIN, Compiler, Dictionaries, EventEntry, Folders, _date, _list, _place,
                         default_splitter, load_cached, stack, without_the)
from .layers import Merger
from .patterns import Alternatives, Gap, Literal, Optional_, Pattern, Slot, Word, _walk
from .resources import dictionaries_dir
from .yamlsource import LDict, LList

ERROR, WARNING = "error", "warning"


# --- findings ----------------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Finding:
    """One problem, at a place in a dictionary file. Sorts by file, line, column."""
    path: str
    line: int
    column: int
    check: str
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message} [{self.check}]"


@dataclass
class Report:
    """The findings of one lint run, sorted, and notes on checks that could not run."""
    findings: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    files: tuple = ()

    @property
    def errors(self) -> int:
        return sum(f.severity == ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == WARNING for f in self.findings)

    def summary(self) -> str:
        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"
        return (f"{plural(self.errors, 'error')}, {plural(self.warnings, 'warning')} "
                f"in {plural(len(self.files), 'file')}")

    def exit_status(self, strict: bool = False) -> int:
        """1 when there is an error (or, with ``strict``, a warning), else 0."""
        return 1 if self.errors or (strict and self.warnings) else 0


def _where(value: Any, where: Any) -> tuple:
    """(path, line, column) of a YAML value: a string's text (as the loader reports it), a
    mapping's or list's own place, else the place of the entry it stands in."""
    if isinstance(value, (LDict, LList)):
        return value.path, value.line, value.column
    return _place(value, where)


def _finding(value: Any, where: Any, check: str, severity: str, message: str, shift: int = 0) -> Finding:
    """A finding at a YAML value's place; ``shift`` columns further into a string."""
    path, line, column = _where(value, where)
    return Finding(path, line, column + shift, check, severity, message)


def _at(value: Any, where: Any) -> str:
    path, line, column = _where(value, where)
    return f"{path}:{line}:{column}"


# --- what the checks read ----------------------------------------------------------------

@dataclass
class Source:
    """The YAML documents (with places) and the compiled dictionaries they make.

    ``compiler`` is only used for its splitters, so that names are normalised exactly as the
    loader normalises them.
    """
    documents: list  # (shown name, LDict), in the loader's order
    dictionaries: Dictionaries
    compiler: Compiler

    def sections(self, kind: str) -> Iterator[Any]:
        for _, doc in self.documents:
            if doc.get(kind) is not None:
                yield doc[kind]

    def entries(self, kind: str) -> Iterator[LDict]:
        """The entries of every list section of ``kind`` (actors, agents, verbs, issues)."""
        for section in self.sections(kind):
            for entry in _list(section, section, kind):
                yield entry

    def event_words(self) -> Iterator[tuple]:
        """(entry number, entry, kind, lemma as written, first word, particle) of every verb
        and noun, synonyms included, the way the loader reads them."""
        for number, entry in enumerate(self.entries("verbs")):
            kind = "verb" if "verb" in entry else "noun"
            for lemma in [entry[kind], *_list(entry.get("synonyms"), entry, "synonyms")]:
                words = str(lemma).lower().split()
                yield number, entry, kind, lemma, words[0], " ".join(words[1:]) or None

    def compiled(self, kind: str, word: str, particle: Optional[str], entry: Optional[LDict] = None) -> Optional[EventEntry]:
        """The compiled entry of a verb or noun (of the YAML ``entry``, when entries differ only
        by their written ``forms``)."""
        forms = frozenset(str(f).lower().strip() for f in _list(entry.get("forms"), entry, "forms")) if entry else None
        for event in self.dictionaries.events.get(word, ()):
            if (event.kind, event.particle) == (kind, particle) and (forms is None or event.forms == forms):
                return event
        return None


def read_documents(folders: Folders = None, builtins: bool = True) -> list:
    """The documents ``coder.dictionary.load_layers`` compiles, in its order: each layer's files
    as the layers leave them (what a later layer overrides or removes is gone), then the
    built-in settings under them all. Called once the dictionaries have loaded, so the files
    are known to be valid."""
    split = default_splitter()
    layers = stack(folders, builtins)
    documents, _ = Merger(split, Compiler(split).split_words).merge(layers)
    settings = f"settings.yaml ({BUILTIN})"
    return documents + [(settings, yamlsource.load(dictionaries_dir() / "settings.yaml", settings))]


def schema_findings(folders: Folders = None, builtins: bool = True) -> list:
    """Every schema error of every file of the layers (the loader stops at the first): unknown
    keys, wrong types, malformed dates and codes, each at its file:line:col."""
    from . import schema

    found = []
    for layer in stack(folders, builtins, check=False):
        for shown, doc in layer.documents:
            found += [Finding(e.path, e.line, e.column, "schema", ERROR, e.message) for e in schema.errors(doc, shown)]
    return sorted(found)


def read_source(folders: Folders = None, use_cache: bool = True,
                dictionaries: Optional[Dictionaries] = None, builtins: bool = True) -> Source:
    """Load the dictionaries (raising ``DictionaryError`` as the loader does) and read their YAML."""
    if dictionaries is None:
        dictionaries = load_cached(folders, use_cache=use_cache, builtins=builtins)
    return Source(read_documents(folders, builtins), dictionaries, Compiler(default_splitter()))


# --- 1. duplicate names ------------------------------------------------------------------

def duplicate_names(source: Source) -> Iterator[Finding]:
    """Actor names and agent nouns listed twice (errors), discard and issue phrases listed twice
    (warnings).

    The loader rejects a name given two different codes, but accepts the same name twice with
    the same code and silently keeps the first: whoever edits the second copy (a new spelling,
    a date) changes nothing. Names are compared as the coder compares them: split into spaCy's
    tokens, a leading "the" dropped, case-insensitive except short all-capitals keys ("US").
    Verb and noun lemmas are not checked here: the loader rejects any lemma listed twice.
    """
    split, split_words = source.compiler.split, source.compiler.split_words

    def actor_names():
        for entry in source.entries("actors"):
            code = entry.get("code") or "/".join(str(t.get("code")) for t in entry.get("terms") or ())
            for key in ("names", "adjectives", "metonyms"):
                for name in _list(entry.get(key), entry, key):
                    yield name, entry, "in this entry", f"with the same code {code}"

    def agent_nouns():
        for entry in source.entries("agents"):
            for noun in _list(entry.get("nouns"), entry, "nouns"):
                yield noun, entry, "in this group", f"role {entry['code']}"

    for kind, items in (("actor name", actor_names()), ("agent noun", agent_nouns())):
        seen: dict = {}
        for name, entry, same_entry, other_entry in items:
            tokens = tuple(split(without_the(str(name))))
            if tokens in seen:
                first, first_entry = seen[tokens]
                same = same_entry if first_entry is entry else other_entry
                yield _finding(name, entry, "duplicate-name", ERROR,
                               f"{kind} {str(name)!r} is already listed at {_at(first, first_entry)} "
                               f"{_as_written(first, name)}({same}); only the first is used")
            else:
                seen[tokens] = (name, entry)

    seen = {}
    for section in source.sections("discards"):
        for scope in ("story", "sentence"):
            for phrase in _list(section.get(scope), section, scope):
                tokens = tuple(split_words(without_the(str(phrase))))
                if (scope, tokens) in seen:
                    first, where = seen[(scope, tokens)]
                    yield _finding(phrase, section, "duplicate-name", WARNING,
                                   f"{scope} discard {str(phrase)!r} is already listed at {_at(first, where)}")
                elif scope == "sentence" and ("story", tokens) in seen:
                    first, where = seen[("story", tokens)]
                    yield _finding(phrase, section, "duplicate-name", WARNING,
                                   f"sentence discard {str(phrase)!r} is also a story discard at "
                                   f"{_at(first, where)}: the whole story is dropped, so this never matters")
                else:
                    seen[(scope, tokens)] = (phrase, section)

    seen = {}
    for entry in source.entries("issues"):
        for phrase in _list(entry.get("phrases"), entry, "phrases"):
            tokens = tuple(split_words(without_the(str(phrase))))
            if tokens in seen:
                first, first_entry = seen[tokens]
                code, first_code = str(entry["code"]), str(first_entry["code"])
                detail = (f"for the same issue {code}" if code == first_code
                          else f"as {first_code}; this listing as {code} is ignored")
                yield _finding(phrase, entry, "duplicate-name", WARNING,
                               f"issue phrase {str(phrase)!r} is already listed at {_at(first, first_entry)} {detail}")
            else:
                seen[tokens] = (phrase, entry)


def _as_written(first: Any, again: Any) -> str:
    """Say how the first copy was written when it differs ("the Kremlin" vs "Kremlin")."""
    return "" if str(first) == str(again) else f"as {str(first)!r} "


# --- 2. dates ----------------------------------------------------------------------------

def dates(source: Source) -> Iterator[Finding]:
    """Actor terms: a `from` after its `to` (error), two terms of one entry that overlap (error
    with different codes, warning with the same code), terms not listed oldest first (warning).

    On a story date inside two terms the first listed wins, which is rarely what the writer of
    the second meant; terms in order are how a reader checks an office holder's career. (The
    loader itself rejects a `from` after its `to`; the check is here for documents linted
    without it.)
    """
    for entry in source.entries("actors"):
        terms = []
        for term in _list(entry.get("terms"), entry, "terms"):
            start, end = _date(term.get("from"), term), _date(term.get("to"), term)
            if start and end and start > end:
                yield _finding(term, entry, "dates", ERROR,
                               f"term from {start} to {end}: `from` is after `to`")
                continue
            terms.append((term, str(term.get("code")).strip().lstrip("~"), start, end))
        for j, (term, code, start, end) in enumerate(terms):
            for other, other_code, other_start, other_end in terms[:j]:
                if (start or "") <= (other_end or "9999") and (other_start or "") <= (end or "9999"):
                    span = f"{other_start or 'the beginning'} to {other_end or 'now'}"
                    if code != other_code:
                        yield _finding(term, entry, "dates", ERROR,
                                       f"term {code} overlaps the term {other_code} at {_at(other, entry)} "
                                       f"({span}): on a date in both the first listed wins")
                    else:
                        yield _finding(term, entry, "dates", WARNING,
                                       f"term {code} overlaps the term with the same code at "
                                       f"{_at(other, entry)} ({span}): merge them")
            if j and (start or "") < (terms[j - 1][2] or ""):
                yield _finding(term, entry, "dates", WARNING,
                               f"term from {start or 'the beginning'} is listed after the term from "
                               f"{terms[j - 1][2]} at {_at(terms[j - 1][0], entry)}: list terms oldest first")


# --- 3. shadowed patterns ----------------------------------------------------------------

NEGATIONS = frozenset({"not", "n't", "nt", "never", "no"})


def shadowed_patterns(source: Source) -> Iterator[Finding]:
    """Patterns of a verb or noun entry that never fire (error) or change nothing (warning).

    The engine tries every pattern of the entry and keeps the most specific match (most words
    and slots matched); on a tie the first written wins. So a pattern identical to an earlier
    one (the same compiled elements, whatever its code) never fires. A pattern that gives the
    entry's default code and binds no slot is redundant only when firing it provably makes no
    difference; see ``_changes_nothing``.
    """
    settings = source.dictionaries.settings
    filters = NEGATIONS | settings.hypothetical_modals | settings.negating_verbs | settings.intent_verbs
    events = source.dictionaries.events
    for entry, event, lines in _entry_patterns(source):
        first: dict = {}
        duplicates = set()
        for k, (line, pattern) in enumerate(zip(lines, event.patterns)):
            if pattern.elements in first:
                earlier_line, earlier = first[pattern.elements]
                same = ("and gives the same code" if (earlier.code, earlier.reverse) == (pattern.code, pattern.reverse)
                        else f"which gives {earlier.code}")
                yield _finding(line, entry, "shadowed-pattern", ERROR,
                               f"pattern is identical to the one at {_at(earlier_line, entry)} {same}: "
                               "on a tie the first written wins, so this one never fires")
                duplicates.add(k)
            else:
                first[pattern.elements] = (line, pattern)
        for k, (line, pattern) in enumerate(zip(lines, event.patterns)):
            if k not in duplicates and _changes_nothing(k, event, events, filters):
                yield _finding(line, entry, "shadowed-pattern", WARNING,
                               f"pattern gives the entry's default code {event.code} and binds no slot: the "
                               "event is the same without it (only the `pattern` column differs)")


def _entry_patterns(source: Source) -> Iterator[tuple]:
    """(YAML entry, its compiled EventEntry, its pattern strings) for every verb and noun entry
    with patterns; the compiled patterns are in the order of the strings."""
    for _, entry, kind, lemma, word, particle in source.event_words():
        if lemma is not entry[kind]:
            continue  # synonyms share the entry's patterns
        lines = _list(entry.get("patterns"), entry, "patterns")
        event = source.compiled(kind, word, particle, entry)
        if not lines or event is None:
            continue
        if [p.text for p in event.patterns] != [str(line) for line in lines]:
            raise _changed(entry)
        yield entry, event, lines


def _changed(entry: LDict) -> Exception:
    from .errors import CoderError

    return CoderError(f"{entry.where()}: the dictionaries changed while being linted; run again")


def _changes_nothing(k: int, event: EventEntry, events: dict, filters: frozenset) -> bool:
    """Whether pattern ``k`` provably never changes what the entry codes.

    When a pattern fires rather than none, three things can change (coder/events.py): the code
    and slot-bound actors (not when it gives the default code and binds no slot); the words it
    covers, which are exempt from the negation, modal and intent filters and are not coded as
    event words of their own (not when it has no gap and none of its words is such a filter word
    or an event word); and which other pattern wins, since a fired pattern can beat a more
    telling one (not when every other pattern that matters scores more than this one can, or as
    much and is written first).
    """
    pattern = event.patterns[k]
    if event.code is None or not _inert(pattern, event, events, filters):
        return False
    bounds = _score_bounds(pattern.elements)
    if bounds is None:
        return False  # never matches at all: reported as unreachable when a synonym set is empty
    most = bounds[1]
    for j, other in enumerate(event.patterns):
        if j == k or _inert(other, event, events, filters):
            continue
        other_bounds = _score_bounds(other.elements)
        if other_bounds is None:
            continue
        least = other_bounds[0]
        if not (least > most or (least == most and j < k)):
            return False
    return True


def _inert(pattern: Pattern, event: EventEntry, events: dict, filters: frozenset) -> bool:
    """Fires with the same result as no pattern: the default code, no slot, no word that matters."""
    if pattern.slots or (pattern.code, pattern.reverse) != (event.code, event.reverse):
        return False
    for element in _walk(pattern.elements):
        if isinstance(element, (Gap, Slot)):
            return False
        forms = element.forms if isinstance(element, Word) else {element.text} if isinstance(element, Literal) else ()
        if any(_may_matter(form, events, filters) for form in forms):
            return False
    return True


def _may_matter(form: str, events: dict, filters: frozenset) -> bool:
    """A word that may be a filter word or an event word, in any inflection (erring on yes)."""
    stems = {form, form[:-1], form[:-2], form[:-3], form[:-3] + "y", form[:-3] + "e", form[:-2] + "e"}
    return any(stem in events or stem in filters for stem in stems if stem)


def _score_bounds(elements: tuple) -> Optional[tuple]:
    """(least, most) score a sequence can match with (words and slots count one), or None when
    it can never match (an empty synonym set)."""
    least = most = 0
    for element in elements:
        if isinstance(element, (Word, Literal, Slot)):
            least, most = least + 1, most + 1
        elif isinstance(element, Optional_):
            inner = _score_bounds(element.sequence)
            most += inner[1] if inner else 0
        elif isinstance(element, Alternatives):
            options = [b for b in (_score_bounds(s) for s in element.sequences) if b is not None]
            if not options:
                return None
            least, most = least + min(b[0] for b in options), most + max(b[1] for b in options)
    return least, most


# --- 4. unreachable entries --------------------------------------------------------------

def empty_synsets(source: Source) -> Iterator[Finding]:
    """A pattern that uses an empty synonym set (error): `&name` with nothing in it matches
    nothing, so the pattern can never fire (inside `[...]` or one of several alternatives it
    is only dead weight, and still reported)."""
    empty = {name for name, alternatives in source.dictionaries.synsets.items() if not alternatives.sequences}
    if not empty:
        return
    for entry in source.entries("verbs"):
        for line in _list(entry.get("patterns"), entry, "patterns"):
            for found in re.finditer(r"&([A-Za-z_][A-Za-z0-9_]*)", str(line)):
                if found.group(1) in empty:
                    yield _finding(line, entry, "unreachable", ERROR,
                                   f"synonym set &{found.group(1)} is empty: this part of the pattern "
                                   "matches nothing", shift=found.start())


def split_lemmas(source: Source) -> Iterator[Finding]:
    """A verb or noun (or particle) that spaCy splits into several tokens ("cut-off" is `cut - off`):
    entries are looked up by one token's lemma, so such an entry never fires (error)."""
    split_words = source.compiler.split_words
    for _, entry, kind, lemma, word, particle in source.event_words():
        for part in [word, *(particle or "").split()]:
            tokens = split_words(part)
            if len(tokens) > 1:
                yield _finding(lemma, entry, "unreachable", ERROR,
                               f"{kind} {str(lemma)!r}: spaCy splits {part!r} into {len(tokens)} tokens "
                               f"({' '.join(tokens)}), and a {kind} is looked up by one token, so it never fires")


# Minimal sentences a word is lemmatised in, with the index of its first token. Two for each
# kind: a word is only reported when every sentence that tags it as the kind agrees.
VERB_CONTEXTS = (("They {} it .", 1), ("Officials {} the plan .", 1))
NOUN_CONTEXTS = (("They discussed the {} .", 3), ("The {} ended .", 1))
AGENT_CONTEXTS = (("The {} said it .", 1), ("They met the {} .", 3))
VERB_POS, NOUN_POS = frozenset({"VERB"}), frozenset({"NOUN", "PROPN"})


def inflected_lemmas(source: Source, nlp: Any) -> Iterator[Finding]:
    """A verb or noun written as a form spaCy never gives as a lemma ("says", "attacked", a noun
    "talks" whose lemma is "talk").

    A token is looked up by its lemma, and by its own form only when its lemma has no entry at
    all (coder/verbs.py). So "attacks" next to an entry "attack" is never looked up in ordinary
    text (only a capitalised "Attacks" that spaCy reads as a proper noun keeps its form): an
    error when "attack" belongs to another entry (the two would code differently) or is only
    another kind of word, a warning when it is in the same entry (nearly dead, but harmless).
    When the lemma has no entry, the form is found, but only as written: a warning, since
    "talk" and "talked" are missed.
    """
    lemmatizer = _Lemmas(nlp)
    events = source.dictionaries.events
    words = [(number, entry, kind, lemma, word, particle)
             for number, entry, kind, lemma, word, particle in source.event_words()
             if lemmatizer.may_inflect(word, kind) and len(source.compiler.split_words(word)) == 1]
    group = {(kind, word, particle): number for number, _, kind, _, word, particle in source.event_words()}
    phrases = [(kind, f"{word} {particle}" if particle else word) for _, _, kind, _, word, particle in words]
    found = lemmatizer.first_lemmas(phrases)
    for (number, entry, kind, lemma, word, particle), base in zip(words, found):
        if base is None or base == word:
            continue
        others = events.get(base, ())
        if not others:
            yield _finding(lemma, entry, "unreachable", WARNING,
                           f"{kind} {word!r} is not a lemma (spaCy gives {base!r}); with no entry for {base!r} it "
                           f"is found only as the word {word!r}, not as other forms of {base!r}: write `{base}`")
            continue
        same = [e for e in others if (e.kind, e.particle) == (kind, particle)]
        if same and group.get((kind, base, particle)) == number:
            yield _finding(lemma, entry, "unreachable", WARNING,
                           f"{kind} {word!r} is not a lemma (spaCy gives {base!r}, listed in this entry too): "
                           f"it is looked up only where spaCy leaves {word!r} as it is (capitalised, read as "
                           "a proper noun)")
        elif same:
            capitalised = (f" (only a capitalised {word.capitalize()!r} read as a proper noun reaches this one)"
                           if kind == "noun" else "")
            yield _finding(lemma, entry, "unreachable", ERROR,
                           f"{kind} {word!r} never fires: spaCy's lemma of {word!r} is {base!r}, so the "
                           f"entry at {same[0].origin} codes it{capitalised}")
        else:
            what = ", ".join(sorted({f"{e.kind} at {e.origin}" for e in others}))
            yield _finding(lemma, entry, "unreachable", ERROR,
                           f"{kind} {word!r} never fires: spaCy's lemma of {word!r} is {base!r}, and tokens are "
                           f"looked up by their lemma when it has entries ({what}): write `{base}`")


def plural_agents(source: Source, nlp: Any) -> Iterator[Finding]:
    """An agent noun in the plural whose singular is listed too (warning).

    Every word of a listed noun also matches by its lemma, so "official" already matches
    "officials": the plural only matters where spaCy leaves it as it is (capitalised, read as a
    proper noun: "Attorneys General"). When the two carry different roles, the role a text gets
    is arbitrary (both match the same words), which the warning says.
    """
    lemmatizer = _Lemmas(nlp)
    split = source.compiler.split
    nouns, roles = [], {}
    for entry in source.entries("agents"):
        if entry.get("as_written") is True:
            continue  # matched as written: the plural is needed
        for noun in _list(entry.get("nouns"), entry, "nouns"):
            tokens = tuple(split(without_the(str(noun))))
            roles.setdefault(tokens, (noun, entry))
            nouns.append((noun, entry, tokens))
    candidates = [(noun, entry, tokens) for noun, entry, tokens in nouns
                  if any(lemmatizer.may_inflect(t, "noun") for t in tokens if not t.startswith("="))]
    found = lemmatizer.phrase_lemmas([without_the(str(noun)) for noun, _, _ in candidates])
    for (noun, entry, tokens), lemmas in zip(candidates, found):
        if lemmas is None or len(lemmas) != len(tokens):
            continue
        keys = tuple(t if t.startswith("=") or t.endswith("*") else lemma for t, lemma in zip(tokens, lemmas))
        if keys == tokens or keys not in roles:
            continue
        singular, other = roles[keys]
        if str(other["code"]) == str(entry["code"]):
            yield _finding(noun, entry, "unreachable", WARNING,
                           f"agent noun {str(noun)!r} is the plural of {str(singular)!r} at {_at(singular, other)}, "
                           "which matches it by lemma: the plural only matters where spaCy leaves it as it "
                           "is (capitalised, read as a proper noun)")
        else:
            yield _finding(noun, entry, "unreachable", WARNING,
                           f"agent noun {str(noun)!r} ({entry['code']}) also matches {str(singular)!r} "
                           f"({other['code']}) at {_at(singular, other)} by lemma: which role a text gets is arbitrary")


class _Lemmas:
    """spaCy's lemmas of dictionary words, each in a minimal sentence, tagged and lemmatised by
    the pipeline (without its parser, which lemmas do not need)."""

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self.disable = [name for name in ("parser", "ner") if name in nlp.pipe_names]
        self.rules, self.exceptions, self.index = {}, {}, {}
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for pos in ("verb", "noun"):
                self.rules[pos] = tuple(old for old, _ in lookups.get_table("lemma_rules").get(pos, []))
                self.exceptions[pos] = frozenset(lookups.get_table("lemma_exc").get(pos, {}))
                self.index[pos] = frozenset(lookups.get_table("lemma_index").get(pos, []))
        except (KeyError, ValueError, AttributeError):  # not a rule lemmatiser: ask it about every word
            self.rules = {}

    def may_inflect(self, word: str, kind: str) -> bool:
        """Whether the lemmatiser could change the word (a rule's ending or an exception): the
        others are their own lemma, and need no tagging."""
        if not self.rules:
            return True
        return word.endswith(self.rules[kind]) or word in self.exceptions[kind]

    def first_lemmas(self, phrases: list) -> list:
        """For each (kind, phrase): the lemma of its first word when every context that tags it
        as that kind agrees on one (None when none tags it so, or they disagree). A verb that is
        itself a known verb lemma ("found", "lay", "saw") is its own lemma: the sentence may have
        read it as another verb's past tense."""
        votes: list = [[] for _ in phrases]
        pending = range(len(phrases))
        for round_ in range(2):
            texts = []
            for i in pending:
                kind, phrase = phrases[i]
                texts.append((VERB_CONTEXTS if kind == "verb" else NOUN_CONTEXTS)[round_][0].format(phrase))
            for doc, i in zip(self.nlp.pipe(texts, disable=self.disable, batch_size=512), pending):
                kind, phrase = phrases[i]
                at = (VERB_CONTEXTS if kind == "verb" else NOUN_CONTEXTS)[round_][1]
                token = doc[at] if at < len(doc) else None
                if token is not None and token.lower_ == phrase.split()[0] and \
                        token.pos_ in (VERB_POS if kind == "verb" else NOUN_POS):
                    votes[i].append(token.lemma_.lower().replace("’", "'"))
            pending = [i for i in pending if phrases[i][1].split()[0] not in votes[i]]  # not yet its own lemma
        results = []
        for (kind, phrase), lemmas in zip(phrases, votes):
            word = phrase.split()[0]
            if not lemmas or len(set(lemmas)) > 1:
                results.append(None)
            elif word in lemmas or (kind == "verb" and word in self.index.get("verb", ())):
                results.append(word)
            else:
                results.append(lemmas[0])
        return results

    def phrase_lemmas(self, phrases: list) -> list:
        """For each noun phrase: the lower-case lemmas of its words, when both contexts agree."""
        per_context = []
        for template, at in AGENT_CONTEXTS:
            others = len(self.nlp.tokenizer(template.format("x"))) - 1  # the context's own tokens
            texts = [template.format(phrase) for phrase in phrases]
            per_context.append([tuple(t.lemma_.lower().replace("’", "'") for t in doc[at:len(doc) - others + at])
                                for doc in self.nlp.pipe(texts, disable=self.disable, batch_size=512)])
        return [a if a == b else None for a, b in zip(*per_context)]


# --- 5. code coverage --------------------------------------------------------------------

def unused_codes(source: Source) -> Iterator[Finding]:
    """Event codes of the codebook that no verb, noun or pattern gives (warnings, with --coverage).

    Not mistakes: a map of the dictionaries' gaps, for whoever extends them. The two-digit
    roots are left out: no entry gives "04" itself, since "040" is its "not specified below".
    """
    used = set()
    for entries in source.dictionaries.events.values():
        for event in entries:
            used.update((event.code, event.reverse))
            for pattern in event.patterns:
                used.update((pattern.code, pattern.reverse))
    for section in source.sections("codes"):
        for code, info in section.items():
            if len(str(code)) == 2:
                continue  # a root (04) heads its family: entries give its codes (040, 'not specified below')
            if str(code) not in used:
                label = info.get("label", "") if isinstance(info, dict) else ""
                yield _finding(code, section, "codes", WARNING,
                               f"event code {str(code)} ({label}) is given by no verb, noun or pattern")


# --- all of it ---------------------------------------------------------------------------

def lint(folders: Folders = None, *, nlp: Any = None, coverage: bool = False,
         use_cache: bool = True, dictionaries: Optional[Dictionaries] = None, builtins: bool = True) -> Report:
    """Load the dictionaries (the ``folders`` laid over the built-ins, or alone without
    ``builtins``; the built-in set by default) and run every check.

    A dictionary that does not load raises ``DictionaryError``, as ``coder.dictionary.load`` does.
    ``nlp`` is a spaCy pipeline for the checks that need lemmas; without one they are skipped
    and the report says so. ``coverage`` adds the unused-code warnings.
    """
    source = read_source(folders, use_cache, dictionaries, builtins)
    checks: list = [duplicate_names, dates, shadowed_patterns, empty_synsets, split_lemmas]
    notes = []
    if nlp is not None:
        checks += [lambda s: inflected_lemmas(s, nlp), lambda s: plural_agents(s, nlp)]
    else:
        notes.append("no spaCy model: the checks of verbs, nouns and agent nouns written in an "
                     "inflected form were skipped")
    if coverage:
        checks.append(unused_codes)
    findings = sorted({finding for check in checks for finding in check(source)})
    return Report(findings, notes, tuple(name for name, _ in source.documents))


def format_report(report: Report) -> Iterable[str]:
    """The lines ``coder dict lint`` prints: findings, notes, the summary."""
    yield from (str(finding) for finding in report.findings)
    yield from (f"note: {note}" for note in report.notes)
    yield report.summary()

"""The pattern language: parse with Lark (grammars/pattern.lark), compile, match.

A pattern such as ``* [the] $target for .. attack => 111`` is parsed by the Lark grammar, turned
into a small tree of elements by ``PatternBuilder`` (one method per grammar rule), and matched
against a sentence's tokens around one verb. Patterns are compiled once, when the dictionaries
are loaded; matching does no parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional

import lark

from .errors import DictionaryError
from .resources import grammar_path

DEFAULT_GAP = 4
LOOKBEHIND = 12  # how far before the verb a pattern may start


# --- the elements ------------------------------------------------------------------------

@dataclass(frozen=True)
class Verb:
    """``*``: the verb or event noun the pattern belongs to."""


@dataclass(frozen=True)
class Word:
    """A word: matches a token whose lower-case form or lemma is one of ``forms``."""
    forms: frozenset


@dataclass(frozen=True)
class Literal:
    """A quoted word: matches only that lower-case surface form."""
    text: str


@dataclass(frozen=True)
class Optional_:
    sequence: tuple


@dataclass(frozen=True)
class Alternatives:
    """``(a | b c)`` or a synonym set: one of the sequences. ``by_first`` indexes the
    sequences that begin with a word by that word's forms, so that a synonym set of fifty
    phrases tries at a token only those that begin with it (``others``: those that begin
    otherwise, tried everywhere)."""
    sequences: tuple
    by_first: dict = field(default=None, compare=False, hash=False, repr=False)
    others: tuple = field(default=(), compare=False, hash=False, repr=False)

    def __post_init__(self):
        by_first, others = {}, []
        for k, sequence in enumerate(self.sequences):
            if sequence and isinstance(sequence[0], Word):
                for form in sequence[0].forms:
                    by_first.setdefault(form, []).append(k)
            else:
                others.append(k)
        object.__setattr__(self, "by_first", {form: tuple(ks) for form, ks in by_first.items()})
        object.__setattr__(self, "others", tuple(others))

    def starting(self, lower: str, lemma: str) -> tuple:
        """The indices, in order, of the sequences that may match at a token of these forms."""
        by_form = self.by_first.get(lower, ())
        by_lemma = self.by_first.get(lemma, ()) if lemma != lower else ()
        if not by_lemma and not self.others:
            return by_form
        return tuple(sorted({*by_form, *by_lemma, *self.others}))


@dataclass(frozen=True)
class Gap:
    most: int


@dataclass(frozen=True)
class Phrase:
    """``^``: (the rest of) one noun phrase, skipped: `* at ^ of $target`, `* their ^ about $target`."""


@dataclass(frozen=True)
class Slot:
    role: str  # "source", "target" or "mutual"


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: its elements, the code it gives, and where it was written."""
    elements: tuple
    code: str
    text: str
    origin: str  # file:line, the pattern's stable id in provenance
    reverse: Optional[str] = None  # coded too, from the target to the source
    # words the sentence must hold for the pattern to match, each a set of alternatives: most
    # patterns are rejected by a set lookup before any matching (found at compile time)
    required: tuple = ()
    needs_slot: bool = False  # a $slot: the sentence must hold a phrase with an actor
    # Where the pattern may begin, relative to its verb (``starts``), found once from its words
    # before the ``*``: "&airstrike ..3 *" begins 1 to 9 tokens before the verb, with a word
    # of the synonym set ("None": any word may begin it).
    before: tuple = field(default=None, compare=False, hash=False, repr=False)
    first_words: Optional[frozenset] = field(default=None, compare=False, hash=False, repr=False)
    # Where around its verb the required words must stand (``windows``), found once.
    around: tuple = field(default=(), compare=False, hash=False, repr=False)

    def __post_init__(self):
        verb = next((k for k, e in enumerate(self.elements) if isinstance(e, Verb)), None)
        object.__setattr__(self, "before", _length(self.elements[:verb or 0]))
        object.__setattr__(self, "first_words", _first_words(self.elements) if verb else None)
        object.__setattr__(self, "around", windows(self.elements, verb, self.before[1]) if verb is not None else ())

    @property
    def slots(self) -> frozenset:
        return frozenset(_slots(self.elements))

    def starts(self, view: "TokenView", verb_start: int) -> range:
        """The tokens the pattern may begin at, for a verb at ``verb_start``: as many tokens
        before it as the words before its ``*`` can take (at most ``LOOKBEHIND``), and only
        where one of its first words stands."""
        least, most = self.before
        span = range(max(0, verb_start - min(most, LOOKBEHIND)), verb_start - least + 1)
        words = self.first_words
        if words is None:
            return span
        return [k for k in span if view.lowers[k] in words or view.lemmas[k] in words]


UNBOUNDED = 1 << 20  # a phrase or a slot: any number of tokens


def windows(elements: tuple, verb: int, before_most: int) -> tuple:
    """Where the pattern's required words must stand, relative to its verb: ``(side, reach,
    word sets)``, each set to be met by a word of the tokens within ``reach`` before the verb
    (``side`` 0) or after it (``side`` 1; ``reach`` None: up to the sentence's end). The words
    before the ``*`` stand within as many tokens as they can take (``starts``); the words of
    the bounded elements right after it within their reach; the rest anywhere after it.
    "* ..6 &ceasefire" in "Egypt welcomed the talks and hoped a ceasefire would follow" needs a
    ceasefire word within 6 + a phrase's length tokens of "welcomed", which a sentence whose
    only such word stands before the verb, or further on, cannot give: the pattern is not tried
    (``TokenView.holds_around``). Sound: each required set holds a word every match consumes."""
    found = []
    before = _required(elements[:verb])
    if before:
        found.append((0, min(before_most, LOOKBEHIND), tuple(before)))
    after, reach = elements[verb + 1:], 0
    run = 0
    while run < len(after) and _length(after[run:run + 1])[1] < UNBOUNDED:
        reach += _length(after[run:run + 1])[1]
        run += 1
    near, far = _required(after[:run]), _required(after[run:])
    if near:
        found.append((1, reach, tuple(near)))
    if far:
        found.append((1, None, tuple(far)))
    return tuple(found)


def _length(elements) -> tuple:
    """(fewest, most) tokens a sequence of elements (without the verb) can take."""
    least = most = 0
    for element in elements:
        if isinstance(element, (Word, Literal)):
            low, high = 1, 1
        elif isinstance(element, Gap):
            low, high = 0, element.most
        elif isinstance(element, Optional_):
            low, high = 0, _length(element.sequence)[1]
        elif isinstance(element, Alternatives):
            bounds = [_length(sequence) for sequence in element.sequences] or [(0, 0)]
            low, high = min(b[0] for b in bounds), max(b[1] for b in bounds)
        else:  # a phrase or a slot
            low, high = 1, UNBOUNDED
        least, most = least + low, min(UNBOUNDED, most + high)
    return least, most


def _first_words(elements) -> Optional[frozenset]:
    """The words one of which the pattern's first token must be, or None when any may: a
    pattern that begins with a word, or with alternatives that each begin with one."""
    first = elements[0] if elements else None
    if isinstance(first, Word):
        return first.forms
    if isinstance(first, Literal):
        return frozenset({first.text})
    if isinstance(first, Alternatives) and first.sequences and all(
            sequence and isinstance(sequence[0], (Word, Literal)) for sequence in first.sequences):
        return frozenset().union(*(s[0].forms if isinstance(s[0], Word) else {s[0].text} for s in first.sequences))
    return None


def _slots(elements) -> Iterator[str]:
    for element in elements:
        if isinstance(element, Slot):
            yield element.role
        elif isinstance(element, Optional_):
            yield from _slots(element.sequence)
        elif isinstance(element, Alternatives):
            for sequence in element.sequences:
                yield from _slots(sequence)


# --- parsing -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _parser() -> lark.Lark:
    return lark.Lark(grammar_path().read_text(encoding="utf-8"), parser="lalr",
                     propagate_positions=True)


_EXPECTED = {
    "CODE": "an event code (2-4 digits)", "COLON": "`:` and a reverse code", "WORD": "a word", "STAR": "`*`",
    "ESCAPED_STRING": 'a quoted "word"', "LSQB": "`[`", "RSQB": "`]`", "LPAR": "`(`",
    "RPAR": "`)`", "VBAR": "`|`", "AMPERSAND": "`&`", "GAP": "a gap `..`", "SLOT": "$source, $target or $mutual",
    "__ANON_0": "`=>`", "CIRCUMFLEX": "`^`", "$END": "the end of the pattern", "NAME": "a synonym set name",
}


def _describe(expected) -> str:
    names = sorted({_EXPECTED.get(name, name) for name in expected})
    return " or ".join(names) if names else "something else"


class PatternBuilder(lark.Transformer):
    """Turns the parse tree into elements: one method per rule of grammars/pattern.lark."""

    def __init__(self, split: Callable[[str], list], synsets: dict, fail: Callable[[str], Exception]):
        super().__init__()
        self.split, self.synsets, self.fail = split, synsets, fail

    def start(self, children):
        sequence, code, reverse = children
        return tuple(sequence), str(code), str(reverse) if reverse is not None else None

    def sequence(self, children):
        flat = []
        for child in children:
            flat.extend(child if isinstance(child, list) else [child])
        return tuple(flat)

    def verb(self, _):
        return Verb()

    def word(self, children):
        parts = self.split(str(children[0]))
        return [Word(frozenset({part})) for part in parts]

    def literal(self, children):
        text = str(children[0])[1:-1].lower()
        return [Literal(part) for part in self.split(text)]

    def optional(self, children):
        return Optional_(children[0])

    def alternatives(self, children):
        return Alternatives(tuple(children))

    def synset(self, children):
        name = str(children[0])
        if name not in self.synsets:
            raise self.fail(f"unknown synonym set &{name}")
        return self.synsets[name]

    def gap(self, children):
        digits = str(children[0])[2:]
        return Gap(int(digits) if digits else DEFAULT_GAP)

    def slot(self, children):
        return Slot(str(children[0])[1:])

    def phrase(self, _):
        return Phrase()


def phrase_alternatives(phrases, split: Callable[[str], list]) -> Alternatives:
    """A synonym set as the alternatives of its phrases, each a sequence of words."""
    return Alternatives(tuple(tuple(Word(frozenset({w})) for w in split(p)) for p in phrases))


def compile_pattern(text: str, origin: str, split: Callable[[str], list], synsets: dict,
                    place: tuple[str, int, int]) -> Pattern:
    """Parse and compile one pattern line; errors name file, line and column."""
    path, line, column = place

    def fail(message: str, at: int = 1) -> DictionaryError:
        return DictionaryError(path, line, column + at - 1, f"pattern {text!r}: {message}")

    try:
        tree = _parser().parse(text)
    except lark.UnexpectedCharacters as exc:
        raise fail(f"unexpected {text[exc.pos_in_stream]!r}; expected {_describe(exc.allowed)}",
                   exc.column) from None
    except lark.UnexpectedToken as exc:
        at_end = exc.token.type == "$END"
        found = "end of the pattern" if at_end else repr(str(exc.token))
        at = len(text.rstrip()) + 1 if at_end or exc.column == "?" else exc.column
        raise fail(f"unexpected {found}; expected {_describe(exc.expected)}", at) from None
    except lark.UnexpectedInput as exc:  # pragma: no cover - other Lark input errors
        raise fail(str(exc)) from None
    try:
        elements, code, reverse = PatternBuilder(split, synsets, fail).transform(tree)
    except lark.exceptions.VisitError as exc:
        raise exc.orig_exc from None
    verbs = sum(1 for e in _walk(elements) if isinstance(e, Verb))
    if verbs != 1:
        raise fail(f"expected exactly one `*` (the verb), found {verbs}")
    if any(isinstance(e, Verb) for e in _walk(elements, nested_only=True)):
        raise fail("`*` (the verb) may not stand inside [...] or (...)")
    return Pattern(elements, code, text, origin, reverse, tuple(_required(elements)),
                   any(isinstance(e, Slot) for e in elements))


def _required(elements) -> list:
    """The word sets of which the sentence must hold at least one word each for the elements to
    match: a word (its forms), a quoted word, and alternatives every one of which requires some
    word (the union of those). Optional parts, gaps, slots and phrases require none."""
    found = []
    for element in elements:
        if isinstance(element, Word):
            found.append(element.forms)
        elif isinstance(element, Literal):
            found.append(frozenset({element.text}))
        elif isinstance(element, Alternatives):
            alternatives = [_required(sequence) for sequence in element.sequences]
            if all(alternatives):
                found.append(frozenset().union(*(words for required in alternatives for words in required)))
    return found


def _walk(elements, nested_only: bool = False):
    for element in elements:
        if not nested_only:
            yield element
        if isinstance(element, Optional_):
            yield from _walk(element.sequence)
        elif isinstance(element, Alternatives):
            for sequence in element.sequences:
                yield from _walk(sequence)


# --- matching ----------------------------------------------------------------------------

@dataclass(frozen=True)
class TokenView:
    """What patterns look at in a sentence: forms, lemmas, and where slot phrases end.

    ``phrase_end[i]`` is the end (exclusive) of a noun phrase that starts at token ``i`` and holds
    an actor, and ``phrase_head[i]`` its head token: a slot can only bind such a phrase.
    """
    lowers: tuple
    lemmas: tuple
    phrase_end: dict
    phrase_head: dict
    chunk_end: dict = field(default_factory=dict)  # a token in any noun phrase -> the phrase's end
    words: frozenset = None  # every lower-case form and lemma of the sentence (the prefilter)

    def __post_init__(self):
        if self.words is None:
            object.__setattr__(self, "words", frozenset(self.lowers) | frozenset(self.lemmas))

    def may_match(self, pattern: "Pattern") -> bool:
        """False when the sentence lacks a word the pattern requires (or a phrase for its slot)."""
        if pattern.needs_slot and not self.phrase_end:
            return False
        words = self.words
        for required in pattern.required:  # a loop, not all(): called for every pattern tried
            if required.isdisjoint(words):
                return False
        return True

    def holds_around(self, pattern: "Pattern", verb_start: int, verb_end: int, found: dict) -> bool:
        """False when a word the pattern requires stands nowhere it could match around a verb on
        tokens [verb_start, verb_end) (``Pattern.around``). ``found``: the words of the windows
        already read, by (first, end) token, shared by the patterns tried on one verb."""
        for side, reach, required in pattern.around:
            if side:
                key = (verb_end, len(self.lowers) if reach is None else verb_end + reach)
            else:
                key = (max(0, verb_start - reach), verb_start)
            words = found.get(key)
            if words is None:
                first, end = key
                words = found[key] = set(self.lowers[first:end]).union(self.lemmas[first:end])
            for one in required:
                if one.isdisjoint(words):
                    return False
        return True


@dataclass(frozen=True)
class PatternMatch:
    pattern: Pattern
    score: int  # words matched: the most specific pattern wins
    slots: tuple  # ((role, head token index), ...)
    start: int = 0  # the tokens the pattern covered: [start, end)
    end: int = 0


def match(pattern: Pattern, view: TokenView, verb_start: int, verb_end: int,
          windows: Optional[dict] = None) -> Optional[PatternMatch]:
    """The best way ``pattern`` matches with its ``*`` on tokens [verb_start, verb_end): the
    most words matched, the first such way (by start, then element by element, a gap's
    shortest reach and an optional part's presence first) on a tie. ``windows``: the words
    around the verb already read (``TokenView.holds_around``), when several patterns are tried."""
    if not view.may_match(pattern):
        return None
    if not view.holds_around(pattern, verb_start, verb_end, {} if windows is None else windows):
        return None
    starts = pattern.starts(view, verb_start)
    if not starts:
        return None
    ends = _Matcher(view, verb_start, verb_end).sequence(pattern.elements, [(k, (), 0, k) for k in starts])
    best = None
    for end, slots, score, start in ends:
        if best is None or score > best[2]:
            best = (end, slots, score, start)
    if best is None:
        return None
    end, slots, score, start = best
    return PatternMatch(pattern, score, slots, start, end)


def best_match(patterns: tuple, view: TokenView, verb_start: int, verb_end: int) -> Optional[PatternMatch]:
    """The best match of any of an entry's ``patterns`` (the first of the highest score, in
    their order), trying only those whose required words the sentence holds
    (``PatternIndex``)."""
    best, windows = None, {}
    for pattern in _index(patterns).candidates(view.words):
        result = match(pattern, view, verb_start, verb_end, windows)
        if result is not None and (best is None or result.score > best.score):
            best = result
    return best


class PatternIndex:
    """An entry's patterns by the words of one set of words each requires (its smallest), so
    that a sentence's words pick the few patterns worth trying with a dictionary lookup a
    word, instead of a test of every pattern's required words (an entry has dozens of
    patterns, and most require a word the sentence lacks)."""

    __slots__ = ("patterns", "free", "by_word", "anchors")

    def __init__(self, patterns: tuple):
        self.patterns = patterns
        self.free = []  # patterns that require no word: always tried
        self.by_word: dict = {}
        for k, pattern in enumerate(patterns):
            if not pattern.required:
                self.free.append(k)
                continue
            for word in min(pattern.required, key=len):
                self.by_word.setdefault(word, []).append(k)
        self.anchors = frozenset(self.by_word)

    def candidates(self, words: frozenset) -> list:
        """The patterns, in order, that may match a sentence of these words (forms and lemmas)."""
        patterns, hits = self.patterns, self.anchors.intersection(words)
        if not hits:
            return [patterns[k] for k in self.free]
        if len(hits) == 1 and not self.free:
            return [patterns[k] for k in self.by_word[next(iter(hits))]]
        found = set(self.free)
        for word in hits:
            found.update(self.by_word[word])
        return [patterns[k] for k in sorted(found)]


_INDEXES: dict = {}  # id(patterns) -> (patterns, PatternIndex): kept with its tuple, so its id stays its own


def _index(patterns: tuple) -> PatternIndex:
    found = _INDEXES.get(id(patterns))
    if found is None or found[0] is not patterns:
        if len(_INDEXES) > 100_000:  # many dictionaries loaded in one process, one after another
            _INDEXES.clear()
        found = _INDEXES[id(patterns)] = (patterns, PatternIndex(patterns))
    return found[1]


class _Matcher:
    """Matching, element by element, over the list of the ways the sequence so far matched,
    each ``(position, slots, score, start)``, kept in the order a depth-first search would
    reach them (so the first best way is the same); ways that are alike are kept once: they
    end alike. One element at a time over all the ways costs far less than a generator a way."""

    __slots__ = ("lowers", "lemmas", "n", "view", "verb_start", "verb_end")

    def __init__(self, view: TokenView, verb_start: int, verb_end: int):
        self.view, self.verb_start, self.verb_end = view, verb_start, verb_end
        self.lowers, self.lemmas, self.n = view.lowers, view.lemmas, len(view.lowers)

    def sequence(self, elements: tuple, ways: list) -> list:
        for element in elements:
            if not ways:
                return ways
            kind = type(element)
            if kind is Word:
                forms, lowers, lemmas, n = element.forms, self.lowers, self.lemmas, self.n
                ways = [(pos + 1, slots, score + 1, start) for pos, slots, score, start in ways
                        if pos < n and (lowers[pos] in forms or lemmas[pos] in forms)]
            elif kind is Verb:
                verb_start, verb_end = self.verb_start, self.verb_end
                ways = [(verb_end, slots, score, start) for pos, slots, score, start in ways if pos == verb_start]
            elif kind is Literal:
                text, lowers, n = element.text, self.lowers, self.n
                ways = [(pos + 1, slots, score + 1, start) for pos, slots, score, start in ways
                        if pos < n and lowers[pos] == text]
            elif kind is Gap:
                n = self.n
                ways = _once([(pos + k, slots, score, start) for pos, slots, score, start in ways
                              for k in range(min(element.most, n - pos) + 1)])
            elif kind is Phrase:
                chunk_end = self.view.chunk_end
                ways = [(chunk_end[pos], slots, score, start) for pos, slots, score, start in ways
                        if pos in chunk_end]
            elif kind is Slot:
                phrase_end, phrase_head, role = self.view.phrase_end, self.view.phrase_head, element.role
                ways = [(phrase_end[pos], slots + ((role, phrase_head[pos]),), score + 1, start)
                        for pos, slots, score, start in ways if pos in phrase_end]
            elif kind is Optional_:
                found = []
                for way in ways:
                    found += self.sequence(element.sequence, [way])
                    found.append(way)
                ways = _once(found)
            elif kind is Alternatives:
                found, lowers, lemmas, n = [], self.lowers, self.lemmas, self.n
                for way in ways:
                    pos = way[0]
                    for k in (element.starting(lowers[pos], lemmas[pos]) if pos < n else element.others):
                        found += self.sequence(element.sequences[k], [way])
                ways = _once(found)
        return ways


def _once(ways: list) -> list:
    """The ways, each kept once, in order (a way reached twice ends alike both times)."""
    return list(dict.fromkeys(ways)) if len(ways) > 1 else ways

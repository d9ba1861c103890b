"""The parse as plain Python objects, read off spaCy once per doc.

Why: the engine's rules ask the parse the same questions again and again ("Egypt praised
Jordan for its help, officials said": each of the sentence's noun phrases, triggers, filters
and arguments climbs ``.head``, walks ``.children``, reads ``.dep_`` and ``.lower_``). On a
spaCy Token each such access builds a Token object or looks a string up in the StringStore
(``.pos_`` ~0.3 µs, ``.children`` ~1.5 µs, a ``doc[a:b]`` Span ~4 µs), and a one-sentence story
made several hundred of them: about half of the engine's time. Here every token's attributes are
read once, into a ``Token`` with the same names (``i``, ``text``, ``lower_``, ``lemma_``,
``pos_``, ``tag_``, ``dep_``, ``head``, ``children``, ``subtree``, ``left_edge``,
``right_edge``, ``ancestors``, ``sent``, ``doc``, ...), and the rules run on these unchanged.

One ``Doc`` per spaCy doc (kept in its ``user_data``), one ``Token`` per token, so that tokens
compare and hash by identity as spaCy's compare by position. What is not read here (``idx``,
``ent_type_``, a Span's ``start_char``, ...) is asked of the spaCy object itself.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from spacy.attrs import IDS

KEY = "coder.tokens"  # the doc's Doc of plain tokens, in spaCy's Doc.user_data

# the attributes ``Doc`` reads with one ``to_array``, in the order its loop unpacks them
ARRAY_ATTRS = [IDS[name] for name in ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "HEAD", "SPACY", "IS_PUNCT",
                                      "IS_SPACE")]
SIGNED, UNSIGNED = 2 ** 63, 2 ** 64  # a head's offset, as to_array gives it


class _Strings(dict):
    """Strings by their ids, each asked of spaCy's StringStore once: a one-sentence doc looks up
    150 of them, and an id is its string's hash, the same in every StringStore."""

    store = None  # the StringStore of the doc being read

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


STRINGS = _Strings()


class Token:
    """A parsed token, its attributes read once (the names and meanings of spaCy's Token)."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "whitespace_", "is_punct",
                 "is_space", "head", "children", "left_edge", "right_edge", "_subtree")

    def __init__(self, doc: "Doc", i: int, text: str, lower: str, lemma: str, pos: str, tag: str, dep: str,
                 whitespace: str, is_punct: bool, is_space: bool) -> None:
        self.doc, self.i = doc, i
        self.text, self.lower_, self.lemma_ = text, lower, lemma
        self.pos_, self.tag_, self.dep_ = pos, tag, dep
        self.whitespace_, self.is_punct, self.is_space = whitespace, is_punct, is_space
        self._subtree = None

    def __getattr__(self, name: str):
        return getattr(self.doc.doc[self.i], name)  # what is not read here: spaCy's own Token

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __len__(self) -> int:
        return len(self.text)

    def __lt__(self, other: "Token") -> bool:
        return self.i < other.i

    def __le__(self, other: "Token") -> bool:
        return self.i <= other.i

    def __gt__(self, other: "Token") -> bool:
        return self.i > other.i

    def __ge__(self, other: "Token") -> bool:
        return self.i >= other.i

    __hash__ = object.__hash__

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def lefts(self):
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self):
        return (c for c in self.children if c.i > self.i)

    @property
    def n_lefts(self) -> int:
        return sum(1 for c in self.children if c.i < self.i)

    @property
    def n_rights(self) -> int:
        return sum(1 for c in self.children if c.i > self.i)

    @property
    def subtree(self):
        """The token and its descendants in spaCy's order (each left child's subtree, the token,
        each right child's), found once."""
        if self._subtree is None:
            found = []
            for child in self.children:
                if child.i < self.i:
                    found += child.subtree
            found.append(self)
            for child in self.children:
                if child.i > self.i:
                    found += child.subtree
            self._subtree = tuple(found)
        return iter(self._subtree)

    @property
    def ancestors(self):
        token, steps = self, 0
        while token.head is not token and steps < len(self.doc.tokens):
            token = token.head
            steps += 1
            yield token

    def is_ancestor(self, descendant) -> bool:
        if self.doc is not descendant.doc:
            return False
        return any(ancestor.i == self.i for ancestor in descendant.ancestors)

    def nbor(self, i: int = 1) -> "Token":
        if self.i + i < 0 or self.i + i >= len(self.doc.tokens):
            raise IndexError(f"Unable to get neighbor {i} of token {self.i} in a doc of {len(self.doc.tokens)}")
        return self.doc.tokens[self.i + i]

    @property
    def sent(self) -> "Span":
        return self.doc.sentence_at(self.i)


def _slice(length: int, index: slice) -> tuple:
    """spaCy's ``normalize_slice``: bounds clipped, no steps."""
    start, stop = index.start, index.stop
    if index.step is None and type(start) is int and type(stop) is int and start >= 0 and stop >= 0:
        start = min(start, length)  # the engine's own slices: "doc[a:b]"
        return start, max(start, min(stop, length))
    if index.step not in (None, 1):
        raise ValueError("stepped slices are not supported in Doc and Span objects")
    start, stop, _ = index.indices(length)
    return start, max(start, stop)


class Span:
    """A run of tokens ``[start, end)`` of a ``Doc``, as spaCy's Span."""

    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc: "Doc", start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    def __getattr__(self, name: str):
        return getattr(self.doc.doc[self.start:self.end], name)  # e.g. start_char: spaCy's own Span

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __reversed__(self):
        return reversed(self.doc.tokens[self.start:self.end])

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop = _slice(self.end - self.start, index)
            return Span(self.doc, self.start + start, self.start + stop)
        k = (self.end if index < 0 else self.start) + index
        if not self.start <= k < self.end:
            raise IndexError("index out of bounds of the span")
        return self.doc.tokens[k]

    def _key(self) -> tuple:
        return self.start, self.end, self.label_, id(self.doc)

    def __eq__(self, other) -> bool:
        return isinstance(other, Span) and self._key() == other._key()

    def __lt__(self, other: "Span") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def text(self) -> str:
        return span_text(self.doc.tokens, self.start, self.end)

    @property
    def text_with_ws(self) -> str:
        return "".join(t.text + t.whitespace_ for t in self.doc.tokens[self.start:self.end])

    @property
    def root(self) -> Token:
        """spaCy's choice: a sentence root inside the span, else the token fewest steps below
        the root among those whose head is outside, the first of equals (a punctuation mark or
        space with no children only if nothing else)."""
        tokens = self.doc.tokens
        for k in range(self.start, self.end):
            if tokens[k].head is tokens[k]:
                return tokens[k]
        best, root = len(tokens), None
        for k in range(self.start, self.end):
            if self.start <= tokens[k].head.i < self.end:
                continue
            steps = _steps_to_root(tokens[k], len(tokens))
            if steps < best:
                best, root = steps, tokens[k]
        return tokens[self.start] if root is None else root

    @property
    def sent(self) -> "Span":
        return self.doc.sentence_at(self.start)


def spacy_edges(heads: list) -> tuple:
    """(left edges, right edges): each token's ``left_edge`` and ``right_edge`` indices as spaCy
    sets them from the heads' indices (``set_children_from_heads`` in spacy/tokens/doc.pyx,
    which the parser and every whole-doc change of the heads run), found here on plain integers,
    which spares the three spaCy Token objects a token's head and edges cost. spaCy carries
    each child's edges to its head in a pass left to right and one right to left, repeated
    while some head lies outside its sentence (at most 12 times): where the parse is not
    projective these are not the subtree's extent, and must stay spaCy's."""
    left, right = list(range(len(heads))), list(range(len(heads)))
    for _ in range(12):
        for i, head in enumerate(heads):
            if left[i] < left[head]:
                left[head] = left[i]
            if right[i] > right[head]:
                right[head] = right[i]
        for i in range(len(heads) - 1, -1, -1):
            head = heads[i]
            if right[i] > right[head]:
                right[head] = right[i]
            if left[i] < left[head]:
                left[head] = left[i]
        if _heads_within_sentences(heads, left):
            break
    return left, right


def _heads_within_sentences(heads: list, left: list) -> bool:
    """spaCy's test that ends ``spacy_edges``' passes, as it is written (each sentence, from a
    root's left edge, reaching one token past the next sentence's first)."""
    starts = {left[i] for i, head in enumerate(heads) if head == i}
    current, last = 0, len(heads) - 1
    for i in range(len(heads)):
        if (i > 0 and i in starts) or i == last:
            if any(not current <= heads[j] <= i for j in range(current, i)):
                return False
            current = i
    return True


def span_text(tokens: list, start: int, end: int) -> str:
    """The text of ``tokens[start:end]`` as spaCy's ``Span.text``: each token with its
    whitespace, the last without."""
    if end <= start:
        return ""
    return "".join([t.text + t.whitespace_ for t in tokens[start:end - 1]]) + tokens[end - 1].text


def _steps_to_root(token: Token, length: int) -> int:
    if (token.is_space or token.is_punct) and not token.children:
        return length - 1
    steps = 0
    while token.head is not token:
        token = token.head
        steps += 1
        if steps >= length:
            raise RuntimeError("the parse has a cycle")
    return steps


class Doc:
    """A parsed doc's tokens, read once (spaCy's ``Doc`` is ``doc``)."""

    __slots__ = ("doc", "tokens", "user_data", "_sentences", "_starts")

    def __init__(self, doc) -> None:
        self.doc, self.user_data = doc, doc.user_data
        self.tokens = tokens = []
        heads = []
        STRINGS.store = doc.vocab.strings
        string = STRINGS.__getitem__
        # one array of the attributes' ids (no spaCy Token made): the strings looked up, the
        # head's offset made an index (spaCy stores a negative one as an unsigned integer)
        for i, (orth, lower, lemma, pos, tag, dep, head, space, punct, is_space) in enumerate(
                doc.to_array(ARRAY_ATTRS).tolist()):
            tokens.append(Token(self, i, string(orth), string(lower), string(lemma), string(pos), string(tag),
                                string(dep), " " if space else "", bool(punct), bool(is_space)))
            heads.append(i + head if head < SIGNED else i + head - UNSIGNED)
        children = [[] for _ in tokens]
        for token, head, left, right in zip(tokens, heads, *spacy_edges(heads)):
            token.head, token.left_edge, token.right_edge = tokens[head], tokens[left], tokens[right]
            if head != token.i:
                children[head].append(token)
        for token, found in zip(tokens, children):
            token.children = tuple(found)
        self._sentences = self._starts = None

    def __getattr__(self, name: str):
        return getattr(self.doc, name)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop = _slice(len(self.tokens), index)
            return Span(self, start, stop)
        if -len(self.tokens) <= index < len(self.tokens):
            return self.tokens[index]
        return self.doc[index]  # spaCy's padding past the end, as before

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def sents(self):
        self._read_sentences()
        return iter(self._sentences)

    @property
    def noun_chunks(self):
        """spaCy's noun chunks; those of its English pipelines found here on the plain tokens
        (the same rules, ``_english_noun_chunks``), which spares the Token objects spaCy's
        iterator builds for every word and its left edge."""
        if self.doc.noun_chunks_iterator is not _english_iterator():
            return (Span(self, c.start, c.end, c.label_) for c in self.doc.noun_chunks)
        if not self.doc.has_annotation("DEP"):
            raise ValueError("[E029] noun_chunks requires the dependency parse")
        return iter([Span(self, start, end, "NP") for start, end in _english_noun_chunks(self.tokens)])

    def sentence_at(self, i: int) -> Span:
        self._read_sentences()
        return self._sentences[bisect_right(self._starts, i) - 1]

    def _read_sentences(self) -> None:
        if self._sentences is None:
            self._sentences = [Span(self, s.start, s.end) for s in self.doc.sents]
            self._starts = [s.start for s in self._sentences]


@functools.lru_cache(maxsize=None)
def _english_iterator():
    """spaCy's noun-chunk iterator of its English pipelines (None where spaCy has none)."""
    try:
        from spacy.lang.en.syntax_iterators import noun_chunks
    except ImportError:
        return None
    return noun_chunks


# spaCy's English noun chunks (spacy/lang/en/syntax_iterators.py): the dependencies that head one.
NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})
NP_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


def _english_noun_chunks(tokens: list):
    """(start, end) of each noun chunk, by spaCy's English rules read off plain tokens: a noun,
    proper noun or pronoun heading a subject, object, ... (``NP_DEPS``) or coordinated with
    one, from its left edge, never nested in the chunk before. "Egypt and its allies praised
    the plan": "Egypt", "its allies", "the plan"."""
    prev_end = -1
    for word in tokens:
        if word.pos_ not in NP_TAGS or word.left_edge.i <= prev_end:
            continue
        if word.dep_ in NP_DEPS:
            prev_end = word.i
            yield word.left_edge.i, word.i + 1
        elif word.dep_ == "conj":
            head = word.head
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            if head.dep_ in NP_DEPS:
                prev_end = word.i
                yield word.left_edge.i, word.i + 1


def plain(span) -> Span:
    """The sentence (a spaCy Span) as a ``Span`` of plain tokens; the doc's are read once."""
    if isinstance(span, Span):
        return span
    doc = span.doc.user_data.get(KEY)
    if doc is None:
        doc = span.doc.user_data[KEY] = Doc(span.doc)
    return Span(doc, span.start, span.end)

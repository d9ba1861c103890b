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

KEY = "coder.tokens"  # the doc's Doc of plain tokens, in spaCy's Doc.user_data


class Token:
    """A parsed token, its attributes read once (the names and meanings of spaCy's Token)."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "whitespace_", "is_punct",
                 "is_space", "head", "children", "left_edge", "right_edge", "_subtree")

    def __init__(self, doc: "Doc", token) -> None:
        self.doc, self.i = doc, token.i
        self.text, self.lower_, self.lemma_ = token.text, token.lower_, token.lemma_
        self.pos_, self.tag_, self.dep_ = token.pos_, token.tag_, token.dep_
        self.whitespace_, self.is_punct, self.is_space = token.whitespace_, token.is_punct, token.is_space
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
        spacy_tokens = list(doc)  # made once: each pass over a spaCy doc builds a Token per word
        self.tokens = tokens = [Token(self, t) for t in spacy_tokens]
        children = [[] for _ in tokens]
        for token, spacy_token in zip(tokens, spacy_tokens):
            head = spacy_token.head.i
            token.head = tokens[head]
            if head != token.i:
                children[head].append(token)
            # spaCy's edges, not the subtree's extent: they differ where the parse is not projective
            token.left_edge, token.right_edge = tokens[spacy_token.left_edge.i], tokens[spacy_token.right_edge.i]
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

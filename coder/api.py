"""The library: a ``Coder`` holds the dictionaries, the reading and the spaCy pipeline, and
codes texts and stories into events.

    import coder
    c = coder.Coder()                                   # built-in dictionaries, coder's reading
    c.code("Iraq condemned the US strikes.", date="2024-07-31")   # [Event(source='IRQ', ...)]
    for story, events in c.code_stories(stories): ...   # streaming, parsed in batches
    print(c.explain("Iraq condemned the US strikes."))  # how it was coded, step by step

Everything that codes text (the command line, ``coder explain``, ``coder validate``, the
benchmarks) goes through this class, so that parsing and coding are wired in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from .dictionary import Dictionaries, load_cached
from .engine import StoryResult, code_story
from .engine.sentence import SentenceAnalysis
from .errors import CoderError
from .model import Event, Story, StoryContext
from .lemma_cache import learn_from
from .nlp import check_pipeline, load_pipeline, parse_stories
from .reading import Reading, resolve
from .readers import normalize_date

StoryLike = Union[Story, Mapping[str, Any]]


class Coder:
    """A CAMEO event coder.

    ``dictionaries``: a folder of YAML dictionaries, or a list of folders, laid over the
    built-in ones in order (a later layer wins entry by entry; docs/dictionaries.md, "Layers"),
    or already compiled ``Dictionaries``; None for the built-in ones alone. ``builtins=False``:
    the folders alone (an imported PETRARCH set says so itself in its settings.yaml). ``reading``: a preset name ("coder", "petrarch2", "petrarch1")
    or a ``Reading``; None for the dictionaries' own (their settings.yaml ``reading:``, coder's
    by default). ``model``: a spaCy pipeline name or a loaded ``Language`` (used as given, once
    checked to tag and parse); None for the installed English model. ``cache``: reuse compiled dictionaries cached on disk.
    """

    def __init__(self, dictionaries: Union[str, Path, Sequence[Union[str, Path]], Dictionaries, None] = None,
                 reading: Union[str, Reading, None] = None, model: Any = None, cache: bool = True,
                 batch_size: int = 64, builtins: bool = True):
        if isinstance(dictionaries, Dictionaries):
            self.dictionaries = dictionaries
        else:
            folders = [dictionaries] if isinstance(dictionaries, (str, Path)) else list(dictionaries or [])
            self.dictionaries = load_cached([Path(f) for f in folders], use_cache=cache, builtins=builtins)
        self.reading: Reading = resolve(reading, self.dictionaries.reading)
        self._model = model
        self._nlp = None if isinstance(model, (str, type(None))) else _given_pipeline(model)
        self.batch_size = batch_size

    @property
    def nlp(self):
        """The spaCy pipeline, loaded on first use (``coder dict info`` never needs it)."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._model)
        return self._nlp

    def with_reading(self, reading: Union[str, Reading]) -> "Coder":
        """The same coder (dictionaries, pipeline) reading sentences another way."""
        other = Coder.__new__(Coder)
        other.__dict__.update(self.__dict__)
        other.reading = resolve(reading, self.reading)
        return other

    # --- coding ------------------------------------------------------------------------

    def code(self, text: str, date: Optional[str] = None, id: str = "text", title: Optional[str] = None) -> list:
        """The events of one text, coded as one story (``list[Event]``)."""
        story = Story(id=id, text=text, date=_date(date), title=title)
        return next(self.analyse_stories([story])).events

    def code_stories(self, stories: Iterable[StoryLike]) -> Iterator[tuple]:
        """``(story, [Event, ...])`` for each story, in input order, parsed in batches."""
        for result in self.analyse_stories(stories, parses=False):
            yield result.story, result.events

    def analyse_stories(self, stories: Iterable[StoryLike], parses: bool = True) -> Iterator[StoryResult]:
        """Each story's ``StoryResult``: every sentence's analysis, or why the story was discarded.

        A story longer than ``nlp.PIECE_CHARS`` is parsed and coded in pieces; ``parses=False``
        lets each piece's parse go once it is coded: its analyses keep their sentence's text,
        events and issues, but no spaCy objects (view, mentions, candidates), so that memory
        stays flat however long the story (coding a corpus needs no more).
        """
        stories = (as_story(s) for s in stories)
        pieces = parse_stories(stories, self.nlp, self.dictionaries.actor_words, self.batch_size)
        for story, sentences, last in pieces:
            if last:
                yield code_story(story, sentences, self.dictionaries, self.reading)
            else:
                yield self._code_in_pieces(story, sentences, pieces, parses)

    def _code_in_pieces(self, story: Story, sentences: list, pieces: Iterator[tuple], parses: bool) -> StoryResult:
        """A long story, parsed in pieces (``nlp.PIECE_CHARS``), coded piece after piece with its
        context (date, earlier actors for "he" and "they", states) carried over, as if whole: a
        discard phrase in any piece discards the story, its first phrase named."""
        result, context, last = StoryResult(story), StoryContext(story.id, story.date), False
        while True:
            if result.discarded is None:
                part = code_story(story, sentences, self.dictionaries, self.reading, context)
                if part.discarded:
                    result = part
                else:
                    result.analyses.extend(part.analyses if parses else map(_without_parse, part.analyses))
            if last:
                return result
            _, sentences, last = next(pieces)

    def explain(self, text: str, date: Optional[str] = None) -> "Explanation":
        """How ``text`` is coded, step by step; ``str()`` of it is what ``coder explain`` prints."""
        story = Story(id="explain", text=text, date=_date(date))
        return Explanation(next(self.analyse_stories([story])))


@dataclass
class Explanation:
    """The analysis of a text: per sentence, its tokens, actors, event words and events."""
    result: StoryResult
    events: list = field(init=False)

    def __post_init__(self):
        self.events = self.result.events

    @property
    def sentences(self) -> list:
        """The ``SentenceAnalysis`` of each sentence."""
        return self.result.analyses

    @property
    def discarded(self) -> Optional[str]:
        return self.result.discarded

    def __str__(self) -> str:
        from .explain import render

        return render(self.result)


def _without_parse(analysis: SentenceAnalysis) -> SentenceAnalysis:
    """A sentence's analysis without the spaCy objects that keep its story's parse alive."""
    sentence = replace(analysis.sentence, span=None)
    return replace(analysis, sentence=sentence, view=None, mentions=[], candidates=[])


def as_story(item: StoryLike) -> Story:
    """A Story from a Story or a mapping with at least ``id`` and ``text`` (as JSON lines give)."""
    if isinstance(item, Story):
        return item
    if isinstance(item, Mapping):
        missing = [key for key in ("id", "text") if key not in item]
        if missing:
            raise CoderError(f"a story needs {' and '.join(missing)}: {dict(item)!r:.80}")
        known = {key: item.get(key) for key in ("title", "source", "url", "origin") if item.get(key) is not None}
        return Story(id=str(item["id"]), text=str(item["text"]), date=_date(item.get("date")), **known)
    raise CoderError(f"a story is a coder.Story or a mapping with id and text, not {type(item).__name__}")


def _given_pipeline(nlp):
    """A pipeline given to ``Coder``: refused at once if it cannot tag and parse (not at the
    first sentence, deep inside spaCy), and its lemmatizer's irregular verb forms learnt."""
    check_pipeline(nlp)
    learn_from(nlp)
    return nlp


def _date(value) -> Optional[str]:
    try:
        return normalize_date(value)
    except ValueError as exc:
        raise CoderError(str(exc)) from None


__all__ = ["Coder", "Explanation", "Event", "Story", "as_story"]

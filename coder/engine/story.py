"""Coding one story: its sentences in order, with the story context they share.

The context carries the story's date (for date-bounded actor codes) and the actors seen so far
(for pronouns); a story-discard phrase (sports, entertainment, ...) vetoes the whole story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..dictionary import Dictionaries
from ..model import Story, StoryContext
from ..reading import Reading
from .phrases import dyads_of, persons_of, state_of
from .sentence import SentenceAnalysis, code_sentence
from .view import forms, phrases_in


@dataclass
class StoryResult:
    """A coded story: the analysis of each sentence (none when the story is discarded)."""
    story: Story
    analyses: list = field(default_factory=list)  # SentenceAnalysis per sentence
    discarded: Optional[str] = None

    @property
    def events(self) -> list:
        return [event for analysis in self.analyses for event in analysis.events]


def code_story(story: Story, sentences: list, dictionaries: Dictionaries, reading: Reading,
               context: Optional[StoryContext] = None) -> StoryResult:
    """Code one parsed story (its ``nlp.Sentence``s) sentence by sentence. ``context``: the
    context of the story's earlier pieces, when a long story is coded piece by piece."""
    phrase = story_discard(sentences, dictionaries)
    if phrase:
        return StoryResult(story, [], f"discard phrase {phrase!r}")
    context = StoryContext(story.id, story.date) if context is None else context
    words = dictionaries.words(reading)
    analyses = []
    for sentence in sentences:
        analysis: SentenceAnalysis = code_sentence(sentence, context, dictionaries, reading)
        analyses.append(analysis)
        context.actors.extend(analysis.mentions)
        context.states.update(filter(None, (state_of(a, words) for a in analysis.mentions)))
        context.persons.update(persons_of(analysis.mentions))
        context.dyads.extend(dyads_of(analysis.events))
    return StoryResult(story, analyses)


def story_discard(sentences: list, dictionaries: Dictionaries) -> Optional[str]:
    """The first story-discard phrase in the story, if any."""
    for sentence in sentences:
        lowers, lemmas = forms(sentence.span)
        for phrase in phrases_in(lowers, lemmas, dictionaries.story_discards):
            return phrase
    return None

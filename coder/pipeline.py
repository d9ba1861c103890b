"""The whole flow for a batch: stories → parsed sentences → coded events, story by story.

Each story is coded sentence by sentence with a ``StoryContext`` that carries the story's date
and the actors seen so far (for pronouns). Nothing here reads files or compiles dictionaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .dictionary import Dictionaries
from .events import SentenceAnalysis, code_sentence, story_discard
from .model import Story, StoryContext
from .nlp import parse_stories


@dataclass
class StoryResult:
    story: Story
    analyses: list  # SentenceAnalysis per sentence (empty when discarded)
    discarded: Optional[str] = None

    @property
    def events(self) -> list:
        return [event for analysis in self.analyses for event in analysis.events]


def code_story(story: Story, sentences: list, dictionaries: Dictionaries) -> StoryResult:
    """Code one parsed story; a story-discard phrase vetoes the whole story."""
    phrase = story_discard(sentences, dictionaries)
    if phrase:
        return StoryResult(story, [], f"discard phrase {phrase!r}")
    context = StoryContext(story.id, story.date)
    analyses = []
    for sentence in sentences:
        analysis: SentenceAnalysis = code_sentence(sentence, context, dictionaries)
        analyses.append(analysis)
        context.actors.extend(analysis.mentions)
    return StoryResult(story, analyses)


def code_stories(stories: Iterable[Story], nlp, dictionaries: Dictionaries) -> Iterator[StoryResult]:
    """Code stories in input order, parsing them in batches."""
    for story, sentences in parse_stories(stories, nlp, dictionaries.actor_words):
        yield code_story(story, sentences, dictionaries)

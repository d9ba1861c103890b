"""Coding one story: its sentences in order, with the story context they share.

The context carries the story's date (for date-bounded actor codes) and the actors seen so far
(for pronouns); a story-discard phrase (sports, entertainment, ...) vetoes the whole story,
unless the story codes an event between political actors (see ``political_event``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from ..dictionary import Dictionaries
from ..model import Story, StoryContext
from ..reading import Reading
from .phrases import dyads_of, family_names, persons_of, state_of, story_country
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
    context = StoryContext(story.id, story.date) if context is None else context
    words = dictionaries.words(reading)
    analyses, early = [], []
    for k, sentence in enumerate(sentences):
        unknown = reading.story_country and story_country(context.states) is None
        analysis: SentenceAnalysis = code_sentence(sentence, context, dictionaries, reading)
        analyses.append(analysis)
        if unknown and analysis.events:
            # coded before the story's country is known: keep where its context stood, to be
            # coded again with that country (``_early_agents``)
            early.append((k, _mark(context)))
        context.actors.extend(analysis.mentions)
        context.states.update(filter(None, (state_of(a, words) for a in analysis.mentions)))
        context.persons.update(persons_of(analysis.mentions))
        family_names(analysis.mentions, analysis.view, context)
        context.dyads.extend(dyads_of(analysis.events))
    _early_agents(sentences, analyses, early, context, dictionaries, reading)
    if phrase and not any(political_event(e, words) for a in analyses for e in a.events):
        return StoryResult(story, [], f"discard phrase {phrase!r}")
    return StoryResult(story, analyses)


def _early_agents(sentences: list, analyses: list, early: list, context: StoryContext,
                  dictionaries: Dictionaries, reading: Reading) -> None:
    """Code again, with the story's country, the sentences coded before it was known whose
    events hold an agent of no country: a headline or an opening sentence ("Police fire tear
    gas at protesters", "Taliban ban women from parks") comes before the sentences that say
    whose police and women they are, as a reader of the whole story knows. Each is coded with
    the context it had (the actors before it, for pronouns) and the states of the story's
    other sentences; a scene of its own ("in Nairobi") still comes first. The country is the
    one the other sentences name most, more than half of their actors (``story_country``):
    none for a story of many, and none from the sentence itself ("Gunmen seized a Greek
    tanker" alone makes no Greek gunmen). An agent that took the state its sentence's subject
    names, while no earlier sentence gave one, takes the story's country as well: "Chinese
    officials criticized Congress" opening a story about the United States is USALEG, not
    CHNLEG, as it is when it comes later; "the U.S. Congress" and "Kenya's parliament" keep
    their own."""
    words = dictionaries.words(reading) if early else None
    for k, before in early:
        own = Counter(filter(None, (state_of(a, words) for a in analyses[k].mentions)))
        others = context.states - own
        if story_country(others) is None:
            continue
        actors, dyads, persons = before
        analyses[k] = code_sentence(sentences[k], replace(context, actors=context.actors[:actors], states=others,
                                                          persons=persons, dyads=context.dyads[:dyads]),
                                    dictionaries, reading)


def _mark(context: StoryContext) -> tuple:
    """Where the story context stands now: the lengths of its actors and dyads (lists that only
    grow) and a copy of its persons. A mark, not a copy of the whole context, so that a long
    story whose country stays unknown is not copied again at each sentence (which made its cost
    grow with the square of its length)."""
    return len(context.actors), len(context.dyads), dict(context.persons)


def political_event(event, words) -> bool:
    """Whether an event joins a state's officials (a side whose roles are all the settings'
    ``official_roles``: GOV, LEG) and someone other than their own bare state: such a story is
    political news, whatever sports word it holds, and a story-discard phrase does not veto it.
    "The German chancellor met the Chinese president on the sidelines of the Olympic Games"
    (DEUGOV 040 CHNGOV) and "The French president will fly to Tokyo for the opening of the
    Olympic Games, hoping to repair relations with Japan" (FRAGOV 036 JPN) are coded; "Spain
    will meet Italy in the World Cup final" (two bare states: teams) and "Police arrested fans
    outside the stadium" (no official) stay discarded, and so would "The Brazilian president
    congratulated Brazil" (the official's own bare state: its team)."""
    sides = (event.source or "", event.target or "")
    for one, other in (sides, sides[::-1]):
        if not _official(one, words) or not other:
            continue
        if other[:3] != one[:3] or len(other) > 3:
            return True
    return False


def _official(code: str, words) -> bool:
    """A state's actor code whose roles (after its country) are all ``official_roles``."""
    state, roles = code[:3], [code[k:k + 3].lower() for k in range(3, len(code), 3)]
    return (state.isalpha() and state.lower() not in words.non_state_prefixes and bool(roles)
            and all(r in words.official_roles for r in roles))


def story_discard(sentences: list, dictionaries: Dictionaries) -> Optional[str]:
    """The first story-discard phrase in the story, if any."""
    for sentence in sentences:
        lowers, lemmas = forms(sentence.span)
        for phrase in phrases_in(lowers, lemmas, dictionaries.story_discards):
            return phrase
    return None

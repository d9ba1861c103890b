"""The sentence engine: one module a stage, each calling only the ones before it.

    clauses, view   the sentence view: forms, lemmas, noun chunks, names, left-out clauses, verb phrases
    phrases         what a noun phrase codes as ("Iraqi police" is IRQCOP)
    mentions        the sentence's noun phrases holding actors; pronouns
    quotes          who speaks a quote whose speaker another sentence names
    triggers        event verbs and nouns, and their patterns
    stances         an action stated as an intention, refusal, demand or appeal, not done
    filters         why an event word gives no event (negated, hypothetical, background, ...)
    arguments       its source and target (implied: the target CAMEO implies when none is named)
    assembly        the events: pairs, reverse codes, de-duplication, provenance
    sentence        one sentence through the stages; the analysis that explains it
    story           a story's sentences with their shared context
"""

from .sentence import Candidate, SentenceAnalysis, code_sentence
from .story import StoryResult, code_story, story_discard

__all__ = ["Candidate", "SentenceAnalysis", "StoryResult", "code_sentence", "code_story", "story_discard"]

"""The quotes stage: who speaks a quote whose sentence names no speaker.

News quotes run over several sentences, and the speaker is named in the sentence where the
quote ends ("'We will not be bullied. Peru must withdraw its ships,' the minister said."), or
in the sentence before a quote of its own ("The minister said talks had failed. 'Peru must
withdraw its ships.'"). A sentence inside
such a quote, with no speech verb of its own, is the speaker's: its "we" and "I" are the
speaker's side, and its "Peru must withdraw" a demand the speaker makes. This stage finds the
speech verb in a neighbouring sentence of the same parse and the actors of its subject.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..dictionary import Dictionaries
from ..model import StoryContext
from .mentions import find_mentions
from .view import SentenceView, doc_marks, forms, view_of

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
REACH = 3  # sentences a quote may run on before its speaker is named


def marks(span) -> list:
    """The quotation marks of a span, in order: "open", "close" or "either" (a straight one)."""
    positions, kinds, _ = doc_marks(span.doc)
    return kinds[bisect_left(positions, span.start):bisect_left(positions, span.end)]


def open_at_end(span, inside: bool) -> bool:
    """Whether a quote is still open after the span, given whether one was open before it."""
    for kind in marks(span):
        inside = (not inside) if kind == "either" else (kind == "open")
    return inside


def quoted_by(view: SentenceView):
    """The speech verb, in another sentence of the parse, of the quote this sentence stands in;
    None when the sentence has a speech verb of its own, or is no quote."""
    span, speech = view.span, view.words.speech_verbs
    if any(lemma in speech for lemma in forms(span)[1]):
        return None
    sentences, starts = sentences_of(span.doc)
    index = starts.get(span.start)
    if index is None:
        return None
    inside = False  # whether a quote is open when the sentence begins
    for earlier in sentences[max(0, index - REACH):index]:
        inside = open_at_end(earlier, inside)
    quoted = inside or (bool(marks(span)) and span[0].text in (OPENING, STRAIGHT, "``"))
    if not quoted:
        return None
    if open_at_end(span, inside):  # '"Chile will not be bullied. Peru must withdraw," he said.'
        for later in sentences[index + 1:index + 1 + REACH]:
            positions = doc_marks(later.doc)[0]
            closing = next((i for i in positions[bisect_left(positions, later.start):bisect_left(positions, later.end)]
                            if later.doc[i].text != OPENING), None)
            if closing is not None:
                return speech_verb(later, speech, after=closing)
        return None
    # a quote of its own right after a sentence that reports the speaker: '"...," he said.
    # "Peru must ..."', 'The minister said talks had failed. "Peru must ..."'
    return speech_verb(sentences[index - 1], speech) if index > 0 else None


SENTENCES = "coder.sentences"  # the doc's sentences and where each starts, in Doc.user_data


def sentences_of(doc) -> tuple:
    """The doc's sentences, found once per doc, and {first token: position}."""
    found = doc.user_data.get(SENTENCES)
    if found is None:
        sentences = list(doc.sents)
        found = doc.user_data[SENTENCES] = (sentences, {s.start: k for k, s in enumerate(sentences)})
    return found


def speech_verb(sentence, speech, after: int = -1):
    """The sentence's speech verb with a subject (after token ``after``), or None."""
    return next((t for t in sentence if t.i > after and t.lemma_.lower() in speech
                 and any(c.dep_ == "nsubj" for c in t.children)), None)


def speaker_actors(verb, view: SentenceView, context: StoryContext, dictionaries: Dictionaries) -> list:
    """The actors of the speech verb's subject, read in the verb's own sentence."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    other = view_of(verb.sent, dictionaries, view.date, view.reading)
    return find_mentions(other, context).actors_at(subject)


def quote_speaker(view: SentenceView, context: StoryContext, dictionaries: Dictionaries) -> Optional[tuple]:
    """(speech verb, its subject's actors) of a quote with no speaker in its sentence, or None."""
    verb = quoted_by(view)
    if verb is None:
        return None
    actors = speaker_actors(verb, view, context, dictionaries)
    return (verb, actors) if actors else None

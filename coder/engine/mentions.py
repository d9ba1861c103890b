"""The mentions stage: the noun phrases of a sentence that hold actors or agents, and the
actors any phrase head stands for.

Mentions are found once per sentence, in order; a pronoun refers to the nearest actor before
it, in this sentence or earlier in the story ("He condemned the strikes": he is the last
subject named). Later stages ask ``actors(head)`` for a head the parse points at (a subject,
an object, a pattern's slot).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Optional

from ..model import StoryContext
from .phrases import Earlier, actors_of, compose, sentence_countries, story_country
from .view import QUOTE_KINDS, SentenceView, in_quote, lemma_in, token_attributes

RELATIVE_PRONOUN_TAGS = ("WDT", "WP")  # "which", "who"
THIRD_PERSONS = frozenset({"he", "she", "him", "her"})


@dataclass
class Mentions:
    """The sentence's actor mentions and the noun phrases that hold them."""
    view: SentenceView
    context: StoryContext
    actors: list = field(default_factory=list)  # Actor per noun phrase holding one, in order
    phrases: list = field(default_factory=list)  # (start, end, head token) of those phrases, in order
    phrase_end: dict = field(default_factory=dict)  # phrase start -> its end (patterns: `$target`)
    phrase_head: dict = field(default_factory=dict)  # phrase start -> its head's index
    chunk_end: dict = field(default_factory=dict)  # token in a noun chunk -> the chunk's end (`^`)
    country: Optional[str] = None  # the story's country, for agents with none of their own
    quote_speaker: list = field(default_factory=list)  # the actors speaking a quote named in another sentence
    _found: dict = field(default_factory=dict, repr=False)  # actors_at's answers (see there)

    @property
    def heads(self) -> frozenset:
        """Indices of the heads of the phrases holding actors."""
        return frozenset(self.phrase_head.values())

    def earlier(self, position: int) -> Earlier:
        """The actors a pronoun at ``position`` may refer to: the story's, then this sentence's
        before it, latest last."""
        after = quote_end(self.view, position)
        return Earlier(self.context.actors, [m for m in self.actors if after <= m.start < position],
                       self.context.persons, self.context.dyads)

    def actors_at(self, head) -> list:
        """The actors of the phrase headed by ``head`` and of its conjuncts; none for a head in
        a left-out clause. A relative pronoun stands for the noun its clause modifies: "Turkey,
        which condemned Syria, ..." (the source of "condemned" is Turkey).

        Found once per head: each event word's arguments, filters and patterns ask again for
        the same subjects and objects ("Egypt praised and thanked Jordan": Egypt and Jordan
        twice each). The answer depends only on the head, the mentions found so far and the
        quote's speaker, which make the key."""
        if head is None:
            return []
        key = (head.i, len(self.actors), id(self.quote_speaker))
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._actors_at(head)
        return list(found)

    def _actors_at(self, head) -> list:
        view = self.view
        if head is None or head.i - view.offset in view.dropped:
            return []
        if head.tag_ in RELATIVE_PRONOUN_TAGS and head.head.dep_ == "relcl":
            head = head.head.head
        if head.pos_ == "PRON" and head.lower_ in view.words.first_person:  # not "US"
            speaker = speaker_of(head, view)
            return self.actors_at(speaker) if speaker is not None else list(self.quote_speaker)
        return self._in_quote(head, actors_of(head, view, self.earlier(head.i - view.offset), self.country))

    def _in_quote(self, head, actors: list) -> list:
        """The actors of a phrase in a quote, seen from its speaker: "our troops" are the
        speaker's state's ('"Our soldiers hunted them down," the Nepali minister said': NPLMIL);
        "he" is never the speaker himself ('"He was caught by police," the president wrote':
        not the president)."""
        view = self.view
        mine = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in view.words.first_person), None)
        personal = head.pos_ == "PRON" and head.lower_ in THIRD_PERSONS | {"they", "them"}
        if not actors or (mine is None and not personal) or not in_quote(head):
            return actors  # "Ruto said he will ...": he is Ruto
        speaker = speaker_of(mine if mine is not None else head, view)
        said = self.actors_at(speaker) if speaker is not None else list(self.quote_speaker)
        if personal:
            kept = [a for a in actors if not any(a.kind == s.kind == "person" and a.code == s.code for s in said)]
            if kept or head.lower_ not in ("they", "them"):
                return kept
            # '"Then they shot them," the general said': they are not the general, but the
            # nearest others before ("the gunmen"); no one person is "they"
            earlier = self.earlier(head.i - view.offset)
            others = Earlier([a for a in earlier.story if a.kind != "person"],
                             [a for a in earlier.sentence if a.kind != "person"], earlier.persons, earlier.dyads)
            return actors_of(head, view, others, self.country) if others else []
        if any(n.code for k in range(head.left_edge.i, head.i + 1) if (n := view.name_at.get(k - view.offset))):
            return actors  # "my Chinese colleague": a country of its own
        states = [s.base[:3] for s in said if s.base[:3].isalpha()
                  and s.base[:3].lower() not in view.words.non_state_prefixes]
        if not states:
            return actors
        return [replace(a, code=states[0] + a.code[len(a.base):], base=states[0]) if a.base else
                replace(a, code=states[0] + a.code[3:], base=states[0]) for a in actors]

    def speakers(self, verb) -> list:
        """The actors of a speech verb's subject: "the minister said" in this sentence, or
        the speaker of a quote named in another sentence (the quotes stage)."""
        if not self.view.span.start <= verb.i < self.view.span.end:
            return list(self.quote_speaker)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self.actors_at(subject) if subject is not None else []


def find_mentions(view: SentenceView, context: StoryContext) -> Mentions:
    """Every noun chunk's actor, in order, and the names the parser left outside any chunk (a
    misparse: "Ethiopia act on ...")."""
    country = None
    if view.reading.story_country:
        # where the sentence happens ("Police fired on protesters in Nairobi"), else the story's
        # (its earlier sentences'), else the state the sentence's subject names
        acting, scene = sentence_countries(view)
        country = scene or (story_country(context.states) if context.states else acting)
    mentions = Mentions(view, context, country=country)
    offset = view.offset
    telling = _telling_tokens(view)
    for chunk in view.chunks:
        for k in range(chunk.start, chunk.end):  # "^" skips the rest of a noun phrase: "their ^"
            mentions.chunk_end[k - offset] = chunk.end - offset
    unchunked = [n for n in view.names if n.code and n.start not in mentions.chunk_end]
    for chunk in view.chunks:
        start = chunk.start - offset
        while unchunked and unchunked[0].start < start:
            _unchunked_name(mentions, unchunked.pop(0), country)
        root = chunk.root  # found once: a Span's root is looked for again at each ask
        if not _may_hold_actor(root, telling, offset):
            continue
        actor = compose(root, view, mentions.earlier(start), country)
        if actor is None:
            continue
        mentions.actors.append(actor)
        mentions.phrase_end[start] = max(chunk.end - offset, actor.end)
        mentions.phrase_head[start] = root.i - offset
        mentions.phrases.append((start, chunk.end - offset, root))
    for name in unchunked:
        _unchunked_name(mentions, name, country)
    for name in view.names:
        if name.code and name.start not in mentions.chunk_end:
            mentions.phrases.append((name.start, name.end, view.span[name.end - 1]))
    mentions.phrases.sort(key=lambda p: p[0])
    if view.words.naming_verbs:
        _cut_folded_complements(mentions)
    return mentions


def folded_complement(obj):
    """The first word of an object complement the parser folded into the object ``obj`` of a
    naming verb, or None: an adjective hung after the object's head ("called Kenya's remarks
    unacceptable": unacceptable), or the complement's noun heading the phrase with the object
    hung on it as a modifier ("called the decision good news": good)."""
    last = obj.right_edge
    if (last.dep_ == "amod" and last.head.i == obj.i and last.i > obj.i and last.tag_ in ("JJ", "JJR", "JJS")
            and obj.pos_ in ("NOUN", "PROPN")):
        return last
    modifier = next((c for c in obj.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < obj.i), None)
    if modifier is not None:
        return next((c for c in obj.children if c.dep_ == "amod" and modifier.i < c.i < obj.i), None)
    return None


def _cut_folded_complements(mentions: Mentions) -> None:
    """The object phrase of a naming verb (the settings' ``naming_verbs``) ends before a
    complement the parser folded into it, so that ``$target`` is the object and a pattern word
    after it can match the complement: "called Kenya's remarks unacceptable" ($target: Kenya's
    remarks), "called the decision good news" ($target: the decision)."""
    view, offset = mentions.view, mentions.view.offset
    for verb in view.span:
        if verb.pos_ != "VERB" or not lemma_in(verb, view.words.naming_verbs):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        folded = folded_complement(objects[0]) if len(objects) == 1 else None
        if folded is None:
            continue
        cut = folded.i - offset
        for start, end in list(mentions.phrase_end.items()):
            if start < cut < end:
                mentions.phrase_end[start] = cut


def _unchunked_name(mentions: Mentions, name, country: Optional[str]) -> None:
    """The actor of a name heading a noun phrase that spaCy's noun chunks leave out: a title
    of two nouns before it takes the chunk ("to Secretary of State Marco Rubio" gives the chunk
    "State" alone), so the person is no mention, and "urging him" found only "State". Added
    in order, for pronouns to find."""
    head = mentions.view.span[name.end - 1]
    if head.pos_ != "PROPN" or not any(c.dep_ == "nmod" for c in head.children):
        return
    actor = compose(head, mentions.view, mentions.earlier(name.start), country)
    if actor is not None:
        mentions.actors.append(actor)


def _telling_tokens(view: SentenceView) -> list:
    """The sorted indices (in the doc) of the sentence's tokens that can make a noun phrase an
    actor's: a dictionary name's, a pronoun's (one that refers back is among them) and a
    proper noun's (an earlier person's surname: "Akar said")."""
    telling = {k + view.offset for k in view.name_at}
    telling.update(k + view.offset for k, pos in enumerate(token_attributes(view.span)[3]) if pos in ("PRON", "PROPN"))
    return sorted(telling)


def _may_hold_actor(head, telling: list, offset: int) -> bool:
    """Whether the noun phrase headed by ``head`` may hold an actor: a telling token lies in
    its subtree's bounds (or its head's, for a conjunct that takes "of" phrases hung on the
    first: ``phrases.phrase_tokens``). Most noun phrases ("the talks", "last week") hold none,
    and composing them is the costliest part of the stage."""
    last = (head.head if head.dep_ == "conj" else head).right_edge.i
    k = bisect_left(telling, head.left_edge.i)
    return k < len(telling) and telling[k] <= last


def quote_end(view: SentenceView, position: int) -> int:
    """Where the actors a pronoun at ``position`` may refer to in its own sentence begin: after
    the quote it speaks, for the subject of a speech verb ("'The police must act,' he said": he
    is not the police), else at the sentence's start."""
    token = view.span[position]
    if token.pos_ != "PRON" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in view.words.speech_verbs:
        return 0
    return next((k + 1 for k in range(position - 1, -1, -1) if view.span[k].text in QUOTE_KINDS), 0)


def speaker_of(pronoun, view: SentenceView):
    """Who "we" or "I" is in a quote: the subject of the speech verb the quote hangs on ("'We
    urge all parties to ...,' the Taliban chief said": the Taliban). None outside a quote."""
    for governor in pronoun.ancestors:
        if governor.lemma_.lower() in view.words.speech_verbs:
            subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")
                            and not (c.i <= pronoun.i <= c.right_edge.i)), None)
            if subject is not None and not (subject.pos_ == "PRON" and subject.lower_ in view.words.first_person):
                return subject
    return None

"""``coder dict gaps``: what the dictionaries miss in a corpus, ranked by frequency.

Three kinds of gap, each found from the engine's own analysis of every sentence (the view, the
actor mentions, the event words and their candidates), so a gap is exactly what ``coder code``
did not see:

- ``actor`` / ``agent``: a noun phrase in subject or object position that no actor name or
  agent noun matches. A proper name ("Zorvan Ketil said ...") is a candidate actor, with the
  country it most often shares a sentence (else a story) with; a common noun ("the
  herders attacked ...") is a candidate agent when it is the subject of an event word.
- ``verb`` / ``noun``: a verb or event noun no dictionary lists, in a sentence that codes
  nothing although it names two actors, one on each side of the word ("Arnor rebuffed Gondor").
- ``unused``: an actor entry whose names were found but never as the source or target of an
  event, with the verbs no dictionary lists that it stood beside (where an event may be missed).

Each gap comes with example sentences and a suggested ``coder dict add`` command line.
"""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .corpus import trimmed
from .dictionary import Dictionaries
from .engine import SentenceAnalysis, StoryResult
from .engine.phrases import state_of

KINDS = ("actor", "agent", "verb", "noun", "unused")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "iobj", "dative"})
POSITIONS = SUBJECTS | OBJECTS | {"pobj"}
# named-entity labels that can name an actor (not dates, amounts, laws, products, works)
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                                "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "acl"})
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "become", "seem", "appear"})
# proper nouns that name a time, not an actor (the pipeline runs without named entities)
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split())


@dataclass
class Example:
    """A sentence a gap was seen in: where it is, and its text cut around the gap."""
    story_id: str
    sentence_id: str
    text: str

    def __str__(self) -> str:
        return f"{self.story_id}#{self.sentence_id}: {self.text}"


@dataclass
class Gap:
    """One thing the dictionaries miss: its kind, its words, how often, where, and what to add."""
    kind: str
    phrase: str
    count: int = 0
    stories: set = field(default_factory=set)
    context: Counter = field(default_factory=Counter)  # countries, actor pairs or verbs seen with it
    examples: list = field(default_factory=list)
    where: str = ""  # an unused actor's dictionary entry (file:line)
    code: str = ""  # an unused actor's code

    def top_context(self, n: int = 3) -> list:
        return [value for value, _ in self.context.most_common(n)]

    @property
    def suggestion(self) -> str:
        """A `coder dict add` command line to start from (CODE/ROLE: to be chosen by the analyst)."""
        phrase = shlex.quote(self.phrase)
        top = self.top_context(1)
        if self.kind == "actor":
            return f"coder dict add actor {phrase} {top[0] if top else 'CODE'}"
        if self.kind == "agent":
            return f"coder dict add agent {phrase} ROLE"
        if self.kind in ("verb", "noun"):
            return f"coder dict add {self.kind} {phrase} CODE"
        if top:
            return f"coder dict add verb {shlex.quote(top[0])} CODE"
        return ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "phrase": self.phrase, "count": self.count, "stories": len(self.stories),
                "with": [{"value": v, "count": c} for v, c in self.context.most_common(5)],
                **({"code": self.code, "entry": self.where} if self.kind == "unused" else {}),
                "suggestion": self.suggestion,
                "examples": [{"story_id": e.story_id, "sentence_id": e.sentence_id, "text": e.text}
                             for e in self.examples]}


class GapFinder:
    """Collects the gaps of each coded story; ``ranked()`` gives them most frequent first."""

    def __init__(self, dictionaries: Dictionaries, examples: int = 2, width: int = 110):
        self.dictionaries = dictionaries
        self.examples = examples
        self.width = width
        self.gaps: dict = {}  # (kind, key) -> Gap
        self.used: set = set()  # actor entries (file:line) that were an event's source or target

    def add_story(self, result: StoryResult) -> None:
        if result.discarded:
            return
        states = Counter()  # the story's countries, for a sentence that names none
        for analysis in result.analyses:
            states.update(filter(None, (state_of(a, analysis.view.words) for a in analysis.mentions)))
        for analysis in result.analyses:
            if analysis.discarded:
                continue
            self.unmatched_phrases(analysis, states)
            if not analysis.events:
                self.uncoded_words(analysis)
            self.actor_entries(analysis)

    # (a) noun phrases no actor or agent matches -------------------------------------------

    def unmatched_phrases(self, analysis: SentenceAnalysis, story_states: Counter) -> None:
        view = analysis.view
        offset = view.offset
        taken = {k for a in analysis.mentions for k in range(a.start, a.end)} | set(view.name_at)
        event_tokens = {c.word.token.i for c in analysis.candidates}
        countries = Counter(filter(None, (state_of(a, view.words) for a in analysis.mentions)))
        country = (countries or story_states).most_common(1)
        for chunk in view.chunks:
            root = chunk.root
            if root.dep_ not in POSITIONS or root.pos_ in ("PRON", "NUM", "DET") or root.is_stop:
                continue
            if root.dep_ == "pobj" and root.head.lower_ not in self._prepositions(view):
                continue
            if any(k - offset in taken or k - offset in view.dropped for k in range(chunk.start, chunk.end)):
                continue
            name = proper_name(chunk)
            if name is not None:
                kind, key, shown = "actor", name.text.lower(), without_article(name.text)
            elif (root.pos_ == "NOUN" and root.dep_ in SUBJECTS and root.head.i in event_tokens
                  and root.lemma_.lower() not in self.dictionaries.events):
                words = [t for t in chunk if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < root.i]
                shown = " ".join([t.lower_ for t in words] + [root.lemma_.lower()])
                kind, key, name = "agent", shown, chunk
            else:
                continue
            gap = self._gap(kind, key, shown)
            self._seen(gap, analysis, name.start_char - view.span.start_char, name.end_char - view.span.start_char)
            if country:
                gap.context[country[0][0]] += 1

    def _prepositions(self, view) -> frozenset:
        words = view.words
        return frozenset(words.target_prepositions) | frozenset(words.source_prepositions)

    # (b) verbs and nouns between two actors, in a sentence that codes nothing -------------

    def uncoded_words(self, analysis: SentenceAnalysis) -> None:
        view = analysis.view
        if len({a.code for a in analysis.mentions}) < 2:
            return
        offset = view.offset
        mention_at = {}
        for actor in analysis.mentions:
            for k in range(actor.start, actor.end):
                mention_at.setdefault(k + offset, actor)
        events = self.dictionaries.events
        for token in view.span:
            kind = "verb" if token.pos_ == "VERB" else "noun" if token.pos_ == "NOUN" else None
            lemma = token.lemma_.lower()
            if (kind is None or token.i in mention_at or lemma in LIGHT_VERBS or not lemma.isalpha()
                    or any(e.kind == kind for e in events.get(lemma, ()))):
                continue
            pair = (verb_pair if kind == "verb" else noun_pair)(token, mention_at)
            if pair is None:
                continue
            gap = self._gap(kind, lemma, lemma)
            self._seen(gap, analysis, token.idx - view.span.start_char,
                       token.idx + len(token.text) - view.span.start_char)
            gap.context[f"{pair[0]} -> {pair[1]}"] += 1

    # (c) actors found but never in an event -----------------------------------------------

    def actor_entries(self, analysis: SentenceAnalysis) -> None:
        view = analysis.view
        in_events = {k for c in analysis.candidates if c.events
                     for a in c.sources + c.targets for k in range(a.start, a.end)}
        for name in view.names:
            if not name.code:
                continue
            if any(k in in_events for k in range(name.start, name.end)):
                self.used.add(name.origin)
                continue
            words = view.span[name.start:name.end]
            gap = self._gap("unused", name.origin, words.text)
            gap.where, gap.code = name.origin, name.code
            verb = governing_verb(words.root)
            if verb and not any(e.kind == "verb" for e in self.dictionaries.events.get(verb, ())):
                gap.context[verb] += 1  # a verb no dictionary lists: where an event may be missed
            self._seen(gap, analysis, words.start_char - view.span.start_char, words.end_char - view.span.start_char)

    # collecting -------------------------------------------------------------------------

    def _gap(self, kind: str, key: str, shown: str) -> Gap:
        gap = self.gaps.get((kind, key))
        if gap is None:
            gap = self.gaps[(kind, key)] = Gap(kind, shown)
        return gap

    def _seen(self, gap: Gap, analysis: SentenceAnalysis, start: int, end: int) -> None:
        sentence = analysis.sentence
        gap.count += 1
        if len(gap.examples) < self.examples and sentence.story_id not in gap.stories:
            gap.examples.append(Example(sentence.story_id, sentence.sentence_id,
                                        trimmed(sentence.text, start, end, self.width)))
        gap.stories.add(sentence.story_id)

    def ranked(self, kinds: Iterable[str] = KINDS) -> dict:
        """kind -> its gaps, most frequent first (then in more stories, then alphabetically)."""
        result = {kind: [] for kind in kinds}
        for (kind, _), gap in self.gaps.items():
            if kind in result and not (kind == "unused" and gap.where in self.used):
                result[kind].append(gap)
        for gaps in result.values():
            gaps.sort(key=lambda g: (-g.count, -len(g.stories), g.phrase.lower(), g.where))
        return result


def find_gaps(results: Iterable[StoryResult], dictionaries: Dictionaries, examples: int = 2,
              kinds: Iterable[str] = KINDS) -> dict:
    """The gaps of the coded stories: kind -> [Gap], most frequent first."""
    finder = GapFinder(dictionaries, examples)
    for result in results:
        finder.add_story(result)
    return finder.ranked(kinds)


def proper_name(chunk) -> Optional[object]:
    """The proper name a noun phrase holds (a named entity that can be an actor, else its run of
    proper nouns), or None: "the Zorvan militia" -> "Zorvan"; "Monday" (a date) -> None."""
    root = chunk.root
    for entity in chunk.doc.ents:
        if entity.start >= chunk.start and entity.end <= chunk.end and entity.label_ in ACTOR_ENTITIES:
            return entity
    tokens = [t for t in chunk if t.pos_ == "PROPN" and t.ent_type_ not in NOT_ACTOR_ENTITIES
              and t.lower_.rstrip(".") not in CALENDAR and not t.like_num]
    if not tokens:
        return None
    run = [tokens[0]]
    for token in tokens[1:]:
        if token.i != run[-1].i + 1:
            if run[0].i <= root.i <= run[-1].i:
                break
            run = []
        run.append(token)
    return chunk.doc[run[0].i:run[-1].i + 1]


def without_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def verb_pair(verb, mention_at: dict) -> Optional[tuple]:
    """(source, target) codes when the verb's subject holds an actor and its object, or a
    phrase after it in its own clause, holds another: "Arnor rebuffed Gondor's offer"."""
    sources, targets = [], []
    for child in verb.children:
        if child.dep_ in SUBJECTS or child.dep_ == "agent":
            sources.extend(mention_at[t.i].code for t in child.subtree if t.i in mention_at)
        elif child.dep_ in OBJECTS:
            targets.extend(mention_at[t.i].code for t in _phrase(child) if t.i in mention_at)
        elif child.dep_ == "prep":
            targets.extend(_after_preposition(child, mention_at))
    return _pair(sources, targets)


def noun_pair(noun, mention_at: dict) -> Optional[tuple]:
    """(source, target) codes of an event noun: its possessor or its verb's subject, and an
    actor after a preposition of it: "Arnor's embargo on Gondor", "Arnor lifted its embargo on
    Gondor"."""
    targets = [code for child in noun.children if child.dep_ == "prep" for code in _after_preposition(child, mention_at)]
    sources = [mention_at[c.i].code for c in noun.children if c.dep_ == "poss" and c.i in mention_at]
    if not sources and noun.dep_ in OBJECTS:
        sources = [mention_at[t.i].code for c in noun.head.children if c.dep_ in SUBJECTS
                   for t in c.subtree if t.i in mention_at]
    return _pair(sources, targets)


def _phrase(token) -> list:
    """The tokens of a noun phrase without the clauses inside it."""
    inside, stack = [], [token]
    while stack:
        t = stack.pop()
        inside.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return inside


def _after_preposition(preposition, mention_at: dict) -> list:
    """The actor codes of the noun phrase a preposition governs: "on Gondor", "with Arnor and Rohan"."""
    return [mention_at[t.i].code for obj in preposition.children if obj.dep_ == "pobj"
            for t in _phrase(obj) if t.i in mention_at]


def _pair(sources: list, targets: list) -> Optional[tuple]:
    """The first two different actors, one on each side; not one actor at two levels (Gondor
    and Gondor's government, GON and GONGOV, are one side)."""
    for source in sources:
        for target in targets:
            if not (source.startswith(target) or target.startswith(source)):
                return source, target
    return None


def governing_verb(token) -> Optional[str]:
    """The lemma of the verb a phrase hangs on ("... rebuffed Gondor": rebuffed), if any."""
    verb = next((a.lemma_.lower() for a in token.ancestors if a.pos_ == "VERB"), None)
    return None if verb in LIGHT_VERBS else verb

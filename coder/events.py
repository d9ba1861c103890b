"""The events stage: assemble events from a sentence's event words and actors.

Coding a sentence is a pure function of the parsed sentence, the story context and the
dictionaries: ``code_sentence`` returns a ``SentenceAnalysis`` that holds the events and the
reasons behind them (which ``coder explain`` prints).

Who did it to whom comes from the pattern's slots when it has them, otherwise from the parse:
the subject is the source and the object (or the complement of a target preposition) the
target; in the passive the by-phrase is the source and the subject the target. Coordinated
actors give an event each; a symmetric action between several actors gives one each way. An
event that is negated ("did not condemn", "refused to meet"), hypothetical ("could attack") or
background ("had attacked", outside reported speech) is not coded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import permutations
from typing import Optional

from .actors import SentenceView, actors_of, compose, forms, view_of
from .clauses import left_out
from .dictionary import Dictionaries
from .model import Actor, Event, StoryContext
from .nlp import Sentence
from .patterns import TokenView
from .verbs import EventWord, find_event_words


@dataclass
class Candidate:
    """One event word and what became of it: its actors, its events, or why it gave none."""
    word: EventWord
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    events: list = field(default_factory=list)
    skipped: Optional[str] = None


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    view: SentenceView
    mentions: list
    candidates: list
    events: list
    discarded: Optional[str] = None
    issues: tuple = ()


def code_sentence(sentence: Sentence, context: StoryContext, dictionaries: Dictionaries) -> SentenceAnalysis:
    """Code one parsed sentence: its events, with the analysis that explains them."""
    view = view_of(sentence.span, dictionaries, context.date)
    discard = _find_phrase(view, dictionaries.sentence_discards)
    issues = tuple(sorted(set(_all_phrases(view.lowers, view.lemmas, dictionaries.issues))))
    if discard:
        return SentenceAnalysis(sentence, view, [], [], [], f"discard phrase {discard!r}", issues)
    coder = _SentenceCoder(sentence, view, context, dictionaries)
    words = find_event_words(view, coder.token_view, dictionaries)
    candidates, inside = [], {}
    for word in words:
        if word.start in inside:  # PETRARCH: the verbs inside a coded verb's phrase are its own
            candidate = Candidate(word, skipped=f"inside the verb phrase of {inside[word.start]!r}, which has a code")
        else:
            covered = _covered_by(word, words)
            candidate = coder.code(word, covered)
            if (not dictionaries.settings.inner_verbs and word.entry.kind == "verb" and word.code is not None
                    and covered is None):
                for token in coder.verb_phrase(word.token):
                    inside.setdefault(token.i - coder.offset, word.token.text)
        candidates.append(candidate)
    events = [e for c in candidates for e in c.events]
    return SentenceAnalysis(sentence, view, coder.mentions, candidates, _unique(events), None, issues)


def story_discard(sentences: list, dictionaries: Dictionaries) -> Optional[str]:
    """The first story-discard phrase (sports, entertainment, ...) in the story, if any."""
    for sentence in sentences:
        lowers, lemmas = forms(sentence.span)
        for phrase in _all_phrases(lowers, lemmas, dictionaries.story_discards):
            return phrase
    return None


def _find_phrase(view: SentenceView, trie) -> Optional[str]:
    for value in _all_phrases(view.lowers, view.lemmas, trie):
        return value
    return None


def _all_phrases(lowers, lemmas, trie):
    if not len(trie):
        return
    for i in range(len(lowers)):
        found = trie.longest(lowers, lemmas, i)
        if found:
            yield found[1]


def _covered_by(word: EventWord, words: list) -> Optional[EventWord]:
    """The event verb whose matched pattern includes this event noun ("launched an air strike
    against X": the strike is part of the launching's pattern, not an event of its own), or
    whose object it is, with the same code. A verb is covered when another verb's pattern
    matched it by name as its first or last word ("allowed to leave": `* ..6 leave`)."""
    if word.entry.kind != "noun":
        for other in words:
            if (other is not word and other.entry.kind == "verb" and other.match
                    and word.start in (other.match.start, other.match.end - 1)):
                return other
        return None
    for other in words:
        if other is not word and other.match and other.match.start <= word.start < other.match.end:
            return other
        if (other.entry.kind == "verb" and other.code == word.code and word.token.dep_ == "dobj"
                and word.token.head.i == other.token.i):
            return other  # "condemned the airstrikes": the condemnation, coded once, from the verb
    return None


def _unique(events: list) -> list:
    seen, result = set(), []
    for event in events:  # "imposed sanctions on X": the verb and the noun give one event
        key = (event.source, event.target, event.code)
        if key not in seen:
            seen.add(key)
            result.append(event)
    return result


class _SentenceCoder:
    """The per-sentence state of ``code_sentence``: noun phrases, their actors, the token view."""

    def __init__(self, sentence: Sentence, view: SentenceView, context: StoryContext,
                 dictionaries: Dictionaries):
        self.sentence, self.view, self.context, self.d = sentence, view, context, dictionaries
        self.settings = dictionaries.settings
        self.offset = sentence.span.start
        self.dropped = left_out(view, self.settings)  # comma clauses left out
        self.mentions = []
        self.phrases = []  # (start, end, head token) of the noun phrases holding actors, in order
        self._verb_phrases = {}  # verb token index -> its verb phrase (verb_phrase)
        phrase_end, phrase_head, chunk_end = {}, {}, {}
        for chunk in view.chunks:
            for k in range(chunk.start, chunk.end):  # "^" skips the rest of a noun phrase: "their ^"
                chunk_end[k - self.offset] = chunk.end - self.offset
            actor = compose(chunk.root, view, dictionaries, self.offset, self._earlier(chunk.start - self.offset))
            if actor is None:
                continue
            self.mentions.append(actor)
            start = chunk.start - self.offset
            phrase_end[start] = max(chunk.end - self.offset, actor.end)
            phrase_head[start] = chunk.root.i - self.offset
            self.phrases.append((start, chunk.end - self.offset, chunk.root))
        for name in view.names:  # a name outside every noun chunk (a misparse: "Ethiopia act on ...")
            if name.code and name.start not in chunk_end:
                self.phrases.append((name.start, name.end, sentence.span[name.end - 1]))
        self.phrases.sort(key=lambda p: p[0])
        lemmas = view.lemmas if self.settings.pattern_lemmas else view.lowers  # PETRARCH: words as written
        self.token_view = TokenView(view.lowers, lemmas, phrase_end, phrase_head, chunk_end)
        self.heads = frozenset(phrase_head.values())  # heads of the phrases holding actors

    def _earlier(self, position: int) -> list:
        return list(self.context.actors) + [m for m in self.mentions if m.start < position]

    def actors(self, head) -> list:
        if head is None or head.i - self.offset in self.dropped:
            return []
        if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":  # "which", "who"
            head = head.head.head
        return actors_of(head, self.view, self.d, self.offset, self._earlier(head.i - self.offset))

    # --- one event word ---------------------------------------------------------------

    def code(self, word: EventWord, covered_by: Optional[EventWord] = None) -> Candidate:
        candidate = Candidate(word)
        token = self.view.span[word.start]
        if covered_by is not None:
            candidate.skipped = f"part of the pattern of {self.view.span[covered_by.start].text!r}"
            return candidate
        if word.start in self.dropped:
            candidate.skipped = "in a comma-delimited clause that is left out (comma_* settings)"
            return candidate
        if word.code is None:
            candidate.skipped = "no pattern matched and the entry has no default code"
            return candidate
        governor = token.head if word.entry.kind == "noun" and token.dep_ in ("dobj", "nsubjpass") else token
        covered = range(word.match.start, word.match.end) if word.match else range(0)
        reason = self._not_factual(governor, covered)
        if reason:
            candidate.skipped = reason
            return candidate
        slots = dict(word.match.slots) if word.match else {}
        symmetric, mutual_source = word.entry.symmetric, False
        if "mutual" in slots:  # coordinated actors acting on each other, or the other side
            symmetric, at = True, slots.pop("mutual")
            mutual_source = at < word.start and "target" not in slots
            slots.setdefault("source" if at < word.start else "target", at)
        by_phrase = False
        if word.entry.kind == "verb":
            source_heads, target_heads, by_phrase = self._verb_arguments(token, symmetric)
        else:
            source_heads, target_heads = self._noun_arguments(token)
        sources = self._slot_or(slots, "source", source_heads)
        targets = self._slot_or(slots, "target", target_heads, not_of=sources)
        if self.settings.source_before_verb and "source" not in slots and not by_phrase:
            sources = self._source_before(word, sources, targets, source_heads)
        if mutual_source and len(sources) >= 2:
            targets = []  # "X and Y have postponed their meeting": each to the other
        if word.entry.kind == "noun" and not (sources and targets):
            between = self._between(token)
            if len(between) >= 2:
                sources, targets = between, []
        candidate.sources, candidate.targets = sources, targets
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        if symmetric and not (sources and targets) and len(sources + targets) >= 2:
            pairs = [(s, t) for s, t in permutations(sources + targets, 2) if s.code != t.code]
        elif not targets and not self.settings.require_target and self._holds_phrase(token):
            pairs = [(s, Actor("---", "", 0, 0)) for s in sources]  # PETRARCH's null target
        if not pairs:
            candidate.skipped = ("no source actor" if not sources else "no target actor" if not targets
                                 else "source and target are the same actor")
            return candidate
        candidate.events = [self._event(word, s, t) for s, t in pairs]
        if word.reverse:
            candidate.events += [self._event(word, t, s, word.reverse) for s, t in pairs if t.code]
        return candidate

    def _slot_or(self, slots: dict, role: str, heads: list, not_of: list = ()) -> list:
        """The slot's actors, else those of the first candidate phrase that holds any:
        "sent tanks to Ukraine" has no actor in its object, so the target is Ukraine. A phrase
        that is only the source again is passed over: "Iraq restored its ties with Syria", "the
        ambassadors of X and Y presented their credentials to Z"."""
        if role in slots:
            return self.actors(self.view.span[slots[role]])
        same, bases = {a.code for a in not_of}, {a.base for a in not_of if a.base}

        def only_the_source(found: list) -> bool:  # "presented their credentials": theirs
            return bool(same) and all(a.code in same or (a.base in bases and " (= " in a.text) for a in found)

        for head in heads:
            found = self.actors(head)
            if found and not only_the_source(found):
                return found
        return []

    def _event(self, word: EventWord, source: Actor, target: Actor, code: Optional[str] = None) -> Event:
        info = self.d.codebook[code or word.code]
        span = self.view.span
        return Event(
            story_id=self.sentence.story_id, sentence_id=self.sentence.sentence_id,
            date=self.context.date, source=source.code, target=target.code, code=info.code,
            label=info.label, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
            source_text=source.text, verb_text=span[word.start:word.end].text,
            target_text=target.text, pattern=word.rule, sentence=self.sentence.text)

    # --- filters ----------------------------------------------------------------------

    def _not_factual(self, token, covered: range = range(0)) -> Optional[str]:
        """Why the event did not (or not yet) happen, or None when it is reported as fact.
        Words the fired pattern matched are its own business: "- not * over efforts" codes
        the negated clash, so its "not" filters nothing."""
        s = self.settings
        chain = [token]
        while _governed(chain[-1]):
            chain.append(chain[-1].head)
        for t in chain:
            for child in t.children:
                if child.i - self.offset in covered:
                    continue
                if child.dep_ == "neg":
                    return f"negated ({child.text} {t.text})"
                if child.dep_ == "aux" and child.lower_ in s.hypothetical_modals:
                    return f"hypothetical ({child.text} {t.text})"
            if t is not token and _governed(token) and t.i - self.offset not in covered:
                if t.lemma_.lower() in s.negating_verbs:
                    return f"negated ({t.text} ... {token.text})"
                if t.lemma_.lower() in s.intent_verbs:
                    return f"intended, not done ({t.text} ... {token.text})"
        if (s.skip_subjunctive and token.dep_ == "ccomp" and token.tag_ == "VB"
                and not any(c.dep_ in ("aux", "auxpass") for c in token.children)):
            return f"asked for, not done (that ... {token.text})"  # "insisted that Russia pay"
        if token.dep_ == "pcomp" and token.head.lower_ in s.negating_prepositions:
            return f"not done ({token.head.text} {token.text})"
        if s.skip_past_perfect and token.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in token.children):
            if not any(a.dep_ in ("ccomp", "xcomp", "advcl") for a in [token, *token.ancestors]):
                return "background (past perfect)"
        return None

    # --- arguments from the parse -------------------------------------------------------

    def _verb_arguments(self, verb, symmetric: bool = False) -> tuple:
        """Candidate phrases for the source and the target, best first, and whether the source
        is a passive verb's "by" phrase. A symmetric action's partner comes after "with" ("met
        with X"); its other prepositions name the topic ("deliberated on the role of the
        coalition"). A passive verb without "by" is active when ``passive_needs_by`` is set."""
        children = list(verb.children)
        passive_subject = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)
        if passive_subject is not None:
            agent = next((c for c in children if c.dep_ == "agent"), None)
            by = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
            if not self.settings.passive_needs_by:
                return by, [passive_subject], True
            if not by:  # PETRARCH: "by" anywhere in the verb phrase ("killed in a strike by X")
                by = [g for t in self.verb_phrase(verb) if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                      for g in t.children if g.dep_ == "pobj"][:1]
            if by:
                return by, [passive_subject], True
            return [passive_subject], self._objects(verb, symmetric), False  # read as active
        return [self._subject(verb)], self._objects(verb, symmetric), False

    def _subject(self, verb, depth: int = 0):
        """The verb's subject, or the one it inherits from the clause that governs it."""
        if depth > 6:
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") or (depth and child.dep_ == "nsubjpass"):
                return child
        governor = verb.head
        if governor.i == verb.i:
            return None
        if verb.dep_ == "xcomp":  # "prompting X to warn": X warns; "X tried to meet": X meets
            obj = next((c for c in governor.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj
        if verb.dep_ in ("acl", "relcl") and governor.pos_ in ("NOUN", "PROPN", "PRON"):
            return governor  # "strikes targeting X": the strikes target X
        if verb.dep_ == "pcomp":
            governor = governor.head
        return self._subject(governor, depth + 1)

    def _objects(self, verb, symmetric: bool = False) -> list:
        """The direct object, the verb's prepositional objects, then the direct object's own
        ("restore ties with Gondor": the ties hold no actor, Gondor is the target)."""
        s = self.settings
        direct = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
        prepositions = s.symmetric_target_prepositions if symmetric else s.target_prepositions
        found = direct + self._prepositional(verb, prepositions)
        for modifier in verb.children:  # "marched close to the border with X"
            if modifier.dep_ in ("advmod", "acomp"):
                found += self._prepositional(modifier, prepositions)
        nested = s.symmetric_target_prepositions if symmetric else s.nested_target_prepositions
        for obj in list(found):  # "acted on a resolution against X"; "signed a deal with X"
            found += self._nested(obj, nested)
        if s.clause_subject_target:
            # after the verb only: "X will restore ties with Y, an official said" is a quote frame
            found += [subject for clause in verb.children if clause.dep_ == "ccomp" and clause.i > verb.i
                      for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")]
        if s.verb_phrase_target:
            found += [t for t in self.verb_phrase(verb) if t.i - self.offset in self.heads]
        return found

    def verb_phrase(self, verb) -> list:
        """The tokens of the verb's phrase after the verb (PETRARCH's "lower sequence"): the
        rest of the clause the verb's chain heads ("is about to restore ties with X after Y
        burned its embassy" is one phrase from "restore" on), without left-out clauses. Found
        once per verb: the target, the null target, "by" and the inner verbs all ask."""
        if verb.i not in self._verb_phrases:
            self._verb_phrases[verb.i] = self._find_verb_phrase(verb)
        return self._verb_phrases[verb.i]

    def _find_verb_phrase(self, verb) -> list:
        chain = [verb]
        while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        if verb.dep_ == "amod" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "AUX":
            chain.append(verb.head)  # a verb the parser read as a modifier: "has broken relations with X"
        # a coordinated verb ("condemned X and promised Y") heads a phrase of its own
        apart = {t.i for link in chain for c in link.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 for t in c.subtree}
        return [t for t in chain[-1].subtree
                if t.i > verb.i and t.i not in apart and t.i - self.offset not in self.dropped]

    def _holds_phrase(self, verb) -> bool:
        """Whether the verb's phrase holds a noun phrase (other than a time: "said today"), which
        PETRARCH codes as a null target when it holds no actor."""
        return any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("npadvmod", "tmod")
                   and t.head.dep_ not in ("npadvmod", "tmod") for t in self.verb_phrase(verb))

    def _source_before(self, word: EventWord, sources: list, targets: list, heads: list) -> list:
        """PETRARCH's source: the parse's subject when it stands before the verb and is not the
        target again; a subject after the verb is none. When the parse finds no subject phrase
        at all (a misparse) or only the target again, the nearest phrase before the verb that
        holds another actor, looking back no further than a comma that delimits a clause. (A
        subject without an actor, "the statement by X comes", stays without one: PETRARCH
        would take X, which real text rarely means.)"""
        start = word.start
        taken = {t.code for t in targets}
        if sources and all(a.start < start for a in sources) and not {a.code for a in sources} <= taken:
            return sources
        if sources and not {a.code for a in sources} <= taken:
            return []  # the subject stands after the verb: "Rebuked by X, ..., Y is drawn"
        if not sources and any(h is not None and h.i - self.offset not in self.dropped for h in heads):
            return []  # a subject the parse found, holding no actor
        for begin, end, head in reversed(self.phrases):  # nearest first
            if begin >= start:
                continue
            between = self.view.span[end:start]
            if any(t.text == "," and t.i - self.offset not in self.dropped for t in between):
                break
            found = [a for a in self.actors(head) if a.code not in taken]
            if found:
                return found
        return []

    def _nested(self, phrase, prepositions, depth: int = 3) -> list:
        """Objects of prepositional phrases inside a phrase, nearest first, a few levels down:
        "welcomed a resumption of ties with Osgiliath" reaches Osgiliath."""
        found, level = [], [phrase]
        for _ in range(depth):
            level = self._prepositional_any(level, prepositions)
            found += level
        return found

    def _prepositional_any(self, heads: list, prepositions) -> list:
        return [pobj for head in heads for pobj in self._prepositional(head, prepositions)]

    @staticmethod
    def _prepositional(token, prepositions) -> list:
        """Objects of the token's prepositions, in the order of ``prepositions``."""
        found = []
        preps = [c for c in token.children if c.dep_ == "prep"]
        for word in prepositions:
            for prep in preps:
                if prep.lower_ == word:
                    found.extend(g for g in prep.children if g.dep_ == "pobj")
        return found

    def _noun_arguments(self, noun) -> tuple:
        s = self.settings
        sources = [c for c in noun.children if c.dep_ == "poss"]
        sources += self._prepositional(noun, s.source_prepositions)
        targets = self._prepositional(noun, s.noun_target_prepositions)
        # "the Hamas attack on Israel", "the Russian military buildup": a name modifying the noun
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head  # "X held talks with Y", "X launched an attack on Y"
            event_verb = any(e.kind == "verb" for e in self.d.events.get(verb.lemma_.lower(), ()))
            if event_verb:  # "Israel condemned the Hamas attack"
                sources += modifiers + [self._subject(verb)]
            else:  # a light verb: "Israel carried out the Gaza offensive"
                sources += [self._subject(verb)] + modifiers
            targets += self._prepositional(verb, s.target_prepositions)
        elif noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and noun.head.lower_ in ("in", "into"):
            verb = noun.head.head  # "X engaged Y in a firefight", "X drew Y into talks"
            sources += modifiers + [self._subject(verb)]
            targets += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        else:
            sources += modifiers
        return sources, targets

    def _between(self, noun) -> list:
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
        for prep in preps:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return self.actors(pobj)
        return []


def _governed(token) -> bool:
    """A verb whose clause hangs on another verb: "refused to meet", "wants Putin to attack",
    "attacked and killed" (a conjunct)."""
    if token.head.i == token.i:
        return False
    if token.dep_ in ("xcomp", "conj"):
        return True
    return token.dep_ in ("ccomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


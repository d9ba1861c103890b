"""Coding one sentence: the stages in their order, and the analysis that explains the result.

(headline repair →) view → mentions → triggers → filters → arguments → assembly. Coding a
sentence is a pure function of the parsed sentence, the story context, the dictionaries and the
reading: the ``SentenceAnalysis`` it returns holds the events and, for each event word, why it
gave them or none (which ``coder explain`` prints).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from ..dictionary import Dictionaries
from ..model import StoryContext
from ..nlp import Sentence
from ..reading import Reading
from .arguments import find_arguments, subject
from .assembly import events, pairs, unique, without_implied_repeats
from .filters import not_coded
from .headlines import repair_headline
from .stances import Stance, stance_of, uncoded_actions
from .mentions import find_mentions
from .quotes import quote_speaker
from .triggers import EventWord, covered_by, find_event_words
from .view import SentenceView, phrases_in, view_of


@dataclass
class Candidate:
    """One event word and what became of it: its actors, its events, or why it gave none."""
    word: EventWord
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    events: list = field(default_factory=list)
    skipped: Optional[str] = None
    stance: Optional[Stance] = None  # an intention, refusal, demand or appeal, coded by the codebook's tables


@dataclass
class SentenceAnalysis:
    """A coded sentence: its view, its actor mentions, every event word and the events."""
    sentence: Sentence
    view: SentenceView
    mentions: list
    candidates: list
    events: list
    discarded: Optional[str] = None
    issues: tuple = ()


def code_sentence(sentence: Sentence, context: StoryContext, dictionaries: Dictionaries,
                  reading: Reading) -> SentenceAnalysis:
    """Code one parsed sentence: its events, with the analysis that explains them."""
    repair_headline(sentence.span, dictionaries)
    view = view_of(sentence.span, dictionaries, context.date, reading)
    discard = next(phrases_in(view.lowers, view.lemmas, dictionaries.sentence_discards, view.keys), None)
    issues = tuple(sorted(set(phrases_in(view.lowers, view.lemmas, dictionaries.issues, view.keys))))
    if discard:
        return SentenceAnalysis(sentence, view, [], [], [], f"discard phrase {discard!r}", issues)
    mentions = find_mentions(view, context)
    speaker = quote_speaker(view, context, dictionaries)
    if speaker is not None:  # a quote whose speaker another sentence names: "we", "X must ..."
        view.quoted_by, mentions.quote_speaker = speaker
    words = uncoded_actions(find_event_words(view, mentions, dictionaries), mentions)
    candidates, inside = [], {}
    for word in words:
        candidate = Candidate(word)
        stance = stance_of(word, view) if word.code else None
        if (stance is not None and stance.kind == "refusal" and stance.governor is None
                and dictionaries.stance_code("refusal", word.code) is None):
            stance = None  # "would not ask Russia to help": negated, no refusal of an action family
        candidate.skipped = not_coded(word, words, view, inside, stance)
        if candidate.skipped is None:
            candidate.stance = stance
            arguments = find_arguments(word, mentions, dictionaries, stance)
            candidate.sources, candidate.targets = arguments.sources, arguments.targets
            found, candidate.skipped = pairs(word, arguments, view)
            if stance is not None and forecast(stance, arguments.sources, mentions):
                found, candidate.skipped = [], f"a forecast by another, not an intention ({stance.why})"
            elif stance is not None and joint_resolve(stance, arguments.sources, arguments.targets):
                found, candidate.skipped = [], f"the speaker's own side among those asked ({stance.why})"
            code = stance_code(stance, word.code, dictionaries) if stance else None
            candidate.events = events(word, found, sentence, context.date, view, dictionaries.codebook, code)
        if takes_its_phrase(word, words, view, inside):
            for token in view.verb_phrase(word.token):
                inside.setdefault(token.i - view.offset, word.token.text)
        candidates.append(candidate)
    one_event_per_stance(candidates, dictionaries)
    statements_carrying_events(candidates)
    if reading.code_intentions:
        appeals_by_action(candidates, dictionaries)
    coded = unique(without_implied_repeats([e for c in candidates for e in c.events]))
    return SentenceAnalysis(sentence, view, mentions.actors, candidates, coded, None, issues)


def takes_its_phrase(word: EventWord, words: list, view: SentenceView, inside: dict) -> bool:
    """PETRARCH-1's reading: a verb with a code takes the verbs of its phrase as its own
    ("Arnor said Gondor attacked Osgiliath" codes only "said")."""
    return (not view.reading.inner_verbs and word.start not in inside and word.entry.kind == "verb"
            and word.code is not None and covered_by(word, words) is None)


FALLBACK = {"intent": None, "refusal": "120", "demand": "100", "appeal": "020"}


def forecast(stance: Stance, sources: list, mentions) -> bool:
    """An intention reported by an analyst or by another side is a forecast: "analysts say
    Tehran would welcome the closure", "Iran said Israel will attack", not a stated intention;
    "a spokesman for the Israeli prime minister said Israel will evacuate", "X will visit Y,
    diplomatic sources said" report the actor's own."""
    if stance.reported_by is None:
        return False
    speaker = subject(stance.reported_by)
    if speaker is None:
        return False
    if speaker.lemma_.lower() in mentions.view.words.forecasters:
        return True  # "analysts say", "experts believe"
    speakers = {a.base[:3] for a in mentions.actors_at(speaker) if a.base}
    return bool(speakers) and not speakers & {a.base[:3] for a in sources if a.base}


def joint_resolve(stance: Stance, sources: list, targets: list) -> bool:
    """A demand or an appeal of several sides, the speaker's among them, states a common
    resolve, not a demand of the others: "Milei said the two countries must work together",
    "Argentina and Brazil should stand together, the Argentine president said". One side
    asked, even the speaker's own country's ("the opposition leader said the government
    must resign"), is asked."""
    if stance.kind not in ("demand", "appeal"):
        return False
    own = {a.base[:3] for a in sources if a.base}
    asked = {a.base[:3] for a in targets if a.base}
    return bool(own & asked) and len(asked) >= 2


def stance_code(stance: Stance, code: str, dictionaries: Dictionaries) -> str:
    """The code of the stance toward the action ``code``: the codebook's table, else the
    family's unspecified code (an intention keeps the action's: "X will condemn Y" is 111)."""
    return dictionaries.stance_code(stance.kind, code) or FALLBACK[stance.kind] or code


def another_side(speaker, candidate) -> bool:
    """The stance is another side's than the speaker's whose pattern names it: the clause has a
    subject of its own, an actor of another country ("Qatar said Hamas is ready to release the
    hostages"); "Iran said it was ready to release the sailors" is the speaker's own."""
    token = candidate.word.token
    clause = next((t for t in [token, *token.ancestors] if t.dep_ == "ccomp"), None)
    if clause is None or clause.head.i != speaker.word.token.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    theirs = {a.base[:3] for a in candidate.sources if a.base}
    return bool(theirs) and not theirs & {a.base[:3] for a in speaker.sources if a.base}


def threat_of_uncoded_action(candidate, governor, dictionaries: Dictionaries) -> bool:
    """A threat (root 13) to do what the codebook's intents table has no threat for is the
    threat, not the act: "Ankara threatened to veto Sweden's NATO bid" is 130, no veto (129)
    (an intention keeps the action's code only where no threat is stated: "X will condemn Y")."""
    return (candidate.stance.kind == "intent" and dictionaries.stance_code("intent", candidate.word.code or "") is None
            and all(e.code.startswith("13") for e in governor.events))


def one_event_per_stance(candidates: list, dictionaries: Dictionaries) -> None:
    """A stance is coded once: by a pattern that matched the action by name when one fired
    ("threatened to impose sanctions" => 1312, "refused to allow inspectors" => 1245), else by
    the action ("pledged to send aid to Y": 033 from the sending, not the pledge's plain 030)."""
    by_token = {c.word.token.i: c for c in candidates}
    for candidate in candidates:
        if candidate.stance is None or not candidate.events:
            continue
        start = candidate.word.start
        pattern = next((c for c in candidates if c is not candidate and c.events and c.word.match
                        and c.word.match.start <= start < c.word.match.end), None)
        if pattern is not None and another_side(pattern, candidate):
            # "Qatar said Hamas is ready to release the hostages": Hamas's readiness, not Qatar's
            pattern.events, pattern.skipped = [], f"the {candidate.stance.kind} is another's ({candidate.word.token.text!r})"
        elif pattern is not None:  # "said Tehran was prepared to hold talks with X" => 036, from "said"
            candidate.events = []
            candidate.skipped = f"its {candidate.stance.kind} is coded by the pattern of {pattern.word.token.text!r}"
            continue
        governor = candidate.stance.governor
        other = by_token.get(governor.i) if governor is not None else None
        if other is None or not (candidate.events and other.events):
            continue
        if other.word.match is not None or threat_of_uncoded_action(candidate, other, dictionaries):
            candidate.events = []
            candidate.skipped = f"its {candidate.stance.kind} is coded by {governor.text!r}"
        else:
            other.events, other.skipped = [], f"the action is coded with its stance ({candidate.word.token.text!r})"


STATEMENT = "010"  # CAMEO's unspecified statement


def statements_carrying_events(candidates: list) -> None:
    """A plain statement (010) that carries a more specific event of its clause, between the same
    actors, is that event: "senators sent a letter to the secretary of state, urging him to act"
    is the appeal (020), not a statement and an appeal; the codebook codes the most specific.
    A statement to someone the carried event does not concern stays."""
    for candidate in candidates:
        pairs = {(e.source, e.target) for e in candidate.events if e.code == STATEMENT}
        if not pairs:
            continue
        token = candidate.word.token
        carried = {(e.source, e.target) for c in candidates if c is not candidate and c.events
                   and token in c.word.token.ancestors for e in c.events if e.code != STATEMENT}
        if pairs <= carried:
            candidate.events = []
            candidate.skipped = "a statement carrying a more specific event between the same actors"


APPEALING = {"02": "appeal", "10": "demand"}


def appeals_by_action(candidates: list, dictionaries: Dictionaries) -> None:
    """An appeal or a demand coded by its verb alone takes the family of the action it asks
    for: "X urged Y to release the prisoners" is 0253 (appeal for release), not 020; "X
    demanded that Y withdraw" 106. A pattern that fired knows better and is kept."""
    for candidate in candidates:
        word = candidate.word
        kind = APPEALING.get((word.code or "")[:2])
        if kind is None or word.match is not None or not candidate.events:
            continue
        action = next((c.word for c in candidates if c.word.code and c.word.entry.kind == "verb"
                       and c.word.token.dep_ in ("xcomp", "ccomp") and c.word.token.head.i == word.token.i), None)
        code = dictionaries.stance_code(kind, action.code) if action is not None else None
        if code:
            info = dictionaries.codebook[code]
            candidate.events = [replace(e, code=info.code, label=info.label, root=info.root,
                                        quad_class=info.quad_class, goldstein=info.goldstein) for e in candidate.events]

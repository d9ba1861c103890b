"""The stances stage: an event word the actor takes a stance on, rather than does.

CAMEO codes a stance toward an action in the action's own family: the intention to act
("X pledged to send aid to Y", "X will send aid": 033, root 03; a threat "X threatened to
impose sanctions": 1312, root 13), the refusal ("X refused to release Y", "X will not release
Y": 1243, root 12), the demand ("X said Y must release Z": 1053, root 10) and the appeal ("X said
Y should release Z": 0253, root 02). The codebook's tables (cameo.yaml: intents, refusals,
demands, appeals) give each action family's code; this stage finds the stance and the words
that state it, which the filters then leave alone ("will not" is a refusal, not a negation).
Only with the reading's code_intentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..dictionary import EventEntry
from .mentions import Mentions
from .triggers import EventWord
from .view import SentenceView, lemma_in, token_attributes

KINDS = ("intent", "refusal", "demand", "appeal")


@dataclass(frozen=True)
class Stance:
    """How the actor stands toward the event word's action, and which words say so."""
    kind: str  # one of KINDS
    why: str
    governor: object = None  # the word that states it ("pledged", "refused"), coded with it or not
    markers: frozenset = frozenset()  # token indices (in the doc) the stance explains: no filter
    speaker: object = None  # a demand or an appeal: the speech verb whose subject makes it
    reported_by: object = None  # an intention someone else reports: the speech verb (a forecast unless its own side's)


def stance_of(word: EventWord, view: SentenceView) -> Optional[Stance]:
    """The stance the sentence takes toward the event word's action, or None for a deed."""
    if not view.reading.code_intentions:
        return None
    words = view.words
    chain = [event_token(word, view)]
    while governed(chain[-1]):
        chain.append(chain[-1].head)
    for k, t in enumerate(chain):
        future = next((c for c in t.children if c.dep_ == "aux" and c.lower_ in words.future_auxiliaries), None)
        negation = negation_of(t)
        if negation is not None and t is not chain[0] and lemma_in(t, words.hesitation_words):
            # "Turkey would not hesitate to use force against Greece": a threat, not a refusal
            return Stance("intent", f"{negation.text} {t.text} ... {chain[0].text}", t,
                          frozenset({t.i, negation.i} | ({future.i} if future is not None else set())))
        if future is not None and negation is not None:  # "X will not release Y"
            return Stance("refusal", f"{future.text} {negation.text} {t.text}", None, frozenset({future.i, negation.i}))
        if future is not None and future.lower_ == "would" and t.dep_ == "relcl":
            future = None  # "help from X, which would violate sanctions": a consequence (filters)
        if future is not None and counterfactual(t):
            future = None  # "the army would have attacked Goma": what did not happen (filters)
        if future is not None:  # reported by another ("analysts say Tehran would ..."), maybe a forecast
            return Stance("intent", f"{future.text} {t.text}", None, frozenset({future.i}),
                          reported_by=t.head if reported(t, view) else None)
        hedge = warned_modal(t, words)
        if hedge is not None and negation is None and not reported(t, view):  # "Seoul warned it could impose sanctions"
            return Stance("intent", f"{t.head.text} ... {hedge.text} {t.text}", None, frozenset({hedge.i}))
        to = next((c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and (t.dep_ == "ROOT" or verbless_headline(t)):  # a headline's "X to visit Y": X will visit Y
            return Stance("intent", f"{to.text} {t.text}", None, frozenset({to.i}))
        if k and controls(t, chain[k - 1]) and negation is None and t.pos_ != "NOUN":  # nouns: announced_intention
            if lemma_in(t, words.commissive_verbs):  # "X pledged to send aid"
                return Stance("intent", f"{t.text} ... {chain[0].text}", t, frozenset({t.i}))
            if lemma_in(t, words.refusal_verbs):  # "X refused to release Y"
                return Stance("refusal", f"{t.text} ... {chain[0].text}", t, frozenset({t.i}))
    announced = next((a for a in map(lambda t: announced_intention(t, words), chain) if a is not None), None)
    return announced or committed_to(chain[0], words) or demand_of(chain[-1], view)


def committed_to(token, words) -> Optional[Stance]:
    """A gerund after "to" on a word of commitment (the settings' ``commissive_verbs``) is
    intended, not done: '"We are committed to protecting civilians," the RSF spokesman said'
    (an intent to protect, 03x, no protection given); "Kenya is committed to sending police to
    Haiti". Not when the commitment is negated ("is not committed to ...": filters)."""
    preposition = token.head
    if token.dep_ != "pcomp" or preposition.lower_ != "to" or preposition.head.i == preposition.i:
        return None
    governor = preposition.head
    if not lemma_in(governor, words.commissive_verbs) or negation_of(governor) is not None:
        return None
    return Stance("intent", f"{governor.text} to {token.text}", governor, frozenset({governor.i}))


def announced_intention(token, words) -> Optional[Stance]:
    """A clause describing a noun of intention (the settings' ``commissive_verbs``) that a verb of
    saying announces: "Latvia announced plans to expel Russian diplomats" is Latvia's intention
    (1313), as "Latvia plans to expel" is; a plan named otherwise ("rejected a plan to ...",
    "efforts to ...") is intended by nobody named, not done (filters)."""
    noun = token.head
    if (token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and lemma_in(noun, words.commissive_verbs)
            and lemma_in(noun.head, words.speech_verbs)):
        return Stance("intent", f"{noun.head.text} {noun.text} to {token.text}", noun.head, frozenset({noun.i}))
    return None


def inverted_condition(clause, words) -> bool:
    """A condition without "if", its auxiliary (the settings' ``condition_auxiliaries``) first and
    before its subject: "Had Russia attacked Estonia, NATO would have responded", "Should Israel
    attack Iran, Tehran will retaliate"."""
    if clause.dep_ != "advcl":
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")), None)
    if aux is None and clause.i == clause.left_edge.i:
        aux = clause  # the auxiliary heads its clause: "Were Kenya to withdraw its troops, ..."
    return (subject is not None and aux is not None and aux.i < subject.i and aux.i == clause.left_edge.i
            and aux.lower_ in words.condition_auxiliaries)


def counterfactual(token) -> bool:
    """"would have" with a past participle: what did not happen, "Had the rebels not withdrawn,
    the army would have attacked Goma" (no intention, no attack)."""
    return (token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children)
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children))


def negation_of(token):
    """The token's negation, or its copula's for an adjective: "Iran is not ready to talk with
    the United States" (the "not" hangs on "is")."""
    negation = next((c for c in token.children if c.dep_ == "neg"), None)
    if negation is None and token.dep_ == "acomp" and token.head.i != token.i:
        negation = next((c for c in token.head.children if c.dep_ == "neg"), None)
    return negation


def warned_modal(token, words):
    """The "could" of "X warned it could impose sanctions on Y": a hedged threat (CAMEO codes the
    warning as one), in the complement of a verb of the settings' ``warning_verbs``; a modal of
    obligation ("warned Y must leave") is a demand, left to ``demand_of``. Only a clause whose
    subject is a pronoun for the speaker is the speaker's own (the caller checks): "Iran could
    reject the offer, officials warned" is a forecast by whoever the officials are."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in words.warning_verbs:
        return None
    return next((c for c in token.children if c.dep_ == "aux" and c.lower_ in words.hypothetical_modals
                 and c.lower_ not in words.obligation_modals), None)


def verbless_headline(token) -> bool:
    """An infinitive hung on the noun that heads a headline with no verb of its own: "Report:
    India's PM to visit Japan" (the parser makes "Report" the root): what will be done."""
    root = token.head
    return (token.dep_ in ("xcomp", "acl", "advcl") and root.dep_ == "ROOT"
            and root.pos_ in ("NOUN", "PROPN") and not any(c.pos_ in ("VERB", "AUX") for c in root.children
                                                            if c.i != token.i and c.dep_ not in ("punct",)))


def reported(token, view: SentenceView) -> bool:
    """A clause in what someone says, whose subject is no pronoun for the speaker: "analysts say
    Tehran would welcome it" (the arguments stage tells a forecast from the speaker's own side's
    intention: "a spokesman for the prime minister said Israel will evacuate the settlements")."""
    words = view.words
    if token.dep_ != "ccomp" or not any(lemma_in(token.head, w) for w in (
            words.speech_verbs, words.intent_verbs, words.commissive_verbs)):
        return False  # what one hopes or promises another will do too: "Turkey hopes Russia will release them"
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ != "PRON"


def demand_of(token, view: SentenceView) -> Optional[Stance]:
    """"X said Y must release Z" (a demand), "... Y should release Z" (an appeal): a modal of
    obligation in the complement of a speech verb, whose subject is another than the speaker's."""
    words = view.words
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in words.speech_verbs:
        speaker = token.head
    elif token.dep_ == "ROOT" and view.quoted_by is not None:  # a quote whose speaker another sentence names
        speaker = view.quoted_by
    else:
        return None
    modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in words.obligation_modals), None)
    if modal is None:
        return None
    kind = "demand" if modal.lower_ in words.demand_modals else "appeal"
    return Stance(kind, f"{speaker.text} ... {modal.text} {token.text}", None, frozenset({modal.i}), speaker)


def controls(token, clause) -> bool:
    """A verb whose own subject would do what it governs (``clause``: "pledged to", "ready to",
    "refused to"), not one with an object who would ("urged Y to"), nor one whose clause has a
    subject of its own: "the United States wants China to release the activists" (the parser
    makes China the subject of "release") states no intention of China's."""
    return not any(c.dep_ in ("dobj", "dative") for c in token.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def event_token(word: EventWord, view: SentenceView):
    """The token whose clause the event stands in: an event noun's verb ("refused to hold talks")."""
    token = view.span[word.start]
    if word.entry.kind == "noun" and token.dep_ in ("dobj", "nsubjpass"):
        token = token.head
    return token


def governed(token) -> bool:
    """A verb whose clause hangs on another verb: "refused to meet", "wants Putin to attack",
    "attacked and killed" (a conjunct). A conjunct with a subject of its own is a clause of its
    own: "Peru proposed talks, but Chile refused" (Chile's refusal is no proposal)."""
    if token.head.i == token.i:
        return False
    if token.dep_ == "conj":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if token.dep_ == "xcomp":
        return True
    return token.dep_ in ("ccomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


UNCODED_ACTION = {"demand": "100", "appeal": "020"}  # CAMEO's unspecified demand and appeal


def uncoded_actions(words: list, mentions: Mentions) -> list:
    """The event words, with a demand or an appeal for an action the dictionaries do not code:
    "the Kenyan minister said Uganda must rethink its refugee policy" is a demand (100) of
    Uganda, "... Uganda should keep its borders open" an appeal (020), though "rethink" and
    "keep" code nothing. Only an actor of another country than the speaker's, who is to act
    (not one a passive verb acts on: "Uganda must be punished"), is asked: "we must stay
    calm", "Kenya should keep its borders open" said by a Kenyan minister state a policy."""
    view = mentions.view
    if not view.reading.code_intentions:
        return words
    coded = {w.start for w in words if w.code is not None}
    added = {}
    tags = token_attributes(view.span)[3]
    for i, pos in enumerate(tags):
        if i in coded or pos not in ("VERB", "AUX"):
            continue
        token = view.span[i]
        if token.lemma_ in ("be", "have"):
            continue
        stance = demand_of(token, view)
        if stance is None or not other_country_asked(token, stance, mentions):
            continue
        entry = EventEntry("verb", token.lemma_.lower(), None, UNCODED_ACTION[stance.kind], (), False,
                           f"coder/engine/stances.py:{stance.kind} of an uncoded action")
        added[i] = EventWord(entry, i, i + 1, None, token)
    if not added:
        return words
    kept = [w for w in words if w.start not in added]
    return sorted(kept + list(added.values()), key=lambda w: w.start)


def other_country_asked(token, stance: Stance, mentions: Mentions) -> bool:
    """The clause's subject is an actor, active, of another country than the speaker (an
    agent with no country, "officials said Japan must ...", is another)."""
    asked = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if asked is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    asked_bases = {a.base[:3] for a in mentions.actors_at(asked) if a.base}
    speakers = mentions.speakers(stance.speaker)  # "officials said Japan must ..." (---GOV): another
    return bool(asked_bases) and bool(speakers) and not asked_bases & {a.base[:3] for a in speakers}

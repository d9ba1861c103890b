"""The filters stage: why an event word gives no event, or None when it is coded.

Each filter returns a reason a person can read (``coder explain`` prints it): the word is part
of another word's pattern, it stands in a left-out clause or inside a coded verb's phrase, it
has no code, or the event did not (or not yet) happen: negated ("did not condemn", "refused to
meet"), hypothetical ("could attack"), intended ("plans to impose sanctions"), asked for
("insisted that Russia pay") or background ("had attacked", outside reported speech).
"""

from __future__ import annotations

import re
from typing import Optional

from ..dictionary import Settings
from .mentions import folded_complement
from .stances import Stance, counterfactual, event_token, governed, inverted_condition, negation_of
from .triggers import EventWord, covered_by
from .view import SentenceView, lemma_in


def not_coded(word: EventWord, words: list, view: SentenceView, inside: dict,
              stance: Optional[Stance] = None) -> Optional[str]:
    """The first reason the event word gives no event, or None. ``inside`` maps a token to the
    coded verb whose phrase it is in (PETRARCH-1's reading); the words that state the ``stance``
    ("will not", "refused to", "must") filter nothing: the stance is coded instead."""
    if word.start in inside:  # PETRARCH: the verbs inside a coded verb's phrase are its own
        return f"inside the verb phrase of {inside[word.start]!r}, which has a code"
    asked = stance is not None and stance.speaker is not None  # "said Y should keep X open": asked, not named
    return (covered(word, words, view) or left_out(word, view) or without_code(word)
            or (not asked and describes(word, view)) or against_a_hazard(word, view) or hazard_alert(word, view)
            or not_factual(word, view, stance))


def covered(word: EventWord, words: list, view: SentenceView) -> Optional[str]:
    """Part of another event word's matched pattern, or the object of a verb with its code."""
    other = covered_by(word, words)
    return None if other is None else f"part of the pattern of {view.span[other.start].text!r}"


def against_a_hazard(word: EventWord, view: SentenceView) -> Optional[str]:
    """A verb of force (the settings' ``hazard_codes``) whose object, or "against" phrase, is a
    hazard or an ill (``hazard_nouns``) fights no adversary: "Canadian firefighters battled
    wildfires in Australia", "Nigeria fought inflation", "the campaign against malaria" (the
    place would otherwise be the implied target of a fight)."""
    words = view.words
    if word.entry.kind != "verb" or not any((word.code or "").startswith(c) for c in words.hazard_codes):
        return None
    token = view.span[word.start]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "against"
                for g in p.children if g.dep_ == "pobj"]
    hazard = next((o for o in objects if o.lemma_.lower() in words.hazard_nouns), None)
    return None if hazard is None else f"fights a hazard, no adversary ({token.text} ... {hazard.text})"


ALERT_CODES = ("151", "152")


def hazard_alert(word: EventWord, view: SentenceView) -> Optional[str]:
    """An alert (151, 152) against a hazard or an ill (the settings' ``hazard_nouns``) named in
    its clause is no show of force: "Hospitals in Lagos went on high alert after the cholera
    outbreak", "put coastal towns on high alert as the typhoon approached". Forces put on alert
    against an adversary ("after Chinese warships approached") keep 152."""
    if (word.code or "") not in ALERT_CODES:
        return None
    token = view.span[word.start]
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
        clause = clause.head
    hazard = next((t for t in clause.subtree if t.lemma_.lower() in view.words.hazard_nouns), None)
    return None if hazard is None else f"an alert against a hazard, no force ({token.text} ... {hazard.text})"


def left_out(word: EventWord, view: SentenceView) -> Optional[str]:
    if word.start in view.dropped:
        return "in a comma-delimited clause that is left out (comma_* reading options)"
    return None


def describes(word: EventWord, view: SentenceView) -> Optional[str]:
    """A verb with an object complement names or describes its object, it does not act on it:
    "calls Xi a dear friend", "called the tax unfair" are no phone calls. A pattern that matched
    the complement ("called X terrorists" => 111) knows the sense. A complement of result (the
    settings' ``result_complements``) says what the act left its object: "three protesters were
    shot dead by police" is a shooting."""
    if word.entry.kind != "verb":
        return None
    token, offset = view.span[word.start], view.offset
    slots = set(dict(word.match.slots).values()) if word.match else set()
    for child in token.children:
        matched = word.match and word.match.start <= child.i - offset < word.match.end and child.i - offset not in slots
        result = child.lower_ in view.words.result_complements  # "shot dead"
        if child.dep_ == "oprd" and not matched and not result and not misread_object(child, token):
            return f"describes its object ({token.text} ... {child.text})"  # a slot gives no sense: "* $target => 041"
    complement = misparsed_complement(token) if lemma_in(token, view.words.naming_verbs) else None
    # a complement the parser folded into the object's phrase is cut off that phrase (see
    # mentions._cut_folded_complements): a match covering it matched it after the $target slot
    folded = complement is not None and complement.i >= token.i and any(
        c.dep_ == "dobj" and c.left_edge.i <= complement.i <= c.right_edge.i for c in token.children)
    if complement is not None and not (word.match and word.match.start <= complement.i - offset < word.match.end
                                       and (folded or not {complement.i - offset, complement.head.i - offset} & slots)):
        return f"describes its object ({token.text} ... {complement.text})"
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) >= 2 and any(c.tag_ in ("WP", "WDT") for c in objects):  # "what it called resistance workers"
        return f"names what it speaks of ({token.text} ... {objects[-1].text})"
    return None


def misparsed_complement(verb):
    """The object complement of a verb with a direct object that the parser did not label as
    one (``oprd``), or None: an adjective after the object's head ("called Kenya's remarks
    unacceptable"), a clause without "to" or "that" right after the object whose noun or
    adjective is the complement, the object's last word misread as a verb ("called the Chinese
    offer a positive step", "called the missile test a grave threat"), or an object whose head
    is the complement, the object hung on it as a modifier ("called the decision good news").
    "Xi called Lula on Tuesday" and "called Lula to discuss the war" have none."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    for child in verb.children:
        if child.dep_ == "acomp" and child.i > obj.i:
            return child
        if (child.dep_ in ("ccomp", "xcomp", "dep") and child.i == obj.right_edge.i + 1
                and not any(c.dep_ in ("aux", "mark", "nsubj", "nsubjpass") for c in child.children)):
            noun = next((c for c in child.children if c.dep_ in ("dobj", "attr", "oprd", "acomp")), None)
            if noun is not None:
                return noun
    folded = folded_complement(obj)
    return None if folded is None else (obj if folded.i < obj.i else folded)


def misread_object(complement, verb) -> bool:
    """Whether the parser's object complement is the verb's object itself: a name with nothing
    it could describe (no object, no passive subject) and no adjective after it. "Xi called
    Lula on Tuesday" is a phone call (spaCy reads "Lula" as what someone is called); "called
    the tax unfair", "called Xi a dear friend" and "was called a traitor" describe, and so does
    "called Kenya's remarks unacceptable" (a noun with its adjective)."""
    if complement.pos_ != "PROPN":
        return False
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return False
    return not any(g.dep_ in ("amod", "acomp") and g.i > complement.i for g in complement.subtree)


def without_code(word: EventWord) -> Optional[str]:
    if word.code is None:
        return "no pattern matched and the entry has no default code"
    return None


def not_factual(word: EventWord, view: SentenceView, stance: Optional[Stance] = None) -> Optional[str]:
    """Why the event did not (or not yet) happen, or None when it is reported as fact. An event
    noun is judged by the verb it is the object of ("refused to hold talks"). Words the fired
    pattern matched are its own business: "- not * over efforts" codes the negated clash, so
    its "not" filters nothing."""
    token = clause_of(word, event_token(word, view), view)
    own = range(word.match.start, word.match.end) if word.match else range(0)
    stated = stance.markers if stance else frozenset()
    words, noun = view.words, view.span[word.start]  # the event word itself (an event noun's own tests)
    return (attributive(word, token, view.words) or negated_or_hypothetical(token, own, view, stated, word.match) or purpose(token, view, stated)
            or describes_subject(token, view) or asked_for(token, view)
            or after_negating_preposition(token, view) or alleged(token, view) or hedged(word, token, view)
            or background(token, view)
            or dated_background(token, view) or dated_noun(word, token, view) or perfect_relative_clause(token, view)
            or origin(token, view.words)
            or not_yet(token, words) or what_it_is_for(token, words) or judged(token, words)
            or describes_a_noun(word, noun, words)
            or object_not_done(word, noun, words) or reason_given(word, noun, words)
            or punished_for(token, words)
            or predicted(token, words) or prospect(word, token, view) or attitude(token, words) or denied(token, words)
            or aimed_at(token) or asked_first(token, view) or wished(token, words) or forecast_wish(token, words)
            or believed(token, words)
            or habitual_relative_clause(token, view) or scheduled(token, view) or pressed_into(token, words)
            or scheduled_noun(word, noun, view) or looked_on(word, noun, words)
            or measure_subject(word, noun, words) or indefinite(word, noun, words)
            or called_false(token, words) or under_terms(token, words) or shown(word, noun, words)
            or held_state(word, noun, words))


def visit_host(modifier, words: Settings):
    """Whom the noun a visitor's modifier (the settings' ``visitor_modifiers``) stands before
    visits: the subject of the verb it is the object of, "Egypt welcomed the visiting Jordanian
    king", "Ruto held talks with the visiting Ugandan president" (the king visits Egypt, the
    president Kenya). The parser may read the modifier as a verb taking the noun as its object
    right after the host's verb: "Xi hosted visiting Brazilian President Lula" (Lula visits).
    None when the noun is no such object ("the visiting minister condemned the attack")."""
    if modifier.lower_ not in words.visitor_modifiers:
        return None
    if modifier.dep_ == "amod" and modifier.i < modifier.head.i:
        noun = visitor_of(modifier)
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head
            verb = verb.head if verb.dep_ == "dobj" and verb.pos_ == "NOUN" else verb  # "held talks with"
        elif noun.dep_ not in ("dobj", "dative"):
            return None
    elif (modifier.dep_ in ("advcl", "xcomp", "dep", "conj") and modifier.i == modifier.head.i + 1
          and modifier.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in modifier.head.children)
          and any(c.dep_ == "dobj" for c in modifier.children)):
        verb = modifier.head  # "hosted visiting Brazilian President Lula", misparsed
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def visitor_of(modifier):
    """The head of the phrase a visitor's modifier stands in: "visiting Chinese Foreign Minister
    Wang Yi" (the parser hangs "visiting" on "Minister", a part of the name); the object of
    the modifier the parser read as a verb ("hosted visiting Brazilian President Lula")."""
    if modifier.dep_ != "amod":
        return next((c for c in modifier.children if c.dep_ == "dobj"), None)
    noun = modifier.head
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def clause_of(word: EventWord, token, view: SentenceView):
    """The verb an event noun is the subject of, whose clause says whether it happens: "he hopes
    a ceasefire could take place within days" (hypothetical), "whether talks will resume"; the
    event token itself otherwise (a verb, or a noun that is no verb's subject)."""
    if (word.entry.kind == "noun" and token.i - view.offset == word.start and token.dep_ == "nsubj"
            and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX")):
        return token.head
    return token


def attributive(word: EventWord, token, words: Settings) -> Optional[str]:
    """A participle before its noun describes the noun, it reports no event of its own: "another
    freed passenger told reporters", "Washington's improved ties with Moscow", "the banned
    group said" (no release, no improvement, no ban is reported). A visitor's modifier with a
    host is a visit: "Egypt welcomed the visiting Jordanian king" (the king visits Egypt)."""
    if visit_host(token, words) is not None:
        return None
    if word.entry.kind == "verb" and token.dep_ == "amod" and token.i < token.head.i:
        return f"describes its noun ({token.text} {token.head.text})"
    return None


def negated_or_hypothetical(token, own: range, view: SentenceView, stated: frozenset = frozenset(),
                            match=None) -> Optional[str]:
    """A negation or a hypothetical modal on the verb or the verbs governing it ("did not
    attack", "could attack"), or a governing verb that negates or intends ("refused to meet",
    "wants to attack"). The words that state a stance (``stated``) are no filter."""
    words, offset = view.words, view.offset
    chain = [token]
    while governed(chain[-1]):
        chain.append(chain[-1].head)
    for t in chain:
        if counterfactual(t):
            return f"counterfactual (would have {t.text})"
        copula = negation_of(t)  # "is not ready to talk": the copula's "not"
        if copula is not None and copula.head.i != t.i and copula.i - offset not in own and copula.i not in stated:
            return f"negated ({copula.text} {t.text})"
        for child in t.children:
            if t is token and child.dep_ == "dobj" and not says_no(match) and any(
                    g.dep_ == "det" and g.lower_ == "no" and g.i < child.i for g in child.children):
                return f"negated ({t.text} no {child.text})"  # "said it carried out no strikes in Congo"
            if child.i - offset in own or child.i in stated:
                continue
            if child.dep_ == "neg":
                return f"negated ({child.text} {t.text})"
            if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
                return f"negated (no longer {t.text})"  # "no longer supports X"
            if child.dep_ == "aux" and child.lower_ in words.hypothetical_modals:
                return f"hypothetical ({child.text} {t.text})"
            if child.dep_ == "aux" and child.lower_ == "would" and t.dep_ == "relcl":
                return f"a consequence, not an act ({child.text} {t.text})"  # "help, which would violate X"
            if child.dep_ == "mark" and child.lower_ in words.hypothetical_marks:
                return f"hypothetical ({child.text} ... {t.text})"  # "if X attacks", "whether X will"
            if (child.dep_ == "mark" and child.lower_ in words.pending_marks and t.tag_ in ("VBZ", "VBP")
                    and not any(c.dep_ in ("aux", "auxpass") for c in t.children)):
                return f"a condition ahead, not done ({child.text} ... {t.text})"  # "until Belgrade recognizes X"
        inversion = inverted(t, words)
        if inversion is not None:
            return inversion
        condition = condition_phrase(t, view)
        if condition is not None:
            return f"hypothetical ({condition} ... {t.text})"
        if (t is not token and governed(token) and t.i - offset not in own and t.i not in stated
                and not coordinated_with(chain, t)):
            if lemma_in(t, words.negating_verbs):
                return f"negated ({t.text} ... {token.text})"
            if lemma_in(t, words.intent_verbs):
                return f"intended, not done ({t.text} ... {token.text})"
            if t.lemma_ in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in t.children):
                return f"not yet done ({t.text} yet to {token.text})"  # "officials have yet to comment"
    noun = intent_noun(chain[-1], words)
    if noun is not None and noun.i - offset not in own and noun.i not in stated:
        return f"intended, not done ({noun.text} ... {token.text})"
    return None


def says_no(match) -> bool:
    """Whether a matched pattern names "no" itself: "* ..3 no comment => 011"."""
    return match is not None and "no" in match.pattern.text.replace("(", " ").replace(")", " ").replace("|", " ").split()


def coordinated_with(chain: list, verb) -> bool:
    """Whether the chain reaches ``verb`` as a conjunct of it: "the RSF denied losing the town
    and accused the army of shelling civilians" (the accusation is an act of its own, not
    denied), "Kenya refused to comment and recalled its envoy". A conjunct of what the verb
    governs is still governed: "refused to meet and talk" (no talk), and so is one of a gerund
    ("made strides in curbing the flow and sent troops" is no act of its own: both finite).
    A verb with an object of its own negates or intends that object, not its conjunct: "the
    junta declared an emergency, suspending the constitution and arresting opposition leaders",
    "decided to suspend aid and expel the envoy" (the arrests, the expulsion are acts of their
    own; "stopped arming and training the rebels" has no object on "arming": both stop)."""
    k = next(i for i, t in enumerate(chain) if t is verb)
    if chain[k - 1].dep_ != "conj" or chain[k - 1].head.i != verb.i:
        return False
    finite = ("VBD", "VBZ", "VBP")
    return (verb.tag_ in finite and chain[k - 1].tag_ in finite) or any(c.dep_ == "dobj" for c in verb.children)


def condition_phrase(token, view: SentenceView) -> Optional[str]:
    """The settings' ``condition_phrases`` right before the clause's subject make it a condition,
    however the parser hangs them: "In case Russia attacks a NATO member, the alliance will
    respond", "Kenya will send troops provided that the U.N. approves the mission"."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    start = subject.left_edge.i
    before = " ".join(w.lower_ for w in view.span.doc[max(start - 5, view.span.start):start])
    return next((p for p in view.words.condition_phrases if before == p or before.endswith(" " + p)), None)


def inverted(token, words: Settings) -> Optional[str]:
    """An auxiliary before the clause's subject asks or supposes, it does not report: a question
    ("Did Russia attack the port?", "Why did Mali expel the envoy?", "'Will you attack us?' the
    minister asked") and a condition without "if" ("Had Russia attacked Estonia, NATO would
    have responded"). A statement with an inversion is no question ("Only then did Iran agree
    to free the sailors"): the question needs its question mark, the condition its main clause."""
    if inverted_condition(token, words):
        return f"hypothetical ({token.left_edge.text} ... {token.text}: a condition)"
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in token.children if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or aux is None or aux.i > subject.i:
        return None
    if any(c.dep_ == "punct" and c.text == "?" for c in token.children):
        return f"a question ({aux.text} {subject.text} {token.text} ...?)"
    return None


def intent_noun(token, words):
    """A plan, a proposal or an effort the clause belongs to: "a plan for rearming Europe", "a
    proposal for the council to lift sanctions", "efforts to drop the tariffs"."""
    t = token
    for _ in range(3):
        if t.dep_ not in ("pcomp", "acl", "relcl", "xcomp", "advcl") or t.head.i == t.i:
            return None
        t = t.head.head if t.head.dep_ == "prep" else t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in words.intent_verbs:
            return t
        if t.pos_ != "NOUN" and t.dep_ != "prep":
            return None
    return None


def describes_subject(token, view: SentenceView) -> Optional[str]:
    """A participle modifying a clause's subject describes it, it reports no event: "Somali
    soldiers, supported by the U.S. military, are conducting operations" (coder's reading of
    news). One modifying an object may: "released a journalist detained by the Guards"; so
    may one modifying a subject that is no actor, an event noun: "An offensive launched by
    Ethiopian forces, which killed dozens of rebels, ..." is the offensive."""
    if (view.reading.skip_dated_background and token.dep_ == "acl" and token.tag_ == "VBN"
            and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.i - view.offset in view.name_at):
        return f"describes the subject ({token.head.text} {token.text})"
    return None


def purpose(token, view: SentenceView, stated: frozenset = frozenset()) -> Optional[str]:
    """An infinitive of purpose says what an act is for, not what was done: "deployed to oversee
    a ceasefire", "marched to demand reforms" (the march is coded, not a demand) (the reading's
    skip_dated_background: coder's reading of news). A base-form verb coordinated with one is
    for the same: "a proposal for the council to lift the embargo and to ease travel bans"."""
    first = governing_verb(token) if token.pos_ == "NOUN" else token
    while first.dep_ == "conj" and token.tag_ == "VB":
        first = first.head
    if first.dep_ == "acl" and first.head.i in stated:
        return None  # "announced plans to expel X": an intention stated (stances.announced_intention)
    if any(c.dep_ == "aux" and c.i in stated for c in first.children):
        return None  # its "to" read as the intention: a headline's "Kenya to send police to Haiti"
    if (view.reading.skip_dated_background and first.dep_ in ("advcl", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)):
        return f"purpose, not done (to {token.text})"
    return None


def governing_verb(noun):
    """The verb whose object (or object's phrase) an event noun is, which says whether it is done:
    "postponed to give both governments room for further negotiations" (the talks are only the
    purpose of a delay); the noun itself when no verb governs it within a few steps."""
    t = noun
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head
        elif t.dep_ in ("dobj", "nsubjpass"):
            t = t.head
        else:
            break
        if t.pos_ in ("VERB", "AUX"):
            return t
    return noun


def asked_for(token, view: SentenceView) -> Optional[str]:
    """"insisted that Russia pay": a base-form verb in a that-clause, without an auxiliary."""
    if (view.reading.skip_subjunctive and token.dep_ == "ccomp" and token.tag_ == "VB"
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)):
        return f"asked for, not done (that ... {token.text})"
    return None


def after_negating_preposition(token, view: SentenceView) -> Optional[str]:
    """"warned X against using", "refrained from attacking": the gerund does not happen."""
    if token.dep_ == "pcomp" and token.head.lower_ in view.words.negating_prepositions:
        return f"not done ({token.head.text} {token.text})"
    return None


def alleged(token, view: SentenceView) -> Optional[str]:
    """What an accusation says was done is alleged, not established: "X accused Y of arming
    the rebels" codes the accusation (112), not the arming; "X alleged that Y attacked Z"; so is
    the content of a claim (the settings' ``allegation_nouns``): "the army rejected claims that
    it killed civilians", "denied allegations that police tortured detainees"."""
    accusing, claims = view.words.allegation_verbs, view.words.allegation_nouns
    t = token
    for _ in range(5):  # and what the alleged act is done by or with: "alleged that X broke the
        # law by denying Y access", "accused X of arming and training the rebels"
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in accusing:
            return f"alleged ({t.head.head.text} ... {t.head.text} {token.text})"
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and accused_object(t.head.head, accusing):
            # the parser hangs the "of" on the accused: "accused the opposition of backing the rebels"
            return f"alleged ({t.head.head.head.text} ... {t.head.text} {token.text})"
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in accusing:
            return f"alleged ({t.head.text} ... {token.text})"
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in claims:
            # "the army rejected claims that it killed civilians": the claim's content
            return f"alleged ({t.head.text} that ... {token.text})"
        if t.dep_ not in ("conj", "pcomp", "prep", "ccomp", "xcomp", "pobj") or t.head.i == t.i:
            return None  # "xcomp": what one is accused of planning: "accused X of planning to annex Y";
            # "pobj": an event noun in the alleged act's phrase, "accused Rwanda of killing soldiers in a raid"
        t = t.head
    return None


def accused_object(noun, accusing: frozenset) -> bool:
    """The object of a verb of accusing ("Uganda accused the opposition of backing the
    rebels": the backing is alleged, whoever the opposition is)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in accusing


def hedged(word: EventWord, token, view: SentenceView) -> Optional[str]:
    """A deed the writer marks as unverified (the settings' ``hedge_words``) is hearsay, no event:
    an adverb on its verb or a verb governing it ("rebels allegedly shelled the town"), an
    adjective on its event noun ("condemned the alleged massacre of villagers"), or on the
    report telling it: its source ("unconfirmed reports said rebels shelled the town"),
    "according to" ("... according to unverified accounts") or the noun whose that-clause it is
    ("unconfirmed reports that the army shelled the town"). "Reportedly" stays news."""
    hedges = view.words.hedge_words
    if word.entry.kind == "noun":
        noun = view.span[word.start]
        hedge = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in hedges), None)
        if hedge is not None:
            return f"unverified ({hedge.text} {noun.text})"
    for t in _up(token, 4):
        if t.pos_ not in ("VERB", "AUX") and not that_clause_of(t):
            continue
        for child in t.children:
            if child.dep_ == "advmod" and child.lower_ in hedges:
                return f"unverified ({child.text} {t.text})"
        source = unverified_source(t, hedges, t is not token)
        if source is not None:
            return f"unverified ({source} ... {token.text})"
    return None


def unverified_source(token, hedges, reporting: bool) -> Optional[str]:
    """The words naming an unverified report a clause comes from: the subject of the verb that
    reports it (``reporting``: a verb governing the event's, "unconfirmed reports said"; the
    event verb's own subject is its doer: "the alleged spy was expelled by Russia" is news),
    "according to unverified accounts", or the noun a that-clause belongs to ("unconfirmed
    reports that ...")."""
    reports = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] if reporting else []
    reports += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "according"
                for to in p.children if to.dep_ == "prep" for g in to.children if g.dep_ == "pobj"]
    if that_clause_of(token):
        reports.append(token.head)
    for report in reports:
        hedge = next((c for c in report.children if c.dep_ == "amod" and c.lower_ in hedges), None)
        if hedge is not None:
            return f"{hedge.text} {report.text}"
    return None


def background(token, view: SentenceView) -> Optional[str]:
    """"had attacked" outside reported speech: the story's background, not its news. One dated
    to the story's own days orders the news ("the rebels had warned the previous evening of
    reprisals", "had met on Tuesday"): it is news."""
    if view.reading.skip_past_perfect and token.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in token.children):
        if recent(token, view.words) or set_against_news(token):
            return None
        if not any(a.dep_ in ("ccomp", "xcomp", "advcl") for a in [token, *token.ancestors]):
            return "background (past perfect)"
        if token.dep_ == "ccomp" and lemma_in(token.head, view.words.memory_verbs):
            return f"background (past perfect {token.head.text} that ...)"  # "recalled that X had shelled Y"
    return None


def set_against_news(token) -> bool:
    """A past perfect set against a simple past clause of its own sentence tells what came just
    before the news: "Lawyers had asked the court to free him, but on Monday the judge asked for
    more time" (both are the story's)."""
    return any(c.dep_ == "conj" and c.tag_ == "VBD" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in token.children)


# Weekdays date a past perfect to the story's own days: "had met on Tuesday" (the settings'
# recent_units and recent_marks do the rest: "a day earlier", "the previous night").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def recent(token, words: Settings) -> bool:
    """The verb is dated to the story's own days by a short time phrase of its own."""
    for child in token.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep", "tmod"):
            continue
        lowers = {w.lower_ for w in child.subtree}
        if len(lowers) <= 6 and (lowers & WEEKDAYS or (lowers & words.recent_units and lowers & words.recent_marks)):
            return True
    return False


YEAR = re.compile(r"(1[89]|20)\d\d")
DECADE = re.compile(r"(1[89]|20)\d0s")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


def dated_background(token, view: SentenceView) -> Optional[str]:
    """An event dated before the story's time: "in 2015", "since 2019", "in the 1990s", "two
    years ago", "last year", "last month", "earlier this month", "in recent years", "in recent
    months" (the settings' ``past_span_marks``), "once", "previously" (``past_adverbs``), or a past verb "in November" in a
    story of March, on the verb or a verb governing it (the reading's skip_dated_background).
    An event of the story's month or the month before ("in June" in a story of July 31), or of
    "last week" or "earlier this week", is news; so is one whose month says when it ends (the
    settings' ``end_prepositions``): "delayed the tariffs until April" in a story of March. In a
    relative clause, which describes someone the news is about, only one of the story's month is
    news: "Ruto, who met Biden in Washington in May, called the mission a duty" (a story of June:
    no meeting coded)."""
    if not view.reading.skip_dated_background:
        return None
    year = int(view.date[:4]) if view.date else None
    chain = [token]
    while len(chain) <= 6:
        means = means_of(chain[-1])  # "has worked with X for years, including by offering to ..."
        if means is not None:
            chain.append(means)
            continue
        if not (governed(chain[-1]) or chain[-1].dep_ in ("relcl", "acl", "advcl")) or chain[-1].head.i == chain[-1].i:
            break
        chain.append(chain[-1].head)
        if chain[-1].pos_ not in ("VERB", "AUX"):
            verb = governing_verb(chain[-1]) if chain[-2].dep_ == "acl" and chain[-2].tag_ in ("VBD", "VBN") else None
            if verb is None or verb is chain[-1]:
                break
            chain.append(verb)  # a participle (or a finite verb the parser hung on a noun) is as old
            # as the clause of its noun: "imposed in 2020 after Lukashenko claimed victory in a
            # disputed election and security forces arrested thousands" ("forces arrested" read
            # as "forces [that were] arrested"), "In 2019, Kenya freed fishermen detained by
            # Somali police" (no arrest, no detention of the story's days)
    span = elapsed_before(chain, view.words)
    if span is not None:
        return f"background ({span} ...)"
    after = None
    for t, child in time_modifiers(chain):
        if child.lower_ in view.words.later_prepositions:
            after = after or dated_after(child, year)
            continue  # "After the 2022 elections, X met Y on Tuesday": what came later
        words = time_phrase(child)
        if len(words) > 6:
            continue
        lowers = [w.lower_ for w in words]
        years = [int(w.text) for w in words if YEAR.fullmatch(w.text)]
        if year and years and max(years) < year:
            return f"background (dated {max(years)})"
        if any(DECADE.fullmatch(w) for w in lowers):
            return "background (a past decade)"
        if "ago" in lowers and any(w in lowers for w in ("years", "decades", "year", "decade")):
            return "background (years ago)"
        if (lowers[0] == "for" and lowers[-1] in ("years", "decades") and told_as_past(t)
                and not punishment_term(t, words, view.words)):
            return f"background ({' '.join(lowers)})"  # "has supported Somalia's government for years"
        if ((" ".join(lowers) in view.words.past_adverbs and (len(lowers) > 1 or child.i < t.i))
                and child.dep_ in ("advmod", "prep")):
            return f"background ({' '.join(lowers)})"  # "Kenya once hosted talks", "in the past"
        if lowers[-1] in ("years", "decades", "decade", "months") and set(lowers) & view.words.past_span_marks:
            return f"background ({' '.join(lowers)})"  # "has imposed sanctions on Moscow in recent years"
        if lowers == ["long"] and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
            return "background (has long ...)"  # "Kenya has long supported Somalia's government"
        if child.dep_ == "npadvmod" and lowers[-1] in ("year", "month") and (
                "last" in lowers or "earlier" in lowers):
            return f"background ({' '.join(lowers)})"  # "last month", "earlier this week"
        month = next((MONTHS.index(w) + 1 for w in lowers if w in MONTHS), None)
        ends = child.lower_ in view.words.end_prepositions  # "delayed the tariffs until April"
        if (month and view.date and not years and not ends and t.tag_ in ("VBD", "VBN")
                and (int(view.date[5:7]) - month) % 12 >= (1 if t.dep_ == "relcl" else 2)):
            return f"background (in {MONTHS[month - 1].title()})"  # months before the story
    dated = dated_complement(token, year)
    if dated is not None:
        return f"background (dated {dated})"
    after = after or dated_after_clause(chain, year, view)
    if after is not None and not dated_otherwise(chain[0], view.words):
        return f"background (after {after})"
    return None


def dated_complement(verb, year) -> Optional[int]:
    """A past year on the verb's infinitive complement, which dates the verb's act too: "told the
    court that he tried to kill the journalist in 2022" (a pattern of "try" codes the attempt;
    the year hangs on "kill"), "Kenya agreed to send police to Haiti in 2023"."""
    if not year:
        return None
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
            continue
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during"):
                years = [int(w.text) for w in time_phrase(child) if YEAR.fullmatch(w.text)]
                if years and len(time_phrase(child)) <= 6 and max(years) < year:
                    return max(years)
    return None


def dated_after_clause(chain: list, year, view: SentenceView) -> Optional[int]:
    """The past year named by the time phrase of an "after" clause on a verb of the chain, as
    an "after" phrase names one (``dated_after``): "The Houthis began targeting Israel after
    the war in Gaza erupted in October 2023" (a story of 2025) tells when a campaign began, it
    reports no attack of the story's days. A month at most a month before the story's is its
    own time: "... after Israel struck the port in December 2024" in a story of January 2025.
    None when no such clause is dated before the story (the event inside the clause is dated
    by its own phrase)."""
    if not year or not view.date:
        return None
    story = year * 12 + int(view.date[5:7])
    later = view.words.later_prepositions
    for t in chain:
        for clause in t.children:
            if clause.dep_ != "advcl" or any(clause is c for c in chain) or not any(
                    c.dep_ == "mark" and c.lower_ in later for c in clause.children):
                continue
            for child in clause.children:
                if child.dep_ not in ("prep", "npadvmod", "tmod"):
                    continue
                words = time_phrase(child)
                lowers = [w.lower_ for w in words]
                years = [int(w.text) for w in words if YEAR.fullmatch(w.text)]
                if len(words) > 6 or not years or max(years) >= year:
                    continue
                month = next((MONTHS.index(w) + 1 for w in lowers if w in MONTHS), 12)
                if story - (max(years) * 12 + month) >= 2:
                    return max(years)
    return None


def elapsed_before(chain: list, words: Settings) -> Optional[str]:
    """A span of the settings' ``elapsed_units`` just before the "after" of a clause in the
    chain, measuring how long before the main clause it happened: "The visit comes a year
    after Chile refused to join the bloc", "Three months after the army seized power, the junta
    expelled the envoy" (the refusal and the seizure are background; the expulsion is news).
    The parser hangs the span on the clause or on the verb it modifies. "Two days after" is
    the story's own time."""
    for clause in chain:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in words.later_prepositions), None)
        if clause.dep_ != "advcl" or mark is None:
            continue
        for span in (c for t in (clause, clause.head) for c in t.children if c.dep_ == "npadvmod"):
            if span.lower_ in words.elapsed_units and span.right_edge.i == mark.i - 1:
                return " ".join(w.lower_ for w in span.subtree) + " " + mark.lower_
    return None


def dated_after(preposition, year) -> Optional[int]:
    """The past year an "after" phrase names ("after the 2021 coup"), or None."""
    words = time_phrase(preposition)
    years = [int(w.text) for w in words if YEAR.fullmatch(w.text)]
    return max(years) if year and years and len(words) <= 6 and max(years) < year else None


def dated_otherwise(verb, words: Settings) -> bool:
    """Whether the verb has a time phrase of its own besides "after": a weekday, a month, a
    week, "today" ("After the 2022 elections, Kenya met Uganda on Tuesday" is news). Without
    one an act "after the 2021 coup" is dated by it: "The African Union suspended Sudan after
    the 2021 coup" (a story of 2024: background)."""
    if recent(verb, words):
        return True
    marks = WEEKDAYS | set(MONTHS) | {"week", "today", "yesterday", "tonight", "weekend"}
    return any(child.lower_ not in words.later_prepositions and {w.lower_ for w in child.subtree} & marks
               for child in verb.children if child.dep_ in ("prep", "npadvmod", "advmod", "tmod"))
def punishment_term(verb, words: list, settings: Settings) -> bool:
    """Whether "for N years" on a verb of punishing (the settings' ``punishing_verbs``) in the
    simple past is the term of the punishment, not the time it has lasted: "Vietnam jailed a
    blogger for nine years", "Turkey banned the mayor from politics for five years" are news.
    A span with no number ("jailed dissidents for years") or a perfect ("has jailed him for two
    years") still lies behind the story."""
    return (verb.tag_ == "VBD" and lemma_in(verb, settings.punishing_verbs)
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
            and words[-1].lower_ == "years" and any(w.tag_ == "CD" for w in words))


def told_as_past(verb) -> bool:
    """Whether the verb tells what was done (a past tense or a perfect), so that a span of years
    on it lies behind the story: "Kenya has hosted Somali refugees for decades" is background;
    "Greece plans to restrict access to its labour market for two years", "Ghana will keep
    troops in Mali for three years" look ahead: the plan is the news."""
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def time_modifiers(chain: list):
    """(verb, modifier) pairs of the time modifiers that may date the clause of ``chain[0]``:
    each verb's own, and the time phrase a relative clause hangs on: "the country fell into
    chaos in 2013 when rebels seized power" (the seizure is dated 2013); and the time phrase of an
    event noun as a verb's subject, which dates what it did: "Protests in 2024 forced the president
    to withdraw the bill", "The 2019 protests forced ..." (the withdrawal is of that year); and an
    "in" phrase of a year or month that the parser hung on the event verb's object: "Mali's junta,
    which expelled the French ambassador in 2022, has turned to Russia" (the expulsion is of 2022)."""
    for t in chain:
        for child in t.children:
            if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "nummod"):
                yield t, child
            elif child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                yield from ((t, m) for m in child.children if m.dep_ == "prep" and m.i > child.i
                            or m.dep_ in ("nummod", "compound", "amod") and is_time_word(m))
    first = chain[0]  # "which expelled the French ambassador in 2022": the parser hangs the date on the object
    for obj in (c for c in first.children if c.dep_ == "dobj" and first.pos_ in ("VERB", "AUX")):
        yield from ((first, m) for m in obj.children if m.dep_ == "prep" and m.lower_ == "in" and m.i > obj.i
                    and any(g.dep_ == "pobj" and is_time_word(g) for g in m.children))
    if len(chain) > 1 and chain[-2].dep_ == "relcl" and is_time_word(chain[-1]):
        word = chain[-1]
        yield chain[-2], (word.head if word.dep_ == "pobj" else word)


def is_time_word(token) -> bool:
    """A year, a decade or a month: what "when" and "in which" clauses hang on."""
    lower = token.lower_
    return bool(YEAR.fullmatch(lower) or DECADE.fullmatch(lower)) or lower in MONTHS


def means_of(token):
    """The verb a "by" gerund tells the means of, which dates it: "the ministry has worked with
    Ghana for years, including by repeatedly offering to train its police" (the offer is as old
    as the work); None for any other token."""
    if token.dep_ != "pcomp" or token.head.lower_ != "by":
        return None
    verb = token.head.head
    for _ in range(3):
        if verb.dep_ != "prep" or verb.head.i == verb.i:
            break
        verb = verb.head  # "including by offering" ("including" is a preposition here)
    return verb if verb.pos_ in ("VERB", "AUX") else None


def time_phrase(modifier) -> list:
    """The words of a time modifier, without the clauses that describe its nouns: "in the 1950s
    that ended without a peace treaty" is "in the 1950s"."""
    clauses = [w for w in modifier.subtree if w.dep_ in ("relcl", "acl") and w.i != modifier.i]
    inside = {d.i for c in clauses for d in c.subtree}
    return [w for w in modifier.subtree if w.i not in inside]


def origin(token, words: Settings) -> Optional[str]:
    """The past event a state dates from, after one of the settings' ``origin_marks`` on a verb
    in the perfect, is background: "Since Russia invaded Ukraine, the EU has imposed 16 packages
    of sanctions on Moscow" (the invasion), "Poland has taken in millions of refugees since
    Russia's invasion of Ukraine". The perfect is the main clause's: "since" before a future is
    causal ("Since Kenya refuses to talk, Somalia will ...")."""
    since = since_when(token, words)
    if since is not None:
        return f"background (since {since}, when ... {token.text})"
    t = token
    while governed(t) and t.dep_ == "conj":
        t = t.head  # "since Russia invaded and annexed Crimea"
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.origin_marks for c in t.children):
        main = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in words.origin_marks and t.head.dep_ == "prep":
        main = t.head.head
    else:
        return None
    if main.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children):
        return f"background (since ... {token.text}, {main.text} ...)"
    return None


def pressed_into(token, words: Settings) -> Optional[str]:
    """A gerund after "into" on a verb of pressing or persuading (the settings' ``intent_verbs``)
    is what the pressure is for, as with "pressured X to accept": "the launches are meant to
    pressure Washington into accepting North Korea as a nuclear power" reports no acceptance
    ("forced the villagers into leaving" is not listed: coerced, done)."""
    into = token.head
    if token.dep_ == "pcomp" and into.lower_ == "into" and into.head.pos_ == "VERB" and lemma_in(into.head, words.intent_verbs):
        return f"intended, not done ({into.head.text} ... into {token.text})"
    return None


def since_when(token, words: Settings) -> Optional[str]:
    """The time a "when" clause hangs on, where it is the object of one of the settings'
    ``origin_marks``: the clause names the past event a state dates from, background however the
    parser hangs it. "Tensions between the neighbours have soared since October, when Pakistani
    air strikes hit targets in Kabul" (a story of November: no strike coded), "The border has
    been quiet since last month, when Indian and Chinese troops clashed". None otherwise ("in
    March, when relations deteriorated" dates as "in March" does), and for a time of the story's
    own days: "Since Monday, when the army shelled the town, thousands have fled" (news)."""
    for t in _up(token, 4):
        when = next((c for c in t.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < t.i), None)
        if when is None:
            continue
        before = when.nbor(-1) if when.i > when.sent.start else None
        while before is not None and before.is_punct and before.i > before.sent.start:
            before = before.nbor(-1)
        steps = [before, *list(before.ancestors)[:3]] if before is not None else []
        mark = next((a for a in steps if a.dep_ == "prep" and a.lower_ in words.origin_marks), None)
        if mark is None or before.i <= mark.i:
            return None
        phrase = mark.doc[mark.i + 1:before.i + 1]
        if {w.lower_ for w in phrase} & (WEEKDAYS | {"yesterday", "today", "week", "weekend"}):
            return None  # "since Monday, when the army shelled the town": the story's own days
        return phrase.text
    return None


def perfect_relative_clause(token, view: SentenceView) -> Optional[str]:
    """A relative clause in the perfect describes, it does not report: "a militia that has held
    the town since 2019", "the group, which had attacked the convoy" (the reading's
    skip_dated_background)."""
    if (view.reading.skip_dated_background and token.dep_ == "relcl"
            and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in token.children)):
        return "background (a relative clause in the perfect)"
    return None


def dated_noun(word: EventWord, token, view: SentenceView) -> Optional[str]:
    """An event noun dated before the story by its own modifiers ("last year's protests", "the
    2019 accord"), or a clause describing such a noun ("the 2019 accord that Chile negotiated
    with Peru"): background (the reading's skip_dated_background). "This year's talks" and a
    noun of the story's own year are news."""
    if not view.reading.skip_dated_background or not view.date:
        return None
    nouns = [view.span[word.start]] if word.entry.kind == "noun" else []
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(token.head)
    year = int(view.date[:4])
    for noun in nouns:
        for child in noun.children:
            if child.dep_ not in ("poss", "compound", "nmod", "nummod", "amod") or child.i > noun.i:
                continue
            lowers = [w.lower_ for w in child.subtree]
            years = [int(w) for w in lowers if YEAR.fullmatch(w)]
            if len(lowers) <= 4 and years and max(years) < year:
                return f"background ({' '.join(lowers)} {noun.text})"
            if lowers[:2] == ["last", "year"] or lowers[:2] == ["last", "month"]:
                return f"background ({' '.join(lowers)} {noun.text})"
    return None


def _up(token, steps: int = 6) -> list:
    """The token and its nearest governors (a few: rules read a clause, not a story)."""
    found = [token]
    for ancestor in token.ancestors:
        if len(found) > steps:
            break
        found.append(ancestor)
    return found


def not_yet(token, words: Settings) -> Optional[str]:
    """An event inside "ahead of" or "prior to" has not happened: "the envoy spoke ahead of a
    meeting of the council to discuss the tests" reports no meeting and no discussion. A past
    participle there describes what was done: "ahead of a meeting requested by France"; what it
    was requested for is not done yet: "ahead of a council meeting requested by France to
    condemn Russia's strikes" reports the request, no condemnation."""
    for t in _up(token):
        if t is token and t.dep_ == "acl" and t.tag_ == "VBN":
            return None  # "ahead of a meeting requested by X": the request was made
        prep = t.head
        if t.dep_ == "pobj" and prep.head.i != prep.i and f"{prep.head.lower_} {prep.lower_}" in words.not_yet_prepositions:
            return f"not yet ({prep.head.text} {prep.text} {t.text})"
    return None


def what_it_is_for(token, words: Settings) -> Optional[str]:
    """The infinitive of a participle saying what a thing is for: "a drone used to track
    militants and share intelligence crashed", "a system designed to intercept missiles"."""
    t = token
    for _ in range(4):
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or t.head.i == t.i:
            return None
        t = t.head
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in words.function_participles:
            return f"what {t.head.text} is for ({t.text} to ... {token.text})"
    return None


def describes_a_noun(word: EventWord, token, words: Settings) -> Optional[str]:
    """An event noun in a participle or adjective that describes a noun (the settings'
    ``describing_participles``) tells who someone is, not what happened: "Ankara recalled
    diplomats involved in the negotiations with Athens", "a lawyer known for his criticism of
    the junta" (no negotiation, no criticism reported)."""
    preposition = token.head
    if word.entry.kind != "noun" or token.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    modifier = preposition.head
    if modifier.dep_ in ("acl", "amod") and modifier.lemma_.lower() in words.describing_participles:
        return f"describes {modifier.head.text} ({modifier.text} {preposition.text} {token.text})"
    return None


def object_not_done(word: EventWord, token, words: Settings) -> Optional[str]:
    """An event noun that is the object of a verb of planning or seeking (the settings'
    ``planning_verbs``) or of one that stops or prevents it (``negating_verbs``,
    ``preventing_verbs``) is not done: "the army is preparing a major offensive against the
    rebels", "Kenya proposed a ceasefire", "Moscow is weighing strikes on the bridges", "Egypt
    postponed the talks with Ethiopia", "a court blocked the deployment of police to Haiti" (no
    force, no ceasefire, no talks, no deployment). A pattern that takes both codes the stance itself: the verb's
    ("threatened retaliation", "pledged aid": the noun is part of it) or the noun's ("the EU is
    planning new sanctions against Russia": `plan ..4 * => 014`, a policy option). So is the
    subject of such a verb in the passive, and of a phrasal one ("call off"): "the president's
    visit to Ghana was postponed", "talks between the two neighbours were called off"."""
    if (word.entry.kind != "noun" or token.dep_ not in ("dobj", "nsubjpass")
            or token.head.pos_ not in ("VERB", "AUX")):
        return None
    verb = token.head
    if word.match and word.match.start <= verb.i - (token.i - word.start) < word.match.end:
        return None
    lemma = verb.lemma_.lower()
    lemmas = [lemma] + [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    if any(w in words.planning_verbs or w in words.negating_verbs or w in words.preventing_verbs for w in lemmas):
        return f"not done ({verb.text} ... {token.text})"
    return None


def reason_given(word: EventWord, token, words: Settings) -> Optional[str]:
    """An event noun with a possessor after a preposition of reason (the settings'
    ``reason_prepositions``) on a verb says why something was done to its doer, it reports no
    act: "Uganda arrested the journalist for his criticism of the president", "Washington
    sanctioned the militia for its attacks on U.S. troops", "jailed over her role in the
    protests" (no criticism, no attack reported). Without a possessor the phrase may be an
    occasion or a request: "flew to Cairo for talks with Egypt", "called for talks"."""
    preposition = token.head
    if (word.entry.kind != "noun" or token.dep_ != "pobj" or preposition.lower_ not in words.reason_prepositions
            or preposition.head.pos_ != "VERB" or not any(c.dep_ == "poss" for c in token.children)):
        return None
    return f"a reason given ({preposition.head.text} ... {preposition.text} {token.text})"


def punished_for(token, words: Settings) -> Optional[str]:
    """A gerund after a preposition of reason (the settings' ``reason_prepositions``) on a verb
    of punishing (``punishing_verbs``) is the charge, not an act the story reports: "Police
    arrested a journalist for criticizing the president", "A Thai court jailed an activist for
    insulting the king", "Iran executed a man over attacking police" (the arrest, the jailing,
    the execution are coded; no criticism, insult or attack, nor the punisher as its doer).
    "Kenya thanked Qatar for helping free the hostages" is no punishment: the help stays."""
    preposition = token.head
    if (token.dep_ != "pcomp" or token.tag_ != "VBG" or preposition.dep_ != "prep"
            or preposition.lower_ not in words.reason_prepositions or preposition.head.i == preposition.i):
        return None
    verb = preposition.head
    if verb.dep_ == "dobj" and verb.head.i != verb.i:
        verb = verb.head  # the parser hangs the reason on the punished: "executed a man for attacking"
    if not lemma_in(verb, words.punishing_verbs):
        return None
    return f"the charge of a punishment ({verb.text} ... {preposition.text} {token.text})"


def judged(token, words: Settings) -> Optional[str]:
    """An act a passive verb of judgement ascribes: "the purchase, which is deemed to violate
    the treaty" (a judgement, no violation reported)."""
    governor = token.head
    if (token.dep_ == "xcomp" and governor.tag_ == "VBN" and governor.lemma_.lower() in words.judging_verbs
            and any(c.dep_ == "auxpass" for c in governor.children)):
        return f"a judgement, not an act ({governor.text} to {token.text})"
    return None


def predicted(token, words: Settings) -> Optional[str]:
    """What a prediction, a fear or a rumour says will happen or did: "my fear is that if X rigs
    the vote, the people will rise up" (no threat, no intention), and the same in the noun's own
    that-clause: "rumours that China will invade Taiwan spread online", "Kenya dismissed
    speculation that it plans to withdraw its troops" (no threat, no withdrawal), or its "of"
    phrase: "the possibility of a Russian attack on Moldova worries European leaders"."""
    prep = token.head
    if (token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in words.prediction_nouns):
        return f"predicted, not done ({prep.head.text} of ... {token.text})"
    for t in _up(token, 4):
        if t.dep_ == "ccomp" and t.head.lemma_ == "be":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in words.prediction_nouns:
                return f"predicted, not done ({subject.text} is that ... {token.text})"
        if that_clause_of(t) and t.head.lemma_.lower() in words.prediction_nouns:
            return f"predicted, not done ({t.head.text} that ... {token.text})"
    return None


def prospect(word: EventWord, token, view: SentenceView) -> Optional[str]:
    """An event noun a clause says is possible or would have an effect is a prospect, no deed:
    "an Israeli strike on Iran is possible within weeks" (the settings'
    ``possibility_adjectives``, words or phrases: "a deal between Israel and Saudi Arabia remains
    elusive", "is within reach", "is still far off"; "the strike on Iran is likely to draw
    retaliation" speaks of the retaliation), "a Chinese invasion of Taiwan would devastate the world economy" (a
    consequence supposed; "could" is filtered as hypothetical)."""
    noun = view.span[word.start]
    if word.entry.kind != "noun" or noun.dep_ != "nsubj" or token is noun:
        return None  # a passive's subject undergoes the act: "sanctions would be imposed if ..." is a threat
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children):
        return f"a prospect ({noun.text} ... would {token.text})"
    adjective = next((c for c in token.children if c.dep_ == "acomp"  # not "the strike is likely to draw X"
                      and c.lemma_.lower() in view.words.possibility_adjectives
                      and not any(g.dep_ in ("xcomp", "ccomp") for g in c.children)), None)
    if adjective is not None:
        return f"a prospect ({noun.text} ... {adjective.text})"
    phrase = next((" ".join(w.lower_ for w in c.subtree) for c in token.children  # "is within reach",
                   if c.dep_ in ("prep", "advmod") and c.i > token.i  # "is still far off"
                   and " ".join(w.lower_ for w in c.subtree) in view.words.possibility_adjectives), None)
    if phrase is not None:
        return f"a prospect ({noun.text} ... {phrase})"
    return None


def that_clause_of(token) -> bool:
    """The token heads a noun's that-clause: "fears that Rwanda will attack", "reports that Chad
    had expelled the ambassador" (a relative clause, "the reports that Chad published", has a
    relative pronoun and another dependency)."""
    return (token.dep_ == "acl" and token.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children))


def scheduled(token, view: SentenceView) -> Optional[str]:
    """A verb in the simple present dated to the days ahead is scheduled, not done: "Marcos
    meets Chinese officials next month", "is expected to raise it when he meets Chinese officials
    next month" (the settings' ``future_marks``, or "later this week"). Headlines and news in the
    present ("Vietnam protests Chinese seizure") carry no such phrase."""
    if token.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    return dated_ahead(token, view.words)


def scheduled_noun(word: EventWord, token, view: SentenceView) -> Optional[str]:
    """An event noun dated to the days ahead by its own time phrase is scheduled, not done,
    whatever verb it hangs on: "Turkey is set to host talks between Armenia and Azerbaijan next
    week" (the parser read "host" as a noun), "a summit of the two leaders next month" (the
    settings' ``future_marks``). "Talks last week ended without a deal" are news."""
    if word.entry.kind != "noun":
        return None
    return dated_ahead(token, view.words)


def looked_on(word: EventWord, token, words: Settings) -> Optional[str]:
    """An event noun that the object of a verb of looking on (the settings' ``onlooking_verbs``)
    with no doer of its own is what the subject watches or reports on, done by no one named:
    "Police arrested two journalists covering protests in Istanbul" (no protest by the
    journalists, nor by the police "as they covered protests"). "Reporters covering the army's
    offensive", "the offensive by the army" or "filmed the clashes between police and
    protesters" keep their doers' act."""
    if word.entry.kind != "noun" or token.dep_ != "dobj" or not lemma_in(token.head, words.onlooking_verbs):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "between", "among"))
           or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in token.children):
        return None
    return f"looked on, no one's act ({token.head.text} {token.text})"


def measure_subject(word: EventWord, token, words: Settings) -> Optional[str]:
    """A verb of force ("target", "hit", "strike") whose subject is a measure, law or policy
    (the settings' ``measure_nouns``) is no use of force: "The measures, approved by European
    Union foreign ministers, target 17 Iranian officials" is no EU attack on Iran (was 190), nor
    "The new tariffs hit Chinese steel exports". Only the force families (18, 19, 20) are
    dropped: where the dictionary codes the measure itself ("The sanctions target ..." 163 by
    the verb's own pattern) the event stays, and "Israeli jets targeted Hamas commanders" has
    an actor for subject."""
    code = word.code or ""
    if word.entry.kind != "verb" or not code.startswith(("18", "19", "20")):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in ("conj", "xcomp"):  # "The law bans rallies and targets ..."
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in words.measure_nouns:
        return f"a measure, no force ({subject.text} {token.text})"
    return None


def indefinite(word: EventWord, noun, words: Settings) -> Optional[str]:
    """An event noun with an indefinite determiner (the settings' ``indefinite_determiners``)
    names any such act, or none, not one that was done: "Tokyo warned that any attack on the
    islands would be met with force" (no attack, and no threat of the warner's against the
    islands), "China opposes any official contact between Washington and Taipei", "the army
    said no attack on the village took place". The verb that governs it is coded on its own
    ("Egypt rejected any talks with Ethiopia" is a rejection)."""
    if word.entry.kind != "noun":
        return None
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in words.indefinite_determiners
                and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-")), None)  # "a no-fly zone"
    return None if det is None else f"any such act, none done ({det.text} {noun.text})"


def called_false(token, words: Settings) -> Optional[str]:
    """The that-clause of a report or claim (the settings' ``report_nouns``) that the sentence
    calls false (``falsity_words`` right after the clause, or just before the noun) tells what was
    not done: "the ministry said reports that Egyptian troops had entered Sudan were false",
    "Beijing called reports that it had supplied weapons to Russia groundless", "Moscow dismissed
    as fabricated reports that its troops had executed prisoners" (however the parser hangs the
    clause). "Reports that the troops had entered Sudan were confirmed" stay news."""
    for t in _up(token, 4):
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) or t.head.i == t.i:
            continue
        report, doc = t.head, t.doc
        if report.lemma_.lower() not in words.report_nouns and report.lower_.rstrip("s") not in words.report_nouns:
            continue
        after = doc[t.right_edge.i + 1:min(t.right_edge.i + 5, report.sent.end)]
        before = doc[max(report.i - 3, report.sent.start):report.i]
        false = next((w for w in [*after, *before] if w.lemma_.lower() in words.falsity_words
                      or w.lower_ in words.falsity_words), None)
        if false is not None:
            return f"called false ({report.text} that ... {token.text} ... {false.text})"
    return None


def under_terms(token, words: Settings) -> Optional[str]:
    """A clause with "would" or a hypothetical modal, set under the terms of a plan, deal or law
    ("under" and one of the settings' ``terms_nouns`` before its subject), says what the plan
    would have its parties do, no one's act or stated intention: "Under the proposal, Israel
    would withdraw from parts of Gaza and Hamas would free the hostages" (neither conjunct),
    "Under the draft, Ethiopia would recognize Somaliland". "Israel said it would withdraw under
    the agreement" is Israel's own word, "Under the plan, Kenya will withdraw its troops from
    Somalia" its intention, and "Under the deal, Hamas released three hostages on Saturday" a deed."""
    modals = words.hypothetical_modals | {"would", "'d"}  # "will" states the plan adopted: the actor's
    # intention, as the CAMEO codebook codes a plan's announced steps (03x)
    t = token
    for _ in range(3):
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        first = subject.left_edge.i if subject is not None else t.i
        under = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "under" and c.i < first
                      and any(g.dep_ == "pobj" and g.lemma_.lower() in words.terms_nouns for g in c.children)), None)
        if under is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in token.children):
            return f"the terms of a plan, no act (under the {next(g for g in under.children if g.dep_ == 'pobj').text} ... {token.text})"
        if t.dep_ != "conj" or t.head.i == t.i:
            return None
        t = t.head  # "... Israel would withdraw and Hamas would free the hostages"
    return None


def shown(word: EventWord, token, words: Settings) -> Optional[str]:
    """A verb whose protest (14) is its intransitive sense only (the settings'
    ``intransitive_protest_verbs``: "demonstrate") shows or proves something when it takes a
    direct object, a clause or the passive: "Kenya must demonstrate its resolve", "the test
    demonstrated the missile's range", "the drills demonstrated that Tehran can close the
    strait". "Thousands demonstrated in Nairobi against the tax" and "demonstrated outside the
    embassy" have none. A time phrase the parser takes for an object ("demonstrated Sunday") is
    no object; a pattern of another family ("demonstrated its military might": 150) stays."""
    code = word.code or ""
    if word.entry.kind != "verb" or not code.startswith("14") or not lemma_in(token, words.intransitive_protest_verbs):
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") and child.ent_type_ not in ("DATE", "TIME"):
            return f"shown, no protest ({token.text} {child.text})"
    return None


def held_state(word: EventWord, token, words: Settings) -> Optional[str]:
    """An event noun of the settings' ``state_nouns`` ("detention", "arrest") after "in" is the
    state someone is held in, a place, no new arrest: "allowed to visit prisoners in Russian
    detention", "died in police detention". The act itself stays: "detained three
    journalists", "the detention of the journalists by police", "condemned the arrest"."""
    if word.entry.kind != "noun" or token.lemma_.lower() not in words.state_nouns:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return f"a state held in, no act (in {token.text})"
    return None


def dated_ahead(token, words: Settings) -> Optional[str]:
    """The token's own time phrase ("next month", "later this week") puts it in the days ahead."""
    marks = words.future_marks
    for child in token.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
            continue
        lowers = [w.lower_ for w in time_phrase(child)]
        if len(lowers) <= 6 and (set(lowers) & marks or ("later" in lowers and "this" in lowers)):
            return f"scheduled, not done ({' '.join(lowers)})"
    return None


def believed(token, words: Settings) -> Optional[str]:
    """What someone believes or supposes was done, or will be: "rights groups believe Egypt
    detained the activists", "analysts think the rebels could attack again" (the settings'
    ``belief_verbs``): an opinion, not a report of the act."""
    t = token
    for _ in range(4):
        if t.dep_ == "ccomp" and lemma_in(t.head, words.belief_verbs):
            return f"believed ({t.head.text} ... {token.text})"
        if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "pcomp", "prep"):
            return None
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None  # a clause of its own: "analysts think X, but Kenya attacked Y"
        t = t.head
    return None


def habitual_relative_clause(token, view: SentenceView) -> Optional[str]:
    """A relative clause in the simple present describes what someone does as a rule, it
    reports no act: "bloggers who praise China gain followers", "Hamas, which controls Gaza"
    (the reading's skip_dated_background, with the perfect relative clause)."""
    if (view.reading.skip_dated_background and token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)):
        return "a description (a relative clause in the simple present)"
    return None


def aimed_at(token) -> Optional[str]:
    """A gerund after "aimed at" says what something is for: "a visit aimed at boosting
    cooperation with X", "measures aimed at curbing imports" (no cooperation yet)."""
    first = token  # a list of gerunds: "aimed at raising revenue, protecting jobs and pressuring X"
    while (first.dep_ in ("conj", "advcl") and first.head.i != first.i
           and first.tag_ == "VBG" and first.head.tag_ == "VBG"):
        first = first.head
    prep = first.head
    if (first.dep_ == "pcomp" and prep.lower_ == "at" and prep.head.i != prep.i
            and prep.head.lemma_.lower() == "aim"):
        return f"what it is for ({prep.head.text} {prep.text} {token.text})"
    return None


def asked_first(token, view: SentenceView) -> Optional[str]:
    """A gerund after "before" or "until" in a clause that asks or wants something: what is
    done only once the asked-for is done is not done ("asked for a full withdrawal before
    lifting any sanctions", "wants guarantees before releasing the hostages"). After a deed
    it happened: "met the envoy before leaving for Rome"."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ not in ("before", "until"):
        return None
    governor = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    if governor is not None and lemma_in(governor, view.words.intent_verbs):
        return f"asked for first ({governor.text} ... {prep.text} {token.text})"
    return None


def wished(token, words: Settings) -> Optional[str]:
    """A that-clause of a verb of wanting or expecting (the settings' ``intent_verbs`` that are no
    ``commissive_verbs`` and no ``speech_verbs``) is wished or expected, not done and no one's
    stated intention: "Russia hopes it will reach a deal with Ukraine", "Kenya expects that
    Uganda will release the prisoners"."""
    governor = token.head
    if (token.dep_ == "ccomp" and governor.i != token.i and lemma_in(governor, words.intent_verbs)
            and not lemma_in(governor, words.commissive_verbs) and not lemma_in(governor, words.speech_verbs)):
        return f"wished, not done ({governor.text} ... {token.text})"
    return None


def forecast_wish(token, words: Settings) -> Optional[str]:
    """A verb of wanting (the settings' ``desire_verbs``) with a future auxiliary, itself the event
    or governing it, forecasts a wish: "the Americans will want the Europeans to pay more for
    their defence" asks nothing of anyone yet, "Turkey will want to attack the militias" states
    no intention (as "wants to" and "wants Y to" do)."""
    chain = [token]
    while governed(chain[-1]):
        chain.append(chain[-1].head)
    for t in chain:
        if lemma_in(t, words.desire_verbs):
            future = next((c for c in t.children if c.dep_ == "aux" and c.lower_ in words.future_auxiliaries), None)
            if future is not None:
                return f"a wish forecast ({future.text} {t.text})"
    return None


def attitude(token, words: Settings) -> Optional[str]:
    """A gerund after an adjective of inclination or fear: "more interested in promoting X than
    in protecting Y", "the refugees were terrified of being deported" (an attitude, no act; the
    parser may read the adjective as a passive participle, "were terrified": its form is listed)."""
    t = token
    for _ in range(6):
        if t.dep_ not in ("pcomp", "prep", "pobj", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if (t.pos_ == "ADJ" and t.lemma_.lower() in words.attitude_adjectives
                or t.tag_ == "VBN" and t.lower_ in words.attitude_adjectives):
            return f"an attitude, not an act ({t.text} ... {token.text})"
    return None


def denies_a_charge(verb, clause, words: Settings) -> bool:
    """Whether a denial verb denies a noun set before it ("The RSF has accused Cairo of supplying
    the army, a charge Egypt denies": the parse makes the accusation the denial's clause, but
    what Egypt denies is the charge; the accusation was made), or a charge (the settings'
    ``allegation_nouns``) the parser made its subject after the clause: "The ministry accused
    Chad of arming the rebels, a charge Chad has repeatedly denied"."""
    return any((c.dep_ == "dobj" and c.i < verb.i)
               or (c.dep_ in ("nsubj", "nsubjpass") and clause.i < c.i < verb.i
                   and c.lemma_.lower() in words.allegation_nouns) for c in verb.children)


def denied(token, words: Settings) -> Optional[str]:
    """A clause someone denies: "the ministry denied that it planned to expel the envoys", "after
    weeks of denying it would send troops" (the verbs governed by "deny" through "to" are
    negated by the settings' negating_verbs; this is the that-clause), or the that-clause of
    what is denied: "Chadian officials denied reports that they had expelled the French envoy"."""
    t = token
    for _ in range(4):
        if that_clause_of(t) and t.head.dep_ == "dobj" and lemma_in(t.head.head, words.denial_verbs):
            return f"denied ({t.head.head.text} {t.head.text} that ... {token.text})"  # "denied reports that"
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            return None
        if t.dep_ == "ccomp" and lemma_in(t.head, words.denial_verbs) and not denies_a_charge(t.head, t, words):
            return f"denied ({t.head.text} ... {token.text})"
        t = t.head
    return None

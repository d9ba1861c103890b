"""The arguments stage: who did it (the source) and to whom (the target).

From the pattern's slots when it has them, otherwise from the parse: the subject is the source
and the object (or the complement of a target preposition) the target; in the passive the
by-phrase is the source and the subject the target. An event noun takes its possessor or "by"
phrase as the source ("the Hamas attack on Israel"), or the subject of the verb it is the
object of ("X held talks with Y"). Each candidate phrase is a head token, best first; the first
that holds an actor (other than the source again) wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..dictionary import Dictionaries
from .filters import visit_host, visitor_of
from .implied import implied_target, object_partner
from .mentions import Mentions
from .stances import Stance, event_token, inverted_condition
from .triggers import EventWord, judged_object
from .view import SentenceView, lemma_in


@dataclass
class Arguments:
    """The sources and targets of one event word, and how they pair."""
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    symmetric: bool = False  # each acts on each other ("X and Y met")
    mutual_source: bool = False  # the pattern's $mutual stands before the verb
    at_home: bool = False  # an act on the actor's own country (implied_targets `home`)


def find_arguments(word: EventWord, mentions: Mentions, dictionaries: Dictionaries,
                   stance: Optional[Stance] = None) -> Arguments:
    """The source and target actors of a coded event word. A demand or an appeal ("X said Y
    must release Z") is the speaker's, to the one who must act."""
    view = mentions.view
    token = view.span[word.start]
    if stance is not None and stance.speaker is not None:
        speaker = stance.speaker  # in a quote another sentence's verb names (the quotes stage)
        in_sentence = view.span.start <= speaker.i < view.span.end
        sources = slot_or(mentions, {}, "source", [subject(speaker)]) if in_sentence else mentions.speakers(speaker)
        targets = slot_or(mentions, {}, "target", [subject(event_token(word, view))], not_of=sources)
        return Arguments(sources, targets)
    slots = dict(word.match.slots) if word.match else {}
    symmetric, mutual_source = word.entry.symmetric, False
    if "mutual" in slots:  # coordinated actors acting on each other, or the other side
        symmetric, at = True, slots.pop("mutual")
        mutual_source = at < word.start and "target" not in slots
        slots.setdefault("source" if at < word.start else "target", at)
    by_phrase = False
    if word.entry.kind == "verb":
        source_heads, target_heads, by_phrase = verb_arguments(token, mentions, symmetric, word.code or "")
        if "source" in slots and any(c.dep_ == "nsubjpass" and c.i - view.offset == slots["source"]
                                     for c in token.children):
            # a pattern that makes the passive's subject the source reads the verb as active:
            # "$source ..2 * to $target" codes "Gondor is opposed to Arnor's plan" (a stative passive)
            target_heads = objects(token, mentions, symmetric, word.code or "")
        elif "source" in slots and "target" not in slots and slots["source"] > word.start and not by_phrase:
            # the giver named after the verb: "Ukraine received military aid from Germany" (the
            # pattern's `from $source`); the active verb's subject received it
            target_heads = subjects(token, view.words) + target_heads
        if not target_heads:
            target_heads = particle_object(word, token, view)
    else:
        source_heads, target_heads = noun_arguments(token, mentions, dictionaries, word.code or "")
    if word.entry.kind == "verb" and any((word.code or "").startswith(c) for c in view.words.own_forces_codes):
        target_heads = [h for h in target_heads if not own_forces(h, view)]
    sources = slot_or(mentions, slots, "source", source_heads)
    if not sources and "source" not in slots and word.entry.kind == "verb":
        sources = pattern_speaker(word, token, mentions) or speaker_of_conjunct(word, token, mentions)
    if not sources and "source" not in slots and by_phrase and word.match:
        sources = slot_or(mentions, {}, "source", means_doers(word, token, view, dictionaries))
    if word.entry.kind == "verb" and "source" not in slots:
        sources = sources + [a for a in joiners(token, mentions) if a.code not in {s.code for s in sources}]
        if not by_phrase:
            sources = listed_subjects(token, mentions) or sources
    targets = slot_or(mentions, slots, "target", target_heads, not_of=sources)
    if "target" in slots and word.entry.kind == "verb":
        targets = closer_than_place(word, view.span[slots["target"]], mentions, targets, sources)
    if (word.entry.kind == "verb" and "source" not in slots and sources and targets
            and {a.code for a in sources} <= {a.code for a in targets}):
        sources = speaker_of_conjunct(word, token, mentions) or sources
    if word.entry.kind == "verb" and "target" in slots and any((word.code or "").startswith(c)
                                                              for c in view.words.asked_codes):
        targets = asked_in_clause(token, view.span[slots["target"]], mentions, sources) or targets
    mutual_noun = takes_on_mutual_noun(word, token, dictionaries, view)
    if (symmetric or mutual_noun) and targets and (sides(sources) >= 2 or several_sides(sources, view)) and all(
            in_scene(a, view) for a in targets):
        targets = []  # "Sudan and South Sudan agreed to a truce in Jeddah": each the other's, not the host's
    if targets and dictionaries.needs_named_target(word.code or "") and at_home(sources, targets, view):
        targets = []  # "Hamas declared a unilateral ceasefire in Gaza": where it acts, no party to it
    if view.reading.source_before_verb and "source" not in slots and not by_phrase:
        sources = source_before(word, mentions, sources, targets, source_heads)
    elif (view.reading.nearest_source and word.entry.kind == "verb" and not sources and "source" not in slots
          and not by_phrase):
        sources = misparsed_subject(word, token, mentions, sources, targets, source_heads)
    if word.entry.kind == "verb" and not targets and len(sources) >= 2 and reciprocal(token, view.words):
        symmetric = True  # "China and the Philippines accused each other": each the other
    if mutual_noun and not targets and sides(sources) >= 2:
        symmetric = True  # "Armenia and Azerbaijan opened talks": each with the other
    if mutual_source and len(sources) >= 2:
        targets = []  # "X and Y have postponed their meeting": each to the other
    elif word.match and "mutual" in dict(word.match.slots) and not sources and len(targets) >= 2:
        sources, targets = targets, []  # "the summit brought together envoys of X, Y and Z": with each other
    if word.entry.kind == "noun" and "source" not in slots and "target" not in slots:
        found = between(token, mentions)  # "fighting between the rebels and the army": each with the other
        if len(found) >= 2:
            sources, targets = found, []
    if symmetric and not sources and len(targets) >= 2:  # "expanding cooperation between X and Y"
        found = [a for t in view.verb_phrase(token) if t.dep_ == "prep" and t.lower_ in ("between", "among")
                 for g in t.children if g.dep_ == "pobj" for a in mentions.actors_at(g)]
        if len(found) >= 2:
            sources, targets = found, []
    if not targets and word.entry.kind == "verb" and word.match:  # "warned of retaliation against X"
        targets = slot_or(mentions, {}, "target", matched_noun_targets(word, token, view), not_of=sources)
    if not targets and word.entry.kind == "verb" and not by_phrase:
        targets = slot_or(mentions, {}, "target", misattached_by(token), not_of=sources)
    if not targets and word.entry.kind == "verb" and (word.code or "").startswith(REJECTION):
        targets = slot_or(mentions, {}, "target", answered(token), not_of=sources)
    if not targets and word.entry.kind == "verb" and (word.code or "").startswith(view.words.purpose_target_codes):
        targets = slot_or(mentions, {}, "target", purpose_objects(token, view, dictionaries), not_of=sources)
    if threat_code(word, stance, dictionaries):
        if own_state_only(sources, targets, token, view):
            targets = []  # "Iran's minister warned that Tehran would end its cooperation with the IAEA"
        targets = [a for a in targets if not imposer(a, view)]  # "the return of U.N. sanctions"
        if not targets:  # "sanctions would be imposed if Ankara bought the missiles"
            targets = slot_or(mentions, {}, "target", condition_subjects(event_token(word, view), view), not_of=sources)
        sources = speaker_side(stance, sources, mentions)
    if (sources and not targets and (not symmetric or len(sources) < 2) and view.reading.implied_targets
            and word.code and (word.entry.kind == "verb" and not participle(token) or token.dep_ == "dobj")):
        # a noun done by its verb's subject ("organized a general strike") is an act; one that is
        # not ("growing pressure by X", "the unrest there") names a state of affairs; a participle's
        # noun is what it acts on, no actor: "a statement released by the ministry" targets nobody
        kind = dictionaries.implied_target(word.code)
        if kind == "home" and threat_code(word, stance, dictionaries) and word.code.startswith(FORCE_POSTURE):
            kind = None  # "Tusk said Poland would send 500 more soldiers to the border": no threat to Poland
        if kind:
            targets = implied_target(kind, token, sources, mentions, word.code)
    home = bool(word.code) and dictionaries.implied_target(word.code) == "home"
    return Arguments(sources, targets, symmetric, mutual_source, home)


def particle_object(word: EventWord, verb, view) -> list:
    """The object of a phrasal verb's particle that the parser read as a preposition: "Israel
    sealed off the West Bank" (the parser hangs "the West Bank" on "off"), "the United States
    stood by Israel". The particle is the entry's, right after the verb."""
    if word.end - word.start < 2:
        return []
    particle = view.span[word.end - 1]
    if particle.dep_ not in ("prep", "prt") or particle.head.i != verb.i:
        return []
    return [g for g in particle.children if g.dep_ == "pobj"]


def takes_on_mutual_noun(word: EventWord, verb, dictionaries: Dictionaries, view) -> bool:
    """A verb whose matched pattern holds its object, a reciprocal event noun (an entry marked
    ``symmetric``), codes that noun's act, and coordinated subjects with no target do it with
    each other (the noun's partner after "with" is found as for any verb): "Armenia and Azerbaijan
    opened talks on a peace treaty", "Russia and Belarus conducted joint drills", "Serbia and
    Kosovo entered into negotiations" (each with the other, as "held talks" codes through the
    symmetric verb ``hold``). The object is the verb's direct object or the object of its
    preposition ("entered into talks"), or that of its infinitive ("pledged to deepen military
    cooperation")."""
    if word.entry.kind != "verb" or word.match is None:
        return False
    inside = range(view.offset + word.match.start, view.offset + word.match.end)
    # also of the verb's infinitive: "Russia and China pledged to deepen military cooperation"
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    nouns = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    nouns += [g for v in verbs for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(n.i in inside and n.i != verb.i and any(
        e.kind == "noun" and e.symmetric for e in dictionaries.events.get(n.lemma_.lower(), ()))
        for n in nouns)


def sides(actors: list) -> int:
    """How many different actors ``actors`` name: "Israel and Hamas" two, "Sudan's army and the
    RSF" two (SDNMIL, SDNREB), "Kenyan and Ugandan police officers" two."""
    return len({a.code for a in actors})


def several_sides(actors: list, view) -> bool:
    """Whether an actor is named as several sides of its own (a plural of the settings'
    ``dyad_nouns``): "Sudan's warring sides agree to truce in Jeddah", "Libya's rival parties
    held talks in Geneva" (one code, SDN, for the sides that agree with each other; the host
    city is no party)."""
    return any(a.end > 0 and view.span[a.end - 1].tag_ in ("NNS", "NNPS")
               and view.span[a.end - 1].lemma_.lower() in view.words.dyad_nouns for a in actors)


def in_scene(actor, view) -> bool:
    """Whether the actor is named only as the place where something happens, after one of the
    settings' ``scene_prepositions`` ("in Jeddah", "in Gaza"): for a symmetric act whose sides
    are both named, the place is where they act, not a third party."""
    token = view.span[actor.end - 1]
    while token.dep_ in ("compound", "flat", "amod", "poss") and token.head.i != token.i:
        token = token.head
    return (token.dep_ == "pobj" and token.head.dep_ == "prep"
            and token.head.lower_ in view.words.scene_prepositions)


def own_forces(head, view) -> bool:
    """Whether a candidate target is the source's own forces, shown or moved (the settings'
    ``own_forces_codes``): an agent noun ("reservists", "troops") with no actor's name before
    it. "Norway mobilized army reservists ahead of winter exercises" was NOR 154
    ---MIL; "Turkey deployed troops near the Syrian border" targets Syria; "Russia massed
    Belarusian troops" keeps Belarus."""
    name = view.name_at.get(head.i - view.offset)
    if head is None or name is None or not name.role:
        return False
    return not any((n := view.name_at.get(i - view.offset)) is not None and n.code
                   for i in range(head.left_edge.i, head.i + 1))


def asked_in_clause(verb, slot, mentions: Mentions, sources: list) -> list:
    """Whom a demand or an appeal (the settings' ``asked_codes``) is made of when its pattern's
    target stands inside the that-clause saying what is asked: the clause's subject, who must
    act. "Human Rights Watch demanded that the Egyptian government lift restrictions on the
    press" is made of the government (EGYGOV), not the press the restrictions are on."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or not clause.left_edge.i <= slot.i <= clause.right_edge.i:
            continue
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and not subj.left_edge.i <= slot.i <= subj.right_edge.i:
                found = [a for a in mentions.actors_at(subj) if a.code not in {s.code for s in sources}]
                if found:
                    return found
    return []


def at_home(sources: list, targets: list, view) -> bool:
    """Whether every target is a bare country named only as the scene (``in_scene``) and the
    country of a source: "Hamas declared a unilateral ceasefire in Gaza" (PSEREB in PSE: the
    truce is aimed at Israel, whom the sentence does not name)."""
    own = {a.base[:3] for a in sources if a.base}
    return bool(own) and all(a.base and a.code == a.base and a.base[:3] in own and in_scene(a, view)
                             for a in targets)


def matched_noun_targets(word: EventWord, verb, view) -> list:
    """The targets of a noun the verb's pattern matched in one of the verb's prepositional
    phrases, which gives the event its sense: "Hamas warned of retaliation against Israel" is a
    threat (the pattern's "retaliation") to Israel, the noun's own target. The phrase may hang
    on the verb's particle: "Iran walked out of the talks with the United States". So too the
    verb's subject, the means its pattern names: "a Russian missile strike on Odesa killed five
    people" (the strike's target, when the victims named are no actor)."""
    found = []
    for i in range(word.match.start, word.match.end):
        noun = view.span[i]
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
                noun.head.head.i == verb.i or on_particle(noun.head.head, word, verb, view)):
            found += prepositional(noun, view.words.noun_target_prepositions)
        elif noun.dep_ == "nsubj" and noun.head.i == verb.i and noun.pos_ == "NOUN" and i < word.start:
            found += prepositional(noun, view.words.noun_target_prepositions)
    return found


MEANS_PREPOSITIONS = ("in", "by", "during", "with")


def means_doers(word: EventWord, verb, view, dictionaries: Dictionaries) -> list:
    """Who did it, for a passive verb with no agent whose pattern matched the event noun of its
    means: "seven people were killed in an Israeli airstrike" (Israel kills them), "two
    soldiers were wounded in a rebel ambush", "died in a bombing raid by the
    army" (the noun's own doer: a name modifying it, its possessor, its "by" phrase). The
    pattern names the noun as the means ("* ..6 (in | by) ..3 &airstrike"), so it is the deed
    the verb reports, done by the noun's doer."""
    matched = set(range(view.offset + word.match.start, view.offset + word.match.end)) - {verb.i}
    found = []
    for noun in [g for p in verb.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPOSITIONS
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]:
        if not (matched & {t.i for t in noun.subtree}
                and any(e.kind == "noun" for e in dictionaries.events.get(noun.lemma_.lower(), ()))):
            continue
        found += [c for c in noun.children if c.dep_ == "poss"]
        found += prepositional(noun, ("by",)) + done_by(noun)
        if any(c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i for c in noun.children):
            found.append(noun)  # "a Sudanese army airstrike": the phrase's actor, SDNMIL
    return found


def misattached_by(verb) -> list:
    """The "by" phrase the parser hung on an active verb right after its object, which holds no
    actor: the object's doers, "Police dispersed a rally by opposition supporters" (the
    supporters are dispersed), "Jordan condemned the raid by settlers" (not the means: "by
    firing tear gas", "by force" hold no actor)."""
    return [g for obj in verb.children if obj.dep_ == "dobj"
            for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == obj.right_edge.i + 1
            for g in p.children if g.dep_ == "pobj"]


def on_particle(token, word: EventWord, verb, view) -> bool:
    """Whether ``token`` is the particle of the entry's phrasal verb, hung on the verb."""
    return (word.end - word.start >= 2 and token.i == view.offset + word.end - 1
            and token.head.i == verb.i)


def reciprocal(verb, words) -> bool:
    """Whether the verb's object is a reciprocal pronoun (the settings' ``reciprocal_pronouns``):
    "China and the Philippines accused each other of provoking the clash", "Israel and Hamas
    blamed one another" (each acts on the other)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(" ".join(t.lower_ for t in head.subtree) in words.reciprocal_pronouns for head in heads)


def listed_subjects(verb, mentions: Mentions) -> list:
    """A headline's subjects listed with a comma for "and", each an actor: "Serbia, Kosovo agree
    to normalise ties", "Ethiopia, Eritrea sign peace deal" (the parser gives the verb two
    subjects; both act, as "Serbia and Kosovo agreed" would say). Only before the verb, parted
    by nothing but commas, in a sentence that reads as a headline: in body text a second subject
    after a comma is a misparse (a sub-heading, "..., officials said")."""
    view = mentions.view
    found = subject(verb, words=view.words)
    if found is None or found.dep_ != "nsubj" or not headline(verb.sent):
        return []
    listed = [c for c in found.head.children if c.dep_ in ("nsubj", "dep") and c.i < found.head.i]
    if not listed or listed[-1].dep_ != "nsubj":  # "Sudan army, RSF agree ...": the first hung as dep
        return []
    if len(listed) < 2 or any(
            not all(t.text == "," for t in verb.doc[a.right_edge.i + 1:b.left_edge.i]) or b.left_edge.i == a.right_edge.i + 1
            for a, b in zip(listed, listed[1:])):
        return []
    actors = [mentions.actors_at(c) for c in listed]
    return [a for found_here in actors for a in found_here] if all(actors) else []


def joiners(verb, mentions: Mentions) -> list:
    """Who joins another in doing it: "Britain joined France in condemning the strikes" (the
    gerund's subject is France, the object; Britain condemns too), the settings'
    ``joining_verbs``."""
    preposition = verb.head
    if not (verb.dep_ == "pcomp" and preposition.lower_ == "in" and preposition.head.i != preposition.i):
        return []
    governor = preposition.head
    if governor.lemma_.lower() not in mentions.view.words.joining_verbs:
        return []
    found = subject(governor)
    return mentions.actors_at(found) if found is not None else []


def pattern_speaker(word: EventWord, verb, mentions: Mentions) -> list:
    """The speaker, when the verb's pattern names the verb of saying whose that-clause it stands
    in and the verb has no source of its own: "(say | allege) [that] $target ..2 * in ..3
    &corruption" codes "the minister said Orlov was involved in bribery" as the minister's
    accusation (the passive has no agent)."""
    view, head = mentions.view, verb.head
    if (word.match is None or verb.dep_ != "ccomp" or not word.match.start <= head.i - view.offset < word.start
            or head.lemma_.lower() not in (*view.words.speech_verbs, *view.words.allegation_verbs)):
        return []
    speaker = subject(head)
    return mentions.actors_at(speaker) if speaker is not None else []


def speaker_of_conjunct(word: EventWord, verb, mentions: Mentions) -> list:
    """The speaker, for a speaker's act (the settings' ``speaker_act_codes``: demands, appeals,
    threats) that the parse conjoined to the reported clause and that has no source of its own:
    "Manila's foreign ministry said the actions violated international law and demanded that
    Beijing stop harassing Filipino vessels" (the ministry demands; the actions, no actor, made
    no demand). Also when the clause's subject, which the conjunct shares in the parse, is the
    one the act is aimed at, since no one warns or urges themselves: "China's coast guard said
    the Philippine ship had intruded and warned Manila to leave" (the ship is Philippine:
    the coast guard warns Manila; ``arguments`` asks this when the sources are all targets)."""
    view = mentions.view
    clause = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # a subject of its own: "said the army had withdrawn and the rebels warned ..."
    if (verb.dep_ != "conj" or not (word.code or "").startswith(view.words.speaker_act_codes)
            or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in view.words.speech_verbs):
        return []
    speaker = subject(clause.head)
    return mentions.actors_at(speaker) if speaker is not None else []


REJECTION = "12"  # CAMEO's root of rejections
FORCE_POSTURE = "15"  # CAMEO's root of force postures: stated, a threat of force (138) at no one named
STATEMENT = "01"  # CAMEO's root of public statements
CONSIDERED = "014"  # consider a policy option: the option's target is the statement's


def answered(verb) -> list:
    """Whom a rejection with no object answers: the subject of the clause it is conjoined to,
    "Peru proposed talks, but Chile refused" (Chile rejects Peru)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [s for s in [subject(verb.head)] if s is not None]


def purpose_objects(verb, view: SentenceView, dictionaries: Dictionaries) -> list:
    """The objects of the verb's purpose infinitive, for force with none of its own, when that
    purpose is itself force (one of the settings' ``purpose_target_codes`` by its verb's own
    code): "Police fired tear gas to disperse hundreds of protesters" fires it at the
    protesters (the dispersal is only the purpose, not done); "fired tear gas to protect the
    parliament" fires none at the parliament."""
    codes = view.words.purpose_target_codes
    return [o for c in verb.children if c.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(e.kind == "verb" and (e.code or "").startswith(codes)
                    for e in dictionaries.events.get(view.lemmas[c.i - view.offset], ()))
            for o in c.children if o.dep_ == "dobj"]


def threat_code(word: EventWord, stance: Optional[Stance], dictionaries: Dictionaries) -> bool:
    """Whether the event is a threat (root 13): by its own code ("threatened to strike"), or as
    an intention the codebook's intents table makes one ("would impose sanctions": 1312)."""
    code = word.code or ""
    if stance is not None and stance.kind == "intent":
        code = dictionaries.stance_code("intent", code) or code
    return code.startswith("13")


def condition_subjects(verb, view) -> list:
    """The subjects of the verb's conditions: a threat is made to the one whose act it hangs
    on ("sanctions would be imposed if Ankara bought the missiles", "threatened to strike
    unless Gondor withdrew"), the settings' ``hypothetical_marks``."""
    words = view.words
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return [s for v in verbs for clause in v.children if clause.dep_ == "advcl"
            and (any(m.dep_ == "mark" and m.lower_ in words.hypothetical_marks for m in clause.children)
                 or inverted_condition(clause, words))  # "Should Israel attack Iran, Tehran will retaliate"
            for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


def imposer(actor, view) -> bool:
    """Whether every name of the actor modifies one of the settings' ``imposed_measure_nouns``
    and so imposes the measure: "threatened to trigger the return of U.N. sanctions",
    "threatened EU-style tariffs" (the UN, the EU are no one threatened)."""
    nouns = view.words.imposed_measure_nouns
    names = [i for i in range(actor.start, actor.end) if (n := view.name_at.get(i)) is not None and n.code]
    if not nouns or not names:
        return False
    for i in names:
        token = view.span[i]
        while token.dep_ in ("compound", "flat") and token.head.i - view.offset in names:
            token = token.head  # "United Nations": its head word
        if token.dep_ not in ("compound", "nmod", "amod", "npadvmod") or token.head.i == token.i:
            return False
        noun = token.head
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head  # "U.N. arms embargo"
        if not lemma_in(noun, nouns):
            return False
    return True


def own_state_only(sources: list, targets: list, verb, view) -> bool:
    """Whether every target of a threat is the bare state of a source with a role of its own,
    named as the subject of a clause the threat governs: the state the threatening side speaks
    for, the one who would act, no one it threatens. "Iran's foreign minister warned that
    Tehran would end its cooperation with the IAEA" (the clause's intent says whom it is aimed
    at). A state named otherwise may be where its own government threatens to act: "the Thai
    government threatened to ban public gatherings in Bangkok" (THAGOV 1321 THA); another
    actor of the state is threatened: "Kenya's government warned Kenyan protesters"."""
    if not sources or not targets:
        return False
    own = {a.base[:3] for a in sources if a.base and a.code != a.base}
    for actor in targets:
        if not (own and len(actor.code) == 3 and actor.code.isalpha() and actor.code in own):
            return False
        token = view.span[actor.end - 1]
        while token.dep_ in ("compound", "flat", "amod", "poss") and token.head.i != token.i:
            token = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == verb.i or verb not in token.head.ancestors:
            return False
    return True


def speaker_side(stance: Optional[Stance], sources: list, mentions: Mentions) -> list:
    """A threat someone states of their own side's forces is the speaker's: "the president
    said the rebels will be crushed by the army" is the government's threat (the army's
    intention is how it is put). Another side's is a forecast (sentence.forecast)."""
    if stance is None or stance.reported_by is None:
        return sources
    speaker = subject(stance.reported_by)
    speakers = mentions.actors_at(speaker) if speaker is not None else []
    bases = {a.base[:3] for a in sources if a.base}
    if speakers and bases and bases <= {a.base[:3] for a in speakers if a.base}:
        return speakers
    return sources


def closer_than_place(word, head, mentions: Mentions, targets: list, sources: list) -> list:
    """A place the pattern's `in $target` names is where the deed was done, not to whom, when
    an actor stands closer in what the verb acts on: "Ugandan police banned a rally by
    opposition supporters in Kampala" bans the supporters (UGAOPP), not Uganda; "imposed a
    curfew in Kampala" and "invested $2 billion in Kenya" keep the place, nothing nearer
    being an actor. Only an actor phrase ending in its name, right before "in" (not "a police
    mission in Haiti"), the source's own left out."""
    view = mentions.view
    if not (targets and head.dep_ == "pobj" and head.head.lower_ == "in"
            and all(a.kind == "state" and a.code == a.base for a in targets)):
        return targets
    at = head.head.i - view.offset
    same = {a.code for a in sources} | {a.base for a in sources if a.base}
    states = {c[:3] for c in same if c[:3].isalpha()}
    if at - 1 not in view.name_at:
        return targets  # "a police mission in Haiti", "an Islamic State cell in Tangier": a thing of theirs
    closer = [a for a in mentions.actors if word.end <= a.start and a.end == at
              and a.code not in same and a.code not in states and " (= " not in a.text]
    return closer or targets


def slot_or(mentions: Mentions, slots: dict, role: str, heads: list, not_of: list = ()) -> list:
    """The slot's actors, else those of the first candidate phrase that holds any:
    "sent tanks to Ukraine" has no actor in its object, so the target is Ukraine. A phrase
    that is only the source again is passed over: "Iraq restored its ties with Syria", "the
    ambassadors of X and Y presented their credentials to Z"; so is a target slot that holds
    a pronoun for the source ("refused to allow inspectors into its sites": the inspectors)."""
    same, bases = {a.code for a in not_of}, {a.base for a in not_of if a.base}
    states = {b[:3] for b in bases if b[:3].isalpha()}

    def only_the_source(found: list, head=None) -> bool:  # "presented their credentials": theirs
        return bool(same) and all(a.code in same or (a.base in bases and " (= " in a.text and not another_agent(a))
                                  or own_state_possessor(a, head, states, mentions) for a in found)

    def another_agent(actor) -> bool:
        """A bare personal pronoun for an agent of the source's state with a role of its own
        is another actor of that state, not the source again: "Kenyan police arrested an
        opposition senator ... Officials accused him of inciting violence" (KENGOV against
        KENOPPLEG); "its ambassador", "their credentials" are the source's own."""
        return (actor.code != actor.base and actor.code[3:] not in {s[3:] for s in same}
                and actor.text.split(" (= ")[0].lower() in ("him", "her"))

    if role in slots and mentions.view.span[slots[role]].lower_ in mentions.view.words.proxy_nouns:
        slots = {}  # "signed the deal on behalf of the bloc": `on $target` is no partner (for_whom)
    if role == "source":
        if role in slots and non_actor(mentions.view.span[slots[role]], mentions.view):
            return []
        heads = [h for h in heads if not non_actor(h, mentions.view)]
    if role in slots:
        found = mentions.actors_at(mentions.view.span[slots[role]])
        if not (found and only_the_source(found) and all(" (= " in a.text for a in found)):
            return found
        # the slot is only the source again ("refused to allow inspectors into its sites"): the parse

    for head in heads:
        found = mentions.actors_at(head)
        if found and not only_the_source(found, head):
            return found
    return []


def non_actor(head, view) -> bool:
    """Whether the phrase headed by ``head`` names a document or a place that cannot act (the
    settings' ``non_actor_nouns``), not an actor named by its possessor: "Kenya's constitution
    guarantees the right to a fair trial" and "the camps shelter 200,000 refugees" have no
    source (not KEN). A relative pronoun stands for the noun its clause modifies ("a resolution
    that aims to tighten sanctions"); a dictionary name is an actor ("the Carter Center")."""
    if head is None:
        return False
    if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
        head = head.head.head
    name = view.name_at.get(head.i - view.offset)
    return (name is None or not name.code) and head.lemma_.lower() in view.words.non_actor_nouns


def own_state_possessor(actor, head, states: set, mentions: Mentions) -> bool:
    """Whether the actor is the source's own state, bare, as the possessor of what the source
    acts with: "Turkish Defense Minister Hulusi Akar reiterated Ankara's position" (TURGOV's own
    country's position, no statement to Turkey), "the Iraqi prime minister condemned attacks
    on Iraq's sovereignty". A possessor of another state is a target: "reiterated Ankara's position" said by
    Greece's minister targets Turkey."""
    if head is None or not (actor.base and actor.code == actor.base and actor.base[:3] in states):
        return False
    return any(a.code == actor.code for owner in head.children if owner.dep_ == "poss"
               for a in mentions.actors_at(owner))


def verb_arguments(verb, mentions: Mentions, symmetric: bool = False, code: str = "") -> tuple:
    """Candidate phrases for the source and the target, best first, and whether the source
    is a passive verb's "by" phrase. A symmetric action's partner comes after "with" ("met
    with X"); its other prepositions name the topic ("deliberated on the role of the
    coalition"). A passive verb without "by" is active when ``passive_needs_by`` is set."""
    view = mentions.view
    host = visit_host(verb, view.words)
    if host is not None:  # "Egypt welcomed the visiting Jordanian king": the king visits Egypt
        return [visitor_of(verb)], [host], False
    children = list(verb.children)
    passive_subject = passive_subject_of(verb)
    if passive_subject is None and participle(verb):
        passive_subject = verb.head  # "a reporter detained over his posts": the reporter is the target
    if passive_subject is not None:
        by = [g for agent in agents_of(verb) for g in agent.children if g.dep_ == "pobj"]
        if not view.reading.passive_needs_by:
            return by, passive_targets(passive_subject, view, verb), True
        if not by:  # PETRARCH: "by" anywhere in the verb phrase ("killed in a strike by X")
            by = [g for t in view.verb_phrase(verb) if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                  for g in t.children if g.dep_ == "pobj"][:1]
        if by:
            return by, passive_targets(passive_subject, view, verb), True
        if passive_subject is verb.head:  # a participle is passive: "a bus held hostage near the border"
            return [], passive_targets(passive_subject, view, verb), True
        return [passive_subject], objects(verb, mentions, symmetric, code), False  # read as active
    return subjects(verb, view.words), objects(verb, mentions, symmetric, code), False


def passive_subject_of(verb, depth: int = 0):
    """The passive verb's subject: its own; a headline's ("Ugandan opposition leader arrested
    and charged by police": in a sentence with no final stop, a past participle with a subject,
    no auxiliary and no object, and a "by" phrase on it or its conjunct; "The governor on Monday
    extended by two weeks the ban." is an active verb the tagger may misread); or, for the second
    of coordinated passives with no subject of its own, the first's ("the activist was
    arrested and charged by police")."""
    children = list(verb.children)
    found = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    # the tagger may read a conjoined participle as a past tense; its "by" agent tells: "the
    # leader was arrested in Kampala and charged with treason by a military court"
    if found is not None or verb.tag_ != "VBN" and not (
            verb.dep_ == "conj" and verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in children)):
        return found
    if (headline(verb.sent) and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children)
            and agents_of(verb)):
        found = next((c for c in children if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
    if (verb.dep_ == "conj" and depth < 3 and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children)):
        found = passive_subject_of(verb.head, depth + 1)
        if found is None and any(c.dep_ == "auxpass" for c in children):
            # a passive with its own auxiliary conjoined to an active verb shares its subject:
            # "the activists marched to parliament and were arrested by police" (they are arrested)
            found = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return found
    return None


def headline(sentence) -> bool:
    """Whether the sentence reads as a headline: no full stop, question or exclamation mark
    ends it."""
    last = next((t for t in reversed(sentence) if not (t.is_punct and t.text in ('"', "'", "”", "’", ")"))), None)
    return last is not None and last.text not in (".", "!", "?")


def agents_of(verb) -> list:
    """The passive verb's "by" phrases: its own, else those of a passive coordinated right after
    it, with no subject of its own ("was arrested and charged by police": the police arrest
    too; "was arrested on Monday and released by a court" names no one who arrested)."""
    own = [c for c in verb.children if c.dep_ == "agent"]
    if own:
        return own
    hung = [by for with_ in verb.children if with_.dep_ == "prep" and with_.lower_ == "with"
            for pobj in with_.children if pobj.dep_ == "pobj"
            for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"]
    if hung:  # the parser hangs "by" on the "with" object: "was slapped with tariffs by the EU"
        return hung
    return [a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
            and all(t.dep_ in ("cc", "punct") for t in verb.doc[verb.i + 1:c.i])
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for a in c.children if a.dep_ == "agent"]


def passive_targets(passive_subject, view, verb=None) -> list:
    """A passive verb's target: its subject, else an actor inside it ("a camp for Congolese
    refugees was attacked": the refugees). A deed laid at someone's door (the settings'
    ``attribution_verbs``) is theirs, not its victims': "strikes on Port Sudan were blamed on
    the militia" accuses the militia (or no one named), never Sudan."""
    if verb is not None and verb.lemma_.lower() in view.words.attribution_verbs:
        blamed = prepositional(verb, ("on", "to"))
        if blamed:
            return [passive_subject] + blamed
    return [passive_subject] + nested(passive_subject, (*view.words.nested_target_prepositions, "for"))


def subject(verb, depth: int = 0, words=None):
    """The verb's subject, or the one it inherits from the clause that governs it. With the
    word lists (``words``), a gerund after one of the ``subject_gerund_prepositions`` is done by
    the clause's subject, not its object: "Britain met France in Paris after condemning the
    strikes" (Britain condemns)."""
    if depth > 6:
        return None
    for child in sorted(verb.children, key=lambda c: c.dep_ == "csubj"):  # a bare word read as a
        # clausal subject beside the real one: "Visiting Chinese Foreign Minister Wang Yi met ..."
        if child.dep_ in ("nsubj", "csubj") or (depth and child.dep_ == "nsubjpass"):
            return child
    hung = on_auxiliary(verb)
    if hung is not None:
        return hung
    governor = verb.head
    if governor.i == verb.i:
        return None
    if verb.dep_ == "xcomp":  # "prompting X to warn": X warns; "X tried to meet": X meets
        obj = next((c for c in governor.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
    if infinitive_of_object(verb):  # "Latvia announced plans to expel Russian diplomats": Latvia's
        owner = next((c for c in governor.children if c.dep_ == "poss"), None)
        return owner if owner is not None else subject(governor.head, depth + 1)
    if words is not None and written_by_another(verb, governor, words):
        # "France issued a statement condemning the coup": the statement's author condemns;
        # "In a statement condemning the raid, Iraq said ...": the clause's subject
        return subject(governor.head if governor.dep_ == "dobj" else governor.head.head, depth + 1, words)
    if verb.dep_ in ("acl", "relcl") and governor.pos_ in ("NOUN", "PROPN", "PRON"):
        return governor  # "strikes targeting X": the strikes target X
    decision = decision_before(verb)
    if decision is not None:  # "angered by a court ruling to continue to detain X": the court's
        return decision
    if verb.dep_ == "pcomp":
        preposition, governor = governor, governor.head
        if words is not None and preposition.lower_ in words.clause_gerund_prepositions:
            return None  # "X visits Cairo as fighting rages": the fighting is no one's here
        if preposition.lower_ == "by":  # "X condemned Y by attacking Z": X attacks
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children):
                return None  # "civilians were displaced by fighting between X and Y": they do not fight
        elif words is None or preposition.lower_ not in words.subject_gerund_prepositions:
            obj = next((c for c in governor.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:  # "accused him of threatening witnesses": he threatens
                return obj
    return subject(governor, depth + 1, words)


def written_by_another(verb, governor, words) -> bool:
    """Whether ``verb`` is a participle describing what a document says (the settings'
    ``statement_nouns``: "a statement condemning the coup", "a communique urging restraint")
    whose author the noun does not name itself (no possessor, no "by"/"from" phrase) but the
    clause does: the noun is the object of its verb ("Kenya issued a statement criticizing
    Tanzania") or follows "in" before the clause's verb ("In a letter urging Israel to ...,
    Egypt said"). The author says it, as in "Kenya criticized Tanzania in a statement"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or governor.pos_ != "NOUN":
        return False
    if governor.lemma_.lower() not in words.statement_nouns:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")) for c in governor.children):
        return False  # "the ministry's statement condemning Israel": the ministry, in the noun
    if governor.dep_ == "dobj":
        return governor.head.pos_ in ("VERB", "AUX")
    preposition = governor.head
    return (governor.dep_ == "pobj" and preposition.lower_ == "in" and preposition.dep_ == "prep"
            and preposition.head.pos_ == "VERB")


def infinitive_of_object(verb) -> bool:
    """An infinitive describing a verb's object, a noun: "announced plans to expel X", "expressed
    its readiness to mediate" (done, if at all, by the verb's subject or the noun's owner)."""
    return (verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def on_auxiliary(verb):
    """A subject the parser hung on the verb's auxiliary, when a parenthesis parts them: "Iraq
    has, for the first time, condemned Turkish strikes" ("Iraq" is the subject of "has")."""
    return next((c for aux in verb.children if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
                 for c in aux.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i), None)


def subjects(verb, words=None) -> list:
    """The verb's subject as candidates, best first: the parser may give a verb several (a
    misparse), and the nearest before the verb is the likeliest. A sub-heading glued to the
    sentence reads as a second subject ("Reactions abroad The Arnor foreign minister voiced
    regret and urged Gondor to ...": the minister urges); a name split into tokens reads as
    several ("Arnor's king, Sheikh Elendil bin Isil al-Anor urged ...": the first that holds an
    actor). Subjects a comma parts keep the parse's order: "Gondorian youths took to hurling
    rocks at the troops, officials said" (the youths hurl them)."""
    found = subject(verb, words=words)
    if found is None or found.dep_ not in ("nsubj", "csubj", "nsubjpass"):
        return [found] + done_by(found)
    if done_by(found):
        return [found] + done_by(found)
    head = found.head
    same = [c for c in head.children if c.dep_ == found.dep_]
    if len(same) < 2 or any(t.text == "," for t in head.doc[same[0].right_edge.i:same[-1].left_edge.i]):
        return same
    return [c for c in reversed(same) if c.i < head.i] + [c for c in same if c.i > head.i]


def done_by(noun) -> list:
    """Who did what a noun names, by the participle modifying it: "an offensive launched by
    Kenyan forces pushed the rebels out", "airstrikes carried out by Israeli jets killed 12",
    "a statement released by the ministry condemned the raid" (the forces push, the jets kill)."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [g for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for agent in acl.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]


def done_to(noun, words) -> list:
    """Whom what a noun names was done to, by the participle modifying it: "the sanctions
    imposed by Canada on Iran took effect" (Iran is sanctioned), "rockets fired by the militia
    into northern Israel", "aid flown by Japan to Turkey" (the noun's target prepositions on the
    participle, where the parser hangs them, or on the participle's "by" phrase: "imposed by
    the European Union on Iran"; not its "of" or "with", which name the doer's own kin: "by the
    president of Chad", "by Kenya with Rwanda"). So too on the noun's own "by" phrase: "the
    first visit by a Chinese leader to Serbia" (the parser hangs "to Serbia" on the leader)."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    participles = [acl for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"]
    doers = [g for acl in participles for agent in acl.children if agent.dep_ == "agent"
             for g in agent.children if g.dep_ == "pobj"]
    doers += prepositional(noun, ("by",))  # "the first visit by a Chinese leader to Serbia"
    on_doer = [p for p in words.noun_target_prepositions if p not in ("of", "with")]
    return ([g for acl in participles for g in prepositional(acl, words.noun_target_prepositions)]
            + [g for doer in doers for g in prepositional(doer, on_doer)])


# Nouns for a decision whose infinitive says what was decided: "a court ruling to detain X".
DECISION_NOUNS = frozenset({"ruling", "decision", "order", "verdict", "judgment", "judgement", "move",
                            "vote", "resolution", "directive", "decree"})


def decision_before(verb):
    """The decision noun an infinitive the parser hung on the verb of the clause stands right
    after: "X was angered by a court ruling on Monday to continue to detain Y", "X condemned the
    decision to expel Y" (the ruling's court detains, not X)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    before = verb.left_edge.i - 1
    for child in verb.head.children:
        heads = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ in ("agent", "prep") else [child]
        for noun in heads:
            if (noun.dep_ in ("dobj", "pobj") and noun.right_edge.i == before
                    and noun.lemma_.lower() in DECISION_NOUNS):
                return noun
    return None


def participle(verb) -> bool:
    """A past participle modifying a noun: "a reporter detained over his posts", "civilians
    killed by the strike" (passive: the noun is the target)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children))


def objects(verb, mentions: Mentions, symmetric: bool = False, code: str = "") -> list:
    """The direct object, the verb's prepositional objects, then the direct object's own
    ("restore ties with Gondor": the ties hold no actor, Gondor is the target). For an appeal,
    a demand, an accusation or a threat (the settings' ``clause_target_codes``), then the
    subject of its that-clause: "demanded that the US withdraw", "alleged that Sudan armed"."""
    view = mentions.view
    words, reading = view.words, view.reading
    direct = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    partner = object_partner(verb)  # "arrested and beat dozens of protesters": the object both share
    if partner is not None:
        direct = [c for c in partner.children if c.dep_ == "dobj"]
    made = direct if creates(verb, words) else []
    prepositions = words.symmetric_target_prepositions if symmetric else words.target_prepositions
    found = direct + prepositional(verb, prepositions)
    if verb.lemma_.lower() in words.reaction_verbs:  # the settlers condemned, not the Palestinians
        found = [g for obj in direct for g in judged_doers(obj)] + (misattached_by(verb) if direct else []) + found
    if not direct:  # the object displaced behind an "as" phrase: "denounced as a crime Gondor's raid"
        found += [a for o in prepositional(verb, ("as",)) for a in o.children if a.dep_ == "appos"]
        found += [o for o in prepositional(verb, ("as",)) if judged_object(o)]
        # read as the object of a visitor's modifier: "Xi hosted visiting Brazilian President Lula"
        found += [o for c in verb.children if visit_host(c, words) is not None
                  for o in c.children if o.dep_ == "dobj"]
    for modifier in verb.children:  # "marched close to the border with X"
        if modifier.dep_ in ("advmod", "acomp"):
            found += prepositional(modifier, prepositions)
    deeper = words.symmetric_target_prepositions if symmetric else words.nested_target_prepositions
    for obj in list(found):  # "acted on a resolution against X"; "signed a deal with X"
        found += nested(obj, deeper)
    if any(code.startswith(c) for c in words.asked_codes):  # the one asked: "demanded weapons from Germany"
        found = handed_over_by(direct, words) + found + prepositional(verb, words.asked_prepositions)
    if reading.code_intentions and (not code.startswith(STATEMENT) or code.startswith(CONSIDERED)):
        # "tried to assassinate X", "threatened to attack X", "is considering sanctioning X": the
        # action's target; a statement's is not ("claimed to be holding 50 soldiers", "hope to
        # persuade the government", "denied providing arms to the rebels")
        found += [o for clause in verb.children if clause.dep_ == "xcomp" and clause.pos_ in ("VERB", "AUX")
                  for o in objects(clause, mentions, symmetric, code)]
    if reading.clause_subject_target or any(code.startswith(c) for c in words.clause_target_codes):
        # after the verb only: "X will restore ties with Y, an official said" is a quote frame;
        # an allegation's quote is what it alleges: "'Y broke the truce,' X alleged"
        alleging = verb.lemma_.lower() in words.allegation_verbs
        found += [s for clause in verb.children if clause.dep_ == "ccomp" and (clause.i > verb.i or alleging)
                  for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    # the parties of a mediation: "offered to mediate between the two neighbors" (a phrase that
    # refers back, phrases._pair, which the mentions stage does not read)
    found += prepositional(verb, ("between", "among"))
    if reading.verb_phrase_target:
        heads = mentions.heads
        found += [t for t in view.verb_phrase(verb) if t.i - view.offset in heads]
    return [t for t in found if t not in made and not for_whom(t, verb, words)]


def judged_doers(deed) -> list:
    """Who did the deed a verb of reaction (the settings' ``reaction_verbs``) judges, by a "by"
    phrase on the deed, on its participle or on its "of"/"on"/"against" object, where the parser
    hangs it: the one judged, before those it was done to. "Jordan condemned the killing of
    Palestinians by Israeli settlers" (the settlers are condemned), "the attack on civilians by
    the rebels", "praised the work done by Kenyan police"."""
    return prepositional(deed, ("by",)) + done_by(deed) + [
        g for p in deed.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
        for pobj in p.children if pobj.dep_ == "pobj"
        for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"
        for g in by.children if g.dep_ == "pobj"]


def creates(verb, words) -> bool:
    """Whether the verb makes what its object names (the settings' ``creation_verbs``, a verb
    or a verb and its particle): "Hamas and Fatah agreed to form a unity government", "set up a
    commission" (the government, the commission are made, not acted on; "formed an alliance
    with Kenya" still targets Kenya)."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in words.creation_verbs or any(f"{lemma} {p}" in words.creation_verbs for p in particles)


def for_whom(token, verb, words) -> bool:
    """Whether the phrase names for whom the act is done, not to whom (the settings'
    ``proxy_nouns``, as the object of a preposition): "Ghana's president signed the deal on
    behalf of the West African bloc" (the bloc is no partner of the deal), "dockworkers went on
    strike in solidarity with the miners" (the miners are not struck against), also where the
    parser hangs the phrase on the verb beside the proxy ("protested in solidarity with the
    farmers"). "Expressed solidarity with Ukraine" names its object, no proxy phrase."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            break
        if ancestor.lower_ in words.proxy_nouns and ancestor.dep_ == "pobj":
            return True
    prep = token.head
    if prep.dep_ == "prep" and prep.head.i == verb.i and prep.i > 0:
        before = token.doc[prep.i - 1]
        return before.lower_ in words.proxy_nouns and before.dep_ == "pobj" and before.head.head.i == verb.i
    return False


def handed_over_by(direct: list, words) -> list:
    """Who is asked to hand someone over: "requested the extradition of two suspects from
    Tanzania" asks Tanzania, not the suspects, whom the extradition acts on (the settings'
    ``handover_nouns``, an object whose "of" phrase is given up by the one asked; "demanded the
    withdrawal of Turkish troops from its territory" asks the troops, who withdraw themselves)."""
    return [t for obj in direct if obj.lemma_.lower() in words.handover_nouns
            for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ in words.asked_prepositions]


def nested(phrase, prepositions, depth: int = 3) -> list:
    """Objects of prepositional phrases inside a phrase, nearest first, a few levels down:
    "welcomed a resumption of ties with Osgiliath" reaches Osgiliath."""
    found, level = [], [phrase]
    for _ in range(depth):
        # a participle's prepositions too: "targeted sites belonging to Iraqi forces"
        heads = level + [c for head in level for c in head.children if c.dep_ == "acl"]
        # and a participle's "by" phrase, whose holder the place is: "bombed a village held by rebels"
        held = [g for head in heads if head.dep_ == "acl" and "by" in prepositions
                for agent in head.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]
        level = held + [pobj for head in heads for pobj in prepositional(head, prepositions)]
        found += level
    return found


def prepositional(token, prepositions) -> list:
    """Objects of the token's prepositions, in the order of ``prepositions``."""
    found = []
    preps = [c for c in token.children if c.dep_ == "prep"]
    for word in prepositions:
        for prep in preps:
            if prep.lower_ == word:
                found.extend(g for g in prep.children if g.dep_ == "pobj")
    return found


def noun_arguments(noun, mentions: Mentions, dictionaries: Dictionaries, code: str = "") -> tuple:
    """Candidate sources and targets of an event noun."""
    words = mentions.view.words
    sources = [c for c in noun.children if c.dep_ == "poss"]
    sources += prepositional(noun, words.source_prepositions) + done_by(noun) + by_after_of(noun)
    targets = prepositional(noun, words.noun_target_prepositions) + done_to(noun, words)
    # "the Hamas attack on Israel", "the Russian military buildup": a name modifying the noun
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.drawing_verbs:
        verb = noun.head  # "Russia's attack drew condemnation from Poland": Poland condemns Russia
        sources += prepositional(verb, ("from",))
        targets += [subject(verb)]
    elif (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"
          and f"{noun.head.head.lemma_.lower()} {noun.head.lower_}" in words.drawing_verbs
          and not any(c.dep_ in ("dobj", "dative") for c in noun.head.head.children)):
        verb = noun.head.head  # "Serbia's president came under criticism from the EU": the EU criticizes him;
        # "Venezuela was hit with new U.S. sanctions": the United States sanctions it
        sources += modifiers + prepositional(verb, ("from",)) + passive_origin(verb, words)
        targets += [c for c in verb.children if c.dep_ == "nsubjpass"] + [subject(verb)]
    elif noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in words.attribution_verbs:
        # "the bombing was blamed on the rebels by the army": the rebels bomb, the army blames
        sources += modifiers + prepositional(noun.head, ("on", "to"))
    elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head  # "X held talks with Y", "X launched an attack on Y"
        event_verb = any(e.kind == "verb" for e in dictionaries.events.get(verb.lemma_.lower(), ()))
        if verb.lemma_.lower() in words.reaction_verbs:  # "the EU welcomed the release of X":
            sources += modifiers  # another's act the subject judges, never the subject's own
        elif verb.lemma_.lower() in words.undergoing_verbs:  # "civilians fled the fighting":
            sources += modifiers  # what the subject undergoes or escapes, done by others
        elif event_verb:  # "Israel condemned the Hamas attack"
            sources += modifiers + [subject(verb)]
        else:  # a light verb: "Israel carried out the Gaza offensive"
            sources += [subject(verb)] + modifiers
        if noun.dep_ == "nsubjpass":  # "aid was sent from Japan to the flood victims": Japan's
            sources += passive_origin(verb, words)
        targets += prepositional(verb, words.target_prepositions)
    elif noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and noun.head.lower_ in ("in", "into"):
        verb = noun.head.head  # "X engaged Y in a firefight", "X drew Y into talks"
        sources += modifiers + [subject(verb)]
        if any(e.kind == "noun" and e.symmetric for e in dictionaries.events.get(noun.lemma_.lower(), ())):
            # "X was killed in a clash with Y": X was one side of it (not of a one-sided
            # "attack", whose victims are no attackers)
            sources += [c for c in verb.children if c.dep_ == "nsubjpass"]
        targets += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    elif occasion(noun, words, code):  # "X said during a visit to Y": X visits Y
        sources += modifiers + [subject(noun.head.head)]
    else:
        sources += _agent_of_modifiers(noun, modifiers, mentions) + modifiers
    return sources, targets


def _agent_of_modifiers(noun, modifiers: list, mentions: Mentions) -> list:
    """The noun itself, standing for its modifiers together, when they are a state's name and
    an agent that the parser hung on the noun side by side: in the headline "Colombian army
    clashes with rebels in Cauca" ("clashes" read as a noun) the doer is the Colombian army
    (COLMIL, the phrase's actor), not "Colombian" alone (COL). [] for one modifier, or for
    modifiers that are not a name and an agent ("the Hamas attack")."""
    name_at = mentions.view.name_at
    offset = mentions.view.offset
    found = [name_at.get(m.i - offset) for m in modifiers]
    if (len(modifiers) < 2 or any(n is None for n in found)
            or not any(n.code for n in found) or not (found[-1].role and modifiers[-1].dep_ == "compound")
            or modifiers[-1].i + 1 != noun.i):
        return []
    return [noun]


def by_after_of(noun) -> list:
    """The "by" phrase the parser hung on an event noun's "of" object, which names the noun's
    doer: "the arrest of the opposition leader by Senegalese police" (police arrest), "the
    expulsion of Russian diplomats by Germany"."""
    return [g for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for pobj in of.children if pobj.dep_ == "pobj"
            for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"
            for g in by.children if g.dep_ == "pobj"]


def passive_origin(verb, words) -> list:
    """Who did what a passive verb's subject names: its "by" phrase, else where it went from,
    when the verb also says where it went ("aid was sent from Japan to the flood victims in
    Pakistan": Japan gives it; "aid was withheld from Gaza" names no giver)."""
    by = [g for agent in agents_of(verb) for g in agent.children if g.dep_ == "pobj"]
    if by or not prepositional(verb, ("to", "into")):
        return by
    return prepositional(verb, [p for p in words.source_prepositions if p != "by"])


def occasion(noun, words, code: str) -> bool:
    """The event noun names the occasion of its clause, done by the clause's subject: "the
    minister spoke during a visit to Ghana", "Ruto, on a trip to Kampala, signed ..." (the
    settings' ``occasion_prepositions``, a word or a word and the one after it: "on a", for the
    ``occasion_codes``)."""
    preposition = noun.head
    if not (noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in ("VERB", "AUX")
            and any(code.startswith(c) for c in words.occasion_codes)):
        return False
    after = preposition.nbor(1).lower_ if preposition.i + 1 < len(preposition.doc) else ""
    return any(entry in (preposition.lower_, f"{preposition.lower_} {after}") for entry in words.occasion_prepositions)


def between(noun, mentions: Mentions) -> list:
    """The actors of "talks between X and Y", "clashes among X, Y and Z"; also of the clause the
    noun is the subject of, where the parser hangs the phrase on the verb: "fighting broke out
    between the army and the RSF", "clashes erupted between police and protesters"."""
    heads = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
                      else [])
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    for prep in preps:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is not None:
            return mentions.actors_at(pobj)
    return []


def misparsed_subject(word: EventWord, verb, mentions: Mentions, sources: list, targets: list, heads: list) -> list:
    """A finite verb the parse gave no subject (a misparse: "Trump imposed tariffs" with "Trump"
    read as a verb, a headline): the nearest actor before it in its clause, as PETRARCH's
    source. A gerund or participle may lack one by the grammar ("displaced by fighting between
    X and Y"): it takes only a name the parser left outside every noun phrase."""
    finite = (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
              # "Trump at first imposed tariffs" read as a noun phrase "Trump" with a clause
              # hung on it: no clause hangs on a noun sentence root but a misparsed main verb
              or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"))
    if finite and verb.dep_ != "pcomp":
        return source_before(word, mentions, sources, targets, heads)
    view = mentions.view  # else only a name the parser left outside every noun phrase: "Trump" as a verb
    for name in reversed(view.names):
        if name.end > word.start:
            continue
        if any(t.text == "," for t in view.span[name.end:word.start]):
            break
        if name.code and name.start not in mentions.chunk_end:
            return mentions.actors_at(view.span[name.end - 1])
    return []


def source_before(word: EventWord, mentions: Mentions, sources: list, targets: list, heads: list) -> list:
    """PETRARCH's source: the parse's subject when it stands before the verb and is not the
    target again; a subject after the verb is none. When the parse finds no subject phrase
    at all (a misparse) or only the target again, the nearest phrase before the verb that
    holds another actor, looking back no further than a comma that delimits a clause. (A
    subject without an actor, "the statement by X comes", stays without one: PETRARCH
    would take X, which real text rarely means.)"""
    view = mentions.view
    start = word.start
    taken = {t.code for t in targets}
    if sources and all(a.start < start for a in sources) and not {a.code for a in sources} <= taken:
        return sources
    if sources and not {a.code for a in sources} <= taken:
        return []  # the subject stands after the verb: "Rebuked by X, ..., Y is drawn"
    if not sources and any(h is not None and h.i - view.offset not in view.dropped for h in heads):
        return []  # a subject the parse found, holding no actor
    for begin, end, head in reversed(mentions.phrases):  # nearest first
        if begin >= start:
            continue
        if any(t.text == "," and t.i - view.offset not in view.dropped for t in view.span[end:start]):
            break
        found = [a for a in mentions.actors_at(head) if a.code not in taken]
        if found:
            return found
    return []

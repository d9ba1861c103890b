"""The assembly stage: events from an event word's sources and targets, with provenance.

Every source pairs with every target (coordinated actors give an event each); a symmetric
action between several actors gives one each way ("X and Y met"); PETRARCH's readings without
``require_target`` give a null target "---" when the verb's phrase holds a noun phrase without
an actor. A reverse code ("032:033", a visit and its hosting) adds the event from the target
back to the source. The same (source, target, code) is coded once per sentence: "imposed
sanctions on X" is one event, from the verb and from its noun.
"""

from __future__ import annotations

from itertools import permutations
from typing import Optional

from ..codebook import Codebook
from ..model import Actor, Event
from ..nlp import Sentence
from .arguments import Arguments
from .implied import OWN_HOME
from .triggers import EventWord
from .view import SentenceView

NULL_TARGET = Actor("---", "", 0, 0)
IMPLIED = "(implied"  # the text of a target CAMEO implies (arguments.implied_target)


def pairs(word: EventWord, arguments: Arguments, view: SentenceView) -> tuple:
    """([(source, target)], why there are none): who acts on whom."""
    sources, targets = arguments.sources, arguments.targets
    found = [(s, t) for s in sources for t in targets
             if s.code != t.code or t.text == OWN_HOME or _own_place(s, t, arguments)]
    if arguments.symmetric and sources and not targets and len(sources) >= 2:
        # "X and Y met": each with the other. Two objects with no subject ("travels will include
        # meeting X and Y") are met by somebody else, not by each other.
        found = [(s, t) for s, t in permutations(sources, 2) if s.code != t.code]
    elif not targets and not view.reading.require_target and view.holds_phrase(view.span[word.start]):
        found = [(s, NULL_TARGET) for s in sources]  # PETRARCH's null target
    found, press = _without_press(word, found, view)
    before, found = bool(found), _abroad(word, found, view)
    if before and not found:
        return [], "a visit to a place or body of the visitor's own country (domestic_visit_codes)"
    cargo = _cargo_subject(word, view) if found else None
    if cargo is not None:
        return [], f"'{cargo}' is goods or travellers, no visitor (cargo_nouns)"
    if found:
        return found, None
    if press:
        return [], f"speaking to or through {press} is speaking in public (no_consultation_roles)"
    return [], ("no source actor" if not sources else "no target actor" if not targets
                else "source and target are the same actor")


def _own_place(source: Actor, target: Actor, arguments: Arguments) -> bool:
    """Whether a state acts at home on a place of its own that the sentence names, for an act
    CAMEO codes on the actor's own country (implied_targets ``home``: a curfew, a state of
    emergency, restrictions): "Kenya imposes curfew in Mombasa" is KEN 1723 KEN, as "Kenya
    imposed a curfew" is; the city names the state again, no second party."""
    return arguments.at_home and len(target.code) == 3 and target.code.isalpha() and source.code == target.code


def _without_press(word: EventWord, found: list, view: SentenceView) -> tuple:
    """The pairs without those whose target holds one of the settings' ``no_consultation_roles``
    when the word codes a consultation or a statement (``public_speech_codes``): "the minister
    told Reuters the talks had failed" is no telephone call with Reuters, "the president
    announced on social media that he would resign" no statement to the media (the channel).
    (pairs, the words of a target left out)."""
    roles = view.words.no_consultation_roles
    if not roles or not any((word.code or "").startswith(c) for c in view.words.public_speech_codes):
        return found, None
    kept = [(s, t) for s, t in found if not _has_role(t.code, roles)]
    left = next((t.text for s, t in found if _has_role(t.code, roles)), None)
    return kept, left


def _abroad(word: EventWord, found: list, view: SentenceView) -> list:
    """The pairs of a visit (the settings' ``domestic_visit_codes``) without those whose two
    sides share a country: "Prime Minister Modi visited a hospital in Mumbai", "the Nigerian
    president visited flood-hit areas of Borno state" are a leader at home, no diplomatic visit
    (INDGOV and INDHLH, NGAGOV and NGA); "Modi visited Nepal" is one."""
    if not any((word.code or "").startswith(c) for c in view.words.domestic_visit_codes):
        return found
    return [(s, t) for s, t in found if not (_state(s, view) and _state(s, view) == _state(t, view))]


def _state(actor: Actor, view: SentenceView) -> str:
    """The actor's country (its base's first three letters), "" for none or a non-state actor."""
    base = (actor.base or "")[:3]
    return base if base.isalpha() and base.lower() not in view.words.non_state_prefixes else ""


def _by_unarmed(code: str, source: Actor, target: Actor, view: SentenceView) -> str:
    """The code of force used between people who bear no arms (the settings' ``unarmed_roles``,
    every role of both codes one of them): the assault its ``unarmed_force_codes`` give. "German
    fans attacked English supporters in Marseille" is DEUCVL 182 GBRCVL, a brawl, not
    conventional military force (190); "German troops attacked English fans" stays 190, and so
    does "inmates clashed with guards" (the guards bear arms: one clash, one code)."""
    if not (_unarmed(source, view) and _unarmed(target, view)):
        return code
    return _recoded(code, view.words.unarmed_force_codes)


def _by_officials(code: str, source: Actor, view: SentenceView) -> str:
    """The code of dissent voiced by a state's officials (the settings' ``official_roles``, or a
    bare country): the formal complaint its ``official_protest_codes`` give. "Vietnam protests
    Chinese seizure of fishing boat" is VNM 114 CHN, not a demonstration (140); "students
    protested outside the Chinese embassy" and "thousands of Kenyans protested" (a people, not
    the state's name alone) stay 140."""
    if not _official(source, view):
        return code  # "thousands of Kenyans protested": a people, no state's officials
    return _recoded(code, view.words.official_protest_codes)


def _official(source: Actor, view: SentenceView) -> bool:
    """Whether the actor is a state's officials: every role one of the settings'
    ``official_roles``, or the state's name alone (not its people)."""
    if not _state(source, view):
        return False
    roles = _roles(source.code)
    return bool(roles and all(r in view.words.official_roles for r in roles) or not roles and source.kind == "state")


def _by_leaving(code: str, source: Actor, target: Actor, view: SentenceView) -> str:
    """The code of a state (or its officials, as ``_by_officials`` reads them) leaving an
    international organisation: the settings' ``organisation_exit_codes`` give reduced relations
    for a retreat or a resignation whose target is an IGO. "Chile withdrew from UNESCO" and
    "Oman quit OPEC" are CHL 160 IGOUNOEDU and OMN 160 IGOBUSOPC, no military retreat (0874) nor
    a change of leadership (0831); "Chilean troops withdrew from the town" and "the minister
    quit" stay, and so do troops retreating by a UN base (no state's officials)."""
    if not target.code.startswith("IGO") or not view.words.organisation_exit_codes or not _official(source, view):
        return code
    return _recoded(code, view.words.organisation_exit_codes)


def _recoded(code: str, pairs: tuple) -> str:
    """``code`` as the settings' "FROM:TO" pairs give it, else unchanged."""
    for pair in pairs:
        old, _, new = pair.partition(":")
        if code == old and new:
            return new
    return code


def _roles(code: str) -> list:
    """The three-letter roles of an actor code after its country (or "---"), lower case as the
    settings' word lists are."""
    return [code[k:k + 3].lower() for k in range(3, len(code), 3)]


def _unarmed(actor: Actor, view: SentenceView) -> bool:
    """Whether the actor has roles and every one is one of the settings' ``unarmed_roles``."""
    roles = _roles(actor.code)
    return bool(roles) and all(r in view.words.unarmed_roles for r in roles)


def _cargo_subject(word: EventWord, view: SentenceView) -> Optional[str]:
    """The subject of a verb coding a visit (042), or the object of one coding a host (043), when
    it is goods or private travellers, not a visitor: "the first shipment of Russian vaccines
    bought by Egypt arrived in Cairo" is no Russian visit to Egypt, "Egypt received a shipment of
    Russian wheat" hosts nobody, "hundreds of Afghan migrants arrived in Germany" is no Afghan
    visit (the settings' ``cargo_nouns``, the phrase's head or the head of its "of" phrase; the
    actor is only the goods' maker or the travellers' country)."""
    code = word.code or ""
    if word.entry.kind != "verb" or not code.startswith(("042", "043")):
        return None
    roles = ("nsubj", "nsubjpass") if code.startswith("042") else ("dobj",)
    phrase = next((c for c in view.span[word.start].children if c.dep_ in roles), None)
    if phrase is None:
        return None
    heads = [phrase] + [g for p in phrase.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
    if any(h.lemma_.lower() in view.words.cargo_nouns for h in heads):
        return phrase.text
    return None


def _has_role(code: str, roles: frozenset) -> bool:
    """Whether an actor code (a country or "---", then three-letter roles) holds one of ``roles``
    (the settings' word lists are lower case)."""
    return any(r in roles for r in _roles(code))


def events(word: EventWord, found: list, sentence: Sentence, date: Optional[str], view: SentenceView,
           codebook: Codebook, intent: Optional[str] = None) -> list:
    """An event per (source, target) pair, then the reverse code's events (target to source).
    A stance is coded with its code (``intent``: the codebook's intents, refusals, demands or
    appeals) and has no reverse: "X will visit Y" is X's intent to meet, Y hosts nobody."""
    if intent is not None:
        return [event(word, s, t, intent, sentence, date, view, codebook) for s, t in found]
    made = [event(word, s, t, _by_leaving(_by_officials(_by_unarmed(word.code, s, t, view), s, view), s, t, view), sentence, date, view, codebook)
            for s, t in found]
    if word.reverse:
        made += [event(word, t, s, word.reverse, sentence, date, view, codebook) for s, t in found if t.code]
    return made


def event(word: EventWord, source: Actor, target: Actor, code: str, sentence: Sentence, date: Optional[str],
          view: SentenceView, codebook: Codebook) -> Event:
    """One event with its provenance: the words of the actors and the verb, the pattern that fired."""
    info = codebook[code]
    return Event(
        story_id=sentence.story_id, sentence_id=sentence.sentence_id, date=date, source=source.code,
        target=target.code, code=info.code, label=info.label, root=info.root, quad_class=info.quad_class,
        goldstein=info.goldstein, source_text=source.text, verb_text=view.span[word.start:word.end].text,
        target_text=target.text, pattern=word.rule, sentence=sentence.text)


def unique(coded: list) -> list:
    """The events, each (source, target, code) once, in order."""
    seen, result = set(), []
    for e in coded:
        key = (e.source, e.target, e.code)
        if key not in seen:
            seen.add(key)
            result.append(e)
    return result


def without_implied_repeats(coded: list) -> list:
    """An implied target is a last resort: "Protesters burned tyres and clashed with the police"
    is one riot against the police, not a second one against the government."""
    named = {(e.source, e.root) for e in coded if not e.target_text.startswith(IMPLIED)}
    return [e for e in coded if not (e.target_text.startswith(IMPLIED) and (e.source, e.root) in named)]

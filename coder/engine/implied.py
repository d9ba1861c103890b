"""Implied targets: whom CAMEO says an event targets when its sentence names none.

Part of the arguments stage, kept apart: a protest targets the government of the place where it
happens (else the protesters' own, or whom it makes demands of), a bombing the country of its
place, a resignation the actor's own country (the codebook's ``implied_targets``).
"""

from __future__ import annotations

from ..model import Actor
from .mentions import Mentions
from .phrases import story_country


PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "across", "throughout", "around", "inside")
# The words of a `home` implied target, the acting state's own people: "Ethiopia declared a state
# of emergency" is Ethiopia's act on its own country (ETH 1724 ETH), no self-pair to drop.
OWN_HOME = "(implied: the actor's own country, at home)"


def object_partner(verb):
    """The verb coordinated right after one without an object, whose object both share: "police
    arrested and beat dozens of protesters", "the ministry condemned and rejected the decision",
    "troops raided and searched homes in Jenin" (the parser hangs the object on the second verb
    only). None when the second has a subject of its own ("Russia withdrew and Ukraine retook the
    town") or no object, or words other than "and" / "or" part the two ("attacked the town on
    Monday and seized the bridge" gives "attacked" an object of its own anyway)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "obj", "ccomp", "xcomp", "auxpass", "nsubjpass")
                                  for c in verb.children):
        return None
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if partner is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in partner.children):
        return None
    if not all(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in verb.doc[verb.i + 1:partner.i]):
        return None
    return partner if any(c.dep_ == "dobj" for c in partner.children) else None


def implied_target(kind: str, token, sources: list, mentions: Mentions, code: str = "") -> list:
    """The target CAMEO implies for an event whose sentence names none: the country of the place
    where it happens ("protested in Nairobi", "a bomb exploded in Kabul"), as its government
    for a protest (``government``); else, for a protest or a concession (``country``: "the
    president resigned"), the actor's own government or country; not for a state named alone,
    which is its government: "Norway demanded an apology" makes no demand of Norway (while
    "thousands of Kenyans demanded lower taxes" is the people's demand of their government)."""
    view, words = mentions.view, mentions.view.words
    partner = object_partner(token)  # "raided and searched homes in Jenin": the raid's place too
    verbs = [token] if partner is None else [token, partner]
    places = [g for verb in verbs for t in [verb, *view.verb_phrase(verb)]
              if t.dep_ == "prep" and t.lower_ in PLACE_PREPOSITIONS
              and (t.head.i == verb.i or t.head.i in {x.i for x in view.verb_phrase(verb)})
              for g in t.children if g.dep_ == "pobj"]
    for place in places:
        states = [a.base[:3] for a in mentions.actors_at(place)
                  if a.base and a.base[:3].isalpha() and a.base[:3].lower() not in words.non_state_prefixes]
        if states:
            code = states[0] + ("GOV" if kind == "government" else "")
            return [Actor(code, f"(implied by {place.text})", place.i - view.offset, place.i - view.offset + 1,
                          False, states[0])]
    if kind == "place":
        return unnamed_place(verbs[-1], places, mentions, sources)
    if kind == "host":
        return story_host(sources, mentions)
    if kind == "government" and code.startswith("14"):  # "a hunger strike to demand the resignation of the Algerian president"
        verb = token.head if token.dep_ == "dobj" else token  # "continued their hunger strike to demand ..."
        from .arguments import for_whom  # "protested in solidarity with the farmers": for them
        named = [a for t in view.verb_phrase(verb) if t.i - view.offset in mentions.heads
                 and not for_whom(t, verb, words)
                 for a in mentions.actors_at(t) if a.base and a.base[:3].isalpha()
                 and a.base[:3].lower() not in words.non_state_prefixes and a.code not in {s.code for s in sources}]
        if named:
            return [Actor(named[0].code, f"(implied: whom it demands of, {named[0].text})", named[0].start,
                          named[0].end, False, named[0].base)]
    if kind in ("government", "country", "home"):
        own = [a.base[:3] for a in sources if a.base and a.base[:3].isalpha()
               and a.base[:3].lower() not in words.non_state_prefixes and not (kind == "government" and state(a))]
        if own:
            code = own[0] + ("GOV" if kind == "government" else "")
            return [Actor(code, OWN_HOME if kind == "home" else "(implied: the actor's own country)", 0, 0,
                          False, own[0])]
    return []


def state(actor) -> bool:
    """Whether the actor is a state named alone ("Norway", "Paris"), no people or agency of it."""
    return actor.kind == "state" and actor.code == actor.base[:3]


def story_host(sources: list, mentions: Mentions) -> list:
    """The story's country as the host of a visit that names none, when the visitors are of
    another: "Rescue teams from Uganda have arrived to help", in a story about floods in Kenya,
    visit Kenya; "the president arrived back in the capital" (a visitor of the story's own
    country) and a visitor of no known country visit no one."""
    state = story_country(mentions.context.states)
    visitors = {a.base[:3] for a in sources if a.base}
    if state is None or not visitors or state in visitors:
        return []
    return [Actor(state, "(implied: the story's country, the host)", 0, 0, False, state)]


def unnamed_place(token, places: list, mentions: Mentions, sources: list = ()) -> list:
    """The story's country for an attack on a place it does not name: "rebels attacked villages
    near the border", in a story about the Central African Republic, targets the CAR, as "in
    the Central African Republic" would (a place noun of the settings' ``place_nouns``, as the
    object or after a place preposition). Only the country of the story's earlier sentences
    counts: the attackers' own country ("Rwandan troops attacked villages") says nothing of
    where the villages are. A story's first sentence (its headline) has none: there the country
    its agents take (the state the main clause's subject names) counts, when the attackers are
    agents that name no state of their own: "Mali urges families to go home after jihadists
    attack villages" (the villages are Mali's, as the jihadists are)."""
    nouns = mentions.view.words.place_nouns
    unnamed = next((o for o in [*(c for c in token.children if c.dep_ == "dobj"), *places]
                    if o.lemma_.lower() in nouns), None)
    state = story_country(mentions.context.states) if unnamed is not None else None
    if state is None and unnamed is not None and not mentions.context.states and sources and not any(
            names_a_state(s, mentions) or " (= " in s.text for s in sources):  # nor a pronoun: "its"
        state = mentions.country
    if state is None:
        return []
    at = unnamed.i - mentions.view.offset
    return [Actor(state, f"(implied: the story's country, by {unnamed.text})", at, at + 1, False, state)]


def names_a_state(actor, mentions: Mentions) -> bool:
    """Whether the actor's words hold a name of a state ("Rwandan troops"), not only an agent
    that took the sentence's country ("jihadists")."""
    non_state = mentions.view.words.non_state_prefixes
    return any(n.code and n.start >= actor.start and n.end <= actor.end
               and any(c[:3].isalpha() and c[:3].lower() not in non_state for c in n.code.split("/"))
               for n in mentions.view.names)

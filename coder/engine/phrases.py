"""The mentions stage, first part: the actors a noun phrase stands for.

A noun phrase's code is composed from the names the sentence view found in it: "Iraqi police" is IRQ + COP = IRQCOP; a named actor
with a role of its own ("al-Sudani", IRQGOV) is used as it is; an agent with no actor is "---"
+ role. Which tokens belong to a noun phrase is read off the dependency parse: its modifiers,
possessives, appositions and "of" phrases, but not relative clauses or other prepositional
phrases ("strikes on Iran-backed forces" are not Iran's).
"""

from __future__ import annotations

import re

from collections import Counter
from itertools import islice
from operator import attrgetter
from dataclasses import replace
from typing import Iterator, Optional

from ..dictionary import Settings
from ..model import Actor
from .tokens import span_text
from .view import CROWD, SentenceView

# Dependents that stay inside a noun phrase (with "of" phrases, handled apart).
PHRASE_DEPS = frozenset({
    "compound", "amod", "nmod", "poss", "det", "appos", "flat", "nummod", "npadvmod", "case",
    "quantmod", "predet", "nn", "punct", "cc", "conj",
})


BY_INDEX = attrgetter("i")  # tokens in their order in the doc


def conjuncts(token) -> list:
    """The token and the tokens coordinated with it: "Iraq and the United States"."""
    result, stack = [], [token]
    while stack:
        t = stack.pop()
        result.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(result, key=BY_INDEX)


def _of_after_conjunct(head) -> dict:
    """The "of" phrases the parser hung on the first of coordinated nouns although they follow a
    later one, by the later one: "X's sheep and goats of Y" are the goats of Y."""
    conjuncts_ = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    moved = {}
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            before = [c for c in conjuncts_ if c.i < prep.i]
            if before:
                moved[prep.i] = max(before, key=lambda c: c.i)
    return moved


def _of_a_deed(of) -> bool:
    """An "of" phrase that names a deed, the parser's reading of a gerund as a noun: "accused the
    military of bombing civilians" ("bombing" a compound of "civilians", the phrase hung on
    "military"): what the military is accused of, not part of its name (no MILCVL)."""
    return any(g.dep_ == "pobj" and any(c.dep_ == "compound" and c.tag_ == "NN" and c.lower_.endswith("ing")
                                        and c.i == of.i + 1 for c in g.children) for g in of.children)


def phrase_tokens(head, words: Settings) -> list:
    """The tokens of the noun phrase headed by ``head``, without its own conjuncts."""
    non_member = words.non_member_modifiers
    inside, stack = {head}, [head]
    away = _of_after_conjunct(head)  # "of" phrases that belong to a later conjunct
    if head.dep_ == "conj" and head.head.i != head.i:
        stack += [head.doc[k] for k, owner in _of_after_conjunct(head.head).items() if owner.i == head.i]
        inside.update(stack)
    while stack:
        t = stack.pop()
        for child in t.children:
            if t is head and (child.dep_ in ("conj", "cc") or child.i in away):
                continue
            if child.dep_ == "prep":
                if child.lower_ != "of" or t.pos_ not in ("NOUN", "PROPN") or _of_a_deed(child):
                    continue
            elif child.dep_ == "pobj":
                pass
            elif child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "amod" and child.lemma_.lower() in non_member:
                continue
            inside.add(child)
            stack.append(child)
    return sorted(inside, key=BY_INDEX)


def compose(head, view: SentenceView, earlier, country: Optional[str] = None) -> Optional[Actor]:
    """The (first) actor of the noun phrase headed by ``head`` (a spaCy token), or None."""
    found = compose_all(head, view, earlier, country)
    return found[0] if found else None


def compose_all(head, view: SentenceView, earlier, country: Optional[str] = None) -> list:
    """The actors of the noun phrase headed by ``head``: usually one; several when the phrase
    coordinates names the parse did not split ("Arnor, Calenardhon and the evil Gondor") or an
    agent's place phrase names several ("officials in Fornost and Gondor").

    ``earlier`` are the actors seen before this phrase in the story, latest last: a pronoun
    refers to the last of them. ``country`` is the story's (``story_country``), for an agent
    with no country of its own.
    """
    # A phrase that names an actor stands for the same actors whatever came before it (only a
    # phrase without one looks back: a pronoun, a surname, "the group"): found once per
    # sentence, though the mentions stage and the arguments stage both ask.
    found = view._composed.get(head.i)
    if found is not None:
        return list(found)
    tokens, names = _phrase_names(head, view)
    found = _compose_all(head, view, tokens, names, earlier, country)
    if any(n.code for n in names):
        view._composed[head.i] = found
        return list(found)
    return found


def generic_plural(head, names: list, view: SentenceView) -> bool:
    """A bare plural of the settings' ``generic_plural_nouns`` whose phrase names no one but
    itself: any such body, no actor. "Governments must stop funding militias, the Dutch
    minister said" asks no government of the story; "the two governments", "Arab
    governments", "governments of the region" are actors. A quantifier of the settings'
    ``generic_quantifiers`` leaves it as bare, and makes one of ``dyad_nouns`` ("the two
    sides") with nothing describing it as generic: "China urged all parties to avoid
    provocations" asks no political party of the story, nor its dyad (which may hold China's
    own side); "all the parties", "all Libyan parties" name their own, "all opposition
    parties" are the opposition, and "all warring parties" stays as it was read."""
    words, lemma = view.words, head.lemma_.lower()
    quantified = any(c.dep_ in ("det", "predet") and c.lower_ in words.generic_quantifiers for c in head.children)
    if head.tag_ != "NNS" or not (lemma in words.generic_plural_nouns or quantified and lemma in words.dyad_nouns):
        return False  # "all parties", "all sides": the dyad's nouns, quantified
    if any(c.dep_ in ("det", "poss", "nummod", "predet") and c.lower_ not in words.generic_quantifiers
           for c in head.children):
        return False
    offset = view.offset
    if lemma not in words.generic_plural_nouns:  # "all parties", not "all opposition parties"
        if any(c.dep_ in DESCRIBING_DEPS for c in head.children):
            return False  # "all warring parties", "all parties to the conflict"
        return all(n.start == head.i - offset == n.end - 1 and not n.code for n in names)
    return all(n.start <= head.i - offset < n.end and not n.code for n in names)


def _phrase_names(head, view: SentenceView) -> tuple:
    """The tokens of the phrase headed by ``head`` and the dictionary names among them."""
    tokens = phrase_tokens(head, view.words)
    name_at, offset, found = view.name_at, view.offset, {}
    for t in tokens:
        name = name_at.get(t.i - offset)
        if name is not None:
            found.setdefault(name.start, name)  # names do not overlap: one start, one name
    names = list(found.values())
    # "the towns of Kaya and Bazoum": a place, no president Bazoum
    return tokens, [n for n in names if not (n.person and _names_a_place(view.span[n.end - 1], view.words))]


def _compose_all(head, view: SentenceView, tokens: list, names: list, earlier, country: Optional[str]) -> list:
    offset, words, reading = view.offset, view.words, view.reading
    if generic_plural(head, names, view):
        return []
    apart = _name_apart(head, names, view)
    if apart is not None:  # "The UN and aid groups": the UN, and aid groups of their own
        own = _name_actor(apart, head, view)
        agent = view.name_at.get(head.i - offset)
        cut = max(t.i for t in view.span[apart.end - 1].subtree if view.name_at.get(t.i - offset) is not agent)
        rest = [t for t in tokens if t.i > cut]
        return [own] + _compose_all(head, view, rest, [n for n in names if n is not apart], earlier, country)
    pronoun = _pronoun(tokens, words)
    if earlier and not any(n.code for n in names):
        pair = _pair(head, tokens, view, earlier) or ([] if names else _group_referent(head, tokens, view, earlier))
        if pair:
            return pair
    if not names and pronoun is None and (
            reading.first_actor_in_phrase or not earlier or _surname(head, view) is None):
        return []  # no name, no pronoun, no earlier person's surname: most noun phrases ("the talks")
    actors = [n for n in names if n.code]
    agents = [n for n in names if n.role]
    former = words.former_modifiers
    if agents and any(t.lower_ in former and t.dep_ in ("amod", "advmod", "compound") for t in tokens):
        agents = [replace(a, role="ELI") for a in agents]  # "Syria's ousted president": an elite
    head_name = view.name_at.get(head.i - offset)
    if head_name is not None and head_name not in names:
        head_name = None  # a person's name read as a place's
    # the phrase's extent, its tokens in order (``phrase_tokens``), read off the doc's tokens
    # directly: a one-sentence story composes several phrases, and a Span each cost as much
    doc_tokens = view.span.doc.tokens
    first, last = tokens[0].i, tokens[-1].i + 1
    while last - first > 1 and doc_tokens[last - 1].is_punct:
        last -= 1
    while last - first > 1 and doc_tokens[first].is_punct:
        first += 1
    start, end = first - offset, last - offset
    text = span_text(doc_tokens, first, last)
    if text.count("(") > text.count(")"):  # "the European Union (EU": drop the open bracket
        text = text[: text.rindex("(")].rstrip()

    subject = head.dep_ in ("nsubj", "nsubjpass")
    kind = ("plural" if head.tag_ in ("NNS", "NNPS") else
            "person" if (head_name is not None and head_name.person and head.lemma_.lower() not in words.collective_nouns
                         or _titled_name(head, head_name, agents, view)) else
            "state" if head.pos_ == "PROPN" and not agents and len(actors) == 1 and len(actors[0].code) == 3 else
            "group" if _collective(head, head_name, words) else "")

    roles = _coordinated_modifiers(agents, view) or [agents]
    # a title is an agent before the phrase's (last) person's name: "Prime Minister Ishiba"
    named = max((n.start for n in actors if n.person), default=None)

    def actor(bases: str, shown: str = text) -> list:
        """The phrase's actor; several for a name that stands for a group ("PRK/KOR") and for
        coordinated agent modifiers ("government and opposition leaders")."""
        return [Actor(with_roles(base, group, words, named), shown, start, end, subject, "" if base == "---" else base, kind)
                for base in bases.split("/") for group in roles]

    against = _opposing(head, head_name, actors, view)
    if against is not None:  # "critics of the Hungarian government": Hungarians against it
        return [Actor(against + "OPP", text, start, end, subject, against, kind)] if against else []
    ahead = _cataphora(pronoun, view) if pronoun is not None and not actors and reading.skip_dated_background else None
    if ahead is not None:  # "After it had detained them for a week, Uganda released the activists"
        return [Actor(with_roles(ahead.code, agents, words), f"{text} (= {view.span[ahead.start:ahead.end].text})",
                      start, end, subject, ahead.code, "person" if ahead.person else "")]
    if pronoun is head and head.dep_ in ("dobj", "dative"):  # "X assured it": "it" is not X
        earlier = _not_the_subject(head, view, earlier)
    if (not actors and pronoun is not None and pronoun.dep_ == "poss" and pronoun.head.i == head.i
            and head.lemma_.lower() in words.counterpart_nouns):
        return []  # "the Kenyan president met his counterpart": another than the president
    if not actors and earlier and pronoun is not None:
        referent = _referent(earlier, subject, pronoun.lower_)
        named = referent.text.split(" (= ")[-1].rstrip(")") if " (= " in referent.text else referent.text
        return [Actor(with_roles(referent.code, agents, words), f"{text} (= {named})", start, end, subject,
                      referent.base, referent.kind)]
    if not actors and not view.reading.first_actor_in_phrase:
        surname = _surname(head, view)
        person = _person_named(surname.text, earlier) if surname is not None else None
        if person is not None and not _names_a_place(surname, view.words):
            named = person.text.split(" (= ")[-1].rstrip(")")
            return [Actor(with_roles(person.code, agents, words), f"{text} (= {named})", start, end, subject,
                          person.base, "person")]
    head_named = head_name is not None and head_name.code
    # a conjunction inside a name is the name's ("Somalia's National Intelligence and Security Agency")
    conjunction = any(t.dep_ == "cc" and t.i - offset not in view.name_at for t in tokens)
    if len(actors) > 1 and (_coordinated(actors, view, offset) or head_named and conjunction):
        if (reading.first_actor_in_phrase and head_named and head_name.start > 0
                and view.span[head_name.start - 1].tag_ == "POS"):
            actors = [a for a in actors if a is not head_name]  # "Gondor and Arnor's Elrond": GON, ARN
        return [one for a in actors for one in actor(a.code, view.span[a.start:a.end].text)]
    if actors and reading.first_actor_in_phrase:
        return actor(actors[0].code)  # PETRARCH: "Arnor's Elrond" is Arnor
    if head_name is not None and head_name.code:
        return actor(head_name.code)
    appositive = _appositive_name(head, view)
    if appositive is not None:  # "his Nigerian counterpart Bola Tinubu": Tinubu, not Nigeria
        return actor(appositive.code)
    if actors:
        return actor(_own_body(actors).code)
    if agents:
        # "a court in Guyana"; "thousands of villagers in Darfur": the place phrase of an agent inside
        homes = [h for t in [head, *(view.span[a.end - 1] for a in agents)]
                 for h in _homes(t, view)] or _the_country_named_before(tokens, view)
        if (any(t.lemma_.lower() in words.international_modifiers for t in tokens)
                or any(t.lower_ in NOT_HOME and t.dep_ in ("prep", "pcomp") and _names_beyond(t, view)
                       for t in _noun_phrase_words(head))):
            country = None  # "international rights groups", "jets from beyond Iraq's borders" are no country's
        elif not homes and reading.skip_dated_background:
            country = _same_role_before(head, agents, earlier, words) or country
        placed = [one for home in dict.fromkeys(homes or [country]) if home for one in actor(home)]
        if placed or not all(a.origin == CROWD for a in agents):
            return placed or actor("---")
        # a crowd of no place is no actor: in "The Russian attack on Moldova killed three people"
        # the attack on Moldova is the event, not another on "---CVL"
    return []


def _opposing(head, head_name, actors: list, view: SentenceView) -> Optional[str]:
    """For a phrase headed by one of the settings' ``opposing_nouns`` whose every named actor
    stands in its "of" phrase ("opponents of Rwanda's Senate", "critics of President Ruto"):
    the state of the actor opposed, whose opposition they are (OPP, not the Senate or the
    president themselves); "" when the actor opposed is no state's ("critics of the UN": no
    one known); None for any other phrase ("Kenyan critics of Ruto" are Kenyan)."""
    words = view.words
    if head_name is not None or not actors or head.lemma_.lower() not in words.opposing_nouns:
        return None
    of = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "of"]
    if not of or any(not any(p.left_edge.i <= a.start + view.offset <= p.right_edge.i for p in of) for a in actors):
        return None
    state = actors[0].code[:3]
    return state if state.isalpha() and state.lower() not in words.non_state_prefixes else ""


def _name_apart(head, names: list, view: SentenceView):
    """The one name of an agent's phrase that the parser hung on the agent as a modifier
    together with a dangling "and": "The United Nations and aid groups condemned the attack"
    (United Nations an nmod of "groups", "and" its child, no conjunct after it). It is an actor
    apart, not the agents' home: the UN and aid groups, not IGOUNONGO; "Russia and rights groups"
    are Russia and rights groups of their own. None for any other phrase: coordinated names
    ("U.S. and Iraqi officials") and coordinated agents ("Danish media and government") are
    read as coordination already."""
    coded = [n for n in names if n.code]
    agent = view.name_at.get(head.i - view.offset)
    if len(coded) != 1 or agent is None:
        return None
    name = coded[0]
    last = view.span[name.end - 1]
    # the parser may also make the agent's first word the name's conjunct: "The EU and rights groups"
    if (last.head.i != head.i or last.dep_ not in ("nmod", "compound") or last.i >= head.i
            or any(c.dep_ == "conj" and view.name_at.get(c.i - view.offset) is not agent for c in last.children)):
        return None
    return name if any(c.dep_ == "cc" and c.i > last.i for c in last.children) else None


def _name_actor(name, head, view: SentenceView) -> Actor:
    """The actor of a dictionary name standing alone (``_name_apart``)."""
    code = name.code
    kind = ("person" if name.person else
            "group" if code[:3].lower() in view.words.non_state_prefixes else
            "state" if len(code) == 3 else "")
    return Actor(code, view.span[name.start:name.end].text, name.start, name.end,
                 head.dep_ in ("nsubj", "nsubjpass"), code, kind)


def _names_a_place(head, words: Settings) -> bool:
    """Whether the name ending at ``head`` names a place by its grammar: the object of "the
    town(s) of", or its apposition ("the village, Kaya"), also as a later conjunct ("between the
    towns of Kaya and Bazoum")."""
    t = head
    while t.dep_ in ("conj", "compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos":
        return t.head.lemma_.lower() in words.place_nouns
    return (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i
            and t.head.head.lemma_.lower() in words.place_nouns)


def _appositive_name(head, view: SentenceView):
    """The named actor in apposition to a common noun: "another close Russian partner, India" is
    India and "his Nigerian counterpart Bola Tinubu" is Tinubu; the modifiers ("Russian",
    "Nigerian") say whose partner or counterpart, not who. Not a list read as an apposition
    ("Arnor, Gondor and Rohan"), handled as coordination."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and not any(c.dep_ == "conj" for c in child.children):
            name = view.name_at.get(child.i - view.offset)
            if name is not None and name.code:
                return name
    return None


def _surname(head, view: SentenceView):
    """The proper noun no dictionary name covers that may be an earlier person's surname: the
    head ("Akar said", "President Moise") or its possessor ("Moise's government")."""
    candidates = [head] + [c for c in head.children if c.dep_ == "poss"]
    for token in candidates:
        if (token.pos_ == "PROPN" and token.text[:1].isupper() and len(token.text) > 2
                and view.name_at.get(token.i - view.offset) is None):
            return token
    return None


def _person_named(word: str, earlier) -> Optional[Actor]:
    """The latest person (an office holder the dictionaries date, or one named with a title)
    named before in the story with ``word`` as the last word of the name: a story names "Defense
    Minister Hulusi Akar" once, then "Akar said". This sentence's earlier actors are read
    directly; the story's come from its index of persons (``persons_of``, kept in the story
    context as its actors grow, so that a long story stays linear)."""
    for actor in reversed(earlier.sentence):
        if actor.kind == "person" and word in _name_words(actor):
            return actor
    return earlier.persons.get(word)


def persons_of(actors: list) -> Iterator[tuple]:
    """(surname, actor) of each person among ``actors``, in order: the story context's index."""
    for actor in actors:
        if actor.kind == "person":
            yield from ((word, actor) for word in _name_words(actor))


def family_names(actors: list, view: SentenceView, context) -> None:
    """Keep the first word of each person's two-word dictionary name as a later mention of
    them too, in ``context.persons``: East Asian names put the family name first ("Foreign
    Minister Wang Yi ... Wang said"). Only when unambiguous in the story: a word another person's
    name already holds stays theirs, and a first word two persons share names neither."""
    persons, kept = context.persons, context.family_names
    for actor in actors:
        if actor.kind != "person" or " (= " in actor.text:
            continue
        for name in view.names:
            if not (name.person and name.code and actor.start <= name.start and name.end <= actor.end
                    and len(span_text(view.span, name.start, name.end).split()) == 2):
                continue  # "Wang Yi", "Lee Jae-myung"; not "Kim Jong Un"
            word = view.span[name.start].text
            if len(word) <= 2 or not word[:1].isupper() or not view.span[name.start].pos_ == "PROPN":
                continue
            held = persons.get(word, False)
            if held is False:
                persons[word] = actor
                kept.add(word)
            elif word in kept and held is not None and held.code != actor.code:
                persons[word] = None  # two persons' first word: neither


def _name_words(actor: Actor) -> set:
    """The surname of a person's phrase: its last word before any apposition ("Interior Minister
    Fred Matiangi", "Fred Matiangi, the minister": Matiangi), without a possessive 's; none for a pronoun's stand-in ("he (= ...)")."""
    if " (= " in actor.text:
        return set()
    last = actor.text.split(",")[0].split()[-1].removesuffix("'s").removesuffix("’s").strip(".")
    return {last} if len(last) > 2 and last[:1].isupper() else set()


LOOK_BACK = 40  # actors a definite description may look back over: the recent story, not all of it


def _same_role_before(head, agents: list, earlier, words: Settings) -> Optional[str]:
    """The actor a definite agent phrase refers back to: the latest earlier one holding the same
    role ("The Taliban attacked ... Washington accused the insurgent group of ..." is the
    Taliban, AFGREB, whatever country the story is about). Only with "the" and a named actor:
    "a group", "some officials" are new ones. One named with the same noun comes first: "A U.S.
    spokesperson urged the Arnor government to ... 'We regret it,' the spokesperson said" (the
    U.S. one, though the government holds the role too)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    roles = [a.role for a in agents if a.role]
    candidates = [actor for actor in (islice(reversed(earlier), LOOK_BACK) if earlier else ())
                  if actor.base and len(actor.code) > 3 and " (= " not in actor.text and state_of(actor, words)
                  and all(r in actor.code[3:] for r in roles)]
    noun = head.lower_
    same_noun = next((a for a in candidates if noun in a.text.lower().split()), None)
    if same_noun is not None:
        return same_noun.base
    return candidates[0].base if candidates else None


def state_of(actor: Actor, words: Settings) -> Optional[str]:
    """The state an actor belongs to, for the story's country: its code's first three letters,
    unless they name no state (IGO, NGO, ...)."""
    prefix = actor.base[:3]
    return prefix if actor.base and prefix.isalpha() and prefix.lower() not in words.non_state_prefixes else None


def story_country(states: Counter) -> Optional[str]:
    """The country a story is about, when one is: the state most of the actors of its earlier
    sentences belong to (more than half of them; ``states`` counts them). "Police fired on
    protesters in Port-au-Prince ... Police said ..." makes the second police Haiti's (HTICOP),
    not an unknown country's (---COP)."""
    if not states:
        return None
    top, count = states.most_common(1)[0]
    return top if 2 * count > sum(states.values()) else None


def sentence_countries(view: SentenceView) -> tuple:
    """(the state the sentence's subject names, the state of the place that sets its scene),
    each only when the sentence's names belong to that one state: the country of its agents
    that have none of their own.

    A state named in the active subject of the main clause gives the story's country while no
    earlier sentence gives it: "Malian officials urged civilians to go home" opening a story
    makes the civilians Mali's (MLICVL); "French officials urged ..." names two states and gives
    no subject's state; "gunmen seized a Greek tanker" names a state only in what is done to
    (the gunmen need not be Greek). The scene is a place after one of the settings'
    ``scene_prepositions`` in the main clause, and comes before the story's country: "Police
    fired tear gas at protesters in Nairobi" happens in Kenya (KENCOP 175 KENCVL), in a story
    about Uganda too. It needs only the scene's names to be of one state, whatever else the
    sentence names: "Thousands rallied outside the French military base in Niamey" happens in
    Niger (a French base is France's, not where it stands), "French officials urged civilians
    in Mali to leave" in Mali."""
    states, scenes, acting = set(), set(), False
    for name in view.names:
        for code in (name.code or "").split("/"):
            if code[:3].isalpha() and code[:3].lower() not in view.words.non_state_prefixes:
                states.add(code[:3])
                last = view.span[name.end - 1]
                acting = acting or _in_subject(last)
                if _sets_the_scene(last, view.words):
                    scenes.add(code[:3])
    scene = next(iter(scenes)) if len(scenes) == 1 else None
    if len(states) != 1:
        return None, scene
    return (next(iter(states)) if acting else None), scene


def _sets_the_scene(token, words: Settings) -> bool:
    """Whether the name ending at ``token`` is the place of a scene phrase ("in Nairobi") of the
    main clause: hung on its verb, or on the verb's subject or object ("protesters in Nairobi"),
    or on the object of one of the verb's prepositions ("fired tear gas at protesters in
    Nairobi", "clashed with police in Dhaka"; a passive's "by" phrase: "three protesters were
    arrested by police in Lagos"), also as the possessor or adjective of the place
    ("in Nigeria's north", "in the Somali capital"); an adjective of a place noun only (the
    settings' ``place_nouns``): "outside the French embassy" is no scene in France. The clause a
    main verb of saying reports is the main clause's news, and its scene the sentence's: "The
    army said rebels attacked a military base in northern Mali" (MLIREB, not ---REB)."""
    place_itself = True  # the name is the place, or a place noun's ("the Somali capital")
    while token.dep_ in ("compound", "flat", "conj", "poss", "amod") and token.head.i != token.i:
        if token.dep_ == "amod" and token.head.lemma_.lower() not in words.place_nouns:
            return False
        if token.dep_ != "conj" and token.head.lemma_.lower() not in words.place_nouns:
            place_itself = False  # "the U.S. embassy", "Ukraine's border"
        token = token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        place_itself = place_itself and prep.head.lemma_.lower() in words.place_nouns
        token, prep = prep.head, prep.head.head  # "through the streets of Harare"
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ not in words.scene_prepositions and not (
            place_itself and prep.lower_ in words.nearby_prepositions):
        return False  # "near the border with Congo" is on either side; "near Timbuktu" is in Mali
    owner = prep.head
    for _ in range(3):
        if owner.dep_ == "pobj" and owner.head.dep_ in ("prep", "agent"):
            owner = owner.head.head  # "at protesters in Nairobi": the verb's "at" phrase; "by police in Lagos"
        elif owner.dep_ in ("nsubj", "dobj", "nsubjpass"):
            owner = owner.head  # "abducted at least 20 students from a school in Nigeria"
        else:
            break
    if (owner.dep_ == "ccomp" and owner.head.dep_ == "ROOT"
            and owner.head.lemma_.lower() in words.speech_verbs):
        owner = owner.head  # the clause a speaker reports: "The army said rebels attacked a base in Mali"
    return owner.dep_ == "ROOT" and owner.pos_ in ("VERB", "AUX")


def _in_subject(token) -> bool:
    """Whether the token stands in the active subject of the main clause ("Malian officials
    urged ...": Malian), not in an object, a passive subject ("a Greek tanker was seized") or
    a reported clause ("officials declared that Peru must ...": the officials need not be
    Peru's)."""
    subject = False
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        subject = subject or token.dep_ in ("nsubj", "csubj")
        token = token.head
    return subject and token.dep_ == "ROOT"


class Earlier:
    """The actors before a phrase in the story, latest last, read backwards without copying the
    story's ever longer list (a long story stays linear)."""

    __slots__ = ("story", "sentence", "persons", "dyads")

    def __init__(self, story: list, sentence: list, persons: Optional[dict] = None, dyads: Optional[list] = None):
        self.story, self.sentence = story, sentence
        self.persons = {} if persons is None else persons  # surname -> the story's latest person
        self.dyads = [] if dyads is None else dyads  # the (source, target) of the story's earlier events

    def __bool__(self) -> bool:
        return bool(self.story) or bool(self.sentence)

    def __reversed__(self):
        yield from reversed(self.sentence)
        yield from reversed(self.story)

    def __iter__(self):
        yield from self.story
        yield from self.sentence


class _Besides(Earlier):
    """The earlier actors but those of some codes, read lazily as ``Earlier`` is."""

    __slots__ = ("codes",)

    def __init__(self, earlier: Earlier, codes: set):
        super().__init__(earlier.story, earlier.sentence, earlier.persons, earlier.dyads)
        self.codes = codes

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None

    def __reversed__(self):
        return (a for a in super().__reversed__() if a.code not in self.codes)

    def __iter__(self):
        return (a for a in super().__iter__() if a.code not in self.codes)


def _not_the_subject(pronoun, view: SentenceView, earlier: Earlier) -> Earlier:
    """The actors an object pronoun may stand for: never its own verb's subject, which would be
    "itself" ("the Thai ministry said Beijing had assured it that ...": "it" is the ministry).
    "It" and "them" only as the addressee of a that-clause: "withholding it until ..." may be a
    thing (the aid), and the subject was the better guess."""
    verb = pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (pronoun.lower_ not in PERSONAL and not any(c.dep_ == "ccomp" for c in verb.children)):
        return earlier
    low, high = subject.left_edge.i - view.offset, subject.right_edge.i - view.offset
    codes = {a.code for a in earlier.sentence if low <= a.start <= high}
    return _Besides(earlier, codes) if codes else earlier


def _coordinated(names: list, view: SentenceView, offset: int) -> bool:
    """Whether names in one phrase are coordinated with each other ("the ambassadors of Arnor,
    Osgiliath and Gondor"), not modifiers of different nouns ("Iraqi defense and Peshmerga
    officials"). (A phrase headed by a name with a conjunction in it counts too: the parser
    often hangs "Arnor and the evil Gondor" on Gondor.)"""
    for name in names:
        for k in range(name.start, name.end):
            token = view.span[k]
            # a list the parser read as an apposition: "Mordor, the awful Fornost, and Gondor"
            listed = token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.head.children)
            if token.dep_ == "conj" or listed:
                other = view.name_at.get(token.head.i - offset)
                if other is not None and other is not name and other.code:
                    return True
    return False


NOT_HOME = frozenset({"beyond", "outside"})  # "jets from beyond Iraq's borders" are not Iraq's


def _names_beyond(prep, view: SentenceView) -> bool:
    """Whether a phrase of ``NOT_HOME`` ("outside", "beyond") puts an agent abroad: after "from"
    ("fighters from outside the country", "jets from beyond Iraq's borders") or naming a state
    or another actor ("troops outside Ukraine"). "Police outside the court building",
    "protesters outside city hall" only stand there, and are the country of the story or of the
    scene ("A court in Bangladesh jailed an opposition leader. Supporters clashed with police
    outside the court": BGDCOP, not ---COP)."""
    if prep.dep_ == "pcomp" or prep.head.pos_ == "ADP":  # "from outside": the parse makes it either
        return True
    offset = view.offset
    return any((name := view.name_at.get(t.i - offset)) is not None and name.code for t in prep.subtree)
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})


def _noun_phrase_words(head):
    """The words of the noun phrase headed by ``head`` with its prepositional phrases, not its
    clauses: "students who protested outside parliament" is no body from outside the country,
    while "jets from beyond Iraq's borders" are."""
    stack = [head]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in CLAUSES)


def _homes(head, view: SentenceView, depth: int = 0) -> list:
    """The actors an agent belongs to by a place phrase: "a court in Guyana", "soldiers from
    Gondor", "lawmakers in Fornost and Gondor" (both); or by what they flee or suffer there
    (``_fled``): "refugees fleeing the civil war in Liberia" are Liberia's."""
    homes = _fled(head, view) if depth == 0 else []
    for prep in head.children:
        if (prep.dep_ == "prep" and prep.lower_ in view.words.home_prepositions
                and not any(c.lower_ in NOT_HOME for c in prep.children)):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    for token in (t for c in conjuncts(pobj) for t in phrase_tokens(c, view.words)):
                        name = view.name_at.get(token.i - view.offset)
                        if name is not None and name.code and name.code not in homes:
                            homes.append(name.code)
    return homes


def _fled(head, view: SentenceView) -> list:
    """The country of what an agent flees or undergoes, by a participle of the settings'
    ``undergoing_verbs`` modifying it: "refugees fleeing the civil war in Liberia" (LBR),
    "civilians escaping Sudan" (SDN), "families facing famine in Somalia" (SOM). Only the
    participle's object and its place phrases: "migrants fleeing to Italy" are not Italy's."""
    homes = []
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBG" or acl.lemma_.lower() not in view.words.undergoing_verbs:
            continue
        for obj in acl.children:
            if obj.dep_ != "dobj":
                continue
            name = view.name_at.get(obj.i - view.offset)
            if name is not None and name.code:
                homes.append(name.code)
            homes += [h for h in _homes(obj, view, 1) if h not in homes]
    return homes


COUNTRY_NOUNS = frozenset({"country", "nation"})


def _the_country_named_before(tokens: list, view: SentenceView) -> list:
    """The state named last before an agent phrase of "the country's" ("Iraq's prime minister
    said the country's intelligence service killed ...": Iraq's service), as [its code], or
    none: the agent then takes the story's country, as any other."""
    owner = next((t for t in tokens if t.dep_ == "poss" and t.lemma_.lower() in COUNTRY_NOUNS
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)), None)
    if owner is None:
        return []
    before = [n for n in view.names if n.code and n.end <= owner.i - view.offset and n.code[:3].isalpha()
              and n.code[:3].lower() not in view.words.non_state_prefixes]
    return [before[-1].code[:3]] if before else []


def _coordinated_modifiers(agents: list, view: SentenceView) -> list:
    """One agent list per conjunct when the phrase's head is modified by coordinated agents:
    "government and opposition leaders" are the government's leaders and the opposition's
    (BOLGOV and BOLOPP, not one BOLGOVOPP); "army and police officers" are MIL and COP. The
    head's own role ("leaders", "officers") says no more than its modifiers. Empty when the
    agents are not coordinated modifiers ("opposition leaders", "the army's police unit")."""
    if len(agents) < 2:
        return []
    owner = {k + view.offset: a for a in agents for k in range(a.start, a.end)}
    for agent in agents:
        token = view.span[agent.end - 1]
        if token.dep_ not in ("nmod", "compound", "amod"):
            continue
        joined = [owner[c.i] for c in token.children if c.dep_ == "conj" and c.i in owner]
        if joined and agent not in joined:
            return [[agent]] + [[a] for a in dict.fromkeys(joined)]
    return []


def _own_body(actors: list):
    """The actor a phrase of several names stands for, when no name heads it: the first, unless
    it is a bare state and a later name is a body of that state ("Israel's Shin Bet security
    agency" is ISRSPY, not ISR; "Syria's state news agency SANA" SYRMED); "Kenya's ambassador to
    Somalia" stays Kenya's."""
    first = actors[0]
    if len(first.code) == 3:
        for other in actors[1:]:
            if len(other.code) > 3 and other.code[:3] == first.code and "/" not in other.code:
                return other
    return first


def with_roles(code: str, agents: list, words: Optional[Settings] = None, named: Optional[int] = None) -> str:
    """The actor code with its phrase's agent roles: IRQ + COP = IRQCOP; NGO + ARN + GOV.

    A role the code already carries is not added again ("Iraqi Prime Minister al-Sudani" is
    IRQGOV, not IRQGOVGOV; "aid group Save the Children" is NGODEVSTC, not NGODEVSTCNGO).
    With the settings (``words``), a state's named body that has a role of its own speaks
    through its officials: a government role (GOV: spokesman, official, minister) adds
    nothing to it ("the IDF spokesperson" is ISRMIL, "a Hamas official" PSEREB, not
    ISRMILGOV, PSEREBGOV), and it replaces an elite's ELI, the code of a person out of the
    offices the dictionary lists, when it is a title before the person's name (``named``, the
    name's start): "Prime Minister Shigeru Ishiba" on a date past his term is JPNGOV, not
    JPNELIGOV ("former" makes the title ELI, so "former Prime Minister" stays JPNELI), but
    "Hasina's government" and "Berisha, defeated as prime minister" keep the elite. An
    organisation's (IGO, NGO) officials keep the role: "UN officials" IGOUNOGOV.
    """
    before = "".join(a.role for a in agents if a.before and a.role not in code)
    roled = (words is not None and len(code) > 3 and code[:3].isalpha()
             and code[:3].lower() not in words.non_state_prefixes)
    after = ""
    for agent in agents:
        if agent.before or agent.role in code[3:] + after or agent.role == code[:3]:
            continue
        if agent.role == "GOV" and roled:
            if not code.endswith("ELI"):
                continue
            if named is not None and agent.end <= named:
                code = code[:-3]
        after += agent.role
    return before + code + after


def _continues_home(previous, conjunct, words: Settings) -> bool:
    """Whether a name coordinated with an agent's phrase continues its place phrase: the parser
    often reads "lawmakers in Fornost and Gondor" as "lawmakers in Fornost" and "Gondor"."""
    if conjunct.pos_ != "PROPN" or any(c.dep_ in ("det", "amod", "compound") for c in conjunct.children):
        return False
    for prep in previous.children:
        if prep.dep_ == "prep" and prep.lower_ in words.home_prepositions:
            between = conjunct.doc[prep.right_edge.i + 1:conjunct.i]
            return prep.right_edge.i < conjunct.i and all(t.dep_ in ("cc", "punct") for t in between)
    return False


PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})

def _collective(head, head_name, words: Settings) -> bool:
    """A phrase for a body of people: a collective noun ("the army", "the ministry"), or a named
    international organisation, company or group ("NATO", "the U.N.")."""
    if head.lemma_.lower() in words.collective_nouns:
        return True
    return (head_name is not None and bool(head_name.code) and not head_name.person
            and head_name.code[:3].lower() in words.non_state_prefixes)


def _titled_name(head, head_name, agents: list, view: SentenceView) -> bool:
    """A person named with a title that gives the role: "U.S. Congressman Andy Levin",
    "Haiti's communications secretary Frantz Exantus" (no dictionary lists them: a later "Levin
    said" and "he" are this one), "Secretary of State Marco Rubio" (a listed person under a
    title the parser made the head)."""
    if head_name is not None and head_name.code or not agents:
        return False
    for child in head.children:
        if child.dep_ in ("appos", "compound", "flat") and child.pos_ == "PROPN" and child.i > head.i:
            name = view.name_at.get(child.i - view.offset)
            if name is not None and name.code:
                return name.person
            if child.dep_ == "appos" and _full_name(child):  # "... secretary Frantz Exantus"
                return True
    return head.pos_ == "PROPN" and _full_name(head)


def _full_name(token) -> bool:
    """A proper noun with a first name before it: "Andy Levin"."""
    return token.tag_ == "NNP" and any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in token.children)


def _cataphora(pronoun, view: SentenceView):
    """The name a pronoun in a fronted clause looks ahead to: the subject of the clause it
    modifies ("After it had detained them for a week, Uganda released the activists": it is
    Uganda, not the story's last actor). "he"/"she" look ahead to a person only, "it" to no
    person; none when that subject is no name."""
    t = pronoun
    for _ in range(8):
        parent = t.head
        if parent.i == t.i:
            return None
        if t.dep_ in ("advcl", "prep") and parent.pos_ in ("VERB", "AUX") and t.right_edge.i < parent.i:
            subject = next((c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i < t.right_edge.i:
                return None
            name = view.name_at.get(subject.i - view.offset)
            word = pronoun.lower_
            if name is None or not name.code or (word in PERSONAL and not name.person) or (
                    word in SINGULAR and name.person):
                return None
            return name
        t = parent
    return None
SINGULAR = frozenset({"it", "its"})


def _referent(earlier, subject: bool, pronoun: str = "") -> Actor:
    """What a pronoun refers to: the nearest earlier actor that agrees with it; for a subject
    pronoun ("it condemned"), the nearest earlier subject when there is one (the story's
    topic). "He" and "she" are the nearest office holder named before (an entry with dated
    terms: "President Moise ... the police ... he said"), else no plural and no state; "it" no
    plural; without an agreeing actor, the nearest."""
    if pronoun in PERSONAL:  # a person named before: "President Moise ... he said"
        person = next((a for a in reversed(earlier) if a.kind == "person" and (a.is_subject or not subject)), None)
        if person is not None:
            return person
    refused = {"plural", "state", "group"} if pronoun in PERSONAL else {"plural"} if pronoun in SINGULAR else set()
    nearest = next((a for a in reversed(earlier) if a.kind not in refused), None)
    if nearest is None:  # nothing agrees: the nearest of all
        refused, nearest = set(), next(iter(reversed(earlier)))
    if subject:
        found = next((a for a in reversed(earlier) if a.is_subject and a.kind not in refused), None)
        if found is not None:
            return found
    return nearest


def _pair(head, tokens: list, view: SentenceView, earlier) -> list:
    """The two actors "the two leaders", "both countries" or "the two sides" refer back to: of
    different states, the two the story has named most often (the latest first among equals):
    persons for the settings' ``pair_person_nouns``, the states of any actors for
    ``pair_state_nouns``, any actors for ``pair_nouns``. "Sudan's army chief met Egyptian
    President el-Sisi in Cairo. The two leaders agreed to strengthen security cooperation":
    Burhan and el-Sisi agree, each with the other. [] for any other phrase, or without two such
    actors (one of no known state is none)."""
    words, lemma = view.words, head.lemma_.lower()
    if head.tag_ not in ("NNS", "NNPS") or not any(
            lemma in nouns for nouns in (words.pair_person_nouns, words.pair_state_nouns, words.pair_nouns, words.dyad_nouns)):
        return []
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in head.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if not (two or any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in head.children)):
        return []
    if any(c.dep_ in ("prep", "poss", "amod", "compound") for c in head.children):
        return []  # "the two sides of the border", "both African leaders": described, not referring back
    if lemma in words.dyad_nouns:
        found = _story_dyad(earlier.dyads)
        return _pair_actors(found, head, tokens, view)
    wanted = ("person" if lemma in words.pair_person_nouns else "state" if lemma in words.pair_state_nouns else "")
    acting = _acting_states(head, view, earlier)
    latest, counts = {}, {}  # state -> its latest actor, and how often the story named it
    for actor in reversed(earlier):
        state = actor.base[:3] or actor.code[:3]
        if not state.isalpha() or (wanted == "person" and actor.kind != "person") or state in acting:
            continue
        if wanted == "state":  # "the Kenyan president met the Somali president. Both countries ...": KEN, SOM
            if not (state.isalpha() and len(state) == 3) or state.lower() in words.non_state_prefixes:
                continue
            actor = Actor(state, actor.text, actor.start, actor.end, actor.is_subject, state, "state")
        latest.setdefault(state, actor)
        counts[state] = counts.get(state, 0) + 1
    # the story's two principal actors: the two named most often, the latest first among equals
    # (a story of Russia and Ukraine whose last sentences name Germany, then Moscow, means Russia
    # and Ukraine by "both countries", not the latest two, Moscow and Germany)
    ranked = sorted(latest, key=lambda state: -counts[state])  # stable: the latest first among equals
    return _pair_actors([latest[state] for state in ranked[:2]], head, tokens, view)


def _acting_states(head, view: SentenceView, earlier) -> set:
    """The states of the subjects of the verbs a pair phrase stands under, which act on the two
    and are none of them: "Kenya urged the two neighbors to talk", "Ruto said he had spoken
    with Abiy and offered to mediate between the two countries" (Kenya is neither, however
    often the story names it). Only up to the verb of the pair's own clause: a pair that is a
    subject ("Putin met Erdogan, and the two leaders agreed ...") or stands in a reported clause
    ("Russia said the two countries would exchange prisoners") may hold the speaker."""
    spans, token = [], head
    while token.head.i != token.i:
        verb = token.head
        if verb.pos_ in ("VERB", "AUX"):
            subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            if any(s.left_edge.i <= head.i <= s.right_edge.i for s in subjects):
                break
            spans += [(s.left_edge.i - view.offset, s.right_edge.i - view.offset) for s in subjects]
            if verb.dep_ not in ("xcomp", "conj"):  # the clause ends: "said" governs its clause
                break
        token = verb
    return {(a.base[:3] or a.code[:3]) for a in earlier.sentence
            if any(first <= a.start <= last for first, last in spans)}


def _pair_actors(found: list, head, tokens: list, view: SentenceView) -> list:
    """The phrase's actors standing for the two ``found`` (none unless two), the later-named first."""
    if len(found) < 2:
        return []
    start, end = tokens[0].i - view.offset, head.i + 1 - view.offset
    text = view.span[start:end].text
    subject = head.dep_ in ("nsubj", "nsubjpass")
    return [Actor(a.code, f"{text} (= {a.text.split(' (= ')[-1].rstrip(')')})", start, end, subject, a.base, a.kind)
            for a in reversed(found)]


DESCRIBING_DEPS = frozenset({"prep", "poss", "amod", "compound", "appos", "nummod", "acl", "relcl"})


def _owned_body(actor, words) -> bool:
    """Whether the actor is a body named by whose it is, a state's agency by its leader's name:
    "President Alexander Lukashenko's government" (BLRGOV, the person's code, so no agent code
    tells it from a named body), "Putin's administration". "The EU imposed sanctions, accusing
    Lukashenko's government of ... Lithuania called on the bloc to go further": the bloc is the
    EU (before, BLRGOV)."""
    owned = re.split(r"['’]s\s+", actor.text, maxsplit=1)[1:]
    return bool(owned) and owned[0].split(" ", 1)[0].lower() in words.collective_nouns


def _group_referent(head, tokens: list, view: SentenceView, earlier) -> list:
    """The named organization "the group", "the bloc" or "the alliance" refers back to (the
    settings' ``group_nouns``, singular, with "the" and nothing describing them): the latest
    earlier actor named as a body of its own, an armed group, a party, an IGO or NGO, not a
    state named alone, a person or an agent of a state ("Kenyan police"). "The Taliban detained
    a British aid worker in Kabul. The group accused him of spying" (the Taliban); "The European
    Union imposed sanctions on Iran. The bloc also froze the assets of six officials" (the EU,
    not Iran). "A group of farmers", "the group's leader" and "the rebel group" are no reference
    back, and an agent noun ("the militia") is looked up by its role as any other: its caller
    asks only for a phrase with no agent."""
    if (head.tag_ != "NN" or head.lemma_.lower() not in view.words.group_nouns
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or any(c.dep_ in DESCRIBING_DEPS for c in head.children) or head.dep_ == "poss"):
        return []
    for actor in islice(reversed(earlier), LOOK_BACK):
        # a dated name is taken for a person, but one with an article is a body: "the Taliban"
        person = actor.kind == "person" and not actor.text.lower().startswith("the ")
        if (" (= " in actor.text or person or actor.kind == "state" or not actor.base or actor.code != actor.base
                or _owned_body(actor, view.words)):
            continue
        if len(actor.code) > 3 or actor.code[:3].lower() in view.words.non_state_prefixes:
            start, end = tokens[0].i - view.offset, head.i + 1 - view.offset
            text = view.span[start:end].text
            return [Actor(actor.code, f"{text} (= {actor.text})", start, end,
                          head.dep_ in ("nsubj", "nsubjpass"), actor.base, "group")]
    return []


def dyads_of(events: list) -> Iterator[tuple]:
    """The (source, target) actors of each event that joins two known actors, for the story
    context: the pairs "the two sides" may refer back to. An implied target ("(implied by
    Goma)") or an actor of no known country (``---``) joins no one."""
    for event in events:
        source, target = event.source, event.target
        if (not source or not target or source == target or "---" in (source[:3], target[:3])
                or event.target_text.startswith("(")):
            continue
        yield (Actor(source, event.source_text, 0, 0, False, source if source[:3].isalpha() else ""),
               Actor(target, event.target_text, 0, 0, False, target if target[:3].isalpha() else ""))


def _story_dyad(dyads: list) -> list:
    """The two actors the story's earlier events join most often, either way (the latest pair
    first among equals): "Armenia and Azerbaijan held talks in Geneva. The two sides agreed to
    exchange prisoners" (Armenia and Azerbaijan, whoever else the story names more); [] when no
    earlier event joins two actors. "The UN urged both sides to protect civilians" in a story of
    a civil war means the army and the rebels the story's events joined, not the states it named
    most (Egypt, a mediator)."""
    counts, latest = Counter(), {}
    for order, (source, target) in enumerate(dyads):
        key = frozenset((source.code, target.code))
        counts[key] += 1
        latest[key] = (order, source, target)
    if not counts:
        return []
    best = max(counts, key=lambda k: (counts[k], latest[k][0]))
    return [latest[best][1], latest[best][2]]


def _pronoun(tokens, words: Settings):
    """The phrase's pronoun that refers back ("he", "its"), or None."""
    return next((t for t in tokens if t.pos_ == "PRON" and t.lower_ in words.pronouns), None)


def actors_of(head, view: SentenceView, earlier, country: Optional[str] = None) -> list:
    """The actors of the phrase headed by ``head`` and of the phrases coordinated with it.

    A conjunct that is an agent alone shares the actors of its siblings: "Danish media and
    government" is DNKMED and DNKGOV; "lawmakers and officials in Fornost" FORLEG and FORGOV.
    Only a state's, though: an organisation is no agent's home, so "The United Nations and aid
    groups condemned the attack" are the UN and aid groups of their own (IGOUNO and ---NGO, or
    the story's country's, as any agent alone), not one IGOUNONGO.
    """
    heads = conjuncts(head)
    groups = [compose_all(c, view, earlier, country) for c in heads]
    if not any(groups):  # "several countries, including Germany and France"
        heads = [c for m in members(head, view.words.member_prepositions) for c in conjuncts(m)]
        groups = [compose_all(c, view, earlier, country) for c in heads]
    extra = [c for m in companions(head, view.words.companion_prepositions) for c in conjuncts(m)]
    if extra:  # "Germany, along with France, condemned": one more doer each
        heads, groups = heads + extra, groups + [compose_all(c, view, earlier, country) for c in extra]
    if view.reading.first_actor_in_phrase:
        for k in range(1, len(groups)):
            before = heads[k].left_edge.i - 1
            if before >= 0 and heads[k].doc[before].tag_ == "POS" and heads[k].doc[before].head.i == heads[k - 1].i:
                groups[k] = []  # "X and Y's Z" read as three conjuncts: Y's Z is Y, the first actor
    for k in range(1, len(groups)):
        if any(_continues_home(h, heads[k], view.words) for h in heads[:k]):
            roles = list(dict.fromkeys(a.code[len(a.base):] for g in groups[:k] for a in g
                                       if a.base and a.code.startswith(a.base) and a.code != a.base))
            groups[k] = [Actor(a.code + r, a.text, a.start, a.end, a.is_subject, a.base, a.kind)
                         for a in groups[k] for r in ((roles or [""]) if a.base and a.code == a.base else [""])]
    bases = [a.base for group in groups for a in group if a.base and state_of(a, view.words)]
    found = []
    for group in groups:
        if bases and group and not any(a.base for a in group):
            group = [Actor(b + a.code[3:], a.text, a.start, a.end, a.is_subject, b, a.kind) for a in group for b in bases]
        for actor in group:
            if actor.code not in [a.code for a in found]:
                found.append(actor)
    return found


def members(head, prepositions) -> list:
    """The objects of the phrase's member prepositions: "several countries, including Germany
    and France" lists Germany (France is its conjunct)."""
    return [g for prep in head.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for g in prep.children if g.dep_ == "pobj"]


def companions(head, prepositions) -> list:
    """The actors a companion preposition joins to a phrase as one more doer: "Germany, along
    with France, condemned the strikes", "Egypt, together with Qatar, urged Hamas to ..." (each
    of them acts). The parser hangs the preposition on the phrase or on its verb; on the verb
    it counts only between a subject and the verb ("Israel struck Hamas along with its allies'
    positions" names no second striker). A headline's comma joins two subjects the parser
    left one of unattached: "Israel, Hamas agree to ceasefire" (both agree)."""
    if not prepositions and head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    holders = list(head.children)
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.i != head.i:
        holders += [c for c in verb.children if head.i < c.i < verb.i]
    found = []
    for token in holders + [g for h in holders if h.dep_ in ("prep", "advmod") for g in h.children]:
        if token.dep_ != "prep" or not any(_ends_with(token, p) for p in prepositions):
            continue
        found += [g for g in token.children if g.dep_ == "pobj"]
    if head.dep_ in ("nsubj", "nsubjpass") and verb.i != head.i:
        found += [c for c in verb.children if c.dep_ in ("dep", "npadvmod") and c.pos_ == "PROPN"
                  and c.left_edge.i == head.sent.start and c.right_edge.i + 1 < head.left_edge.i
                  and all(t.text == "," for t in head.doc[c.right_edge.i + 1:head.left_edge.i])]
    return found


def _ends_with(token, phrase: str) -> bool:
    """Whether the words before ``token`` and the token itself read ``phrase``: "with" ends
    "along with"."""
    words = phrase.split()
    if words and token.lower_ != words[-1]:
        return False  # most tokens: not even the last word
    start = token.i - len(words) + 1
    return start >= 0 and [t.lower_ for t in token.doc[start:token.i + 1]] == words

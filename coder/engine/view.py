"""The sentence view: what every later stage needs of a parsed sentence, computed once.

Tokens' lower-case forms and lemmas, the noun chunks, the dictionary names found in the text
(actors and agents, longest match first, left to right), the comma clauses the reading leaves
out, and each verb's phrase. Token indices are within the sentence (``offset`` is the
sentence's first token in its doc).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..dictionary import Dictionaries, Settings, TokenKeys
from ..lemma_cache import irregular_base
from ..reading import Reading
from .clauses import left_out
from .tokens import KEY as TOKENS, plain

CROWD = "settings.yaml: crowd_quantities, crowd_nouns"  # the origin of a counted crowd's name
NOUN_TAGS = frozenset({"NOUN", "PROPN"})  # an agent noun must be a noun here: not "official visit"


@dataclass(frozen=True)
class NameMatch:
    """A dictionary name in the sentence: an actor (``code``) or an agent (``role``)."""
    start: int
    end: int
    code: Optional[str] = None
    role: Optional[str] = None
    origin: str = ""
    before: bool = False  # an agent whose role goes before the actor code
    person: bool = False  # an office holder (an entry with dated terms): "he" and "she" may be this one


@dataclass
class SentenceView:
    """A sentence's tokens with what the stages need of them, computed once per sentence."""
    span: object
    lowers: tuple
    lemmas: tuple
    names: list
    name_at: dict  # token index (in the sentence) -> NameMatch covering it
    chunks: list = field(default_factory=list)  # the sentence's noun chunks (spaCy Spans)
    dropped: frozenset = frozenset()  # tokens of the comma clauses left out
    reading: Optional[Reading] = None  # how the sentence is read
    words: Optional[Settings] = None  # the word lists, as the reading reads them
    date: Optional[str] = None  # the story's date, yyyy-mm-dd
    quoted_by: object = None  # a quote's speech verb in another sentence (the quotes stage)
    keys: Optional[TokenKeys] = field(default=None, repr=False)  # the tokens as trie keys (find_names, phrases_in)
    _verb_phrases: dict = field(default_factory=dict, repr=False)
    _composed: dict = field(default_factory=dict, repr=False)  # phrase head -> its named actors (phrases.compose_all)

    @property
    def offset(self) -> int:
        return self.span.start

    @property
    def chunk_bounds(self) -> dict:
        """Token index -> (start, end) of the noun chunk it is in, indices within the sentence."""
        return chunk_bounds(self.span, self.chunks)

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

    def holds_phrase(self, verb) -> bool:
        """Whether the verb's phrase holds a noun phrase (other than a time: "said today"), which
        PETRARCH codes as a null target when it holds no actor."""
        return any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("npadvmod", "tmod")
                   and t.head.dep_ not in ("npadvmod", "tmod") for t in self.verb_phrase(verb))


def chunk_bounds(span, chunks: list) -> dict:
    offset = span.start
    return {k - offset: (c.start - offset, c.end - offset) for c in chunks for k in range(c.start, c.end)}


FORMS = "coder.forms"  # each sentence's token attributes, in Doc.user_data


def token_attributes(span) -> tuple:
    """(lower-case forms, lemmas, texts, parts of speech) of the tokens, the first three with
    typographic apostrophes made plain; read off spaCy once per sentence (the story's discard
    phrases, the view, the triggers and the quotes stage ask)."""
    span = plain(span)
    found = span.doc.user_data.setdefault(FORMS, {})
    key = (span.start, span.end)
    attributes = found.get(key)
    if attributes is None:
        tokens = span.doc.tokens[span.start:span.end]
        attributes = found[key] = (tuple([t.lower_.replace("’", "'") for t in tokens]),
                                   tuple([t.lemma_.lower().replace("’", "'") for t in tokens]),
                                   tuple([t.text.replace("’", "'") for t in tokens]),
                                   tuple([t.pos_ for t in tokens]))
    return attributes


def forms(span) -> tuple:
    """The tokens' lower-case forms and lemmas, with typographic apostrophes made plain."""
    return token_attributes(span)[:2]


def verb_lemmas(span, lowers: tuple, lemmas: tuple, events: dict) -> tuple:
    """The lemmas, with a verb's that no entry knows replaced by a base form of the word that
    one does: spaCy's lemma is sometimes wrong ("Dockworkers staged a strike" gives "stag";
    "Kenya forgave Uganda's debt", tagged as a base form, keeps "forgave"), and the
    dictionary's "stage" and "forgive" should still code it, their patterns too. An irregular
    form is looked up in spaCy's exceptions table, a regular one de-inflected."""
    repaired = list(lemmas)
    for i, pos in enumerate(token_attributes(span)[3]):
        if pos != "VERB" or lemmas[i] in events or lowers[i] in events:
            continue
        bases = [b for b in [irregular_base(lowers[i])] if b] + list(base_forms(lowers[i]))
        base = next((b for b in bases if any(e.kind == "verb" for e in events.get(b, ()))), None)
        if base is not None:
            repaired[i] = base
    return tuple(repaired)


ENDINGS = (("ied", ("y",)), ("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")),
           ("s", ("",)))


def lemma_in(token, words) -> bool:
    """The token's lemma is one of ``words`` (a settings word list), or, for a verb, its own form
    or a regular base form of it is: spaCy's small model lemmatises "hopes", "hoped" and "hoping"
    as "hop", and "Brazil hopes to hold talks with Argentina" is still a hope, no talks; "poised"
    and "determined" (listed as adjectives) are parsed as passive participles of "poise" and
    "determine": "Turkey is poised to launch an offensive" is its stated intention."""
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    return token.pos_ in ("VERB", "AUX") and any(b in words for b in base_forms(token.lower_))


@functools.lru_cache(maxsize=4096)
def base_forms(lower: str) -> tuple:
    """Regular English base forms of an inflected verb: "staged" -> stag, stage; "stopped" ->
    stopp, stoppe, stop; "denies" -> deny; "staging" -> stag, stage. Kept for the words asked
    again (a tuple: shared by the callers): the view asks them of each verb no entry knows, and
    the filters (``lemma_in``) of the same verbs for each of their word lists."""
    found = []
    for ending, replacements in ENDINGS:
        stem = lower[:-len(ending)]
        if not lower.endswith(ending) or len(stem) < 2:
            continue
        found += [stem + r for r in replacements]
        if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            found.append(stem[:-1])  # a doubled consonant: "stopped", "shipping"
    return tuple(found)


def view_of(span, dictionaries: Dictionaries, date: Optional[str], reading: Reading) -> SentenceView:
    """The view of a parsed sentence (a spaCy Span) on the story's ``date``. The view's span
    is of plain tokens (``tokens.plain``), read off spaCy once: every stage then asks them."""
    span = plain(span)
    lowers, lemmas = forms(span)
    lemmas = verb_lemmas(span, lowers, lemmas, dictionaries.events)
    chunks = noun_chunks(span)
    words = dictionaries.words(reading)
    keys = TokenKeys(lowers, lemmas, token_attributes(span)[2])  # shared by the names and the phrases
    # PETRARCH's readings have no non-member prefixes: "anti-Gondor" is Gondor
    names, name_at = find_names(span, lowers, lemmas, chunks, dictionaries, date, words.non_member_prefixes,
                                words.ethnic_modifiers, words.language_words, keys)
    if words.crowd_nouns or words.crowd_quantities:
        names, name_at = add_crowds(span, lowers, lemmas, names, name_at, words)
    # the chunks' bounds only for a reading that leaves comma clauses out (coder's leaves none)
    leaves_out = reading.comma_max or reading.comma_bmax or reading.comma_emax
    dropped = left_out(span, chunk_bounds(span, chunks), reading) if leaves_out else frozenset()
    return SentenceView(span, lowers, lemmas, names, name_at, chunks, dropped, reading, words, date, keys=keys)


def find_names(span, lowers: tuple, lemmas: tuple, chunks: list, dictionaries: Dictionaries,
               date: Optional[str], prefixes: frozenset = frozenset(), ethnic: frozenset = frozenset(),
               languages: frozenset = frozenset(), keys: Optional[TokenKeys] = None) -> tuple:
    """([NameMatch], {token index: NameMatch}): actor names and agent nouns, longest match
    first, left to right; an actor name beats an agent noun of the same length. A name after
    one of the ``prefixes`` and a hyphen is none ("pro-Iran groups" are not Iran); a state's
    demonym after one of the ``ethnic`` modifiers names a people, no state (``_ethnic``); one
    before one of the ``languages`` words names a language ("the English-language Daily Star",
    "French-speaking regions": no British or French actor). ``keys``: the tokens as trie keys,
    if the caller has them (``view_of``)."""
    texts = token_attributes(span)[2]
    keys = TokenKeys(lowers, lemmas, texts) if keys is None else keys
    bounds = ({k: end for k, (_, end) in chunk_bounds(span, chunks).items()}
              if dictionaries.actors.gaps or dictionaries.agents.gaps else {})  # where a name's gap must stop
    names, name_at, i = [], {}, 0
    # each list is asked only where one of its names may begin (elsewhere it finds none)
    actor_starts = frozenset(dictionaries.actors.starts_in(keys))
    agent_lemmas = initial_noun_lemmas(span, lowers, lemmas)
    agent_starts = frozenset(dictionaries.agents.starts_in(keys) if agent_lemmas is lemmas
                             else dictionaries.agents.starts(lowers, agent_lemmas, texts))
    for i in sorted(actor_starts | agent_starts):
        if i < (names[-1].end if names else 0):
            continue  # inside the name found last
        actor = dictionaries.actors.longest(lowers, lemmas, i, texts, bounds.get(i)) if i in actor_starts else None
        agent = dictionaries.agents.longest(lowers, agent_lemmas, i, texts, bounds.get(i)) if i in agent_starts else None
        found = None
        if actor and _after_prefix(lowers, i, prefixes):
            actor = None  # "pro-Iran groups" are not Iran
        if actor and _language(lowers, actor[0], languages):
            actor = None  # "the English-language Daily Star" is no British newspaper
        if actor and (not agent or actor[0] >= agent[0]):
            code = actor[1].code_on(date)
            if code:
                found = NameMatch(i, actor[0], code=code, origin=actor[1].origin, person=bool(actor[1].terms))
                if i and lowers[i - 1] in ethnic and len(code) == 3:
                    found = _ethnic(span, found)
                    if found is None:
                        continue
        if found is None and agent and span[agent[0] - 1].pos_ in NOUN_TAGS:
            found = NameMatch(i, agent[0], role=agent[1].role, origin=agent[1].origin, before=agent[1].before)
        if found is None:
            continue
        names.append(found)
        for k in range(found.start, found.end):
            name_at[k] = found
    return names, name_at


OPENING_MARKS = frozenset({"—", "–", "-", "--", ":", '"', "“", "‘", "'", "("})


def initial_noun_lemmas(span, lowers: tuple, lemmas: tuple) -> tuple:
    """The lemmas, with a plural noun that opens the sentence (or follows a dateline's dash or
    an opening quote) and that the parser took for a proper noun given its singular: the parser
    reads a capitalised first word as a name now and then, and leaves its lemma as written
    ("Rebels also attacked an army post" gives "Rebels", no agent; "rebel" is). Only where the
    capital says nothing: a plural name inside the sentence ("the Rebels", a team) stays."""
    repaired = None
    for i, lower in enumerate(lowers):
        if not lower.isalpha():
            continue
        if i and lowers[i - 1] not in OPENING_MARKS and any(w.isalpha() for w in lowers[:i - 1]):
            break  # past the opening words
        token = span[i]
        if (token.pos_ == "PROPN" and lemmas[i] == lower and token.text[:1].isupper()
                and not token.text.isupper() and lower.endswith(("s", "men"))):
            repaired = repaired or list(lemmas)
            repaired[i] = singular(lower)
    return tuple(repaired) if repaired else lemmas


def singular(lower: str) -> str:
    """The singular of a regular English plural noun: "rebels" -> rebel, "militias" -> militia,
    "authorities" -> authority, "gunmen" -> gunman, "witnesses" -> witness."""
    if lower.endswith("men"):
        return lower[:-3] + "man"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return lower[:-2]
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def add_crowds(span, lowers: tuple, lemmas: tuple, names: list, name_at: dict, words: Settings) -> tuple:
    """``names`` and ``name_at`` with the counted crowds of the sentence added as civilians (an
    agent, CVL: its country is the place's, as any agent's). A number of people is a crowd CAMEO
    codes as civilians: "Thousands rallied in Tbilisi against the law" (GEOCVL 1412 GEOGOV),
    "Police detained more than 100 people" (the target KENCVL in a story set in Kenya), "Hundreds
    of people protested", "Gunmen killed five children". "people" alone stays no actor ("the
    people want change"), and a count of something else is none ("raised thousands of dollars")."""
    crowds = [k for k, (lower, lemma) in enumerate(zip(lowers, lemmas))
              if (lower in words.crowd_quantities or lemma in words.crowd_nouns) and k not in name_at
              and _counted_crowd(span[k], words)]
    if not crowds:
        return names, name_at
    for k in crowds:
        found = NameMatch(k, k + 1, role="CVL", origin=CROWD)
        name_at[k] = found
        names.append(found)
    names.sort(key=lambda n: n.start)
    return names, name_at


def _counted_crowd(token, words: Settings) -> bool:
    """Whether ``token`` heads a counted crowd: a count (the settings' ``crowd_quantities``)
    standing alone ("Thousands marched") or of people ("hundreds of people", "tens of thousands
    of people"), or a crowd noun (``crowd_nouns``: "people", "women") with a number ("12
    people", "more than 100 people"). In "hundreds of people" the count heads the phrase, so it
    is the crowd, and "people" is part of it."""
    if token.pos_ != "NOUN" or token.dep_ in ("compound", "quantmod", "nummod"):
        return False
    if token.lower_ in words.crowd_quantities:
        return _count_of_people(token, words)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words.crowd_quantities:
        return False  # the count heads the crowd
    return any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _count_of_people(count, words: Settings) -> bool:
    """A count standing alone, or of people, or of a count of people: not "hundreds of
    millions of dollars"."""
    counted = [c for p in count.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children if c.dep_ == "pobj"]
    return all(c.lemma_.lower() in words.crowd_nouns
               or (c.lower_ in words.crowd_quantities and _count_of_people(c, words)) for c in counted)


QUOTE_KINDS = {"“": "open", "”": "close", '"': "either", "``": "open", "''": "close"}
MARKS = "coder.quote_marks"  # the doc's quotation marks, in Doc.user_data


def doc_marks(doc) -> tuple:
    """([token index], [kind], [whether a quote is open after it]) of the doc's quotation marks,
    found once per doc: each sentence looks at the marks of the sentences before it, and a
    pronoun asks whether it stands in a quote."""
    found = doc.user_data.get(MARKS)
    if found is None:
        positions, kinds, open_after, inside = [], [], [], False
        for t in doc:
            kind = QUOTE_KINDS.get(t.text)
            if kind is not None:
                inside = (not inside) if kind == "either" else (kind == "open")
                positions.append(t.i), kinds.append(kind), open_after.append(inside)
        found = doc.user_data[MARKS] = (positions, kinds, open_after)
    return found


def in_quote(token) -> bool:
    """Whether a token stands inside a quote, opened in its sentence or in one before it
    ('"Today he fled. He was caught by police," the minister said': "He" is quoted)."""
    positions, _, open_after = doc_marks(token.doc)
    k = bisect_left(positions, token.i)
    return open_after[k - 1] if k else False


CHUNKS = "coder.noun_chunks"  # the doc's noun chunks and their starts, in Doc.user_data


def noun_chunks(span) -> list:
    """The sentence's noun phrases (spaCy's noun chunks), pronouns included; none without a
    parser. The doc's chunks are found once: ``Span.noun_chunks`` walks the whole doc for each
    sentence, which made a long story quadratic."""
    doc = span.doc
    found = doc.user_data.get(CHUNKS)
    if found is None:
        try:
            chunks = list(doc.noun_chunks)
        except (ValueError, NotImplementedError):  # no parser: no noun chunks
            chunks = []
        found = doc.user_data[CHUNKS] = (chunks, [c.start for c in chunks])
    chunks, starts = found
    return [c for c in chunks[bisect_left(starts, span.start):bisect_left(starts, span.end)] if c.end <= span.end]


def forget_parse(span) -> None:
    """Drop what was read off the parse of the doc of ``span`` (a sentence whose parse was just
    repaired: ``headlines``): its plain tokens, the sentence's forms and the doc's noun chunks
    are read again when next asked."""
    data = span.doc.user_data
    data.pop(TOKENS, None)
    data.get(FORMS, {}).pop((span.start, span.end), None)
    data.pop(CHUNKS, None)


def _ethnic(span, name: NameMatch) -> Optional[NameMatch]:
    """A state's demonym after "ethnic" (the settings' ``ethnic_modifiers``) names a people living
    wherever the sentence puts them, not the state: "Ethnic Albanians in south Serbia demanded
    autonomy" are Serbia's civilians (SRBCVL, from the place, as any agent), "ethnic Russian
    separatists" are separatists, no Russian ones. The demonym as a noun is a civilians agent;
    as a modifier, nothing (None)."""
    if span[name.end - 1].pos_ in NOUN_TAGS and span[name.end - 1].dep_ not in ("compound", "amod"):
        return NameMatch(name.start, name.end, role="CVL", origin=name.origin)
    return None


def _language(lowers: tuple, end: int, languages: frozenset) -> bool:
    """Whether a name ending at ``end`` is followed by one of the ``languages`` words, after a
    hyphen or not: "English-language", "French speaking"."""
    k = end + 1 if end < len(lowers) and lowers[end] == "-" else end
    return k < len(lowers) and lowers[k] in languages


def _after_prefix(lowers: tuple, i: int, prefixes: frozenset) -> bool:
    return i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in prefixes


def phrases_in(lowers: tuple, lemmas: tuple, trie, keys: Optional[TokenKeys] = None) -> Iterator[str]:
    """The values of the trie's phrases found in the tokens, left to right (discard phrases,
    issue phrases). ``keys``: the tokens as trie keys, if the caller has them (``view.keys``);
    these phrases match by form and lemma only, not by a token's exact text."""
    if not len(trie):
        return
    for i in (trie.starts(lowers, lemmas) if keys is None else trie.starts_in(keys, exact=False)):
        found = trie.longest(lowers, lemmas, i)
        if found:
            yield found[1]

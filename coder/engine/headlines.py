"""Headlines the parser reads as one noun phrase: the verb of a headline, repaired.

A headline drops its articles, and spaCy's small model then often takes its present-tense verb
for a plural noun inside one long compound: "Myanmar junta arrests journalists" is parsed as a
single noun phrase whose head is "journalists", with "arrests" a noun modifier. Nothing in such
a sentence is a verb, so no event is coded, and the whole phrase composes to one actor
(MMRGOVMED). A sentence with no verb at all whose compound holds a plural noun that is a
dictionary verb ("arrests", "attacks", "warns"), after a name, is a headline of the form
"SUBJECT VERBs OBJECT": the parse is repaired to read it so ("junta" the subject, "journalists"
the object), before any stage looks at the sentence. So is a singular noun right after a plural
subject, a verb in the base form ("Jihadists attack army posts", "Police fire tear gas at
protesters": ``plural_nouns`` in the settings for plurals without an -s). A headline of two
verbs after a comma, whose first the parser hid in the second's subject ("Niger junta expels
French ambassador, suspends broadcasts"), is read with the first as its root and the second as
its conjunct.
"""

from __future__ import annotations

from ..dictionary import Dictionaries
from .view import NOUN_TAGS, forget_parse, token_attributes


def repair_headline(span, dictionaries: Dictionaries) -> bool:
    """Repair a verbless sentence whose compound hides its verb (see the module); True when the
    parse was changed. The change is made in the doc, once: a repaired sentence has a verb."""
    lowers, lemmas, texts, pos = token_attributes(span)
    if any(p in ("VERB", "AUX") and span[k].dep_ != "compound" for k, p in enumerate(pos)):
        # a verb the parser tagged so but hung in the compound is still hidden; a first verb
        # hidden in the subject of a second, after a comma, too
        found = _hidden_first_verb(span, lowers, lemmas, texts, dictionaries)
        if found is None:
            return False
        second = found[2]
        _reparse(span, *found[:2])
        second.head, second.dep_ = found[0], "conj"
        forget_parse(span)
        return True
    found = _hidden_verb(span, lowers, lemmas, texts, dictionaries)
    if found is None:
        return False
    _reparse(span, *found)
    forget_parse(span)
    return True


def _hidden_first_verb(span, lowers: tuple, lemmas: tuple, texts: tuple, dictionaries: Dictionaries):
    """(verb, object, second verb) of a headline of two verbs in the third person after a comma,
    whose first verb the parser took for a plural noun inside the second's subject: "Niger junta
    expels French ambassador, suspends broadcasts" was parsed with the subject "Niger junta
    expels French ambassador" and one verb, "suspends" (its subject then composed one actor and
    the expulsion was lost). The root must be a verb in the third person right after a comma
    that ends its subject, and the hidden verb a dictionary verb after a named noun, before the
    subject's head (its object). None if the sentence is not of that form."""
    root = span.root
    if root.tag_ != "VBZ" or root.i == span.start or span.doc[root.i - 1].text != ",":
        return None
    subject = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in NOUN_TAGS), None)
    if subject is None or subject.i != root.i - 2:
        return None  # the comma ends the subject: "..., ambassador , suspends"
    found = _hidden_verb(span[:subject.i - span.start + 1], lowers, lemmas, texts, dictionaries,
                         inside=subject)
    return None if found is None else (*found, root)


def _hidden_verb(span, lowers: tuple, lemmas: tuple, texts: tuple, dictionaries: Dictionaries,
                 inside=None):
    """(verb, object) of the first plural noun that is a dictionary verb in the third person
    ("arrests"), after a noun and a name: a modifier of the compound's head after it, the root
    ("Myanmar junta arrests journalists"), or the root itself with a noun after it ("Chad junta
    expels French ambassador", the parse's root "expels"). The parser may tag it a verb and
    still hang it in the compound ("Indian court acquits activist of terror charges" composed
    one actor, court and activist, and no object). With ``inside`` (a second verb's subject,
    ``_hidden_first_verb``), only a modifier of that subject, which is its object. None if there
    is none."""
    named = sorted(set(dictionaries.actors.starts(lowers, lemmas, texts))
                   | set(dictionaries.agents.starts(lowers, lemmas, texts)))
    for k, token in enumerate(span):
        if (not (third_person(token, lowers[k]) or after_plural(token, k, lowers, dictionaries.settings.plural_nouns))
                or not named or named[0] >= k
                or token.i == span.start or span.doc[token.i - 1].pos_ not in NOUN_TAGS):
            continue
        if not any(entry.kind == "verb" for entry in dictionaries.events.get(lemmas[k], ())):
            continue
        if inside is not None:  # the first verb of two: its object is the second's subject
            if token.head == inside and token.i < inside.i - 1:
                return token, inside
            continue
        if token.dep_ == "compound" and token.head.i > token.i and token.head.dep_ == "ROOT":
            return token, token.head
        if token.dep_ == "ROOT":
            obj = next((c for c in token.rights if c.pos_ in NOUN_TAGS), None)
            if obj is not None:
                return token, obj
    return None


def third_person(token, lower: str) -> bool:
    """A plural noun that may be a verb in the third person: "arrests", "expels", or a verb so
    tagged that the parser hung in the compound ("court acquits activist")."""
    return token.tag_ in ("NNS", "VBZ") and lower.endswith("s")


def after_plural(token, k: int, lowers: tuple, plural_nouns: frozenset) -> bool:
    """A singular noun right after a plural one, which may be the verb of a plural subject:
    "Jihadists attack army posts in Burkina Faso", "Gunmen kidnap students", "Police fire
    tear gas at protesters" (the settings' ``plural_nouns``, plural without an -s)."""
    before = token.doc[token.i - 1]
    return (token.tag_ == "NN" and k > 0 and not lowers[k].endswith("s")
            and (before.tag_ == "NNS" or lowers[k - 1] in plural_nouns))


def _reparse(span, verb, obj) -> None:
    """Make ``verb`` the sentence's root, the noun before it its subject (with the words before
    it as that noun's modifiers) and ``obj``, the head of the words after it, its object. The
    verb is made the root first, so that no step leaves a cycle."""
    doc = span.doc
    subject = doc[verb.i - 1]
    old_root = verb.head
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    verb.tag_ = "VBZ"
    subject.head = verb
    subject.dep_ = "nsubj"
    for token in span:
        if token.i < subject.i and not (span.start <= token.head.i < subject.i):
            token.head = subject  # "Myanmar" modifies "junta", no longer "journalists"
    obj.head = verb
    obj.dep_ = "dobj"
    for token in span:
        if token.i > obj.i and token.is_punct and token.head == old_root and old_root != verb:
            token.head = verb  # the full stop hangs on the root

"""A faster stand-in for spaCy's rule lemmatizer: the same lemmas, found once per distinct
(word, part of speech, morphology).

spaCy's English lemmatizer works token by token in Python, and its own cache misses the
commonest case: a base form ("talks" as a singular noun, "say" as a present verb) is worked
out again, morphology and all, each time it occurs. The lemma depends only on the word as
written, its part of speech and its features (the lemmatizer's tables do not change), so it
is looked up by those; a new one is found by spaCy's own lemmatizer, its table of known
lemmas read as sets (``FastRules``).
``tests/test_cached_pipes.py`` compares every lemma with spaCy's own component.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from .standin import StandIn

FACTORY = "coder_cached_lemmatizer"


class CachedLemmatizer(StandIn):
    """A pipeline component that lemmatises as a spaCy rule ``Lemmatizer`` (``adopt``) does."""

    def __init__(self, vocab, name: str = "lemmatizer") -> None:
        self.vocab = vocab
        self.name = name
        self.original = None
        self.lemmas: dict = {}  # (orth, pos, morph) -> lemma's string hash
        self.rules = None  # FastRules: spaCy's rules for a new lemma

    def adopt(self, lemmatizer) -> None:
        """Take over ``lemmatizer``, spaCy's component, which finds each new lemma."""
        self.original = lemmatizer
        self.lemmas = {}
        self.rules = FastRules(lemmatizer)
        learn_irregular_verbs(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if self.original is None:
            return doc
        if not self.original._validated:
            return self.original(doc)  # let spaCy check its tables and report what is missing
        overwrite, strings = self.original.overwrite, self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        values = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = self.lemmas.get(key)
                if found is None:
                    found = self.lemmas[key] = strings.add(self.rules.lemmatize(doc[i])[0])
                values[i] = found
        doc.from_array([LEMMA], values.reshape(-1, 1))
        return doc


INDEX = "lemma_index"  # the rule lemmatizer's known lemmas, a list for each part of speech


class FastRules:
    """spaCy's own ``rule_lemmatize`` run on the lemmatizer's tables with its known lemmas as
    sets. spaCy keeps them as lists (57,528 nouns, 20,993 verbs) and tests each form its rules
    make ("talk" for "talks") against them by a scan from the start: nearly all of a new
    word's time (90 µs), and on a corpus of new sentences as long as the parser's. A set
    answers the same question at once, so the lemmas are the same. Anything else
    ``rule_lemmatize`` reads (its base-form test) is the lemmatizer's own."""

    def __init__(self, lemmatizer):
        from spacy.lookups import Lookups, Table

        self.original = lemmatizer
        self.cache: dict = {}  # rule_lemmatize's own, as the lemmatizer keeps one
        self.lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == INDEX:
                table = Table.from_dict({key: frozenset(words) for key, words in table.items()}, name=name)
            self.lookups.set_table(name, table)
        self.rule_lemmatize = type(lemmatizer).rule_lemmatize

    def lemmatize(self, token) -> list:
        """The lemmas spaCy's lemmatizer gives ``token``."""
        if self.original.mode != "rule":
            return self.original.lemmatize(token)
        return self.rule_lemmatize(self, token)

    def __getattr__(self, name: str):
        original = self.__dict__.get("original")
        if original is None or name.startswith("__"):
            raise AttributeError(name)
        return getattr(original, name)


@Language.factory(FACTORY)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, name)


def use_cached_lemmatizer(nlp: Language) -> Language:
    """``nlp`` with a ``CachedLemmatizer`` in place of each rule-mode spaCy lemmatizer, under
    the same name (a lookup-mode one is a table lookup already, and stays)."""
    from spacy.pipeline import Lemmatizer

    for name, component in list(nlp.pipeline):
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            nlp.replace_pipe(name, FACTORY).adopt(component)
    return nlp


IRREGULAR_VERBS: dict = {}  # an irregular verb form -> its base form, from spaCy's tables


def learn_irregular_verbs(lemmatizer) -> None:
    """Keep the irregular verb forms of a rule lemmatizer's exceptions table that are no base
    forms themselves ("forgave", "retook", not "found" or "saw"), for ``irregular_base``."""
    try:
        exceptions = lemmatizer.lookups.get_table("lemma_exc").get("verb", {})
        index = set(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))
    except (KeyError, AttributeError):
        return
    IRREGULAR_VERBS.update({form: bases[0] for form, bases in exceptions.items()
                            if bases and form not in index and bases[0] != form})


def learn_from(nlp) -> None:
    """Learn the irregular verb forms of a pipeline coder did not load itself (a ``Language``
    given to ``Coder(model=...)``), from its rule lemmatizer, so that it codes "Kenya forgave
    Uganda's debt" as a pipeline loaded by name does, whatever else this process loaded."""
    from spacy.pipeline import Lemmatizer

    for _, component in nlp.pipeline:
        lemmatizer = component.original if isinstance(component, CachedLemmatizer) else component
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
            learn_irregular_verbs(lemmatizer)


def irregular_base(form: str):
    """The base form of an irregular verb form, or None: spaCy returns the form itself when
    the tagger reads it as a base form ("Kenya forgave Uganda's debt" tagged VB keeps
    "forgave"), and regular de-inflection cannot find "forgive"."""
    return IRREGULAR_VERBS.get(form)

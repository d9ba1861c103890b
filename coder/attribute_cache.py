"""A faster stand-in for spaCy's ``attribute_ruler``: the same rules, the same result, matched
once per distinct token rather than once per token.

The English pipelines map each fine tag to its part of speech and features with a few hundred
one-token Matcher rules ("TAG is VBD" -> VERB, Tense=Past; "LOWER is 'it' and DEP is nsubj" ->
Case=Nom). spaCy's component runs the Matcher over every token of every doc: about a fifth of
the whole pipeline's time, and more than the tagger and lemmatizer together. Whether a
one-token rule matches depends only on the token's own attributes that the rule reads (its
tag, lower-case form, dependency label, whether it is a space), and a news corpus repeats a
few thousand such signatures; so the rules matched are looked up by signature, found with the
original Matcher on the first token that has it. Rules of two or more tokens ("there" + "is":
the verb is a VERB) are few; a Matcher of those alone runs on each doc.

The rules are applied as spaCy applies them: in the order they were added, each to the token
it names. ``tests/test_cached_pipes.py`` compares every token attribute with spaCy's own
component; ``benchmarks/throughput.py`` measures the gain.
"""

from __future__ import annotations

import re

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from .standin import StandIn

NAME = "attribute_ruler"
FACTORY = "coder_cached_attribute_ruler"


class CachedAttributeRuler(StandIn):
    """A pipeline component applying the rules of a spaCy ``AttributeRuler`` (``adopt``), with
    its one-token rules looked up by token signature."""

    def __init__(self, vocab, name: str = NAME) -> None:
        self.vocab = vocab
        self.name = name
        self.original = None

    def adopt(self, ruler) -> None:
        """Take over the rules of ``ruler``, spaCy's component, which stays the fallback."""
        self.original = ruler
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        self.single = Matcher(self.vocab)
        self.multi = Matcher(self.vocab)
        features, named, needs = set(), {}, []
        for rule in range(len(self.attrs)):
            patterns = ruler.matcher.get(str(rule))[1]
            if all(len(pattern) == 1 and "OP" not in pattern[0] for pattern in patterns):
                self.single.add(str(rule), patterns)
                for pattern in patterns:
                    for key, value in pattern[0].items():
                        features.add(key.upper())
                        if key.upper() in WORD_FEATURES:
                            named.setdefault(key.upper(), set()).update(_words_named(value))
            else:
                self.multi.add(str(rule), patterns)
                needs.extend(_pattern_needs(pattern) for pattern in patterns)
        # None: a rule reads something other than a token attribute (an extension): no cache
        self.features = sorted(IDS[feature] for feature in features) if features <= set(IDS) else None
        # A word feature (the lower-case form) is part of a signature only where a rule names
        # the word or its pattern matches it: "fired" and "signed" (VBD, ROOT) share one.
        # None: some rule's test is neither words nor a regular expression: every word counts.
        self.words = {}
        for feature, words in named.items():
            if None not in words:
                self.words[IDS[feature]] = NamedWords(self.vocab, words)
        self.signatures: dict = {}
        self.multi_needs = MultiNeeds(self.vocab, needs)

    def __call__(self, doc: Doc) -> Doc:
        if self.original is None:
            return doc
        if self.features is None:
            return self.original(doc)
        rows = doc.to_array(self.features).tolist() if self.features else [()] * len(doc)
        extra = self._multi_matches(doc) if self.multi_needs.may_match(doc) else {}
        words = [(k, self.words[f]) for k, f in enumerate(self.features) if f in self.words]
        for i, row in enumerate(rows):
            for k, named in words:
                if not named(row[k]):
                    row[k] = 0  # a word no rule names
            key = tuple(row)
            rules = self.signatures.get(key)
            if rules is None:
                rules = self.signatures[key] = self._single_rules(doc, i)
            if i in extra:
                rules = tuple(sorted(rules + extra[i]))
            if rules:
                token = doc[i]
                for rule in rules:
                    set_token_attrs(token, self.attrs[rule])
        return doc

    def _single_rules(self, doc: Doc, i: int) -> tuple:
        """The one-token rules token ``i`` matches, in rule order."""
        matches = self.single(doc[i:i + 1], allow_missing=True)
        return tuple(sorted(int(self.vocab.strings[key]) for key, _, _ in matches))

    def _multi_matches(self, doc: Doc) -> dict:
        """Token index -> the rules of several tokens that set it ("there is": "is")."""
        found: dict = {}
        if len(self.multi):
            for key, start, end in self.multi(doc, allow_missing=True):
                rule = int(self.vocab.strings[key])
                i = doc[start:end][self.indices[rule]].i
                found[i] = found.get(i, ()) + (rule,)
        return found


# Token features whose values are words: a rule names them one by one (or in a list).
WORD_FEATURES = frozenset({"ORTH", "LOWER", "NORM", "TEXT"})


def _words_named(value) -> set:
    """The words a rule's test on a word feature names: ``"ai"``, ``{"IN": [...]}`` and
    ``{"NOT_IN": [...]}`` name theirs (any other word passes or fails them alike), and
    ``{"REGEX": "^n[ou]thin'$"}`` its expression, as ``re.Pattern``; a set with None for any
    other test."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
        found = set()
        for test, argument in value.items():
            if test == "REGEX" and isinstance(argument, str):
                found.add(re.compile(argument))
            elif test != "REGEX" and all(isinstance(w, str) for w in argument):
                found.update(argument)
            else:
                return {None}
        return found
    return {None}


class NamedWords:
    """Whether a word (a string hash) is one the rules name, or match with an expression;
    decided once per distinct word."""

    def __init__(self, vocab, named: set):
        self.vocab = vocab
        self.expressions = [n for n in named if isinstance(n, re.Pattern)]
        self.known = {vocab.strings.add(w): True for w in named if isinstance(w, str)}

    def __call__(self, key: int) -> bool:
        found = self.known.get(key)
        if found is None:
            text = self.vocab.strings[key]
            found = self.known[key] = any(e.search(text) for e in self.expressions)
        return found


def _pattern_needs(pattern: list) -> list:
    """What a doc must hold for a Matcher pattern to match it: (feature, test) pairs, each a
    value some token must have ("there is": a token whose DEP is expl, one whose LOWER is
    "is", "are", ...). A token that may be absent ("OP") requires nothing; a test other than a
    value, a list of values or (on a word feature) a regular expression is left out."""
    needs = []
    for token in pattern:
        if "OP" in token:
            continue
        for key, value in token.items():
            feature = key.upper()
            if feature not in IDS:
                continue
            if isinstance(value, str):
                needs.append((IDS[feature], frozenset([value])))
            elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
                    and all(isinstance(v, str) for v in value["IN"]):
                needs.append((IDS[feature], frozenset(value["IN"])))
            elif (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str)
                  and feature in WORD_FEATURES):
                needs.append((IDS[feature], re.compile(value["REGEX"])))
    return needs


class MultiNeeds:
    """Whether a doc may hold a match of the rules of several tokens, told from the values its
    tokens have: each such rule names words ("gon" + "na", "there" + "is"), and most docs hold
    none of them, so spaCy's Matcher, the costliest part of the component on a short doc, need
    not run on them. A rule with no value to require (None in ``needs``) makes every doc run."""

    def __init__(self, vocab, needs: list):
        self.vocab = vocab
        self.always = any(not need for need in needs)
        self.patterns = [[(feature, frozenset(vocab.strings.add(v) for v in test)
                           if isinstance(test, frozenset) else test) for feature, test in need]
                         for need in needs]
        self.features = sorted({feature for need in needs for feature, _ in need})
        self.passes: dict = {}  # (regular expression, value) -> whether the value's text matches

    def may_match(self, doc: Doc) -> bool:
        if self.always:
            return True
        if not self.patterns:
            return False
        columns = doc.to_array(self.features).T.tolist() if len(doc) else [[] for _ in self.features]
        values = {feature: set(column) for feature, column in zip(self.features, columns)}
        return any(all(self._holds(values[feature], test) for feature, test in need) for need in self.patterns)

    def _holds(self, values: set, test) -> bool:
        if isinstance(test, frozenset):
            return not test.isdisjoint(values)
        for value in values:
            found = self.passes.get((test, value))
            if found is None:
                found = self.passes[(test, value)] = bool(test.search(self.vocab.strings[value]))
            if found:
                return True
        return False


@Language.factory(FACTORY)
def make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name)


def use_cached_attribute_ruler(nlp: Language) -> Language:
    """``nlp`` with a ``CachedAttributeRuler`` in place of each spaCy attribute ruler, under
    the same name."""
    from spacy.pipeline import AttributeRuler

    for name, component in list(nlp.pipeline):
        if isinstance(component, AttributeRuler):
            nlp.replace_pipe(name, FACTORY).adopt(component)
    return nlp

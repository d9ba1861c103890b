"""The cached attribute ruler gives every token the same annotations as spaCy's own."""

from __future__ import annotations

import pytest

from coder.attribute_cache import CachedAttributeRuler, use_cached_attribute_ruler

# Our own sentences, with the rules of two tokens ("there is", "gonna", "let's", "y'all",
# "ain't") and the one-token rules that read the dependency ("it" as subject and object,
# "but" as an adverb, "do" as a main verb) and spaces.
TEXTS = [
    "There is no agreement yet, and there were protests in Quito on Monday.",
    "We're gonna sign it, y'all said, but let's wait: it ain't over.",
    "Did Chile do it? It said it did, but the ministers did not say so.",
    "The  council   met\n\nin Lima.  Then it adjourned.",
    "Sweden, which has hosted talks before, offered to host them again; that was welcomed.",
    "Who told you it was I who called them?",
    "They said nothin' at all, and nuthin' came of it.",  # a rule with a regular expression
]


def annotations(doc) -> list:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    spacy = pytest.importorskip("spacy")
    from coder.nlp import MODELS

    for name in MODELS:
        try:
            stock = spacy.load(name, exclude=["ner"])
            cached = use_cached_attribute_ruler(spacy.load(name, exclude=["ner"]))
            return stock, cached
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


def test_replaces_the_ruler_under_its_name(pipelines):
    stock, cached = pipelines
    assert cached.pipe_names == stock.pipe_names
    assert isinstance(cached.get_pipe("attribute_ruler"), CachedAttributeRuler)


def test_same_annotations_as_spacy(pipelines):
    stock, cached = pipelines
    for _ in range(2):  # the second time every signature comes from the cache
        for ours, theirs in zip(cached.pipe(TEXTS), stock.pipe(TEXTS)):
            assert annotations(ours) == annotations(theirs)


def test_two_token_rules_apply(pipelines):
    _, cached = pipelines
    doc = cached("We are gonna win.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]
    doc = cached("There is hope.")
    assert doc[1].pos_ == "VERB"  # "there is": the rule of two tokens makes "is" a verb


def test_load_pipeline_uses_the_cache():
    from coder.nlp import load_pipeline

    assert isinstance(load_pipeline().get_pipe("attribute_ruler"), CachedAttributeRuler)


def test_words_no_rule_names_share_a_signature(pipelines):
    _, cached = pipelines
    ruler = cached.get_pipe("attribute_ruler")
    list(cached.pipe(["Peru fired the envoy.", "Chile sacked the envoy."]))
    # "fired" and "sacked" are past-tense roots alike: one signature, the second a hit
    before = len(ruler.signatures)
    cached("Bolivia dismissed the envoy.")
    assert len(ruler.signatures) == before

"""The cached lemmatizer gives every token the same lemma as spaCy's own."""

from __future__ import annotations

import pytest

from coder.lemma_cache import CachedLemmatizer, use_cached_lemmatizer

# Our own sentences: inflected verbs and nouns, base forms, proper nouns, numbers, spaces.
TEXTS = [
    "Ministers of Peru met their Chilean counterparts and signed three accords on Tuesday.",
    "The talks were held in Lima; the envoys say they will meet again.",
    "Bolivia's president said troops had been withdrawn from the border crossings.",
    "  Rebels  attacked\n\ntwo villages, burning 40 houses.",
    "Talks, talks and more talks: the talks failed.",
]


def lemmas(doc) -> list:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    spacy = pytest.importorskip("spacy")
    from coder.nlp import MODELS

    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner"]), use_cached_lemmatizer(spacy.load(name, exclude=["ner"]))
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


def test_replaces_the_lemmatizer_under_its_name(pipelines):
    stock, cached = pipelines
    assert cached.pipe_names == stock.pipe_names
    assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)


def test_same_lemmas_as_spacy(pipelines):
    stock, cached = pipelines
    for _ in range(2):  # the second time every lemma comes from the cache
        for ours, theirs in zip(cached.pipe(TEXTS), stock.pipe(TEXTS)):
            assert lemmas(ours) == lemmas(theirs)
    assert cached.get_pipe("lemmatizer").lemmas  # and the cache was used


def test_a_word_is_lemmatised_by_its_part_of_speech(pipelines):
    _, cached = pipelines
    doc = cached("The envoys said the attacks attacked nobody.")
    assert [t.lemma_ for t in doc][1:6] == ["envoy", "say", "the", "attack", "attack"]


def test_load_pipeline_uses_the_cache():
    from coder.nlp import load_pipeline

    assert isinstance(load_pipeline().get_pipe("lemmatizer"), CachedLemmatizer)

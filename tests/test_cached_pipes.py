"""coder's cached stand-ins for spaCy's attribute ruler and lemmatizer give every token the
same annotations as spaCy's own components."""

from __future__ import annotations

import pytest

from coder.attribute_cache import CachedAttributeRuler, use_cached_attribute_ruler
from coder.lemma_cache import CachedLemmatizer, use_cached_lemmatizer

# Our own sentences: the attribute ruler's rules of two tokens ("there is", "gonna", "let's",
# "y'all", "ain't"), its one-token rules that read the dependency ("it" as subject and object,
# "but" as an adverb, "do" as a main verb) or a regular expression ("nothin'"); inflected verbs
# and nouns, base forms, proper nouns, numbers and spaces for the lemmatizer.
TEXTS = [
    "There is no agreement yet, and there were protests in Quito on Monday.",
    "We're gonna sign it, y'all said, but let's wait: it ain't over.",
    "Did Chile do it? It said it did, but the ministers did not say so.",
    "The  council   met\n\nin Lima.  Then it adjourned.",
    "Sweden, which has hosted talks before, offered to host them again; that was welcomed.",
    "Who told you it was I who called them?",
    "They said nothin' at all, and nuthin' came of it.",
    "Ministers of Peru met their Chilean counterparts and signed three accords on Tuesday.",
    "Bolivia's president said troops had been withdrawn from the border crossings.",
    "  Rebels  attacked\n\ntwo villages, burning 40 houses.",
    "Talks, talks and more talks: the talks failed.",
]

CACHED = {"attribute_ruler": (use_cached_attribute_ruler, CachedAttributeRuler),
          "lemmatizer": (use_cached_lemmatizer, CachedLemmatizer)}


def annotations(doc) -> list:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def stock(stock_pipeline):
    return stock_pipeline()


@pytest.fixture(scope="module", params=sorted(CACHED))
def cached(request, stock_pipeline):
    """A pipeline with one of the components cached: (its name, the pipeline)."""
    use, _ = CACHED[request.param]
    return request.param, use(stock_pipeline())


def test_replaces_the_component_under_its_name(stock, cached):
    name, nlp = cached
    assert nlp.pipe_names == stock.pipe_names
    assert isinstance(nlp.get_pipe(name), CACHED[name][1])


def test_same_annotations_as_spacy(stock, cached):
    _, nlp = cached
    for _ in range(2):  # the second time every token's annotation comes from the cache
        for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
            assert annotations(ours) == annotations(theirs)


def test_two_token_rules_apply(stock_pipeline):
    nlp = use_cached_attribute_ruler(stock_pipeline())
    assert [t.lemma_ for t in nlp("We are gonna win.")][2:4] == ["go", "to"]
    assert nlp("There is hope.")[1].pos_ == "VERB"  # "there is": the rule of two tokens makes "is" a verb


def test_rules_of_two_tokens_run_only_where_their_words_are(stock_pipeline):
    """The Matcher of the rules of several tokens is skipped on a doc that holds none of their
    words; a doc that holds them (even where the rule then does not match) runs it."""
    nlp = use_cached_attribute_ruler(stock_pipeline())
    needs = nlp.get_pipe("attribute_ruler").multi_needs
    assert not needs.may_match(nlp.make_doc("Peru recalled its ambassador from Chile."))
    assert needs.may_match(nlp("We are gonna win."))
    assert needs.may_match(nlp("It ain't over."))  # a regular expression: "n't"
    assert not needs.may_match(nlp("It is over."))  # "is", but no "there" before it (DEP expl)


def test_words_no_rule_names_share_a_signature(stock_pipeline):
    nlp = use_cached_attribute_ruler(stock_pipeline())
    ruler = nlp.get_pipe("attribute_ruler")
    list(nlp.pipe(["Peru fired the envoy.", "Chile sacked the envoy."]))
    before = len(ruler.signatures)
    nlp("Bolivia dismissed the envoy.")  # past-tense roots alike: no new signature
    assert len(ruler.signatures) == before


def test_a_word_is_lemmatised_by_its_part_of_speech(stock_pipeline):
    nlp = use_cached_lemmatizer(stock_pipeline())
    doc = nlp("The envoys said the attacks attacked nobody.")
    assert [t.lemma_ for t in doc][1:6] == ["envoy", "say", "the", "attack", "attack"]
    assert nlp.get_pipe("lemmatizer").lemmas  # found once, kept


# Words of every kind the rules handle: plural and singular nouns, verb forms (regular,
# irregular, doubled consonants), comparatives, proper nouns, numbers, words no table knows.
LEMMA_TEXTS = [
    "The ministries stopped funding the studies; the geese fled as militias regrouped.",
    "Paraguay's envoys were freed, wiser and happier, after 3 talks with Uruguayan mediators.",
    "Zorblax grommeted the flinties while the committees were being dissolved and rebuilt.",
    "She is running, they ran, he has run; the better offers came from the biggest firms.",
]


def test_new_lemmas_are_spacys(stock_pipeline):
    """A lemma not seen before is found by spaCy's own rules, its known lemmas read as sets:
    for every token the same lemmas as the rule lemmatizer's own, for the same (word, part of
    speech) under each of its readings."""
    from coder.lemma_cache import FastRules

    nlp = stock_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")
    rules = FastRules(lemmatizer)
    assert isinstance(rules.lookups.get_table("lemma_index").get("noun"), frozenset)
    assert isinstance(lemmatizer.lookups.get_table("lemma_index").get("noun"), list)  # spaCy's own unchanged
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = list(nlp.pipe(LEMMA_TEXTS + TEXTS))
    tokens = [token for doc in docs for token in doc]
    assert {token.pos_ for token in tokens} >= {"NOUN", "VERB", "ADJ", "PROPN", "NUM", "AUX"}
    for token in tokens:
        assert rules.lemmatize(token) == lemmatizer.rule_lemmatize(token), token.text


def test_load_pipeline_uses_both():
    from coder.nlp import load_pipeline

    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_the_original_components_tables_are_still_there(stock, cached):
    name, nlp = cached
    if name == "lemmatizer":  # coder dict lint reads the lemmatizer's tables
        assert nlp.get_pipe(name).lookups.to_bytes() == stock.get_pipe(name).lookups.to_bytes()
    else:
        assert nlp.get_pipe(name).patterns == stock.get_pipe(name).patterns


def _embedding(nlp):
    from coder.embed_cache import embedding_step

    return embedding_step(nlp.get_pipe("tok2vec").model)


def test_cached_embeddings_are_spacy_vectors(stock, stock_pipeline):
    """The tok2vec embedding step, cached per token signature, gives the very floats spaCy's
    step gives, the first time (computed for the new signatures of a batch) and the second
    (read from the cache), and so every annotation after it."""
    import numpy

    from coder.embed_cache import EmbedCache, use_cached_embeddings

    nlp = use_cached_embeddings(stock_pipeline())
    assert isinstance(_embedding(nlp)._func, EmbedCache)
    for _ in range(2):
        ours = _embedding(nlp).predict([nlp.make_doc(text) for text in TEXTS])
        theirs = _embedding(stock).predict([stock.make_doc(text) for text in TEXTS])
        assert all(numpy.array_equal(a, b) for a, b in zip(ours, theirs))
        for doc_ours, doc_theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
            assert annotations(doc_ours) == annotations(doc_theirs)


def test_embedding_cache_is_bounded(stock, stock_pipeline):
    """Past its limit the cache keeps no more signatures, and still gives spaCy's vectors."""
    from coder.embed_cache import EmbedCache, use_cached_embeddings

    nlp = use_cached_embeddings(stock_pipeline())
    step = _embedding(nlp)
    step._func = EmbedCache(step, limit=5)
    for ours, theirs in zip(nlp.pipe(TEXTS), stock.pipe(TEXTS)):
        assert annotations(ours) == annotations(theirs)
    assert len(step._func.index) == 5


def test_cached_embeddings_save_spacy_weights(stock, stock_pipeline):
    """Only how the step is run changes: the pipeline saves the same tok2vec."""
    from coder.embed_cache import use_cached_embeddings

    nlp = use_cached_embeddings(stock_pipeline())
    assert nlp.get_pipe("tok2vec").model.to_bytes() == stock.get_pipe("tok2vec").model.to_bytes()

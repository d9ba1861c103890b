"""A faster embedding step for spaCy's ``tok2vec``: the same vectors, computed once per
distinct token signature.

The English pipelines' ``tok2vec`` first embeds each token on its own (hash embeddings of its
norm, prefix, suffix, shape and spacing, mixed by a maxout layer and normalised), then runs a
convolution over the sentence. The first step reads nothing but the token's own features, yet
spaCy computes it for every token of every doc: about a third of ``tok2vec``, itself half of the
whole parse ("Egypt praised Jordan for its help" embeds "Egypt" as it did in the story
before). Here its output is kept by signature (the feature values the step reads), and only
signatures not seen before are computed, by the step's own layers. A row of the step's output
depends only on its own row of input (the layers are a lookup, a matrix product and a
normalisation, each row apart), so the vectors are the very same floats; the convolution and
everything after it run as before. ``tests/test_cached_pipes.py`` compares the vectors and
every token attribute with spaCy's own pipeline.

The cache holds at most ``LIMIT`` signatures (a few tens of MiB), so that memory stays flat on a
corpus of any size; past it, new signatures are computed and not kept.
"""

from __future__ import annotations

import numpy

LIMIT = 100_000  # signatures kept: 100,000 vectors of 96 floats are 38 MiB


class EmbedCache:
    """The cached forward pass of a ``tok2vec`` embedding step (``extract_features >>
    list2ragged >> with_array(hash embeddings) >> with_array(maxout >> layernorm) >>
    ragged2list``)."""

    def __init__(self, embed, limit: int = LIMIT) -> None:
        extract, _, hashes, mix, _ = embed.layers
        self.original = embed._func
        self.columns = extract.attrs["columns"]
        self.hashes, self.mix = hashes.layers[0], mix.layers[0]
        self.limit = limit
        self.index: dict = {}  # signature (tuple of feature values) -> row of ``table``
        self.table = None

    def __call__(self, model, docs, is_train: bool):
        if is_train:
            return self.original(model, docs, is_train)
        features = [doc.to_array(self.columns).reshape(len(doc), -1) for doc in docs]
        if not features:
            return [], lambda d: []
        rows = numpy.concatenate(features).astype("uint64", copy=False)
        unique, inverse = numpy.unique(rows, axis=0, return_inverse=True)
        values = self._vectors(unique)
        flat = values[inverse.reshape(-1)]
        vectors = numpy.split(flat, numpy.cumsum([len(f) for f in features])[:-1])
        return [model.ops.asarray2f(v) for v in vectors], lambda d: []

    def _vectors(self, unique) -> numpy.ndarray:
        """The step's output for each distinct signature: kept rows, and new ones computed."""
        keys = list(map(tuple, unique.tolist()))
        found = [self.index.get(key) for key in keys]
        missing = [k for k, row in enumerate(found) if row is None]
        computed = self._compute(unique[missing]) if missing else None
        if self.table is None:
            self.table = numpy.empty((self.limit, computed.shape[1]), dtype=computed.dtype)
        values = numpy.empty((len(keys), self.table.shape[1]), dtype=self.table.dtype)
        kept = [k for k, row in enumerate(found) if row is not None]
        if kept:
            values[kept] = self.table[[found[k] for k in kept]]
        if missing:
            values[missing] = computed
            for k, vector in zip(missing, computed):
                if len(self.index) >= self.limit:
                    break
                self.table[len(self.index)] = vector
                self.index[keys[k]] = len(self.index)
        return values

    def _compute(self, signatures) -> numpy.ndarray:
        """The step's own layers on the signatures' rows."""
        X = self.hashes.predict(self.hashes.ops.asarray2i(signatures, dtype="uint64"))
        return numpy.asarray(self.mix.predict(X))


def embedding_step(model):
    """The embedding step of a ``tok2vec`` model, or None when it is not of the known shape."""
    first = model.layers[0] if model.layers else None
    if first is None or [layer.name for layer in first.layers][:2] != ["extract_features", "list2ragged"] \
            or len(first.layers) != 5 or first.layers[4].name != "ragged2list":
        return None
    return first


def use_cached_embeddings(nlp):
    """``nlp`` with its ``tok2vec`` components' embedding step cached (the model's layers and
    weights unchanged: only how the step is run)."""
    from spacy.pipeline import Tok2Vec

    for _, component in nlp.pipeline:
        if isinstance(component, Tok2Vec):
            step = embedding_step(component.model)
            if step is not None and not isinstance(step._func, EmbedCache):
                step._func = EmbedCache(step)
    return nlp

"""What coder's stand-ins for spaCy components share (``attribute_cache``, ``lemma_cache``):
the original component kept inside, answering for everything the stand-in does not do itself,
and saved in its place."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc


class StandIn:
    """A pipeline component standing in for a spaCy one (``original``, given by ``adopt``)."""

    original = None

    def pipe(self, docs: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name: str):
        """Anything else is the original's (a lemmatizer's ``lookups``, a ruler's ``patterns``),
        so that code asking the pipeline's component about its tables is answered as before."""
        original = self.__dict__.get("original")
        if original is None or name.startswith("__"):
            raise AttributeError(name)
        return getattr(original, name)

    # A pipeline saved with a stand-in in place saves spaCy's own component.
    def to_bytes(self, **kwargs) -> bytes:
        return self.original.to_bytes(**kwargs)

    def to_disk(self, path, **kwargs) -> None:
        self.original.to_disk(path, **kwargs)

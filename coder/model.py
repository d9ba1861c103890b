"""The data that flows between the stages: stories in, events out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .codebook import penta_class_of


@dataclass(frozen=True)
class Story:
    """One news story as read from the input.

    ``sentences`` is set when the input already comes split into sentences with ids of their own
    (PETRARCH XML); otherwise the text is split by the NLP stage. ``origin`` is ``file:line``, so
    that every problem with the story can be reported where the user can find it.
    """

    id: str
    text: str
    date: Optional[str] = None  # ISO yyyy-mm-dd
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    sentences: Optional[tuple[tuple[str, str], ...]] = None  # (sentence_id, text)
    origin: str = ""


@dataclass(frozen=True)
class ReadError:
    """A story that could not be read: where it is (``file:line``, or ``file`` when the whole
    file is at fault), why, and the kind of problem as a short machine name (``invalid-json``,
    ``no-date``, ...: ``coder.readers.KINDS``), so that a batch can count and filter them."""

    origin: str
    reason: str
    kind: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    @property
    def file(self) -> str:
        return self._place()[0]

    @property
    def line(self) -> Optional[int]:
        return self._place()[1]

    def _place(self) -> tuple[str, Optional[int]]:
        name, _, line = self.origin.rpartition(":")
        return (name, int(line)) if name and line.isdigit() else (self.origin, None)

    def to_dict(self) -> dict:
        """The error as one record of an errors file: {"file", "line", "kind", "reason"};
        ``line`` is None when the whole file is at fault."""
        return {"file": self.file, "line": self.line, "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True)
class Actor:
    """An actor found in a sentence: its code, the words that named it, and where they are."""

    code: str
    text: str
    start: int  # token offsets within the sentence
    end: int
    is_subject: bool = False  # the phrase is a clause's subject (pronouns prefer such referents)
    base: str = ""  # the named actor's code before agent roles ("" for an agent alone: ---GOV)
    kind: str = ""  # "plural" ("the rebels"), "state" (a name alone: "Turkey"), "" otherwise: pronoun agreement


@dataclass(frozen=True)
class Event:
    """One coded event with its provenance: which words and which dictionary entry made it."""

    story_id: str
    sentence_id: str
    date: Optional[str]
    source: str
    target: str
    code: str
    label: str
    root: str
    quad_class: int  # 1-4 (0: a dictionary's own code outside CAMEO); penta_class is derived
    goldstein: float
    source_text: str
    verb_text: str
    target_text: str
    pattern: str
    sentence: str

    FIELDS = (
        "story_id", "sentence_id", "date", "source", "target", "code", "label", "root",
        "quad_class", "penta_class", "goldstein", "source_text", "verb_text", "target_text",
        "pattern", "sentence",
    )

    @property
    def penta_class(self) -> int:
        """The quad class with 01 statements in a class of their own, 0 (see coder.codebook)."""
        return penta_class_of(self.root, self.quad_class)

    def to_dict(self) -> dict:
        """Every field of ``FIELDS``, in that order (``penta_class`` included: derived, so it is
        not a constructor argument)."""
        return {name: getattr(self, name) for name in self.FIELDS}

    as_dict = to_dict  # the earlier name, kept for now


@dataclass
class StoryContext:
    """What coding a sentence may know of the story around it.

    The story's date (for date-bounded actor codes) and the actors seen so far, latest last (for
    pronouns: "he", "they", "its" refer to the nearest earlier actor).
    """

    story_id: str
    date: Optional[str] = None
    actors: list[Actor] = field(default_factory=list)
    states: Counter = field(default_factory=Counter)  # the states of those actors, counted (the story's country)
    persons: dict = field(default_factory=dict)  # surname -> the latest person of those actors ("Akar said")
    family_names: set = field(default_factory=set)  # first words of persons' names kept in ``persons`` ("Wang urged")
    dyads: list = field(default_factory=list)  # (source, target) Actor pairs of the earlier events, in order ("the two sides")

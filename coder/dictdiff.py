"""``coder dict diff``: what a change to the dictionaries does to the events of a corpus.

The corpus is coded with both dictionary sets (OLD and NEW: ``builtins`` alone, or the
built-ins with user folders laid over them), story by story, and the events compared sentence
by sentence: an event (source, code, target) NEW codes and OLD does not is gained, the reverse
lost. Each comes with its sentence and the dictionary entries that made it (the verb or noun
entry, the pattern that fired, the actor names and agent nouns of its source and target, each
with its file:line), so that a change is judged by its effect before it is committed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .engine import SentenceAnalysis, StoryResult
from .errors import CoderError
from .model import Event

BUILTINS = "builtins"


@dataclass(frozen=True)
class Spec:
    """One side of the comparison: the folders laid over the built-ins (or alone)."""
    folders: tuple
    builtins: bool = True

    def __str__(self) -> str:
        parts = (["built-ins"] if self.builtins else []) + [str(f) for f in self.folders]
        return " + ".join(parts) or "built-in codebook only"


def parse_spec(text: str, base: Iterable = (), builtins: bool = True) -> Spec:
    """``builtins`` (the built-in dictionaries alone), a folder, or folders joined by commas
    (``a/,b/``), each laid over the built-ins and the ``base`` folders (--dict)."""
    folders = list(base)
    if text != BUILTINS:
        for part in filter(None, (p.strip() for p in text.split(","))):
            path = Path(part)
            if not path.is_dir():
                raise CoderError(f"{part}: no such folder of dictionaries (or say `{BUILTINS}` for the built-in ones)")
            folders.append(path)
    return Spec(tuple(folders), builtins)


@dataclass(frozen=True)
class Change:
    """An event one side codes and the other does not, with what made it."""
    change: str  # "gained" or "lost"
    event: Event
    entries: tuple  # (what, words, entry file:line): the verb entry, the pattern, the actors' names

    def to_dict(self) -> dict:
        e = self.event
        return {"change": self.change, "story_id": e.story_id, "sentence_id": e.sentence_id, "date": e.date,
                "source": e.source, "code": e.code, "target": e.target, "label": e.label, "root": e.root,
                "source_text": e.source_text, "verb_text": e.verb_text, "target_text": e.target_text,
                "pattern": e.pattern,
                "entries": [{"what": what, "words": words, "entry": where} for what, words, where in self.entries],
                "sentence": e.sentence}


@dataclass
class Diff:
    """The events gained and lost, and the events of each side by root."""
    changes: list = field(default_factory=list)
    old_roots: Counter = field(default_factory=Counter)
    new_roots: Counter = field(default_factory=Counter)
    stories: int = 0

    @property
    def gained(self) -> list:
        return [c for c in self.changes if c.change == "gained"]

    @property
    def lost(self) -> list:
        return [c for c in self.changes if c.change == "lost"]

    def roots(self) -> list:
        """(root, old count, new count) for every root either side codes, in root order."""
        return [(root, self.old_roots[root], self.new_roots[root])
                for root in sorted(set(self.old_roots) | set(self.new_roots))]


def diff_results(pairs: Iterable[tuple]) -> Diff:
    """The diff of (OLD StoryResult, NEW StoryResult) pairs of the same stories."""
    diff = Diff()
    for old, new in pairs:
        diff.stories += 1
        old_events, new_events = _events(old), _events(new)
        diff.old_roots.update(e.root for e, _ in old_events)
        diff.new_roots.update(e.root for e, _ in new_events)
        diff.changes += _changes("lost", old_events, new_events) + _changes("gained", new_events, old_events)
    return diff


def diff_corpus(old, new, stories: list) -> Diff:
    """Code ``stories`` with the ``old`` and the ``new`` Coder (sharing one spaCy pipeline),
    story by story, and compare."""
    return diff_results(zip(old.analyse_stories(stories), new.analyse_stories(stories)))


def _key(event: Event) -> tuple:
    return event.sentence_id, event.source, event.code, event.target


def _events(result: StoryResult) -> list:
    """(event, its analysis) of a story, in order."""
    return [(event, analysis) for analysis in result.analyses for event in analysis.events]


def _changes(change: str, these: list, others: list) -> list:
    """The events of ``these`` that ``others`` lack (as many times as they lack them)."""
    left = Counter(_key(e) for e, _ in others)
    found = []
    for event, analysis in these:
        key = _key(event)
        if left[key]:
            left[key] -= 1
            continue
        found.append(Change(change, event, entries_of(event, analysis)))
    return found


def entries_of(event: Event, analysis: SentenceAnalysis) -> tuple:
    """The dictionary entries behind an event: the verb or noun entry and the pattern that
    fired (from the event word that made it), and the names in its source and target."""
    candidate = next((c for c in analysis.candidates if event in c.events), None)
    if candidate is None:  # recoded after the fact (an appeal by its action): the rule it names
        return (("rule", event.verb_text, event.pattern),)
    word, view = candidate.word, analysis.view
    entry = word.entry
    found = [(entry.kind, " ".join(filter(None, (entry.lemma, entry.particle))), entry.origin)]
    if word.match is not None:
        found.append(("pattern", word.match.pattern.text, word.match.pattern.origin))
    for side, actors, code, text in (("source", candidate.sources, event.source, event.source_text),
                                     ("target", candidate.targets, event.target, event.target_text)):
        actor = next((a for a in actors if a.code == code and a.text == text), None) or next(
            (a for a in actors if a.code == code), None)
        if actor is None:
            continue
        for name in dict.fromkeys(view.name_at.get(k) for k in range(actor.start, actor.end)):
            # the names the code is made of: not "VOA" in "a student, who spoke with VOA" (EDU)
            if name is not None and (name.code or name.role) in code:
                what = f"{side} actor {name.code}" if name.code else f"{side} agent {name.role}"
                found.append((what, view.span[name.start:name.end].text, name.origin))
    return tuple(found)


def coder_for_spec(spec: Spec, reading: Optional[str], model, cache: bool):
    from .api import Coder

    return Coder(list(spec.folders), reading=reading, model=model, cache=cache, builtins=spec.builtins)

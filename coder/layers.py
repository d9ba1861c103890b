"""Dictionary layers: the built-in dictionaries, then each user folder, a later layer winning
entry by entry.

A user who adds one actor file must not lose the other ten thousand entries, and a user who
changes one verb must not copy the whole verb set: ``--dict mine/`` lays ``mine/`` over the
built-ins. What a later layer replaces is the unit a text is matched by, so a layer takes away
no more than it names:

- an actor *name* (``names``, ``adjectives``, ``metonyms``, compared as the coder compares them:
  "the Kremlin" is "Kremlin", case-insensitive except short capitals such as "US");
- an agent *noun*; a verb or noun *lemma* (the entry's ``verb``/``noun`` or a synonym, with its
  particle: "carry out");
- a discard *phrase* (per scope, story or sentence); an issue *phrase*;
- a synonym set by its *name*; an event code, a stance or implied-target row by its *code*;
- a setting by its *key* (a word list is replaced whole).

The earlier entry keeps its other names. An entry with ``remove: true`` removes what it names
from the layers below; with only a ``code`` (an actor, agent group or issue) it removes every
earlier entry of that code. A ``remove`` that finds nothing is an error: a typo must not pass.
Within one layer the loader's own rules hold (a name given two codes is an error).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from .errors import DictionaryError
from .yamlsource import LDict, LList, Located

NAME_KEYS = ("names", "adjectives", "metonyms")
STANCE_SECTIONS = ("codes", "intents", "refusals", "demands", "appeals", "implied_targets")


@dataclass(frozen=True)
class LayerInfo:
    """What ``coder dict info`` shows of one layer."""
    folder: str  # as given, or "built-in"
    files: tuple  # the file names, as errors show them
    entries: int  # names, nouns, lemmas, phrases, sets, codes and settings it gives
    overrides: tuple  # ("actor name 'Xi'", "actors/leaders/asia.yaml:17"), ...: what it replaced, and where that was
    removes: tuple  # the same, for what it removed


@dataclass
class Layer:
    folder: str
    documents: list  # (shown file name, document)


@dataclass
class _Item:
    layer: int
    value: object  # the name, noun, lemma or phrase (a Located string, usually)
    entry: object  # its entry (or section)
    label: str


class Merger:
    """Walks the layers in order, keeping for each key the items that give it; an item of a
    later layer kills the earlier ones of its key. ``documents()`` then gives every layer's
    documents without the killed items (and without the ``remove`` entries)."""

    def __init__(self, split: Callable[[str], list], split_words: Callable[[str], list]):
        self.split, self.split_words = split, split_words
        self.live: dict = {}  # key -> [_Item]
        self.dead: set = set()  # id() of killed values
        self.entries: list = []  # (layer, kind, entry) of the actors, agent groups and issues
        self.overrides: list = []
        self.removes: list = []
        self.counts: list = []

    # --- walking ----------------------------------------------------------------------

    def merge(self, layers: list) -> tuple:
        """(documents in compile order, LayerInfo of each layer)."""
        for number, layer in enumerate(layers):
            self.overrides.append([])
            self.removes.append([])
            self.counts.append(0)
            for _, doc in layer.documents:
                self.document(number, doc)
        documents = [(shown, self.rebuild(doc)) for layer in layers for shown, doc in layer.documents]
        infos = tuple(LayerInfo(layer.folder, tuple(shown for shown, _ in layer.documents), self.counts[n],
                                tuple(self.overrides[n]), tuple(self.removes[n]))
                      for n, layer in enumerate(layers))
        return documents, infos

    def document(self, layer: int, doc: LDict) -> None:
        for entry in _items(doc.get("actors")):
            self.entry(layer, "actor", entry, [n for key in NAME_KEYS for n in _items(entry.get(key))],
                       "actor name", self.split)
        for entry in _items(doc.get("agents")):
            self.entry(layer, "agent", entry, _items(entry.get("nouns")), "agent noun", self.split)
        for entry in _items(doc.get("verbs")):
            kind = "noun" if "noun" in entry else "verb"
            self.entry(layer, kind, entry, [entry.get(kind), *_items(entry.get("synonyms"))], f"{kind} lemma",
                       lambda text: " ".join(text.lower().split()))
        for entry in _items(doc.get("issues")):
            self.entry(layer, "issue", entry, _items(entry.get("phrases")), "issue phrase", self.split_words)
        discards = doc.get("discards")
        if isinstance(discards, dict):
            for scope in ("story", "sentence"):
                for item in _items(discards.get(scope)):
                    removing = isinstance(item, dict)
                    phrase = item.get("phrase") if removing else item
                    self.item(layer, (scope, self._key(self.split_words, phrase)), phrase, discards,
                              f"{scope} discard {str(phrase)!r}", removing)
        synsets = doc.get("synsets")
        if isinstance(synsets, dict):
            for name, value in synsets.items():
                removing = isinstance(value, dict) and value.get("remove") is True
                self.item(layer, ("synset", str(name)), name, synsets, f"synonym set &{name}", removing)
        for section in STANCE_SECTIONS:
            table = doc.get(section)
            if isinstance(table, dict):
                for code in table:
                    self.item(layer, (section, str(code)), code, table, f"{section} {str(code)!r}", False, kill=False)
        settings = doc.get("settings")
        if isinstance(settings, dict):
            for key in settings:
                if key != "builtins":
                    self.item(layer, ("setting", str(key)), key, settings, f"setting {key}", False, kill=False)

    def entry(self, layer: int, kind: str, entry, values: list, what: str, split: Callable) -> None:
        """The names of one entry; ``remove: true`` with no names removes by ``code``."""
        if not isinstance(entry, dict):
            return  # the compiler reports it
        removing = entry.get("remove") is True
        values = [v for v in values if v is not None]
        if removing and not values:
            self.remove_code(layer, kind, entry)
            return
        if not removing:
            self.entries.append((layer, kind, entry))
        for value in values:
            self.item(layer, (kind, self._key(split, value)), value, entry, f"{what} {str(value)!r}", removing)

    def item(self, layer: int, key, value, entry, label: str, removing: bool, kill: bool = True) -> None:
        earlier = [item for item in self.live.get(key, ()) if item.layer < layer]
        if earlier:
            last = earlier[-1]
            same = not kill and last.entry.get(last.value) == entry.get(value)  # a code or setting restated
            if not same:
                record = self.removes if removing else self.overrides
                record[layer].append((label, _where(last.value, last.entry)))
            if kill:
                self.dead.update(id(item.value) for item in earlier)
            self.live[key] = [item for item in self.live[key] if item.layer == layer]
        elif removing:
            raise _error(value, entry, f"{label}: `remove: true`, but no layer below gives it")
        if not removing:
            self.live.setdefault(key, []).append(_Item(layer, value, entry, label))
            self.counts[layer] += 1

    def remove_code(self, layer: int, kind: str, entry) -> None:
        """``{code: X, remove: true}``: every earlier actor, agent group or issue of code X."""
        code = str(entry.get("code")) if entry.get("code") is not None else None
        if kind not in ("actor", "agent", "issue") or code is None:
            raise _error(None, entry, "`remove: true` needs the names to remove (or, for an actor, agent group "
                                      "or issue, just its `code`)")
        found = [e for n, k, e in self.entries if n < layer and k == kind and _code(e) == code]
        values = [v for e in found for v in _entry_values(kind, e) if id(v) not in self.dead]
        if not values:
            raise _error(None, entry, f"{kind} code {code}: `remove: true`, but no layer below gives it")
        self.dead.update(id(v) for v in values)
        self.removes[layer].append((f"{kind} code {code} ({len(values)} names)", _where(found[0], found[0])))

    def _key(self, split: Callable, value) -> tuple:
        from .dictionary import without_the

        text = without_the(str(value))
        return tuple(split(text)) if text else ("",)

    # --- rebuilding -------------------------------------------------------------------

    def rebuild(self, doc: LDict) -> LDict:
        """A copy of ``doc`` without the killed names and the ``remove`` entries."""
        out = _like(doc, LDict())
        for section, value in doc.items():
            if section == "actors":
                value = self.filtered(value, self.actor)
            elif section == "agents":
                value = self.filtered(value, lambda e: self.names(e, "nouns"))
            elif section == "verbs":
                value = self.filtered(value, self.verb)
            elif section == "issues":
                value = self.filtered(value, lambda e: self.names(e, "phrases"))
            elif section == "discards" and isinstance(value, dict):
                value = _like(value, LDict({scope: self.filtered(phrases, self.phrase) if isinstance(phrases, list)
                                            else phrases for scope, phrases in value.items()}))
            elif section == "synsets" and isinstance(value, dict):
                value = _like(value, LDict({name: phrases for name, phrases in value.items()
                                            if id(name) not in self.dead and not isinstance(phrases, dict)}))
            out[section] = value
        return out

    def filtered(self, entries, keep: Callable):
        if not isinstance(entries, list):
            return entries
        kept = [e for e in (keep(entry) for entry in entries) if e is not None]
        return _like(entries, LList(kept))

    def phrase(self, item):
        return None if isinstance(item, dict) or id(item) in self.dead else item

    def names(self, entry, *keys: str):
        """The entry with the killed values of ``keys`` left out; None when it is a ``remove``
        entry or none of its values is left."""
        if not isinstance(entry, dict):
            return entry
        if entry.get("remove") is True:
            return None
        given = [key for key in keys if entry.get(key) is not None]
        if not any(id(v) in self.dead for key in given for v in _items(entry.get(key))):
            return entry
        out = _like(entry, LDict(entry))
        for key in given:
            out[key] = _like(entry[key], LList(v for v in _items(entry[key]) if id(v) not in self.dead))
        return out if any(out[key] for key in given) else None

    def actor(self, entry):
        return self.names(entry, *NAME_KEYS)

    def verb(self, entry):
        """A verb whose lemma is killed keeps its other lemmas: the first synonym left leads."""
        if not isinstance(entry, dict) or entry.get("remove") is True:
            return None if isinstance(entry, dict) else entry
        kind = "noun" if "noun" in entry else "verb"
        lemmas = [entry.get(kind), *_items(entry.get("synonyms"))]
        left = [lemma for lemma in lemmas if id(lemma) not in self.dead]
        if len(left) == len(lemmas):
            return entry
        if not left:
            return None
        out = _like(entry, LDict(entry))
        out[kind] = left[0]
        out["synonyms"] = _like(entry.get("synonyms") or entry, LList(left[1:]))
        return out


def builtins_wanted(documents: list) -> Optional[bool]:
    """A folder's own say on the built-ins: its settings ``builtins:`` (True/False), else None."""
    for _, doc in documents:
        settings = doc.get("settings") if isinstance(doc, dict) else None
        if isinstance(settings, dict) and isinstance(settings.get("builtins"), bool):
            return settings["builtins"]
    return None


def _items(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _code(entry) -> Optional[str]:
    code = entry.get("code")
    if isinstance(code, list):
        return "/".join(str(c) for c in code)
    return str(code) if code is not None else None


def _entry_values(kind: str, entry) -> list:
    if kind == "actor":
        return [v for key in NAME_KEYS for v in _items(entry.get(key))]
    return _items(entry.get("nouns" if kind == "agent" else "phrases"))


def _like(original, copy):
    if isinstance(original, Located):
        copy.path, copy.line, copy.column = original.path, original.line, original.column
    return copy


def _where(value, entry) -> str:
    place = value if isinstance(value, Located) else entry
    return f"{getattr(place, 'path', '?')}:{getattr(place, 'line', 0)}"


def _error(value, entry, message: str) -> DictionaryError:
    place = value if isinstance(value, Located) else entry
    return DictionaryError(getattr(place, "path", "?"), getattr(place, "line", 0), getattr(place, "column", 0),
                           message)


__all__ = ["Layer", "LayerInfo", "Merger", "builtins_wanted"]

"""Load the YAML dictionaries and compile them, once, into one picklable ``Dictionaries``.

Everything the per-sentence path needs is built here: phrase tries for actor names, agent
nouns, discards and issues; verb and noun entries keyed by lemma with their compiled patterns;
the codebook; the engine settings. Errors name the file, line and column.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import pickle
import tempfile
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional, Sequence, Union

from . import reading as readings
from . import schema, yamlsource
from .codebook import Codebook
from .errors import DictionaryError
from .layers import Layer, Merger, builtins_wanted
from .patterns import Pattern, compile_pattern, phrase_alternatives
from .reading import Reading
from .resources import dictionaries_dir, grammar_path
from .yamlsource import LDict, LStr

STANCES = {"intents": "intent", "refusals": "refusal", "demands": "demand", "appeals": "appeal"}
KINDS = ("codes", "intents", "refusals", "demands", "appeals", "implied_targets", "actors", "agents", "verbs",
         "synsets", "discards", "issues", "settings")
GAP_WORD = ".."  # in a name: other words of the same noun phrase may come between
QUOTES = frozenset({"'", "’", '"', "“", "”", "‘"})


# --- compiled entries --------------------------------------------------------------------

@dataclass(frozen=True)
class ActorEntry:
    """An actor's names resolve to this: a default code and date-bounded terms."""
    code: Optional[str]
    terms: tuple  # ((code, from_iso or None, to_iso or None), ...)
    origin: str

    def code_on(self, date: Optional[str]) -> Optional[str]:
        if not self.terms:
            return self.code
        if date is None:  # no story date: the latest term
            return max(self.terms, key=lambda t: t[1] or "")[0]
        for code, start, end in self.terms:
            if (start is None or start <= date) and (end is None or date <= end):
                return code
        return self.code


@dataclass(frozen=True)
class AgentEntry:
    role: str
    origin: str
    before: bool = False  # the role goes before the actor code (NGO + ARN), not after (ARN + GOV)


@dataclass(frozen=True)
class EventEntry:
    """A verb or event noun: its lemma (and particle), default code, patterns, symmetry."""
    kind: str  # "verb" or "noun"
    lemma: str
    particle: Optional[str]
    code: Optional[str]
    patterns: tuple
    symmetric: bool
    origin: str
    reverse: Optional[str] = None  # coded too, from the target to the source ("032:033")
    forms: frozenset = frozenset()  # only these written forms ("left", not "leave"); empty: every form

    def fits(self, lower: str) -> bool:
        """Whether the entry applies to a token written ``lower`` (lower case)."""
        return not self.forms or lower in self.forms


class PhraseTrie:
    """Multi-word phrases keyed by lower-case tokens; any token may also match by lemma.

    ``longest(lowers, lemmas, i)`` finds the longest phrase starting at token ``i`` in one walk:
    the per-sentence cost is linear in the sentence, whatever the dictionary's size.
    """

    END = "\0"
    STEMS = "\1"  # a node's stem words ("argentin*"): (prefix, child) pairs
    GAP = "\2"  # "..": other words of the same noun phrase may come here (PETRARCH-1's space)
    WRITTEN = "\3"  # prefix of a key that matches a token as written only, not by its lemma

    def __init__(self):
        self.root: dict = {}
        self.origins: dict = {}  # phrase -> file:line, while compiling (for duplicate errors)
        self.size = 0
        self.written = False  # some phrase matches as written only
        self.gaps = False  # some phrase has a gap

    def add(self, tokens: list, value, origin: str, as_written: bool = False) -> Optional[tuple]:
        """Add a phrase; returns (value, origin) already there if the phrase was taken. A phrase
        ``as_written`` matches the text's words as they are, not by lemma ("police", not
        "polices")."""
        node = self.root
        for token in tokens:
            if token == GAP_WORD:
                node, self.gaps = node.setdefault(self.GAP, {}), True
            elif len(token) > 1 and token.endswith("*"):
                stems = node.setdefault(self.STEMS, {})
                node = stems.setdefault(token[:-1], {})
            elif as_written and not token.startswith("="):
                node, self.written = node.setdefault(self.WRITTEN + token, {}), True
            else:
                node = node.setdefault(token, {})
        if self.END in node:
            return node[self.END], self.origins[tuple(tokens)]
        node[self.END] = value
        self.origins[tuple(tokens)] = origin
        self.size += 1
        return None

    def __len__(self) -> int:
        return self.size

    def __getstate__(self) -> dict:
        """Pickle without the compile-time origins: half the size, twice the loading speed."""
        return {"root": self.root, "origins": {}, "size": self.size, "written": self.written, "gaps": self.gaps}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update({"written": False, "gaps": False, **state})

    def starts(self, lowers, lemmas, texts=None) -> list:
        """The token indices where a phrase may begin (a first word of one is there), in order:
        ``longest`` need only be asked there, and most words of a sentence begin none."""
        return self.starts_in(TokenKeys(lowers, lemmas, texts))

    def starts_in(self, keys: "TokenKeys", exact: bool = True) -> list:
        """``starts`` for a sentence's ``keys``, made once and shared by every trie asked on the
        sentence (the actors, agents, discard and issue phrases). ``exact``: a short all-capitals
        word ("=US") may match the token's text (``longest`` is given the texts too)."""
        root = self.root
        if self.STEMS in root or self.GAP in root:
            return list(range(len(keys.lowers)))
        exact = keys.exact if exact else None
        present = root.keys() & keys.forms
        if exact is not None:
            present |= root.keys() & keys.exact_set
        if self.written:
            present |= root.keys() & keys.written
        if not present:
            return []
        pairs = enumerate(zip(keys.lowers, keys.lemmas))
        if exact is None and not self.written:
            return [i for i, (lower, lemma) in pairs if lower in present or lemma in present]
        return [i for i, (lower, lemma) in pairs
                if lower in present or lemma in present or (exact is not None and exact[i] in present)
                or (self.written and self.WRITTEN + lower in present)]

    def longest(self, lowers, lemmas, i: int, texts=None, bound: Optional[int] = None) -> Optional[tuple]:
        """(end, value) of the longest phrase at token i, or None. Quotes inside names are skipped.

        A short all-capitals word of a phrase ("US", "UN") is stored as "=US" and matches only
        that exact text, so that the pronoun "us" is not the United States. A gap ("Ithilen ..
        television") skips words up to ``bound``, the end of the noun phrase token i is in.
        """
        best = None
        frontier = [(self.root, i)]
        while frontier:
            node, j = frontier.pop()
            # a name ends on a word of its own, never on a quote skipped after it: "the army
            # "eliminated" ..." ends at "army" (ending at the quote made it no noun, so no agent)
            if self.END in node and j > i and lowers[j - 1] not in QUOTES:
                if best is None or j > best[0]:
                    best = (j, node[self.END])
            if self.GAP in node and j > i:
                for k in range(j, max(j + 1, bound or 0)):
                    frontier.append((node[self.GAP], k))
            if j >= len(lowers):
                continue
            # the token's keys, asked one by one (no set of them built at every step): its
            # form, its lemma where it differs, its exact text ("=US"), its form as written
            lower, lemma = lowers[j], lemmas[j]
            if lower in node:
                frontier.append((node[lower], j + 1))
            if lemma != lower and lemma in node:
                frontier.append((node[lemma], j + 1))
            if texts is not None and "=" + texts[j] in node:
                frontier.append((node["=" + texts[j]], j + 1))
            if self.written and self.WRITTEN + lower in node:
                frontier.append((node[self.WRITTEN + lower], j + 1))
            for prefix, child in node.get(self.STEMS, {}).items():
                if lowers[j].startswith(prefix):
                    frontier.append((child, j + 1))
            if j > i and lowers[j] in QUOTES:
                frontier.append((node, j + 1))
        return best


class TokenKeys:
    """A sentence's tokens as the keys a ``PhraseTrie``'s first words are looked up by: the
    lower-case forms and lemmas, the texts as exact keys ("=US"), the forms as written. Made
    once per sentence: every trie asked on it (``PhraseTrie.starts_in``: the actors, agents,
    discard and issue phrases) then only intersects its first words with these sets."""

    __slots__ = ("lowers", "lemmas", "forms", "exact", "exact_set", "_written")

    def __init__(self, lowers, lemmas, texts=None):
        self.lowers, self.lemmas, self._written = lowers, lemmas, None
        self.forms = {*lowers, *lemmas}
        self.exact = None if texts is None else ["=" + text for text in texts]
        self.exact_set = None if texts is None else set(self.exact)

    @property
    def written(self) -> set:
        """The forms as keys of phrases that match as written only (few dictionaries have any)."""
        if self._written is None:
            self._written = {PhraseTrie.WRITTEN + lower for lower in self.lowers}
        return self._written


@dataclass(frozen=True)
class Settings:
    """Engine word lists (dictionaries/settings.yaml; see the comments in that file). How a
    sentence is read (the on/off options and clause lengths) is a ``Reading``, not a setting."""
    non_member_modifiers: frozenset = frozenset()
    non_member_prefixes: frozenset = frozenset()
    negating_verbs: frozenset = frozenset()
    negating_prepositions: frozenset = frozenset()
    former_modifiers: frozenset = frozenset()
    intent_verbs: frozenset = frozenset()
    commissive_verbs: frozenset = frozenset()
    refusal_verbs: frozenset = frozenset()
    obligation_modals: frozenset = frozenset()
    demand_modals: frozenset = frozenset()
    future_auxiliaries: frozenset = frozenset()
    hypothetical_modals: frozenset = frozenset()
    hypothetical_marks: frozenset = frozenset()
    pending_marks: frozenset = frozenset()
    condition_phrases: frozenset = frozenset()
    allegation_verbs: frozenset = frozenset()
    allegation_nouns: frozenset = frozenset()
    hedge_words: frozenset = frozenset()
    target_prepositions: tuple = ()
    clause_target_codes: tuple = ()
    asked_prepositions: tuple = ()
    asked_codes: tuple = ()
    handover_nouns: frozenset = frozenset()
    source_prepositions: tuple = ()
    nested_target_prepositions: tuple = ()
    symmetric_target_prepositions: tuple = ()
    home_prepositions: frozenset = frozenset()
    scene_prepositions: frozenset = frozenset()
    nearby_prepositions: frozenset = frozenset()
    onlooking_verbs: frozenset = frozenset()
    measure_nouns: frozenset = frozenset()
    indefinite_determiners: frozenset = frozenset()
    terms_nouns: frozenset = frozenset()
    report_nouns: frozenset = frozenset()
    falsity_words: frozenset = frozenset()
    imposed_measure_nouns: frozenset = frozenset()
    intransitive_protest_verbs: frozenset = frozenset()
    state_nouns: frozenset = frozenset()
    noun_target_prepositions: tuple = ()
    pronouns: frozenset = frozenset()
    first_person: frozenset = frozenset()
    speech_verbs: frozenset = frozenset()
    forecasters: frozenset = frozenset()
    non_state_prefixes: frozenset = frozenset()
    international_modifiers: frozenset = frozenset()
    non_event_expressions: tuple = ()
    no_consultation_roles: frozenset = frozenset()
    public_speech_codes: tuple = ()
    occasion_prepositions: tuple = ()
    occasion_codes: tuple = ()
    cargo_nouns: frozenset = frozenset()
    hazard_nouns: frozenset = frozenset()
    hazard_codes: tuple = ()
    result_complements: frozenset = frozenset()
    naming_verbs: frozenset = frozenset()
    not_yet_prepositions: frozenset = frozenset()
    function_participles: frozenset = frozenset()
    judging_verbs: frozenset = frozenset()
    reaction_verbs: frozenset = frozenset()
    undergoing_verbs: frozenset = frozenset()
    warning_verbs: frozenset = frozenset()
    prediction_nouns: frozenset = frozenset()
    possibility_adjectives: frozenset = frozenset()
    denial_verbs: frozenset = frozenset()
    hesitation_words: frozenset = frozenset()
    desire_verbs: frozenset = frozenset()
    condition_auxiliaries: frozenset = frozenset()
    later_prepositions: frozenset = frozenset()
    end_prepositions: frozenset = frozenset()
    origin_marks: frozenset = frozenset()
    past_span_marks: frozenset = frozenset()
    past_adverbs: frozenset = frozenset()
    memory_verbs: frozenset = frozenset()
    belief_verbs: frozenset = frozenset()
    future_marks: frozenset = frozenset()
    official_roles: frozenset = frozenset()
    official_protest_codes: tuple = ()
    organisation_exit_codes: tuple = ()
    attitude_adjectives: frozenset = frozenset()
    place_nouns: frozenset = frozenset()
    collective_nouns: frozenset = frozenset()
    recent_units: frozenset = frozenset()
    recent_marks: frozenset = frozenset()
    elapsed_units: frozenset = frozenset()
    companion_prepositions: tuple = ()
    member_prepositions: tuple = ()
    joining_verbs: frozenset = frozenset()
    visitor_modifiers: frozenset = frozenset()
    subject_gerund_prepositions: frozenset = frozenset()
    clause_gerund_prepositions: frozenset = frozenset()
    drawing_verbs: frozenset = frozenset()
    attribution_verbs: frozenset = frozenset()
    opposing_nouns: frozenset = frozenset()
    counterpart_nouns: frozenset = frozenset()
    reciprocal_pronouns: frozenset = frozenset()
    plural_nouns: frozenset = frozenset()
    proxy_nouns: frozenset = frozenset()
    creation_verbs: frozenset = frozenset()
    domestic_visit_codes: tuple = ()
    unarmed_roles: frozenset = frozenset()
    unarmed_force_codes: tuple = ()
    ethnic_modifiers: frozenset = frozenset()
    own_forces_codes: tuple = ()
    language_words: frozenset = frozenset()
    crowd_nouns: frozenset = frozenset()
    crowd_quantities: frozenset = frozenset()
    purpose_target_codes: tuple = ()
    speaker_act_codes: tuple = ()
    pair_person_nouns: frozenset = frozenset()
    pair_state_nouns: frozenset = frozenset()
    generic_plural_nouns: frozenset = frozenset()
    generic_quantifiers: frozenset = frozenset()
    punishing_verbs: frozenset = frozenset()
    pair_nouns: frozenset = frozenset()
    dyad_nouns: frozenset = frozenset()
    group_nouns: frozenset = frozenset()
    non_actor_nouns: frozenset = frozenset()
    describing_participles: frozenset = frozenset()
    statement_nouns: frozenset = frozenset()
    planning_verbs: frozenset = frozenset()
    preventing_verbs: frozenset = frozenset()
    reason_prepositions: frozenset = frozenset()


WORD_LISTS = tuple(Settings.__dataclass_fields__)


@dataclass
class Dictionaries:
    """All dictionaries, compiled. Picklable: build once, cache, share with worker processes."""
    codebook: Codebook
    actors: PhraseTrie
    agents: PhraseTrie
    events: dict  # lemma -> tuple of EventEntry (verbs and nouns)
    synsets: dict
    story_discards: PhraseTrie
    sentence_discards: PhraseTrie
    issues: PhraseTrie
    settings: Settings  # the word lists, the built-in ones changed by the folder's settings.yaml
    reading: Reading  # the folder's reading (settings.yaml `reading:` and options), coder's by default
    given: frozenset = frozenset()  # word lists the folder's own settings.yaml gives (a reading keeps them)
    files: tuple = ()
    actor_words: frozenset = frozenset()  # words of actor names: kept capitalised in headlines
    counts: dict = field(default_factory=dict)
    stances: dict = field(default_factory=dict)  # "intent" ... -> {action code prefix: the stance's code}
    implied_targets: dict = field(default_factory=dict)  # code prefix -> "government" or "place"
    layers: tuple = ()  # coder.layers.LayerInfo of each layer, bottom first
    _words: dict = field(default_factory=dict, repr=False, compare=False)

    def dumps(self) -> bytes:
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    def stance_code(self, kind: str, code: str) -> Optional[str]:
        """The code of a stance toward the action ``code``: "intent" ("will send aid", 07x ->
        033), "refusal" (-> 122), "demand" (-> 103), "appeal" (-> 023), by the longest prefix in
        the codebook's tables (intents, refusals, demands, appeals); None where none is listed."""
        table = self.stances.get(kind, {})
        for length in range(len(code), 1, -1):
            if code[:length] in table:
                return table[code[:length]]
        return None

    def implied_target(self, code: str) -> Optional[str]:
        """Whom an event of ``code`` targets when its sentence names no target ("government" or
        "country" of its place or of its source, or the country of its "place"), by the longest
        prefix. A code listed ``none`` has none (``needs_named_target``)."""
        kind = self._implied_kind(code)
        return None if kind == "none" else kind

    def needs_named_target(self, code: str) -> bool:
        """Whether the codebook's ``implied_targets`` list the code (by its longest prefix) as
        ``none``: its target is a party only its sentence names, never the place where the
        source acts at home ("Hamas declared a unilateral ceasefire in Gaza": a truce is aimed at
        the adversary)."""
        return self._implied_kind(code) == "none"

    def _implied_kind(self, code: str) -> Optional[str]:
        for length in range(len(code), 1, -1):
            if code[:length] in self.implied_targets:
                return self.implied_targets[code[:length]]
        return None

    def words(self, reading: Reading) -> Settings:
        """The word lists as ``reading`` reads them: PETRARCH's readings replace a few (any
        preposition leads to a target), except those the folder's settings.yaml gives itself."""
        if reading.words not in self._words:
            changes = {key: type(getattr(self.settings, key))(value) for key, value in reading.words
                       if key not in self.given}
            self._words[reading.words] = replace(self.settings, **changes) if changes else self.settings
        return self._words[reading.words]


# --- loading -----------------------------------------------------------------------------

def default_splitter() -> Callable[[str], list]:
    """Split a dictionary phrase into lower-case tokens the way spaCy splits text."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def split(phrase: str) -> list:
        words = phrase.split()
        if all(w.isalpha() and w.isascii() for w in words):  # the common case, without the tokenizer
            return [_key(w) for w in words]
        if GAP_WORD in words:  # "Ithilen .. Television": the gap is a token of its own
            parts = " ".join(words).split(f" {GAP_WORD} ")
            return [key for k, part in enumerate(parts) for key in ([GAP_WORD] if k else []) + split(part)]
        keys, attached = [], False
        for token in tokenizer(phrase.strip()):
            if token.text == "*" and attached and not keys[-1].endswith("*"):
                keys[-1] += "*"  # a stem word: "Argentin*"
            elif not token.is_space:
                keys.append(_key(token.text))
            attached = not token.whitespace_
        return keys

    return split


def without_the(phrase: str) -> str:
    """A name as stored: "the Kremlin" is "Kremlin" (the determiner is in the noun phrase anyway)."""
    text = phrase.strip()
    return text[4:] if text.lower().startswith("the ") and len(text) > 4 else text


def _key(word: str) -> str:
    """A token's key in a phrase trie: lower case, except short all-capitals abbreviations."""
    word = word.replace("’", "'")
    letters = [c for c in word if c.isalpha()]
    if word.isupper() and 2 <= len(letters) <= 3:
        return "=" + word
    return word.lower()


BUILTIN = "built-in"
# The first line of the files `coder dict import-petrarch` wrote before it wrote `builtins: false`:
# such a folder was always coded alone, and still is.
IMPORTED_MARKS = ("# Imported from PETRARCH dictionaries", "# Settings for dictionaries imported from PETRARCH")
Folders = Union[str, Path, Sequence[Union[str, Path]], None]


def load(directory: Optional[Path] = None, split: Optional[Callable[[str], list]] = None) -> Dictionaries:
    """Load one complete folder: every ``*.yaml``/``*.yml`` below ``directory``, alone (the
    built-in set by default), its files named relative to it; ``load_layers`` lays folders over
    the built-ins.

    The built-in CAMEO codebook is always read first; a directory's own `codes` add to it
    (codes an imported dictionary uses that CAMEO lacks). The built-in settings.yaml gives every
    word list and the reading; a directory's own settings change them key by key.
    """
    if directory is None:
        return load_layers(None, split=split)
    return load_layers([directory], builtins=False, split=split, prefix=False)


def load_layers(folders: Folders = None, builtins: bool = True, split: Optional[Callable[[str], list]] = None,
                prefix: bool = True) -> Dictionaries:
    """Lay the user ``folders`` over the built-in dictionaries (``builtins=False``: the folders
    alone, over the built-in codebook and settings) and compile them: a later layer wins entry
    by entry (``coder.layers``). A folder whose settings say ``builtins: false`` (an imported
    PETRARCH set) leaves the built-ins out too. With ``prefix`` and more than one layer, a
    folder's files are named by the folder as given ("mine/actors.yaml:3:5"); built-in files,
    and the files of a folder used alone, are named relative to their folder."""
    split = split or default_splitter()
    compiler = Compiler(split)
    layers = stack(folders, builtins, prefix)
    documents, infos = Merger(split, compiler.split_words).merge(layers)
    builtin = dictionaries_dir()
    defaults = (f"settings.yaml ({BUILTIN})", yamlsource.load(builtin / "settings.yaml", "settings.yaml"))
    result = compiler.compile(documents, defaults)
    result.layers = infos
    return result


def stack(folders: Folders = None, builtins: bool = True, prefix: bool = True, check: bool = True) -> list:
    """The layers, bottom first, each with its documents read and checked against the schema:
    the built-ins (without their settings.yaml, the defaults under every layer) or, without
    them, the built-in codebook alone; then each folder in the order given. ``check=False``
    reads them without the schema check (``coder dict lint`` lists every schema error)."""
    builtin = dictionaries_dir()
    given = [] if folders is None else [folders] if isinstance(folders, (str, Path)) else list(folders)
    layers = []
    for folder in map(Path, given):
        if not folder.is_dir():
            raise DictionaryError(str(folder), 0, 0, "not a directory of dictionaries")
        if folder.resolve() == builtin.resolve():
            builtins = True  # the built-in folder named: it is the bottom layer
            continue
        documents = _read(folder, f"{folder}/" if prefix else "", check=False)  # checked once named
        if builtins_wanted(documents) is False or (builtins_wanted(documents) is None and _imported(folder)):
            builtins = False
        layers.append(Layer(str(folder), documents))
    if builtins:
        documents = [(name, doc) for name, doc in _read(builtin, "", check)
                     if name not in ("settings.yaml", "settings.yml")]
        return [Layer(BUILTIN, documents)] + _checked_layers(layers, check)
    if len(layers) == 1 and prefix:  # one folder alone: its files named relative to it, as ever
        cut = len(layers[0].folder) + 1
        layers[0].documents = [(shown[cut:], _relabel(doc, cut)) for shown, doc in layers[0].documents]
    codebook = f"cameo.yaml ({BUILTIN})"
    return ([Layer(f"{BUILTIN} codebook", [(codebook, _checked(builtin / "cameo.yaml", codebook, check))])]
            + _checked_layers(layers, check))


def _checked_layers(layers: list, check: bool) -> list:
    """``layers``, each file checked against the schema (once its name is final)."""
    for layer in layers if check else ():
        for shown, doc in layer.documents:
            schema.check(doc, shown)
    return layers


def _relabel(node, cut: int):
    """``node`` with the places of its values named ``cut`` characters shorter (the folder's
    prefix off)."""
    if isinstance(node, yamlsource.Located):
        node.path = node.path[cut:]
    if isinstance(node, dict):
        for key, value in node.items():
            _relabel(key, cut)
            _relabel(value, cut)
    elif isinstance(node, list):
        for item in node:
            _relabel(item, cut)
    return node


def _imported(folder: Path) -> bool:
    """Whether ``folder`` was written by an import from before the ``builtins: false`` marker."""
    for path in yamlsource.yaml_files(folder):
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                if handle.readline().startswith(IMPORTED_MARKS):
                    return True
        except OSError:
            continue
    return False


def file_counts(documents: list) -> list:
    """Per file: [name, entries, names (actors) / nouns (agents) / lemmas (verbs), patterns]."""
    rows = []
    for shown, doc in documents:
        entries = names = patterns = 0
        for entry in doc.get("actors") or []:
            entries += 1
            names += sum(len(entry.get(key) or []) for key in ("names", "adjectives", "metonyms"))
        for entry in doc.get("agents") or []:
            entries += 1
            names += len(entry.get("nouns") or [])
        for entry in doc.get("verbs") or []:
            entries += 1
            names += 1 + len(entry.get("synonyms") or [])
            patterns += len(entry.get("patterns") or [])
        for key in ("codes", "synsets", "issues"):
            entries += len(doc.get(key) or [])
        for entry in doc.get("issues") or []:
            names += len(entry.get("phrases") or [])
        for value in (doc.get("discards") or {}).values():
            names += len(value or [])
        rows.append([shown, f"{entries:,}", f"{names:,}", f"{patterns:,}"])
    return rows


def _read(directory: Path, prefix: str = "", check: bool = True) -> list:
    """(shown name, document) of every YAML file below ``directory`` (``*.yaml`` and ``*.yml``),
    each checked against the schema."""
    documents = []
    for path in yamlsource.yaml_files(directory):
        shown = prefix + path.relative_to(directory).as_posix()
        doc = _checked(path, shown, check)
        if doc is not None:
            documents.append((shown, doc))
    return documents


def _checked(path: Path, shown: str, check: bool = True):
    """One file, read with places and checked against ``dictionaries/schema/`` (unknown keys,
    wrong types, malformed dates and codes are errors at their file:line:col)."""
    doc = yamlsource.load(path, shown)
    if doc is None:
        return None
    if not isinstance(doc, dict):
        raise DictionaryError(shown, 1, 1, f"expected a mapping with one of the keys {', '.join(KINDS)}")
    if check:
        schema.check(doc, shown)
    return doc


def _list(value, where: LDict, key: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise where.error(f"`{key}` must be a list")
    for item in value:
        if isinstance(item, (bool, int, float, _dt.date)) or item is None:
            raise where.error(f"`{key}`: YAML read an unquoted {item!r} here as a {type(item).__name__}; "
                              "quote it (\"on\", \"no\", \"1990\")")
    return list(value)


def _date(value, where) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (_dt.date,)):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise where.error(f"date {value!r}: expected yyyy-mm-dd") from None


def _actor_code(value, where) -> str:
    """One actor code, or several for a name that stands for a group ("the Koreas": [PRK, KOR],
    kept as "PRK/KOR"): each becomes an actor of its own in the sentence."""
    codes = [str(v).strip().lstrip("~") for v in value] if isinstance(value, list) else str(value).split("/")
    for code in codes:
        if not re.fullmatch(r"[A-Z]{3,}", code.strip().lstrip("~")):
            raise where.error(f"actor code {code!r}: expected upper-case letters such as IRQ or IRQGOV "
                              "(a name for several actors: a list, [PRK, KOR])")
    return "/".join(code.strip().lstrip("~") for code in codes)


class Compiler:
    """Turns the YAML documents into ``Dictionaries``; one method per kind of section."""

    def __init__(self, split: Callable[[str], list]):
        self.split = split  # names: short all-capitals abbreviations stay case-sensitive

    def split_words(self, phrase: str) -> list:
        """Pattern, synonym-set, discard and issue words: always matched in lower case."""
        return [k[1:].lower() if k.startswith("=") else k for k in self.split(phrase)]

    def compile(self, documents: list, defaults: Optional[tuple] = None) -> Dictionaries:
        """``defaults``: (name, document) of the built-in settings, which the documents' own
        settings change key by key."""
        codebook = Codebook({})
        for _, doc in documents:
            if "codes" in doc:
                codebook.codes.update(Codebook.from_yaml(doc).codes)
        self.codebook = codebook
        self.synsets = {}
        for _, doc in documents:
            self.synset_section(doc.get("synsets"))
        stances, implied = {kind: {} for kind in STANCES.values()}, {}
        for _, doc in documents:
            for section, kind in STANCES.items():
                stances[kind].update(self.stance_section(doc.get(section), section))
            implied.update(self.implied_section(doc.get("implied_targets")))
        files = ((defaults[0],) if defaults else ()) + tuple(name for name, _ in documents)
        result = Dictionaries(
            codebook=codebook, actors=PhraseTrie(), agents=PhraseTrie(), events={},
            synsets=self.synsets, story_discards=PhraseTrie(), sentence_discards=PhraseTrie(),
            issues=PhraseTrie(), settings=Settings(), reading=readings.preset(readings.DEFAULT), files=files,
            stances=stances, implied_targets=implied)
        self.result = result
        self.actor_words = set()
        self.words, self.reading_name, self.options, self.given = {}, readings.DEFAULT, {}, set()
        if defaults and "settings" in defaults[1]:
            self.settings_section(defaults[1]["settings"], given=False)
        for _, doc in documents:
            self.actor_section(doc.get("actors"))
            self.agent_section(doc.get("agents"))
            self.event_section(doc.get("verbs"))
            self.discard_section(doc.get("discards"))
            self.issue_section(doc.get("issues"))
            if "settings" in doc:
                self.settings_section(doc["settings"])
        result.settings = Settings(**self.words)
        result.given = frozenset(self.given)
        result.reading = self.folder_reading()
        result.events = {lemma: tuple(entries) for lemma, entries in result.events.items()}
        result.actor_words = frozenset(self._headline_words())
        result.counts = {
            "event codes": len(codebook), "actor names": len(result.actors),
            "agent nouns": len(result.agents),
            "verbs and nouns": sum(len(v) for v in result.events.values()),
            "patterns": sum(len(e.patterns) for v in result.events.values() for e in v),
            "synonym sets": len(self.synsets), "discards": len(result.story_discards) + len(result.sentence_discards),
            "issue phrases": len(result.issues),
        }
        return result

    # each section ------------------------------------------------------------------

    def synset_section(self, section) -> None:
        if section is None:
            return
        if not isinstance(section, dict):
            raise section.error("`synsets` must map a name to a list of phrases")
        for name, phrases in section.items():
            if name in self.synsets:
                raise name.error(f"synonym set &{name} is defined twice")
            words = [str(p) for p in _list(phrases, section, f"synsets.{name}")]
            self.synsets[str(name)] = phrase_alternatives(words, self.split_words)

    def stance_section(self, section, name: str) -> dict:
        """Action code prefix -> the code of a stance toward it ("07": "033"), both in the codebook."""
        if section is None:
            return {}
        if not isinstance(section, dict):
            raise section.error(f"`{name}` must map an action code (prefix) to the code of the stance toward it")
        found = {}
        for action, code in section.items():
            if str(action) not in self.codebook:
                raise action.error(f"{name}: unknown event code {str(action)!r}")
            found[str(action)] = self._code(code, section)
        return found

    def implied_section(self, section) -> dict:
        """Event code prefix -> whom it targets when its sentence names no target."""
        if section is None:
            return {}
        if not isinstance(section, dict):
            raise section.error("`implied_targets` must map an event code (prefix) to `government`, `country`, `home`, `place`, "
                                "`host` or `none`")
        found = {}
        for code, kind in section.items():
            if str(code) not in self.codebook:
                raise code.error(f"implied_targets: unknown event code {str(code)!r}")
            if kind not in ("government", "country", "home", "place", "host", "none"):
                raise code.error(f"implied_targets: {kind!r}: expected `government`, `country`, `home`, `place`, `host` "
                                 "or `none`")
            found[str(code)] = str(kind)
        return found

    def actor_section(self, section) -> None:
        for entry in _list(section, section, "actors"):
            if not isinstance(entry, dict):
                raise section.error("each actor is a mapping {code, names, ...}")
            code = _actor_code(entry["code"], entry) if entry.get("code") else None
            terms = []
            for term in _list(entry.get("terms"), entry, "terms"):
                if not isinstance(term, dict) or "code" not in term:
                    raise entry.error("each term is {code, from, to}")
                start, end = _date(term.get("from"), term), _date(term.get("to"), term)
                if start and end and start > end:
                    raise term.error(f"term from {start} to {end}: the dates are out of order")
                terms.append((_actor_code(term["code"], term), start, end))
            if code is None and not terms:
                raise entry.error("an actor needs a `code` or `terms`")
            actor = ActorEntry(code, tuple(terms), entry.where())
            names = [n for key in ("names", "adjectives", "metonyms") for n in _list(entry.get(key), entry, key)]
            if not names:
                raise entry.error("an actor needs at least one name")
            for name in names:
                tokens = self._phrase(name, entry)
                self.actor_words.update(tokens)
                taken = self.result.actors.add(tokens, actor, _where(name, entry))
                if taken and taken[0] != actor and (taken[0].code, taken[0].terms) != (code, actor.terms):
                    raise _err(name, entry, f"actor name {str(name)!r} is already {taken[0].code or taken[0].terms} at {taken[1]}")

    def agent_section(self, section) -> None:
        for entry in _list(section, section, "agents"):
            if not isinstance(entry, dict) or "code" not in entry:
                raise section.error("each agent group is {code: ROLE, nouns: [...]}")
            role = _actor_code(entry["code"], entry)
            place = str(entry.get("place", "after"))
            if place not in ("after", "before"):
                raise entry.error(f"place {place!r}: expected `after` (the default) or `before`")
            as_written = entry.get("as_written", False)
            if not isinstance(as_written, bool):
                raise entry.error(f"as_written {as_written!r}: expected true or false")
            for noun in _list(entry.get("nouns"), entry, "nouns"):
                agent = AgentEntry(role, _where(noun, entry), place == "before")
                taken = self.result.agents.add(self._phrase(noun, entry), agent, agent.origin, as_written)
                if taken and taken[0].role != role:
                    raise _err(noun, entry, f"agent noun {str(noun)!r} is already {taken[0].role} at {taken[1]}")

    def event_section(self, section) -> None:
        for entry in _list(section, section, "verbs"):
            if not isinstance(entry, dict) or not ({"verb", "noun"} & set(entry)):
                raise (entry if isinstance(entry, LDict) else section).error(
                    "each entry is {verb: LEMMA, ...} or {noun: LEMMA, ...}")
            kind = "verb" if "verb" in entry else "noun"
            code, reverse = (self._code_pair(entry.get("code"), entry) if entry.get("code") is not None
                             else (None, None))
            patterns = tuple(self._pattern(p, entry) for p in _list(entry.get("patterns"), entry, "patterns"))
            if code is None and not patterns:
                raise entry.error(f"{kind} {entry[kind]!r} has neither a `code` nor `patterns`")
            symmetric = bool(entry.get("symmetric", False))
            forms = frozenset(str(f).lower().strip() for f in _list(entry.get("forms"), entry, "forms"))
            for lemma in [entry[kind], *_list(entry.get("synonyms"), entry, "synonyms")]:
                words = str(lemma).lower().split()
                particle = " ".join(words[1:]) or None
                event = EventEntry(kind, words[0], particle, code, patterns, symmetric, _where(lemma, entry), reverse,
                                   forms)
                existing = self.result.events.setdefault(words[0], [])
                for other in existing:
                    if (other.kind, other.particle) == (kind, particle) and (other.forms & forms or other.forms == forms):
                        shown = f" (forms {', '.join(sorted(forms))})" if forms else ""
                        raise _err(lemma, entry, f"{kind} {str(lemma)!r}{shown} is already defined at {other.origin}")
                existing.append(event)

    def discard_section(self, section) -> None:
        if section is None:
            return
        if not isinstance(section, dict):
            raise section.error("`discards` must have `story:` and/or `sentence:` lists")
        for scope, trie in (("story", self.result.story_discards), ("sentence", self.result.sentence_discards)):
            for phrase in _list(section.get(scope), section, scope):
                trie.add(self._phrase(phrase, section, self.split_words), str(phrase), _where(phrase, section))

    def issue_section(self, section) -> None:
        for entry in _list(section, section, "issues"):
            if not isinstance(entry, dict) or "code" not in entry:
                raise section.error("each issue is {code: NAME, phrases: [...]}")
            for phrase in _list(entry.get("phrases"), entry, "phrases"):
                self.result.issues.add(self._phrase(phrase, entry, self.split_words), str(entry["code"]),
                                       _where(phrase, entry))

    def settings_section(self, section, given: bool = True) -> None:
        """Word lists, the reading's name and single reading options; each key changes only
        itself (a partial settings.yaml keeps the other lists); an unknown key is an error."""
        if not isinstance(section, dict):
            raise section.error("`settings` must be a mapping")
        known = Settings.__dataclass_fields__
        for key, value in section.items():
            if key == "builtins":
                continue  # a folder's say on the layers under it (coder.layers), not an engine setting
            if key == "reading":
                if str(value) not in readings.names():
                    raise key.error(f"unknown reading {value!r}; expected one of {', '.join(readings.names())}")
                self.reading_name = str(value)
            elif key in readings.OPTIONS:
                try:
                    readings.check_option(key, value)
                except ValueError as exc:
                    raise key.error(f"setting {exc}") from None
                self.options[str(key)] = value
            elif key in known:
                words = [str(w).lower() for w in _list(value, section, key)]
                self.words[str(key)] = type(known[key].default)(words)
                if given:
                    self.given.add(str(key))
            else:
                raise key.error(f"unknown setting {key!r}; expected `reading`, a reading option "
                                f"({', '.join(readings.OPTIONS)}) or a word list ({', '.join(known)})")

    def folder_reading(self) -> Reading:
        """The reading named in the settings (coder's by default), with the options they change."""
        return readings.preset(self.reading_name).replace(**self.options)

    # helpers -------------------------------------------------------------------------

    def _headline_words(self) -> set:
        """Words of actor names that keep their capital in a title-case headline: not the
        function words inside names ("of", "the"), not abbreviations (kept anyway)."""
        from spacy.lang.en.stop_words import STOP_WORDS

        return {w for w in self.actor_words if w.isalpha() and w not in STOP_WORDS}

    def _phrase(self, phrase, where, split: Optional[Callable[[str], list]] = None) -> list:
        tokens = (split or self.split)(without_the(str(phrase)))
        if not tokens:
            raise _err(phrase, where, "empty name or phrase")
        return tokens

    def _code_pair(self, value, where) -> tuple:
        """An entry's default code, and its reverse code when written "032:033"."""
        if ":" not in str(value):
            return self._code(value, where), None
        code, _, reverse = str(value).partition(":")
        if not isinstance(value, LStr):
            return self._code(code, where), self._code(reverse, where)
        return self._code(value.like(code), where), self._code(value.like(reverse), where)

    def _code(self, value, where) -> str:
        code = str(value).strip()
        if code not in self.codebook:
            raise _err(value, where, f"unknown event code {code!r}: not in the CAMEO codebook (cameo.yaml)")
        return code

    def _pattern(self, line, entry) -> Pattern:
        if not isinstance(line, str):
            raise entry.error("each pattern is a string `ELEMENTS => CODE`")
        place = _place(line, entry)
        pattern = compile_pattern(str(line), f"{place[0]}:{place[1]}", self.split_words, self.synsets, place)
        for code in (pattern.code, pattern.reverse):
            if code is not None and code not in self.codebook:
                raise DictionaryError(*place, f"pattern {str(line)!r}: unknown event code {code!r}")
        return pattern


def _place(value, where) -> tuple:
    if isinstance(value, LStr):
        return value.path, value.line, value.column + (1 if value.quoted else 0)
    return where.path, where.line, where.column


def _where(value, where) -> str:
    path, line, _ = _place(value, where)
    return f"{path}:{line}"


def _err(value, where, message: str) -> DictionaryError:
    return DictionaryError(*_place(value, where), message)


# --- the compiled-dictionary cache -------------------------------------------------------

def cache_dir() -> Path:
    """Where compiled dictionaries are cached: $CODER_CACHE_DIR, else $XDG_CACHE_HOME/coder."""
    if os.environ.get("CODER_CACHE_DIR"):
        return Path(os.environ["CODER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coder"


def fingerprint(folders: Folders = None, builtins: bool = True) -> str:
    """A hash of everything the compiled dictionaries depend on: every layer's files (the
    built-ins' and each folder's, in order), the schema, coder's version and own source, the
    pattern grammar, the reading presets and the spaCy version (the tokenizer splits the
    phrases), so a stale cache is never used."""
    from importlib import metadata

    from . import __version__

    builtin = dictionaries_dir()
    given = [] if folders is None else [folders] if isinstance(folders, (str, Path)) else list(folders)
    digest = hashlib.sha256(f"coder {__version__} spacy {metadata.version('spacy')} builtins {builtins}\n".encode())
    code = sorted(Path(__file__).parent.rglob("*.py"))  # a changed coder never reads a stale cache
    paths = yamlsource.yaml_files(builtin) + sorted((builtin / "schema").glob("*.json"))
    for folder in map(Path, given):
        digest.update(f"layer {folder.resolve()}\n".encode())
        paths += yamlsource.yaml_files(folder)
    for path in paths + [grammar_path()] + readings.files() + code:
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def load_cached(folders: Folders = None, use_cache: bool = True, builtins: bool = True) -> Dictionaries:
    """Like ``load_layers``, but reuse the compiled dictionaries cached for the same files."""
    if not use_cache:
        return load_layers(folders, builtins)
    try:
        key = fingerprint(folders, builtins)
    except OSError:
        return load_layers(folders, builtins)
    path = cache_dir() / f"dictionaries-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    compiled = load_layers(folders, builtins)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            handle.write(compiled.dumps())
        os.replace(handle.name, path)
    except OSError:
        pass  # an unwritable cache only costs start-up time
    return compiled

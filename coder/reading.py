"""Readings: how the engine reads a sentence, as named data.

The dictionaries say what words mean; a reading says how a sentence is read: which clauses
are coded, where the source and the target are looked for, which word lists filter events.
PETRARCH-1 and PETRARCH-2 read sentences differently from coder, and dictionaries written for
them code best when read their way: "Arnor said Gondor attacked Osgiliath" codes the inner
attack in coder's reading, and only "said" (its clause taken as its phrase) in PETRARCH-1's.

The presets are YAML files in ``coder/readings/`` (``coder``, the default; ``petrarch2``;
``petrarch1``), each naming the options it sets and, with ``extends``, the reading it changes.
A dictionary folder picks one with ``reading: NAME`` in its settings.yaml and may change single
options there; ``--reading NAME`` (or ``Coder(reading=NAME)``) overrides both.

PETRARCH's own configuration options (``require_dyad``, ``comma_*`` in PETR_config.ini or a
validation record's ``<Config>``) are read here, once, by ``petrarch_options``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from . import yamlsource
from .errors import CoderError, DictionaryError
from .resources import readings_dir

DEFAULT = "coder"


@dataclass(frozen=True)
class Reading:
    """How a sentence is read (see coder/readings/coder.yaml for what each option does)."""

    name: str
    skip_past_perfect: bool
    skip_dated_background: bool
    skip_subjunctive: bool
    require_target: bool
    clause_subject_target: bool
    verb_phrase_target: bool
    inner_verbs: bool
    pattern_lemmas: bool
    passive_needs_by: bool
    source_before_verb: bool
    nearest_source: bool
    first_actor_in_phrase: bool
    code_intentions: bool
    story_country: bool
    implied_targets: bool
    comma_min: int
    comma_max: int
    comma_bmin: int
    comma_bmax: int
    comma_emin: int
    comma_emax: int
    # word lists of settings.yaml this reading replaces: ((setting, (word, ...)), ...)
    words: tuple = ()
    description: str = field(default="", compare=False)

    def replace(self, **options) -> "Reading":
        """The reading with some options changed; its name says so ("petrarch1+require_target=False")."""
        for key, value in options.items():
            check_option(key, value)
        changed = {k: v for k, v in options.items() if getattr(self, k) != v}
        if not changed:
            return self
        name = self.name + "".join(f"+{k}={v}" for k, v in sorted(changed.items()))
        return dataclasses.replace(self, name=name, **changed)

    def options(self) -> dict:
        """The on/off options and clause lengths, by name."""
        return {name: getattr(self, name) for name in OPTIONS}


OPTIONS = tuple(f.name for f in dataclasses.fields(Reading) if f.name not in ("name", "words", "description"))
_KINDS = {f.name: f.type for f in dataclasses.fields(Reading)}


def check_option(key: str, value) -> None:
    """Raise ValueError when ``key`` is no reading option or ``value`` is not of its kind."""
    if key not in OPTIONS:
        raise ValueError(f"unknown reading option {key!r}; expected one of {', '.join(OPTIONS)}")
    if _KINDS[key] == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"reading option {key!r}: expected true or false, not {value!r}")
    elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"reading option {key!r}: expected a whole number of words (0 or more), not {value!r}")


def names() -> list:
    """The names of the preset readings."""
    return sorted(path.stem for path in readings_dir().glob("*.yaml"))


def preset(name: str) -> Reading:
    """The preset reading called ``name`` (coder, petrarch2, petrarch1)."""
    return _preset(name, ())


@lru_cache(maxsize=None)
def _preset(name: str, seen: tuple) -> Reading:
    if name in seen:
        raise CoderError(f"reading {name!r} extends itself ({' -> '.join(seen + (name,))})")
    path = readings_dir() / f"{name}.yaml"
    if not path.is_file():
        raise CoderError(f"unknown reading {name!r}; expected one of {', '.join(names())}")
    shown = f"readings/{name}.yaml"
    doc = yamlsource.load(path, shown)
    if not isinstance(doc, dict) or doc.get("reading") != name:
        raise DictionaryError(shown, 1, 1, f"expected `reading: {name}` and `options:`")
    unknown = [key for key in doc if key not in ("reading", "extends", "description", "options", "words")]
    if unknown:
        raise unknown[0].error(f"unknown key {unknown[0]!r}; expected reading, extends, description, options, words")
    base = _preset(str(doc["extends"]), seen + (name,)) if doc.get("extends") else None
    options = dict(base.options()) if base else {}
    for key, value in (doc.get("options") or {}).items():
        try:
            check_option(str(key), value)
        except ValueError as exc:
            raise key.error(str(exc)) from None
        options[str(key)] = value
    missing = [key for key in OPTIONS if key not in options]
    if missing:
        raise doc.error(f"reading {name!r} does not set {', '.join(missing)} (and extends no reading that does)")
    words = dict(base.words) if base else {}
    for key, value in (doc.get("words") or {}).items():
        if not isinstance(value, list):
            raise key.error(f"words.{key}: expected a list of words")
        words[str(key)] = tuple(str(w).lower() for w in value)
    return Reading(name=name, words=tuple(sorted(words.items())), description=str(doc.get("description", "")),
                   **options)


def resolve(reading, default: Optional[Reading] = None) -> Reading:
    """A Reading from a name, a Reading, or None (then ``default``, else coder's own)."""
    if isinstance(reading, Reading):
        return reading
    if reading is None:
        return default or preset(DEFAULT)
    return preset(str(reading))


def files() -> list:
    """The preset files, for the compiled-dictionary cache key."""
    return sorted(readings_dir().glob("*.yaml"))


# --- PETRARCH's configuration options -----------------------------------------------------

# PETRARCH's options that change what is coded, as reading options (name, kind): from
# PETR_config.ini ([Options]) and from validation records' <Config option=... value=...>.
PETRARCH_OPTIONS = {"require_dyad": ("require_target", bool), "comma_min": ("comma_min", int),
                    "comma_max": ("comma_max", int), "comma_bmin": ("comma_bmin", int),
                    "comma_bmax": ("comma_bmax", int), "comma_emin": ("comma_emin", int),
                    "comma_emax": ("comma_emax", int)}
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def petrarch_option(option: str, value: str) -> tuple:
    """One PETRARCH option as (reading option, value), or (None, why it is not used).

    ``require_dyad = False`` is ``require_target: false``; booleans are read as Python's
    configparser reads them (true/false, yes/no, on/off, 1/0), whole numbers for ``comma_*``.
    """
    if option not in PETRARCH_OPTIONS:
        return None, "does not change what coder codes"
    name, kind = PETRARCH_OPTIONS[option]
    text = value.strip().lower()
    if kind is bool:
        if text in _TRUE or text in _FALSE:
            return name, text in _TRUE
        return None, f"value {value!r}: expected true or false"
    if text.isdigit():
        return name, int(text)
    return None, f"value {value!r}: expected a whole number of words"


def petrarch_options(pairs: Iterable) -> tuple:
    """(reading options {name: value}, [(option, where, why not used)]) for PETRARCH's
    ``(option, value, where)`` settings, in order (a later one wins)."""
    changes, unused = {}, []
    for option, value, where in pairs:
        name, result = petrarch_option(option, value)
        if name is None:
            unused.append((option, where, result))
        else:
            changes[name] = result
    return changes, unused

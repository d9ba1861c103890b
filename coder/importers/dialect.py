"""The engine settings written beside imported PETRARCH dictionaries.

PETRARCH takes an event's target from anywhere in the verb phrase ("criticized the closure of
guest houses in Bree": Bree) and reads "anti-Gondor" as Gondor; coder's own settings are
stricter. These settings make coder read sentences the way the imported dictionaries were
written for; they are data, like every other setting (see docs/dictionaries.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..resources import dictionaries_dir
from .. import yamlsource

# PETRARCH takes the first actor anywhere in the verb phrase as the target: after any of these.
_ANY_PREPOSITION = ["against", "with", "to", "toward", "towards", "on", "at", "into", "upon", "over", "of",
                    "between", "among", "in", "for", "from", "about", "near", "within", "across", "along", "inside"]

# What differs from coder's built-in settings.yaml, and why.
PETRARCH = {
    "target_prepositions": (_ANY_PREPOSITION, "PETRARCH takes the first actor anywhere in the verb phrase "
                                                  "as the target (\"departed from X\")"),
    "non_member_prefixes": ([], "PETRARCH codes \"anti-Gondor\" as Gondor"),
    "nested_target_prepositions": (["by", *_ANY_PREPOSITION], "PETRARCH takes the first actor anywhere in the verb "
                                                     "phrase as the target"),
    "hypothetical_modals": ([], "PETRARCH codes modal verbs; its patterns tell them apart (INDICATED SHOULD *)"),
    "negating_prepositions": ([], "PETRARCH codes the verb; its patterns tell the cases apart"),
    "intent_verbs": ([], "PETRARCH codes the governed verb; its patterns tell intent apart"),
    "skip_subjunctive": (False, "PETRARCH codes the verb of a that-clause"),
    "skip_past_perfect": (False, "PETRARCH codes past perfect clauses"),
    "clause_subject_target": (True, "PETRARCH's verb phrase includes its clause complement"),
    "verb_phrase_target": (True, "PETRARCH takes the first actor anywhere in the verb phrase as the target"),
    "passive_needs_by": (True, "PETRARCH reads a passive verb as passive only with a \"by\" phrase"),
    "source_before_verb": (True, "PETRARCH's source is the nearest actor before the verb, not the target again"),
    "first_actor_in_phrase": (True, "PETRARCH codes a noun phrase by the first actor in it"),
}


# PETRARCH-1 (TABARI-style verb files) also matches pattern words as written (its synonym sets
# list plurals), codes only the first coded verb of a verb phrase and leaves out short comma
# clauses. PETRARCH-2's dictionaries (CAMEO.2.0.txt) are written for a coder that reads the
# parse tree whole and codes reported and nested events too ("X said Y attacked Z"), and are
# left to coder's lemmas.
PETRARCH1 = {
    "pattern_lemmas": (False, "PETRARCH-1 matches pattern words as written: RESOLUTION is not RESOLUTIONS"),
    "inner_verbs": (False, "PETRARCH-1 codes the first verb with a code and skips the verbs in its phrase"),
    "comma_min": (2, "PETRARCH-1's comma_min: internal comma clauses of 2-8 words are left out"),
    "comma_max": (8, "PETRARCH-1's comma_max"),
    "comma_emin": (2, "PETRARCH-1's comma_emin: terminal comma clauses of 2-8 words are left out"),
    "comma_emax": (8, "PETRARCH-1's comma_emax"),
}


def petrarch_settings(petrarch1: bool = False, options: Optional[dict] = None) -> str:
    """settings.yaml text: coder's built-in settings with PETRARCH's differences (PETRARCH-1's
    too for a TABARI-style verb file), and the ``options`` read from a PETRARCH configuration
    file (setting -> (value, where))."""
    differences = dict(PETRARCH, **(PETRARCH1 if petrarch1 else {}))
    for key, (value, where) in (options or {}).items():
        differences[key] = (value, f"from {where}")
    builtin = yamlsource.load(dictionaries_dir() / "settings.yaml", "settings.yaml")["settings"]
    lines = ["# Engine settings for dictionaries imported from PETRARCH (coder dict import-petrarch):",
             "# coder's built-in settings, with the differences below marked. See docs/dictionaries.md.",
             "settings:"]
    for key, value in builtin.items():
        if key in differences:
            value, why = differences[key]
            lines.append(f"  # PETRARCH: {why}")
        lines.append(f"  {key}: {_yaml(value)}")
    return "\n".join(lines) + "\n"


def _yaml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return "[" + ", ".join(f'"{v}"' for v in value) + "]"


def write_settings(out: Path, petrarch1: bool = False, options: Optional[dict] = None) -> None:
    (out / "settings.yaml").write_text(petrarch_settings(petrarch1, options), encoding="utf-8")


# PETRARCH's configuration options that change what is coded, as coder's settings (name, kind):
# read from PETR_config.ini by the importer and from <Config> elements by `coder validate`.
CONFIG_OPTIONS = {"require_dyad": ("require_target", bool), "comma_min": ("comma_min", int),
                  "comma_max": ("comma_max", int), "comma_bmin": ("comma_bmin", int),
                  "comma_bmax": ("comma_bmax", int), "comma_emin": ("comma_emin", int),
                  "comma_emax": ("comma_emax", int)}


def read_config(path: Path, report) -> dict:
    """The [Options] of a PETRARCH configuration file (PETR_config.ini) that change what is
    coded, as coder's settings: setting -> (value, FILE:LINE). Other options are noted as not
    used; a value that cannot be read is reported."""
    options = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    section = None
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].split(";", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        if section != "Options" or "=" not in line:
            continue
        key, _, value = (part.strip() for part in line.partition("="))
        where = f"{path.name}:{number}"
        if key not in CONFIG_OPTIONS:
            report.notes[f"PETRARCH options that do not change what coder codes, not used ({path.name})"] += 1
            continue
        name, kind = CONFIG_OPTIONS[key]
        if kind is bool:
            if value.lower() not in ("true", "false", "yes", "no", "1", "0", "on", "off"):
                report.skip(where, f"{key} = {value!r}: expected true or false")
                continue
            options[name] = (value.lower() in ("true", "yes", "1", "on"), where)
        else:
            if not value.isdigit():
                report.skip(where, f"{key} = {value!r}: expected a whole number of words")
                continue
            options[name] = (int(value), where)
    return options

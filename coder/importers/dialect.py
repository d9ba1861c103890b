"""The settings written beside imported PETRARCH dictionaries: the reading they are written for.

PETRARCH takes an event's target from anywhere in the verb phrase ("criticized the closure of
guest houses in Bree": Bree) and reads "anti-Gondor" as Gondor; coder's own reading is
stricter. The imported settings.yaml names the preset reading that reads sentences the way
the dictionaries were written for (``petrarch1`` for TABARI-style verb files, ``petrarch2``
for PETRARCH-2's), with the options of a PETRARCH configuration file on top; the presets
themselves are data (coder/readings/*.yaml).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..reading import PETRARCH_OPTIONS, petrarch_option


def petrarch_settings(petrarch1: bool = False, options: Optional[dict] = None) -> str:
    """settings.yaml text: the reading's name, and the ``options`` read from a PETRARCH
    configuration file (reading option -> (value, where))."""
    name = "petrarch1" if petrarch1 else "petrarch2"
    lines = ["# Settings for dictionaries imported from PETRARCH (coder dict import-petrarch): sentences are",
             f"# read as {'PETRARCH-1 and TABARI' if petrarch1 else 'PETRARCH-2'} read them "
             f"(coder/readings/{name}.yaml); the word lists are",
             "# coder's built-in ones. See docs/dictionaries.md, \"Readings\".",
             "settings:",
             "  # a whole dictionary set: coded alone, without coder's built-in dictionaries under it",
             "  builtins: false",
             f"  reading: {name}"]
    for key, (value, where) in (options or {}).items():
        lines.append(f"  # from {where}")
        lines.append(f"  {key}: {_yaml(value)}")
    return "\n".join(lines) + "\n"


def _yaml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_settings(out: Path, petrarch1: bool = False, options: Optional[dict] = None) -> None:
    (out / "settings.yaml").write_text(petrarch_settings(petrarch1, options), encoding="utf-8")


def read_config(path: Path, report) -> dict:
    """The [Options] of a PETRARCH configuration file (PETR_config.ini) that change what is
    coded, as reading options: option -> (value, FILE:LINE). Other options are noted as not
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
        if key not in PETRARCH_OPTIONS:
            report.notes[f"PETRARCH options that do not change what coder codes, not used ({path.name})"] += 1
            continue
        name, result = petrarch_option(key, value)
        if name is None:
            report.skip(where, f"{key} = {value!r}: {result.split(': ', 1)[-1]}")
            continue
        options[name] = (result, where)
    return options

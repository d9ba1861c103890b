"""The CAMEO codebook: every event code's label, root, quad class and Goldstein weight.

Quad classes, by root, as event-data users aggregate CAMEO (the ICEWS R package, andybega/icews;
the py-gdelt library): 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13
verbal conflict (3), 14-20 material conflict (4); 0 is a dictionary's own code outside CAMEO.
The codebook (dictionaries/cameo.yaml) stores each code's quad class. The "penta" class is
derived, never stored: 01 statements form a class of their own, 0; every other code keeps its
quad class (see ``penta_class_of``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .yamlsource import LDict


def quad_class_of_root(root: str) -> int:
    """The quad class event-data users give a CAMEO root (ICEWS, GDELT): 01-05 verbal
    cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material
    conflict (4); 0 for a root outside CAMEO."""
    if not (len(root) == 2 and root.isdigit() and 1 <= int(root) <= 20):
        return 0
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def penta_class_of(root: str, quad_class: int) -> int:
    """The penta class: 0 for a root-01 statement, else the quad class (a dictionary's own code
    gets it the same way, from the root and quad class its `codes:` entry gives)."""
    return 0 if root == "01" else quad_class


@dataclass(frozen=True)
class CodeInfo:
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float

    @property
    def penta_class(self) -> int:
        return penta_class_of(self.root, self.quad_class)


class Codebook:
    """Looks up event codes; a code not in the codebook is a dictionary error, never a guess."""

    def __init__(self, codes: dict[str, CodeInfo]):
        self.codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CodeInfo:
        return self.codes[code]

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    def from_yaml(cls, document: LDict) -> "Codebook":
        codes = {}
        entries = document.get("codes")
        if not isinstance(entries, dict):
            raise document.error("expected a mapping `codes:` of event code -> {label, root, ...}")
        for code, info in entries.items():
            code = str(code)
            if not re.fullmatch(r"[0-9]{2,4}[A-Z]?", code):
                raise entries.error(f"event code {code!r}: expected 2 to 4 digits (and an upper-case letter for "
                                    "a code of your own, like 174K), quoted")
            if not isinstance(info, dict):
                raise entries.error(f"event code {code}: expected {{label, root, quad_class, goldstein}}")
            missing = {"label", "root", "quad_class", "goldstein"} - set(info)
            if missing:
                raise info.error(f"event code {code}: missing {', '.join(sorted(missing))}")
            if str(info["root"]) != code[:2]:
                raise info.error(f"event code {code}: root {info['root']!r} should be {code[:2]!r}")
            try:
                quad, goldstein = int(info["quad_class"]), float(info["goldstein"])
            except (TypeError, ValueError):
                raise info.error(f"event code {code}: quad_class must be 0-4, goldstein a number") from None
            if quad not in (0, 1, 2, 3, 4) or not -10 <= goldstein <= 10:
                raise info.error(f"event code {code}: quad_class must be 1-4 (0: not a CAMEO code), "
                                 "goldstein -10..10")
            codes[code] = CodeInfo(code, str(info["label"]), code[:2], quad, goldstein)
        return cls(codes)

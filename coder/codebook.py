"""The CAMEO codebook: every event code's label, root, quad class and Goldstein weight."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .yamlsource import LDict


@dataclass(frozen=True)
class CodeInfo:
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float


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

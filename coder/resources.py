"""Where the built-in dictionaries and the pattern grammar are.

In a source checkout (and an editable install) they are the top-level ``dictionaries/`` and
``grammars/`` folders; in an installed wheel they are packaged as ``coder/dictionaries`` and
``coder/grammars`` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE.parent / name, _PACKAGE / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"coder's {name}/ folder is missing from the installation ({_PACKAGE})")


def dictionaries_dir() -> Path:
    """The built-in dictionaries."""
    return _find("dictionaries")


def grammar_path() -> Path:
    """The Lark grammar of the pattern language."""
    return _find("grammars") / "pattern.lark"

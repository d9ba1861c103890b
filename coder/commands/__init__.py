"""The commands of ``coder``, one module each.

A command module says where it goes with three names, ``NAME`` (the word typed), ``GROUP``
(``None`` for a top-level command, ``"dict"`` for ``coder dict NAME``) and ``ORDER`` (its place in
``--help``), and gives two functions: ``add_parser(commands, common)``, which adds its
sub-parser (calling ``common(parser)`` for the options every command shares), and ``run(args)``,
which returns the exit status. ``coder.cli`` finds the modules here, so that a new command is a
new file and no command edits another's.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Optional


def modules() -> list[ModuleType]:
    """Every command module of this package, in ``(GROUP, ORDER)`` order."""
    found = [importlib.import_module(f"{__name__}.{info.name}")
             for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    return sorted(found, key=lambda m: (m.GROUP or "", m.ORDER, m.NAME))


OUTPUT_HELP = "write here instead of stdout (- is stdout, as without -o)"


def output_file(text: str) -> Optional[Path]:
    """The FILE of -o/--output; ``-`` is stdout, as when no -o is given (None: no meta file, no
    .part file, no --resume)."""
    return None if text == "-" else Path(text)


def coder_for(args):
    """The Coder the options ask for: --dict (repeatable), --no-builtins, --reading, --model, --no-cache."""
    from ..api import Coder

    return Coder(args.dict, reading=args.reading, model=args.model, cache=not args.no_cache,
                 builtins=not getattr(args, "no_builtins", False))

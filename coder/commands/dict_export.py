"""``coder dict export DIR``: a copy of the built-in dictionaries to start a set of one's own from."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from ..errors import CoderError

NAME, GROUP, ORDER = "export", "dict", 30

EPILOG = """\
The copy stands alone: its settings.yaml says `builtins: false`, so that an entry deleted from
the copy is gone when coding with it. To keep only your changes instead, start an empty folder
and lay it over the built-ins (docs/dictionaries.md, "Layers").

Each file starts with a YAML language-server modeline pointing at the copy's schema/ folder, so
that an editor with a YAML extension completes and checks the entries.

examples:
  coder dict export my-dictionaries/
  coder code stories.jsonl --dict my-dictionaries/ -o events.tsv
  coder dict lint --dict my-dictionaries/
"""


def add_parser(commands, common) -> argparse.ArgumentParser:
    export = commands.add_parser(
        "export", help="write a copy of the built-in dictionaries to start from",
        description="Write a copy of the built-in dictionaries (and their JSON Schema) to DIR.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    export.add_argument("folder", metavar="DIR", type=Path, help="the folder to write (created; must be empty)")
    export.add_argument("--force", action="store_true", help="write into DIR even when it is not empty, "
                                                             "replacing files of the same names")
    return export


def run(args) -> int:
    written = export(args.folder, force=args.force)
    print(f"coder dict export -> {args.folder}: {written} dictionary files and the schema; "
          f"code with `--dict {args.folder}` (it stands alone: settings.yaml says builtins: false)")
    return 0


def export(folder: Path, force: bool = False) -> int:
    """Copy the built-in YAML files (with a modeline each) and the schema to ``folder``;
    returns the number of YAML files written."""
    from .. import yamlsource
    from ..resources import dictionaries_dir
    from ..schema import TOP

    if folder.exists() and not folder.is_dir():
        raise CoderError(f"{folder} is a file, not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise CoderError(f"{folder} is not empty: give an empty or new folder, or --force to write into it")
    builtin = dictionaries_dir()
    (folder / "schema").mkdir(parents=True, exist_ok=True)
    for path in sorted((builtin / "schema").glob("*.json")):
        shutil.copyfile(path, folder / "schema" / path.name)
    paths = yamlsource.yaml_files(builtin)
    for path in paths:
        relative = path.relative_to(builtin)
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        up = "../" * (len(relative.parts) - 1)
        text = path.read_text(encoding="utf-8")
        if path.name == "settings.yaml":
            text = text.replace("\nsettings:\n", "\nsettings:\n  # This folder is a whole dictionary set: the "
                                "built-ins are not laid under it.\n  builtins: false\n", 1)
        target.write_text(f"# yaml-language-server: $schema={up}schema/{TOP}\n{text}", encoding="utf-8")
    return len(paths)

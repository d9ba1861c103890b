"""``coder dict info``: load the dictionaries (reporting any error) and count their entries."""

from __future__ import annotations

import argparse

from . import coder_for

NAME, GROUP, ORDER = "info", "dict", 10

def add_parser(commands, common) -> argparse.ArgumentParser:
    info = commands.add_parser("info", help="load the dictionaries (reporting any error) and count entries")
    common(info)
    info.add_argument("--per-file", action="store_true",
                      help="also count the entries of each file: actors and their names, agent nouns, "
                           "verb and noun entries with their lemmas and patterns")
    return info

def run(args) -> int:
    coder = coder_for(args)
    dictionaries = coder.dictionaries
    print(f"{len(dictionaries.files)} files: {', '.join(dictionaries.files)}")
    for name, count in dictionaries.counts.items():
        print(f"  {name:16} {count:7,}")
    print(f"  {'reading':16} {coder.reading.name}")
    if args.per_file:
        from tabulate import tabulate

        from ..dictionary import file_counts

        rows = file_counts(args.dict)
        print()
        print(tabulate(rows, headers=["file", "entries", "names / nouns / lemmas", "patterns"],
                       disable_numparse=True, colalign=("left", "right", "right", "right")))
    return 0

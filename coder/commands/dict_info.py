"""``coder dict info``: load the dictionaries (reporting any error), count their entries and show
the layers: each folder, its files and entries, and what it overrides or removes below it."""

from __future__ import annotations

import argparse
from collections import Counter

from . import coder_for

NAME, GROUP, ORDER = "info", "dict", 10
SHOWN = 5  # overrides and removes listed per layer, without --overrides

EPILOG = """\
examples:
  coder dict info
  coder dict info --dict my-dictionaries/            # my folder over the built-ins: what it changes
  coder dict info --dict base/ --dict fixes/ --overrides
  coder dict info --dict phoenix/ --per-file         # an imported PETRARCH set (alone)
"""


def add_parser(commands, common) -> argparse.ArgumentParser:
    info = commands.add_parser(
        "info", help="load the dictionaries (reporting any error), count entries, show the layers",
        description="Load the dictionaries, stopping at the first error (file:line:col), count what they "
                    "hold and show the layers: the built-ins, then each --dict folder, with the entries "
                    "each gives and what it overrides or removes in the layers below.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    common(info)
    info.add_argument("--per-file", action="store_true",
                      help="also count the entries of each file: actors and their names, agent nouns, "
                           "verb and noun entries with their lemmas and patterns")
    info.add_argument("--overrides", action="store_true",
                      help=f"list every entry a layer overrides or removes (default: the first {SHOWN} of each)")
    return info


def run(args) -> int:
    coder = coder_for(args)
    dictionaries = coder.dictionaries
    print(f"{len(dictionaries.files)} files: {', '.join(dictionaries.files)}")
    for name, count in dictionaries.counts.items():
        print(f"  {name:16} {count:7,}")
    print(f"  {'reading':16} {coder.reading.name}")
    print()
    for line in layer_lines(dictionaries.layers, args.overrides):
        print(line)
    if args.per_file:
        from tabulate import tabulate

        from ..dictionary import file_counts, stack

        documents = [doc for layer in stack(args.dict, not args.no_builtins) for doc in layer.documents]
        print()
        print(tabulate(file_counts(documents), headers=["file", "entries", "names / nouns / lemmas", "patterns"],
                       disable_numparse=True, colalign=("left", "right", "right", "right")))
    return 0


def layer_lines(layers: tuple, every: bool = False) -> list:
    """The layers, bottom first: folder, files, entries; then what each overrides and removes
    ("actor name 'Xi' (was actors/leaders/asia.yaml:41)"), by kind, the first few of each."""
    lines = [f"layers ({len(layers)}, the last wins):"]
    for number, layer in enumerate(layers, 1):
        files = f"{len(layer.files)} file{'s' if len(layer.files) != 1 else ''}"
        lines.append(f"  {number}. {layer.folder}: {files}, {layer.entries:,} entries")
        for verb, found in (("overrides", layer.overrides), ("removes", layer.removes)):
            if not found:
                continue
            kinds = Counter(label.rsplit(" '", 1)[0].split(" code ")[0] for label, _ in found)
            lines.append(f"     {verb} {len(found):,}: " + ", ".join(f"{n:,} {kind}" for kind, n in kinds.items()))
            for label, where in found if every else found[:SHOWN]:
                lines.append(f"       {label} (was {where})")
            if not every and len(found) > SHOWN:
                lines.append(f"       ... {len(found) - SHOWN:,} more (--overrides lists them all)")
    return lines

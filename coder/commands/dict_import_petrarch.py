"""``coder dict import-petrarch``: convert PETRARCH/TABARI dictionaries to coder's YAML."""

from __future__ import annotations

import argparse

EPILOG = """\
example:
  coder dict import-petrarch --out phoenix/ --verbs CAMEO.2.0.txt \\
      --actors Phoenix.Countries.actors.txt --actors Phoenix.International.actors.txt \\
      --actors Phoenix.MilNonState.actors.txt --agents Phoenix.agents.txt \\
      --discards Phoenix.discards.txt --issues Phoenix.IssueCoding.txt
  coder code stories.jsonl --dict phoenix/
"""

NAME, GROUP, ORDER = "import-petrarch", "dict", 90


def add_parser(commands, common) -> argparse.ArgumentParser:
    from ..importers import petrarch

    importer = commands.add_parser(
        "import-petrarch", help="convert PETRARCH/TABARI dictionaries to coder's YAML",
        description="Convert PETRARCH-1/TABARI and PETRARCH-2 dictionaries to coder's YAML. Every entry "
                    "that cannot be converted is listed as file:line: reason; converted entries keep "
                    "their origin (file:line) in a comment.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    petrarch.configure_parser(importer)
    return importer


def run(args) -> int:
    from ..importers import petrarch

    return petrarch.run(args)

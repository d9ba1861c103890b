"""``coder explain``: show how one sentence is coded, step by step."""

from __future__ import annotations

import argparse

from . import coder_for

EPILOG = """\
examples:
  coder explain "Iraq's prime minister condemned the US airstrikes."
  coder explain --date 2024-07-31 "Lloyd Austin met Iraqi Defense Minister Thabet al-Abbasi."

Shows the tokens (lemma, part of speech, dependency), the actors found, each event verb or
noun with the pattern that fired (or why none did), and the events.
"""


NAME, GROUP, ORDER = "explain", None, 20

def add_parser(commands, common) -> argparse.ArgumentParser:
    explain = commands.add_parser("explain", help="show how one sentence is coded",
                                  description="Show how one sentence is coded, step by step.",
                                  epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    explain.add_argument("sentence", help="the sentence (quote it)")
    explain.add_argument("--date", metavar="YYYY-MM-DD", help="the story date (for date-bounded actor codes)")
    common(explain)
    return explain

def run(args) -> int:
    print(coder_for(args).explain(args.sentence, date=args.date))
    return 0

"""``coder validate``: code PETRARCH validation records and compare with their expected events."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import coder_for

EPILOG = """\
example:
  coder dict import-petrarch --out /tmp/petr --verbs ../shared/petrarch/PETR.Validate.verbs.txt \\
      --actors ../shared/petrarch/PETR.Validate.actors.txt \\
      --agents ../shared/petrarch/PETR.Validate.agents.txt \\
      --discards ../shared/petrarch/PETR.Validate.discards.txt
  coder validate ../shared/petrarch/validation.dev.xml --dict /tmp/petr
"""


NAME, GROUP, ORDER = "validate", None, 30

def add_parser(commands, common) -> argparse.ArgumentParser:
    validate = commands.add_parser(
        "validate", help="code PETRARCH validation records and compare with their expected events",
        description="Code each <Sentence> of a PETRARCH validation file from its <Text> and date (never "
                    "from its <Parse>) and compare with its <EventCoding> rows. A <Config option=... "
                    "value=...> (require_dyad, comma_*) applies from its record on, as in PETRARCH. "
                    "Records expecting a PETRARCH error or quoted actor texts are listed apart, not "
                    "scored. Prints a table per category and every failing record; exits 1 when any "
                    "scored record fails.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    validate.add_argument("records", type=Path, help="PETRARCH validation XML")
    validate.add_argument("--category", action="append", metavar="NAME",
                          help="only records of this category (repeatable)")
    common(validate)
    return validate

def run(args) -> int:
    from ..validation import code_records, read_records, summarize

    records = read_records(args.records)
    if args.category:
        records = [r for r in records if r.category in args.category]
    results, unused = code_records(records, coder_for(args))
    print(summarize(results, unused), end="")
    return 0 if all(r.exact for r in results if r.record.scored) else 1

"""``coder dict lint``: check the dictionaries for what loads but codes wrongly."""

from __future__ import annotations

import argparse

from ..errors import CoderError
from . import coder_for

EPILOG = """\
checks (each finding is printed as FILE:LINE:COL: error|warning: message [check]):
  duplicate-name    the same actor name or agent noun listed twice, in two entries or in one,
                    as the coder compares names (spaCy's tokens, case-insensitive except short
                    capitals such as "US", a leading "the" dropped): only the first is used, so
                    edits to the other copy do nothing. Discard and issue phrases listed twice
                    are warnings (an issue phrase listed under two issues keeps the first).
  dates             two terms of one actor entry that overlap: an error when their codes
                    differ (on a date in both the first listed wins), a warning when they are
                    the same; terms not listed oldest first (warning). A term whose `from` is
                    after its `to` is an error too (the loader already stops at it).
  shadowed-pattern  a pattern identical to an earlier one of its entry: the most specific
                    match wins and on a tie the first written, so it never fires. Warning: a
                    pattern that gives the entry's default code and binds no slot, when it
                    provably changes nothing (no gap, no event or negation word among its
                    words, and it can never beat a pattern that matters).
  unreachable       a verb or noun written as a form spaCy never gives as a lemma ("says",
                    "attacked", "attacks" next to "attack": tokens are looked up by their
                    lemma), or that spaCy splits into several tokens ("cut-off"); a pattern
                    using an empty synonym set. Warnings: such a form listed in the same entry
                    as its lemma (reached only when capitalised), or found only as written
                    because its lemma has no entry; an agent noun in the plural whose singular
                    is listed too (the singular matches it by lemma). The lemma checks need
                    the spaCy model and are skipped, with a note, without it.
  codes             with --coverage: event codes of the codebook that no verb, noun or pattern
                    gives (warnings): the gaps in the dictionaries. The two-digit roots are
                    not listed (an entry gives 040, "not specified below", not 04).
  schema            unknown keys (`pattern:` for `patterns:`), wrong types, malformed dates
                    and codes, against dictionaries/schema/: all of them are listed, then the
                    lint stops with status 2 (the loader stops at the first).

With several --dict folders the checks see the entries as the layers leave them: what a later
folder overrides or removes is not checked again.

What the loader itself rejects (unknown event codes, an actor name with two codes, a verb
listed twice, a pattern that does not parse) stops the lint at once, as in `coder dict info`.

exit status: 0 no errors (warnings allowed), 1 errors (or warnings, with --strict),
             2 the dictionaries do not load.

examples:
  coder dict lint
  coder dict lint --dict my-dictionaries/ --strict
  coder dict lint --dict phoenix/ --no-builtins
  coder dict lint --coverage | grep '\\[codes\\]'
"""


NAME, GROUP, ORDER = "lint", "dict", 20

def add_parser(commands, common) -> argparse.ArgumentParser:
    lint = commands.add_parser(
        "lint", help="check the dictionaries: duplicates, dates, shadowed and unreachable entries",
        description="Load the dictionaries (stopping at the first error, as `dict info` does), then "
                    "look for what loads but codes wrongly. Findings are sorted by file and line; a "
                    "summary line counts them.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    lint.add_argument("--strict", action="store_true", help="count warnings as errors (exit status 1)")
    lint.add_argument("--coverage", action="store_true",
                      help="also list the event codes that no verb, noun or pattern gives")
    common(lint)
    return lint

def run(args) -> int:
    from ..lint import Report, format_report, lint, schema_findings
    from ..nlp import load_pipeline

    builtins = not args.no_builtins
    invalid = schema_findings(args.dict, builtins)
    if invalid:  # every schema error at once (the loader stops at the first), then exit 2
        for line in format_report(Report(invalid, ["the dictionaries do not load: fix these first"],
                                         tuple(sorted({f.path for f in invalid})))):
            print(line)
        return 2
    dictionaries = coder_for(args).dictionaries  # a dictionary that does not load: exit 2, file:line:col
    try:
        nlp = load_pipeline(args.model)
    except CoderError:
        nlp = None  # the report notes the checks it skipped
    report = lint(args.dict, nlp=nlp, coverage=args.coverage, dictionaries=dictionaries, builtins=builtins)
    for line in format_report(report):
        print(line)
    return report.exit_status(args.strict)

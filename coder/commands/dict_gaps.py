"""``coder dict gaps``: what the dictionaries miss in a corpus, ranked, with what to add."""

from __future__ import annotations

import argparse
import json
import sys

from . import coder_for

EPILOG = """\
examples:
  coder dict gaps stories.jsonl
  coder dict gaps corpus/ --top 30 --examples 3
  coder dict gaps stories.jsonl --kind actor --kind unused --dict mine/
  coder dict gaps stories.jsonl --format jsonl > gaps.jsonl

kinds of gap (each ranked by how often it was seen, with example sentences as story#sentence):
  actor   a proper name in subject or object position that no actor name matches, with the
          country it most often shares a sentence (else its story) with
  agent   a common noun, subject or object of an event word, that no agent noun matches
  verb    a verb no dictionary lists, between two different actors, in a sentence coding nothing
  noun    the same for an event noun ("Arnor's embargo on Gondor")
  unused  an actor entry found in the text but never in an event, with the verbs no dictionary
          lists that it stood beside

The suggested command line is a start: choose the CODE or ROLE, check the entry with
`coder explain`, and see what it changes with `coder dict diff`.
"""

TITLES = {
    "actor": "candidate actors: proper names in subject or object position that no actor matches",
    "agent": "candidate agents: nouns, subjects of event words, that no agent matches",
    "verb": "candidate verbs: unlisted verbs between two actors, in sentences that code nothing",
    "noun": "candidate event nouns: unlisted nouns between two actors, in sentences that code nothing",
    "unused": "actors found but never in an event (with the unlisted verbs they stood beside)",
}
WITH = {"actor": "country", "agent": "country", "verb": "actors", "noun": "actors", "unused": "verbs"}

NAME, GROUP, ORDER = "gaps", "dict", 40


def add_parser(commands, common) -> argparse.ArgumentParser:
    from ..corpus import add_corpus_options
    from ..gaps import KINDS

    gaps = commands.add_parser("gaps", help="find what the dictionaries miss in a corpus, with entries to add",
                               description="Find what the dictionaries miss in a corpus: names no actor "
                                           "matches, verbs between two actors that code nothing, actors "
                                           "never in an event. Ranked by frequency, with examples and a "
                                           "suggested entry.",
                               epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(gaps)
    gaps.add_argument("-f", "--format", choices=("table", "jsonl"), default="table",
                      help="output format (default: table)")
    gaps.add_argument("--top", type=int, default=15, metavar="N", help="the N most frequent of each kind (default 15)")
    gaps.add_argument("--examples", type=int, default=2, metavar="K",
                      help="example sentences per gap, from different stories (default 2)")
    gaps.add_argument("--kind", action="append", choices=KINDS, metavar="KIND",
                      help=f"only these kinds ({', '.join(KINDS)}; repeatable; default: all)")
    common(gaps)
    return gaps


def run(args) -> int:
    from ..corpus import check_inputs, corpus_of
    from ..gaps import KINDS, find_gaps

    check_inputs(args.inputs, args.date)
    coder = coder_for(args)
    results = coder.analyse_stories(corpus_of(args))
    found = find_gaps(results, coder.dictionaries, max(0, args.examples), args.kind or KINDS)
    top = max(0, args.top)
    if args.format == "jsonl":
        for kind, gaps in found.items():
            for rank, gap in enumerate(gaps[:top], 1):
                sys.stdout.write(json.dumps({"rank": rank, **gap.to_dict()}, ensure_ascii=False) + "\n")
        return 0
    print("\n\n".join(render(kind, gaps[:top], len(gaps)) for kind, gaps in found.items()))
    return 0


def render(kind: str, gaps: list, total: int) -> str:
    """One kind's table, each row followed by its example sentences."""
    from tabulate import tabulate

    title = f"{TITLES[kind]} ({len(gaps)} of {total}):"
    if not gaps:
        return f"{title}\n  none"
    rows = []
    for rank, gap in enumerate(gaps, 1):
        seen = ", ".join(f"{value} ({count})" for value, count in gap.context.most_common(2))
        phrase = f"{gap.phrase} ({gap.code}, {gap.where})" if kind == "unused" else gap.phrase
        rows.append([rank, phrase, gap.count, len(gap.stories), seen, gap.suggestion])
    lines = tabulate(rows, headers=["#", "phrase", "seen", "stories", WITH[kind], "suggested"],
                     disable_numparse=True, colalign=("right", "left", "right", "right", "left", "left")).splitlines()
    out = [title] + ["  " + line for line in lines[:2]]
    for line, gap in zip(lines[2:], gaps):
        out.append("  " + line)
        out += [f"        {example}" for example in gap.examples]
    return "\n".join(out)

"""``coder dict diff``: the events a dictionary change gains and loses on a corpus."""

from __future__ import annotations

import argparse
import json
import sys

EPILOG = """\
examples:
  coder dict diff builtins mine/ stories.jsonl          (what the folder mine/ changes)
  coder dict diff mine-before/ mine/ corpus/            (two versions of a folder)
  coder dict diff builtins a/,b/ stories.jsonl          (two folders laid over the built-ins)
  coder dict diff builtins mine/ stories.jsonl --format jsonl > changes.jsonl

OLD and NEW are each `builtins` (the built-in dictionaries alone) or a folder (or folders
joined by commas) laid over the built-ins; --dict folders go under both, --no-builtins leaves
the built-ins out of both. Both sides code the corpus with the same reading and model.

Shows the events by root on each side, then each event gained and lost with its sentence and
the entries that made it: the verb or noun entry, the pattern that fired, the actor names and
agent nouns of its source and target, each with its file:line. The exit status is 0 whatever
changed.
"""

NAME, GROUP, ORDER = "diff", "dict", 60


def add_parser(commands, common) -> argparse.ArgumentParser:
    from ..corpus import add_corpus_options

    diff = commands.add_parser("diff", help="show the events a dictionary change gains and loses on a corpus",
                               description="Code a corpus with two dictionary sets and show the events "
                                           "gained and lost, with their sentences and the entries that "
                                           "fired, and the events by root.",
                               epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    diff.add_argument("old", metavar="OLD", help="`builtins`, or a folder (or folders a/,b/) over the built-ins")
    diff.add_argument("new", metavar="NEW", help="the same, for the changed dictionaries")
    add_corpus_options(diff)
    diff.add_argument("-f", "--format", choices=("table", "jsonl"), default="table",
                      help="output format (default: table)")
    common(diff)
    return diff


def run(args) -> int:
    from ..corpus import check_inputs, corpus_of
    from ..dictdiff import coder_for_spec, diff_corpus, parse_spec

    check_inputs(args.inputs, args.date)
    builtins = not args.no_builtins
    old_spec = parse_spec(args.old, args.dict or (), builtins)
    new_spec = parse_spec(args.new, args.dict or (), builtins)
    old = coder_for_spec(old_spec, args.reading, args.model, not args.no_cache)
    new = coder_for_spec(new_spec, args.reading, old.nlp, not args.no_cache)
    stories = list(corpus_of(args))
    diff = diff_corpus(old, new, stories)
    if args.format == "jsonl":
        for change in diff.changes:
            sys.stdout.write(json.dumps(change.to_dict(), ensure_ascii=False) + "\n")
        for root, before, after in diff.roots():
            sys.stdout.write(json.dumps({"change": "root", "root": root, "old": before, "new": after}) + "\n")
        return 0
    print(render(diff, old_spec, new_spec, old.dictionaries.codebook))
    return 0


def render(diff, old_spec, new_spec, codebook) -> str:
    from tabulate import tabulate

    from ..corpus import trimmed

    old_total, new_total = sum(diff.old_roots.values()), sum(diff.new_roots.values())
    out = [f"OLD: {old_spec} ({_events(old_total)})", f"NEW: {new_spec} ({_events(new_total)})",
           f"{diff.stories} stories: {_events(len(diff.gained))} gained, {_events(len(diff.lost))} lost", "", "events by root:"]
    rows = [[root, codebook[root].label if root in codebook else "", before, after, f"{after - before:+d}" if after != before else ""]
            for root, before, after in diff.roots()]
    table = tabulate(rows, headers=["root", "label", "old", "new", "change"], disable_numparse=True,
                     colalign=("left", "left", "right", "right", "right"))
    out += ["  " + line for line in table.splitlines()] if rows else ["  none"]
    for change, changes in (("gained", diff.gained), ("lost", diff.lost)):
        out += ["", f"{change} ({len(changes)}):"]
        if not changes:
            out.append("  none")
        for c in changes:
            e = c.event
            out.append(f"  {e.story_id}#{e.sentence_id}  {e.source} {e.code} {e.target}  ({e.label})")
            for what, words, where in c.entries:
                out.append(f"      {what:22} {words!r:32} {where}")
            at = e.sentence.find(e.verb_text)
            out.append(f"      sentence: {trimmed(e.sentence, max(at, 0), max(at, 0) + len(e.verb_text), 100)}")
    return "\n".join(out)


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"

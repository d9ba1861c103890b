"""``coder dict add``: append an actor, agent, verb or event noun to a user's dictionary folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import CoderError

EPILOG = """\
examples:
  coder dict add actor "Zorvan Ketil" ARNGOV --dict mine/
  coder dict add actor "Zorvan Ketil" ARNGOV --from 2019-05-01 --to 2023-02-28 --dict mine/
  coder dict add actor "Gondor Herald" GONMED --file actors/media.yaml --dict mine/
  coder dict add agent herder CVL --dict mine/
  coder dict add verb rebuff 125 --dict mine/
  coder dict add verb rebuff 125 --pattern "* $target ..3 offer" --dict mine/
  coder dict add noun blockade 191 --dict mine/

The entry goes to the folder of the last --dict (or --into DIR; the folder is created if
needed), into actors.yaml, agents.yaml or verbs.yaml unless --file names another file of it.
The file keeps its comments and order. An entry already in the dictionaries in force or in the
folder, an unknown code or a pattern that does not parse is refused, and the file is left as it
was; so is an entry after which the folder would no longer load. Then see what the entry
changes with `coder dict diff builtins mine/ CORPUS`.
"""

NAME, GROUP, ORDER = "add", "dict", 50


def add_parser(commands, common) -> argparse.ArgumentParser:
    add = commands.add_parser("add", help="append an actor, agent, verb or event noun to a user folder",
                              description="Append an actor, agent, verb or event noun to a user's "
                                          "dictionary folder, keeping the file's comments and order.",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    kinds = add.add_subparsers(dest="kind", metavar="KIND")
    actor = _kind(kinds, "actor", "an actor name and its code (dated with --from/--to)", common)
    actor.add_argument("name", metavar="NAME", help="the name as written in the news (quote it)")
    actor.add_argument("code", metavar="CODE", help="its actor code: IRQ, IRQGOV, ...")
    actor.add_argument("--from", dest="start", metavar="DATE", help="the code holds from this day (yyyy-mm-dd)")
    actor.add_argument("--to", dest="end", metavar="DATE", help="the code holds until this day (yyyy-mm-dd)")
    agent = _kind(kinds, "agent", "an agent noun and its role", common)
    agent.add_argument("noun", metavar="NOUN", help="the noun, singular: herder, riot police")
    agent.add_argument("role", metavar="ROLE", help="its role code: GOV, MIL, COP, CVL, ...")
    for kind, what in (("verb", "a verb"), ("noun", "an event noun")):
        event = _kind(kinds, kind, f"{what}, its default CAMEO code and patterns", common)
        event.add_argument("lemma", metavar="LEMMA", help=f"{what}'s lemma (a phrasal verb with its particle: 'carry out')")
        event.add_argument("code", metavar="CODE", help="its default CAMEO event code (quoted when it starts with 0)")
        event.add_argument("--pattern", action="append", default=[], metavar="PATTERN",
                           help="a pattern (repeatable): '* $target ..3 offer'; `=> CODE` is added when missing")
    return add


def _kind(kinds, name: str, help_: str, common) -> argparse.ArgumentParser:
    parser = kinds.add_parser(name, help=help_, description=f"Append {help_} to a user folder.",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--into", metavar="DIR", type=Path,
                        help="the user folder to write into (default: the last --dict)")
    parser.add_argument("--file", metavar="FILE",
                        help="the file of the folder to append to (default: actors.yaml, agents.yaml or verbs.yaml)")
    common(parser)
    return parser


def run(args) -> int:
    from .. import dictadd

    if args.kind is None:
        raise CoderError("say what to add: coder dict add actor|agent|verb|noun ... (see coder dict add --help)")
    folder, layers, prove = dictadd.target_and_layers(args)
    if args.kind == "actor":
        added = dictadd.add_actor(folder, args.name, args.code, layers, args.start, args.end, args.file, prove)
    elif args.kind == "agent":
        added = dictadd.add_agent(folder, args.noun, args.role, layers, args.file, prove)
    else:
        added = dictadd.add_event(folder, args.kind, args.lemma, args.code, layers, args.pattern, args.file, prove)
    print(added)
    return 0

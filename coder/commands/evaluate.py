"""``coder evaluate``: score coded events against gold codings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import coder_for

EPILOG = """\
gold formats (told apart by the file's content):
  CAMEO codebook examples  YAML `records:` of {id, text, code} with optional source/target
                   actor lists ({code: USA, sector: GOV} ...), `reciprocal`, `linked_codes`
                   (../shared/cameo/examples/*.dev.yaml). Each text is coded as one story dated
                   2010-01-01. Figures: the share of records whose root is coded (some coded
                   event has it), the share with the exact code, wrong-root events per sentence
                   (coded events whose root is neither the record's nor a linked code's); the
                   same shares with actors matched loosely (the coded source/target starts with
                   a listed country code, sectors ignored; either side for a reciprocal record;
                   the file's JAP, ITL, VTN count as JPN, ITA, VNM). The code-only figures are
                   the headline ones.
  PETRARCH validation XML  <Sentence id date category><EventCoding sourcecode targetcode
                   eventcode/> or noevents="True"<Text>...</Text></Sentence>. The file is coded as
                   `coder code FILE` codes it (each record with an <EventCoding> a story of its
                   own; <Config> elements are not applied: use coder validate for those). A record
                   is exact when the coded (source, target, code) set equals the expected one, as
                   coder validate compares; events are also scored one by one (recall, precision).
  gold YAML        `records:` of {story_id, sent_index, must: [...], may: [...]}, each event
                   {source, code, target}; the stories come from --stories (JSON lines, XML). Sentence
                   numbers are coder's sentence_id: the title is 0, body sentences from 1, as
                   spaCy splits the story; with PETRARCH XML stories, story_id is a record's id
                   and sent_index 0 (coder codes a record as one sentence; 1 for the second record
                   of an id used twice). Optional `text` fields are ignored for scoring (a note
                   counts those that differ from coder's sentence of that number).

matching (gold YAML):
  a field matches a coded value by prefix ("19" accepts 190-196, "USA" accepts USAGOV); a
  list gives alternatives (code: ["11", "012"]); "" or a missing source/target matches anything.
  recall    = must events matched / must events; each must is matched by a coded event of its
              own (one coded event cannot match two musts); may events are never counted here
  precision = coded events on gold sentences that match a must or a may entry / coded events
              on gold sentences; an event coded on a sentence that is not in the gold file is
              not counted
  F1        = 2PR / (P + R). Several gold YAML files are reported each and pooled ("union").

It measures and does not judge: the exit status is 0 whatever the figures; 2 on an unreadable
gold file, an unknown format or a story the gold names but --stories lacks (FILE:LINE: reason).

examples:
  coder evaluate ../shared/cameo/examples/examples.dev.yaml ../shared/cameo/examples/examples-01-02.dev.yaml
  coder evaluate ../shared/petrarch/validation.dev.xml --dict /tmp/petr   (imported, see coder validate)
  coder evaluate ../shared/corpus/voa.dev.gold.yaml benchmarks/gold/voa-*.yaml \\
      --stories ../shared/corpus/voa.dev.jsonl --show
  coder evaluate GOLD.yaml --stories stories.jsonl --json > figures.json
"""


NAME, GROUP, ORDER = "evaluate", None, 40

def add_parser(commands, common) -> argparse.ArgumentParser:
    evaluate = commands.add_parser(
        "evaluate", help="score coded events against gold codings: recall, precision, F1, per root",
        description="Code the sentences of gold files and score the events against the gold codings: "
                    "recall, precision, F1 and a table per CAMEO root. Gold files: the CAMEO codebook "
                    "examples, PETRARCH validation XML, or a gold YAML (with --stories).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("gold", nargs="+", type=Path, metavar="GOLD", help="gold file (.yaml or .xml)")
    evaluate.add_argument("--stories", action="append", default=[], metavar="FILE",
                          help="the stories a gold YAML names (JSON lines; repeatable)")
    evaluate.add_argument("--show", action="store_true",
                          help="also list every miss and false positive, with its sentence and the coded events")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON instead of tables")
    common(evaluate)
    return evaluate

def run(args) -> int:
    from ..evaluate import as_json, evaluate, render

    coder = coder_for(args)
    reports = evaluate(args.gold, coder, args.stories, warn=lambda message: print(f"coder: {message}", file=sys.stderr))
    if args.json:
        print(as_json(reports, coder, args.show), end="")
    else:
        print("\n".join(render(report, args.show) for report in reports), end="")
    return 0

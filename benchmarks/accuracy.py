"""Accuracy: coder's figures on every gold set the project has, in one table.

    python benchmarks/accuracy.py [--dict DIR] [--reading NAME] [--json OUT]

Rows (each skipped with a note when its files are absent, e.g. without ../shared):

- the CAMEO codebook examples, development half (../shared/cameo/examples/examples.dev.yaml,
  roots 03-20): the share of records whose expected root is coded, the share with the exact
  code, wrong-root events per sentence; and examples-01-02.dev.yaml (roots 01-02): root and
  exact shares (`coder evaluate`'s figures, code only);
- PETRARCH's validation records, development half (../shared/petrarch/validation.dev.xml):
  exact records through the story path (what `coder code` gives for the file) and, beside it,
  `coder validate`'s figure; both with PETRARCH's validation dictionaries, imported into a
  temporary folder as the README shows (not --dict: the records are written for them);
- the VOA gold codings: ../shared/corpus/voa.dev.gold.yaml and every benchmarks/gold/voa-*.yaml,
  with the stories ../shared/corpus/voa.dev.jsonl: precision, recall, F1 of each and of their union;
- the AFP gold: benchmarks/gold/afp-dev.yaml, the 67 non-empty records of
  ../shared/corpus/GigaWord.sample.PETR.xml (16 real AFP sentences, August 2008, then PETRARCH's
  test sentences), coded from the XML as `coder code` reads it: precision, recall, F1 (kept out
  of the VOA union: other stories, another kind of text);
- the per-root sentences (tests/roots/*.yaml): cases whose coded events are exactly the expected
  ones, as tests/test_roots.py compares them (xfail cases count as they code).

--dict and --reading apply to every row but the validation records. Everything is coded in this
process through coder.Coder, with one spaCy pipeline. `coder evaluate GOLD --show` lists the
misses and false positives behind a row.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import yaml
from tabulate import tabulate

from coder import Coder, __version__
from coder.errors import CoderError
from coder.evaluate import detect, evaluate, read_gold
from coder.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "cameo" / "examples" / "examples.dev.yaml"
EXAMPLES_01_02 = SHARED / "cameo" / "examples" / "examples-01-02.dev.yaml"
PETRARCH = SHARED / "petrarch"
VALIDATION = PETRARCH / "validation.dev.xml"
VOA_GOLD = SHARED / "corpus" / "voa.dev.gold.yaml"
VOA_STORIES = SHARED / "corpus" / "voa.dev.jsonl"
OUR_GOLD = ROOT / "benchmarks" / "gold"
AFP_GOLD = OUR_GOLD / "afp-dev.yaml"
AFP_STORIES = SHARED / "corpus" / "GigaWord.sample.PETR.xml"
ROOTS = ROOT / "tests" / "roots"


def pct(value: float) -> str:
    return f"{100 * value:.1f}"


def shown(path: Path) -> str:
    """A path as the table shows it: relative to the checkout's parent (../shared/..., benchmarks/...)."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        try:
            return str(Path("..") / path.relative_to(ROOT.parent))
        except ValueError:
            return str(path)


class Table:
    def __init__(self):
        self.rows, self.notes, self.figures = [], [], {}

    def add(self, benchmark: str, items, figure: str, value: str) -> None:
        self.rows.append([benchmark, items, figure, value])

    def skip(self, what: str, why: str) -> None:
        self.notes.append(f"skipped {what}: {why}")

    def render(self) -> str:
        text = tabulate(self.rows, headers=["benchmark", "n", "figure", "value"], disable_numparse=True,
                        colalign=("left", "right", "left", "right"))
        return text + "\n" + "".join(f"note: {note}\n" for note in self.notes)


def examples(table: Table, coder: Coder) -> None:
    for path, label, wrong in ((EXAMPLES, "CAMEO examples, dev (roots 03-20)", True),
                               (EXAMPLES_01_02, "CAMEO examples, dev (roots 01-02)", False)):
        if not path.exists():
            table.skip(label, f"{shown(path)} is absent")
            continue
        report, = evaluate([path], coder)
        f = report.figures
        table.figures[shown(path)] = report.to_dict()
        n = f["records"]
        table.add(label, n, "expected root coded %", f"{pct(f['root_share'])} ({f['root_hits']}/{n})")
        table.add("", "", "exact code coded %", f"{pct(f['exact_share'])} ({f['exact_hits']}/{n})")
        if wrong:
            table.add("", "", "wrong-root events per sentence",
                      f"{f['wrong_root_per_sentence']:.2f} ({f['wrong_root']} events)")


def validation(table: Table, nlp) -> None:
    from coder.cli import main as coder_main
    from coder.validation import code_records, read_records

    label = "PETRARCH validation records, dev"
    kinds = ("verbs", "actors", "agents", "discards")
    needed = [VALIDATION] + [PETRARCH / f"PETR.Validate.{kind}.txt" for kind in kinds]
    absent = [shown(p) for p in needed if not p.exists()]
    if absent:
        table.skip(label, f"{', '.join(absent)} absent")
        return
    with tempfile.TemporaryDirectory() as folder:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = coder_main(["dict", "import-petrarch", "--out", folder,
                                 "--verbs", str(needed[1]), "--actors", str(needed[2]),
                                 "--agents", str(needed[3]), "--discards", str(needed[4])])
        if status != 0:
            table.skip(label, f"the import of the validation dictionaries failed:\n{out.getvalue()}")
            return
        coder = Coder(folder, model=nlp)
        report, = evaluate([VALIDATION], coder)
        results, _ = code_records(read_records(VALIDATION), coder)
    scored = [r for r in results if r.record.scored]
    exact = sum(r.exact for r in scored)
    f = report.figures
    table.figures[shown(VALIDATION)] = {**report.to_dict(), "validate_exact": exact, "validate_scored": len(scored),
                                        "validate_exact_share": round(exact / len(scored), 4) if scored else 0.0}
    table.add(label, f["scored"], "exact records %: story path (coder validate)",
              f"{pct(f['exact_share'])} ({pct(exact / len(scored) if scored else 0.0)}), {f['exact']}/{f['scored']}")
    table.add("", "", "event P / R / F1 %, story path",
              f"{pct(f['precision'])} / {pct(f['recall'])} / {pct(f['f1'])}")


def voa(table: Table, coder: Coder) -> None:
    golds = [VOA_GOLD] if VOA_GOLD.exists() else []
    if not golds:
        table.skip("the shared VOA gold", f"{shown(VOA_GOLD)} is absent")
    ours = sorted(OUR_GOLD.glob("voa-*.yaml")) if OUR_GOLD.is_dir() else []
    if not ours:
        table.skip("benchmarks/gold/voa-*.yaml", "no such file yet")
    for path in ours:  # a file still being written must not stop the rest
        try:
            kind, data = detect(path)
            if kind != "gold-yaml":
                raise CoderError(f"{shown(path)}: not a gold YAML ({kind})")
            read_gold(path, data)
            golds.append(path)
        except CoderError as exc:
            table.skip(shown(path), str(exc))
    if not golds:
        return
    if not VOA_STORIES.exists():
        table.skip("the VOA golds", f"{shown(VOA_STORIES)} is absent")
        return
    try:
        reports = evaluate(golds, coder, [VOA_STORIES])
    except CoderError as exc:
        table.skip("the VOA golds", str(exc))
        return
    for report in reports:
        f = report.figures
        name = report.path if report.format == "union" else shown(Path(report.path))
        table.figures[name] = report.to_dict()
        label = "VOA golds, union" if report.format == "union" else f"VOA gold {name}"
        table.add(label, f["sentences"], f"P / R / F1 % ({f['must']} must events)",
                  f"{pct(f['precision'])} / {pct(f['recall'])} / {pct(f['f1'])}")


def afp(table: Table, coder: Coder) -> None:
    label = "AFP gold benchmarks/gold/afp-dev.yaml"
    absent = [shown(p) for p in (AFP_GOLD, AFP_STORIES) if not p.exists()]
    if absent:
        table.skip(label, f"{', '.join(absent)} absent")
        return
    try:
        report, = evaluate([AFP_GOLD], coder, [AFP_STORIES])
    except CoderError as exc:
        table.skip(label, str(exc))
        return
    f = report.figures
    table.figures[shown(AFP_GOLD)] = report.to_dict()
    table.add(label, f["sentences"], f"P / R / F1 % ({f['must']} must events)",
              f"{pct(f['precision'])} / {pct(f['recall'])} / {pct(f['f1'])}")


def roots(table: Table, coder: Coder) -> None:
    files = sorted(ROOTS.glob("*.yaml"))
    if not files:
        table.skip("per-root sentences", f"no {shown(ROOTS)}/*.yaml")
        return
    cases = []
    for path in files:
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], 1):
            cases.append((f"{path.stem[:2]}-{number}", case))
    stories = [{"id": cid, "date": str(case.get("date", "2024-07-31")), "text": case["text"]} for cid, case in cases]
    passed, xfail_passed, failing = 0, 0, []
    for (cid, case), (_, events) in zip(cases, coder.code_stories(stories)):
        coded = sorted(" ".join((e.source, e.code, e.target)) for e in events)
        ok = coded == sorted(case["events"])
        passed += ok
        xfail_passed += ok and bool(case.get("xfail"))
        if not ok:
            failing.append(cid)
    table.figures["tests/roots"] = {"cases": len(cases), "passed": passed, "xfail_cases": sum(
        bool(c.get("xfail")) for _, c in cases), "xfail_passed": xfail_passed, "failing": failing}
    table.add("per-root sentences (tests/roots)", len(cases), "coded set = expected set",
              f"{passed} / {len(cases)} ({pct(passed / len(cases))}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="Rows: " + __doc__.split("Rows", 1)[1].split("\n\n--dict")[0].strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dict", metavar="DIR", type=Path, help="dictionaries instead of the built-in ones")
    parser.add_argument("--reading", metavar="NAME", help="a reading instead of the dictionaries' own")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write the figures to OUT as JSON")
    args = parser.parse_args()

    started = time.perf_counter()
    try:
        nlp = load_pipeline()
        coder = Coder(args.dict, reading=args.reading, model=nlp)
    except CoderError as exc:
        raise SystemExit(f"accuracy.py: {exc}") from None
    table = Table()
    examples(table, coder)
    validation(table, nlp)
    voa(table, coder)
    afp(table, coder)
    roots(table, coder)
    seconds = time.perf_counter() - started
    dictionaries = str(args.dict) if args.dict else "built-in"
    print(f"coder {__version__}, dictionaries: {dictionaries}, reading: {coder.reading.name} "
          f"(the validation records: their imported dictionaries)\n")
    print(table.render(), end="")
    print(f"({seconds:.0f} s)", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"coder": __version__, "dictionaries": dictionaries,
                                         "reading": coder.reading.name, "rows": table.rows, "notes": table.notes,
                                         "figures": table.figures}, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()

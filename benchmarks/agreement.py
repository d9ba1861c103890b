"""Inter-coder agreement: how far two hand codings of the same sentences agree, and how coder
scores against each, in one table.

    python benchmarks/agreement.py                      # blind-b: first coding against the second
    python benchmarks/agreement.py FIRST.yaml SECOND.yaml [--stories STORIES.jsonl]

Why: coder's recall on whole unseen stories (the blind golds) is far below its recall on the
golds its rules were written against. Part of that gap may be the gold itself: one coder's
reading of what a story reports, and of what is background, is not the only competent one. A
second coder who codes the same sentences without seeing the first coding (or coder's output)
gives the ceiling to read coder's figure against: if the second coder finds 60 % of the first
coder's must events, coder's 40 % is two thirds of a human's, not two fifths.

Two gold events agree when each field (source, code, target) has an alternative in one that
is a prefix of an alternative in the other ("" agrees with anything): "IRQGOV 111" and
"IRQ 11" agree, "IRQ 111" and "IRQ 112" do not. Only sentences both files hold are compared.
Figures (each a matching in which an event is used once):

- "finds X's must": X's must events agreed to by a must or a may event of the other coding
  (the other coder's recall of X);
- "must correct under X": the other coding's must events agreed to by a must or may event of X
  (the other coder's precision, scored by X);
- "must = must": X's must events agreed to by a must event of the other (strict agreement);
- coder's P / R against each file as `coder evaluate` scores it (built-in dictionaries), and its
  recall on the consensus: the first file's must events the second also codes as must.

No sentence text is printed: the blind golds stay blind. Needs ../shared (the VOA stories).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tabulate import tabulate

from coder import Coder
from coder.errors import CoderError
from coder.evaluate import StoryPool, detect, evaluate_gold, max_matching, read_gold

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT.parent / "shared" / "corpus" / "voa.dev.jsonl"
FIRST = ROOT / "benchmarks" / "gold" / "voa-dev-blind-b.yaml"
SECOND = ROOT / "benchmarks" / "gold" / "second" / "voa-dev-blind-b.yaml"


def _fields_agree(one: tuple, other: tuple) -> bool:
    return any(a.startswith(b) or b.startswith(a) for a in one for b in other)


def agree(one, other) -> bool:
    """Two gold events agree field by field, by prefix either way."""
    return (_fields_agree(one.source, other.source) and _fields_agree(one.code, other.code)
            and _fields_agree(one.target, other.target))


def matching(events: tuple, candidates: tuple, fits) -> set:
    """The indices of ``events`` matched, each to a candidate of its own."""
    return set(max_matching(events, candidates, fits))


def load(path: Path) -> dict:
    kind, data = detect(path)
    if kind != "gold-yaml":
        raise CoderError(f"{path}: not a gold YAML ({kind})")
    return {(s.story_id, s.sent_index): s for s in read_gold(path, data)}


def pair_figures(x: dict, y: dict, keys: list) -> dict:
    """How the coding ``y`` does against ``x`` on the sentences ``keys``."""
    musts = found = strict = y_musts = y_right = 0
    for key in keys:
        a, b = x[key], y[key]
        musts += len(a.must)
        found += len(matching(a.must, b.must + b.may, agree))
        strict += len(matching(a.must, b.must, agree))
        y_musts += len(b.must)
        y_right += sum(any(agree(event, g) for g in a.must + a.may) for event in b.must)
    return {"musts": musts, "found": found, "strict": strict, "y_musts": y_musts, "y_right": y_right}


def consensus(x: dict, y: dict, keys: list) -> list:
    """Per sentence, the first coding's must events that the second also codes as must."""
    agreed = []
    for key in keys:
        a, b = x[key], y[key]
        kept = matching(a.must, b.must, agree)
        agreed.append((key, tuple(a.must[i] for i in sorted(kept))))
    return agreed


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} ({part}/{whole})" if whole else "-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", nargs="?", type=Path, default=FIRST)
    parser.add_argument("second", nargs="?", type=Path, default=SECOND)
    parser.add_argument("--stories", type=Path, default=STORIES)
    args = parser.parse_args(argv)
    for path in (args.first, args.second, args.stories):
        if not path.exists():
            print(f"agreement: {path} is absent; nothing to compare", file=sys.stderr)
            return 0
    try:
        first, second = load(args.first), load(args.second)
    except CoderError as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 2
    keys = sorted(set(first) & set(second))
    if not keys:
        print("agreement: the two files share no sentence", file=sys.stderr)
        return 2
    names = (args.first.name, f"{args.second.parent.name}/{args.second.name}")
    rows = []
    for (x, y), (xn, yn) in (((first, second), names), ((second, first), names[::-1])):
        f = pair_figures(x, y, keys)
        rows.append([f"{yn} against {xn}", pct(f["found"], f["musts"]), pct(f["y_right"], f["y_musts"]),
                     pct(f["strict"], f["musts"])])
    coder = Coder()
    pool = StoryPool([args.stories], coder)
    reports = {}
    for name, coding in zip(names, (first, second)):
        sentences = [coding[k] for k in keys]
        f = evaluate_gold(Path(name), sentences, pool).figures
        reports[name] = f
        rows.append([f"coder against {name}", pct(f["matched"], f["must"]), pct(f["correct"], f["coded"]), ""])
    agreed = consensus(first, second, keys)
    total = sum(len(musts) for _, musts in agreed)
    hit = 0
    for (story_id, index), musts in agreed:
        coded = pool.results[story_id][0].get(str(index), ("", []))[1]
        hit += len(matching(musts, tuple(coded), lambda gold, event: gold.matches(event)))
    rows.append(["coder on the consensus musts", pct(hit, total), "", ""])
    print(f"{len(keys)} sentences held by both {names[0]} ({len(first)}) and {names[1]} ({len(second)})\n")
    print(tabulate(rows, headers=["who, scored against whom", "finds the must events %",
                                  "its must (coder: its events) right %", "must = must %"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

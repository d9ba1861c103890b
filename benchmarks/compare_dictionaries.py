"""Coverage: the events two dictionary sets code on the same corpus, side by side.

    python benchmarks/compare_dictionaries.py OTHER_DICT_DIR [--corpus FILE] [--list N]

Codes the corpus (default: ../shared/corpus/GigaWord.sample.PETR.xml) with the built-in
dictionaries and with OTHER_DICT_DIR (e.g. the Phoenix set imported by `coder dict
import-petrarch`), then prints: events per set, the sentences both code, agreement on those
sentences (same source, target and code; same dyad; same root), events per CAMEO root, and up
to N events only one set codes, with their sentences, for reading and judging.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from coder import Coder, Story
from coder.nlp import load_pipeline
from coder.readers import read

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GIGAWORD = SHARED / "corpus" / "GigaWord.sample.PETR.xml"


def events_by_sentence(stories: list, coder: Coder) -> dict:
    """(story id, sentence id) -> set of (source, code, target), and the sentence texts."""
    coded, texts = {}, {}
    for _, events in coder.code_stories(stories):
        for event in events:
            key = (event.story_id, event.sentence_id)
            coded.setdefault(key, set()).add((event.source, event.code, event.target))
            texts[key] = event.sentence
    return coded, texts


def agreement(a: dict, b: dict, view) -> tuple:
    """On sentences both code: how many of a's items (seen through ``view``) b has too."""
    both = set(a) & set(b)
    same = total = 0
    for key in both:
        left, right = {view(e) for e in a[key]}, {view(e) for e in b[key]}
        total += len(left | right)
        same += len(left & right)
    return same, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="the other dictionary folder (e.g. an imported Phoenix set)")
    parser.add_argument("--corpus", default=str(GIGAWORD))
    parser.add_argument("--list", type=int, default=15, help="events coded by one set only, to show")
    args = parser.parse_args()
    if not Path(args.corpus).exists():
        raise SystemExit(f"{args.corpus} is absent")

    stories = [s for s in read(args.corpus) if isinstance(s, Story)]
    nlp = load_pipeline()
    sets = {"built-in": Coder(model=nlp), Path(args.other).name: Coder(args.other, model=nlp)}
    results = {name: events_by_sentence(stories, c) for name, c in sets.items()}
    (a_name, (a, texts_a)), (b_name, (b, texts_b)) = results.items()
    texts = {**texts_a, **texts_b}

    print(f"corpus: {args.corpus}: {len(stories)} stories")
    for name, (coded, _) in results.items():
        print(f"{name}: {sum(map(len, coded.values()))} events in {len(coded)} sentences")
    both = set(a) & set(b)
    print(f"sentences coded by both: {len(both)}; only {a_name}: {len(set(a) - set(b))}; "
          f"only {b_name}: {len(set(b) - set(a))}")
    for label, view in [("source, target and code", lambda e: e), ("dyad (source, target)", lambda e: (e[0], e[2])),
                        ("root and dyad", lambda e: (e[0], e[1][:2], e[2]))]:
        same, total = agreement(a, b, view)
        print(f"  on those sentences, same {label}: {same} of {total} distinct ({same / max(total, 1):.0%})")

    print("\nevents per root:")
    roots = {name: Counter(e[1][:2] for events in coded.values() for e in events)
             for name, (coded, _) in results.items()}
    print(f"  root  {a_name:>10}  {b_name:>10}")
    for root in sorted(set(roots[a_name]) | set(roots[b_name])):
        print(f"  {root:>4}  {roots[a_name][root]:>10}  {roots[b_name][root]:>10}")

    for name, mine, other in [(a_name, a, b), (b_name, b, a)]:
        print(f"\nonly {name} (first {args.list}):")
        shown = 0
        for key in sorted(mine):
            for event in sorted(mine[key] - other.get(key, set())):
                if shown < args.list:
                    print(f"  {key[0]}/{key[1]}  {' '.join(event)}  | {texts[key][:150]}")
                shown += 1
        print(f"  ({shown} in all)")


if __name__ == "__main__":
    main()

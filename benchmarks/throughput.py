"""Benchmark: coder's throughput against spaCy's parse alone, per worker count, with the
built-in and the imported Phoenix dictionaries; a long story against as many short ones; and
peak memory as the corpus grows. Not a timed test: it prints one table of figures measured in
this one run (take final figures on a quiet machine).

    python benchmarks/throughput.py                 # 2,000 stories, workers 1 and 2, RSS at 10k and 100k
    python benchmarks/throughput.py --quick         # a few minutes: smaller sizes everywhere
    python benchmarks/throughput.py --workers 1,2,4 --rss 10000,100000 --long 5000

Rows:

- ``voa`` / ``sentences``: the VOA dev stories of ``../shared/corpus/voa.dev.jsonl`` repeated
  (with new ids) to ``--stories``, and the shared real sentences (the AFP sentences of
  ``GigaWord.sample.PETR.xml`` and the CAMEO manual's examples), one story each, repeated to as
  many. ``parse`` is spaCy alone on the texts coder parses (the same model and components as
  ``spacy.load`` gives them, ``nlp.pipe``, in this process); ``coder`` is ``coder code FILE -q --workers N`` in a new
  process, its start-up (the same command on a one-story file) subtracted. ``ratio`` is
  coder's stories a second over the parse's; ``phoenix`` rows use the imported Phoenix set
  (``coder dict import-petrarch``, made in ``--phoenix`` if absent).
- ``long story``: one story of ``--long`` sentences of our own against as many one-sentence
  stories (``Coder.code_stories``, in this process); ``ratio`` is long over short.
- ``peak RSS``: ``coder code`` in a new process on generated JSON lines of short stories of
  our own, ``-q --workers 1``; the child's peak resident memory (its seconds include start-up).

Needs ../shared for the first rows (skipped with the reason when absent).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VOA = SHARED / "corpus" / "voa.dev.jsonl"
GIGAWORD = SHARED / "corpus" / "GigaWord.sample.PETR.xml"
EXAMPLES = SHARED / "cameo" / "examples"
PETRARCH = SHARED / "petrarch"
PHOENIX_FILES = {"--verbs": ["CAMEO.2.0.txt"],
                 "--actors": ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                              "Phoenix.MilNonState.actors.txt"],
                 "--agents": ["Phoenix.agents.txt"], "--discards": ["Phoenix.discards.txt"],
                 "--issues": ["Phoenix.IssueCoding.txt"]}

# Sentences of our own for the long story and the memory corpus (none from the shared data).
OWN = [
    "Kenya accused Somalia of arming the militia near the border.",
    "The Chilean government welcomed the Peruvian delegation in Lima.",
    "Police in Dhaka arrested forty protesters on Friday.",
    "Japan and South Korea signed a fishing agreement.",
    "Norway pledged humanitarian aid to Sudan.",
    "Rebels attacked an army post in the north of Mali.",
    "Egypt urged Ethiopia to share data on the dam.",
    "The Brazilian president met the Argentine foreign minister in Brasilia.",
    "Ukraine condemned the missile strike on the port.",
    "Vietnam rejected the claim made by China.",
]
DATE = "2024-05-06"


# --- the corpora -----------------------------------------------------------------------------

def write_jsonl(path: Path, stories) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(story, ensure_ascii=False) + "\n")
            count += 1
    return count


def repeated(stories: list, total: int):
    """``stories`` over and over to ``total``, each repeat with ids of its own."""
    for k in range(total):
        story = dict(stories[k % len(stories)])
        if k >= len(stories):
            story["id"] = f"{story['id']}-r{k // len(stories)}"
        yield story


def voa_stories() -> list:
    return [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_sentences() -> list:
    """The shared real sentences as one-sentence stories: AFP records and CAMEO examples."""
    import yaml

    from coder.readers import read

    sentences = []
    if GIGAWORD.exists():
        for story in read(str(GIGAWORD), DATE):
            sentences += [text for _, text in getattr(story, "sentences", None) or ()]
    for path in sorted(EXAMPLES.glob("*.dev.yaml")) if EXAMPLES.exists() else ():
        records = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("records") or []
        sentences += [record["text"] for record in records if isinstance(record, dict) and record.get("text")]
    return [{"id": f"s{k}", "date": DATE, "text": text} for k, text in enumerate(sentences)]


def own_stories(count: int):
    """Short stories of our own sentences: two or three sentences each."""
    for k in range(count):
        size = 2 + k % 2
        text = " ".join(OWN[(k + j) % len(OWN)] for j in range(size))
        yield {"id": f"own-{k}", "date": DATE, "text": text}


# --- the measurements -----------------------------------------------------------------------------

def stock_pipeline():
    """spaCy's own pipeline, as ``spacy.load`` gives it (NER off, as coder runs it): the
    baseline, without coder's cached attribute ruler (``coder/attribute_cache.py``)."""
    import spacy

    from coder.nlp import MODELS

    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    raise SystemExit(f"none of the spaCy models {', '.join(MODELS)} is installed")


def parse_seconds(nlp, stories: list) -> float:
    """spaCy alone on what coder parses of the stories: the title and each paragraph."""
    texts = [t for s in stories for t in ([s["title"]] if s.get("title") else []) + s["text"].split("\n")
             if t.strip()]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def coder_run(path: Path, workers: int, extra: list) -> tuple:
    """(seconds, peak RSS in MiB) of ``coder code PATH -q --workers N`` in a new process."""
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "r = subprocess.run(sys.argv[1:]); s = time.perf_counter() - t; "
               "print(s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-c", wrapper, sys.executable, "-m", "coder", "code", str(path), "-q",
                   "--workers", str(workers), "-f", "tsv", "-o", str(Path(folder) / "events.tsv"), *extra]
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"coder code failed:\n{done.stderr}")
    seconds, rss = done.stdout.split()
    return float(seconds), int(rss) / 1024


def phoenix(folder: Path) -> Path:
    """The imported Phoenix set in ``folder`` (imported now when absent)."""
    if (folder / "settings.yaml").exists():
        return folder
    command = [sys.executable, "-m", "coder", "dict", "import-petrarch", "--out", str(folder)]
    for option, names in PHOENIX_FILES.items():
        for name in names:
            command += [option, str(PETRARCH / name)]
    subprocess.run(command, check=True, capture_output=True)
    return folder


def throughput_rows(nlp, name: str, stories: list, workers: list, dicts: dict, folder: Path) -> list:
    path, one = folder / f"{name}.jsonl", folder / f"{name}-one.jsonl"
    write_jsonl(path, stories)
    write_jsonl(one, stories[:1])
    parse = parse_seconds(nlp, stories)
    rows = [[name, "spaCy parse alone", len(stories), parse, len(stories) / parse, 1.0]]
    for label, extra in dicts.items():
        for count in workers:
            start_up, _ = coder_run(one, count, extra)
            total, _ = coder_run(path, count, extra)
            seconds = max(total - start_up, 1e-9)
            rows.append([name, f"coder {label}, --workers {count}", len(stories), seconds,
                         len(stories) / seconds, parse / seconds])
    return rows


def long_story_rows(coder, sentences: int) -> list:
    text = " ".join(OWN[k % len(OWN)] for k in range(sentences))
    long = [{"id": "long", "date": DATE, "text": text}]
    short = [{"id": f"short-{k}", "date": DATE, "text": OWN[k % len(OWN)]} for k in range(sentences)]
    times = {}
    for label, stories in (("short", short), ("long", long)):
        started = time.perf_counter()
        for _ in coder.code_stories(stories):
            pass
        times[label] = time.perf_counter() - started
    return [["long story", f"{sentences:,} one-sentence stories", sentences, times["short"],
             sentences / times["short"], 1.0],
            ["long story", f"one story of {sentences:,} sentences", 1, times["long"],
             sentences / times["long"], times["long"] / times["short"]]]


def rss_rows(sizes: list, folder: Path) -> list:
    rows = []
    for size in sizes:
        path = folder / f"own-{size}.jsonl"
        write_jsonl(path, own_stories(size))
        seconds, rss = coder_run(path, 1, [])
        rows.append(["peak RSS", f"coder code -q --workers 1: {rss:,.0f} MiB", size, seconds, size / seconds, None])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--stories", type=int, default=2000, help="stories a throughput corpus (default 2000)")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated (default 1,2)")
    parser.add_argument("--long", type=int, default=5000, help="sentences of the long story (default 5000)")
    parser.add_argument("--rss", default="10000,100000", help="corpus sizes for peak RSS (default 10000,100000)")
    parser.add_argument("--phoenix", type=Path, default=Path(tempfile.gettempdir()) / "phx",
                        help="folder of the imported Phoenix set (imported there if absent; default /tmp/phx)")
    parser.add_argument("--no-phoenix", action="store_true", help="leave out the Phoenix rows")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: 300 stories, workers 1,2, a 1,000-sentence story, RSS at 1,000 and 5,000")
    args = parser.parse_args()
    if args.quick:
        args.stories, args.long, args.rss = 300, 1000, "1000,5000"
    workers = [int(n) for n in args.workers.split(",") if n.strip()]
    sizes = [int(n) for n in args.rss.split(",") if n.strip()]

    from coder import Coder

    coder = Coder()
    nlp = stock_pipeline()
    rows, notes = [], []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if VOA.exists():
            dicts = {"built-ins": []}
            if not args.no_phoenix and PETRARCH.exists():
                dicts["phoenix"] = ["--dict", str(phoenix(args.phoenix))]
            rows += throughput_rows(nlp, "voa", list(repeated(voa_stories(), max(args.stories, 45))), workers,
                                    dicts, folder)
            sentences = shared_sentences()
            if sentences:
                rows += throughput_rows(nlp, "sentences", list(repeated(sentences, args.stories)), workers,
                                        {"built-ins": []}, folder)
        else:
            notes.append(f"throughput rows skipped: {VOA} is absent (the shared data sits beside the repository)")
        rows += long_story_rows(coder, args.long)
        rows += rss_rows(sizes, folder)
    print(tabulate(rows, headers=["corpus", "run", "stories", "seconds", "stories/s", "ratio"],
                   floatfmt=("", "", ",.0f", ".1f", ",.1f", ".2f"), missingval=""))
    print("ratio: coder's throughput over spaCy's parse alone (throughput rows); the long story's time over "
          "the short stories' (long story rows)")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()

"""Benchmark: coding time against spaCy's parse alone, on the shared corpora.

    python benchmarks/bench_code.py [--repeat N] [--dict DIR]

Prints, for each corpus, the seconds for (a) parsing with spaCy alone, (b) the whole coder
(parse + actors + verbs + events), and the ratio b/a, all measured in this one run. Also the
start-up time of loading the compiled dictionaries from the cache, and of a whole `coder code`
run on a one-sentence file (a new process: Python, spaCy's model, the cached dictionaries).
``--dict DIR`` measures another dictionary folder (an imported PETRARCH set) instead of the
built-in one. Needs ../shared (skips a corpus that is absent).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coder import Coder, Story
from coder.dictionary import load_cached, load_layers
from coder.readers import read

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = {
    "iraq-airstrikes-article.txt": SHARED / "corpus" / "iraq-airstrikes-article.txt",
    "GigaWord.sample.PETR.xml": SHARED / "corpus" / "GigaWord.sample.PETR.xml",
}


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def cli_seconds(directory, repeat: int) -> float:
    """Wall time of a whole `coder code` run on a one-sentence file, best of ``repeat``."""
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "one.txt"
        text.write_text("Iraq condemned the United States on Monday.\n", encoding="utf-8")
        command = [sys.executable, "-m", "coder", "code", str(text), "--date", "2024-07-31"]
        command += ["--dict", str(directory)] if directory else []
        return best_of(repeat, lambda: subprocess.run(command, check=True, capture_output=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dict", metavar="DIR", type=Path, help="dictionary folder (default: the built-in one)")
    parser.add_argument("--reading", metavar="NAME", help="reading (default: the dictionaries' own)")
    args = parser.parse_args()

    started = time.perf_counter()
    folders = [args.dict] if args.dict else []  # laid over the built-ins, as coder code --dict does
    load_layers(folders)
    compile_seconds = time.perf_counter() - started
    load_cached(folders)  # fill the cache
    cached_seconds = best_of(args.repeat, lambda: load_cached(folders))
    coder = Coder(args.dict, reading=args.reading)
    nlp = coder.nlp
    print(f"reading: {coder.reading.name}")
    print(f"dictionaries: compile {compile_seconds:.2f} s, load from cache {cached_seconds:.3f} s")
    print(f"coder code, one sentence, new process (start-up included): {cli_seconds(args.dict, 3):.2f} s")

    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: skipped, {path} is absent")
            continue
        stories = [s for s in read(str(path), "2024-07-31") if isinstance(s, Story)]
        texts = [t for s in stories for t in ([s.title] if s.title else []) +
                 ([x for _, x in s.sentences] if s.sentences else s.text.split("\n"))]
        parse_only = best_of(args.repeat, lambda: list(nlp.pipe(texts)))
        events = []

        def code_all():
            events.clear()
            for _, coded in coder.code_stories(stories):
                events.extend(coded)

        whole = best_of(args.repeat, code_all)
        print(f"{name}: {len(stories)} stories, {len(events)} events; spaCy parse alone {parse_only:.3f} s, "
              f"coder {whole:.3f} s, ratio {whole / parse_only:.2f}")


if __name__ == "__main__":
    main()

"""Compare the engine's instruction count of two versions of coder (callgrind): a git revision
(the base, ``HEAD`` by default) against this checkout, on the same parsed stories.

    python benchmarks/engine_ir.py                          # HEAD against the working tree
    python benchmarks/engine_ir.py --base HEAD~3 --stories 100
    python benchmarks/engine_ir.py --corpus voa --stories 5

Why: on a shared machine the per-round time ratios of ``engine_ab.py`` spread by +-10 % (its
quartiles), so a change that saves 1-3 % of the engine cannot be told from noise. The number of
instructions the engine executes does not depend on the other processes: each version codes the
stories once under valgrind's callgrind, which counts instructions only while the engine runs
(switched on and off from here with ``callgrind_control`` once the version has loaded, parsed
and warmed up; loading and parsing run uninstrumented). Both versions run at once, each in a
process of its own, with the same hash seed. Instructions are not time (cache misses, branch
mispredictions), but a change that removes work shows here, and one that only moves it does not.
Two counts of the same code still differ by up to about half a per cent (memory addresses, the
package's name and path): read a ratio within 0.995-1.005 as no change.

Needs valgrind (``apt-get install valgrind``) and ../shared (the corpora of ``throughput.py``).
Slow: valgrind runs Python several times slower even uninstrumented (a few minutes a version
on a quiet machine for 100 one-sentence stories).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(which: str, base: str, corpus: str, count: int, folder: Path) -> None:
    """In the process valgrind runs: load one version, parse, warm up, then code the stories
    once between the markers ``ready``/``go`` and ``done``/``end`` in ``folder``."""
    import gc

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import engine_ab
    import engine_profile

    package = (engine_ab.export(base, folder / "base") if which == "base" else ROOT / "coder")
    version = engine_ab.load(f"coder_{which}", package)
    coder = version.Coder(cache=False)
    parse_stories = sys.modules[f"{version.__name__}.nlp"].parse_stories
    code_story = sys.modules[f"{version.__name__}.engine.story"].code_story
    stories = engine_profile.corpus(corpus, count)
    parsed = list(parse_stories((version.api.as_story(s) for s in stories), coder.nlp,
                                coder.dictionaries.actor_words))
    for _ in range(2):  # warm up: lazily built indexes, caches of the dictionaries
        engine_ab.clear(parsed)
        for story, sentences, _ in parsed:
            code_story(story, sentences, coder.dictionaries, coder.reading)
    engine_ab.clear(parsed)
    gc.collect()
    gc.freeze()
    signal(folder, which, "ready", "go")
    for story, sentences, _ in parsed:
        code_story(story, sentences, coder.dictionaries, coder.reading)
    signal(folder, which, "done", "end")


def signal(folder: Path, which: str, mine: str, theirs: str) -> None:
    (folder / f"{which}.{mine}").touch()
    while not (folder / f"{which}.{theirs}").exists():
        time.sleep(0.2)


def wait_for(path: Path, process: subprocess.Popen) -> None:
    while not path.exists():
        if process.poll() is not None:
            raise SystemExit(f"the {path.stem} version ended early (exit {process.returncode}): see {path.parent}")
        time.sleep(1)


def instructions(folder: Path, which: str) -> int:
    """The instructions callgrind counted in the version's process (its output files are named
    by process id: a process it forks writes one of its own, with nothing counted)."""
    totals = [int(line.split()[1]) for out in folder.glob(f"{which}.out.*")
              for line in out.read_text(encoding="utf-8", errors="replace").splitlines() if line.startswith("totals:")]
    if not totals:
        raise SystemExit(f"{folder}: no callgrind output for {which}")
    return max(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--base", default="HEAD", help="git revision to compare against (default HEAD)")
    parser.add_argument("--corpus", choices=["sentences", "voa"], default="sentences",
                        help="the shared one-sentence stories (default) or the VOA stories")
    parser.add_argument("--stories", type=int, default=100, help="stories to code (the corpus repeated)")
    parser.add_argument("--child", choices=["base", "new"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.base, args.corpus, args.stories, args.folder)
        return
    if not shutil.which("valgrind") or not shutil.which("callgrind_control"):
        raise SystemExit("needs valgrind (callgrind and callgrind_control)")
    folder = Path(tempfile.mkdtemp(prefix="engine_ir."))
    environment = dict(os.environ, PYTHONHASHSEED="0")
    processes = {}
    for which in ("base", "new"):
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                   f"--callgrind-out-file={folder / which}.out.%p", sys.executable, __file__, "--child", which,
                   "--base", args.base, "--corpus", args.corpus, "--stories", str(args.stories),
                   "--folder", str(folder)]
        log = (folder / f"{which}.log").open("w")
        processes[which] = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=environment)
    for which, process in processes.items():  # count the engine alone: on after warming up, off after
        wait_for(folder / f"{which}.ready", process)
        subprocess.run(["callgrind_control", "-i", "on", str(process.pid)], check=True, capture_output=True)
        (folder / f"{which}.go").touch()
    for which, process in processes.items():
        wait_for(folder / f"{which}.done", process)
        subprocess.run(["callgrind_control", "-i", "off", str(process.pid)], check=True, capture_output=True)
        (folder / f"{which}.end").touch()
        process.wait()
    counts = {which: instructions(folder, which) for which in processes}
    print(f"{args.stories} stories ({args.corpus}); instructions of the engine (callgrind Ir):")
    for which, count in counts.items():
        print(f"  {which:5} {count:,} ({count / args.stories / 1e6:.2f} M a story)")
    print(f"  new / base: {counts['new'] / counts['base']:.4f}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

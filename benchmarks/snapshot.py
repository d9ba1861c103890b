"""Snapshot coder's outputs, to prove a refactor changes nothing (or list what it changes).

    python benchmarks/snapshot.py OUT_DIR            # before the change
    python benchmarks/snapshot.py OUT_DIR2           # after it
    diff -r OUT_DIR OUT_DIR2                         # byte-identical, or the deliberate fixes

Everything goes through the command line (``python -m coder``), so the script works on any
version of the package. It writes, each as its own file:

- ``article.tsv``: the reference article with the built-in dictionaries;
- ``gigaword.tsv``: the 76 AFP sentences with the built-in dictionaries;
- ``voa.tsv``: the 45 VOA dev stories with the built-in dictionaries;
- ``roots.tsv``: every sentence of ``tests/roots/`` with the built-in dictionaries;
- ``validate.txt``: ``coder validate`` on PETRARCH's dev records with the imported
  validation dictionaries;
- ``phoenix-gigaword.tsv``: the AFP sentences with the imported Phoenix set (``--phoenix``,
  slower: the Phoenix set compiles in about 20 s).

Needs ``../shared`` (a file that is absent is skipped with a note).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PETRARCH = SHARED / "petrarch"


def coder(*args: str, output: Path, check: bool = True) -> None:
    result = subprocess.run([sys.executable, "-m", "coder", *args], capture_output=True, text=True)
    if check and result.returncode not in (0, 1):
        raise SystemExit(f"coder {' '.join(args)} failed:\n{result.stderr}")
    output.write_text(result.stdout, encoding="utf-8")
    print(f"wrote {output}", file=sys.stderr)


def roots_stories(folder: Path) -> Path:
    """The per-root sentences as one JSON-lines file, a story each (id = file:number)."""
    path = folder / "roots.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for file in sorted((ROOT / "tests" / "roots").glob("*.yaml")):
            for number, case in enumerate(yaml.safe_load(file.read_text(encoding="utf-8")) or [], 1):
                story = {"id": f"{file.stem[:2]}-{number}", "date": str(case.get("date", "2024-07-31")),
                         "text": case["text"]}
                out.write(json.dumps(story) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the outputs into")
    parser.add_argument("--phoenix", action="store_true", help="also code GigaWord with the imported Phoenix set")
    parser.add_argument("--extra", nargs="*", default=[], help="extra arguments for every coder call (--reading X)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    extra = args.extra
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        coder("code", str(roots_stories(folder)), "-f", "tsv", "-q", *extra, output=args.out / "roots.tsv")
        corpora = {"article.tsv": (SHARED / "corpus" / "iraq-airstrikes-article.txt", ["--date", "2024-07-31"]),
                   "gigaword.tsv": (SHARED / "corpus" / "GigaWord.sample.PETR.xml", []),
                   "voa.tsv": (SHARED / "corpus" / "voa.dev.jsonl", [])}
        for name, (path, more) in corpora.items():
            if not path.exists():
                print(f"skipped {name}: {path} is absent", file=sys.stderr)
                continue
            coder("code", str(path), "-f", "tsv", "-q", *more, *extra, output=args.out / name)
        if not (PETRARCH / "validation.dev.xml").exists():
            print("skipped validate.txt: ../shared/petrarch is absent", file=sys.stderr)
            return
        petr = folder / "petr"
        coder("dict", "import-petrarch", "--out", str(petr),
              "--verbs", str(PETRARCH / "PETR.Validate.verbs.txt"),
              "--actors", str(PETRARCH / "PETR.Validate.actors.txt"),
              "--agents", str(PETRARCH / "PETR.Validate.agents.txt"),
              "--discards", str(PETRARCH / "PETR.Validate.discards.txt"), output=folder / "import.txt")
        coder("validate", str(PETRARCH / "validation.dev.xml"), "--dict", str(petr), output=args.out / "validate.txt")
        if args.phoenix:
            phx = folder / "phx"
            coder("dict", "import-petrarch", "--out", str(phx), "--verbs", str(PETRARCH / "CAMEO.2.0.txt"),
                  *[a for f in ("Countries", "International", "MilNonState")
                    for a in ("--actors", str(PETRARCH / f"Phoenix.{f}.actors.txt"))],
                  "--agents", str(PETRARCH / "Phoenix.agents.txt"),
                  "--discards", str(PETRARCH / "Phoenix.discards.txt"),
                  "--issues", str(PETRARCH / "Phoenix.IssueCoding.txt"), output=folder / "import-phx.txt")
            coder("code", str(SHARED / "corpus" / "GigaWord.sample.PETR.xml"), "--dict", str(phx), "-f", "tsv",
                  "-q", output=args.out / "phoenix-gigaword.tsv")


if __name__ == "__main__":
    main()

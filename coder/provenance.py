"""How an event table was made: written beside it as ``TABLE.meta.json``.

A table is reproducible when the same inputs, dictionaries, reading and versions give the same
bytes; the record says which those were (the inputs with their sizes and SHA-256, the compiled
dictionaries' fingerprint), with the options, the counts and when the run started and ended.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Iterable

from . import __version__
from .readers import SUFFIXES


def input_files(sources: Iterable[str]) -> list:
    """Each input file as {path, bytes, sha256}; a folder's files as the reader lists them."""
    found = []
    for source in sources:
        if source == "-":
            found.append({"path": "-"})
            continue
        path = Path(source)
        files = (sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
                 if path.is_dir() else [path])
        for file in files:
            digest = hashlib.sha256()
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            found.append({"path": str(file), "bytes": file.stat().st_size, "sha256": digest.hexdigest()})
    return found


def record(coder, args, counts: dict, started: dt.datetime) -> dict:
    """The provenance of a `coder code` run."""
    from .dictionary import fingerprint

    model = coder.nlp.meta
    return {
        "coder": __version__,
        "spacy": metadata.version("spacy"),
        "model": f"{model.get('lang', '')}_{model.get('name', '')} {model.get('version', '')}".strip(),
        "reading": coder.reading.name,
        "dictionaries": {"folder": str(args.dict) if args.dict else "built-in",
                         "fingerprint": fingerprint(args.dict)},
        "inputs": input_files(args.inputs),
        "options": {"format": args.format, "date": args.date, "input_format": args.input_format,
                    "strict": args.strict},
        "counts": counts,
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def write(table: Path, provenance: dict) -> Path:
    """Write the record beside the table: events.tsv -> events.tsv.meta.json."""
    path = table.with_name(table.name + ".meta.json")
    path.write_text(json.dumps(provenance, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path

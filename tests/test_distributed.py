"""coder.distributed: the same table as `coder code`, coded over a Dask cluster (a LocalCluster
of one in-process worker here, the stories cut into several partitions)."""

import gzip
import json
import sys

import pytest

from coder.cli import main
from coder.distributed import Part, code_files, parts_of, read_part, require_dask
from coder.errors import CoderError
from coder.model import Story

STORIES = [
    {"id": "s1", "date": "2024-03-02", "text": "Kenya accused Somalia of arming the militia. Somalia denied it."},
    {"id": "s2", "date": "2024-03-03", "text": "The Chilean government welcomed the Peruvian delegation in Lima."},
    "{not json",
    {"id": "s3", "text": "Norway pledged aid to Sudan."},  # no date
    {"id": "s4", "date": "2024-03-05", "text": "Police in Dhaka arrested forty protesters. They were freed later."},
    {"id": "s5", "date": "2024-03-06", "text": "Japan and South Korea signed a fishing agreement on Tuesday."},
]


@pytest.fixture
def stories(tmp_path):
    path = tmp_path / "stories.jsonl"
    path.write_text("".join((s if isinstance(s, str) else json.dumps(s)) + "\n" for s in STORIES), encoding="utf-8")
    return path


def test_parts_cover_the_file_at_line_ends_and_know_their_first_line(stories):
    parts = list(parts_of(stories, blocksize=150))
    assert len(parts) > 2
    assert parts[0].start == 0 and parts[-1].end == stories.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    records = [item for part in parts for item in read_part(part, {"date": None, "allow_undated": False,
                                                                   "max_chars": 0})]
    assert [r.id if isinstance(r, Story) else r.origin for r in records] == [
        "s1", "s2", f"{stories}:3", f"{stories}:4", "s4", "s5"]
    assert records[4].origin == f"{stories}:5"


def test_a_gz_file_and_a_json_array_are_one_part(tmp_path):
    path = tmp_path / "stories.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps(STORIES[0]) + "\n")
    array = tmp_path / "stories.json"
    array.write_text(json.dumps(STORIES[:2], indent=2), encoding="utf-8")
    rules = {"date": None, "allow_undated": False, "max_chars": 0}
    for file, ids in ((path, ["s1"]), (array, ["s1", "s2"])):
        parts = list(parts_of(file, blocksize=10))
        assert parts == [Part(str(file.resolve()), 0, -1, 1, str(file))]
        assert [story.id for story in read_part(parts[0], rules)] == ids


def test_missing_dask_is_said_with_the_extra_to_install(monkeypatch, stories, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(CoderError, match=r"\[dask\] extra"):
        require_dask()
    assert main(["distributed", str(stories)]) == 2
    assert 'pip install "coder[dask]"' in capsys.readouterr().err


def test_the_cluster_writes_the_table_and_errors_of_coder_code(stories, tmp_path):
    pytest.importorskip("dask.bag", reason="the [dask] extra is not installed")
    distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    local, local_errors = tmp_path / "local.tsv", tmp_path / "local-errors.jsonl"
    assert main(["code", str(stories), "-f", "tsv", "-o", str(local), "--workers", "1", "-q",
                 "--columns", "+issues,+story_source", "--date", "2024-03-01", "--errors", str(local_errors)]) == 0
    out, errors = tmp_path / "cluster.tsv", tmp_path / "cluster-errors.jsonl"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        counts = code_files([stories], out, scheduler=client, blocksize=150, date="2024-03-01",
                            columns=("issues", "story_source"), errors=errors)
    assert counts["stories"] == 5 and counts["skipped_by_reason"] == {"invalid-json": 1}
    assert out.read_bytes() == local.read_bytes()
    assert len(out.read_text().splitlines()) > 4  # a header and events of several partitions
    assert errors.read_bytes() == local_errors.read_bytes()
    assert not list(tmp_path.glob(".*.part"))


def test_output_dash_is_stdout(stories, tmp_path, capsys, monkeypatch):
    pytest.importorskip("dask.bag", reason="the [dask] extra is not installed")
    distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    import coder.distributed as run

    def in_process(module, scheduler, workers):  # a cluster of one in-process worker, not --workers processes
        cluster = module.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
        client = module.Client(cluster)
        return client, (client, cluster)

    monkeypatch.setattr(run, "_connect", in_process)
    monkeypatch.chdir(tmp_path)  # a file named - would be written here
    assert main(["code", str(stories), "-f", "tsv", "--workers", "1", "-q", "--date", "2024-03-01"]) == 0
    local = capsys.readouterr().out
    assert main(["distributed", str(stories), "-f", "tsv", "-o", "-", "-q", "--date", "2024-03-01"]) == 0
    assert capsys.readouterr().out == local and local.count("\n") > 4
    assert main(["distributed", str(stories), "-f", "parquet", "-o", "-"]) == 2
    assert "give --output FILE" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stories.jsonl"]  # no -, no .-.part

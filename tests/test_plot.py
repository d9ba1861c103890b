"""coder plot: the figure's lines, axes, legend and notes, the picture written, and the error
that names the [plot] extra when matplotlib is missing."""

from __future__ import annotations

import datetime as dt
import math
import sys

import pytest

from coder.cli import main
from coder.eventfiles import read_event_file
from coder.tables import summarise
from test_table import EVENTS, event, write_events


@pytest.fixture
def tsv(tmp_path):
    return write_events(tmp_path / "events.tsv", "tsv")


def drawn(path, by="quad", value="count", freq="month", top=None):
    """The figure coder plot draws for an event file, not yet saved."""
    pytest.importorskip("matplotlib")
    from coder import plot

    summary = summarise(read_event_file(str(path)), ("date", by), freq)
    timeline, lines = plot.series(summary, value, top)
    fig = plot.figure(timeline, lines, value=value, by=by, freq=freq, undated=summary.undated,
                      title=plot.title_for(value, by, freq, top, [path.name]))
    return fig, fig.axes[0]


def legend(ax) -> list[str]:
    return [text.get_text() for text in ax.get_legend().get_texts()]


def test_quad_classes_by_month_with_names_dates_and_labels(tsv):
    fig, ax = drawn(tsv)
    assert legend(ax) == ["1 verbal cooperation (2)", "2 material cooperation (1)",
                          "3 verbal conflict (2)", "4 material conflict (1)"]
    assert ax.get_legend().get_title().get_text() == "quad class (events)"
    assert ax.get_xlabel() == "month" and ax.get_ylabel() == "events per month"
    assert ax.get_title() == "Events per month by quad class: events.tsv"
    conflict = ax.get_lines()[2]
    months = list(conflict.get_xdata())
    assert months[0] == dt.date(2024, 7, 1) and months[-1] == dt.date(2025, 1, 1) and len(months) == 7
    assert list(conflict.get_ydata()) == [2, 0, 0, 0, 0, 0, 0]  # months without events count 0
    assert conflict.get_color() == "#fd8d3c"
    import matplotlib.dates as mdates
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    notes = [text.get_text() for text in ax.texts]
    assert notes == ["1 events without a date not shown"]


def test_mean_goldstein_leaves_a_gap_where_a_period_has_no_event(tsv):
    fig, ax = drawn(tsv, value="goldstein")
    cooperation = ax.get_lines()[0].get_ydata()
    assert cooperation[1] == 1.0 and math.isnan(cooperation[0]) and cooperation[-1] == 1.0
    assert ax.get_ylabel().startswith("mean Goldstein score") and ax.get_ylim() == (-10.5, 10.5)


def test_top_dyads_most_events_first(tsv):
    fig, ax = drawn(tsv, by="dyad", top=2, freq="year")
    assert legend(ax) == ["KENGOV->KENOPP (2)", "KENGOV->SOMGOV (2)"]  # the undated third is not drawn
    assert ax.get_xlabel() == "year" and ax.get_title().startswith("Events per year by top 2 dyads")


def test_roots_are_labelled_from_the_codebook(tsv):
    fig, ax = drawn(tsv, by="root", freq="week")
    assert "19 Fight (1)" in legend(ax) and ax.get_xlabel() == "week (from Monday)"


def test_writes_a_png_the_same_every_time(capsys, tsv, tmp_path):
    pytest.importorskip("matplotlib")
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    assert main(["plot", str(tsv), "-o", str(first)]) == 0
    assert main(["plot", str(tsv), "-o", str(second), "-q"]) == 0
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.read_bytes() == second.read_bytes()
    err = capsys.readouterr().err
    assert "6 events in 4 lines over 7 months" in err and "1 without a date not shown" in err


def test_svg_by_source_with_a_title(tsv, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "sources.svg"
    assert main(["plot", str(tsv), "-o", str(out), "--by", "source", "--title", "Who acts", "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "Who acts" in text


def test_without_matplotlib_the_error_names_the_extra(capsys, tsv, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    out = tmp_path / "out.png"
    assert main(["plot", str(tsv), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert 'coder: error: coder plot needs matplotlib, an optional extra: pip install "coder[plot]"' in err
    assert "Traceback" not in err and not out.exists()


@pytest.mark.parametrize("argv, message", [
    (["-o", "{tmp}/out.jpg"], "out.jpg: a plot is written as .png, .svg, .pdf"),
    (["-o", "{tmp}/missing/out.png"], "the folder"),
])
def test_bad_outputs_are_user_errors(capsys, tsv, tmp_path, argv, message):
    pytest.importorskip("matplotlib")
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    assert main(["plot", str(tsv), *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_table_without_dates_cannot_be_plotted(capsys, tmp_path):
    pytest.importorskip("matplotlib")
    undated = write_events(tmp_path / "undated.jsonl", "jsonl", [event(date=None)])
    assert main(["plot", str(undated), "-o", str(tmp_path / "x.png")]) == 2
    assert "no event has a date" in capsys.readouterr().err


def test_a_bad_file_is_reported_at_its_line(capsys, tsv, tmp_path):
    pytest.importorskip("matplotlib")
    lines = tsv.read_text(encoding="utf-8").splitlines()
    tsv.write_text("\n".join(lines[:3] + ["only\tthree\tfields"]) + "\n", encoding="utf-8")
    assert main(["plot", str(tsv), "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "events.tsv:4: 3 fields, expected 16" in err and "Traceback" not in err


def test_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["plot", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "coder plot events.tsv -o quads.png" in out and "coder[plot]" in out



def test_top_ranks_by_the_events_that_can_be_placed_in_time(tmp_path):
    many_undated = [event(date=None, source="UGAGOV")] * 3 + [event(date="2024-05-05")]
    path = write_events(tmp_path / "events.jsonl", "jsonl", many_undated)
    fig, ax = drawn(path, by="source", top=1)
    assert legend(ax) == ["KENGOV (1)"]

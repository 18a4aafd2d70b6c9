"""Checking on several cores (fkcheck.parallel, ``--jobs``): the same results, in the same
order, as one process; children really do their share; a failing child costs only time."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest

from conftest import AS_OF, EXAMPLES, invoke
from fkcheck import parallel, runner

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="fork is used on Linux only")


def _pid_of(item: int) -> tuple[int, int]:
    return item, os.getpid()


@linux_only
def test_children_do_their_share_and_order_is_kept() -> None:
    items = list(range(50))
    results = parallel.map_ordered(_pid_of, items, 3)
    assert [item for item, _ in results] == items
    pids = {pid for _, pid in results}
    assert len(pids) == 3 and os.getpid() in pids
    # every third item from the first share on went to the same child
    assert len({pid for item, pid in results if item % 3 == 1}) == 1


@linux_only
def test_a_failing_child_only_costs_time() -> None:
    parent = os.getpid()

    def fails_in_children(item: int) -> tuple[int, int]:
        if os.getpid() != parent:
            raise RuntimeError("a child dies")
        return item, os.getpid()

    results = parallel.map_ordered(fails_in_children, list(range(40)), 2)
    assert results == [(item, parent) for item in range(40)]


@linux_only
def test_a_child_that_exits_hard_only_costs_time() -> None:
    parent = os.getpid()

    def exits_in_children(item: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        return item * 2

    assert parallel.map_ordered(exits_in_children, list(range(40)), 2) == [
        item * 2 for item in range(40)
    ]


@linux_only
def test_shared_objects_come_back_as_the_parents_own() -> None:
    shared = [object(), object()]

    def pair(item: int) -> tuple[object, MappingProxyType[str, int]]:
        return shared[item % 2], MappingProxyType({"item": item})

    results = parallel.map_ordered(pair, list(range(40)), 2, shared=shared)
    assert all(obj is shared[index % 2] for index, (obj, _) in enumerate(results))
    assert [dict(view) for _, view in results] == [{"item": item} for item in range(40)]
    assert all(isinstance(view, MappingProxyType) for _, view in results)


def test_one_worker_is_a_plain_loop() -> None:
    assert parallel.map_ordered(_pid_of, [1, 2, 3], 1) == [(i, os.getpid()) for i in (1, 2, 3)]


@pytest.mark.parametrize(
    ("count", "jobs", "cores", "expected"),
    [
        (1, 0, 2, 1),  # one file: never split
        (31, 0, 2, 1),  # fewer than 16 files per worker
        (32, 0, 2, 2),
        (1000, 0, 2, 2),  # one worker per core
        (1000, 0, 64, parallel.MAX_WORKERS),
        (1000, 1, 2, 1),  # --jobs 1: one after another
        (1000, 4, 2, 4),  # asked for: more than the cores
        (40, 4, 2, 2),  # ... but not fewer than 16 files each
    ],
)
def test_workers_for(
    monkeypatch: pytest.MonkeyPatch, count: int, jobs: int, cores: int, expected: int
) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: cores)
    monkeypatch.setattr(parallel.sys, "platform", "linux")
    assert parallel.workers_for(count, jobs) == expected


def test_no_fork_where_it_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.sys, "platform", "win32")
    assert parallel.workers_for(1000, 0) == 1
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert parallel.workers_for(1000, 8) == 1


def _batch(folder: Path, count: int) -> list[str]:
    """``count`` files: every example in turn, input errors included."""
    examples = sorted(EXAMPLES.glob("*.yaml"))
    names = []
    for index in range(count):
        target = folder / f"{index:03d}-{examples[index % len(examples)].name}"
        target.write_bytes(examples[index % len(examples)].read_bytes())
        names.append(str(target))
    return names


@linux_only
@pytest.mark.parametrize("documents", [False, True])
def test_a_split_run_finds_exactly_what_one_process_finds(tmp_path: Path, documents: bool) -> None:
    names = _batch(tmp_path, 48)
    stichtag = dt.date.fromisoformat(AS_OF)
    one = runner.run(names, runner.Options(stichtag, jobs=1, documents=documents))
    split = runner.run(names, runner.Options(stichtag, jobs=3, documents=documents))
    assert split.files == one.files
    assert [f.document for f in split.files] == [f.document for f in one.files]
    assert any(f.invalid for f in split.files) and any(f.results for f in split.files)
    assert all((f.document is not None) == (documents and not f.invalid) for f in split.files)
    # the results refer to the run's own rule objects, not to copies
    rules = {id(rule) for rule in split.pack.rules}
    assert all(id(r.rule) in rules for f in split.files for r in f.results)


@linux_only
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "html"])
def test_reports_do_not_depend_on_jobs(tmp_path: Path, fmt: str) -> None:
    names = _batch(tmp_path, 40)
    common = ["check", *names, "--as-of", AS_OF, "--no-config", "--format", fmt]
    one = invoke([*common, "--jobs", "1"])
    split = invoke([*common, "--jobs", "2"])
    assert one.exit_code == split.exit_code == 2
    assert split.stdout == one.stdout
    assert split.stderr == one.stderr


def test_jobs_must_be_a_small_count() -> None:
    result = invoke(["check", str(EXAMPLES / "01-erfuellt.yaml"), "--jobs", "-1"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


@linux_only
@pytest.mark.parametrize("verbose", [False, True])
def test_a_split_run_renders_the_text_report_where_it_checks(tmp_path: Path, verbose: bool) -> None:
    from fkcheck.report import text

    names = _batch(tmp_path, 40)
    stichtag = dt.date.fromisoformat(AS_OF)
    one = runner.run(
        names, runner.Options(stichtag, jobs=1, prerender=frozenset({"text"}), verbose=verbose)
    )
    split = runner.run(
        names,
        runner.Options(stichtag, jobs=2, prerender=frozenset({"text"}), verbose=verbose, lang="en"),
    )
    assert not any(f.rendered for f in one.files)  # one process: rendered when reported
    key = text.rendered_key("en", verbose)
    assert all(set(f.rendered) == {key} for f in split.files)
    assert text.render(split, "en", False) == text.render(one, "en", False)
    # in another language, or in colour, the report is rendered anew
    assert text.render(split, "de", False) == text.render(one, "de", False)
    assert text.render(split, "en", True) == text.render(one, "en", True)
    assert "\x1b[" in text.render(split, "en", True)


def test_json_entries_rendered_apart_splice_into_the_same_text(tmp_path: Path) -> None:
    from fkcheck.report import json as json_report

    tricky = tmp_path / "fkcheck:files.yaml"  # the placeholder's text as a file name
    source = (EXAMPLES / "01-erfuellt.yaml").read_text("utf-8")
    tricky.write_text(
        source.replace("name: Fachkräfteallianz Mittelsachsen", 'name: "fkcheck:files\\n"', 1)
    )
    names = [str(tricky), *_batch(tmp_path, 12)]
    run = runner.run(names, runner.Options(dt.date.fromisoformat(AS_OF), jobs=1))
    for lang in ("de", "en"):
        whole = json_report.render(run, lang)
        apart = [replace(f, rendered=json_report.prerender(f, run, lang)) for f in run.files]
        assert json_report.render(replace(run, files=tuple(apart)), lang) == whole
        assert json.loads(whole)["files"][0]["alliance"].startswith("fkcheck:files")


@linux_only
def test_no_child_outlives_an_interrupted_run(tmp_path: Path) -> None:
    parent = os.getpid()

    def slow_in_children(item: int) -> int:
        if os.getpid() == parent:
            for _ in range(100):  # until the children are at work
                if len(list(tmp_path.iterdir())) == 3:
                    break
                time.sleep(0.05)
            raise KeyboardInterrupt  # as if Ctrl-C reached the parent only
        (tmp_path / str(os.getpid())).touch()
        time.sleep(0.2)
        return item

    with pytest.raises(KeyboardInterrupt):
        parallel.map_ordered(slow_in_children, list(range(64)), 4)
    started_children = list(tmp_path.iterdir())
    assert len(started_children) == 3
    for started in started_children:
        with pytest.raises(ProcessLookupError):  # killed and reaped, not a zombie
            os.kill(int(started.name), 0)

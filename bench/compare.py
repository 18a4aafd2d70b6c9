"""fkcheck side by side with check-jsonschema and yamllint, as whole processes.

Three workloads: one real alliance file (an example), 1,000 files generated from the
examples, and one alliance with 50,000 members (4 MB). Each round runs every tool once,
alternating which tool goes first; a tool's figure is the median of its wall times, and a
ratio is the median of the pairwise ratios of one round (not the ratio of the medians).
Peak RSS is per process, from ``os.wait4``. Not a test: figures depend on the machine and
its load, which is printed with them.

check-jsonschema gets ``bench/check-jsonschema.schema.json``: only the six required member
kinds, far less work than fkcheck does. yamllint checks syntax and style only.

Usage: pip install -e '.[bench]' && python bench/compare.py [--rounds 9] [--only one,batch,big]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"
SCHEMA = HERE / "check-jsonschema.schema.json"
REAL_FILE = "01-erfuellt.yaml"
AS_OF = "2026-11-23"
BIN = Path(sys.executable).parent


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    codes: set[int] = field(default_factory=set)


def measure(argv: Sequence[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time, peak RSS (MB) and exit status of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def own_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        sys.exit(f"{name} is not installed next to {sys.executable}: pip install -e '.[bench]'")
    return str(found)


def fkcheck(*args: str) -> list[str]:
    return [tool("fkcheck"), "check", *args, "--as-of", AS_OF, "--no-config"]


def check_jsonschema(*paths: str) -> list[str]:
    return [tool("check-jsonschema"), "--schemafile", str(SCHEMA), *paths]


def yamllint(*paths: str) -> list[str]:
    return [tool("yamllint"), *paths]


def import_floor() -> list[str]:
    """What any typer + pydantic + ruamel (C parser) tool pays before doing anything."""
    return [sys.executable, "-c", "import typer, pydantic, _ruamel_yaml"]


def framework_floor(*paths: str) -> list[str]:
    """The same libraries at work: a one-command typer CLI that parses the file and validates
    one pydantic model (bench/floor.py). typer checks its options with pydantic itself."""
    return [sys.executable, str(HERE / "floor.py"), *paths]


def ensure_bytecode() -> str:
    """Compile fkcheck's modules, as installing a wheel does.

    An editable install leaves compiling to the first run, and where the environment sets
    PYTHONDONTWRITEBYTECODE (this project's machines do) every run would compile all of
    fkcheck again, while check-jsonschema's modules were compiled by pip.
    """
    where = "import os, fkcheck; print(os.path.dirname(fkcheck.__file__))"
    folder = subprocess.run(
        [sys.executable, "-c", where], capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True)
    return folder


def make_batch(folder: Path, count: int) -> list[str]:
    """``count`` alliance files, the examples in turn, each with its own alliance name."""
    examples = sorted(EXAMPLES.glob("*.yaml"))
    folder.mkdir()
    names = []
    for index in range(count):
        source = examples[index % len(examples)]
        text = source.read_text("utf-8").replace("name: Fachkräfteallianz", f"name: Nr. {index}", 1)
        name = f"batch/{index:04d}-{source.name}"
        (folder.parent / name).write_text(text, "utf-8")
        names.append(name)
    return names


def run_rounds(
    commands: dict[str, list[str]], rounds: int, cwd: Path, limits: dict[str, int]
) -> dict[str, Sample]:
    """Every tool once per round, the first tool changing from round to round.

    A tool in ``limits`` runs only in that many rounds (yamllint takes a minute on 4 MB).
    """
    samples = {name: Sample() for name in commands}
    order = list(commands)
    for round_no in range(rounds):
        shift = round_no % len(order)  # alternate who goes first
        for name in order[shift:] + order[:shift]:
            if round_no >= limits.get(name, rounds):
                continue
            seconds, rss, code = measure(commands[name], cwd)
            sample = samples[name]
            sample.seconds.append(seconds)
            sample.rss_mb.append(rss)
            sample.codes.add(code)
    return samples


def ratio(a: Sample, b: Sample) -> float:
    return statistics.median(x / y for x, y in zip(a.seconds, b.seconds, strict=False))


def row(work: str, name: str, sample: Sample, versus: Sample | None) -> str:
    median = statistics.median(sample.seconds)
    rel = f"{ratio(sample, versus):.2f}×" if versus is not None else "1"
    codes = ",".join(str(c) for c in sorted(sample.codes))
    return (
        f"| {work} | {name} | {median:.3f} s | {min(sample.seconds):.3f} s "
        f"| {max(sample.rss_mb):.0f} MB | {rel} | {codes} |"
    )


def workloads(tmp: Path, files: int, members: int) -> dict[str, dict[str, list[str]]]:
    shutil.copy(EXAMPLES / REAL_FILE, tmp / REAL_FILE)
    batch = make_batch(tmp / "batch", files)
    write_big(tmp / "big.yaml", members)
    return {
        "one": {
            "fkcheck": fkcheck(REAL_FILE),
            "import floor": import_floor(),
            "framework floor": framework_floor(REAL_FILE),
            "check-jsonschema": check_jsonschema(REAL_FILE),
            "yamllint": yamllint(REAL_FILE),
        },
        "batch": {
            "fkcheck text": fkcheck("batch"),
            "fkcheck text --jobs 0": fkcheck("batch", "--jobs", "0"),
            "fkcheck json": fkcheck("batch", "--format", "json"),
            "fkcheck sarif": fkcheck("batch", "--format", "sarif"),
            "check-jsonschema": check_jsonschema(*batch),
            "yamllint": yamllint("batch"),
        },
        "big": {
            "fkcheck": fkcheck("big.yaml"),
            "check-jsonschema": check_jsonschema("big.yaml"),
            "yamllint": yamllint("big.yaml"),
        },
    }


def write_big(path: Path, members: int) -> None:
    """bench/bench.py's 50,000-member alliance, made by a child process: a child's peak RSS
    (``ru_maxrss``) starts at its parent's high-water mark, so this process stays small."""
    code = "import sys; from bench import generate; sys.stdout.buffer.write(generate(int(sys.argv[1])))"
    with path.open("wb") as out:
        subprocess.run([sys.executable, "-c", code, str(members)], cwd=HERE, stdout=out, check=True)


LABELS = {"one": "1 real file", "batch": "{files} files", "big": "{members} members"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--big-rounds", type=int, default=5, help="rounds for 50,000 members")
    parser.add_argument("--slow-rounds", type=int, default=1, help="yamllint on 50,000 members")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--only", default="one,batch,big", help="comma-separated workloads")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    print(f"bytecode compiled in {ensure_bytecode()}")
    print(f"this process's own peak RSS (a floor for every figure): {own_rss():.0f} MB")
    print()
    print("| work | tool | median | fastest | peak RSS | ÷ check-jsonschema | exit |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="fkcheck-compare-") as folder:
        tmp = Path(folder)
        plan = workloads(tmp, args.files, args.members)
        for work in args.only.split(","):
            rounds = args.big_rounds if work == "big" else args.rounds
            limits = {"yamllint": args.slow_rounds} if work == "big" else {}
            samples = run_rounds(plan[work], rounds, tmp, limits)
            versus = samples["check-jsonschema"]
            label = LABELS[work].format(files=f"{args.files:,}", members=f"{args.members:,}")
            for name, sample in samples.items():
                if not sample.seconds:  # --slow-rounds 0: not run
                    continue
                other = None if name == "check-jsonschema" else versus
                print(row(label, name, sample, other), flush=True)
            if "yamllint" in samples and work == "batch":
                ratio_yl = ratio(samples["fkcheck text"], samples["yamllint"])
                print(f"| {label} | fkcheck text ÷ yamllint | | | | {ratio_yl:.2f}× | |")
    print()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

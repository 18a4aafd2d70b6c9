"""Benchmark: load and check a generated alliance with many members.

Prints the time of each stage for the C parser (and, with --pure, ruamel's
pure-Python round-trip loader for comparison). Not a test: figures vary by
machine. Usage: python bench/bench.py [--members 50000] [--pure]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = ["unternehmen", "gewerkschaft", "schule", "kommune", "handwerkskammer", "jobcenter"]


def generate(members: int) -> bytes:
    lines = [
        "version: 1",
        "allianz:",
        "  name: Benchmark-Allianz",
        "  bundesland: SN",
        "  gebiet:",
        "    name: Landkreis Mittelsachsen",
        "    art: landkreis",
        "mitglieder:",
    ]
    for i in range(members):
        lines += [
            f"  - id: m{i}",
            f"    name: Mitglied {i}",
            f"    art: {KINDS[i % len(KINDS)]}",
            "    seit: 2016-02-10",
        ]
    lines += ["handlungskonzept:", "  beschluss: {datum: 2025-11-15, gremium: allianz}"]
    return ("\n".join(lines) + "\n").encode()


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    print(f"{label:<34} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--pure", action="store_true", help="also time ruamel's pure-Python loader")
    args = parser.parse_args()
    # Imported here so that bench/compare.py can use generate() and stay a small process:
    # a child's peak RSS counts the parent's memory at the time of the fork.
    from fkcheck import document, engine, rulepack, yamlio

    raw = generate(args.members)
    print(f"{args.members} members, {len(raw) / 1e6:.1f} MB, C parser: {yamlio.C_PARSER}")
    pack = timed("load rule pack", rulepack.load)
    loaded = timed("parse YAML with positions", yamlio.load_bytes, raw)
    doc = timed("validate model", document.validate, loaded)
    source = document.Source("bench.yaml", doc, loaded.locator, "")
    timed("evaluate 18 rules", engine.evaluate, pack, source, dt.date(2026, 11, 23))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.yaml"
        path.write_bytes(raw)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "fkcheck", "check", str(path), "--format", "json"],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        total = time.perf_counter() - start
        print(f"{'whole CLI run (fkcheck check)':<34} {total:8.3f} s")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "fkcheck", "--version"], stdout=subprocess.DEVNULL, check=False
        )
        print(f"{'startup (fkcheck --version)':<34} {time.perf_counter() - start:8.3f} s")
    if args.pure:
        from ruamel.yaml import YAML

        start = time.perf_counter()
        YAML(typ="rt", pure=True).load(raw)
        pure = time.perf_counter() - start
        print(
            f"{'ruamel pure-Python round-trip load':<34} {pure:8.3f} s  ({pure / total:.1f}x the whole fkcheck run)"
        )


if __name__ == "__main__":
    main()

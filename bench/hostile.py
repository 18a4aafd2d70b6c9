"""Time and memory of fkcheck on every hostile input of the test catalogue.

Each input of tests/test_input_errors.py (plus a few large valid and invalid files)
runs as its own ``python -m fkcheck check`` process under a hard address-space limit
of 500 MB; the script prints wall time, peak resident memory and exit status, and
exits 1 if any input took longer than 5 s, hit the memory limit or did not end with
the documented status. Not a test (figures vary by machine); its last run is
recorded in docs/SECURITY.md.

Usage: python bench/hostile.py [--limit-mb 500] [--max-seconds 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_input_errors import CASES, Case  # noqa: E402  (the catalogue lives with the tests)

from bench import generate  # noqa: E402


def materialise(case: Case, folder: Path) -> tuple[str, bytes | None]:
    if case.stdin:
        data = case.data.encode() if isinstance(case.data, str) else case.data
        return "-", data
    if case.data is not None:
        file = folder / f"{case.id}.yaml"
        file.write_bytes(case.data.encode() if isinstance(case.data, str) else case.data)
        return str(file), None
    if callable(case.path):
        return case.path(folder), None
    assert case.path is not None
    return case.path, None


def measure(path: str, stdin: bytes | None, limit: int, timeout: float) -> tuple[int, float, float]:
    """(exit status, seconds, peak RSS in MB) of one fkcheck process; status -9 = killed.

    ``path`` may carry options before the file (``--rules PACK FILE``), split on blanks.
    """

    def restrict() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    args = [sys.executable, "-m", "fkcheck", "check", *path.split(" "), "--as-of", "2026-11-23",
            "--format", "json"]  # fmt: skip
    start = time.monotonic()
    process = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=restrict,
    )  # fmt: skip
    assert process.stdin is not None
    try:
        process.stdin.write(stdin or b"")
        process.stdin.close()
    except BrokenPipeError:
        pass
    deadline = start + timeout * 3
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.01)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return code, seconds, usage.ru_maxrss / 1024


def big_inputs(folder: Path) -> list[tuple[str, str, int]]:
    """(id, path, expected status): large files near and over the limits."""
    members = folder / "50000-members.yaml"
    members.write_bytes(generate(50_000))
    broken = folder / "50000-members-one-typo-at-the-end.yaml"
    broken.write_bytes(generate(50_000) + b"x-ok: 1\nunbekannt: 1\n")
    wide = folder / "100000-keys.yaml"
    wide.write_text("version: 1\n" + "".join(f"x-k{i}: {i}\n" for i in range(100_000)), "utf-8")
    line = folder / "one-10MB-line.yaml"
    line.write_text("version: 1\nx-lang: " + "a" * 10_000_000 + "\n", "utf-8")
    return [
        ("50000-members (valid, gaps)", str(members), 1),
        ("50000-members + unknown key", str(broken), 2),
        ("100000 keys", str(wide), 2),
        ("one 10 MB line", str(line), 2),
        *worst_cases(folder),
    ]


MIB = 1024 * 1024


def worst_cases(folder: Path) -> list[tuple[str, str, int]]:
    """Issue 9: the largest inputs the limits allow, and the ones just past them."""
    flat = folder / "32MiB-members.yaml"  # ~370,000 members: stops at the node limit
    flat.write_bytes(generate(370_000)[: 32 * MIB])
    nodes = folder / "499990-nodes.yaml"  # just under the node limit: the worst accepted
    nodes.write_text(f"{generate(1).decode()}x-a: [{','.join(['1'] * 499_960)}]\n", "utf-8")
    scalars = folder / "32MiB-of-10000-char-values.yaml"
    values = "".join(f"x-v{i}: {'a' * 10_000}\n" for i in range(3_300))
    scalars.write_text(generate(1).decode() + values, "utf-8")
    name = folder / "4MB-name.yaml"  # a name matched by every pattern rule, once refused
    name.write_text(generate(1).decode().replace("Benchmark-Allianz", "a" * 4_000_000), "utf-8")
    pack = folder / "30MB-pack.yaml"  # the built-in pack padded to 30 MB of nodes
    builtin = (ROOT / "rules" / "sn-frl.yaml").read_text("utf-8")
    pack.write_text(builtin + "x-pad: [" + ",".join(["1"] * 15 * MIB) + "]\n", "utf-8")
    deep = folder / "deep"
    deep.mkdir()
    bottom = deep
    for _ in range(990):
        bottom = bottom / "d"
        bottom.mkdir()
    (bottom / "tief.yaml").write_bytes(generate(10))
    example = str(ROOT / "examples" / "01-erfuellt.yaml")
    return [
        ("32 MiB of members (node limit)", str(flat), 2),
        ("499,990 nodes (largest accepted)", str(nodes), 1),
        ("32 MiB of 10,000-char values", str(scalars), 1),
        ("4 MB name (scalar limit)", str(name), 2),
        ("30 MB rule pack (node limit)", f"--rules {pack} {example}", 2),
        ("folder 990 levels deep", str(deep), 1),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=int, default=500)
    parser.add_argument("--max-seconds", type=float, default=5.0)
    parser.add_argument("--only-large", action="store_true", help="skip the catalogue")
    options = parser.parse_args()
    limit = options.limit_mb * 1024 * 1024
    bad = 0
    rows: list[tuple[str, int, int, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [] if options.only_large else CASES
        inputs = [(c.id, *materialise(c, folder), 2) for c in cases]
        inputs += [(name, path, None, code) for name, path, code in big_inputs(folder)]
        for name, path, stdin, expected in inputs:
            code, seconds, rss = measure(path, stdin, limit, options.max_seconds)
            rows.append((name, expected, code, seconds, rss))
    print(f"{'input':<48} {'want':>4} {'got':>4} {'seconds':>8} {'peak MB':>8}")
    for name, expected, code, seconds, rss in rows:
        flag = ""
        if code != expected or seconds > options.max_seconds:
            flag, bad = "  <-- !", bad + 1
        print(f"{name[:48]:<48} {expected:>4} {code:>4} {seconds:>8.2f} {rss:>8.1f}{flag}")
    slowest = max(rows, key=lambda r: r[3])
    biggest = max(rows, key=lambda r: r[4])
    print(f"\n{len(rows)} inputs under a {options.limit_mb} MB address-space limit; "
          f"slowest {slowest[3]:.2f} s ({slowest[0]}), largest {biggest[4]:.0f} MB ({biggest[0]}); "
          f"{bad} outside the bounds")  # fmt: skip
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""fkcheck in other tools: the pre-commit hooks, the GitHub Action and docs/ci.md.

Three kinds of test:

* static checks of ``.pre-commit-hooks.yaml`` and ``action.yml`` (keys, regexes, no
  ``${{ }}`` inside a shell script: GitHub's script-injection hardening);
* the CI snippets of ``docs/ci.md`` (each marked ``<!-- snippet: NAME -->``) and the
  action's check step, run as GitHub would run them, against the examples;
* real ``pre-commit`` runs: pre-commit builds fkcheck from a snapshot of this work tree in
  a fresh virtual environment (needs git, pip and the package index, ~15 s per build).
  Skipped without pre-commit or with ``FKCHECK_SKIP_PRE_COMMIT=1``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import AS_OF, EXAMPLES, ROOT, RULES, invoke

HOOKS = ROOT / ".pre-commit-hooks.yaml"
ACTION = ROOT / "action.yml"
CI_DOC = ROOT / "docs" / "ci.md"
COMPLIANT = "01-erfuellt.yaml"
GAP = "02-sitz-fehlt.yaml"  # FRL-1.6: no Wirtschaftsförderung
WARNING_ONLY = "04-unausgewogen.yaml"  # FRL-3 (Soll) only
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
# The keys pre-commit 4 accepts in a hook manifest (pre_commit/clientlib.py).
MANIFEST_KEYS = {
    "id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or",
    "exclude_types", "additional_dependencies", "args", "always_run", "fail_fast",
    "pass_filenames", "description", "language_version", "log_file", "require_serial",
    "stages", "verbose", "minimum_pre_commit_version",
}  # fmt: skip


def load_yaml(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


def snippet(name: str) -> str:
    """The fenced YAML block after ``<!-- snippet: NAME -->`` in docs/ci.md."""
    pattern = rf"<!-- snippet: {re.escape(name)} -->\n```yaml\n(.*?)\n```"
    found = re.search(pattern, CI_DOC.read_text("utf-8"), re.DOTALL)
    assert found, f"docs/ci.md has no snippet {name!r}"
    return found.group(1)


def workspace(root: Path, *examples: str, folder: str = "allianzen") -> Path:
    """A project folder with example alliance files; ``.git`` stops the config search."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    (root / folder).mkdir(parents=True, exist_ok=True)
    for name in examples:
        shutil.copy(EXAMPLES / name, root / folder / name)
    return root


def fkcheck_commands(lines: list[str]) -> Iterator[list[str]]:
    """The arguments of every ``fkcheck ...`` line of a CI script."""
    for line in lines:
        words = shlex.split(line)
        if words and words[0] == "fkcheck":
            yield words[1:]


# --- .pre-commit-hooks.yaml ------------------------------------------------------------


def manifest() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in load_yaml(HOOKS.read_text("utf-8"))}


def test_hook_manifest_names_real_commands() -> None:
    hooks = manifest()
    assert set(hooks) == {"fkcheck", "fkcheck-test"}
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    for hook in hooks.values():
        assert set(hook) <= MANIFEST_KEYS, set(hook) - MANIFEST_KEYS
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        # "--" ends the options before pre-commit's file names (issue 9, item 3)
        assert hook["args"] == (["--"] if hook["pass_filenames"] else [])
        program, command, *options = hook["entry"].split()
        assert program in scripts
        assert all(invoke([command, option, "--help"]).exit_code == 0 for option in options)
        assert invoke([command, "--help"]).exit_code == 0
    assert hooks["fkcheck"]["pass_filenames"] is True
    assert hooks["fkcheck-test"]["pass_filenames"] is False


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("allianzen/a.yaml", True),
        ("allianzen/kreis/b.yml", True),
        ("a.yaml", True),
        ("x.txt", False),
        ("allianzen/a.yaml.bak", False),
        ("allianzen/README.md", False),
        (".gitlab-ci.yml", False),
        (".github/workflows/fkcheck.yml", False),
        (".fkcheck.yaml", False),
        ("allianzen/.entwurf.yaml", False),
    ],
)
def test_hook_selects_yaml_files_but_not_hidden_ones(path: str, checked: bool) -> None:
    hook = manifest()["fkcheck"]
    selected = bool(re.search(hook["files"], path)) and not re.search(hook["exclude"], path)
    assert selected is checked


def test_hook_manifest_passes_pre_commits_own_validation() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit not installed")
    loaded = clientlib.load_manifest(str(HOOKS))
    assert [hook["id"] for hook in loaded] == ["fkcheck", "fkcheck-test"]


# --- action.yml: static checks ---------------------------------------------------------

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml(ACTION.read_text("utf-8"))
    return loaded


def expressions(node: Any) -> Iterator[str]:
    """Every ``${{ ... }}`` expression anywhere below ``node``."""
    if isinstance(node, str):
        yield from EXPRESSION.findall(node)
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from expressions(value)
    elif isinstance(node, list):
        for value in node:
            yield from expressions(value)


def step_texts(step: Mapping[str, Any]) -> list[str]:
    """A step's expressions, with its ``if:``, which GitHub evaluates without ``${{ }}``."""
    return [*expressions(step), step.get("if", "")]


def mentions(texts: Iterable[str], context: str) -> set[str]:
    """The names after ``inputs.`` (or another context) in ``texts``."""
    return {m for text in texts for m in re.findall(rf"\b{context}\.([A-Za-z0-9_-]+)", text)}


def test_action_is_a_composite_action_with_described_inputs() -> None:
    loaded = action()
    assert loaded["runs"]["using"] == "composite"
    for name, spec in {**loaded["inputs"], **loaded["outputs"]}.items():
        assert spec.get("description"), name
    for name, spec in loaded["inputs"].items():
        assert spec.get("required") is False and isinstance(spec.get("default"), str), name


def test_action_uses_exactly_the_inputs_it_declares() -> None:
    loaded = action()
    texts = [t for step in loaded["runs"]["steps"] for t in step_texts(step)]
    assert mentions(texts, "inputs") == set(loaded["inputs"])
    assert not mentions(expressions(loaded["outputs"]), "inputs")


def test_action_refers_only_to_earlier_steps() -> None:
    loaded = action()
    seen: set[str] = set()
    for step in loaded["runs"]["steps"]:
        assert mentions(step_texts(step), "steps") <= seen, step.get("name")
        if "id" in step:
            seen.add(step["id"])
    assert mentions(expressions(loaded["outputs"]), "steps") <= seen


def test_action_never_expands_expressions_inside_a_script() -> None:
    """Script injection: a `${{ }}` in `run:` is pasted into the script before bash parses
    it, so a crafted branch name or input would run as code. Values go through `env:`."""
    for step in action()["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], step.get("name")
            assert step.get("shell") == "bash", step.get("name")  # composite steps need one


@needs_bash
def test_action_scripts_are_valid_bash() -> None:
    for step in action()["runs"]["steps"]:
        if "run" in step:
            checked = subprocess.run(["bash", "-n"], input=step["run"], text=True, check=False)
            assert checked.returncode == 0, step.get("name")


def test_action_uses_other_actions_by_major_version() -> None:
    for step in action()["runs"]["steps"]:
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", step["uses"]), step["uses"]


# --- action.yml: the check step, run as GitHub runs it ---------------------------------


def run_check_step(project: Path, inputs: Mapping[str, str]) -> tuple[int, str, dict[str, str]]:
    """Run the action's check step like a runner: expressions in ``env:`` and
    ``working-directory`` filled in, ``bash --noprofile --norc -eo pipefail``, and
    GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Returns (status, log, step outputs)."""
    loaded = action()
    step = next(s for s in loaded["runs"]["steps"] if s.get("id") == "check")
    values = {f"inputs.{k}": v["default"] for k, v in loaded["inputs"].items()}
    values |= {f"inputs.{k}": v for k, v in inputs.items()}
    values["steps.install.outputs.python"] = sys.executable  # fkcheck is installed here

    def fill(text: str) -> str:
        return EXPRESSION.sub(lambda m: values[m.group(1)], text)

    outputs = project / "github-output.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "FKCHECK_"))}
    env |= {k: fill(v) for k, v in step["env"].items()}
    env |= {
        "GITHUB_ACTIONS": "true",
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(project / "step-summary.md"),
    }
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=project / fill(step["working-directory"]),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    written = outputs.read_text("utf-8") if outputs.exists() else ""
    found = dict(line.split("=", 1) for line in written.splitlines())
    return done.returncode, done.stdout + done.stderr, found


@needs_bash
def test_action_check_step_fails_on_a_gap_and_still_writes_sarif(tmp_path: Path) -> None:
    project = workspace(tmp_path, COMPLIANT, GAP)
    inputs = {"paths": "  allianzen/\n\n", "sarif": "fkcheck.sarif", "as-of": AS_OF}
    status, log, outputs = run_check_step(project, inputs)
    assert status == 1, log
    assert outputs == {"exit-code": "1", "sarif-file": str(project / "fkcheck.sarif")}
    sarif = json.loads((project / "fkcheck.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"FRL-1.6"}
    assert f"::error file=allianzen/{GAP},line=" in log  # GitHub annotations by default
    assert "FRL-1.6" in (project / "step-summary.md").read_text("utf-8")


@needs_bash
def test_action_check_step_passes_with_config_and_without_summary(tmp_path: Path) -> None:
    project = workspace(tmp_path / "repo", COMPLIANT, WARNING_ONLY, folder="sub/allianzen")
    (project / "sub" / ".fkcheck.yaml").write_text("include: [allianzen/*.yaml]\nlang: en\n")
    inputs = {"working-directory": "sub", "job-summary": "false", "as-of": AS_OF}
    status, log, outputs = run_check_step(project, inputs)
    assert status == 0, log
    assert outputs == {"exit-code": "0"}
    assert "::warning file=allianzen/04-unausgewogen.yaml" in log
    assert "Eligible: yes" in log  # lang from .fkcheck.yaml
    assert not (project / "step-summary.md").exists()


@needs_bash
def test_action_check_step_treats_inputs_as_data(tmp_path: Path) -> None:
    """Shell syntax in inputs is neither run nor expanded; file names may hold spaces
    and start with a dash; options in `args` are passed on word by word."""
    project = workspace(tmp_path, GAP)
    shutil.copy(EXAMPLES / COMPLIANT, project / "-Allianz Leipzig.yaml")
    inputs = {
        "paths": "-Allianz Leipzig.yaml\n",
        "rules": "sn-frl",
        "lang": "en",
        "args": "--fail-on  warning\t--no-waivers --report junit=$(id)`id`*.xml",
        "as-of": AS_OF,
    }
    status, log, outputs = run_check_step(project, inputs)
    assert status == 0, log
    assert outputs["exit-code"] == "0"
    assert (project / "$(id)`id`*.xml").exists()
    assert not (project / "pwned").exists()
    status, log, outputs = run_check_step(project, {"rules": "$(touch pwned)", "as-of": AS_OF})
    assert (status, outputs) == (2, {"exit-code": "2"}), log
    assert not (project / "pwned").exists()


@needs_bash
def test_action_check_step_reports_a_broken_run_as_2_without_sarif(tmp_path: Path) -> None:
    project = workspace(tmp_path, COMPLIANT)
    (project / "fkcheck.sarif").write_text("stale")
    inputs = {"paths": "allianzen", "sarif": "fkcheck.sarif", "args": "--fail-on sometimes"}
    status, log, outputs = run_check_step(project, inputs)
    assert (status, outputs) == (2, {"exit-code": "2"}), log
    assert not (project / "fkcheck.sarif").exists()  # no stale report is handed on


# --- docs/ci.md ------------------------------------------------------------------------


SNIPPETS = ["fkcheck-config", "pre-commit", "github-action", "github-pip", "gitlab", "gitlab-soll"]


def test_every_snippet_of_the_ci_doc_is_tested() -> None:
    marked = re.findall(r"<!-- snippet: ([\w-]+) -->", CI_DOC.read_text("utf-8"))
    assert sorted(marked) == sorted(SNIPPETS)
    for name in marked:
        assert isinstance(load_yaml(snippet(name)), dict), name


def test_config_snippet_drives_a_run_without_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = workspace(tmp_path, COMPLIANT, GAP)
    (project / ".fkcheck.yaml").write_text(snippet("fkcheck-config"), "utf-8")
    monkeypatch.chdir(project)
    result = invoke(["check", "--as-of", AS_OF])
    assert result.exit_code == 1, result.stdout + result.stderr
    suites = ET.parse(project / "fkcheck-junit.xml").getroot().findall("testsuite")
    assert sorted(s.get("name") for s in suites) == [f"allianzen/{COMPLIANT}", f"allianzen/{GAP}"]


def gitlab_jobs(name: str) -> dict[str, dict[str, Any]]:
    jobs: dict[str, dict[str, Any]] = load_yaml(snippet(name))
    return jobs


def test_gitlab_job_publishes_a_junit_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = gitlab_jobs("gitlab")["fkcheck"]
    assert job["artifacts"]["when"] == "always"  # keep the reports of a failing job
    project = workspace(tmp_path, COMPLIANT, GAP)
    monkeypatch.chdir(project)
    [args] = list(fkcheck_commands(job["script"]))
    result = invoke([*args, "--as-of", AS_OF])
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "FRL-1.6" in result.stdout  # the text report goes to the job log
    junit = ET.parse(project / job["artifacts"]["reports"]["junit"]).getroot()
    assert junit.tag == "testsuites"
    assert junit.get("failures") == "1"
    failed = junit.findall("testsuite/testcase[failure]")
    assert [case.get("name", "")[:8] for case in failed] == ["FRL-1.6 "]
    for path in job["artifacts"]["paths"]:
        assert (project / path).read_text("utf-8").strip(), path


def test_gitlab_warning_job_allows_findings_but_not_broken_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = gitlab_jobs("gitlab-soll")["fkcheck-soll"]
    assert job["allow_failure"]["exit_codes"] == [1]
    [args] = list(fkcheck_commands(job["script"]))
    monkeypatch.chdir(workspace(tmp_path, COMPLIANT, WARNING_ONLY))
    assert invoke([*args, "--as-of", AS_OF]).exit_code == 1  # FRL-3 is a Soll-Vorgabe
    (tmp_path / "allianzen" / "kaputt.yaml").write_text("version: 1\nallianz: [\n")
    assert invoke([*args, "--as-of", AS_OF]).exit_code == 2  # still fails the pipeline


def test_github_workflow_without_the_action_uploads_the_sarif_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workflow = load_yaml(snippet("github-pip"))
    [job] = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    steps = job["steps"]
    install = next(s["run"] for s in steps if s.get("run", "").startswith("pip install"))
    assert shlex.split(install)[2].startswith("fkcheck @ ")
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/"))
    sarif = upload["with"]["sarif_file"]
    assert f"hashFiles('{sarif}')" in upload["if"] and "!cancelled()" in upload["if"]

    project = workspace(tmp_path, COMPLIANT, GAP)
    monkeypatch.chdir(project)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(project / "summary.md"))
    [args] = list(fkcheck_commands([s["run"] for s in steps if "run" in s]))
    result = invoke([*args, "--as-of", AS_OF])
    assert result.exit_code == 1
    assert f"::error file=allianzen/{GAP},line=15" in result.stdout
    assert json.loads((project / sarif).read_text("utf-8"))["version"] == "2.1.0"


def test_github_workflow_with_the_action_sets_only_real_inputs() -> None:
    workflow = load_yaml(snippet("github-action"))
    [job] = workflow["jobs"].values()
    [step] = [s for s in job["steps"] if re.search(r"/fkcheck@", s.get("uses", ""))]
    inputs = action()["inputs"]
    assert set(step["with"]) <= set(inputs)
    assert all(isinstance(value, str) for value in step["with"].values())
    if step["with"].get("upload-sarif") == "true":
        assert step["with"].get("sarif")
        assert workflow["permissions"]["security-events"] == "write"


def test_pre_commit_snippet_uses_the_hooks_of_the_manifest() -> None:
    [repo] = load_yaml(snippet("pre-commit"))["repos"]
    hooks = manifest()
    for hook in repo["hooks"]:
        assert hook["id"] in hooks
        re.compile(hook.get("files", ""))
    assert repo["rev"] and repo["repo"].endswith("/fkcheck")


# --- real pre-commit runs --------------------------------------------------------------


def pre_commit_command() -> list[str]:
    if os.environ.get("FKCHECK_SKIP_PRE_COMMIT"):
        pytest.skip("FKCHECK_SKIP_PRE_COMMIT is set")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        found = shutil.which("pre-commit")
        if found is None:
            pytest.skip("pre-commit is not installed (pip install pre-commit)")
        return [found]
    return [sys.executable, "-m", "pre_commit"]


def git_env(home: Path) -> dict[str, str]:
    """No user or system git configuration, a fixed author, an isolated PRE_COMMIT_HOME.

    pip does not compile the ~1,300 modules of fkcheck and its dependencies into bytecode
    while pre-commit builds an environment (~3 s of CPU per build; ``PIP_COMPILE=0``, as
    ``PIP_NO_COMPILE=1`` would mean "compile"); the hooks then write bytecode for what
    they import, once per environment, even where PYTHONDONTWRITEBYTECODE is set.
    """
    (home / "gitconfig").touch()
    unset = ("GIT_", "PRE_COMMIT", "PYTHONDONTWRITEBYTECODE", "PIP_COMPILE", "PIP_NO_COMPILE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(unset)}
    return env | {
        "PIP_COMPILE": "0",
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "fkcheck tests",
        "GIT_AUTHOR_EMAIL": "tests@fkcheck.invalid",
        "GIT_COMMITTER_NAME": "fkcheck tests",
        "GIT_COMMITTER_EMAIL": "tests@fkcheck.invalid",
        "PRE_COMMIT_HOME": str(home / "pre-commit-home"),
    }


def git(env: dict[str, str], cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def commit_all(env: dict[str, str], repo: Path) -> str:
    if not (repo / ".git").exists():
        git(env, repo, "init", "--quiet", "--initial-branch=main")
    git(env, repo, "add", "--all")
    git(env, repo, "commit", "--quiet", "--allow-empty", "--no-gpg-sign", "-m", "snapshot")
    return git(env, repo, "rev-parse", "HEAD")


def project_files() -> list[str]:
    """This work tree as git would commit it: tracked and new files, ignored ones left out.
    (``try-repo`` on the work tree itself would miss every file not committed yet.)"""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """A git repository holding the current work tree of fkcheck: (path, commit, git env).

    One per test session, shared by the xdist workers together with its PRE_COMMIT_HOME:
    pre-commit then builds fkcheck's environment (~15 s) once, under its own store lock,
    for every test that installs the hooks from it.
    """
    pre_commit_command()  # skips early, before copying anything
    if not (ROOT / ".git").exists():
        pytest.skip("the project is not a git checkout")
    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "pre-commit"
    if not shared.exists():
        private = tmp_path_factory.mktemp("pre-commit")
        repo = private / "fkcheck"
        for name in project_files():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name, follow_symlinks=False)
        commit_all(git_env(private), repo)
        with contextlib.suppress(OSError):  # another worker's snapshot got there first
            private.rename(shared)  # atomic: the others see all of it or nothing
    env = git_env(shared)
    repo = shared / "fkcheck"
    return repo, git(env, repo, "rev-parse", "HEAD"), env


def compliant_today() -> str:
    """The compliant example, updated a month ago: hooks check as of today."""
    text = (EXAMPLES / COMPLIANT).read_text("utf-8")
    recent = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    assert "datum: 2026-10-07" in text
    return text.replace("datum: 2026-10-07", f"datum: {recent}")


def pre_commit(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str]:
    done = subprocess.run(
        [*pre_commit_command(), *args, "--color", "never"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


ODD_NAMES = ("--output=report.yaml", "-dash.yaml")  # names that look like options


@pytest.mark.slow
def test_pre_commit_try_repo_fails_on_a_gap_and_passes_when_compliant(
    snapshot: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    """try-repo as docs/ci.md shows it, then the same hook from a config like the one
    try-repo writes. (try-repo builds in a fresh store each time; a config reuses the
    store that the next test needs too.)"""
    fkcheck_repo, commit, env = snapshot
    project = tmp_path / "allianzen-repo"
    (project / "allianzen").mkdir(parents=True)
    (project / "allianzen" / COMPLIANT).write_text(compliant_today(), "utf-8")
    shutil.copy(EXAMPLES / GAP, project / "allianzen" / GAP)
    for odd in ODD_NAMES:  # at the top, where pre-commit passes them as they are
        (project / odd).write_text(compliant_today(), "utf-8")
    config = {"repos": [{"repo": str(fkcheck_repo), "rev": commit, "hooks": [{"id": "fkcheck"}]}]}
    (project / ".pre-commit-config.yaml").write_text(json.dumps(config), "utf-8")  # hidden
    commit_all(env, project)
    # The shared store's environment is built meanwhile, on the other core.
    command = [*pre_commit_command(), "install-hooks"]
    with subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL) as warm:
        status, log = pre_commit(
            env, project, "try-repo", str(fkcheck_repo), "fkcheck", "--all-files"
        )
        assert status == 1, log
        assert "✘ Muss · FRL-1.6" in log and f"allianzen/{GAP}:15:1" in log
        assert all(f"— {odd}" in log for odd in ODD_NAMES), log  # checked as files
        assert not (project / "report.yaml").exists() and "unbekannte Option" not in log
        warm.wait(timeout=300)

    (project / "allianzen" / GAP).unlink()
    commit_all(env, project)
    status, log = pre_commit(env, project, "run", "--all-files")
    assert status == 0, log
    assert re.search(r"fkcheck \(Fachkräfteallianz prüfen\)\.+Passed", log), log


@pytest.mark.slow
def test_pre_commit_config_from_the_docs(
    snapshot: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    """The documented .pre-commit-config.yaml, pointed at the snapshot: `files:` keeps other
    YAML away from fkcheck, .fkcheck.yaml applies, and fkcheck-test runs the pack's cases."""
    fkcheck_repo, commit, env = snapshot
    config = load_yaml(snippet("pre-commit"))
    config["repos"][0] |= {"repo": str(fkcheck_repo), "rev": commit}
    project = tmp_path / "allianzen-repo"
    (project / "allianzen").mkdir(parents=True)
    (project / ".pre-commit-config.yaml").write_text(json.dumps(config), "utf-8")
    (project / ".fkcheck.yaml").write_text("lang: en\n")
    (project / "mkdocs.yml").write_text("site_name: Allianzen\n")  # not an alliance file
    (project / "allianzen" / COMPLIANT).write_text(compliant_today(), "utf-8")
    shutil.copytree(RULES / "beispiele", project / "regeln")
    pack = project / "regeln" / "geschaeftsordnung.yaml"
    pack.rename(project / config["repos"][0]["hooks"][1]["args"][0])
    (project / "regeln" / "geschaeftsordnung-faelle").rename(project / "regeln/mein-paket-faelle")
    commit_all(env, project)

    status, log = pre_commit(env, project, "run", "--all-files", "--verbose")
    assert status == 0, log
    assert "Eligible: yes" in log and "mkdocs.yml" not in log
    assert re.search(r"fkcheck test \(Regelpaket-Testfälle\)\.+Passed", log), log

    shutil.copy(EXAMPLES / GAP, project / "allianzen" / GAP)
    commit_all(env, project)
    status, log = pre_commit(env, project, "run", "--all-files")
    assert status == 1, log
    assert "✘ Must · FRL-1.6" in log and "Eligible: no" in log


def test_readme_ci_snippets_are_the_tested_ones_from_docs() -> None:
    """The README's short CI setups are copies of snippets that the tests above run."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## CI") : readme.index("### Konfiguration")]
    docs = (ROOT / "docs" / "ci.md").read_text("utf-8")
    blocks = section.split("```yaml\n")[1:]
    assert len(blocks) == 3
    for block in blocks:
        body = block[: block.index("```")]
        lines = [line for line in body.splitlines() if not line.startswith("repos:")]
        assert "\n".join(lines[1:]) in docs, body  # from the second line on: the same text


def test_action_never_removes_a_file_that_is_not_a_sarif_report(tmp_path: Path) -> None:
    """The check step deletes a stale SARIF file first; a wrong `sarif` input must not
    make that delete an alliance file."""
    project = workspace(tmp_path, GAP)
    target = next(project.rglob("*.yaml"))
    before = target.read_bytes()
    code, _, outputs = run_check_step(
        project, {"paths": "allianzen/", "sarif": str(target.relative_to(project))}
    )
    assert code == 2
    assert target.read_bytes() == before
    assert outputs.get("sarif-file", "") == ""

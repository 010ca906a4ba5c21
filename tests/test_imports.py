"""The nightly `log`, the prompt's `status`, `review` and `export` stay light: what each one
imports, checked.

Each command runs in a fresh interpreter through `petitspas.entry.main` (the console script's
entry point), and the modules it loaded are listed once it has finished.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import python

NOW = "2026-11-27T21:00"

# Runs petitspas' entry point with the given arguments, then writes the exit code and every
# loaded module to the file named first. Nothing imported here beyond what Python starts with.
DRIVER = """
import sys
out = sys.argv[1]
sys.argv = ["petitspas", *sys.argv[2:]]
from petitspas.entry import main
try:
    main()
except SystemExit as stop:
    code = stop.code
else:
    code = 0
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\\n".join([str(code), *sorted(sys.modules)]))
"""

COMMANDS = {
    "log": ("log", "--done"),
    "status": ("status",),
    "status-kept": ("status",),  # run twice: the second answer comes from statuscache
    "review": ("review",),
    "export": ("export",),
}

HEAVY = (
    "rich.table",
    "rich.console",
    "rich.panel",
    "csv",
    "pydantic",
    "filelock",
    "platformdirs",
    "petitspas.render",
    "petitspas.export",
    "petitspas.review",
    "petitspas.demo",
)


def _environment() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PETITSPAS_")}
    env.update(PETITSPAS_NOW=NOW, LANG="C.UTF-8", NO_COLOR="1", COLUMNS="80")
    return env


def _petitspas(store: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "petitspas", "--store", str(store), *args],
        env=_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def loaded_by(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], frozenset[str]]:
    """The modules each command loads, run once per command on a fresh copy of one store."""
    template = tmp_path_factory.mktemp("template") / "petitspas.json"
    _petitspas(template, "init", "--vision", "A team that dares", "--lang", "en")
    _petitspas(template, "add", "Say good morning", "--cue", "When I arrive", "--schedule", "daily")
    found: dict[str, frozenset[str]] = {}

    def loaded(command: str) -> frozenset[str]:
        if command not in found:
            folder = tmp_path_factory.mktemp(command)
            store = folder / "petitspas.json"
            shutil.copyfile(template, store)
            before = store.read_bytes()
            out = folder / "modules.txt"
            env = {**_environment(), "XDG_CACHE_HOME": str(folder / "cache")}
            for _ in range(2 if command == "status-kept" else 1):
                done = python(
                    "-c", DRIVER, str(out), "--store", str(store), *COMMANDS[command], env=env
                )
            assert done.returncode == 0, done.stderr
            code, *modules = out.read_text(encoding="utf-8").splitlines()
            # A refused command would load less and prove nothing.
            assert code in ("0", "None"), done.stderr
            if command == "log":
                assert store.read_bytes() != before, "log --done wrote nothing"
            found[command] = frozenset(modules)
        return found[command]

    return loaded


@pytest.mark.parametrize("module", HEAVY)
@pytest.mark.parametrize("command", ["log", "status"])
def test_log_and_status_do_not_load(
    loaded_by: Callable[[str], frozenset[str]], command: str, module: str
) -> None:
    assert module not in loaded_by(command)


def test_review_does_load_the_renderer(loaded_by: Callable[[str], frozenset[str]]) -> None:
    # Shows that the listing sees lazy imports, so the tests above can fail.
    assert "petitspas.render" in loaded_by("review")


@pytest.mark.parametrize("module", ["rich.table", "rich._emoji_codes"])
def test_review_draws_without_rich_tables_or_emoji_codes(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # The review lays out its columns itself (render._columns, render._labelled): rich.table
    # measures each of the heatmap's hundred cells twice. Emoji codes (:smile:) are off, so
    # their table of names is never loaded.
    assert module not in loaded_by("review")


@pytest.mark.parametrize("command", ["log", "review", "export"])
@pytest.mark.parametrize("module", ["typer", "pydantic", "click", "typer._click"])
def test_plain_log_review_and_export_skip_typer(
    loaded_by: Callable[[str], frozenset[str]], command: str, module: str
) -> None:
    # entry.py answers them itself (test_entry checks the output is the Typer commands').
    assert module not in loaded_by(command)


@pytest.mark.parametrize(
    "module", ["typer", "pydantic", "dataclasses", "pathlib", "typing", "inspect", "rich"]
)
def test_status_skips_typer_and_heavy_stdlib(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # The fast path of entry.py: status sits in shell prompts (within 2.5 x `python -c pass`).
    assert module not in loaded_by("status")


@pytest.mark.parametrize(
    "module", ["json", "re", "petitspas.schema", "petitspas.i18n", "petitspas.status"]
)
def test_a_kept_status_parses_nothing(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # The second status on an unchanged store prints its kept answer: json and re alone
    # are about 10 ms of imports, the prompt's whole budget over a bare interpreter.
    assert module in loaded_by("status")
    assert module not in loaded_by("status-kept")

"""The fast path for plain `status`, `review` and `export` answers exactly like the Typer
commands, or hands over to them; status the same again when its answer was kept."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import FAST, FAST_ONLY, FULL, python

from petitspas import entry


def _run(code: str, args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    done = python("-c", code, *args, env=env)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An English store with a logged week, a French one with nothing active, a corrupt one."""
    base = {**os.environ, "PETITSPAS_NOW": "2026-11-23T20:00", "LANG": "C.UTF-8"}
    base.pop("PETITSPAS_LANG", None)
    folder = tmp_path_factory.mktemp("stores")
    english, french = folder / "en" / "p.json", folder / "fr" / "p.json"
    commands = [
        (english, ["init", "--vision", "v", "--lang", "en"]),
        (english, ["add", "Say good morning"]),
        (english, ["log", "--done", "--date", "2026-11-23"]),
        (english, ["add", "Thank one person"]),
        (french, ["init", "--lang", "fr"]),
    ]
    for store, args in commands:
        assert _run(FULL, ["--store", str(store), *args], base)[0] == 0
    corrupt = folder / "bad" / "p.json"
    corrupt.parent.mkdir()
    corrupt.write_text('{"schema": 1, "revision": "x"}', encoding="utf-8")
    return {"en": english, "fr": french, "bad": corrupt, "missing": folder / "none.json"}


CASES = [
    ("en", [], {}),
    ("en", ["--json"], {}),
    ("en", [], {"PETITSPAS_NOW": "2026-11-24T01:30"}),  # still Monday's evening
    ("en", [], {"PETITSPAS_NOW": "2026-11-27T21:00"}),  # unlogged days since
    ("en", ["--json"], {"PETITSPAS_NOW": "2026-11-29T12:00"}),
    ("en", [], {"PETITSPAS_LANG": "fr"}),
    ("fr", [], {}),
    ("fr", ["--json"], {}),
    ("fr", [], {"PETITSPAS_LANG": "en"}),
    ("en", [], {"PETITSPAS_LANG": "de"}),
    ("en", [], {"PETITSPAS_NOW": "soon"}),
    ("bad", [], {}),
    ("missing", [], {}),
]


@pytest.mark.parametrize(("store", "flags", "env"), CASES)
@pytest.mark.parametrize("spelling", ["--store", "--store="])
def test_fast_and_full_status_print_the_same(
    stores: dict[str, Path], store: str, flags: list[str], env: dict[str, str], spelling: str
) -> None:
    environment = {**os.environ, "PETITSPAS_NOW": "2026-11-23T21:00", "LANG": "C.UTF-8"}
    environment.pop("PETITSPAS_LANG", None)
    environment.update(env)
    where = (
        [f"--store={stores[store]}"] if spelling == "--store=" else ["--store", str(stores[store])]
    )
    args = [*where, "status", *flags]
    fast = _run(FAST, args, environment)
    assert fast == _run(FULL, args, environment)
    assert fast[1] or fast[2]  # something was said
    # Again, now that the fast path may have kept its answer (statuscache).
    assert _run(FAST, args, environment) == fast


def test_the_store_can_come_from_the_environment(stores: dict[str, Path]) -> None:
    environment = {
        **os.environ,
        "PETITSPAS_NOW": "2026-11-23T21:00",
        "PETITSPAS_STORE": str(stores["en"]),
    }
    environment.pop("PETITSPAS_LANG", None)
    fast = _run(FAST, ["status"], environment)
    assert fast == (0, "say-good-morning: streak 1, 5% — today done\n", "")
    assert fast == _run(FULL, ["status"], environment)


@pytest.mark.parametrize("command", ["review", "export"])
@pytest.mark.parametrize("store", ["en", "fr", "bad", "missing"])
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"COLUMNS": "40"},
        {"COLUMNS": "120", "PETITSPAS_LANG": "fr"},
        {"FORCE_COLOR": "1", "NO_COLOR": ""},  # colour escapes, on a pipe
        {"PETITSPAS_NOW": "2026-11-29T12:00"},
        {"PYTHONIOENCODING": "ascii", "PETITSPAS_LANG": "fr"},
    ],
    ids=["plain", "narrow", "wide-fr", "colour", "sunday", "ascii"],
)
def test_fast_and_full_review_and_export_print_the_same(
    stores: dict[str, Path], command: str, store: str, env: dict[str, str]
) -> None:
    environment = {**os.environ, "PETITSPAS_NOW": "2026-11-23T21:00", "LANG": "C.UTF-8"}
    for name in ("PETITSPAS_LANG", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        environment.pop(name, None)
    environment.update({name: value for name, value in env.items() if value})
    args = ["--store", str(stores[store]), command]
    loads = store in ("en", "fr")  # the others go to Typer for their error
    fast = _run(FAST_ONLY if loads else FAST, args, environment)
    assert fast == _run(FULL, args, environment)
    assert fast[1] or fast[2]
    if loads:
        assert fast[0] == 0
        if "FORCE_COLOR" in env and command == "review":
            assert "\x1b[" in fast[1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["status"], (None, None, ("status",))),
        (["status", "--json"], (None, None, ("status", "--json"))),
        (["--store", "x.json", "--lang", "fr", "status"], ("x.json", "fr", ("status",))),
        (["--store=x.json", "status", "--json"], ("x.json", None, ("status", "--json"))),
        (["--lang=en", "review"], (None, "en", ("review",))),
        (["export"], (None, None, ("export",))),
        (["--store=", "status"], None),
        (["--store", "", "review"], None),
        (["--lang=", "export"], None),
        (["status", "--help"], None),
        (["status", "--json", "--json"], None),
        (["review", "--weeks", "4"], None),
        (["export", "--format", "csv"], None),
        (["export", "-o", "out.md"], None),
        (["path"], None),
        (["--store"], None),
        (["--verbose", "status"], None),
        (["log", "--done"], (None, None, ("log", "--done"))),
        (["log", "--done", "--clear"], None),
        ([], None),
    ],
)
def test_only_plain_calls_take_the_fast_path(
    argv: list[str], expected: tuple[str | None, str | None, tuple[str, ...]] | None
) -> None:
    assert entry._plain_call(argv) == expected


@pytest.mark.parametrize("command", ["status", "review", "export"])
@pytest.mark.parametrize("option", [["--store="], ["--store", ""], ["--lang="]])
def test_empty_options_get_the_typer_answer(
    stores: dict[str, Path], command: str, option: list[str]
) -> None:
    environment = {**os.environ, "PETITSPAS_NOW": "2026-11-23T21:00", "LANG": "C.UTF-8"}
    environment.update(PETITSPAS_STORE=str(stores["en"]), PETITSPAS_LANG="fr")
    args = [*option, command]
    fast = _run(FAST, args, environment)
    assert fast == _run(FULL, args, environment)


def _closed_stdout(code: str, args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", code, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=60,
    )
    return done.returncode, "", done.stderr


def _broken_pipe(code: str, args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    # The reading end is closed before the child has even started Python, so its first
    # write meets a pipe nobody reads.
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    return child.returncode, "", err


@pytest.mark.parametrize(
    "command", [["status"], ["review"], ["export"], ["review", "--weeks", "12"]]
)
@pytest.mark.parametrize("how", [_closed_stdout, _broken_pipe], ids=["closed", "broken-pipe"])
def test_a_closed_or_broken_stdout_is_no_traceback(
    stores: dict[str, Path],
    command: list[str],
    how: Callable[[str, list[str], dict[str, str]], tuple[int, str, str]],
) -> None:
    environment = {**os.environ, "PETITSPAS_NOW": "2026-11-23T21:00", "LANG": "C.UTF-8"}
    args = ["--store", str(stores["en"]), *command]
    fast = how(FAST, args, environment)
    assert fast == how(FULL, args, environment)
    assert fast == ((0 if how is _closed_stdout else 1), "", "")

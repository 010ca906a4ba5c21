"""Every command documents itself: a one-line imperative help in both languages, --help works."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tests.conftest import Run

from petitspas import i18n
from petitspas.cli import app

COMMANDS = sorted(command.name or "" for command in app.registered_commands)


def test_the_contract_commands_so_far_are_registered() -> None:
    assert set(COMMANDS) >= {"init", "catalog", "add", "path", "log", "status", "check", "drop"}


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_help_is_one_imperative_line(name: str, lang: str) -> None:
    i18n.set_language(lang)
    text = i18n.t(f"help.{name}")
    assert "\n" not in text
    assert text.endswith(".")
    assert len(text) <= 80
    first_word = text.split()[0]
    # Imperative: "Log", "Show", "Afficher"… never "Logs" or "Shows".
    assert not first_word.endswith("s") or first_word in ("Lister",)
    assert first_word[0].isupper()


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_help_exits_zero(run: Run, name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    assert i18n.t(f"help.{name}").split(":")[0] in " ".join(result.stdout.split())


def test_python_m_petitspas_help_in_a_subprocess() -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "petitspas", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert "Usage: petitspas" in " ".join(done.stdout.split())
    assert done.stderr == ""


def test_importing_the_cli_loads_no_rich_table() -> None:
    code = (
        "import sys, petitspas.cli; print(sorted(m for m in sys.modules if m.startswith('rich')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "rich.table" not in done.stdout


def test_every_command_is_in_the_help_order() -> None:
    from petitspas.cli import COMMANDS, HELP_ORDER

    assert sorted(HELP_ORDER) == sorted(COMMANDS)


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["log", "--done"], "log"),
        (["--store", "log", "status"], "status"),
        (["--store=x", "--lang", "fr", "review"], "review"),
        (["--help"], None),
        (["lgo"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_past_global_options(argv: list[str], name: str | None) -> None:
    from petitspas.cli import _command_named

    assert _command_named(argv) == name


def test_a_one_command_app_gives_the_same_help(run: Run) -> None:
    from typer.testing import CliRunner

    from petitspas.cli import make_app

    full = run("log", "--help")
    slim = CliRunner().invoke(make_app(["log"]), ["log", "--help"])
    assert slim.exit_code == full.exit_code == 0
    assert slim.stdout == full.stdout

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


@pytest.mark.parametrize("name", COMMANDS)
def test_the_docstring_is_the_english_help(name: str) -> None:
    function = next(info.callback for info in app.registered_commands if info.name == name)
    assert function is not None
    assert function.__doc__ == i18n.MESSAGES[f"help.{name}"][0]


def test_lang_before_help_gives_french_help(run: Run) -> None:
    result = run("--lang", "fr", "log", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert i18n.MESSAGES["help.log"][1] in flat
    assert i18n.MESSAGES["opt.done"][1] in flat
    assert i18n.MESSAGES["opt.done"][0] not in flat


def test_the_app_help_lists_each_command_in_the_language_chosen(run: Run) -> None:
    result = run("--lang", "fr", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert i18n.MESSAGES["help.app"][1] in flat
    for name in COMMANDS:
        assert i18n.MESSAGES[f"help.{name}"][1].split(" (")[0][:30] in flat


def test_shell_completion_is_offered(run: Run) -> None:
    result = run("--help")
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_show_completion_prints_a_bash_script(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "NO_COLOR": "1", "SHELL": "/bin/bash"}
    done = subprocess.run(
        [sys.executable, "-m", "petitspas", "--show-completion", "bash"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "_PETITSPAS_COMPLETE=complete_bash" in done.stdout
    assert "complete " in done.stdout

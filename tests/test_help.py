"""Every command documents itself: a one-line imperative help in both languages, --help works."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas import i18n
from petitspas.cli.app import app
from petitspas.i18n import typeset

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
        "import sys, petitspas.cli.app; "
        "print(sorted(m for m in sys.modules if m.startswith('rich')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "rich.table" not in done.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_the_docstring_is_the_english_help(name: str) -> None:
    function = next(info.callback for info in app.registered_commands if info.name == name)
    assert function is not None
    assert function.__doc__ == i18n.messages("en")[f"help.{name}"]


def test_lang_before_help_gives_french_help(run: Run) -> None:
    result = run("--lang", "fr", "log", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert i18n.messages("fr")["help.log"] in flat
    assert i18n.messages("fr")["opt.done"] in flat
    assert i18n.messages("en")["opt.done"] not in flat


def test_the_app_help_lists_each_command_in_the_language_chosen(run: Run) -> None:
    result = run("--lang", "fr", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert i18n.messages("fr")["help.app"] in flat
    for name in COMMANDS:
        assert i18n.messages("fr")[f"help.{name}"].split(" (")[0][:30] in flat


def test_shell_completion_is_offered(run: Run) -> None:
    result = run("--help")
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_show_completion_prints_a_bash_script(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "NO_COLOR": "1", "SHELL": "/bin/bash"}
    # Typer finds the shell among the process's parents (shellingham), not in $SHELL: typed
    # in bash, as a person would. (`; exit` keeps bash from exec-ing python in its place.)
    # A suite started detached has no shell among its parents.
    command = f'{shlex.quote(sys.executable)} -m petitspas --show-completion bash; exit "$?"'
    done = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "_PETITSPAS_COMPLETE=complete_bash" in done.stdout
    assert "complete " in done.stdout


# --- what Typer itself says, in petitspas' words and language --------------------------------

USAGE_ERRORS = [
    (("lgo", "--done"), "No command “lgo”: did you mean `petitspas log`?",
     "Pas de commande « lgo » : vouliez-vous dire `petitspas log` ?"),
    (("frobnicate",), "No command “frobnicate”: see the list with `petitspas --help`.",
     "Pas de commande « frobnicate » : voyez la liste avec `petitspas --help`."),
    (("log", "--dnoe"), "`petitspas log` has no option --dnoe: did you mean --done?",
     "`petitspas log` n'a pas d'option --dnoe : vouliez-vous dire --done ?"),
    (("log", "--xyz"), "`petitspas log` has no option --xyz: see `petitspas log --help`.",
     "`petitspas log` n'a pas d'option --xyz : voyez `petitspas log --help`."),
    (("log", "--done", "--date"), "--date needs a value: see `petitspas log --help`.",
     "--date demande une valeur : voyez `petitspas log --help`."),
    (("log", "--done=yes"), "--done takes no value: write it alone.",
     "--done ne prend pas de valeur : écrivez-le seul."),
    (("move", "2"), "`petitspas move` needs POSITION: see `petitspas move --help`.",
     "`petitspas move` a besoin de POSITION : voyez `petitspas move --help`."),
    (("move", "2", "two"), "POSITION is a whole number: see `petitspas move --help`.",
     "POSITION est un nombre entier : voyez `petitspas move --help`."),
    (("review", "--weeks", "many"), "--weeks is a whole number: see `petitspas review --help`.",
     "--weeks est un nombre entier : voyez `petitspas review --help`."),
    (("log", "yesterday"),
     "Too many words for `petitspas log`: yesterday: see `petitspas log --help`.",
     "Trop de mots pour `petitspas log` : yesterday : voyez `petitspas log --help`."),
    (("demo", "--dir", "{file}"), "--dir names a file: give a folder (created if missing).",
     "--dir désigne un fichier : donnez un dossier (créé s'il n'existe pas)."),
    (("add", "Say", "hello"),
     "Too many words for `petitspas add`: hello (put a text with spaces in quotes).",
     "Trop de mots pour `petitspas add` : hello "
     "(mettez un texte avec des espaces entre guillemets)."),
    (("--store", "x.json"), "Give a command: see the list with `petitspas --help`.",
     "Donnez une commande : voyez la liste avec `petitspas --help`."),
]  # fmt: skip


@pytest.mark.parametrize(("args", "english", "french"), USAGE_ERRORS)
def test_a_usage_error_from_the_parser_is_one_line_in_the_language_chosen(
    run: Run, args: tuple[str, ...], english: str, french: str
) -> None:
    a_file = Path(__file__)
    for lang, said in (("en", english), ("fr", typeset(french))):
        result = run("--lang", lang, *(arg.format(file=a_file) for arg in args))
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"petitspas: {said}\n")


def test_the_help_typer_draws_is_in_the_language_chosen(run: Run) -> None:
    def flat(*args: str) -> str:
        return " ".join(run(*args).stdout.replace("│", " ").split())

    french = flat("--lang", "fr", "--help")
    assert "Utilisation : petitspas [OPTIONS] COMMANDE [ARGS]..." in french
    assert "╭─ Commandes ─" in french
    assert "--help Afficher cette aide et quitter." in french
    assert (
        "--install-completion Installer la complétion pour le shell utilisé, ou celui nommé"
        " après (bash, zsh, fish)." in french
    )
    assert "[variable d'environnement : PETITSPAS_STORE]" in french
    assert "--store FICHIER Le fichier de données" in french
    for english in ("Usage", "Commands", "Show this message", "env var", "<str>", "<path>"):
        assert english not in french
    assert "Utilisation : petitspas move [OPTIONS] {PAS} {POSITION}" in flat(
        "--lang", "fr", "move", "--help"
    )
    log = flat("--lang", "fr", "log", "--help")
    assert "Utilisation : petitspas log [OPTIONS]" in log
    assert "--date DATE Le jour" in log and "--note TEXTE Une note" in log
    english = flat("--lang", "en", "log", "--help")
    assert "Usage: petitspas log [OPTIONS]" in english
    assert "--date DATE The day" in english and "--note TEXT A note" in english
    assert "--help Show this message and exit." in english


def test_before_the_command_the_environment_chooses_the_language(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETITSPAS_LANG", "fr")
    result = run("--xyz", "log")  # refused before --lang or the store could be read
    assert (result.exit_code, result.stderr) == (
        2, typeset("petitspas: `petitspas` n'a pas d'option --xyz : voyez `petitspas --help`.\n")
    )  # fmt: skip
    assert typeset("Utilisation : petitspas [OPTIONS] COMMANDE") in run("--help").stdout


def test_bare_petitspas_prints_the_help_and_exits_2(run: Run) -> None:
    result = run()
    assert (result.exit_code, result.stderr) == (2, "")
    assert "Usage: petitspas [OPTIONS] COMMAND [ARGS]..." in result.stdout


@pytest.mark.parametrize("command", ["move", "merge", "add", "edit", "remove"])
def test_arguments_are_named_without_a_type(run: Run, command: str) -> None:
    text = run("--lang", "fr", command, "--help").stdout
    assert "Arguments" in text
    assert not re.search(r"<(str|int|path|text)>", text), text


def test_completion_after_a_typo_stays_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "_PETITSPAS_COMPLETE": "complete_bash", "COMP_CWORD": "2"}
    for words, expected in (("petitspas lgo --d", ""), ("petitspas log --do", "--done")):
        done = subprocess.run(
            [sys.executable, "-m", "petitspas"],
            env={**env, "COMP_WORDS": words},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert (done.returncode, done.stdout.strip(), done.stderr) == (0, expected, "")


def test_a_command_line_builds_only_the_command_it_runs() -> None:
    # cli._Commands: the group's click commands, each built by Typer when first looked up.
    from petitspas.cli.insides import _Commands

    commands = _Commands(app, app.registered_commands)
    assert list(commands) == [info.name for info in app.registered_commands]
    assert len(commands) == len(app.registered_commands)
    assert commands["log"].name == "log"
    assert commands.get("no-such-command") is None
    assert list(commands._built) == ["log"]

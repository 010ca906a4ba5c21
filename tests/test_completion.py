"""Tab completes values, not file names, in bash, zsh and fish, each tried in the shell itself.

Each shell sources the script `petitspas --show-completion SHELL` prints and runs its completion
the way it does at Tab: bash calls the completion function with COMP_WORDS/COMP_CWORD set; zsh
calls it with `words`/CURRENT set, `_arguments` and `_files` standing in for the completion system
(they print what they were given, which zsh itself unquotes); fish runs `complete -C LINE`. Every
shell gets its own environment (HOME in tmp, SHELL, TERM) and a test is skipped where its shell is
not installed.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas import i18n
from petitspas.core.catalog import CATALOG
from petitspas.export import FORMATS

SHELLS = ("bash", "zsh", "fish")
BIN = str(Path(sys.executable).parent)  # where the `petitspas` console script is
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _environment(home: Path, shell: str, store: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "SHELL": f"/bin/{shell}",
        "TERM": "dumb",
        "PATH": f"{BIN}:/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PETITSPAS_STORE": str(store),
        "XDG_CACHE_HOME": str(home / "cache"),
        "NO_COLOR": "1",
    }


def _script(shell: str, env: dict[str, str]) -> str:
    # Typed in bash, whatever the shell asked for: the script is the one named.
    done = subprocess.run(
        ["bash", "-c", f"petitspas --show-completion {shell}; exit $?"],
        env={**env, "SHELL": "/bin/bash"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, ""), done
    return done.stdout


_ZSH_STUBS = """
compdef() { : ; }
_files() { print -r -- '<files>' ; }
_arguments() {
  local spec=$1 inner word value
  inner=${spec#'*: :(('}
  inner=${inner%'))'}
  for word in ${(z)inner}; do
    value=${(Q)word}
    print -r -- ${value%%:*}
  done
}
"""


def complete(shell: str, lines: list[str], home: Path, store: Path) -> list[list[str]]:
    """What Tab offers at the end of each command line, in the real `shell`."""
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    env = _environment(home, shell, store)
    script = home / f"petitspas.{shell}"
    script.write_text(_script(shell, env))
    body = []
    for line in lines:
        words = shlex.split(line) + ([""] if line.endswith(" ") else [])
        if shell == "bash":
            array = " ".join(shlex.quote(word) for word in words)
            body.append(
                f"COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; COMPREPLY=();"
                ' _petitspas_completion petitspas; printf "%s\\n" "${COMPREPLY[@]}"; echo ---'
            )
        elif shell == "zsh":
            array = " ".join(shlex.quote(word) for word in words)
            body.append(f"words=({array}); CURRENT={len(words)}; _petitspas_completion; echo ---")
        else:
            body.append(f"complete -C {shlex.quote(line)}; echo ---")
    source = f"source {shlex.quote(str(script))}"
    if shell == "bash":
        command = ["bash", "--norc", "--noprofile", "-c", "\n".join([source, *body])]
    elif shell == "zsh":
        command = ["zsh", "-f", "-c", "\n".join([_ZSH_STUBS, source, *body])]
    else:
        command = ["fish", "--no-config", "-c", "\n".join([source, *body])]
    done = subprocess.run(
        command,
        env=env,
        cwd=home,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, ""), done
    blocks = done.stdout.split("---\n")[:-1]
    return [[row.split("\t")[0] for row in block.splitlines() if row] for block in blocks]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "notes.txt").write_text("")
    return folder


def _two_steps(run: Run) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "--from-catalog", "bonjour").exit_code == 0
    assert run("add", "Ask an open question").exit_code == 0


VALUES = [
    ("petitspas export --format ", list(FORMATS)),
    ("petitspas export --format h", ["html"]),
    ("petitspas wins --format ", ["text", "md", "html"]),
    ("petitspas --lang ", list(i18n.LANGS)),
    ("petitspas init --lang f", ["fr"]),
    ("petitspas add --schedule ", ["workdays", "daily", *DAYS]),
    ("petitspas edit --schedule w", ["workdays", "wed"]),
    ("petitspas add --from-catalog ", [entry.key for entry in CATALOG]),
    ("petitspas add --from-catalog q", ["question-ouverte"]),
    ("petitspas edit ", ["bonjour", "ask-open-question", "1", "2"]),
    ("petitspas remove a", ["ask-open-question"]),
    ("petitspas move 2", ["2"]),
]


@pytest.mark.parametrize("shell", SHELLS)
def test_tab_offers_the_values_an_option_or_step_takes(
    shell: str, run: Run, home: Path, store_path: Path
) -> None:
    _two_steps(run)
    offered = complete(shell, [line for line, _ in VALUES], home, store_path)
    expected = [values for _, values in VALUES]
    if shell == "fish":  # fish shows them sorted
        offered, expected = [sorted(v) for v in offered], [sorted(v) for v in expected]
    assert offered == expected


def test_a_schedule_list_goes_on_after_a_comma(run: Run, home: Path, store_path: Path) -> None:
    lines = ["petitspas add --schedule mon,w", "petitspas add --schedule mon,wed,"]
    assert complete("bash", lines, home, store_path) == [
        ["mon,wed"],
        ["mon,wed,tue", "mon,wed,thu", "mon,wed,fri", "mon,wed,sat", "mon,wed,sun"],
    ]


@pytest.mark.parametrize("shell", SHELLS)
def test_a_missing_or_damaged_store_completes_no_step_and_says_nothing(
    shell: str, home: Path, store_path: Path
) -> None:
    lines = ["petitspas edit ", "petitspas --lang e"]
    missing = complete(shell, lines, home, store_path)
    store_path.parent.mkdir(parents=True)
    store_path.write_text('{"schema": 4, "steps": [')
    damaged = complete(shell, lines, home, store_path)
    # No value to offer: each shell falls back to file names, as for any other argument
    # (bash's COMPREPLY stays empty and `complete -o default` takes over).
    empty = {"bash": [], "zsh": ["<files>"], "fish": ["notes.txt", "petitspas.fish"]}
    assert missing == damaged == [empty[shell], ["en"]]


def test_completing_takes_no_lock_and_writes_nothing(
    run: Run, home: Path, store_path: Path
) -> None:
    _two_steps(run)
    before = store_path.read_bytes()
    lock = Path(f"{store_path}.lock")
    lock.unlink(missing_ok=True)
    assert complete("bash", ["petitspas remove "], home, store_path) == [
        ["bonjour", "ask-open-question", "1", "2"]
    ]
    assert store_path.read_bytes() == before
    assert not lock.exists()


@pytest.mark.parametrize("shell", SHELLS)
def test_show_completion_prints_the_script_of_the_shell_named(shell: str, tmp_path: Path) -> None:
    env = _environment(tmp_path, "bash", tmp_path / "s.json")
    script = _script(shell, env)
    marks = {
        "bash": "complete -o default -F _petitspas_completion petitspas",
        "zsh": "compdef _petitspas_completion petitspas",
        "fish": "complete --command petitspas",
    }
    assert marks[shell] in script
    assert [mark for other, mark in marks.items() if other != shell and mark in script] == []


def test_show_completion_alone_names_the_shell_it_runs_in(tmp_path: Path) -> None:
    # Typer looks among the process's parents (here bash), not at $SHELL.
    done = subprocess.run(
        ["bash", "-c", "petitspas --show-completion; exit $?"],
        env=_environment(tmp_path, "zsh", tmp_path / "s.json"),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done
    assert "complete -o default -F _petitspas_completion petitspas" in done.stdout

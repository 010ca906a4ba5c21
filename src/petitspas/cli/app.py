"""The command line's entry: every command registered, `argv` parsed by the one Typer app,
click's own outcomes turned into the exit codes `console.guarded` knows.

A command reads like a sentence over a Context: load the store (or lock it for a change), ask
the rules of `core` for the change and `present` for what to show. Errors are raised, never
printed here: `console.guarded` is the one place that says them.
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
import sys

import typer

from petitspas import console, i18n
from petitspas.cli import log, path, reports, store, wins
from petitspas.cli.insides import click_command, usage_error
from petitspas.cli.options import app
from petitspas.errors import INTERRUPTED, USAGE

# The commands by theme, each module registering its own; help lists them in this order.
THEMES = (path, log, wins, reports, store)
app.registered_commands.sort(
    key=lambda info: [theme.__name__ for theme in THEMES].index(info.callback.__module__)
)


def main() -> None:
    """`petitspas` and `python -m petitspas`, past the prompt's status shortcut."""
    console.run(lambda: invoke(sys.argv[1:]))


def invoke(argv: list[str]) -> int:
    """Typer parses `argv` and runs the command; click's own outcomes (a usage error, a
    question interrupted, an exit) become exit codes and exceptions `console.guarded` knows."""
    # Until --lang and the store say more: a typo among the options before the command,
    # and help, are said in the environment's language.
    i18n.set_language(i18n.environment_language())
    try:
        code = click_command(app).main(argv, prog_name="petitspas", standalone_mode=False)
    except typer.Abort:  # Ctrl-C or end of input at a question
        raise KeyboardInterrupt from None
    except typer.TyperException as error:  # click's usage errors: a bad flag, a typo
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `petitspas`: Typer has
            return USAGE  # printed the help already
        raise usage_error(error) from None
    if code == INTERRUPTED:  # Typer turns a Ctrl-C outside a question into 130
        raise KeyboardInterrupt
    return code if isinstance(code, int) else 0

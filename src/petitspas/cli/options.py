"""The Typer app, its global options, and what several commands share: options declared
once, and the ways a command prints.
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from petitspas import __version__, console, i18n
from petitspas.cli import completion
from petitspas.cli.context import Context
from petitspas.cli.insides import Command, Group, Text
from petitspas.errors import UsageError
from petitspas.i18n import t
from petitspas.storage import store as storage

app = typer.Typer(
    name="petitspas",
    cls=Group,
    no_args_is_help=True,
    invoke_without_command=True,  # options and no command: said in `_main`, in our words
    # Locals hold the manager's notes about colleagues: never print them in a traceback.
    pretty_exceptions_show_locals=False,
)


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str) -> Callable[[F], F]:
    """Register a command; its help is the message `help.<name>` (the docstring's words)."""
    register: Callable[[F], F] = app.command(name, cls=Command)
    return register


# Options several commands share, declared once.
DateOption = Annotated[str | None, typer.Option("--date", help="opt.date", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="opt.json")]


StepArgument = Annotated[
    str,
    typer.Argument(
        help="arg.step", show_default=False, click_type=Text(), autocompletion=completion.steps
    ),
]


def schedule_option(help_key: str) -> Any:
    """`--schedule`, as `add` and `edit` declare it (each with its own help)."""
    return typer.Option(
        "--schedule", help=help_key, show_default=False, autocompletion=completion.schedules
    )


ActiveStepArgument = Annotated[
    str | None,
    typer.Argument(
        help="arg.step", show_default=False, click_type=Text(), autocompletion=completion.steps
    ),
]


def choose_language(value: str | None) -> str | None:
    # Read before --help and everything else (is_eager), so that help is in this language;
    # Context.start makes the same choice again with the store's setting in view.
    i18n.choose(value)
    return value


def _version(value: bool) -> None:
    if value:
        console.write(f"petitspas {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar=storage.STORE_ENV,
            help="opt.store",
            dir_okay=True,
            # Not Typer's check: an unreadable store is a store problem (exit 3, docs/design.md),
            # said by store.load in petitspas' words.
            readable=False,
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            envvar=i18n.LANG_ENV,
            help="opt.lang",
            show_default=False,
            is_eager=True,
            callback=choose_language,
            autocompletion=completion.languages,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="opt.version")
    ] = False,
) -> None:
    """One small managerial habit at a time, repeated until it is automatic, then the next."""
    if ctx.invoked_subcommand is None:
        raise UsageError(t("usage.missing_command"))
    ctx.obj = Context.start(None if store is None else str(store), lang)


def say(*lines: str) -> None:
    console.write("".join(f"{line}\n" for line in lines))


def print_json(data: dict[str, Any]) -> None:
    import json

    say(json.dumps(data, ensure_ascii=False, indent=2))


def write_out(content: str, output: Path | None, context: Context) -> None:
    """An export or a digest: on stdout, or written to `output` (said on stderr)."""
    if output is None:
        return console.write(content)
    storage.write_export(output, content, context.path)
    console.write(t("export.written", path=output) + "\n", err=True)

"""What src/petitspas/cli/insides.py takes from Typer's insides is still there (typer < 0.29).

cli/insides.py is the one module that reaches past Typer's public names: into `typer._click` (its
own copy of click) for the parameter types and parser errors it says in petitspas' words,
and into `typer.main`, `typer.core` and `typer.rich_utils` to build the commands one at a
time and translate help. A Typer release that moves any of them breaks every command at
import; this test names what moved, and where to look.
"""

from __future__ import annotations

import importlib

import pytest

# (module, names cli/insides.py uses from it)
INSIDES = [
    ("typer._click.types", ["StringParamType", "IntParamType"]),
    (
        "typer._click.exceptions",
        ["NoSuchOption", "BadOptionUsage", "BadParameter", "MissingParameter"],
    ),
    ("typer.core", ["TyperGroup", "TyperCommand"]),
    ("typer.completion", ["show_callback", "install_callback"]),
    ("typer._completion_shared", ["Shells"]),
    ("typer.main", ["get_command", "get_command_from_info"]),
    (
        "typer.rich_utils",
        [
            "ARGUMENTS_PANEL_TITLE",
            "OPTIONS_PANEL_TITLE",
            "COMMANDS_PANEL_TITLE",
            "ENVVAR_STRING",
            "DEFAULT_STRING",
            "REQUIRED_LONG_STRING",
        ],
    ),
]


@pytest.mark.parametrize(("module", "names"), INSIDES)
def test_typers_insides_that_cli_uses_are_still_there(module: str, names: list[str]) -> None:
    import typer

    where = (
        f"src/petitspas/cli/insides.py reaches into Typer's private module {module}, and typer"
        f" {typer.__version__} no longer has"
    )
    try:
        found = importlib.import_module(module)
    except ImportError as error:
        pytest.fail(f"{where} it ({error}): pin typer in pyproject.toml or update cli/insides.py")
    missing = [name for name in names if not hasattr(found, name)]
    if missing:
        pytest.fail(
            f"{where} {', '.join(missing)}: pin typer in pyproject.toml or update cli/insides.py"
        )


def test_typers_parser_errors_are_the_ones_cli_catches() -> None:
    """cli.invoke catches `typer.TyperException` and sorts click's errors by class."""
    import typer
    from typer._click import exceptions

    assert issubclass(exceptions.NoSuchOption, typer.TyperException), (
        "src/petitspas/cli/insides.py: typer._click's parser errors are no TyperException any more"
    )

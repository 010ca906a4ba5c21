"""The floor any Typer program pays: one command that prints a line (bench.py's reference)."""

from __future__ import annotations

import typer

# Built like petitspas' app (no completion options), so the only difference left is petitspas.
app = typer.Typer(add_completion=False)


@app.command()
def hello() -> None:
    """Print one line."""
    typer.echo("hello")


def main() -> None:
    app(prog_name="reference")


if __name__ == "__main__":
    main()

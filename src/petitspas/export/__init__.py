"""The exports, one module per format behind this one registry, which also names the formats
in help and errors (`export --format`). A new format is one module and one line here.

Light on purpose: the command line reads the registry for every command's help, and a
format's module is imported only when that format is asked for.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from petitspas.core.model import Store
    from petitspas.present.report import Period

    Renderer = Callable[[Store, date, Period | None], str]
    """An export as a function of the store, the log day and the period (None: the whole
    history, notes and wins included)."""

# --format name → (its module, the function that writes it)
FORMATS = {
    "md": ("petitspas.export.markdown", "markdown"),
    "html": ("petitspas.export.html", "html_report"),
    "json": ("petitspas.export.json", "to_json"),
    "csv": ("petitspas.export.csv", "to_csv"),
}


# `wins --format`: the digests of the week's wins (export/digest.py writes each)
DIGESTS = ("text", "md", "html")


def renderer(form: str) -> Renderer:
    """The export `--format` names; a usage error naming the formats for another."""
    if form not in FORMATS:
        from petitspas.errors import UsageError
        from petitspas.i18n import t

        raise UsageError(t("export.bad_format", value=form, formats=format_list()))
    import importlib

    module, function = FORMATS[form]
    render: Renderer = getattr(importlib.import_module(module), function)
    return render


def format_list() -> str:
    """The formats as help and errors name them: "md, html, json or csv"."""
    from petitspas.i18n import either

    return either(list(FORMATS))

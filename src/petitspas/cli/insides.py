"""The one module that knows Typer's insides (typer < 0.29, pyproject.toml): help and
parser errors said in the language chosen, argument types help leaves unnamed, and the click
command built one command at a time. tests/test_typer_insides.py names what it takes.
"""

# No `from __future__ import annotations` here: Typer reads every parameter's annotation,
# and string annotations cost it an eval() each.
import functools
import itertools
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import Any

import typer
from typer._click import types as click_types  # typer < 0.29 (pyproject): its own click
from typer.core import TyperCommand, TyperGroup

from petitspas import i18n
from petitspas.errors import PetitspasError, UsageError
from petitspas.i18n import t

# --- help in the command's language --------------------------------------------------------


def _help_values() -> dict[str, str]:
    """What help texts name from the registries: the formats of `export` and `wins`."""
    from petitspas.export import DIGESTS, FORMATS, format_list

    return {
        "formats": format_list(),
        "export_formats": "|".join(FORMATS),
        "digest_formats": "|".join(DIGESTS),
    }


def translate(command: Any, key: str = "help.app") -> None:
    """Say the help of `command` and everything under it in the language chosen.

    Help texts are declared as message keys (`opt.date`) and only turned into words when
    help is shown, so that `petitspas --lang fr log --help` is in French. The words Typer
    draws around them (panel titles, "Usage:", its own options) are said here too.
    """
    command.help = t(key)
    if isinstance(command, TyperGroup):
        command.subcommand_metavar = t("typer.commands_metavar")
    for param in command.params:
        param_key = getattr(param, "help_key", None) or getattr(param, "help", None)
        if param.name in ("install_completion", "show_completion"):  # Typer's own
            param_key = f"opt.{param.name}"
        if isinstance(param_key, str) and i18n.is_key(param_key):
            param.help_key, param.help = param_key, t(param_key, **_help_values())
        meta_key = getattr(param, "meta_key", None) or _meta_key(param)
        if meta_key is not None:
            param.meta_key, param.metavar = meta_key, t(meta_key, **_help_values())
    for name, sub in getattr(command, "commands", {}).items():
        translate(sub, f"help.{name}")


_META_BY_OPTION = {
    "--date": "meta.date", "--from": "meta.date", "--to": "meta.date", "--week": "meta.date",
    "--lang": "meta.lang", "--day-starts-at": "meta.time", "--schedule": "meta.days",
    "--answers": "meta.answers", "--format": "meta.format", "--from-catalog": "meta.catalog",
}  # fmt: skip
_META_BY_TYPE = {
    "text": "meta.text", "str": "meta.text", "path": "meta.file", "directory": "meta.folder",
    "integer": "meta.number", "int": "meta.number",
}  # fmt: skip


def _meta_key(param: Any) -> str | None:
    """What an option's value is called in help: the key it was declared with (`meta.date`),
    else one by its type (TEXT, FILE, N) instead of Typer's `<str>`."""
    if i18n.is_key(param.metavar):
        return str(param.metavar)
    if param.param_type_name == "argument":  # STEP, POSITION, TITLE, FILE
        return f"meta.{param.name}" if i18n.is_key(f"meta.{param.name}") else "meta.file"
    if param.is_flag:
        return None
    return _META_BY_OPTION.get(param.opts[-1]) or _META_BY_TYPE.get(param.type.name)


class _Translated:
    """Help said in the language chosen, whichever command's help is asked for."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from typer import rich_utils  # read by Typer when it draws the help, not before

        translate(ctx.find_root().command)
        rich_utils.ARGUMENTS_PANEL_TITLE = t("typer.arguments")
        rich_utils.OPTIONS_PANEL_TITLE = t("typer.options")
        rich_utils.COMMANDS_PANEL_TITLE = t("typer.commands")
        rich_utils.ENVVAR_STRING = t("typer.envvar")
        rich_utils.DEFAULT_STRING = t("typer.default")
        rich_utils.REQUIRED_LONG_STRING = t("typer.required")
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("typer.usage") + " ")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except typer.TyperException as error:  # the parser's errors know no command
            if getattr(error, "ctx", False) is None:
                error.ctx = ctx  # type: ignore[attr-defined]
            raise

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("opt.help")
        return option


class Group(_Translated, TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """`--show-completion zsh` (or `--install-completion zsh`): the script of the shell
        named. Typer declares both as flags, so the shell named was left over and the one
        found among the process's parents used instead (bash's script, typed in bash)."""
        named = _shell_named(args, self.commands)
        if named is not None and not ctx.resilient_parsing:
            from typer import completion  # what Typer's own two flags call

            option, shell = named
            act = completion.show_callback if option == "--show-completion" else (
                completion.install_callback
            )  # fmt: skip
            param = next(param for param in self.params if option in param.opts)
            act(ctx, param, shell)  # exits, as Typer's flags do
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """A command that does not exist, said in petitspas' words with the one meant."""
        name = args[0] if args else ""
        missing = name and not name.startswith("-") and self.get_command(ctx, name) is None
        if missing and not ctx.resilient_parsing:  # resilient: shell completion at work
            like = closest(name, self.list_commands(ctx))
            key = "usage.no_command_like" if like else "usage.no_command"
            raise UsageError(t(key, name=name, like=like or ""))
        return super().resolve_command(ctx, args)


class Command(_Translated, TyperCommand):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Words left over (`add Say hello` without quotes), said in petitspas' words."""
        ctx.allow_extra_args = True
        rest: list[str] = super().parse_args(ctx, args)
        if rest and not ctx.resilient_parsing:  # resilient: shell completion at work
            # A title typed without quotes is the usual cause; elsewhere, the help says more.
            texts = any(param.name == "title" for param in self.params)
            key = "usage.extra_words_quote" if texts else "usage.extra_words"
            raise UsageError(t(key, command=ctx.command_path, words=" ".join(rest)))
        return rest


def _shell_named(args: list[str], commands: Iterable[str]) -> tuple[str, str] | None:
    """(`--show-completion` or `--install-completion`, the shell) when a shell Typer knows
    is named after one of them, among the options before the command."""
    from typer._completion_shared import Shells

    shells, commands = {shell.value for shell in Shells}, set(commands)
    for option, word in itertools.pairwise(args):
        if option in commands or option == "--":
            return None  # what follows is the command's own
        if option in ("--show-completion", "--install-completion") and word in shells:
            return option, word
    return None


# STEP: an id or a number in `path`; optional for `edit` (the active step), needed elsewhere.


class _Unnamed:
    """An argument's type that help leaves unsaid: `STEP`, where Typer writes `STEP <str>`."""

    def get_metavar(self, param: Any, ctx: Any) -> str:
        return ""


class Text(_Unnamed, click_types.StringParamType):
    pass


class Number(_Unnamed, click_types.IntParamType):
    pass


@functools.cache
def click_command(app: typer.Typer) -> Any:
    """The click group Typer builds from `app`, its commands built only when looked up.

    Built once per process, where `app(argv)` builds it anew on every call (~10 ms: a third
    of the test suite's time, which runs thousands of commands in one process). Typer builds
    the group without its commands, and `_Commands` builds each from its registration on
    first use: a command line runs one, and building all 19 cost every command ~2.5 ms
    (measured on `log`; help and errors, which name them all, build them all)."""
    registered = app.registered_commands
    app.registered_commands = []
    try:
        group = typer.main.get_command(app)
    finally:
        app.registered_commands = registered
    group.commands = _Commands(app, registered)  # type: ignore[attr-defined]
    return group


class _Commands(MutableMapping[str, Any]):
    """A group's click commands by name, in the order registered, each built by Typer
    (`typer.main.get_command_from_info`, as `get_command` would) the first time it is read."""

    def __init__(self, app: typer.Typer, registered: list[Any]) -> None:
        self._app = app
        self._registered = {info.name: info for info in registered}
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = typer.main.get_command_from_info(
                self._registered[name],  # KeyError for a name not registered, as a dict
                pretty_exceptions_short=self._app.pretty_exceptions_short,
                rich_markup_mode=self._app.rich_markup_mode,
            )
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._registered.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._registered[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._registered)

    def __len__(self) -> int:
        return len(self._registered)


def closest(typed: str, known: Sequence[str]) -> str | None:
    """The command or option a typo meant: letters swapped first (for `--dnoe`, difflib
    finds `--note` as close as `--done`), else the closest by difflib."""
    import difflib  # for typos only

    like = [name for name in known if sorted(name) == sorted(typed)]
    like = like or difflib.get_close_matches(typed, known, n=1)
    return like[0] if like else None


def usage_error(error: Any) -> PetitspasError:
    """What click's parser refused (an unknown option, a missing value or argument, a word
    that is not a number), said like every other error: one line, in the language chosen,
    with the way out. Typer is pinned below 0.29, whose click these classes are."""
    from typer._click import exceptions as refused

    ctx: Any = getattr(error, "ctx", None)
    command, params = "petitspas", []
    if ctx is not None:
        command, params = ctx.command_path, ctx.command.params
        translate(ctx.find_root().command)  # names as help spells them: POSITION
    if isinstance(error, refused.NoSuchOption):
        like = closest(error.option_name, error.possibilities or [])
        key = "usage.no_option_like" if like else "usage.no_option"
        return UsageError(t(key, command=command, option=error.option_name, like=like or ""))
    if isinstance(error, refused.BadOptionUsage):
        flag = any(p.is_flag for p in params if error.option_name in p.opts)
        key = "usage.takes_no_value" if flag else "usage.needs_value"
        return UsageError(t(key, option=error.option_name, command=command))
    if isinstance(error, refused.BadParameter) and error.param is not None:
        param, name = error.param, error.param.opts[0]
        if isinstance(error, refused.MissingParameter):
            return UsageError(t("usage.missing", command=command, name=param.human_readable_name))
        if param.param_type_name == "argument":
            name = param.human_readable_name
        if param.type.name in ("integer", "int"):
            return UsageError(t("usage.whole_number", name=name, command=command))
        if param.type.name == "directory":
            return UsageError(t("usage.not_a_folder", name=name))
        return UsageError(t("usage.bad_value", name=name, problem=error.message))
    return UsageError(str(error.format_message()))  # anything else, in click's own words

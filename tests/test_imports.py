"""Imports point down, and the prompt's `status` stays light.

The package's imports (inside functions and under TYPE_CHECKING too) form no cycle. The
prompt's `status` runs in a fresh interpreter through `petitspas.__main__.main` (the console
script's entry point), and the modules it loaded are listed once it has finished.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import python

NOW = "2026-11-27T21:00"

# Runs petitspas' entry point with the given arguments, then writes the exit code and every
# loaded module to the file named first. Nothing imported here beyond what Python starts with.
DRIVER = """
import sys
out = sys.argv[1]
sys.argv = ["petitspas", *sys.argv[2:]]
from petitspas.__main__ import main
try:
    main()
except SystemExit as stop:
    code = stop.code
else:
    code = 0
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\\n".join([str(code), *sorted(sys.modules)]))
"""

COMMANDS = {
    "status": ("status",),
    "status-kept": ("status",),  # run twice: the second answer comes from statuscache
    "review": ("review",),
    "export": ("export",),
    "export-html": ("export", "--format", "html"),
}


def _environment() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PETITSPAS_")}
    env.update(PETITSPAS_NOW=NOW, LANG="C.UTF-8", NO_COLOR="1", COLUMNS="80")
    return env


def _petitspas(store: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "petitspas", "--store", str(store), *args],
        env=_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def loaded_by(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], frozenset[str]]:
    """The modules each command loads, run once per command on a fresh copy of one store."""
    template = tmp_path_factory.mktemp("template") / "petitspas.json"
    _petitspas(template, "init", "--vision", "A team that dares", "--lang", "en")
    _petitspas(template, "add", "Say good morning", "--cue", "When I arrive", "--schedule", "daily")
    found: dict[str, frozenset[str]] = {}

    def loaded(command: str) -> frozenset[str]:
        if command not in found:
            folder = tmp_path_factory.mktemp(command)
            store = folder / "petitspas.json"
            shutil.copyfile(template, store)
            before = store.read_bytes()
            out = folder / "modules.txt"
            env = {**_environment(), "XDG_CACHE_HOME": str(folder / "cache")}
            for _ in range(2 if command == "status-kept" else 1):
                # The store from the environment: `--store` would go to Typer.
                env["PETITSPAS_STORE"] = str(store)
                done = python("-c", DRIVER, str(out), *COMMANDS[command], env=env)
            assert done.returncode == 0, done.stderr
            code, *modules = out.read_text(encoding="utf-8").splitlines()
            # A refused command would load less and prove nothing.
            assert code in ("0", "None"), done.stderr
            assert store.read_bytes() == before
            found[command] = frozenset(modules)
        return found[command]

    return loaded


def test_review_does_load_the_renderer(loaded_by: Callable[[str], frozenset[str]]) -> None:
    # Shows that the listing sees lazy imports, so the tests above can fail.
    assert "petitspas.present.render" in loaded_by("review")


@pytest.mark.parametrize("command", ["review", "export"])
def test_the_html_export_is_loaded_only_for_html(
    loaded_by: Callable[[str], frozenset[str]], command: str
) -> None:
    assert "petitspas.export.html" in loaded_by("export-html")
    assert "petitspas.export.html" not in loaded_by(command)


@pytest.mark.parametrize("module", ["rich.table", "rich._emoji_codes"])
def test_review_draws_without_rich_tables_or_emoji_codes(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # The review lays out its columns itself (render._columns, render._labelled): rich.table
    # measures each of the heatmap's hundred cells twice. Emoji codes (:smile:) are off, so
    # their table of names is never loaded.
    assert module not in loaded_by("review")


@pytest.mark.parametrize(
    "module",
    ["typer", "pydantic", "click", "typer._click", "rich", "petitspas.cli.app", "inspect",
     "petitspas.present.data", "petitspas.present.sentences", "petitspas.present.report"],
)  # fmt: skip
def test_the_prompt_status_skips_typer(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # Answered by __main__.py before the command line is parsed: status sits in shell
    # prompts (within 3 x `python -c pass` when nothing is kept). Of `present`, it loads
    # present.status alone.
    assert module not in loaded_by("status")


@pytest.mark.parametrize(
    "module",
    ["json", "re", "petitspas.storage.schema", "petitspas.i18n", "petitspas.present.status"],
)
def test_a_kept_status_parses_nothing(
    loaded_by: Callable[[str], frozenset[str]], module: str
) -> None:
    # The second status on an unchanged store prints its kept answer: json and re alone
    # are about 10 ms of imports, the prompt's whole budget over a bare interpreter.
    assert module in loaded_by("status")
    assert module not in loaded_by("status-kept")


PACKAGE = Path(__file__).parent.parent / "src" / "petitspas"


def _module(path: Path) -> str:
    """The dotted name of a file of the package: src/petitspas/core/model.py is
    petitspas.core.model, a package's __init__.py its package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(file): file for file in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """The petitspas modules `path` imports anywhere: at the top, inside functions, under
    TYPE_CHECKING."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # `from petitspas.storage import store` imports the module petitspas.storage.store.
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    packages = {name for name, file in MODULES.items() if file.name == "__init__.py"}
    return {name for name in found if name in MODULES and name not in packages} - {_module(path)}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of `graph`, as the modules along it, or None."""
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> list[str] | None:
        state[module] = "open"
        for imported in sorted(graph.get(module, ())):
            if state.get(imported) == "open":
                return (
                    [*trail[trail.index(imported) :], imported]
                    if imported in trail
                    else [
                        module,
                        imported,
                    ]
                )
            if imported not in state and (found := visit(imported, [*trail, imported])):
                return found
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module, [module])):
            return found
    return None


def test_the_package_has_no_import_cycle() -> None:
    graph = {name: _imports(file) for name, file in MODULES.items() if file.name != "__init__.py"}
    assert _cycle(graph) is None
    # Can fail: the walk sees imports inside functions.
    assert "petitspas.cli.app" in graph["petitspas.__main__"]


# The house by concept: each package's modules import only the packages under it.
LAYERS = {
    "petitspas.core": {"petitspas.core", "petitspas.i18n", "petitspas.errors"},
    "petitspas.storage": {"petitspas.storage", "petitspas.core", "petitspas.i18n",
                          "petitspas.errors"},
    "petitspas.present": {"petitspas.present", "petitspas.core", "petitspas.storage",
                          "petitspas.i18n", "petitspas.errors", "petitspas.console"},
    "petitspas.export": {"petitspas.export", "petitspas.present", "petitspas.core",
                         "petitspas.storage", "petitspas.i18n", "petitspas.errors",
                         "petitspas.console"},
}  # fmt: skip


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_a_package_imports_only_the_ones_under_it(package: str) -> None:
    above = {
        (name, imported)
        for name, file in MODULES.items()
        if name.startswith(f"{package}.")
        for imported in _imports(file)
        if not any(imported == allowed or imported.startswith(f"{allowed}.")
                   for allowed in LAYERS[package])
    }  # fmt: skip
    assert above == set()


def test_nothing_imports_the_command_line_but_the_entry_point() -> None:
    importers = {
        name
        for name, file in MODULES.items()
        if not name.startswith("petitspas.cli")
        and any(imported.startswith("petitspas.cli") for imported in _imports(file))
    }
    assert importers == {"petitspas.__main__"}


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_console_imports_nothing_above_it() -> None:
    assert _imports(PACKAGE / "console.py") <= {"petitspas.errors", "petitspas.i18n"}


def test_every_command_reads_as_a_short_sentence() -> None:
    """docs/design.md: a command function past 15 lines (its docstring aside) is logic leaking into
    the command line; it belongs in core or present."""
    import ast

    lengths = {}
    for module in (PACKAGE / "cli").glob("*.py"):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and getattr(d.func, "id", "") == "command"
                for d in node.decorator_list
            ):
                first = node.body[1] if isinstance(node.body[0], ast.Expr) else node.body[0]
                assert node.end_lineno is not None
                lengths[node.name] = node.end_lineno - first.lineno + 1
    assert len(lengths) == 21  # every command docs/design.md lists
    assert {name: n for name, n in lengths.items() if n > 15} == {}

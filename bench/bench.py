"""Time whole petitspas processes as ratios to `python -c pass` timed in the same run.

Run from the repository root:

    python bench/bench.py [--runs N] [--quick] [--seed S] [--venv DIR | --fresh]

Standard library only. It times the console script of one virtual environment, and says
which: the one this interpreter runs in, `--venv DIR`, or with `--fresh` one it builds by
the README's install line (a current pip first, whose launcher imports only `sys`), so that
the launcher timed is the one a user gets. Every command is timed as a whole process
(`subprocess.run` between two `time.perf_counter_ns()` calls, output thrown away),
interleaved with `python -c pass` (the floor of any Python command, which no library's
release moves) and a bare Typer app (the floor of any Typer command, for information) in a
shuffled order each round, so that a slow spell of the machine hits every row alike. Noise
only ever adds time, so the budgets compare the fastest runs; the median of the ratios
within each round is shown beside them. Exit 0 after printing (a measurement, not a test),
or 2 if a command fails: a refused command would look fast.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

NOW = "2026-11-27T21:00"
"""A Friday evening: the demo leaves today unlogged, like a manager about to log."""

WEEKS = (10, 520)
DEFAULT_RUNS = 40
QUICK_RUNS = 5
DEFAULT_SEED = 7
TIMEOUT = 120.0
BENCH_DIR = Path(__file__).resolve().parent
REPOSITORY = BENCH_DIR.parent
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NAMED_SCHEDULES = {"workdays": frozenset(range(5)), "daily": frozenset(range(7))}

TYPER_REF = "typer reference"
PASS_REF = "python -c pass"

# Budgets in `python -c pass` (fastest over fastest), on the ten-week store unless the row
# says otherwise: STYLE.md, "Speed where a person feels it".
BUDGETS = {
    "status 10w": 1.6,  # kept: as a shell prompt meets it, before every command typed
    "status cold 10w": 2.5,  # nothing kept: the first status after a log
    "log 10w": 6.2,
    "check 10w": 6.2,
    "remind 10w": 6.2,
    # `wins` (<= 6.2) has its row here once the command exists: none is timed until then.
    "path 10w": 7.5,
    "review 10w": 7.5,
    "export 10w": 6.2,
    "merge 520w": 25.0,  # two ten-year copies, one mark apart
}
GROWTH = {
    "status cold": 0.75,
    "remind": 0.75,
    "log": 1.0,
    "check": 1.0,
    "path": 1.0,
    "review": 1.0,
    "export": 2.0,
}
"""Ten years over ten weeks: the median of the paired differences, in `python -c pass`."""
HTML_BUDGET_MS = 500.0
"""The HTML export of ten years (its own issue's budget, in milliseconds)."""


class Abort(Exception):
    """A command failed before or during timing: the figures would mean nothing."""


@dataclass
class Command:
    """One row of the table: the command lines it runs, in turn, and the times measured."""

    name: str
    argvs: Iterator[list[str]]
    store: Path | None = None
    """For `log`: the store every run must write to (its revision must go up by one)."""
    cold_cache: Path | None = None
    """For `status` with nothing kept: its own cache folder, emptied before every run."""
    store_env: Path | None = None
    """For `status`: the store named by $PETITSPAS_STORE, as a shell prompt calls it."""
    pristine: Path | None = None
    """For `merge`: copied over `store` before every run, so that every run merges alike."""
    samples_ns: list[int] = field(default_factory=list)

    def environment(self, env: dict[str, str]) -> dict[str, str]:
        if self.pristine is not None and self.store is not None:
            shutil.copyfile(self.pristine, self.store)
        if self.store_env is not None:
            env = {**env, "PETITSPAS_STORE": str(self.store_env)}
        if self.cold_cache is None:
            return env
        shutil.rmtree(self.cold_cache, ignore_errors=True)
        return {**env, "XDG_CACHE_HOME": str(self.cold_cache)}


@dataclass(frozen=True, slots=True)
class Stats:
    minimum: float
    median: float
    maximum: float
    millis: tuple[float, ...]
    """Every run, in round order: run i of every command belongs to the same round."""

    @classmethod
    def of(cls, samples_ns: list[int]) -> Stats:
        millis = tuple(sample / 1e6 for sample in samples_ns)
        return cls(min(millis), statistics.median(millis), max(millis), millis)

    def paired(self, other: Stats) -> float:
        """The median, over rounds, of this run's time over `other`'s in the same round: a
        machine that slows down for a while slows both, so this moves less than minimums."""
        return statistics.median(a / b for a, b in zip(self.millis, other.millis, strict=True))


@dataclass(frozen=True, slots=True)
class LogPlan:
    """Where `log` writes: a past due day of the active step, and the marks to alternate."""

    day: date
    marks: tuple[str, str]


# --- the stores ----------------------------------------------------------------------------


def read_store(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def schedule_days(schedule: str) -> frozenset[int]:
    if schedule in NAMED_SCHEDULES:
        return NAMED_SCHEDULES[schedule]
    return frozenset(WEEKDAYS.index(day) for day in schedule.split(","))


def log_day(now: datetime, day_starts_at: str) -> date:
    hours, minutes = (int(part) for part in day_starts_at.split(":"))
    return (now - timedelta(hours=hours, minutes=minutes)).date()


def plan_log(store: Path) -> LogPlan:
    """The latest due day before today; start with the mark it does not have, so it writes."""
    data = read_store(store)
    active = next((step for step in data["steps"] if step["status"] == "active"), None)
    if active is None:
        raise Abort(f"{store}: the demo store has no active step to log")
    started = date.fromisoformat(active["started"])
    due = schedule_days(active["schedule"])
    day = log_day(datetime.fromisoformat(NOW), data["settings"]["day_starts_at"])
    day -= timedelta(days=1)
    while day.weekday() not in due:
        day -= timedelta(days=1)
    if day < started:
        raise Abort(f"{store}: the active step has no due day before today")
    current = active["marks"].get(day.isoformat(), {}).get("mark")
    marks = ("--missed", "--done") if current == "done" else ("--done", "--missed")
    return LogPlan(day, marks)


def build_store(console: Path, folder: Path, weeks: int, env: dict[str, str]) -> Path:
    argv = [str(console), "--lang", "en", "demo", "--dir", str(folder), "--weeks", str(weeks)]
    done = subprocess.run(
        argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise Abort(failure(argv, done.returncode, done.stderr))
    return folder / "petitspas.json"


# --- running -------------------------------------------------------------------------------


def failure(argv: list[str], code: int, stderr: bytes | None) -> str:
    text = f"`{shown(argv)}` exited {code}"
    detail = (stderr or b"").decode("utf-8", "replace").strip()
    return f"{text}:\n  {detail}" if detail else text


def shown(argv: list[str]) -> str:
    return " ".join(Path(part).name if os.sep in part else part for part in argv)


def revision(store: Path | None) -> int:
    return -1 if store is None else int(read_store(store)["revision"])


def check_once(command: Command, env: dict[str, str]) -> None:
    """Run one command line untimed, with its stderr kept for the message if it fails."""
    argv = next(command.argvs)
    env = command.environment(env)  # first: it may put the store back as it was
    before = revision(command.store)
    done = subprocess.run(
        argv,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise Abort(f"{command.name}: {failure(argv, done.returncode, done.stderr)}")
    if command.store is not None and revision(command.store) <= before:
        raise Abort(f"{command.name}: `{shown(argv)}` did not write the store")


def time_once(command: Command, env: dict[str, str]) -> None:
    argv = next(command.argvs)
    env = command.environment(env)  # first: it may put the store back as it was
    before = revision(command.store)
    start = time.perf_counter_ns()
    # No timeout here: with one, Popen.wait polls with sleeps of up to 50 ms, and the times
    # come out in steps of 50 ms. The untimed pre-check, which has one, catches a hang.
    done = subprocess.run(
        argv,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    elapsed = time.perf_counter_ns() - start
    if done.returncode != 0:
        raise Abort(f"{command.name}: `{shown(argv)}` exited {done.returncode} while timed")
    if command.store is not None and revision(command.store) <= before:
        raise Abort(f"{command.name}: `{shown(argv)}` did not write the store while timed")
    command.samples_ns.append(elapsed)


def environment(pycache: Path) -> dict[str, str]:
    """The caller's environment, minus what would change what petitspas does or costs."""
    dropped = ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "PYTHONPYCACHEPREFIX")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("PETITSPAS_") and name not in dropped
    }
    # Bytecode is cached, as on a user's machine, but under a private prefix: the warm-up
    # compiles everything once, and nothing is written into src/ or site-packages.
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["PETITSPAS_NOW"] = NOW
    # status keeps its answer in the user cache folder (statuscache.py): a private one.
    env["XDG_CACHE_HOME"] = str(pycache.parent / "cache")
    return env


def reference_launcher(folder: Path, console: Path) -> Path:
    """A launcher for reference_app.py: a copy of the console script (same shebang, same
    code) that imports the reference app instead of petitspas."""
    script = console.read_text(encoding="utf-8")
    if LAUNCHER_IMPORT not in script:
        raise Abort(f"{console}: no `{LAUNCHER_IMPORT}` line: not a pip console script")
    folder.mkdir()
    shutil.copyfile(BENCH_DIR / "reference_app.py", folder / "reference_app.py")
    launcher = folder / "reference-app"
    launcher.write_text(script.replace(LAUNCHER_IMPORT, "from reference_app import main"))
    launcher.chmod(0o755)
    return launcher


LAUNCHER_IMPORT = "from petitspas.__main__ import main"


def interpreter_of(console: Path) -> Path:
    """The interpreter of the console script's shebang: `python -c pass` runs the same one."""
    first_line = console.read_text(encoding="utf-8").splitlines()[0]
    if not first_line.startswith("#!"):
        raise Abort(f"{console}: no shebang line")
    return Path(first_line[2:].strip())


def launcher_note(console: Path) -> str:
    if "import re" in console.read_text(encoding="utf-8"):
        return (
            "  NOTE: this launcher imports `re` (an older pip wrote it: ~4 ms on every command);"
            "\n  the README's install line upgrades pip first (or: --fresh)"
        )
    return "  (written by a current pip: it imports `sys` alone, as the README's install gives)"


def fresh_venv(folder: Path) -> Path:
    """A virtual environment made by the README's install line, petitspas installed editable
    from this repository; its console script."""
    python = Path(sys.executable)
    steps = [
        [str(python), "-m", "venv", str(folder)],
        [str(folder / "bin" / "pip"), "install", "--quiet", "--upgrade", "pip"],
        [str(folder / "bin" / "pip"), "install", "--quiet", "-e", str(REPOSITORY)],
    ]
    for argv in steps:
        done = subprocess.run(argv, capture_output=True, timeout=600, check=False)
        if done.returncode != 0:
            raise Abort(failure(argv, done.returncode, done.stderr))
    return folder / "bin" / "petitspas"


def diverged_copies(store: Path, folder: Path, console: Path, env: dict[str, str]) -> Path:
    """Two copies of `store` one mark apart (the other copy logged a day this one did not,
    as two machines do): returns the other's path; ours is `folder / "ours.json"`."""
    folder.mkdir()
    ours, theirs = folder / "ours.json", folder / "theirs.json"
    shutil.copyfile(store, ours)
    shutil.copyfile(store, theirs)
    plan = plan_log(theirs)
    argv = [str(console), "--store", str(theirs), "log", plan.marks[0], "--date"]
    argv.append(plan.day.isoformat())
    done = subprocess.run(argv, env=env, capture_output=True, timeout=TIMEOUT, check=False)
    if done.returncode != 0:
        raise Abort(failure(argv, done.returncode, done.stderr))
    return theirs


def commands_for(
    console: Path, stores: dict[int, Path], plans: dict[int, LogPlan], folder: Path,
    env: dict[str, str],
) -> list[Command]:  # fmt: skip
    """`log` writes to a copy of each store of its own, so that the others read a store
    that does not change under them. `status` twice: as a prompt meets it (its answer kept
    from the run before, the store unchanged since), and cold (nothing kept: the first
    status after a log)."""
    commands = []
    for weeks, store in stores.items():
        written = folder / f"D{weeks}-log" / store.name
        written.parent.mkdir()
        shutil.copyfile(store, written)
        logs = [
            [
                str(console),
                "--store",
                str(written),
                "log",
                mark,
                "--date",
                plans[weeks].day.isoformat(),
            ]
            for mark in plans[weeks].marks
        ]
        # One self-check a day: alternate the answers, so that each run replaces the last;
        # answers no demo gives (its four lie within two points), so the first run writes too.
        checks = [
            [*logs[0][:3], "check", "--answers", answers, "--date", plans[weeks].day.isoformat()]
            for answers in ("7,1,7,1", "1,7,1,7")
        ]
        base = [str(console), "--store", str(store)]
        # Exactly `petitspas status`, the store from the environment: the prompt's shortcut.
        status = [str(console), "status"]
        commands += [
            Command(f"status {weeks}w", itertools.repeat(status), store_env=store),
            Command(
                f"status cold {weeks}w",
                itertools.repeat(status),
                cold_cache=folder / f"cold-cache-{weeks}",
                store_env=store,
            ),
            Command(f"log {weeks}w", itertools.cycle(logs), store=written),
            Command(f"check {weeks}w", itertools.cycle(checks), store=written),
            # The demo leaves Friday evening unlogged: remind prints its nudge, as cron meets it.
            Command(f"remind {weeks}w", itertools.repeat([*base, "remind"])),
            Command(f"path {weeks}w", itertools.repeat([*base, "path"])),
            Command(f"review {weeks}w", itertools.repeat([*base, "review"])),
            Command(f"export {weeks}w", itertools.repeat([*base, "export"])),
        ]
    ten_years = stores[WEEKS[1]]
    theirs = diverged_copies(ten_years, folder / "merge", console, env)
    ours = theirs.with_name("ours.json")
    pristine = theirs.with_name("pristine.json")
    shutil.copyfile(ours, pristine)
    commands.append(
        Command(
            f"merge {WEEKS[1]}w",
            itertools.repeat([str(console), "--store", str(ours), "merge", str(theirs)]),
            store=ours,
            pristine=pristine,
        )
    )
    commands.append(
        Command(
            f"export html {WEEKS[1]}w",
            itertools.repeat(
                [*[str(console), "--store", str(ten_years)], "export", "--format", "html"]
            ),
        )
    )
    return commands


# --- report --------------------------------------------------------------------------------


def ratio_rows(stats: dict[str, Stats]) -> list[tuple[str, float, float, str]]:
    """(row, fastest ×, median ×, verdict) for every row, budgets first, in table order."""
    pass_ref = stats[PASS_REF]
    rows = []
    for name, row in stats.items():
        fastest = row.minimum / pass_ref.minimum
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else ("ok" if fastest <= budget else "OVER")
        rows.append((name, fastest, row.paired(pass_ref), verdict))
    return rows


def print_table(stats: dict[str, Stats]) -> list[str]:
    """Every row as a ratio to `python -c pass`; returns the rows over their budget."""
    over = []
    header = (
        f"{'row':<20} {'fastest ms':>10} {'median ms':>10} {'fastest x':>10} {'median x':>9}"
        f"  {'budget':>8}"
    )
    print("ratios to `python -c pass`: fastest over fastest (the verdict: noise only adds")
    print("time), and the median over rounds of the ratio within each round (moves less):")
    print(header)
    print("-" * (len(header) + 6))
    for name, fastest, median, verdict in ratio_rows(stats):
        row = stats[name]
        budget = BUDGETS.get(name)
        limit = "" if budget is None else f"<= {budget:.2f}"
        note = verdict or ("(floor of a Typer command)" if name == TYPER_REF else "")
        print(
            f"{name:<20} {row.minimum:10.1f} {row.median:10.1f} {fastest:10.2f} {median:9.2f}"
            f"  {limit:>8}  {note}".rstrip()
        )
        if verdict == "OVER":
            over.append(name)
    return over


def print_growth(stats: dict[str, Stats]) -> list[str]:
    """Ten years over ten weeks, in units of `python -c pass` of the same round; returns the
    commands over their budget. The median of the paired differences decides."""
    over = []
    pass_ref = stats[PASS_REF]
    ten_weeks, ten_years = WEEKS
    print(f"ten years over ten weeks ({ten_years}w - {ten_weeks}w), in `python -c pass`:")
    header = f"{'command':<20} {'fastest':>10} {'median paired':>14}  {'budget':>8}"
    print(header)
    print("-" * (len(header) + 6))
    for command, budget in GROWTH.items():
        small, large = stats[f"{command} {ten_weeks}w"], stats[f"{command} {ten_years}w"]
        fastest = (large.minimum - small.minimum) / pass_ref.minimum
        paired = statistics.median(
            (big - little) / floor
            for big, little, floor in zip(large.millis, small.millis, pass_ref.millis, strict=True)
        )
        verdict = "ok" if paired <= budget else "OVER"
        print(
            f"{command:<20} {fastest:10.2f} {paired:14.2f}  {'<= ' + f'{budget:.2f}':>8}  {verdict}"
        )
        if verdict == "OVER":
            over.append(f"{command} ({ten_years}w - {ten_weeks}w)")
    return over


def print_html(stats: dict[str, Stats]) -> list[str]:
    html = stats[f"export html {WEEKS[1]}w"]
    verdict = "ok" if html.minimum <= HTML_BUDGET_MS else "OVER"
    print(
        f"export html {WEEKS[1]}w: fastest {html.minimum:.0f} ms, median {html.median:.0f} ms"
        f"  <= {HTML_BUDGET_MS:.0f} ms  {verdict}"
    )
    return [f"export html {WEEKS[1]}w"] if verdict == "OVER" else []


def describe_store(weeks: int, store: Path, plan: LogPlan) -> str:
    data = read_store(store)
    marks = sum(len(step["marks"]) for step in data["steps"])
    size = store.stat().st_size
    alternating = " / ".join(mark.lstrip("-") for mark in plan.marks)
    return (
        f"  {weeks:>3} weeks: {size:>7} bytes, {len(data['steps'])} steps, {marks} marks;"
        f" log alternates {alternating} on {plan.day.isoformat()} ({plan.day:%a})"
    )


# --- main ----------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, help=f"rounds (default {DEFAULT_RUNS})")
    parser.add_argument(
        "--quick", action="store_true", help=f"{QUICK_RUNS} rounds unless --runs is given"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="shuffle seed")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--venv",
        type=Path,
        help="time this virtual environment's console script"
        " (default: the one this interpreter runs in)",
    )
    where.add_argument(
        "--fresh", action="store_true",
        help="build a virtual environment by the README's install line and time it",
    )  # fmt: skip
    args = parser.parse_args()
    if args.runs is None:
        args.runs = QUICK_RUNS if args.quick else DEFAULT_RUNS
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def print_configuration(
    args: argparse.Namespace, console: Path, stores: dict[int, Path], plans: dict[int, LogPlan]
) -> None:
    print("petitspas whole-process benchmark")
    print(
        f"machine: {os.cpu_count()} CPUs, {platform.system()} {platform.machine()},"
        f" {platform.python_implementation()} {platform.python_version()}"
    )
    built = " (built by --fresh: the README's install line)" if args.fresh else ""
    print(f"virtual environment: {console.parent.parent}{built}")
    print(f"launcher: its console script {console.name}, executed directly")
    print(launcher_note(console))
    print("  the Typer reference (bench/reference_app.py: one command printing a line) through")
    print("  a copy of that launcher; `python -c pass` with the launcher's interpreter")
    print(
        f"configuration: {args.runs} rounds, each running every row once in an order"
        f" shuffled with seed {args.seed};"
    )
    print(f"  PETITSPAS_NOW={NOW}; stdin, stdout and stderr on /dev/null;")
    print("  bytecode cached under a private PYTHONPYCACHEPREFIX, warmed by the pre-check;")
    print("  every `log`, `check` and `merge` run must raise its store's revision")
    print("stores (petitspas --lang en demo --weeks N):")
    for weeks, store in stores.items():
        print(describe_store(weeks, store, plans[weeks]))
    sys.stdout.flush()


def measure(commands: list[Command], env: dict[str, str], runs: int, seed: int) -> None:
    """Pre-check every command, then time `runs` rounds of all of them in shuffled orders."""
    for command in commands:
        # `log` twice: both of the marks it alternates must write.
        for _ in range(2 if command.store else 1):
            check_once(command, env)
    rounds = random.Random(seed)
    for _ in range(runs):
        order = commands[:]
        rounds.shuffle(order)
        for command in order:
            time_once(command, env)


def console_script(args: argparse.Namespace, folder: Path) -> Path:
    if args.fresh:
        return fresh_venv(folder / "venv")
    venv = args.venv if args.venv is not None else Path(sys.prefix)
    console = venv.resolve() / "bin" / "petitspas"
    if not console.is_file():
        raise Abort(f"no console script {console}: install petitspas there")
    return console


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="petitspas-bench-") as temp:
        folder = Path(temp)
        env = environment(folder / "pycache")
        try:
            console = console_script(args, folder)
            stores = {
                weeks: build_store(console, folder / f"D{weeks}", weeks, env) for weeks in WEEKS
            }
            plans = {weeks: plan_log(store) for weeks, store in stores.items()}
            launcher = reference_launcher(folder / "reference", console)
            python = interpreter_of(console)
            commands = commands_for(console, stores, plans, folder, env)
        except Abort as error:
            print(f"bench: could not set up: {error}", file=sys.stderr)
            return 2
        commands.append(Command(TYPER_REF, itertools.repeat([str(launcher)])))
        commands.append(Command(PASS_REF, itertools.repeat([str(python), "-c", "pass"])))
        print_configuration(args, console, stores, plans)
        try:
            measure(commands, env, args.runs, args.seed)
        except Abort as error:
            print(f"bench: {error}", file=sys.stderr)
            print("bench: no figures: a failing command would look fast", file=sys.stderr)
            return 2
    stats = {command.name: Stats.of(command.samples_ns) for command in commands}
    print()
    over = print_table(stats)
    print()
    over += print_growth(stats)
    print()
    over += print_html(stats)
    print()
    print("every row ok" if not over else f"over budget: {', '.join(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time whole petitspas processes against a bare Typer app and `python -c pass`.

Run from the repository root with the virtual environment's interpreter:

    python bench/bench.py [--runs N] [--quick] [--seed S]

Standard library only. Every command is timed as a whole process (`subprocess.run` between
two `time.perf_counter_ns()` calls, output thrown away), interleaved with the references in
a shuffled order each round, so that a slow spell of the machine hits every command alike.
Noise only ever adds time, so the targets compare the fastest run of each command; medians
are shown beside them. Exit 0 after printing (this is a measurement, not a test), or 2 if a
command fails: a refused command would look fast.
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
DEFAULT_RUNS = 30
QUICK_RUNS = 5
DEFAULT_SEED = 7
TIMEOUT = 120.0
BENCH_DIR = Path(__file__).resolve().parent
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NAMED_SCHEDULES = {"workdays": frozenset(range(5)), "daily": frozenset(range(7))}

# pip's console-script template, so the reference starts exactly the way petitspas does.
LAUNCHER = """{shebang}
# -*- coding: utf-8 -*-
import re
import sys
from {module} import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
"""

TYPER_REF = "typer reference"
PASS_REF = "python -c pass"


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
    samples_ns: list[int] = field(default_factory=list)

    def environment(self, env: dict[str, str]) -> dict[str, str]:
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
    before = revision(command.store)
    done = subprocess.run(
        argv,
        env=command.environment(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise Abort(f"{command.name}: {failure(argv, done.returncode, done.stderr)}")
    if command.store is not None and revision(command.store) != before + 1:
        raise Abort(f"{command.name}: `{shown(argv)}` did not write the store")


def time_once(command: Command, env: dict[str, str]) -> None:
    argv = next(command.argvs)
    before = revision(command.store)
    env = command.environment(env)
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
    if command.store is not None and revision(command.store) != before + 1:
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
    """A launcher for reference_app.py made like the console script (same shebang, same code)."""
    first_line = console.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    shebang = first_line if first_line.startswith("#!") else f"#!{sys.executable}"
    folder.mkdir()
    shutil.copyfile(BENCH_DIR / "reference_app.py", folder / "reference_app.py")
    launcher = folder / "reference-app"
    launcher.write_text(LAUNCHER.format(shebang=shebang, module="reference_app"), "utf-8")
    launcher.chmod(0o755)
    return launcher


def commands_for(
    console: Path, stores: dict[int, Path], plans: dict[int, LogPlan], folder: Path
) -> list[Command]:
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
        # One self-check a day: alternate the answers, so that each run replaces the last.
        checks = [
            [*logs[0][:3], "check", "--answers", answers, "--date", plans[weeks].day.isoformat()]
            for answers in ("6,5,6,5", "5,6,5,6")
        ]
        base = [str(console), "--store", str(store)]
        # Exactly `petitspas status`, the store from the environment: the prompt's shortcut.
        status = [str(console), "status"]
        commands += [
            Command(f"log {weeks}w", itertools.cycle(logs), store=written),
            Command(f"check {weeks}w", itertools.cycle(checks), store=written),
            Command(f"status {weeks}w", itertools.repeat(status), store_env=store),
            Command(
                f"status {weeks}w cold",
                itertools.repeat(status),
                cold_cache=folder / f"cold-cache-{weeks}",
                store_env=store,
            ),
            # The demo leaves Friday evening unlogged: remind prints its nudge, as cron meets it.
            Command(f"remind {weeks}w", itertools.repeat([*base, "remind"])),
            Command(f"path {weeks}w", itertools.repeat([*base, "path"])),
            Command(f"review {weeks}w", itertools.repeat([*base, "review"])),
            Command(f"export {weeks}w", itertools.repeat([*base, "export"])),
        ]
    # The HTML export of ten years (the budget: under 0.5 s), read against the
    # ten-week markdown export.
    commands.append(
        Command(
            f"export html {WEEKS[1]}w",
            itertools.repeat(
                [str(console), "--store", str(stores[WEEKS[1]]), "export", "--format", "html"]
            ),
        )
    )
    return commands


# --- report --------------------------------------------------------------------------------


def print_table(stats: dict[str, Stats]) -> None:
    typer_ref, pass_ref = stats[TYPER_REF], stats[PASS_REF]
    header = (
        f"{'command':<18} {'min ms':>8} {'median ms':>10} {'max ms':>8}"
        f" {'/typer min':>11} {'/typer med':>11} {'/pass min':>10}"
    )
    print(header)
    print("-" * len(header))
    for name, row in stats.items():
        print(
            f"{name:<18} {row.minimum:8.1f} {row.median:10.1f} {row.maximum:8.1f}"
            f" {row.minimum / typer_ref.minimum:11.2f} {row.median / typer_ref.median:11.2f}"
            f" {row.minimum / pass_ref.minimum:10.2f}"
        )


def print_targets(stats: dict[str, Stats]) -> None:
    def check(label: str, row: str, against: str, limit: float) -> None:
        by_min = stats[row].minimum / stats[against].minimum
        by_median = stats[row].median / stats[against].median
        paired = stats[row].paired(stats[against])
        verdict = "ok" if by_min <= limit else "MISS"
        print(
            f"  {verdict:<4} {label:<46} {by_min:5.2f}"
            f"  (median {by_median:4.2f}, paired {paired:4.2f})  <= {limit:.2f}"
        )

    print("targets: the ratio of the fastest runs decides; in brackets, the ratio of the")
    print("medians and the median of the ratios within each round (see Stats.paired):")
    for command, limit in (("log", 1.15), ("check", 1.15), ("remind", 1.15), ("path", 1.30),
                           ("review", 1.30), ("export", 1.30)):  # fmt: skip
        for weeks in WEEKS:
            row = f"{command} {weeks}w"
            check(f"{row} vs the bare Typer app", row, TYPER_REF, limit)
    for weeks in WEEKS:
        check(f"status {weeks}w vs python -c pass", f"status {weeks}w", PASS_REF, 2.0)
        row = f"status {weeks}w cold"
        check(f"{row} vs python -c pass", row, PASS_REF, 3.0)
    html, markdown = stats[f"export html {WEEKS[1]}w"], stats[f"export {WEEKS[0]}w"]
    verdict = "ok" if html.minimum <= 500 else "MISS"
    label = f"export html {WEEKS[1]}w in ms (x export {WEEKS[0]}w)"
    ratio = html.minimum / markdown.minimum
    print(f"  {verdict:<4} {label:<46} {html.minimum:5.0f}  ({ratio:4.2f}x)  <= 500 ms")
    print("ten years against ten weeks: no more than one `python -c pass` more")
    for command in ("log", "status", "status cold", "review"):
        ten_years = f"{command} {WEEKS[1]}w" if " " not in command else f"status {WEEKS[1]}w cold"
        ten_weeks = f"{command} {WEEKS[0]}w" if " " not in command else f"status {WEEKS[0]}w cold"
        extra = (stats[ten_years].minimum - stats[ten_weeks].minimum) / stats[PASS_REF].minimum
        verdict = "ok" if extra <= 1.0 else "MISS"
        print(f"  {verdict:<4} {ten_years + ' - ' + ten_weeks:<46} {extra:5.2f}  <= 1.00 pass")


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
    args = parser.parse_args()
    if args.runs is None:
        args.runs = QUICK_RUNS if args.quick else DEFAULT_RUNS
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def print_configuration(
    args: argparse.Namespace, console: Path, stores: dict[int, Path], plans: dict[int, LogPlan]
) -> None:
    print("petitspas whole-process benchmark ")
    print(
        f"machine: {os.cpu_count()} CPUs, {platform.system()} {platform.machine()},"
        f" {platform.python_implementation()} {platform.python_version()}"
    )
    print(f"interpreter: {sys.executable}")
    print(f"launcher: the console script {console}, executed directly;")
    print("  the Typer reference (bench/reference_app.py: one command printing a line) through")
    print("  a copy of that console-script launcher; `python -c pass` with the same interpreter")
    print(
        f"configuration: {args.runs} rounds, each running every command once in an order"
        f" shuffled with seed {args.seed};"
    )
    print(f"  PETITSPAS_NOW={NOW}; --store given; stdin, stdout and stderr on /dev/null;")
    print("  bytecode cached under a private PYTHONPYCACHEPREFIX, warmed by the pre-check;")
    print("  every `log` run must raise the revision of its own copy of the store by one")
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


def main() -> int:
    args = parse_args()
    console = Path(sys.executable).parent / "petitspas"
    if not console.is_file():
        print(f"bench: no console script {console}; install petitspas here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="petitspas-bench-") as temp:
        folder = Path(temp)
        env = environment(folder / "pycache")
        try:
            stores = {
                weeks: build_store(console, folder / f"D{weeks}", weeks, env) for weeks in WEEKS
            }
            plans = {weeks: plan_log(store) for weeks, store in stores.items()}
            launcher = reference_launcher(folder / "reference", console)
        except Abort as error:
            print(f"bench: could not set up: {error}", file=sys.stderr)
            return 2
        commands = commands_for(console, stores, plans, folder)
        commands.append(Command(TYPER_REF, itertools.repeat([str(launcher)])))
        commands.append(Command(PASS_REF, itertools.repeat([sys.executable, "-c", "pass"])))
        print_configuration(args, console, stores, plans)
        try:
            measure(commands, env, args.runs, args.seed)
        except Abort as error:
            print(f"bench: {error}", file=sys.stderr)
            print("bench: no figures: a failing command would look fast", file=sys.stderr)
            return 2
    stats = {command.name: Stats.of(command.samples_ns) for command in commands}
    print()
    print_table(stats)
    print()
    print_targets(stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())

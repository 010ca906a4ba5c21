"""Run `petitspas log --done --date DAY` for many days in one process, reporting each result.

Used by tests/test_reliability.py for the crash and concurrency soaks: one interpreter
start-up (~0.25 s), then many writes through the real entry point
`petitspas.__main__.main()`. Usage:

    python tests/reliability_driver.py STORE FIRST_DAY COUNT [STEP] [--wait]

logs `--done` on FIRST_DAY, FIRST_DAY + STEP, … (COUNT days) into STORE. Prints `ready` once
warmed up (with --wait, then waits for one line on stdin before starting), then after each
command one JSON line, flushed: {"day": "YYYY-MM-DD", "code": exit code, "stderr": text}.
A line is printed only after its command has returned, so a printed code 0 is an
acknowledged write. The commands' own stdout is swallowed. The driver exits 0 if every
command did, else with the first failing command's code (1 for a traceback).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback
from datetime import date, timedelta

from petitspas.__main__ import main  # what `petitspas` and `python -m petitspas` run


def run_command(args: list[str]) -> tuple[int | str, str]:
    """One command through `main()`, as `petitspas ARGS` would run: exit code and stderr."""
    sys.argv = ["petitspas", *args]
    out, err = io.StringIO(), io.StringIO()
    code: int | str = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main()
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        except BaseException:  # a traceback is a finding: report it rather than die
            code = "exception"
            err.write(traceback.format_exc())
    return code, err.getvalue()


def drive(store: str, first: date, count: int, step: int, wait: bool) -> int:
    # The first command pays for lazy imports (~0.15 s): pay it before `ready`, with a read,
    # so that kill delays measured from `ready` fall among writes.
    run_command(["--store", store, "path", "--json"])
    report = sys.stdout
    report.write("ready\n")
    report.flush()
    if wait:
        sys.stdin.readline()
    status = 0
    for index in range(count):
        day = (first + timedelta(days=index * step)).isoformat()
        code, stderr = run_command(["--store", store, "log", "--done", "--date", day])
        report.write(json.dumps({"day": day, "code": code, "stderr": stderr}) + "\n")
        report.flush()
        if code != 0 and status == 0:
            status = code if isinstance(code, int) else 1
    return status


if __name__ == "__main__":
    flags = [arg for arg in sys.argv[1:] if arg.startswith("--")]
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    sys.exit(
        drive(
            args[0],
            date.fromisoformat(args[1]),
            int(args[2]),
            int(args[3]) if len(args) > 3 else 1,
            "--wait" in flags,
        )
    )

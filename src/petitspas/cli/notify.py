"""Desktop notifications for `remind --notify`: notify-send (Linux) or osascript (macOS),
whichever is on PATH; petitspas installs nothing and needs neither."""

from __future__ import annotations

import shutil
import subprocess
import sys

# macOS has osascript and rarely notify-send; Linux desktops have notify-send (libnotify).
TOOLS = ("osascript", "notify-send") if sys.platform == "darwin" else ("notify-send", "osascript")
TIMEOUT = 10.0
"""Seconds a notifier may take: a stuck one must not keep cron's job running."""


def command(title: str, body: str) -> list[str] | None:
    """The command line that shows `title` and `body`, or None when no notifier is on PATH.

    osascript gets the texts as arguments of a `run` handler, never inside the script's
    source: a quote in a step's title cannot end the string and run the rest.
    """
    for name in TOOLS:
        tool = shutil.which(name)
        if tool is None:
            continue
        if name == "notify-send":
            return [tool, "--app-name=petitspas", title, body]
        script = "display notification (item 2 of argv) with title (item 1 of argv)"
        return [tool, "-e", "on run argv", "-e", script, "-e", "end run", title, body]
    return None


def send(argv: list[str]) -> int:
    """Run the notifier; its exit code (-1 if it could not start or took too long)."""
    try:
        done = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return -1
    return done.returncode

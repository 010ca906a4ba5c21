"""Where petitspas keeps things: the store file, the user data and cache folders, and the
private folders it creates. Standard library only (os, sys): the prompt's `status` uses it.
"""

from __future__ import annotations

import os
import sys

STORE_ENV = "PETITSPAS_STORE"
_FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd")


def store_path(option: str | None) -> str:
    """The store file: `--store`, else $PETITSPAS_STORE, else the user data folder."""
    # A link (say into a synced folder) is followed once here, so that the atomic replace,
    # the lock and the backups all act on the real file, whoever names it which way.
    if option:
        return os.path.realpath(os.path.expanduser(option))
    env = os.environ.get(STORE_ENV)
    if env:
        return os.path.realpath(os.path.expanduser(env))
    return os.path.realpath(os.path.join(user_data_dir(), "petitspas.json"))


def user_data_dir() -> str:
    """platformdirs' user data folder for petitspas; a test checks they agree."""
    return _user_dir("XDG_DATA_HOME", "~/.local/share", "user_data_dir")


def user_cache_dir() -> str:
    """platformdirs' user cache folder for petitspas; a test checks they agree."""
    return _user_dir("XDG_CACHE_HOME", "~/.cache", "user_cache_dir")


def _user_dir(variable: str, default: str, platformdirs_function: str) -> str:
    # platformdirs' rule on Linux and the BSDs, spelt out because importing platformdirs
    # costs more than the whole of `status`; elsewhere ask platformdirs itself.
    if sys.platform.startswith(_FREEDESKTOP):
        base = os.environ.get(variable, "").strip() or os.path.expanduser(default)
        return os.path.join(base, "petitspas")
    import platformdirs

    folder: str = getattr(platformdirs, platformdirs_function)("petitspas", appauthor=False)
    return folder


def make_private_dirs(where: str | os.PathLike[str]) -> None:
    """Create `where` and its missing parents as 0700; folders that exist are left alone.

    (os.makedirs applies its mode to the last folder only, and through the umask.)
    """
    folder = os.path.abspath(where)  # a relative "sample" has no parent to stop at
    missing: list[str] = []
    while not os.path.exists(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for created in reversed(missing):
        try:
            os.mkdir(created, 0o700)
        except FileExistsError:
            continue
        os.chmod(created, 0o700)  # mkdir's mode is filtered by the umask

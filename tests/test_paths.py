"""paths.py spells out platformdirs' folders (importing it costs the prompt too much): the
same folders, and the private folders petitspas creates."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from petitspas.storage import paths


@pytest.mark.parametrize("xdg", [None, "", "  ", "/tmp/xdg-data"])
def test_the_default_store_is_in_platformdirs_data_folder(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    monkeypatch.delenv("PETITSPAS_STORE", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    folder = platformdirs.user_data_dir("petitspas", appauthor=False)
    assert paths.user_data_dir() == folder
    assert paths.store_path(None) == os.path.join(folder, "petitspas.json")


@pytest.mark.parametrize("xdg", [None, "", "  ", "/tmp/xdg-cache"])
def test_the_cache_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert paths.user_cache_dir() == platformdirs.user_cache_dir("petitspas", appauthor=False)


def test_store_option_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PETITSPAS_STORE", str(tmp_path / "env.json"))
    assert paths.store_path(str(tmp_path / "opt.json")) == str(tmp_path / "opt.json")
    assert paths.store_path(None) == str(tmp_path / "env.json")
    monkeypatch.setenv("PETITSPAS_STORE", "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert paths.store_path(None) == str(tmp_path / "data" / "petitspas" / "petitspas.json")


def test_every_folder_created_is_private(tmp_path: Path) -> None:
    os.umask(0o022)
    paths.make_private_dirs(str(tmp_path / "a" / "b" / "c"))
    for folder in ("a", "a/b", "a/b/c"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder
    (tmp_path / "open").mkdir(mode=0o755)
    paths.make_private_dirs(str(tmp_path / "open" / "d"))
    assert stat.S_IMODE((tmp_path / "open").stat().st_mode) == 0o755  # not ours: untouched


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        paths.make_private_dirs(str(tmp_path / "file" / "d"))
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"

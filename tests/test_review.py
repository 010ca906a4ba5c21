"""The weekly review and the demo: golden plain text at 80 and 40 columns, JSON, no escapes."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from tests.conftest import Run

from petitspas import store as storage

GOLDEN = Path(__file__).parent / "golden"
NOW = "2026-11-27T21:00"  # a Friday evening
ESCAPE = re.compile(r"\x1b\[")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PETITSPAS_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture
def demo_store(run: Run, tmp_path: Path) -> Path:
    result = run("demo", "--dir", str(tmp_path / "demo"), now=NOW)
    assert result.exit_code == 0, result.output
    return tmp_path / "demo" / "petitspas.json"


@pytest.mark.parametrize(("lang", "columns"), [("en", 80), ("en", 40), ("fr", 80), ("fr", 40)])
def test_review_golden(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, columns: int
) -> None:
    assert run("--lang", lang, "demo", "--dir", str(tmp_path), now=NOW).exit_code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("--store", str(tmp_path / "petitspas.json"), "review", now=NOW)
    assert result.exit_code == 0
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns
    assert not ESCAPE.search(result.stdout)
    check_golden(f"review-{lang}-{columns}.txt", result.stdout)


def test_demo_is_deterministic(run: Run, tmp_path: Path) -> None:
    first = run("demo", "--dir", str(tmp_path / "a"), now=NOW)
    second = run("demo", "--dir", str(tmp_path / "b"), now=NOW)
    assert first.exit_code == second.exit_code == 0
    assert (tmp_path / "a" / "petitspas.json").read_bytes() == (
        tmp_path / "b" / "petitspas.json"
    ).read_bytes()


def test_demo_store_is_realistic(demo_store: Path) -> None:
    store = storage.load(demo_store).store
    statuses = [step.status for step in store.steps]
    assert statuses.count("active") == 1
    assert "automatic" in statuses
    marks = [mark.mark for step in store.steps for mark in step.marks.values()]
    assert {"done", "missed"} <= set(marks)
    assert any(mark.note for step in store.steps for mark in step.marks.values())
    graduate = next(step for step in store.steps if step.status == "automatic")
    scores = [check.score for check in graduate.selfchecks]
    assert len(scores) >= 5
    assert scores[-1] >= 5.5 > scores[0]  # rising to the gate's goal


def test_demo_ten_years_has_skips_and_a_dropped_step(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path), "--weeks", "520", now=NOW)
    assert result.exit_code == 0
    store = storage.load(tmp_path / "petitspas.json").store
    statuses = [step.status for step in store.steps]
    assert statuses.count("active") == 1
    assert statuses.count("automatic") >= 20
    assert "dropped" in statuses
    assert any(m.mark == "skip" for step in store.steps for m in step.marks.values())


def test_demo_refuses_to_overwrite(run: Run, demo_store: Path) -> None:
    before = demo_store.read_bytes()
    result = run("demo", "--dir", str(demo_store.parent), now=NOW)
    assert result.exit_code == 1
    assert result.stderr == (
        f"petitspas: {demo_store} already exists: choose another --dir "
        "(the demo never overwrites a store).\n"
    )
    assert demo_store.read_bytes() == before


def test_demo_says_how_to_explore(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path), now=NOW)
    store = tmp_path / "petitspas.json"
    assert f"  petitspas --store {store} review" in result.stdout.splitlines()


@pytest.mark.parametrize("weeks", ["0", "521", "x"])
def test_bad_weeks_are_usage_errors(run: Run, demo_store: Path, weeks: str) -> None:
    assert run("--store", str(demo_store), "review", "--weeks", weeks, now=NOW).exit_code == 2


def test_review_of_a_future_week_is_refused(run: Run, demo_store: Path) -> None:
    result = run("--store", str(demo_store), "review", "--week", "2026-12-07", now=NOW)
    assert result.exit_code == 1
    assert "has not begun yet" in result.stderr


def test_review_json_of_a_past_week(run: Run, demo_store: Path) -> None:
    result = run(
        "--store", str(demo_store), "review", "--json", "--week", "-7", "--weeks", "2", now=NOW
    )
    data = json.loads(result.stdout)
    assert data["log_day"] == "2026-11-27"
    assert data["week"]["start"] == "2026-11-16"
    assert [day["date"] for day in data["week"]["days"]][-1] == "2026-11-22"
    assert [row["week"] for row in data["heatmap"]] == ["2026-11-09", "2026-11-16"]
    assert {day["state"] for day in data["week"]["days"][5:]} == {"not_due"}
    assert set(data) == {
        "log_day", "vision", "step", "path_complete", "suggestions", "week", "heatmap", "notes",
        "path",
    }  # fmt: skip
    assert data["step"]["id"] == next(s["id"] for s in data["path"] if s["status"] == "active")


def test_today_unlogged_shows_as_to_log(run: Run, demo_store: Path) -> None:
    data = json.loads(run("--store", str(demo_store), "review", "--json", now=NOW).stdout)
    assert data["week"]["days"][4] == {
        "date": "2026-11-27",
        "state": "open",
        "step": data["step"]["id"],
        "note": None,
    }


COMMANDS = [
    ("review",),
    ("path",),
    ("status",),
    ("catalog",),
    ("log", "--done"),
    ("check", "--answers", "4,4,4,4"),
]


@pytest.mark.parametrize("args", COMMANDS)
def test_no_color_means_no_escape_codes(
    run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # as if on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    result = run("--store", str(demo_store), *args, now=NOW)
    assert result.exit_code == 0, result.output
    assert not ESCAPE.search(result.stdout + result.stderr)


def test_colour_on_a_terminal(run: Run, demo_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR")
    result = run("--store", str(demo_store), "review", now=NOW)
    assert ESCAPE.search(result.stdout)


@pytest.mark.parametrize(("lang", "heading"), [("en", "This week"), ("fr", "Cette semaine")])
def test_a_one_week_heatmap_is_not_called_last_1_weeks(
    run: Run, store_path: Path, lang: str, heading: str
) -> None:
    assert run("init", "--vision", "v").exit_code == 0
    assert run("add", "Say hello").exit_code == 0
    result = run("--lang", lang, "review", "--weeks", "1")
    assert result.exit_code == 0
    assert heading in result.stdout.splitlines()
    assert "1 weeks" not in result.stdout and "1 dernières" not in result.stdout

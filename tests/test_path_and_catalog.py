"""The path and the catalog as a person sees them: `path` and `catalog` as golden
text at 80 and 40 columns in both languages, the durable write, the edges of the rules
(the 7-day look-back, the lock timeout, the future), and the main flows in French."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len
from tests.conftest import Run, check_golden

from petitspas.core import checks, logbook, steps
from petitspas.core.model import Mark, Store
from petitspas.core.progress import gate
from petitspas.i18n import typeset
from petitspas.storage import store as storage

GOLDEN = Path(__file__).parent / "golden"
NOW = "2026-11-27T21:00"  # a Friday evening
ESCAPE = re.compile(r"\x1b\[")


# --- path and catalog, golden ----------------------------------------------------------------


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T21:00:00+01:00"


def _mark(store: Store, day: date, mark: Mark) -> None:
    logbook.log(store, day=day, mark=mark, note=None, today=day, written_at=_stamp(day))


def build_path_store(path: Path) -> None:
    """A path with one step in each state, each with its own streak and strength:

    1. automatic: workdays from Fri 2026-09-11, one miss, graduated on the day its strength
       reached the goal (with a passing self-check): its 28th workday, Tue 2026-10-20;
    2. dropped: daily, five days of marks, dropped on the fifth;
    3. active: Mon, Wed, Fri, a miss and a pause, three self-checks; Friday 27 not logged;
    4. locked.
    """
    store = Store(vision="A team that dares")
    first = date(2026, 9, 11)
    for title, schedule, cue in [
        ("Say good morning", "workdays", "When I arrive"),
        ("Thank one person", "daily", None),
        ("Ask one open question", "mon,wed,fri", "When someone brings a problem"),
        ("Share the week's wins", "workdays", None),
    ]:
        steps.add_step(
            store, title=title, schedule=schedule, cue=cue, today=first, written_at=_stamp(first)
        )

    day, workdays = first, 0
    while True:
        if day.weekday() < 5:
            workdays += 1
            _mark(store, day, "missed" if workdays == 12 else "done")
            graduate = store.active_step()
            assert graduate is not None
            if gate(graduate, day, store.settings).strength_ok:
                break
        day += timedelta(days=1)
    checked = checks.check(store, answers=(6, 6, 5, 6), day=day, today=day, written_at=_stamp(day))
    assert checked.unlocked is not None
    assert day == date(2026, 10, 20)

    for mark in ("done", "done", "missed", "done", "done"):
        day += timedelta(days=1)
        _mark(store, day, mark)  # type: ignore[arg-type]
    steps.drop_step(store, reason="not now", today=day, written_at=_stamp(day))
    assert day == date(2026, 10, 25)

    marks: dict[str, Mark] = {"2026-10-30": "missed", "2026-11-13": "skip"}
    day = date(2026, 10, 26)
    while day < date(2026, 11, 27):
        if day.weekday() in (0, 2, 4):
            _mark(store, day, marks.get(day.isoformat(), "done"))
        day += timedelta(days=1)
    for when, answers in [("2026-10-30", (3, 3, 2, 3)), ("2026-11-13", (4, 5, 4, 4))]:
        checked = date.fromisoformat(when)
        checks.check(store, answers=answers, day=checked, today=checked, written_at=_stamp(checked))
    checked = date(2026, 11, 25)
    checks.check(
        store, answers=(5, 5, 4, 5), day=checked, today=checked, written_at=_stamp(checked)
    )
    assert [step.status for step in store.steps] == ["automatic", "dropped", "active", "locked"]
    storage.create(store, path)


SIZES = [("en", 80), ("en", 40), ("fr", 80), ("fr", 40)]


@pytest.mark.parametrize(("lang", "columns"), SIZES)
def test_path_golden(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, columns: int
) -> None:
    build_path_store(store_path)
    before = store_path.read_bytes()
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("--lang", lang, "path", now=NOW)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns
    assert not ESCAPE.search(result.stdout)
    check_golden(f"path-{lang}-{columns}.txt", result.stdout)
    assert store_path.read_bytes() == before


@pytest.mark.parametrize(("lang", "columns"), SIZES)
def test_catalog_golden(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("--lang", lang, "catalog", now=NOW)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= columns
    assert not ESCAPE.search(result.stdout)
    check_golden(f"catalog-{lang}-{columns}.txt", result.stdout)
    assert not store_path.exists()  # the catalog needs no store and makes none


def test_catalog_speaks_the_store_language(run: Run) -> None:
    assert run("init", "--lang", "fr").exit_code == 0
    result = run("catalog", now=NOW)
    assert result.exit_code == 0
    assert result.stdout == (GOLDEN / "catalog-fr-80.txt").read_text(encoding="utf-8")


# --- the durable write -----------------------------------------------------------------------


def spy_disk(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Every os.fsync (with the path its descriptor was opened on) and os.replace, in order."""
    events: list[tuple[str, ...]] = []
    opened: dict[int, str] = {}
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

    def spy_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        opened[fd] = os.path.realpath(os.fspath(path))
        return fd

    def spy_fsync(fd: int) -> None:
        events.append(("fsync", opened.get(fd, f"fd {fd} not opened by os.open")))
        real_fsync(fd)

    def spy_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        events.append(("replace", os.fspath(source), os.fspath(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "fsync", spy_fsync)
    monkeypatch.setattr(os, "replace", spy_replace)
    return events


def _atomic_write(target: Path) -> list[tuple[str, ...]]:
    """What write_atomic must do to `target`: fsync a temp file beside it, rename it over
    `target`, then fsync the folder so that the rename itself survives a power cut."""
    folder = os.path.realpath(target.parent)
    temp = os.path.join(folder, f".{target.name}.{os.getpid()}.tmp")
    return [
        ("fsync", temp),
        ("replace", temp, os.path.join(folder, target.name)),
        ("fsync", folder),
    ]


def test_init_fsyncs_the_new_store_and_its_folder(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = spy_disk(monkeypatch)
    assert run("init", "--vision", "v", now=NOW).exit_code == 0
    assert events == _atomic_write(store_path) + _atomic_write(_newest_backup(store_path))


def _newest_backup(store_path: Path) -> Path:
    """The copy of the version just written, kept among the backups (written the same way)."""
    return storage.backup_files(store_path)[-1]


def test_log_fsyncs_the_store_and_its_folder(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("init", now=NOW).exit_code == 0
    assert run("add", "Say good morning", now=NOW).exit_code == 0
    events = spy_disk(monkeypatch)
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 0
    assert events == _atomic_write(store_path) + _atomic_write(_newest_backup(store_path))


def test_export_to_a_file_fsyncs_it_and_its_folder(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("init", now=NOW).exit_code == 0
    events = spy_disk(monkeypatch)
    target = tmp_path / "out" / "progress.md"
    target.parent.mkdir()
    result = run("export", "-o", str(target), now=NOW)
    assert result.exit_code == 0
    assert events == _atomic_write(target)


# --- edges of the rules ----------------------------------------------------------------------


def _daily_step(run: Run, started: str) -> None:
    assert run("init", now=f"{started}T20:00").exit_code == 0
    assert (
        run("add", "Say good morning", "--schedule", "daily", now=f"{started}T20:00").exit_code == 0
    )


def test_gaps_look_back_seven_days_exactly(run: Run) -> None:
    # Friday 27: a gap 7 days back (Fri 20) is still to log, one 8 days back (Thu 19) is
    # missed: the streak runs from Saturday 21.
    _daily_step(run, "2026-11-16")
    for offset in range(11, 0, -1):
        day = date(2026, 11, 27) - timedelta(days=offset)
        if offset not in (7, 8):
            assert run("log", "--done", "--date", day.isoformat(), now=NOW).exit_code == 0
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == (
        "2026-11-27: done — Say good morning\n"
        "Streak 7 · best 7 · strength 40%\n"
        "Last Friday is still to log: `petitspas log --done --date 2026-11-20`\n"
    )


def test_a_gap_eight_days_back_is_not_pointed_out(run: Run) -> None:
    _daily_step(run, "2026-11-16")
    for offset in range(11, 0, -1):
        day = date(2026, 11, 27) - timedelta(days=offset)
        if offset != 8:
            assert run("log", "--done", "--date", day.isoformat(), now=NOW).exit_code == 0
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 0
    assert result.stdout == (
        "2026-11-27: done — Say good morning\nStreak 8 · best 8 · strength 43%\n"
    )


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "4000", "3600.5", " "])
def test_an_invalid_lock_timeout_is_a_usage_error(
    run: Run, store_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    _daily_step(run, "2026-11-23")
    before = store_path.read_bytes()
    monkeypatch.setenv("PETITSPAS_LOCK_TIMEOUT", value)
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"petitspas: PETITSPAS_LOCK_TIMEOUT='{value}' is not a number of seconds "
        "from 0 to 3600: fix or unset it.\n"
    )
    assert store_path.read_bytes() == before


@pytest.mark.parametrize("value", ["0", "3600", ""])
def test_lock_timeouts_at_the_bounds_are_taken(
    run: Run, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    _daily_step(run, "2026-11-23")
    monkeypatch.setenv("PETITSPAS_LOCK_TIMEOUT", value)
    result = run("log", "--done", now=NOW)
    assert result.exit_code == 0
    assert result.stdout == (
        "2026-11-27: done — Say good morning\n"
        "Streak 1 · best 1 · strength 5%\n"
        "4 days are still to log (Monday, Tuesday, Wednesday, Thursday): "
        "`petitspas log --done --date 2026-11-23` for the first\n"
    )


FUTURE = "petitspas: 2026-11-28 is in the future (tonight's log day is 2026-11-27): " + (
    "log it when it has happened.\n"
)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("log", "--done", "--date", "2026-11-28"), FUTURE),
        (("log", "--missed", "--date", "2026-11-28", "--note", "x"), FUTURE),
        (("log", "--note", "x", "--date", "2026-11-28"), FUTURE),
        (("log", "--clear", "--date", "2026-11-28"), FUTURE),
        (("check", "--answers", "6,6,6,6", "--date", "2026-11-28"), FUTURE),
        (
            ("review", "--week", "2026-11-30"),
            "petitspas: The week of 2026-11-30 has not begun yet (tonight's log day is "
            "2026-11-27): pick an earlier day.\n",
        ),
    ],
)
@pytest.mark.parametrize("now", [NOW, "2026-11-28T03:59"])  # before 04:00 it is still Friday
def test_a_future_day_is_refused(
    run: Run, store_path: Path, args: tuple[str, ...], message: str, now: str
) -> None:
    _daily_step(run, "2026-11-23")
    assert run("log", "--done", "--date", "2026-11-27", now=NOW).exit_code == 0
    before = store_path.read_bytes()
    result = run(*args, now=now)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == message
    assert store_path.read_bytes() == before


# --- French ----------------------------------------------------------------------------------

MONDAY = "2026-11-23"


@pytest.fixture
def french(run: Run, store_path: Path) -> Path:
    """A French store: « Dire bonjour à chacun » active from Monday 23, « Remercier … » next."""
    result = run("init", "--lang", "fr", "--vision", "Une équipe qui ose", now=f"{MONDAY}T20:00")
    assert result.exit_code == 0
    assert result.stdout == typeset(
        f"Fichier créé à {store_path}.\n"
        "Ensuite : choisissez un premier pas avec `petitspas catalog`, "
        "puis `petitspas add --from-catalog CLÉ`.\n"
    )
    result = run("add", "--from-catalog", "bonjour", now=f"{MONDAY}T20:00")
    assert result.stdout == typeset(
        "Ajouté « Dire bonjour à chacun » (bonjour) : actif dès le 2026-11-23. "
        "Notez-le ce soir avec `petitspas log`.\n"
    )
    result = run("add", "--from-catalog", "merci", now=f"{MONDAY}T20:00")
    assert result.stdout == typeset(
        "Ajouté « Remercier quelqu'un pour un travail précis » (merci) : "
        "verrouillé jusqu'à ce que « Dire bonjour à chacun » soit devenu réflexe.\n"
    )
    return store_path


def test_french_log_first_mark_again_and_replaced(run: Run, french: Path) -> None:
    first = run("log", "--done", now=f"{MONDAY}T21:00")
    assert (first.exit_code, first.stderr) == (0, "")
    assert first.stdout == typeset(
        f"{MONDAY} : fait — Dire bonjour à chacun\nSérie 1 · record 1 · force 6 %\n"
    )
    again = run("log", "--done", now=f"{MONDAY}T21:05")
    assert (again.exit_code, again.stderr) == (0, "")
    assert again.stdout == typeset(
        f"{MONDAY} : fait (déjà noté ; rien n'est écrit).\nSérie 1 · record 1 · force 6 %\n"
    )
    replaced = run("log", "--missed", now=f"{MONDAY}T21:10")
    assert (replaced.exit_code, replaced.stderr) == (0, "")
    assert replaced.stdout == typeset(
        f"{MONDAY} : manqué (remplace « fait »).\n"
        f"Série 0 · record 0 · force 0 %\n"
        "Un oubli ne défait pas une habitude (Lally et al., 2010). "
        "Jamais deux fois de suite : demain compte.\n"
    )


def test_french_miss_after_a_gap(run: Run, french: Path) -> None:
    assert run("log", "--done", "--date", MONDAY, now="2026-11-25T21:00").exit_code == 0
    result = run("log", "--missed", "--note", "réunion", now="2026-11-26T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        "2026-11-26 : manqué — Dire bonjour à chacun\n"
        "Série 0 · record 1 · force 5 %\n"
        "Un oubli ne défait pas une habitude (Lally et al., 2010). "
        "Jamais deux fois de suite : demain compte.\n"
        "2 jours restent à noter (mardi, mercredi) : "
        "`petitspas log --done --date 2026-11-24` pour le premier\n"
    )


def test_french_log_on_a_day_not_due(run: Run, french: Path) -> None:
    result = run("log", "--done", "--date", "2026-11-28", now="2026-11-29T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        "2026-11-28 : fait — Dire bonjour à chacun\n"
        "Le 2026-11-28 n'est pas un jour prévu pour ce pas : "
        "la marque est gardée mais ne compte pas.\n"
        "Série 0 · record 0 · force 0 %\n"
        "5 jours restent à noter (lundi, mardi, mercredi, jeudi, vendredi) : "
        "`petitspas log --done --date 2026-11-23` pour le premier\n"
    )


def test_french_check(run: Run, french: Path) -> None:
    assert run("log", "--done", now=f"{MONDAY}T21:00").exit_code == 0
    result = run("check", "--answers", "5,6,5,5", now=f"{MONDAY}T21:30")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        f"Auto-évaluation du {MONDAY} : 5,25 / 7 (objectif 5,5).\n"
        f"Reste à venir : force 6 % sur 80 % ; "
        "atteignable le 2026-12-28 si chaque jour prévu est fait.\n"
        "Reste à venir : une auto-évaluation d'au moins 5,5 (`petitspas check`, sous 7 jours).\n"
    )


def test_french_drop_moves_to_the_next_step(run: Run, french: Path) -> None:
    result = run("drop", "--reason", "pas maintenant", now="2026-11-25T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        "« Dire bonjour à chacun » abandonné le 2026-11-25. "
        "S'arrêter honnêtement fait partie de la méthode.\n"
        "Pas suivant, dès le 2026-11-26 : « Remercier quelqu'un pour un travail précis ».\n"
    )


def test_french_drop_of_the_last_step_suggests_catalog_steps(run: Run, french: Path) -> None:
    assert run("drop", now="2026-11-24T21:00").exit_code == 0
    result = run("drop", now="2026-11-25T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        "« Remercier quelqu'un pour un travail précis » abandonné le 2026-11-25. "
        "S'arrêter honnêtement fait partie de la méthode.\n"
        "Aucun pas en attente : ajoutez le suivant, par exemple :\n"
        "  petitspas add --from-catalog trois-reussites   "
        "# Noter 3 choses bien faites et les partager\n"
        "  petitspas add --from-catalog cahier-de-reussites   "
        "# Réunir l'équipe debout pour remplir le cahier de réussites\n"
        "  petitspas add --from-catalog nouvelles   "
        "# Demander à quelqu'un son vécu, ses leçons, ses fiertés\n"
    )


NOTHING_ACTIVE_FR = typeset(
    "petitspas: Aucun pas actif : ajoutez-en un avec `petitspas add` (voir `petitspas path`).\n"
)


@pytest.mark.parametrize(
    "args",
    [("log", "--done"), ("check", "--answers", "6,6,6,6"), ("drop",), ("log", "--clear")],
)
def test_french_nothing_active(run: Run, store_path: Path, args: tuple[str, ...]) -> None:
    assert run("init", "--lang", "fr", now=NOW).exit_code == 0
    before = store_path.read_bytes()
    result = run(*args, now=NOW)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == NOTHING_ACTIVE_FR
    assert store_path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("log", "--done", "--date", "un jour"),
            2,
            "Date illisible « un jour » : utilisez AAAA-MM-JJ, aujourd'hui, hier ou -N.",
        ),
        (
            ("log", "--done", "--date", "2026-02-30"),
            2,
            "« 2026-02-30 » n'est pas un jour réel : vérifiez le mois et le jour (AAAA-MM-JJ).",
        ),
        (
            ("check", "--answers", "6,6,6,6", "--date", "demain"),
            2,
            "Date illisible « demain » : utilisez AAAA-MM-JJ, aujourd'hui, hier ou -N.",
        ),
        (
            ("log", "--done", "--date", "2026-11-24"),
            1,
            "Le 2026-11-24 est dans le futur (le jour en cours est le 2026-11-23) : "
            "notez-le une fois vécu.",
        ),
        (
            ("check", "--answers", "6,6,6,6", "--date", "2026-11-24"),
            1,
            "Le 2026-11-24 est dans le futur (le jour en cours est le 2026-11-23) : "
            "notez-le une fois vécu.",
        ),
        (
            ("log", "--done", "--date", "hier"),
            1,
            "Le 2026-11-22 précède le début du pas actif (2026-11-23) : "
            "choisissez un jour à partir du 2026-11-23.",
        ),
        (
            ("review", "--week", "2026-11-30"),
            1,
            "La semaine du 2026-11-30 n'a pas commencé (le jour en cours est le 2026-11-23) : "
            "choisissez un jour antérieur.",
        ),
    ],
)
def test_french_errors(
    run: Run, french: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    before = french.read_bytes()
    result = run(*args, now=f"{MONDAY}T21:00")
    assert (result.exit_code, result.stdout) == (code, "")
    assert result.stderr == f"petitspas: {typeset(message)}\n"
    assert french.read_bytes() == before


def test_lang_fr_on_an_english_store(run: Run, store_path: Path) -> None:
    assert run("init", now=f"{MONDAY}T20:00").exit_code == 0
    assert run("add", "Say good morning", now=f"{MONDAY}T20:00").exit_code == 0
    result = run("--lang", "fr", "log", "--done", now=f"{MONDAY}T21:00")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == typeset(
        f"{MONDAY} : fait — Say good morning\nSérie 1 · record 1 · force 6 %\n"
    )
    result = run("--lang", "fr", "log", "--done", "--date", "demain", now=f"{MONDAY}T21:00")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == typeset(
        "petitspas: Date illisible « demain » : utilisez AAAA-MM-JJ, aujourd'hui, hier ou -N.\n"
    )
    # …and --lang en on a French store speaks English.
    assert run("init", "--lang", "fr", now=f"{MONDAY}T21:00").exit_code == 0
    result = run("--lang", "en", "log", "--done", now=f"{MONDAY}T21:30")
    assert result.stdout == (
        f"{MONDAY}: done (already so; nothing written).\nStreak 1 · best 1 · strength 6%\n"
    )

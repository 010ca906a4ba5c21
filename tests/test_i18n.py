"""The translation layer: every message in both languages, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from tests.conftest import Run

from petitspas import i18n
from petitspas.core.journal import KINDS
from petitspas.core.progress import STALL_REASONS
from petitspas.errors import UsageError

# Each key with its texts, in the order of i18n.LANGS (English, French).
MESSAGES = {
    key: tuple(i18n.messages(lang)[key] for lang in i18n.LANGS) for key in i18n.messages("en")
}


def test_every_language_holds_the_same_keys() -> None:
    keys = [list(i18n.messages(lang)) for lang in i18n.LANGS]
    assert all(set(other) == set(keys[0]) for other in keys[1:])
    assert len(keys[0]) == len(set(keys[0])) > 500


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    wrong = [
        key
        for key, (english, french) in MESSAGES.items()
        if not (english.strip() and french.strip())
        or english != english.strip()
        or french != french.strip()
        or placeholders(english) != placeholders(french)
    ]
    assert wrong == []


def test_t_fills_values_in_the_current_language() -> None:
    i18n.set_language("fr")
    assert i18n.t("init.created", path="/x") == "Fichier créé à /x."
    i18n.set_language("en")
    assert i18n.t("init.created", path="/x") == "Created your store at /x."


def test_numbers_follow_the_language() -> None:
    i18n.set_language("fr")
    assert (i18n.percent(0.1873), i18n.decimal(5.25), i18n.decimal(6.0)) == (
        "18\u00a0%",
        "5,25",
        "6",
    )
    i18n.set_language("en")
    assert (i18n.percent(0.1873), i18n.decimal(5.25), i18n.decimal(5.5)) == ("18%", "5.25", "5.5")
    # Rounded down: a strength just short of the goal never shows as the goal.
    assert (i18n.percent(0.7984), i18n.percent(0.8), i18n.percent(1.0)) == ("79%", "80%", "100%")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
        ({"PETITSPAS_LANG": "fr"}, "en"),  # the variable is --lang's, read by choose()
        ({}, "en"),
    ],
)
def test_locale_language(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for variable in ("PETITSPAS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert i18n.locale_language() == expected


def test_choose_prefers_the_option_then_the_store_then_the_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert (i18n.choose("en", "fr"), i18n.language()) == ("en", "en")
    assert i18n.choose(None, "en") == "en"
    assert i18n.choose(None, None) == "fr"
    with pytest.raises(UsageError):
        i18n.choose("de", "en")


def test_checked_language_refuses_unknown() -> None:
    assert i18n.checked_language(" FR ") == "fr"
    with pytest.raises(UsageError) as caught:
        i18n.checked_language("de")
    assert caught.value.exit_code == 2


SOURCE = Path(__file__).parent.parent / "src" / "petitspas"

# Keys the code builds with an f-string, each listed with every value it can take.
BUILT_KEYS = {
    "check.statement.{}": [str(number) for number in range(1, 5)],
    "demo.extra.{}.cue": [str(index) for index in range(6)],
    "demo.extra.{}.title": [str(index) for index in range(6)],
    "demo.note.{}": [str(index) for index in range(12)],
    "demo.win.{}": [str(index) for index in range(10)],
    "demo.slip.{}": ["0", "1"],
    "export.col.q{}": [str(number) for number in range(1, 5)],
    "mark.{}": ["done", "missed", "skip"],
    "review.note_{}": ["missed", "skip"],
    "html.legend.{}": ["done", "missed", "skip", "not_due", "automatic", "to_log"],
    "schedule.{}": ["workdays", "daily"],
    "stall.reason.{}": list(STALL_REASONS),
    "status.today_{}": ["done", "missed", "skip"],
    "status.{}": ["locked", "active", "on_hold", "automatic", "dropped"],
    "weekday.{}": [str(day) for day in range(7)],
    "weekday.full.{}": [str(day) for day in range(7)],
    "month.{}": [str(month) for month in range(1, 13)],
    "month.short.{}": [str(month) for month in range(1, 13)],
    "revision.{}": ["title", "cue", "celebration", "schedule"],
    "settings.changed.{}": ["lang", "day_starts_at", "vision"],
    "edit.schedule_{}": ["automatic", "dropped"],
    "field.{}": ["title", "cue", "celebration"],
    "help.{}": ["app", "init", "catalog", "add", "path", "log", "status", "check", "drop"],
    "journal.op.{}": list(KINDS),
    "text.{}": ["undecodable", "line_break", "bidi", "control", "invisible", "too_long"],
    "{}.{}": [],  # i18n.tn's own `key.one` / `key.other`: the tn() calls are checked instead
}


def _keys_in_the_code() -> tuple[set[str], set[str]]:
    """The keys `t()` is called with, and the f-string shapes of those it builds."""
    import ast

    plain: set[str] = set()
    built: set[str] = set()
    key_like = re.compile(r"(help|opt|arg|meta)\.[a-z_]+")  # declared as keys, said later
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # Help texts and value names are declared as keys.
            if isinstance(node, ast.Constant) and key_like.fullmatch(str(node.value)):
                plain.add(node.value)
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("t", "tn")):
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and node.func.id == "tn":  # type: ignore[attr-defined]
                plain |= {f"{first.value}.one", f"{first.value}.other"}
            elif isinstance(first, ast.Constant):
                plain.add(first.value)
            elif isinstance(first, ast.JoinedStr):
                built.add(
                    "".join(
                        part.value if isinstance(part, ast.Constant) else "{}"
                        for part in first.values
                    )
                )
    return plain, built


def test_every_key_the_code_uses_exists_in_both_languages() -> None:
    plain, built = _keys_in_the_code()
    assert "log.written" in plain and "mark.{}" in built  # the walk sees both kinds
    assert "count.marks.other" in plain  # and the plural forms tn() picks from
    assert built <= set(BUILT_KEYS), "list the values of each key built with an f-string"
    used = plain | {shape.format(value) for shape in built for value in BUILT_KEYS[shape]}
    missing = sorted(key for key in used if key not in MESSAGES)
    assert missing == []
    assert all(all(MESSAGES[key]) for key in used)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", ["0 marks", "1 mark", "2 marks"]), ("fr", ["0 marque", "1 marque", "2 marques"])],
)
def test_counts_take_their_plural_form(lang: str, expected: list[str]) -> None:
    i18n.set_language(lang)
    assert [i18n.tn("count.marks", count) for count in (0, 1, 2)] == expected


def test_every_plural_key_has_both_forms() -> None:
    stems = {
        key.rsplit(".", 1)[0]
        for key in MESSAGES
        if key.endswith((".one", ".other")) and key != "arg.other"  # merge's OTHER argument
    }
    assert all(f"{stem}.one" in MESSAGES for stem in stems)
    assert all(f"{stem}.other" in MESSAGES for stem in stems)


# --- French typography: one helper ------------------------------------------------------------

NBSP = "\u00a0"


def test_typeset_puts_no_break_spaces_where_french_does() -> None:
    text = "Pas de commande « lgo » : vouliez-vous ? Oui ; 80 % ! `petitspas log --done`"
    assert i18n.typeset(text) == (
        f"Pas de commande «{NBSP}lgo{NBSP}»{NBSP}: vouliez-vous{NBSP}? Oui{NBSP}; 80{NBSP}%{NBSP}!"
        " `petitspas log --done`"
    )
    # A sign set apart by two spaces (the heatmap's key) is no punctuation: left alone.
    assert i18n.typeset("✓ fait  ? à noter") == "✓ fait  ? à noter"
    assert i18n.typeset("à 04:00, https://x") == "à 04:00, https://x"


def _filled(text: str) -> dict[str, str]:
    return dict.fromkeys(placeholders(text), "x")


def test_every_french_message_is_typeset_and_no_english_one() -> None:
    loose = re.compile(r"\S [:;?!%»]|« ")
    tight = re.compile(r"[^\s\d:/`'\"(*-][;?!](?:\s|$)")  # "est fait;" where French puts a space
    i18n.set_language("fr")
    french = {key: i18n.t(key, **_filled(fr)) for key, (_, fr) in MESSAGES.items()}
    assert [key for key, text in french.items() if loose.search(text)] == []
    assert [key for key, text in french.items() if tight.search(text)] == []
    i18n.set_language("en")
    assert [key for key, (en, _) in MESSAGES.items() if NBSP in i18n.t(key, **_filled(en))] == []


def test_numbers_and_questions_are_typeset_in_french() -> None:
    i18n.set_language("fr")
    assert (i18n.percent(0.8), i18n.prompt_suffix()) == (f"80{NBSP}%", f"{NBSP}: ")
    i18n.set_language("en")
    assert (i18n.percent(0.8), i18n.prompt_suffix()) == ("80%", ": ")


@pytest.mark.parametrize(
    "key",
    [
        "opt.schedule",
        "opt.new_schedule",
        "add.ask_schedule",
        "edit.ask_schedule",
        "schedule.invalid",
        "opt.date",
        "date.unknown",
    ],
)
def test_french_help_and_errors_name_the_french_words_accepted(key: str) -> None:
    i18n.set_language("fr")
    text = i18n.t(key, **_filled(i18n.messages("fr")[key]))
    assert not re.search(r"\b(workdays|daily|today|yesterday)\b(?! ?\))", text), text


def test_system_texts_are_said_in_french_where_the_command_speaks_french() -> None:
    import errno

    i18n.set_language("fr")
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert i18n.os_reason(missing) == "fichier ou dossier introuvable"
    assert i18n.os_reason(OSError(errno.ENOTDIR, "Not a directory")) == "ce n'est pas un dossier"
    assert i18n.os_reason(OSError(999, "Something odd")) == "Something odd"  # unknown: as it is
    assert i18n.json_reason("Unterminated string starting at") == "texte non terminé commençant à"
    assert i18n.json_reason("Something else") == "Something else"
    i18n.set_language("en")
    assert i18n.os_reason(missing) == "No such file or directory"
    assert i18n.json_reason("Unterminated string starting at") == "Unterminated string starting at"


def test_a_forecast_and_a_plateau_are_set_apart_as_french_sets_them() -> None:
    from petitspas.present.render import _forecast

    card = {"forecast": "2026-12-10", "forecast_beyond": False, "plateau": "2027-01-04"}
    i18n.set_language("fr")
    assert _forecast({**card, "plateau_beyond": False}) == (
        f"objectif de force le 2026-12-10 si chaque jour prévu est fait{NBSP}; "
        "plateau d'automatisme vers le 2027-01-04"
    )


def test_a_damaged_french_store_is_explained_in_french(run: Run, store_path: Path) -> None:
    store_path.parent.mkdir()
    store_path.write_text('{"schema": "x', encoding="utf-8")
    result = run("--lang", "fr", "status")
    assert result.exit_code == 3
    assert "texte non terminé commençant à" in result.stderr
    assert "Unterminated" not in result.stderr
    store_path.unlink()
    store_path.parent.rmdir()
    store_path.parent.write_text("not a folder", encoding="utf-8")  # where the folder should be
    result = run("--lang", "fr", "log", "--done")
    assert result.exit_code == 3
    assert "ce n'est pas un dossier" in result.stderr, result.stderr

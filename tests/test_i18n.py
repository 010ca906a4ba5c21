"""The translation layer: every message in both languages, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from petitspas import i18n
from petitspas.errors import UsageError


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(i18n.MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    english, french = i18n.MESSAGES[key]
    assert english.strip() and french.strip()
    assert english == english.strip() and french == french.strip()
    assert placeholders(english) == placeholders(french)


def test_t_fills_values_in_the_current_language() -> None:
    i18n.set_language("fr")
    assert i18n.t("init.created", path="/x") == "Fichier créé à /x."
    i18n.set_language("en")
    assert i18n.t("init.created", path="/x") == "Created your store at /x."


def test_numbers_follow_the_language() -> None:
    i18n.set_language("fr")
    assert (i18n.percent(0.1873), i18n.decimal(5.25), i18n.decimal(6.0)) == (
        "18\u202f%",
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
        ({"PETITSPAS_LANG": "fr", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
        ({"PETITSPAS_LANG": "de"}, "en"),
        ({}, "en"),
    ],
)
def test_environment_language(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for variable in ("PETITSPAS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert i18n.environment_language() == expected


def test_checked_language_refuses_unknown() -> None:
    assert i18n.checked_language(" FR ") == "fr"
    with pytest.raises(UsageError) as caught:
        i18n.checked_language("de")
    assert caught.value.exit_code == 2

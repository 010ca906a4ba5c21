"""Tests for the built-in catalog of starter steps."""

from petitspas.core.catalog import CATALOG, CatalogText, catalog_step

KEYS = [
    "bonjour",
    "trois-reussites",
    "cahier-de-reussites",
    "nouvelles",
    "merci",
    "question-ouverte",
    "deleguer",
    "reunion-utile",
    "cap",
]


def test_keys_in_order() -> None:
    assert [step.key for step in CATALOG] == KEYS


def test_cahier_de_reussites_is_on_fridays() -> None:
    step = catalog_step("cahier-de-reussites")
    assert step is not None
    assert step.schedule == "fri"


def test_titles_are_non_empty_and_distinct_in_each_language() -> None:
    for lang in ("en", "fr"):
        titles = [step.text(lang).title for step in CATALOG]
        assert all(titles)
        assert len(set(titles)) == len(titles)


def test_every_field_is_short_and_trimmed() -> None:
    for step in CATALOG:
        for text in (step.en, step.fr):
            for field in CatalogText.__slots__:
                value = getattr(text, field)
                assert isinstance(value, str)
                assert value, (step.key, field)
                assert len(value) <= 60, (step.key, field, value)
                assert value == value.strip(), (step.key, field, value)


def test_catalog_step_finds_by_key() -> None:
    step = catalog_step("merci")
    assert step is not None
    assert step.key == "merci"


def test_catalog_step_unknown_key_is_none() -> None:
    assert catalog_step("nope") is None


def test_text_picks_language_and_falls_back_to_english() -> None:
    step = CATALOG[0]
    assert step.text("fr") is step.fr
    assert step.text("en") is step.en
    assert step.text("de") is step.en
    assert step.fr.title == "Dire bonjour à chacun"
    assert step.en.title == "Say good morning to each person"

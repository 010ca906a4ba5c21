"""`t` and `tn`, the languages petitspas speaks and the one choice of a command's language;
numbers, percentages and French typography. The messages are in one file per language
(`en.py`, `fr.py`)."""

from __future__ import annotations

import math
import os
import re

LANG_ENV = "PETITSPAS_LANG"
LANGS = ("en", "fr")
"""The languages, each the name of its message file in this package."""
DEFAULT = "en"
_current = DEFAULT
_tables: dict[str, dict[str, str]] = {}  # a language's messages, loaded when first spoken


def messages(lang: str) -> dict[str, str]:
    """The message table of `lang` (its module `petitspas.i18n.<lang>`)."""
    table = _tables.get(lang)
    if table is None:
        import importlib

        table = _tables[lang] = importlib.import_module(f"petitspas.i18n.{lang}").MESSAGES
    return table


def is_key(text: object) -> bool:
    """Whether `text` is a message key (help texts are declared as keys, said later)."""
    return text in messages(DEFAULT)


def locale_language() -> str:
    """The language of the locale variables, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else DEFAULT
    return DEFAULT


def environment_language() -> str:
    """$PETITSPAS_LANG when it names a language, else the locale's: the language before a
    command line is read (an unknown value is left for --lang's own check to say)."""
    lang = os.environ.get(LANG_ENV, "").strip().lower()
    return lang if lang in LANGS else locale_language()


def checked_language(value: str) -> str:
    """`value` if it names a supported language; a UsageError otherwise."""
    lang = value.strip().lower()
    if lang not in LANGS:
        from petitspas.errors import UsageError

        raise UsageError(t("lang.invalid", value=value))
    return lang


def choose(option: str | None, store_lang: str | None = None) -> str:
    """The one choice of a command's language: `option` (--lang or $PETITSPAS_LANG; a
    UsageError if unknown), else the store's setting, else the locale's."""
    if option:
        lang = checked_language(option)
    elif store_lang in LANGS:
        lang = store_lang
    else:
        lang = locale_language()
    set_language(lang)
    return lang


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGS else DEFAULT


def language() -> str:
    return _current


def t(key: str, /, **values: object) -> str:
    """The message `key` in the current language, with `values` filled in. French is
    typeset (see `typeset`) before the values go in: a user's own text is left as typed."""
    if _current != "fr":
        return messages(_current)[key].format(**values)
    template = _typeset.get(key)
    if template is None:
        template = _typeset[key] = typeset(messages("fr")[key])
    return template.format(**values)


NBSP = "\u00a0"
"""French typography's no-break space. U+00A0 rather than the narrow U+202F: a terminal
draws both one cell wide, so the narrow one gains nothing there, while U+00A0 is in every
font and every code page a terminal may use (Latin-1, cp1252, cp850 have no U+202F: a
French line would show `80?%`). It is also the space French word processors put there."""
# A plain space between a word and : ; ? ! % », or after «. A sign set apart by two
# spaces (the heatmap's key: "non prévu  ? à noter") is no punctuation and stays as typed.
_LOOSE = re.compile(r"(?<=\S) (?=[:;?!%»])|(?<=«) ")
_typeset: dict[str, str] = {}  # French templates, typeset once per command


def typeset(text: str) -> str:
    """`text` (French) with a no-break space before : ; ? ! % and », and after «, where it
    has a plain one: so that no line starts with a colon or ends with a guillemet. The
    messages are typed with plain spaces, as on a keyboard; this is the one place that
    turns them into no-break ones."""
    return _LOOSE.sub(NBSP, text)


def tn(key: str, count: int, /, **values: object) -> str:
    """The message `key.one` or `key.other` for `count`, with `count` and `values` filled in.

    English says "1 mark" and "0 marks"; French says « 0 marque », « 1 marque », « 2 marques ».
    """
    one = count < 2 if _current == "fr" else count == 1
    return t(f"{key}.{'one' if one else 'other'}", count=count, **values)


def either(items: list[str]) -> str:
    """A list as a sentence offers it: "md, html, json or csv" / « md, html, json ou csv »."""
    if len(items) < 2:
        return "".join(items)
    return t("list.either", first=", ".join(items[:-1]), last=items[-1])


def floored(value: float, places: int) -> float:
    """`value` rounded down to `places` decimals: how every strength is shown, so that
    0.79998 never reads as the 0.80 goal it has not reached. The slack is the gate's own
    (progress._EPSILON): a strength the gate counts as reached shows as reached."""
    scale: int = 10**places
    return math.floor((value + 1e-12) * scale) / scale


def percent(value: float) -> str:
    """A 0–1 value as a whole percentage, rounded down, typeset for the current language."""
    whole = round(floored(value, 2) * 100)
    return f"{whole}{NBSP}%" if _current == "fr" else f"{whole}%"


def prompt_suffix() -> str:
    """What ends a question at the terminal: ": ", and in French a space before the colon."""
    return f"{NBSP}: " if _current == "fr" else ": "


def decimal(value: float) -> str:
    """A score like 5.25 with the current language's decimal mark (5,25 in French)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if _current == "fr" else text


# What the system says, in French where the command speaks French: the error texts a
# store's folder or its JSON most often give. Others are quoted as the system words them.
_OS_FRENCH = {  # by errno name: the English text differs between systems, the name does not
    "ENOENT": "fichier ou dossier introuvable",
    "EACCES": "permission refusée",
    "EPERM": "opération non permise",
    "ENOTDIR": "ce n'est pas un dossier",
    "EISDIR": "c'est un dossier",
    "EEXIST": "le fichier existe déjà",
    "ENOSPC": "plus de place sur le disque",
    "EDQUOT": "quota de disque dépassé",
    "EROFS": "système de fichiers en lecture seule",
    "EIO": "erreur d'entrée-sortie",
    "ELOOP": "trop de liens symboliques",
    "ENAMETOOLONG": "nom de fichier trop long",
    "ENOTEMPTY": "dossier non vide",
    "EBUSY": "ressource occupée",
    "ETXTBSY": "fichier occupé",
    "EMFILE": "trop de fichiers ouverts",
}
_JSON_FRENCH = {  # json.JSONDecodeError.msg, and what parse says of a file past its limits
    "Expecting value": "valeur attendue",
    "Expecting property name enclosed in double quotes": "nom de champ entre guillemets droits attendu",
    "Expecting ',' delimiter": "virgule attendue",
    "Expecting ':' delimiter": "deux-points attendus",
    "Unterminated string starting at": "texte non terminé commençant à",
    "Invalid control character at": "caractère de contrôle invalide à",
    "Invalid \\escape": "séquence d'échappement \\ invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Extra data": "données en trop après la fin",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l'objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin de la liste",
    "nesting too deep": "imbrication trop profonde",
    "Exceeds the limit (4300 digits) for integer string conversion": "nombre de plus de 4300 chiffres",
}


def os_reason(error: OSError) -> str:
    """What the system says of `error`, in the current language when it is a common one."""
    import errno

    said = error.strerror or str(error) or type(error).__name__
    if _current != "fr" or error.errno is None:
        return said
    return _OS_FRENCH.get(errno.errorcode.get(error.errno, ""), said)


def json_reason(message: str) -> str:
    """A JSON parser's message in the current language when it is a common one."""
    if _current != "fr":
        return message
    # By its start: some go on with details ("… conversion: value has 5000 digits").
    return next((fr for en, fr in _JSON_FRENCH.items() if message.startswith(en)), message)

"""The 21 languages, their own names, and how platform tags map onto them."""

from __future__ import annotations

DEFAULT = "en"

# code -> the language's name in itself (shown on the language buttons in every locale).
AUTONYMS: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "da": "Dansk",
    "de": "Deutsch",
    "eo": "Esperanto",
    "es": "Español",
    "fa": "فارسی",
    "fr": "Français",
    "hi": "हिन्दी",
    "hu": "Magyar",
    "id": "Bahasa Indonesia",
    "ja": "日本語",
    "pl": "Polski",
    "pt": "Português",
    "pt-BR": "Português do Brasil",
    "ro": "Română",
    "ru": "Русский",
    "th": "ไทย",
    "tr": "Türkçe",
    "ug": "ئۇيغۇرچە",
    "zh-Hans": "中文（简体）",
}
LOCALES: tuple[str, ...] = tuple(AUTONYMS)
RTL: frozenset[str] = frozenset({"ar", "fa", "ug"})

# The CLDR locale whose number and plural rules each code uses. Babel's plain `pt` carries the
# Brazilian rules (0 is "one"); European Portuguese needs `pt_PT` (0 is "other").
BABEL_LOCALE: dict[str, str] = {code: code.replace("-", "_") for code in LOCALES}
BABEL_LOCALE["pt"] = "pt_PT"

_BY_LOWER = {code.lower(): code for code in LOCALES}


def negotiate(tag: str | None) -> str | None:
    """Map a platform tag (`pt-br`, `zh-TW`, `de_AT`, `es-419`) to one of ours, or None."""
    if not tag:
        return None
    norm = tag.strip().replace("_", "-").lower()
    if not norm or len(norm) > 35:
        return None
    if norm in _BY_LOWER:
        return _BY_LOWER[norm]
    primary = norm.split("-", 1)[0]
    if primary == "zh":
        return "zh-Hans"
    if primary == "pt":
        return "pt-BR" if norm.startswith("pt-br") else "pt"
    return _BY_LOWER.get(primary)


def chain(code: str) -> tuple[str, ...]:
    """The fallback chain for a supported code, ending in `en`."""
    if code == "pt-BR":
        return ("pt-BR", "pt", DEFAULT)
    if code == "pt":
        return ("pt", "pt-BR", DEFAULT)
    if code == DEFAULT or code not in AUTONYMS:
        return (DEFAULT,)
    return (code, DEFAULT)

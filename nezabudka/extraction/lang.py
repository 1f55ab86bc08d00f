"""Language of a report (en/ru/be) from script and letter statistics, without models."""

from __future__ import annotations

from nezabudka.extraction import scan

_BE_ONLY = scan.compile(r"[іІўЎ]")
_RU_ONLY = scan.compile(r"[иИщЩъЪ]")
_CYR = scan.compile(r"[а-яёА-ЯЁіІўЎ]")
_LAT = scan.compile(r"[a-zA-Z]")


def detect_language(text: str) -> str:
    """'be' when і/ў dominate over и/щ/ъ, 'ru' for other Cyrillic, else 'en'."""
    sample = text[:20000]
    cyr, lat = len(_CYR.findall(sample)), len(_LAT.findall(sample))
    if cyr <= lat:
        return "en"
    be, ru = len(_BE_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
    be += sample.count("дз") // 2 + sample.count("’") + sample.count("'")
    return "be" if be > ru else "ru"

"""Phonetic folding: every spelling of a name word -> one lowercase ASCII key.

Cyrillic words are romanized (passport style, which covers Russian letters too) and then all
Latin spellings are folded with the same rules, so "Бяляцкі", "Bialiatski", "Byalyatski",
"Беляцкий", "Belyatsky" all give ``belecki``. The rules encode what differs between the
systems and between Belarusian and Russian forms, not spelling in general:

* diacritics and Polish digraphs (š/sz → sh, č/cz → ch, ł → l, w → v);
* iotation (ia/ya/ja/â → e after a consonant: Аляксандр/Александр, Бяляцкі/Беляцкий);
* akanne (o → a), ў/w/ou (→ v: Ціханоўскі/Тихановский), tsekanne (ts/c before i → t);
* г/g/h/kh/x(Polish ch) → h, double letters, -ий/-ый/-i/-y endings → i.

``skeleton`` goes further (e → a) and is used for blocking and as a weaker second opinion.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nezabudka.names.translit import CYRILLIC_RE, transliterate

# Latin words with these marks come from Polish, Łacinka or the national system, where "ch"
# is х (not ч) and "rz" is ж.
_POLISH_NATIONAL = re.compile(r"[čšžŭćśźńĺłżóąę]|cz|sz")
_DIACRITICS = {
    "š": "sh", "č": "ch", "ž": "zh", "ŭ": "v", "ć": "c", "ś": "s", "ź": "z", "ń": "n",
    "ĺ": "l", "ł": "l", "ë": "io", "é": "e", "è": "e", "ė": "e", "ì": "i", "í": "i",
    "û": "iu", "â": "ia", "ó": "u", "ż": "zh", "ą": "on", "ę": "en", "ý": "y", "ĭ": "i",
    "ŝ": "sh", "ü": "iu", "ö": "io", "ä": "e",
}  # fmt: skip
_STRIP = re.compile(r"[ʹʺ'’`´\"”·\u0361\u0300-\u036f]")
_IOT = re.compile(r"[iyj]+([aeou])")
_DOUBLE = re.compile(r"(.)\1+")
_NONALPHA = re.compile(r"[^a-z]")


def is_polish_or_national(text: str) -> bool:
    """Latin text whose marks say "ch" = х (Polish, Łacinka, national system)."""
    return bool(_POLISH_NATIONAL.search(text.lower()))


@lru_cache(maxsize=200_000)
def fold(word: str, polish: bool = False) -> str:
    """Fold one word (any script, any system) to its phonetic key.

    ``polish`` says another word of the same name showed Polish/national marks, so this
    word's "ch" is х too (Swiatłana Cichanouska).
    """
    w = word.strip().lower()
    if not w:
        return ""
    if CYRILLIC_RE.search(w):
        w = transliterate(w.replace("щ", "ш"), "be_passport")
        polish = False
    polish = polish or bool(_POLISH_NATIONAL.search(w))
    if polish:
        w = w.replace("ch", "h").replace("rz", "zh")
    w = w.replace("cz", "ch").replace("sz", "sh")
    w = "".join(_DIACRITICS.get(c, c) for c in w)
    w = _STRIP.sub("", unicodedata.normalize("NFC", w))
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = w.replace("shch", "sh").replace("sch", "sh").replace("x", "ks").replace("q", "k")
    w = w.replace("tch", "ch")  # French/German-style Labkovitch, Aleksievitch
    w = re.sub(r"ck$", "k", w)  # English-style Losick, Znack
    w = w.replace("dzh", "j").replace("dz", "d").replace("kh", "h").replace("g", "h")
    w = w.replace("tz", "c").replace("ts", "c").replace("w", "v")
    # -ий/-ый/-iy/-yi endings all become a single i before iotation eats them.
    w = re.sub(r"(?:ii|iy|ij|yi|yy|yj|y)$", "i", w)
    w = _IOT.sub(lambda m: {"a": "e", "e": "e", "o": "o", "u": "u"}[m.group(1)], w)
    w = w.replace("o", "a")
    w = re.sub(r"(?<=[aeiu])u(?=[^aeiou]|$)", "v", w)  # ў after a vowel: Kalesnikau → -av
    w = re.sub(r"c(?=i)", "t", w)  # Belarusian ці = Russian ти (Ціханоўскі/Тихановский)
    w = w.replace("y", "i").replace("j", "i")
    w = re.sub(r"(?<=[ae]vi)c$", "ch", w)  # Stefanovič written without the háček
    w = re.sub(r"(?<=[sc]k)ae$", "a", w)  # -ская/-skaja = Polish -ska
    w = _NONALPHA.sub("", w)
    return _DOUBLE.sub(r"\1", w)


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Coarser key: the fold with e merged into a (akanne/yakanne, Łacinka 'la' = 'ля')."""
    return fold(word).replace("e", "a")


# Gender/adjectival endings removed for blocking: -ава/-аў, -іна/-ін, -ская/-скі, -ая/-ы.
_ENDING = re.compile(r"(?<=[sc]k)(?:aa|a|i)$|(?<=[vn])a$|(?:aa|ai|a|i)$")


@lru_cache(maxsize=200_000)
def stem_key(word: str) -> str:
    """Gender- and ending-neutral skeleton for blocking (Калеснікава/Калеснікаў → kalasnikav)."""
    s = skeleton(word)
    m = _ENDING.search(s)
    if m and m.start() >= 3:
        return s[: m.start()]
    return s


def fold_text(text: str) -> str:
    polish = is_polish_or_national(text)
    return " ".join(fold(t, polish) for t in tokenize(text))


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def tokenize(text: str) -> list[str]:
    """Name words; hyphenated surnames stay one token, commas and digits are dropped."""
    return _TOKEN.findall(text)

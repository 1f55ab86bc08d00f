"""Name order: which word is the given name, the surname, the patronymic.

Handles "Ales Bialiatski", "BIALIATSKI Ales", "Bialiatski, Ales", "Бяляцкі Алесь Віктаравіч",
"Алесь Віктаравіч Бяляцкі". Surnames in -ович/-овіч (Стефановіч, Лабковіч) are common, so a
word counts as a patronymic only in three-word names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka.names.fold import tokenize
from nezabudka.names.given import is_given_name

_PATRONYMIC = re.compile(
    r"(?:"
    r"[ао]в[іи]ч|[еэ]в[іи]ч|[іиы]ч|[ао]ўна|[еэ]ўна|[ао]вна|[еэ]вна|[іи]чна|[іи]нічна"
    r"|ovich|evich|avich|ovna|evna|auna|ichna|ovič|evič|avič|aŭna"
    r")$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedName:
    given: str | None = None
    surname: str | None = None
    patronymic: str | None = None

    @property
    def parts(self) -> list[str]:
        return [p for p in (self.given, self.patronymic, self.surname) if p]


def looks_like_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word)) and not is_given_name(word)


def _is_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def split_name(text: str) -> ParsedName:
    """Split a full name into given name, surname and patronymic."""
    if "," in text:
        head, _, tail = text.partition(",")
        sur = tokenize(head)
        rest = tokenize(tail)
        if sur and rest:
            patr = rest[1] if len(rest) > 1 else None
            return ParsedName(rest[0], " ".join(sur), patr)
    toks = tokenize(text)
    if not toks:
        return ParsedName()
    if len(toks) == 1:
        t = toks[0]
        return ParsedName(given=t) if is_given_name(t) else ParsedName(surname=t)
    if len(toks) == 2:
        a, b = toks
        if _is_caps(a) and not _is_caps(b):
            return ParsedName(given=b, surname=a)
        if _is_caps(b) and not _is_caps(a):
            return ParsedName(given=a, surname=b)
        ga, gb = is_given_name(a), is_given_name(b)
        if gb and not ga:
            return ParsedName(given=b, surname=a)
        return ParsedName(given=a, surname=b)
    if len(toks) == 3:
        a, b, c = toks
        if _is_caps(a) and not _is_caps(b):
            return ParsedName(given=b, surname=a, patronymic=c)
        if looks_like_patronymic(b) and not looks_like_patronymic(c):
            return ParsedName(given=a, patronymic=b, surname=c)  # Алесь Віктаравіч Бяляцкі
        if looks_like_patronymic(c):
            if is_given_name(a) and not is_given_name(b):
                return ParsedName(given=a, surname=b, patronymic=c)
            return ParsedName(given=b, surname=a, patronymic=c)  # Бяляцкі Алесь Віктаравіч
        if is_given_name(b) and not is_given_name(a):
            return ParsedName(given=b, surname=a, patronymic=c)
        return ParsedName(given=a, surname=" ".join(toks[1:]))
    # Longer: first given name, the rest is a (compound) surname.
    if _is_caps(toks[0]):
        return ParsedName(given=" ".join(toks[1:]), surname=toks[0])
    return ParsedName(given=toks[0], surname=" ".join(toks[1:]))

"""Sentences as spreadsheets and reports write them: "4 1/2 years", "6 years and a fine",
"3 years 6 months", "2.5 years of open facility", "15 years in high security prison",
"5 лет колонии усиленного режима", "1 год 6 месяцев".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from nezabudka.core.vocab import REGIME_SYNONYMS, Regime


class SentenceError(ValueError):
    """A sentence text that cannot be read."""


@dataclass(frozen=True, slots=True)
class Sentence:
    years: int = 0
    months: int = 0
    fine: bool = False
    fine_amount: str | None = None  # as written, e.g. "100 base units"; currency varies
    regime: Regime | None = None
    life: bool = False

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    def text(self) -> str:
        """Canonical English text; parse(text()) gives back the same Sentence."""
        parts: list[str] = []
        if self.life:
            parts.append("life")
        else:
            if self.years:
                parts.append(f"{self.years} year{'s' if self.years != 1 else ''}")
            if self.months:
                parts.append(f"{self.months} month{'s' if self.months != 1 else ''}")
        text = " ".join(parts)
        if self.fine:
            fine = "a fine" + (f" of {self.fine_amount}" if self.fine_amount else "")
            text = f"{text} and {fine}" if text else fine
        if self.regime is not None:
            text = f"{text}, {self.regime.value}" if text else self.regime.value
        return text


_NUM = r"(\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?|\d+/\d+|½)"
_YEARS = re.compile(_NUM + r"\s*(?:years?|yrs?|y|г\.?|года?|лет|гадоў|гады|год)\b", re.I)
_MONTHS = re.compile(_NUM + r"\s*(?:months?|mos?|мес\.?|месяц(?:а|ев)?|месяцаў|месяцы|месяц)", re.I)
_FINE = re.compile(
    r"\b(?:fine|fined|штраф\w*)\b(?:\s+(?:of\s+)?(?P<amount>\d[\d\s.,]*\s*"
    r"(?:base units|базовых величин|базавых велічынь|BYN|BYR|rubles|руб\.?|EUR|USD)\w*))?",
    re.I,
)
_LIFE = re.compile(r"\b(?:life|пожизненн\w*|пажыццёв\w*)\b", re.I)


def _number(text: str) -> Fraction:
    text = text.replace(",", ".").replace("½", "1/2").strip()
    total = Fraction(0)
    for piece in text.split():
        total += Fraction(piece)
    return total


# One regex, built once; the longest synonym found wins ("high security prison" over "prison").
_REGIME_KEYS = sorted((k for k in REGIME_SYNONYMS if len(k) > 3), key=len, reverse=True)
_REGIME_RE = re.compile("(?<!\\w)(" + "|".join(re.escape(k) for k in _REGIME_KEYS) + ")(?!\\w)")


def _find_regime(text: str) -> Regime | None:
    """The regime named by the longest synonym in the text ("a fine, prison" is prison)."""
    found = [m.group(1) for m in _REGIME_RE.finditer(text.lower())]
    return REGIME_SYNONYMS[max(found, key=len)] if found else None


def parse_sentence(text: str) -> Sentence:
    """Parse a sentence; raises SentenceError naming accepted forms."""
    s = " ".join(text.strip().split())
    if not s:
        raise SentenceError("empty sentence")
    years = months = Fraction(0)
    if m := _YEARS.search(s):
        years = _number(m.group(1))
    if m := _MONTHS.search(s):
        months = _number(m.group(1))
    fine_m = _FINE.search(s)
    life = bool(_LIFE.search(s))
    regime = _find_regime(s)
    if not (years or months or fine_m or life or regime):
        raise SentenceError(
            f"cannot read sentence {text.strip()!r}; write e.g. '4 years', '4 1/2 years', "
            "'3 years 6 months', '6 years and a fine', '2 years open facility'"
        )
    total = years * 12 + months
    if total.denominator != 1:
        raise SentenceError(f"sentence {text.strip()!r} is not a whole number of months")
    whole = int(total)
    amount = fine_m.group("amount").strip() if fine_m and fine_m.group("amount") else None
    return Sentence(
        years=whole // 12,
        months=whole % 12,
        fine=bool(fine_m) or regime == Regime.FINE,
        fine_amount=amount,
        regime=regime if regime != Regime.FINE else None,
        life=life,
    )

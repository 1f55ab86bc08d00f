"""Partial dates: "in February 2021" is stored as 2021-02, never padded into a false day.

The text form follows EDTF (ISO 8601-2 level 1): ``2021``, ``2021-02``, ``2021-02-14`` and a
trailing ``~`` for "approximately" (``2021-02~``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class PartialDateError(ValueError):
    """A date text that cannot be read, or names a day that does not exist."""


_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(?:(?P<d>\d{1,2})[./])?(?P<m>\d{1,2})[./](?P<y>\d{4})$")
_APPROX_WORDS = re.compile(r"^(?:c\.|ca\.|circa|about|approx\.?|около|каля|прыблізна)\s*", re.I)


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 2999:
            raise PartialDateError(f"year {self.year} is out of range (1000-2999)")
        if self.day is not None and self.month is None:
            raise PartialDateError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise PartialDateError(f"month {self.month} does not exist; use 1-12")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise PartialDateError(
                    f"{self.year:04d}-{self.month:02d} has no day {self.day} (it has {last} days)"
                )

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """EDTF text: 2021, 2021-02, 2021-02-14, with '~' when approximate."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text + ("~" if self.approximate else "")

    __str__ = iso

    def earliest(self) -> dt.date:
        """First day the date could mean (for "held on date X" queries), not a claimed day."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """Last day the date could mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def from_storage(cls, value: dt.date, precision: str, approximate: bool = False) -> PartialDate:
        """Rebuild from the two database columns (earliest day + precision)."""
        p = Precision(precision)
        return cls(
            value.year,
            value.month if p != Precision.YEAR else None,
            value.day if p == Precision.DAY else None,
            approximate,
        )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read '2021', '2021-02', '2021-02-14', '14.02.2021', '02.2021', each optionally
        approximate ('2021-02~', 'c. 2021'). Raises PartialDateError saying what is accepted."""
        raw = text
        s = text.strip()
        approximate = False
        if s.endswith(("~", "?")):
            approximate, s = True, s[:-1].strip()
        m_words = _APPROX_WORDS.match(s)
        if m_words:
            approximate, s = True, s[m_words.end() :]
        m = _ISO.match(s) or _DOTTED.match(s)
        if not m:
            raise PartialDateError(
                f"cannot read date {raw!r}; write YYYY, YYYY-MM or YYYY-MM-DD "
                "(or DD.MM.YYYY), with a trailing ~ if approximate"
            )
        parts = m.groupdict()
        return cls(
            int(parts["y"]),
            int(parts["m"]) if parts.get("m") else None,
            int(parts["d"]) if parts.get("d") else None,
            approximate,
        )


def parse_optional(text: str | None) -> PartialDate | None:
    """Empty cells mean "unknown", not an error."""
    if text is None or not str(text).strip():
        return None
    return PartialDate.parse(str(text))

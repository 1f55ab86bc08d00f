"""Who tells a fact after it: "Сейчас он находится в СИЗО-7, сообщил правозащитник Андрей
С.", "It is his fourth stint in SHIZO, says his mother, Halina S.". The name after the
reporting verb is the source, not the subject named after the fact (see ``attribution``)."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.people import Mention

_REPORTED_BY = scan.compile(
    r"(?:[,—–]\s*)(?:says|said|told|adds|added|writes|wrote|сообщил\w*|сообщает|сказал\w*|"
    r"рассказал\w*|рассказывает|говорит|пишет|отмечает|нагадвае|кажа|паведаміў\w*|паведамляе|"
    r"расказаў\w*|расказала|расказвае|сказаў|піша)\s+(?:[^\W\d_]+,?\s+){0,3}$",
    re.I,
)


def reported_by(text: str, m: Mention) -> bool:
    """Whether ``m`` is named right after a reporting verb that follows a comma."""
    return bool(_REPORTED_BY.search(text, max(0, m.start - 50), m.start))

"""A short name in quotation marks is a place's or a case's nickname, not a person: "из
колонии № 22 «Волчьи норы» вышел Николай Г." ("Волчьи" is no case form of the surname Волчек
the report also names), "«Витьба»", "the "Amerikanka"". A declined surname matched only by
its first letters is not looked for inside one."""

from __future__ import annotations

from nezabudka.extraction import scan

# an opening quotation mark, one to three words, the closing mark
_QUOTED = scan.compile(r"[«„\"“](?:[^\W\d_][\w'’-]*\s?){1,3}[»“”\"]")


def in_quoted_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a quoted name of at most three words."""
    return start > 0 and _QUOTED.match(text, start - 1) is not None

"""Funeral leave asked for and refused, told over two sentences, and the day it was refused.

Relatives' testimonies rarely say "he was denied the funeral" in one clause: "Я пісала заявы,
прасіла, каб Арцёму дазволілі развітацца з бацькам, — адмовілі", "We asked for Artsiom to be
allowed to attend the funeral. The colony refused." The request and the refusal make the
denial; the death told just before dates it ("У сакавіку памёр яго бацька").
"""

from __future__ import annotations

import re

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

_FUNERAL = scan.compile(
    r"\b(?:funeral|burial|bury|say goodbye|похорон\w*|попрощаться|проститься|пахаванн\w*|"
    r"развітацца|развітання)\b",
    re.I,
)
_REQUEST = scan.compile(
    r"\b(?:ask(?:ed)?|request\w*|appl(?:y|ied)|petition\w*|прос(?:ил|ила|или)|писал[аи]?|"
    r"заявлени\w*|прасіл[аі]?|пісал[аі]?|заяв[аыу]?)\b",
    re.I,
)
_REFUSED = scan.compile(
    r"\b(?:refus\w*|denied|turned down|rejected|отказ\w*|адмов\w*|адмаў\w*)|"
    r"\bне (?:разреш|дазвол|отпуст|адпусц|пустил|пусцілі)\w*|"
    # "We asked for Artsiom to be allowed to attend the funeral. The answer was no."
    r"\b(?:answer|reply) was (?:no|negative)\b|\bответ был (?:отрицательн\w*|«?нет)|"
    r"\bадказ быў (?:адмоўн\w*|«?не\b)",
    re.I,
)
_DIED = scan.compile(r"\b(?:died|passed away|умер|умерла|скончал\w*|памёр|памерла)\b", re.I)
# a relative's burial ("they buried her on the 14th"), not a prisoner's own ("he was buried")
_BURIED = scan.compile(r"\b(?:пахавалі|похоронили|they buried)\b", re.I)
# a relative's funeral, not a dead prisoner's own burial ("Ryhor was buried on 19 November": the
# refusal to let the family hold one stays undated)
_BURIAL = scan.compile(
    r"\b(?:пахаванне|пахаванні|пахавалі|похороны|похоронили|the funeral)\b",
    re.I,
)
_DEATH_REACH = 3  # sentences back to the death that dates the refusal


# wordings the trigger list misses: the refusal after the farewell ("Сыну развітацца з бацькам
# не дазволілі"), "адмовілі ў магчымасці развітацца", "не змог развітацца з бацькам" (a prisoner
# kept from it), "refused to hand the body over"
_DENIED_FAREWELL = scan.compile(
    r"\b(?P<w>развітацца|попрощаться|проститься)\b[^.;]{0,40}?\bне (?:дазволілі|дазвалялі|"
    r"адпусцілі|разрешили|позволили|отпустили)\b|"
    r"\b(?:адмовілі|адмовіла|отказали|отказала)\s+(?:\w+\s+)?[ўув]\s+(?:магчымасці|возможности)\s+"
    r"(?P<w2>развітацца|попрощаться|проститься)\b|"
    r"\bне (?:змог|змагла|смог|смогла)\s+(?P<w3>развітацца|попрощаться|проститься)\b|"
    r"\b(?:refused|declined|would not|did not)\s+to\s+hand\s+(?:the|his|her)\s+(?P<w4>body)\s+over\b",
    re.I,
)


def funeral_requests(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the funeral word of each request for funeral leave that the same or the
    next sentence says was refused."""
    out: list[tuple[int, int]] = []
    # most reports tell of no funeral: one scan of the text, not one a sentence
    if not _FUNERAL.search(doc.text) and "body" not in doc.text:
        return out
    for m in _DENIED_FAREWELL.finditer(doc.text):
        w = next(g for g in ("w", "w2", "w3", "w4") if m.group(g))
        out.append((m.start(w), m.end(w)))
    for i, s in enumerate(doc.sents):
        topic = _FUNERAL.search(s.text)
        if topic is None or not _REQUEST.search(s.text):
            continue
        nxt = doc.sents[i + 1].text if i + 1 < len(doc.sents) else ""
        if _REFUSED.search(s.text) or _REFUSED.search(nxt):
            out.append((s.start + topic.start(), s.start + topic.end()))
    return out


def funeral_on_death_day(doc: Doc, claims: list[Claim]) -> None:
    """An undated funeral denial takes the last date of the death told in its sentence or in
    the few before it ("Бацька памёр 12 кастрычніка, а пахаванне адбылося праз тры дні")."""
    for c in claims:
        if c.kind != "funeral_denied":
            continue
        i = doc.sentence_of(c.pos)
        # "у маі не пусцілі развітацца з бабуляй — яе пахавалі 14-га": the burial's own day
        buried = _BURIED.search(doc.text, c.pos, doc.sents[i].end)
        after = buried.end() if buried else doc.sents[i].end
        when = doc.resolved_dates(after, doc.sents[i].end)
        if when and when[0].start - after < 20:
            day = doc.resolved[when[0].start]
            if c.date is None or (c.date.day is None and day.month == c.date.month):
                c.date = day
            continue
        if c.date is not None:
            continue
        # the funeral's day told beside the denial: "Пахавалі Мікалая 27 жніўня." before it,
        # "Бацька памёр 12 кастрычніка, а пахаванне адбылося праз тры дні." after it
        burial = _burial_day(doc, [k for k in (i - 1, i + 1, i + 2) if 0 <= k < len(doc.sents)])
        if burial is not None:
            c.date = burial
            continue
        for k in range(i, max(-1, i - _DEATH_REACH - 1), -1):
            s = doc.sents[k]
            if not _DIED.search(s.text):
                continue
            when = doc.resolved_dates(s.start, s.end)
            if when:
                c.date = doc.resolved[when[-1].start]
            elif k < i:
                # "— Your father died while you were inside. — Yes, in November 2024.": the
                # answer dates the death
                answer = doc.resolved_dates(doc.sents[k + 1].start, doc.sents[k + 1].end)
                if answer and not any(doc.sents[k + 1].start <= o.pos < c.pos for o in claims):
                    c.date = doc.resolved[answer[0].start]
            break


def _burial_day(doc: Doc, near: list[int]) -> PartialDate | None:
    for k in near:
        s = doc.sents[k]
        for b in _BURIAL.finditer(s.text):
            start = s.start + b.start()
            when = [  # "Пахавалі Мікалая 27 жніўня", "пахаванне адбылося праз тры дні"
                d for d in doc.resolved_dates(start, s.end) if d.start - (s.start + b.end()) < 30
            ]
            if when:
                return doc.resolved[when[0].start]
    return None
